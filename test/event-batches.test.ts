// Events sent at the same time to different cases share a transaction (EventBatcher in src/cases/apply.ts). What
// a user must not notice: each event is still applied once, whole, with its own answer, and an event never fails
// because another one in its transaction did.
import t from 'tap'
import { buildTestApp, logComplaint, sendEvent, signIn } from './helper.js'
import { verifyAudit } from '../src/audit/log.js'

t.test('events on many cases at once', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const cases = []
  for (let i = 0; i < 12; i++) cases.push((await logComplaint(operator)).id)

  t.test('each answered on its own, each applied once', async (t) => {
    const answers = await Promise.all([
      ...cases.map((id, i) => sendEvent(dispatcher, id, { type: 'REGISTER', category: 'village_affairs', complaintType: i % 2 ? 'request' : 'complaint' })),
      sendEvent(dispatcher, cases[0], { type: 'REGISTER', category: 'village_affairs' }), // the same case again: already registered
      sendEvent(dispatcher, 9_999_999, { type: 'REGISTER', category: 'village_affairs' }), // no such case
    ])
    t.same(answers.slice(0, 12).map((a) => a.statusCode), Array(12).fill(200), answers.map((a) => a.statusCode).join(','))
    t.equal(answers[12].statusCode, 409, 'the second REGISTER of one case: after the first, in a transaction of its own')
    t.equal(answers[12].json().error.code, 'illegal_transition')
    t.equal(answers[13].statusCode, 404)
    const rows = await sql`select id, state, version, type::text as type, category from cases where id = any(${cases}) order by id`
    t.same(rows.map((r) => [r.state, r.version]), Array(12).fill(['triage', 1]), 'every case registered once')
    t.same(rows.map((r) => r.type), cases.map((_, i) => (i % 2 ? 'request' : 'complaint')), 'each with its own columns')
    t.ok(rows.every((r) => r.category === 'village_affairs'))
    const [{ events, transactions }] = await sql`
      select count(*)::int as events, count(distinct xmin::text)::int as transactions from case_events where case_id = any(${cases}) and type = 'REGISTER'`
    t.equal(events, 12)
    t.ok(transactions < 12, `the 12 events were written by fewer transactions (${transactions})`)
    const verified = await verifyAudit(sql)
    t.ok(verified.ok, JSON.stringify(verified.brokenAt ?? null))
  })

  t.test('a database failure in a shared transaction fails only its own event', async (t) => {
    // a fault only one event meets, at the database: its transaction is rolled back
    await sql.unsafe(`
      create function test_fault() returns trigger language plpgsql as $$
      begin
        if new.type = 'REJECT' and new.payload->>'reason' = '触发故障' then raise exception 'injected fault'; end if;
        return new;
      end $$;
      create trigger test_fault before insert on case_events for each row execute function test_fault()`)
    t.teardown(() => sql.unsafe('drop trigger test_fault on case_events; drop function test_fault()'))
    const answers = await Promise.all(cases.slice(0, 8).map((id, i) =>
      sendEvent(dispatcher, id, { type: 'REJECT', reason: i === 5 ? '触发故障' : '不属于受理范围' })))
    t.same(answers.map((a) => a.statusCode), [200, 200, 200, 200, 200, 500, 200, 200])
    const rows = await sql`select id, state, version from cases where id = any(${cases.slice(0, 8)}) order by id`
    t.same(rows.map((r) => [r.state, r.version]), [0, 1, 2, 3, 4, 5, 6, 7].map((i) => (i === 5 ? ['triage', 1] : ['rejected', 2])),
      'the seven others rejected once each; the failed one unchanged')
    const [{ n }] = await sql`select count(*)::int as n from case_events where case_id = any(${cases.slice(0, 8)}) and type = 'REJECT'`
    t.equal(n, 7)
    t.ok((await verifyAudit(sql)).ok)
  })
})
