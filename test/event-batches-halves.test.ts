// A batch of events large enough (src/cases/apply.ts, SPLIT_WRITES_FROM) is decided in two halves, the first half's
// rows written while the second half is decided. What a user must not notice: the batch is still one transaction,
// each event is applied once with its own answer and audit row, and a refusal or a failure in either half touches
// only its own event.
import t from 'tap'
import { buildTestApp, logComplaint, signIn, testPool } from './helper.js'
import { verifyAudit } from '../src/audit/verify.js'
import { applyEvent } from '../src/cases/apply.js'
import type { StaffActor } from '../src/cases/machine.js'
import { faultOnReject, FAULT_REASON } from './support/faults.js'

t.test('a batch written in two halves', async (t) => {
  const { app, sql, config, url } = await buildTestApp(t)
  const secret = config.SUQIU_SECRET
  const owner = testPool(t, url).sql // the app's own role may not create triggers
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const actor: StaffActor = { kind: 'staff', userId: dispatcher.user.id, unitId: dispatcher.user.unit.id, role: 'dispatcher' }
  const cases: number[] = []
  for (let i = 0; i < 16; i++) cases.push((await logComplaint(operator)).id)

  t.test('sixteen events at once: one transaction, each event and audit row once', async (t) => {
    // called in one turn of the event loop, as requests arriving together are
    const applied = await Promise.all(cases.map((id, i) => applyEvent(app.cases, id, { type: 'REGISTER', category: 'village_affairs', complaintType: i % 2 ? 'request' : 'complaint' }, actor)))
    t.same(applied.map((a) => [a.caseId, a.state, a.version]), cases.map((id) => [id, 'triage', 1]))
    const [{ transactions, events }] = await sql`
      select count(distinct xmin::text)::int as transactions, count(*)::int as events from case_events where case_id = any(${cases}) and type = 'REGISTER'`
    t.equal(events, 16)
    t.equal(transactions, 1, 'both halves in one transaction')
    const rows = await sql`select type::text as type, version from cases where id = any(${cases}) order by id`
    t.same(rows.map((r) => [r.type, r.version]), cases.map((_, i) => [i % 2 ? 'request' : 'complaint', 1]), 'each case with its own columns')
    const [{ audited }] = await sql`select count(*)::int as audited from audit_log where case_id = any(${cases}) and action = 'case.REGISTER'`
    t.equal(audited, 16)
    const verified = await verifyAudit(sql, { secret })
    t.ok(verified.ok, JSON.stringify(verified.brokenAt ?? null))
  })

  t.test('a refusal in the first half and a database failure in either half fail only their own event', async (t) => {
    await faultOnReject(t, owner)
    // 2: a fault in the first half; 3: an event its case does not accept (refused, 409); 12: a fault in the second half
    const answers = await Promise.allSettled(cases.map((id, i) =>
      i === 3
        ? applyEvent(app.cases, id, { type: 'SIGN' }, actor)
        : applyEvent(app.cases, id, { type: 'REJECT', reason: i === 2 || i === 12 ? FAULT_REASON : '不属于受理范围' }, actor)))
    t.same(answers.map((a) => a.status), cases.map((_, i) => ([2, 3, 12].includes(i) ? 'rejected' : 'fulfilled')))
    t.equal((answers[3] as PromiseRejectedResult).reason.code, 'illegal_transition')
    const rows = await sql`select state, version from cases where id = any(${cases}) order by id`
    t.same(rows.map((r) => [r.state, r.version]), cases.map((_, i) => ([2, 3, 12].includes(i) ? ['triage', 1] : ['rejected', 2])),
      'the others rejected once each; the failed and the refused ones unchanged')
    const [{ n }] = await sql`select count(*)::int as n from case_events where case_id = any(${cases}) and type in ('REJECT', 'SIGN')`
    t.equal(n, 13)
    const [{ audited }] = await sql`select count(*)::int as audited from audit_log where case_id = any(${cases}) and action in ('case.REJECT', 'case.SIGN')`
    t.equal(audited, 13)
    const verified = await verifyAudit(sql, { secret })
    t.ok(verified.ok, JSON.stringify(verified.brokenAt ?? null))
  })
})
