// 主办/协办 through the API (issue 22): a lead with two assisting units, one of them late, through review and feedback;
// each unit's own queue; the lead waits for the parts; recusal and jurisdiction hold for assisting units; an old
// case (machine version 1, no parts) goes on unchanged.
import t from 'tap'
import { buildTestApp, logComplaint, signIn, unitOf, type Session } from './helper.js'
import { minimalPdf, multipart } from './fixtures/files/make.js'

const WUHUA = '530102'
const HUASHAN = '530102001'
const CUIHU = '530102001001'

async function townshipsOf(sql: import('postgres').Sql, county: string): Promise<string[]> {
  const rows = await sql`select code from divisions where parent_code = ${county} and code <> ${HUASHAN} order by code limit 2`
  return rows.map((r) => r.code as string)
}

t.test('a lead and two assisting units, one late, through review and feedback', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const [tB, tC] = await townshipsOf(sql, WUHUA)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const cityReviewer = await signIn(app, 'supervisor', '530100')
  const county = await signIn(app, 'supervisor', WUHUA)
  const lead = await signIn(app, 'officer', HUASHAN)
  const b = await signIn(app, 'officer', tB)
  const c = await signIn(app, 'officer', tC)
  const units = { county: await unitOf(db, WUHUA), lead: await unitOf(db, HUASHAN), b: await unitOf(db, tB), c: await unitOf(db, tC) }
  const act = async (who: Session, id: number, body: Record<string, unknown>, status = 200) => {
    const res = await who.post(`/api/cases/${id}/events`, body)
    t.equal(res.statusCode, status, `${body.type} → ${status} (${res.body.slice(0, 300)})`)
    return res.json()
  }

  const created = await logComplaint(operator)
  const id = created.id as number
  await act(dispatcher, id, { type: 'REGISTER', category: 'village_affairs' })
  const tooLong = await act(dispatcher, id, { type: 'DISPATCH', chain: [units.county.id, units.lead.id], assisting: [{ unitId: units.b.id, workingDays: 20 }] }, 400)
  t.equal(tooLong.error.code, 'part_deadline_beyond_lead', 'a part cannot outlast its lead')
  t.match(tooLong.error.message, /协办时限须在主办单位的办理时限内/)
  const six = await act(dispatcher, id, { type: 'DISPATCH', chain: [units.county.id, units.lead.id], assisting: [1, 2, 3, 4, 5, 6].map((n) => ({ unitId: n, workingDays: 1 })) }, 400)
  t.ok(six.error, 'six assisting units are refused')

  let view = await act(dispatcher, id, {
    type: 'DISPATCH', chain: [units.county.id, units.lead.id],
    assisting: [{ unitId: units.b.id, workingDays: 3 }, { unitId: units.c.id, workingDays: 1 }],
  })
  t.equal(view.state, 'assigned')
  t.equal(view.currentUnit.id, units.lead.id, 'the lead holds the case')
  t.same(view.parts.map((p: { unit: { id: number }; leadUnit: { id: number }; statusLabel: string }) => [p.unit.id, p.leadUnit.id, p.statusLabel]),
    [[units.b.id, units.lead.id, '待签收'], [units.c.id, units.lead.id, '待签收']])

  // each assisting unit sees the case and has its part in its own queue
  const bView = (await b.get(`/api/cases/${id}`)).json()
  t.same(bView.allowedEvents.sort(), ['PART_RETURN', 'PART_SIGN', 'PART_SUBMIT'])
  const bQueue = (await b.get('/api/cohandling/parts')).json()
  t.equal(bQueue.total, 1)
  t.equal(bQueue.items[0].caseId, id)
  t.equal(bQueue.items[0].leadUnit.id, units.lead.id)
  t.equal((await lead.get('/api/cohandling/parts')).json().total, 0, 'the lead has no part of its own')
  t.same((await lead.get(`/api/cases/${id}`)).json().allowedEvents.sort(), ['RETURN', 'SIGN'], 'the lead signs as before')

  await act(b, id, { type: 'PART_SIGN' })
  await act(lead, id, { type: 'SIGN' })
  const early = await act(lead, id, { type: 'SUBMIT_REPLY', text: '已处理', resolved: true }, 409)
  t.equal(early.error.code, 'parts_pending')
  t.same(early.error.units.map((u: { unitId: number }) => u.unitId).sort(), [units.b.id, units.c.id].sort())

  // B's opinion with an evidence file, as the lead sees it arrive
  const { body, contentType } = await multipart({ data: JSON.stringify({ text: '经核查，本街道辖区内供水管网无异常。' }) }, [{ field: 'files', filename: '核查记录.pdf', content: minimalPdf() }])
  const opinion = await b.inject({ method: 'POST', url: `/api/cases/${id}/parts/opinion`, headers: { 'content-type': contentType }, payload: body })
  t.equal(opinion.statusCode, 200, opinion.body.slice(0, 300))
  view = (await lead.get(`/api/cases/${id}`)).json()
  const bPart = view.parts.find((p: { unit: { id: number } }) => p.unit.id === units.b.id)
  t.equal(bPart.statusLabel, '已提交')
  t.equal(bPart.opinion.text, '经核查，本街道辖区内供水管网无异常。')
  t.equal(bPart.opinion.files.length, 1)
  t.equal(bPart.opinion.files[0].filename, '核查记录.pdf')
  t.equal((await lead.get(bPart.opinion.files[0].url)).statusCode, 200, 'the lead opens the evidence')
  t.equal((await act(lead, id, { type: 'SUBMIT_REPLY', text: '已处理', resolved: true }, 409)).error.units[0].unitId, units.c.id, 'still waiting for C')

  // C never answers; past C's deadline the lead may reply and C's part lapses, late (a minute past the deadline the
  // service set, 1 working day: 4 calendar days were not past it over a holiday)
  const cDue = view.parts.find((p: { unit: { id: number } }) => p.unit.id === units.c.id).dueAt as string
  const later = new Date(new Date(cDue).getTime() + 60_000)
  app.cases.now = () => later
  view = await act(lead, id, { type: 'SUBMIT_REPLY', text: '已督促社区更新公示栏，协办单位意见附后。', resolved: true })
  t.equal(view.state, 'review')
  const cPart = view.parts.find((p: { unit: { id: number } }) => p.unit.id === units.c.id)
  t.equal(cPart.status, 'lapsed')
  t.equal(cPart.late, true, 'the lateness is recorded against C')
  const [row] = await sql`select status, late from case_parts where case_id = ${id} and unit_id = ${units.c.id}`
  t.same({ ...row }, { status: 'lapsed', late: true }, 'and in its row, for the board and rates')
  const [bRow] = await sql`select status, late, signed_in_time from case_parts where case_id = ${id} and unit_id = ${units.b.id}`
  t.same({ ...bRow }, { status: 'submitted', late: false, signed_in_time: true })

  // the board judges each assisting unit on its own part (the county's board: a row per township)
  const board = (await county.get(`/api/stats/board?from=2026-01-01&to=2030-12-31`)).json()
  const rowOf = (unitId: number) => board.units.find((u: { unitId: number }) => u.unitId === unitId)
  t.match(rowOf(units.b.id).parts, { open: 0, assigned: 1, signedInTime: 1, onTime: 1, late: 0 }, 'B: in on time')
  t.match(rowOf(units.c.id).parts, { open: 0, assigned: 1, signedInTime: 0, onTime: 0, late: 1 }, 'C: late')
  t.match(rowOf(units.lead.id).parts, { assigned: 0 }, 'the lead has no part of its own')
  t.match(board.total.parts, { assigned: 2, late: 1 })

  // the review chain reads the lead's reply with the parts
  const countyView = (await county.get(`/api/cases/${id}`)).json()
  t.equal(countyView.parts.length, 2)
  t.ok(countyView.allowedEvents.includes('APPROVE_REPLY'))
  await act(county, id, { type: 'APPROVE_REPLY' })
  view = await act(cityReviewer, id, { type: 'APPROVE_REPLY' })
  t.equal(view.state, 'feedback')
  view = await act(dispatcher, id, { type: 'SEND_FEEDBACK', text: '您反映的问题已办理。', channel: 'sms' })
  t.equal(view.state, 'evaluation')

  const cQueue = (await c.get('/api/cohandling/parts?queue=closed')).json()
  t.equal(cQueue.items[0].status, 'lapsed')
  t.equal(cQueue.items[0].late, true)
  t.equal((await c.get('/api/cohandling/parts')).json().total, 0, 'nothing open for C any more')
})

t.test('an assisting unit returns its part; PART events from others are refused', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const [tB] = await townshipsOf(sql, WUHUA)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const lead = await signIn(app, 'officer', HUASHAN)
  const b = await signIn(app, 'officer', tB)
  const village = await signIn(app, 'officer', CUIHU)
  const units = { county: await unitOf(db, WUHUA), lead: await unitOf(db, HUASHAN), b: await unitOf(db, tB) }
  const created = await logComplaint(operator)
  const id = created.id as number
  await dispatcher.post(`/api/cases/${id}/events`, { type: 'REGISTER', category: 'village_affairs' })
  t.equal((await dispatcher.post(`/api/cases/${id}/events`, { type: 'DISPATCH', chain: [units.county.id, units.lead.id], assisting: [{ unitId: units.b.id, workingDays: 2 }] })).statusCode, 200)
  t.equal((await lead.post(`/api/cases/${id}/events`, { type: 'PART_SIGN' })).statusCode, 403, 'the lead has no part to sign')
  t.equal((await village.post(`/api/cases/${id}/events`, { type: 'PART_SUBMIT', text: '冒充' })).statusCode, 403, 'a unit without a part may not submit one')
  const returned = await b.post(`/api/cases/${id}/events`, { type: 'PART_RETURN', reason: '不属于本街道职责' })
  t.equal(returned.statusCode, 200)
  const part = returned.json().parts[0]
  t.equal(part.statusLabel, '已退回')
  t.equal(part.returnReason, '不属于本街道职责')
  await lead.post(`/api/cases/${id}/events`, { type: 'SIGN' })
  t.equal((await lead.post(`/api/cases/${id}/events`, { type: 'SUBMIT_REPLY', text: '已处理', resolved: true })).statusCode, 200, 'a returned part holds nothing')
})

t.test('recusal and jurisdiction hold for assisting units', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const [tB] = await townshipsOf(sql, WUHUA)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const countyOfficer = await signIn(app, 'officer', WUHUA)
  const huashan = await signIn(app, 'officer', HUASHAN)
  const villageBelow = await signIn(app, 'officer', CUIHU)
  const units = { county: await unitOf(db, WUHUA), huashan: await unitOf(db, HUASHAN), village: await unitOf(db, CUIHU), b: await unitOf(db, tB) }
  const otherTownship = (await sql`select code from divisions where parent_code = '530103' order by code limit 1`)[0].code as string
  const otherCountyTownship = await unitOf(db, otherTownship)

  // a report against 华山街道: neither it nor a village below it may assist
  const report = await logComplaint(operator, { type: 'report', content: '华山街道某干部违规收受礼金，请查处。', accusedUnitId: units.huashan.id })
  const id = report.id as number
  t.equal((await dispatcher.post(`/api/cases/${id}/events`, { type: 'REGISTER', category: 'township_official_misconduct', complaintType: 'report', accusedUnitId: units.huashan.id })).statusCode, 200)
  for (const [name, unitId] of [['the accused unit', units.huashan.id], ['a unit below it', units.village.id]] as const) {
    const res = await dispatcher.post(`/api/cases/${id}/events`, { type: 'DISPATCH', chain: [units.county.id], assisting: [{ unitId, workingDays: 2 }] })
    t.equal(res.statusCode, 403, `${name} cannot assist`)
    t.equal(res.json().error.code, 'recusal')
  }
  t.equal((await dispatcher.post(`/api/cases/${id}/events`, { type: 'DISPATCH', chain: [units.county.id], assisting: [{ unitId: units.b.id, workingDays: 2 }] })).statusCode, 200)
  // the accused stay blind: no case, no part in their queues
  t.equal((await huashan.get(`/api/cases/${id}`)).statusCode, 404)
  t.equal((await villageBelow.get(`/api/cases/${id}`)).statusCode, 404)
  t.equal((await huashan.get('/api/cohandling/parts?queue=all')).json().total, 0)
  t.equal((await huashan.get(`/api/cases/${id}/parts/files`)).statusCode, 404)
  t.equal((await huashan.post(`/api/cases/${id}/parts/opinion`, { text: '想看看' })).statusCode, 404, 'nor may they submit anything to it')

  // a delegating county names assisting units within its own jurisdiction only
  const plain = (await logComplaint(operator)).id as number
  await dispatcher.post(`/api/cases/${plain}/events`, { type: 'REGISTER', category: 'village_affairs' })
  t.equal((await dispatcher.post(`/api/cases/${plain}/events`, { type: 'DISPATCH', chain: [units.county.id] })).statusCode, 200)
  t.equal((await countyOfficer.post(`/api/cases/${plain}/events`, { type: 'SIGN' })).statusCode, 200)
  const outside = await countyOfficer.post(`/api/cases/${plain}/events`, { type: 'DELEGATE', unitId: units.huashan.id, assisting: [{ unitId: otherCountyTownship.id, workingDays: 1 }] })
  t.equal(outside.statusCode, 400, `a township of another county is outside the county's jurisdiction (${outside.body.slice(0, 300)})`)
  t.match(outside.json().error.fields, [{ field: 'assisting' }])
  const inside = await countyOfficer.post(`/api/cases/${plain}/events`, { type: 'DELEGATE', unitId: units.huashan.id, assisting: [{ unitId: units.b.id, workingDays: 1 }] })
  t.equal(inside.statusCode, 200)
  t.same(inside.json().parts.map((p: { unit: { id: number }; leadUnit: { id: number } }) => [p.unit.id, p.leadUnit.id]), [[units.b.id, units.huashan.id]], 'the delegated unit leads its own assisting unit')
})

t.test('an old case (machine version 1: no assisting region, no parts) goes on unchanged', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const county = await signIn(app, 'officer', WUHUA)
  const created = await logComplaint(operator)
  const id = created.id as number
  await dispatcher.post(`/api/cases/${id}/events`, { type: 'REGISTER', category: 'village_affairs' })
  await dispatcher.post(`/api/cases/${id}/events`, { type: 'DISPATCH', chain: [(await unitOf(db, WUHUA)).id] })
  // as a version-1 service stored it
  await sql`update cases set machine_version = 1, snapshot = (snapshot #- '{value,assisting}') #- '{context,parts}' where id = ${id}`
  const old = (await county.get(`/api/cases/${id}`)).json()
  t.same(old.parts, [])
  t.same(old.allowedEvents.sort(), ['RETURN', 'SIGN'])
  t.equal((await county.post(`/api/cases/${id}/events`, { type: 'SIGN' })).statusCode, 200)
  const replied = await county.post(`/api/cases/${id}/events`, { type: 'SUBMIT_REPLY', text: '已处理', resolved: true })
  t.equal(replied.statusCode, 200)
  t.equal(replied.json().state, 'review')
  const [row] = await sql`select machine_version, snapshot->'value'->>'assisting' as assisting from cases where id = ${id}`
  t.same({ ...row }, { machine_version: 3, assisting: 'idle' }, 'its next event stores it as the current version (3: 答复不实)')
})
