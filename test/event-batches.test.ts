// Events sent at the same time to different cases share a transaction, and so do intakes (GroupCommit in
// src/db/group-commit.ts, used by applyEvent and createComplaint). What a user must not notice: each is still
// applied once, whole, with its own answer, and none fails because another one in its transaction did.
import t from 'tap'
import { buildTestApp, logComplaint, sendEvent, signIn, testPool } from './helper.js'
import { verifyAudit } from '../src/audit/verify.js'
import { applyEvent } from '../src/cases/apply.js'
import { createComplaint } from '../src/complaints/create.js'
import { registeringCentre } from '../src/complaints/routes.js'
import { faultOnReject, FAULT_REASON } from './support/faults.js'

t.test('events on many cases at once', async (t) => {
  const { app, sql, config, url } = await buildTestApp(t)
  const secret = config.SUQIU_SECRET
  const owner = testPool(t, url).sql // the app's own role may not create triggers
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const cases: number[] = []
  for (let i = 0; i < 12; i++) cases.push((await logComplaint(operator)).id)

  t.test('each answered on its own, each applied once', async (t) => {
    const answers = await Promise.all([
      ...cases.map((id, i) => sendEvent(dispatcher, id, { type: 'REGISTER', category: 'village_affairs', complaintType: i % 2 ? 'request' : 'complaint' })),
      sendEvent(dispatcher, cases[0], { type: 'REGISTER', category: 'village_affairs' }), // the same case again: already registered
      sendEvent(dispatcher, 9_999_999, { type: 'REGISTER', category: 'village_affairs' }), // no such case
    ])
    const codes = answers.map((a) => a.statusCode)
    t.same(codes.slice(1, 12), Array(11).fill(200), codes.join(','))
    // the two REGISTERs of one case: whichever came second ran after the first, in a transaction of its own
    const [first, second] = [answers[0], answers[12]].sort((a, b) => a.statusCode - b.statusCode)
    t.same([first.statusCode, second.statusCode], [200, 409])
    t.equal(second.json().error.code, 'illegal_transition')
    t.equal(answers[13].statusCode, 404)
    const rows = await sql`select id, state, version, type::text as type, category from cases where id = any(${cases}) order by id`
    t.same(rows.map((r) => [r.state, r.version]), Array(12).fill(['triage', 1]), 'every case registered once')
    t.same(rows.map((r) => r.type), cases.map((_, i) => (i % 2 ? 'request' : 'complaint')), 'each with its own columns')
    t.ok(rows.every((r) => r.category === 'village_affairs'))
    const [{ events }] = await sql`select count(*)::int as events from case_events where case_id = any(${cases}) and type = 'REGISTER'`
    t.equal(events, 12)
    const verified = await verifyAudit(sql, { secret })
    t.ok(verified.ok, JSON.stringify(verified.brokenAt ?? null))
  })

  t.test('events sent together share a transaction', async (t) => {
    const more: number[] = []
    for (let i = 0; i < 6; i++) more.push((await logComplaint(operator)).id)
    const actor = { kind: 'staff' as const, userId: dispatcher.user.id, unitId: dispatcher.user.unit.id, role: 'dispatcher' as const }
    // called in one turn of the event loop, as requests arriving together are
    const applied = await Promise.all(more.map((id) => applyEvent(app.cases, id, { type: 'REGISTER', category: 'village_affairs' }, actor)))
    t.same(applied.map((a) => [a.state, a.version]), Array(6).fill(['triage', 1]))
    const [{ transactions }] = await sql`select count(distinct xmin::text)::int as transactions from case_events where case_id = any(${more}) and type = 'REGISTER'`
    t.equal(transactions, 1, 'six events, one transaction')
  })

  t.test('a database failure in a shared transaction fails only its own event', async (t) => {
    // a fault only one event meets, at the database: its transaction is rolled back
    await faultOnReject(t, owner)
    const answers = await Promise.all(cases.slice(0, 8).map((id, i) =>
      sendEvent(dispatcher, id, { type: 'REJECT', reason: i === 5 ? FAULT_REASON : '不属于受理范围' })))
    t.same(answers.map((a) => a.statusCode), [200, 200, 200, 200, 200, 500, 200, 200])
    const rows = await sql`select id, state, version from cases where id = any(${cases.slice(0, 8)}) order by id`
    t.same(rows.map((r) => [r.state, r.version]), [0, 1, 2, 3, 4, 5, 6, 7].map((i) => (i === 5 ? ['triage', 1] : ['rejected', 2])),
      'the seven others rejected once each; the failed one unchanged')
    const [{ n }] = await sql`select count(*)::int as n from case_events where case_id = any(${cases.slice(0, 8)}) and type = 'REJECT'`
    t.equal(n, 7)
    t.ok((await verifyAudit(sql, { secret })).ok)
  })
})

t.test('intakes at once', async (t) => {
  const { app, sql, config } = await buildTestApp(t)
  const secret = config.SUQIU_SECRET
  const operator = await signIn(app, 'operator', '530100')
  const form = (i: number, extra: Record<string, unknown> = {}) => ({
    type: 'complaint', title: `路灯不亮${i}`, content: `翠湖西路${i}号门口路灯坏了一个月，晚上出行不安全。`, address: '昆明市五华区华山街道翠湖西路社区',
    complainant: { anonymous: false, name: '李四', phone: `1391234${String(5000 + i)}` }, externalId: `batch-${i}`, ...extra,
  })
  const answers = await Promise.all([
    ...Array.from({ length: 10 }, (_, i) => operator.post('/api/intake/fax', form(i))),
    operator.post('/api/intake/fax', form(0)), // the same fax logged twice at once
  ])
  const codes = answers.map((a) => a.statusCode)
  t.same(codes.slice(1, 10), Array(9).fill(201), codes.join(','))
  // the two copies of fax 0 race: whichever is stored first is 201, the other is answered with it (200)
  t.same([codes[0], codes[10]].sort(), [200, 201], 'the repeat is answered, not stored again')
  t.equal(answers[10].json().caseNumber, answers[0].json().caseNumber, 'with the first answer')
  t.equal(answers[10].json().pin, answers[0].json().pin)
  t.equal(new Set(answers.slice(0, 10).map((a) => a.json().caseNumber)).size, 10, 'ten case numbers')
  const [{ complaints }] = await sql`
    select count(*)::int as complaints
    from complaints k join case_events e on e.case_id = k.id and e.type = 'RECEIVED' where k.external_id like 'staff:batch-%'`
  t.equal(complaints, 10)
  // a refused intake among others: its transaction is rolled back, the others are stored alone
  const mixed = await Promise.all([
    ...Array.from({ length: 4 }, (_, i) => operator.post('/api/intake/fax', form(20 + i))),
    operator.post('/api/intake/fax', form(30, { divisionCode: '530102999999' })), // a place that does not exist
  ])
  t.same(mixed.map((a) => a.statusCode), [201, 201, 201, 201, 400])
  t.equal(mixed[4].json().error.fields[0].field, 'divisionCode')
  const [{ orphans }] = await sql`select count(*)::int as orphans from intakes where external_id like 'staff:batch-%' and complaint_id is null`
  t.equal(orphans, 0, 'the refused intake left no row behind')
  const [{ events }] = await sql`select count(*)::int as events from case_events e join complaints k on k.id = e.case_id where k.external_id like 'staff:batch-%' and e.type = 'RECEIVED'`
  t.equal(events, 14)
  t.ok((await verifyAudit(sql, { secret })).ok)

  // called in one turn of the event loop, as submissions arriving together are: one transaction
  const centre = await registeringCentre(app, null)
  const created = await Promise.all(Array.from({ length: 6 }, (_, i) => createComplaint(app.cases, {
    channel: 'web', externalId: `together-${i}`, receivedAt: new Date(), type: 'complaint', title: '噪音扰民', content: `工地夜间施工${i}`,
    complainant: { anonymous: true }, raw: {},
  }, { rootUnitId: centre, actor: { kind: 'citizen', userId: null } })))
  t.equal(new Set(created.map((c) => c.caseNumber)).size, 6)
  // the RECEIVED event rows are never updated: their xmin is the transaction that stored the complaint
  const [{ transactions }] = await sql`select count(distinct xmin::text)::int as transactions from case_events where case_id = any(${created.map((c) => c.id)}) and type = 'RECEIVED'`
  t.equal(transactions, 1, 'six complaints, one transaction')
})
