import t from 'tap'
import { buildTestApp, signIn, unitOf, type Session } from './helper.js'

const HUASHAN = '530102001'          // 华山街道, 五华区
const CUIHU = '530102001001'         // 翠湖西路社区

t.test('a case walks city → county → township → village and back up', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const county = await signIn(app, 'supervisor', '530102')
  const township = await signIn(app, 'supervisor', HUASHAN)
  const village = await signIn(app, 'officer', CUIHU)
  const units = {
    county: await unitOf(db, '530102'), township: await unitOf(db, HUASHAN), village: await unitOf(db, CUIHU),
  }
  const act = async (who: Session, id: number, body: Record<string, unknown>, status = 200) => {
    const res = await who.post(`/api/cases/${id}/events`, body)
    t.equal(res.statusCode, status, `${body.type} → ${status} (${res.body.slice(0, 200)})`)
    return res.json()
  }

  const logged = await operator.post('/api/intake/hotline', {
    type: 'complaint', content: '翠湖西路社区公示栏长期不更新村务信息，居民无法了解集体收支情况。',
    address: '昆明市五华区华山街道翠湖西路社区', complainant: { anonymous: false, name: '张三', phone: '13812345678', idNumber: '11010519491231002X' },
  })
  t.equal(logged.statusCode, 201)
  const created = logged.json()
  t.match(created.caseNumber, /^KM\d{8}\d{6}$/)
  t.match(created.trackingCode, /^[A-Z2-9]{10}$/)
  t.match(created.pin, /^\d{6}$/)
  t.equal(created.state, 'intake')
  const id = created.id

  const first = (await dispatcher.get(`/api/cases/${id}`)).json()
  t.equal(first.complainant.phone, '138****5678', 'contact data is masked')
  t.equal(first.complainant.name, '张*')
  t.equal(first.division.code, CUIHU, 'the place was resolved from the address')
  t.same(first.allowedEvents.sort(), ['MERGE', 'REGISTER', 'REJECT', 'WITHDRAW'].sort())
  t.equal(first.stateLabel, '待受理')

  await act(dispatcher, id, { type: 'REGISTER', category: 'village_affairs' })
  const routing = (await dispatcher.get(`/api/cases/${id}/routing`)).json()
  t.same(routing.chain.map((u: { unitId: number }) => u.unitId), [units.county.id, units.township.id, units.village.id], 'village affairs go down to the village')
  t.equal(routing.handlingLevel, 'village')

  let view = await act(dispatcher, id, { type: 'DISPATCH', chain: routing.chain.map((u: { unitId: number }) => u.unitId) })
  t.equal(view.state, 'assigned')
  t.equal(view.currentUnit.id, units.village.id)
  t.ok(view.deadlines.link, 'the village has a sign deadline')

  const villageView = (await village.get(`/api/cases/${id}`)).json()
  t.same(villageView.allowedEvents.sort(), ['RETURN', 'SIGN'].sort())
  await act(village, id, { type: 'SIGN' })
  await act(village, id, { type: 'SUBMIT_REPLY', text: '已督促社区更新公示栏。', resolved: true })
  view = await act(township, id, { type: 'REJECT_REPLY', reason: '未写明公示内容和时间' })
  t.equal(view.state, 'handling', '重办: back to the village')
  view = await act(village, id, { type: 'SUBMIT_REPLY', text: '社区已于本周公示2026年第三季度收支明细，并每月更新。', resolved: true })
  t.equal(view.state, 'review')
  t.equal(view.currentUnit.id, units.township.id, 'the township reviews')
  view = await act(township, id, { type: 'APPROVE_REPLY' })
  t.equal(view.state, 'review')
  t.equal(view.currentUnit.id, units.county.id, 'the approval goes up to the county')
  view = await act(county, id, { type: 'APPROVE_REPLY' })
  t.equal(view.currentUnit.id, first.rootUnit.id, 'then to the city centre')
  view = await act(dispatcher, id, { type: 'APPROVE_REPLY' })
  t.equal(view.state, 'feedback')
  t.match(view.finalReply.text, /第三季度/)
  view = await act(operator, id, { type: 'SEND_FEEDBACK', text: '您反映的问题已办理：社区已公示收支明细。', channel: 'sms' })
  t.equal(view.state, 'evaluation')
  view = await act(operator, id, { type: 'EVALUATE', rating: 'satisfied' })
  t.equal(view.state, 'closed')
  t.equal(view.stateLabel, '已办结')
  t.ok(view.timeline.length >= 12, 'the timeline has every step')

  const [row] = await sql`select resolved, rating, signed_in_time, dispatched_at, replied_at, closed_at from cases where id = ${id}`
  t.equal(row.resolved, true)
  t.equal(row.rating, 'satisfied')
  t.equal(row.signed_in_time, true)
  t.ok(row.dispatched_at && row.replied_at && row.closed_at)
  const jobs = await sql`select data->>'kind' as kind from pgboss.job where name = 'notify' and (data->>'caseId')::int = ${id} order by created_on`
  t.same(jobs.map((j) => j.kind), ['receipt', 'accepted', 'result'], 'notifications were written to the outbox')
})
