// 更换协办单位 (issue 22): an assisting unit returns its part; the unit above the lead names another unit for it
// (PART_REPLACE, through applyEvent): a new part with its own deadline, found and checked as DISPATCH's assisting units
// are; the returned part names its replacement; the lead's reply waits for the new part as for any other.
import t from 'tap'
import { buildTestApp, logComplaint, signIn, unitOf, type Session } from './helper.js'

const WUHUA = '530102'
const HUASHAN = '530102001'
const PANLONG = '530103'

t.test('a returned part replaced by another unit, once, by the unit above the lead', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const [tB, tC] = (await sql`select code from divisions where parent_code = ${WUHUA} and code <> ${HUASHAN} order by code limit 2`).map((r) => r.code as string)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const county = await signIn(app, 'officer', WUHUA)
  const lead = await signIn(app, 'officer', HUASHAN)
  const b = await signIn(app, 'officer', tB)
  const c = await signIn(app, 'officer', tC)
  const units = { county: await unitOf(db, WUHUA), lead: await unitOf(db, HUASHAN), b: await unitOf(db, tB), c: await unitOf(db, tC), other: await unitOf(db, PANLONG) }
  const act = async (who: Session, id: number, body: Record<string, unknown>, status = 200) => {
    const res = await who.post(`/api/cases/${id}/events`, body)
    t.equal(res.statusCode, status, `${body.type} → ${status} (${res.body.slice(0, 200)})`)
    return res.json()
  }
  const id = (await logComplaint(operator)).id as number
  await act(dispatcher, id, { type: 'REGISTER', category: 'village_affairs' })
  await act(dispatcher, id, { type: 'DISPATCH', chain: [units.county.id, units.lead.id], assisting: [{ unitId: units.b.id, workingDays: 2 }] })
  t.notOk((await county.get(`/api/cases/${id}`)).json().allowedEvents.includes('PART_REPLACE'), 'nothing to replace before a return')
  await act(b, id, { type: 'PART_RETURN', reason: '非本单位职责' })

  t.ok((await county.get(`/api/cases/${id}`)).json().allowedEvents.includes('PART_REPLACE'), 'offered to the unit above the lead')
  t.notOk((await lead.get(`/api/cases/${id}`)).json().allowedEvents.includes('PART_REPLACE'), 'not to the lead')
  await act(lead, id, { type: 'PART_REPLACE', seq: 0, unitId: units.c.id, workingDays: 2 }, 403)
  const outside = await act(county, id, { type: 'PART_REPLACE', seq: 0, unitId: units.other.id, workingDays: 2 }, 400)
  t.match(outside.error.message, /不在交办单位的辖区内/, 'a unit outside the county is refused')
  await act(county, id, { type: 'PART_REPLACE', seq: 0, unitId: units.lead.id, workingDays: 2 }, 400)
  await act(county, id, { type: 'PART_REPLACE', seq: 5, unitId: units.c.id, workingDays: 2 }, 422)

  const view = await act(county, id, { type: 'PART_REPLACE', seq: 0, unitId: units.c.id, workingDays: 2 })
  t.same(view.parts.map((p: { unit: { id: number }; statusLabel: string }) => [p.unit.id, p.statusLabel]), [[units.b.id, '已退回'], [units.c.id, '待签收']])
  const rows = await sql`select seq, unit_id, status from case_parts where case_id = ${id} order by seq`
  t.same(rows.map((r) => [r.seq, Number(r.unit_id), r.status]), [[0, units.b.id, 'returned'], [1, units.c.id, 'assigned']], 'its case_parts row, for the queue and the board')
  const [snap] = await sql`select snapshot->'context'->'parts'->0->>'replacedBy' as replaced_by from cases where id = ${id}`
  t.equal(snap.replaced_by, '1', 'the returned part names its replacement')
  t.notOk((await county.get(`/api/cases/${id}`)).json().allowedEvents.includes('PART_REPLACE'), 'replaced once')
  t.equal((await act(county, id, { type: 'PART_REPLACE', seq: 0, unitId: units.c.id, workingDays: 2 }, 409)).error.code, 'illegal_transition')
  t.same((await c.get(`/api/cases/${id}`)).json().allowedEvents.sort(), ['PART_RETURN', 'PART_SIGN', 'PART_SUBMIT'], 'the new unit works its part')

  await act(lead, id, { type: 'SIGN' })
  const pending = await act(lead, id, { type: 'SUBMIT_REPLY', text: '已办理', resolved: true }, 409)
  t.equal(pending.error.code, 'parts_pending', 'the lead\'s reply waits for the new part')
  await act(c, id, { type: 'PART_SUBMIT', text: '已配合核查' })
  await act(lead, id, { type: 'SUBMIT_REPLY', text: '已办理', resolved: true })
  const [{ n }] = await sql`select count(*)::int as n from audit_log where case_id = ${id} and action = 'case.PART_REPLACE'`
  t.equal(n, 1, 'audited as every event is')
})

t.test('a case stored by version 2 (no finding or replacing region) goes on, and is stored as version 3', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const county = await signIn(app, 'officer', WUHUA)
  const id = (await logComplaint(operator)).id as number
  await dispatcher.post(`/api/cases/${id}/events`, { type: 'REGISTER', category: 'village_affairs' })
  await dispatcher.post(`/api/cases/${id}/events`, { type: 'DISPATCH', chain: [(await unitOf(db, WUHUA)).id] })
  await sql`update cases set machine_version = 2, snapshot = (snapshot #- '{value,finding}') #- '{value,replacing}' where id = ${id}`
  t.same((await county.get(`/api/cases/${id}`)).json().allowedEvents.sort(), ['RETURN', 'SIGN'])
  t.equal((await county.post(`/api/cases/${id}/events`, { type: 'SIGN' })).statusCode, 200)
  const replied = await county.post(`/api/cases/${id}/events`, { type: 'SUBMIT_REPLY', text: '已处理', resolved: true })
  t.equal(replied.json().state, 'review')
  const [row] = await sql`select machine_version, snapshot->'value'->>'finding' as finding, snapshot->'value'->>'replacing' as replacing from cases where id = ${id}`
  t.same({ ...row }, { machine_version: 3, finding: 'unfindable', replacing: 'none' })
})
