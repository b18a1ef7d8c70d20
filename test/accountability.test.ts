// 问责 (issue 22, art. 8): each unit's responsible people as a dated history; a record opened by each trigger — a
// case closed with a step done late, a reply found untrue (答复不实), a 督办单 unanswered past its deadline — with its
// facts and the three people in office that day, once however often the trigger runs; inspectors see the records
// within their scope (never those about their own line), decide them once with a reason; every step audited; the
// records carry no complainant identity and cannot be deleted.
import t from 'tap'
import { buildTestApp, logComplaint, signIn, unitOf, type Session } from './helper.js'
import { openCaseRecords, openUnansweredNotice, runAccountabilityJobs } from '../src/accountability/open.js'
import { escalateOverdueNotices } from '../src/supervision/notices.js'
import { shanghaiDate, addDays } from '../src/calendar/workdays.js'

const WUHUA = '530102'
const HUASHAN = '530102001'
const PANLONG = '530103'

const { app, db, sql } = await buildTestApp(t)
const operator = await signIn(app, 'operator', '530100')
const dispatcher = await signIn(app, 'dispatcher', '530100')
const rootSupervisor = await signIn(app, 'supervisor', '530100')
const cityInspector = await signIn(app, 'inspector', '530100')
const countyInspector = await signIn(app, 'inspector', WUHUA)
const otherInspector = await signIn(app, 'inspector', PANLONG)
const cityAdmin = await signIn(app, 'admin', '530100')
const countyAdmin = await signIn(app, 'admin', WUHUA)
const otherAdmin = await signIn(app, 'admin', PANLONG)
const county = await signIn(app, 'officer', WUHUA)
const countySup = await signIn(app, 'supervisor', WUHUA)
const township = await signIn(app, 'officer', HUASHAN)
const units = { county: await unitOf(db, WUHUA), township: await unitOf(db, HUASHAN) }
// asked per use, not once when the file loads: a run crossing midnight in China must not post yesterday as today
const today = () => shanghaiDate(new Date())
const realNow = app.cases.now

async function ok(s: Session, id: number, body: Record<string, unknown>) {
  const res = await s.post(`/api/cases/${id}/events`, body)
  if (res.statusCode !== 200) throw new Error(`${body.type}: ${res.statusCode} ${res.body}`)
  return res.json()
}

/**
 * A case dispatched to the county, replied (with `replyText`) and approved, feedback sent: waiting for its rating.
 * `late`: replied a day after the case's overall deadline (15 working days), as the service computed it — a fixed
 * number of calendar days is not past it across 春节 or 国庆 (25 days were not, for a case logged from late January).
 */
async function toEvaluation(replyText: string, late = false) {
  const id = (await logComplaint(operator)).id as number
  await ok(dispatcher, id, { type: 'REGISTER', category: 'village_affairs' })
  await ok(dispatcher, id, { type: 'DISPATCH', chain: [units.county.id] })
  await ok(county, id, { type: 'SIGN' })
  if (late) {
    const [{ due }] = await sql`select overall_due_at as due from cases where id = ${id}`
    const shift = new Date(due).getTime() + 86_400_000 - Date.now()
    app.cases.now = () => new Date(Date.now() + shift)
  }
  await ok(county, id, { type: 'SUBMIT_REPLY', text: replyText, resolved: true })
  await ok(dispatcher, id, { type: 'APPROVE_REPLY' })
  await ok(operator, id, { type: 'SEND_FEEDBACK', text: '您反映的问题已办理。', channel: 'sms' })
  return id
}

const records = async (s: Session, query = '') => (await s.get(`/api/accountability/records${query}`)).json()
const audit = async (action: string) => (await sql`select detail from audit_log where action = ${action} order by id`).map((r) => r.detail)

t.test('responsible people: a dated history kept by the admins above the unit, audited; the past by a city admin\'s correction; a past date resolves', async (t) => {
  const url = `/api/admin/units/${units.county.id}/responsible-people`
  const fix = { correctionReason: '补录系统启用前的任职记录（据任免文件）' }
  const first = await cityAdmin.post(url, { role: 'principal', name: '张明', title: '区委书记', validFrom: '2020-01-01', ...fix })
  t.equal(first.statusCode, 201, first.body)
  t.equal((await cityAdmin.post(url, { role: 'responsible', name: '赵六', title: '信访科科长', validFrom: '2021-03-01', ...fix })).statusCode, 201)
  t.equal((await cityAdmin.post(url, { role: 'in_charge', name: '钱七', title: '副区长', validFrom: '2022-06-01', ...fix })).statusCode, 201)
  // the next principal takes office well after the facts of this file's cases (their deadlines fall within days)
  const successorDay = addDays(today(), 40)
  const second = await cityAdmin.post(url, { role: 'principal', name: '王强', title: '区委书记', validFrom: successorDay })
  t.equal(second.statusCode, 201, 'a city admin keeps the county\'s people, from today on without a reason')
  t.equal((await cityAdmin.post(url, { role: 'principal', name: '孙八', validFrom: '2019-01-01', ...fix })).statusCode, 400, 'no entry before the current holder\'s start')
  t.equal((await countyAdmin.post(url, { role: 'principal', name: '自己', validFrom: successorDay })).json().error?.code, 'responsible_people_own_unit', 'the county\'s own admin does not keep its own')
  t.equal((await otherAdmin.post(url, { role: 'principal', name: '外人', validFrom: successorDay })).statusCode, 403, 'an admin of another county may not')
  t.equal((await otherAdmin.get(url)).statusCode, 403)
  t.equal((await countyAdmin.get(`/api/admin/units/${(await unitOf(db, '530100')).id}/responsible-people`)).statusCode, 403, 'nor a county admin the city\'s')
  t.equal((await cityAdmin.post(url, { role: 'principal', name: '日期', validFrom: '2026-02-30' })).statusCode, 400, 'a date that does not exist')
  t.equal((await county.get(url)).statusCode, 403, 'an officer does not keep them')

  const now = (await countyAdmin.get(url)).json()
  t.same(now.inOffice.principal?.name, '张明', 'the county\'s own admin reads them')
  t.equal(now.mayKeep, false, 'but is offered no change')
  t.equal(now.history.filter((p: { role: string }) => p.role === 'principal').length, 2)
  t.equal(now.history.find((p: { name: string }) => p.name === '张明').validTo, successorDay, 'the predecessor leaves office the day the successor comes')
  t.equal((await countyAdmin.get(`${url}?on=${addDays(successorDay, 1)}`)).json().inOffice.principal.name, '王强')
  t.equal((await countyAdmin.get(`${url}?on=2019-06-01`)).json().inOffice.principal, null, 'nobody before the first entry')
  t.equal((await countyAdmin.get(`${url}?on=2021-02-28`)).json().inOffice.responsible, null)
  t.equal((await countyAdmin.get(`${url}?on=2021-03-01`)).json().inOffice.responsible.name, '赵六')

  const qian = now.history.find((p: { name: string }) => p.name === '钱七')
  t.equal((await cityAdmin.post(`/api/admin/responsible-people/${qian.id}/end`, { validTo: '2022-01-01', ...fix })).statusCode, 400, 'not before the start')
  t.equal((await cityAdmin.post(`/api/admin/responsible-people/${qian.id}/end`, { validTo: addDays(today(), -1) })).json().error?.code, 'responsible_person_backdated', 'not in the past without a correction')
  t.equal((await otherAdmin.post(`/api/admin/responsible-people/${qian.id}/end`, { validTo: addDays(today(), 60) })).statusCode, 403)
  t.equal((await countyAdmin.post(`/api/admin/responsible-people/${qian.id}/end`, { validTo: addDays(today(), 60) })).statusCode, 403, 'nor by the county\'s own admin')
  const ended = await cityAdmin.post(`/api/admin/responsible-people/${qian.id}/end`, { validTo: addDays(today(), 60) })
  t.equal(ended.json().validTo, addDays(today(), 60))
  t.equal((await cityAdmin.post(`/api/admin/responsible-people/${qian.id}/end`, { validTo: addDays(today(), 61) })).statusCode, 400, 'ended once')
  const corrections = await audit('admin.responsible_person.correct')
  t.equal(corrections.length, 3, 'every correction audited')
  t.match(corrections[0], { change: 'add', unitId: units.county.id, name: '张明', validFrom: '2020-01-01', reason: fix.correctionReason })
  const adds = await audit('admin.responsible_person.add')
  t.equal(adds.length, 1, 'every entry audited')
  t.match(adds[0], { unitId: units.county.id, role: 'principal', name: '王强', validFrom: successorDay, endedEntryIds: [first.json().id] })
  t.match(await audit('admin.responsible_person.end'), [{ entryId: qian.id }])
})

let lateRecordId = 0
t.test('late close: the unit that replied past its deadline, how late, and the people in office that day — once', async (t) => {
  const id = await toEvaluation('已办理完毕。', true)
  await ok(operator, id, { type: 'EVALUATE', rating: 'satisfied' })
  app.cases.now = realNow
  const [job] = await sql`select data from pgboss.job where name = 'accountability-open' and (data->>'caseId')::bigint = ${id}`
  t.ok(job, 'closing wrote the accountability job in its transaction (outbox)')

  const opened = await runAccountabilityJobs(app.cases, [{ data: job.data }])
  t.equal(opened, 1)
  t.equal(await runAccountabilityJobs(app.cases, [{ data: job.data }]), 0, 'a retried job opens nothing')
  t.same(await openCaseRecords(app.cases, id), [], 'nor a second run')
  const rows = await sql`select * from accountability_records where case_id = ${id}`
  t.equal(rows.length, 1)
  const r = rows[0]
  t.match({ ...r }, { unit_id: units.county.id, trigger: 'late_close', state: 'open', decision: null })
  const step = r.facts.steps[0]
  t.match(step, { event: 'SUBMIT_REPLY', state: 'handling', stateLabel: '办理中' })
  t.ok(step.lateWorkingDays >= 1, `late by ${step.lateWorkingDays} working days`)
  t.ok(Date.parse(step.doneAt) > Date.parse(step.dueAt))
  t.equal(r.facts.overallLate, true, 'the case closed after its overall deadline too')
  t.equal(r.people.day, shanghaiDate(new Date(step.dueAt)), 'the day the step fell due')
  t.match(r.people, { principal: { name: '张明' }, responsible: { name: '赵六' }, in_charge: { name: '钱七' } })
  t.equal((await sql`select count(*)::int as n from accountability_records where case_id = ${id}`)[0].n, 1)
  t.match(await audit('accountability.open'), [{ recordId: Number(r.id), trigger: 'late_close', unitId: units.county.id }])
  lateRecordId = Number(r.id)

  const onTime = await toEvaluation('按时办结。')
  await ok(operator, onTime, { type: 'EVALUATE', rating: 'satisfied' })
  t.same(await openCaseRecords(app.cases, onTime), [], 'a case whose every step was on time opens none')
})

let untrueRecordId = 0
t.test('答复不实: the centre\'s supervisor finds the reply untrue when the redo is decided; the record names that reply, not its text', async (t) => {
  const id = await toEvaluation('经核实，李四（13912345678）反映的问题已解决。')
  await ok(operator, id, { type: 'EVALUATE', rating: 'unsatisfied' })
  const view = (await rootSupervisor.get(`/api/cases/${id}`)).json()
  t.ok(view.allowedEvents.includes('FIND_UNTRUE'), 'offered to the receiving centre\'s supervisor after the redo')
  t.notOk((await dispatcher.get(`/api/cases/${id}`)).json().allowedEvents.includes('FIND_UNTRUE'), 'not to a dispatcher')
  t.equal((await dispatcher.post(`/api/cases/${id}/events`, { type: 'FIND_UNTRUE', reason: '不实' })).statusCode, 403)
  t.equal((await countySup.post(`/api/cases/${id}/events`, { type: 'FIND_UNTRUE', reason: '不实' })).statusCode, 403, 'nor the unit that replied')
  t.equal((await rootSupervisor.post(`/api/cases/${id}/events`, { type: 'FIND_UNTRUE' })).statusCode, 400, 'a reason is required')
  await ok(rootSupervisor, id, { type: 'FIND_UNTRUE', reason: '回访核实：问题并未解决，答复与事实不符' })
  t.equal((await rootSupervisor.post(`/api/cases/${id}/events`, { type: 'FIND_UNTRUE', reason: '再次' })).statusCode, 409, 'once per round')
  const [job] = await sql`select data from pgboss.job where name = 'accountability-open' and (data->>'caseId')::bigint = ${id}`
  t.ok(job, 'the finding wrote its job')
  t.equal(await runAccountabilityJobs(app.cases, [{ data: job.data }, { data: job.data }]), 1, 'one record, however often the job runs')
  const [r] = await sql`select * from accountability_records where case_id = ${id}`
  t.match({ ...r }, { unit_id: units.county.id, trigger: 'untrue_reply', state: 'open' })
  t.match(r.facts, { round: 1, reason: '回访核实：问题并未解决，答复与事实不符', reply: { unitId: units.county.id, resolved: true } })
  t.match(r.people, { principal: { name: '张明' } })
  const text = JSON.stringify(r)
  for (const secret of ['李四', '13912345678', '139****5678']) t.notMatch(text, secret, `no ${secret} in the record`)
  const api = (await cityInspector.get(`/api/accountability/records/${r.id}`)).body
  for (const secret of ['李四', '13912345678']) t.notMatch(api, secret, `no ${secret} in what inspectors read`)
  untrueRecordId = Number(r.id)
})

let noticeRecordId = 0
t.test('a notice unanswered past its deadline: the unit it went to, which notice — once', async (t) => {
  const id = (await logComplaint(operator)).id as number
  await ok(dispatcher, id, { type: 'REGISTER', category: 'village_affairs' })
  await ok(dispatcher, id, { type: 'DISPATCH', chain: [units.county.id, units.township.id] })
  const notice = (await countySup.post(`/api/cases/${id}/notices`, { unitId: units.township.id, reason: '办理进度缓慢', requiredAction: '2日内书面说明', workingDays: 2 })).json()
  await township.post(`/api/supervision/notices/${notice.id}/acknowledge`)
  const later = new Date(new Date(notice.dueAt).getTime() + 60_000) // past its deadline, whatever holidays lie between
  t.equal(await escalateOverdueNotices(app.cases, later), 1)
  t.equal(await escalateOverdueNotices(app.cases, later), 0, 'a second run finds it escalated already')
  const rows = await sql`select * from accountability_records where notice_id = ${notice.id}`
  t.equal(rows.length, 1)
  const r = rows[0]
  t.match({ ...r }, { unit_id: units.township.id, case_id: id, trigger: 'unanswered_notice' })
  t.match(r.facts, { noticeNumber: notice.number, reason: '办理进度缓慢', requiredAction: '2日内书面说明', acknowledged: true })
  t.ok(r.facts.escalatedToNoticeId, 'the notice it was escalated to')
  t.same(r.people, { day: shanghaiDate(new Date(notice.dueAt)), responsible: null, in_charge: null, principal: null }, 'nobody entered for the township: named as such')
  const again = await sql.begin((tx) => openUnansweredNotice(tx as never, {
    id: notice.id, number: notice.number, caseId: id, unitId: units.township.id, reason: 'x', requiredAction: 'y', createdAt: new Date(), dueAt: new Date(), acknowledgedAt: null, escalatedTo: null,
  }, new Date()))
  t.equal(again, null, 'opening it again opens nothing')
  noticeRecordId = Number(r.id)
})

t.test('scope: inspectors see the records of their jurisdiction, never those about their own line', async (t) => {
  const ids = (page: { items: { id: number }[] }) => page.items.map((i) => i.id).sort((a, b) => a - b)
  t.same(ids(await records(cityInspector)), [lateRecordId, untrueRecordId, noticeRecordId].sort((a, b) => a - b), 'the city sees all three')
  t.same(ids(await records(countyInspector)), [noticeRecordId], 'the county\'s inspectors see the township\'s record, not their own unit\'s')
  t.equal((await countyInspector.get(`/api/accountability/records/${lateRecordId}`)).statusCode, 404, 'a record about their own unit does not exist for them')
  t.same(ids(await records(otherInspector)), [], 'another county sees nothing')
  t.equal((await otherInspector.get(`/api/accountability/records/${noticeRecordId}`)).statusCode, 404)
  t.equal((await countySup.get('/api/accountability/records')).statusCode, 403, 'inspectors only')
  t.equal((await countyAdmin.get('/api/accountability/records')).statusCode, 403)
  t.same(ids(await records(cityInspector, '?trigger=untrue_reply')), [untrueRecordId])
  t.equal((await cityInspector.get('/api/accountability/records?trigger=rumour')).statusCode, 400)
  const one = (await cityInspector.get(`/api/accountability/records/${lateRecordId}`)).json()
  t.match(one, { triggerLabel: '超期办结', stateLabel: '待处理', unit: { id: units.county.id } })
  t.match(one.people.items.find((p: { role: string }) => p.role === 'principal'), { roleLabel: '主要领导', person: { name: '张明' } })
})

t.test('a report against the county: its record is hidden from the county\'s line even where the unit rule would not hide it', async (t) => {
  const report = await logComplaint(operator, { type: 'report', content: '五华区某干部违规收受礼金，请查处。', accusedUnitId: units.county.id })
  await ok(dispatcher, report.id, { type: 'REGISTER', category: 'village_affairs', complaintType: 'report', accusedUnitId: units.county.id })
  const [r] = await sql`insert into accountability_records (unit_id, case_id, trigger, dedupe_key) values (${units.township.id}, ${report.id}, 'late_close', ${'test:' + report.id}) returning id`
  t.ok((await records(cityInspector)).items.some((i: { id: number }) => i.id === Number(r.id)), 'the city sees it')
  t.equal((await countyInspector.get(`/api/accountability/records/${r.id}`)).statusCode, 404, 'the accused county\'s inspector does not, though it is about a township below')
})

t.test('inspectors decide once, with a reason; audited; never rewritten or deleted', async (t) => {
  t.equal((await countyInspector.post(`/api/accountability/records/${lateRecordId}/decision`, { decision: 'no_action', reason: '自查' })).statusCode, 404, 'not about their own unit')
  t.equal((await cityInspector.post(`/api/accountability/records/${lateRecordId}/decision`, { decision: 'demotion', reason: 'x' })).statusCode, 400)
  t.equal((await cityInspector.post(`/api/accountability/records/${lateRecordId}/decision`, { decision: 'reminder_talk' })).statusCode, 400, 'a reason is required')
  const decided = await cityInspector.post(`/api/accountability/records/${lateRecordId}/decision`, { decision: 'reminder_talk', reason: '办理超期，对责任人提醒谈话' })
  t.equal(decided.statusCode, 200, decided.body)
  t.match(decided.json(), { state: 'decided', decision: 'reminder_talk', decisionLabel: '提醒谈话', reason: '办理超期，对责任人提醒谈话' })
  t.ok(decided.json().decidedBy)
  const again = await cityInspector.post(`/api/accountability/records/${lateRecordId}/decision`, { decision: 'no_action', reason: '改判' })
  t.equal(again.statusCode, 409)
  t.equal(again.json().error.code, 'accountability_decided')
  t.equal((await countyInspector.post(`/api/accountability/records/${noticeRecordId}/decision`, { decision: 'circulated_criticism', reason: '督办逾期未答复，通报批评' })).json().decisionLabel, '通报批评')
  t.match(await audit('accountability.decide'), [
    { recordId: lateRecordId, decision: 'reminder_talk', reason: '办理超期，对责任人提醒谈话' },
    { recordId: noticeRecordId, decision: 'circulated_criticism' },
  ])
  // the service's own role (suqiu_app), as it runs: no delete, no rewrite of a decided record
  const refusal = (p: PromiseLike<unknown>) => Promise.resolve(p).then(() => 'allowed', (e: Error) => e.message)
  const [{ me }] = await app.sql`select current_user as me`
  t.equal(me, 'suqiu_app')
  t.match(await refusal(app.sql`delete from accountability_records where id = ${lateRecordId}`), /permission denied/)
  t.match(await refusal(app.sql`update accountability_records set decision = 'no_action' where id = ${lateRecordId}`), /never changes/)
  t.match(await refusal(app.sql`update accountability_records set facts = '{}'::jsonb where id = ${untrueRecordId}`), /keeps its facts/, 'nor the facts of an open one')
  t.equal((await sql`select decision from accountability_records where id = ${lateRecordId}`)[0].decision, 'reminder_talk')
})
