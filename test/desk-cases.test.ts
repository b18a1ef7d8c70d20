// The desk's case work (issue 20, findings 4 and 5 and the batch actions): the whole 交办链 with each unit's status
// and dates, also once the case is closed; 合并 leaves a trace on the surviving case and the dialog's suggestions;
// batch dispatch and supervision through the statechart, one answer per case; saved views per user.
import t from 'tap'
import { buildTestApp, logComplaint, signIn, unitOf, type Session } from './helper.js'

const WUHUA = '530102'
const HUASHAN = '530102001'
const CUIHU = '530102001001'
const PANLONG = '530103'

t.test('the 交办链 keeps every unit that had the case, with its status and dates', async (t) => {
  const { app, db } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const county = await signIn(app, 'supervisor', WUHUA)
  const township = await signIn(app, 'supervisor', HUASHAN)
  const village = await signIn(app, 'officer', CUIHU)
  const units = { county: await unitOf(db, WUHUA), township: await unitOf(db, HUASHAN), village: await unitOf(db, CUIHU) }
  const act = async (who: Session, id: number, body: Record<string, unknown>) => {
    const res = await who.post(`/api/cases/${id}/events`, body)
    t.equal(res.statusCode, 200, `${body.type} (${res.body.slice(0, 160)})`)
    return res.json()
  }
  const { id } = await logComplaint(operator)
  await act(dispatcher, id, { type: 'REGISTER', category: 'village_affairs' })
  await act(dispatcher, id, { type: 'DISPATCH', chain: [units.county.id, units.township.id, units.village.id] })
  await act(village, id, { type: 'SIGN' })
  await act(village, id, { type: 'SUBMIT_REPLY', text: '社区已公示收支明细。', resolved: true })
  let view = await act(township, id, { type: 'APPROVE_REPLY' })
  t.same(view.chainHistory.map((l: { unit: { id: number } }) => l.unit.id), [units.county.id, units.township.id, units.village.id],
    'after the township approves, the village is still in the chain')
  const villageLink = view.chainHistory[2]
  t.equal(villageLink.status, 'approved', 'the village link reads 审核通过')
  t.ok(villageLink.signedAt && villageLink.repliedAt && villageLink.approvedAt, 'with the dates it signed, replied and was approved')
  t.equal(view.chainHistory[1].status, 'review', 'the township now waits for the county')
  await act(county, id, { type: 'APPROVE_REPLY' })
  await act(dispatcher, id, { type: 'APPROVE_REPLY' })
  await act(operator, id, { type: 'SEND_FEEDBACK', text: '已办理。', channel: 'sms' })
  view = await act(operator, id, { type: 'EVALUATE', rating: 'satisfied' })
  t.equal(view.state, 'closed')
  t.equal(view.chain.length, 0, 'the statechart keeps no open link')
  t.same(view.chainHistory.map((l: { unit: { name: string }; status: string }) => [l.unit.name, l.status]),
    [[units.county.name, 'approved'], [units.township.name, 'approved'], [units.village.name, 'approved']],
    'the closed case shows the whole chain')
  t.ok(view.chainHistory.every((l: { assignedAt: string; approvedAt: string }) => l.assignedAt && l.approvedAt))
})

t.test('合并 leaves a trace on the surviving case, and the dialog suggests likely duplicates', async (t) => {
  const { app } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const sibling = await signIn(app, 'dispatcher', PANLONG)
  const person = { anonymous: false, name: '王五', phone: '13700001111' }
  const first = await logComplaint(operator, { content: '华山南路路灯不亮已有一周，夜间行人很多，存在安全隐患。', complainant: person })
  const second = await logComplaint(operator, { content: '华山南路的路灯坏了一周了还没人修，晚上很黑。', complainant: person })
  const other = await logComplaint(operator, { content: '某小区物业乱收停车费，要求查处。', complainant: { anonymous: false, name: '赵六', phone: '13600002222' } })

  const suggested = await dispatcher.get(`/api/cases/${second.id}/merge-candidates`)
  t.equal(suggested.statusCode, 200, suggested.body)
  const ids = suggested.json().items.map((c: { id: number }) => c.id)
  t.equal(ids[0], first.id, 'the same caller\'s open case comes first')
  t.notOk(ids.includes(second.id), 'never the case itself')
  t.notOk(ids.includes(other.id), 'not an unrelated case')
  t.equal((await sibling.get(`/api/cases/${second.id}/merge-candidates`)).statusCode, 404, 'outside the scope, the case does not exist')

  const merged = await dispatcher.post(`/api/cases/${second.id}/events`, { type: 'MERGE', intoCaseId: first.id })
  t.equal(merged.statusCode, 200, merged.body)
  const survivor = (await dispatcher.get(`/api/cases/${first.id}`)).json()
  t.same(survivor.mergedCases.map((m: { id: number; caseNumber: string }) => [m.id, m.caseNumber]), [[second.id, second.caseNumber]],
    'the surviving case names the case merged into it')
  const entry = survivor.timeline.find((e: { type: string }) => e.type === 'MERGED_IN')
  t.ok(entry, 'and its timeline has the merge')
  t.equal(entry?.payload.caseNumber, second.caseNumber)
  t.ok(entry?.actor, 'with who merged it')
})

t.test('batch dispatch and supervision go case by case through the statechart', async (t) => {
  const { app, db } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const supervisor = await signIn(app, 'supervisor', WUHUA)
  const village = await signIn(app, 'officer', CUIHU)
  const township = await unitOf(db, HUASHAN)
  const cases = [await logComplaint(operator), await logComplaint(operator), await logComplaint(operator)]
  for (const c of cases.slice(0, 2)) t.equal((await dispatcher.post(`/api/cases/${c.id}/events`, { type: 'REGISTER', category: 'village_affairs' })).statusCode, 200)
  // the third is still 待受理: it cannot be dispatched, and the others go on
  const res = await dispatcher.post('/api/cases/batch', { type: 'DISPATCH', caseIds: cases.map((c) => c.id), chain: [township.id] })
  t.equal(res.statusCode, 200, res.body)
  const body = res.json()
  t.equal(body.done, 2)
  t.equal(body.failed, 1)
  t.same(body.results.map((r: { id: number; ok: boolean }) => [r.id, r.ok]), cases.map((c, i) => [c.id, i < 2]))
  t.equal(body.results[2].code, 'illegal_transition', 'the refused case says why')
  for (const c of cases.slice(0, 2)) t.equal((await dispatcher.get(`/api/cases/${c.id}`)).json().state, 'assigned')

  const denied = await village.post('/api/cases/batch', { type: 'DISPATCH', caseIds: [cases[0].id], chain: [township.id] })
  t.equal(denied.json().results[0].ok, false, 'a village officer is not let through by the batch door')

  const sup = await supervisor.post('/api/cases/batch', { type: 'SUPERVISE', caseIds: [cases[0].id, cases[1].id, 999999], note: '请加快办理' })
  t.equal(sup.statusCode, 200, sup.body)
  t.same(sup.json().results.map((r: { ok: boolean; code?: string }) => r.ok || r.code), [true, true, 'case_not_found'])
  t.equal((await dispatcher.get(`/api/cases/${cases[0].id}`)).json().counts.supervisions, 1)
  t.equal((await dispatcher.post('/api/cases/batch', { type: 'SUPERVISE', caseIds: [], note: 'x' })).statusCode, 400, 'an empty batch is a 400')
})

t.test('saved views belong to their user', async (t) => {
  const { app } = await buildTestApp(t)
  const a = await signIn(app, 'dispatcher', '530100')
  const b = await signIn(app, 'dispatcher', '530100')
  const saved = await a.post('/api/saved-views', { name: '红灯举报', page: '/cases', query: { warning: 'red', type: 'report' } })
  t.equal(saved.statusCode, 201, saved.body)
  t.same((await a.get('/api/saved-views?page=/cases')).json().map((v: { name: string }) => v.name), ['红灯举报'])
  t.same((await b.get('/api/saved-views')).json(), [], 'another user sees none of them')
  t.equal((await b.inject({ method: 'DELETE', url: `/api/saved-views/${saved.json().id}` })).statusCode, 404)
  t.equal((await a.post('/api/saved-views', { name: 'x', page: '/cases', query: { 'bad key!': '1' } })).statusCode, 400)
  t.equal((await a.inject({ method: 'DELETE', url: `/api/saved-views/${saved.json().id}` })).statusCode, 200)
})

t.test('every list filters by channel, category, type, warning, unit and the day received', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const township = await unitOf(db, HUASHAN)
  const hotline = await logComplaint(operator)
  const visit = await logComplaint(operator, {}, 'visit').catch(() => null)
  const report = await logComplaint(operator, { type: 'report' })
  await dispatcher.post(`/api/cases/${hotline.id}/events`, { type: 'REGISTER', category: 'village_affairs' })
  await dispatcher.post(`/api/cases/${hotline.id}/events`, { type: 'DISPATCH', chain: [township.id] })
  await sql`update cases set warning = 'yellow' where id = ${hotline.id}`
  await sql`update cases set received_at = '2026-01-05T10:00:00+08:00' where id = ${report.id}`
  const ids = async (query: string) => {
    const res = await dispatcher.get(`/api/cases?${query}`)
    t.equal(res.statusCode, 200, `${query}: ${res.body.slice(0, 200)}`)
    return res.json().items.map((c: { id: number }) => c.id).sort()
  }
  t.same(await ids('channel=hotline&type=complaint'), [hotline.id], 'channel and type')
  t.same(await ids('category=village_affairs'), [hotline.id], 'category')
  t.same(await ids('warning=yellow'), [hotline.id], 'warning level')
  t.same(await ids(`unit=${township.id}`), [hotline.id], 'the unit holding it')
  t.same(await ids('from=2026-01-05&to=2026-01-05'), [report.id], 'the day received, in China time')
  t.same(await ids('type=report'), [report.id])
  t.same(await ids('queue=warning'), [hotline.id], '超期预警 lists yellow cases too')
  if (visit) t.notOk((await ids('channel=hotline')).includes(visit.id))
  t.equal((await dispatcher.get('/api/cases?channel=pigeon')).statusCode, 400, 'an unknown channel is a 400')
  t.equal((await dispatcher.get('/api/cases?from=2026-13-45')).statusCode, 400, 'an impossible date is a 400, never a 500')
})
