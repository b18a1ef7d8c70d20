// 主动治理 (issue 23): from a flagged cluster a township opens a task of its own, type `proactive` — no complainant, no
// PIN, no rating — dispatched like any other case, linked to the cluster's cases. It never links a report hidden from
// its creator (回避); when it is resolved each linked case's complainant is told once (never an anonymous one); and it
// is counted apart, never in the three rates of the board or of the public statistics.
import t from 'tap'
import { buildTestApp, logComplaint, sendEvent, signIn, unitOf, type Session } from './helper.js'
import { runNotify } from './support/jobs.js'
import { refreshStats } from '../src/openness/stats.js'

const PLACE = '昆明市五华区华山街道翠湖西路社区'
const PEOPLE = [
  { content: '翠湖西路社区门口的路灯坏了，晚上一片漆黑。', complainant: { anonymous: false, name: '张一', phone: '13911110001' } },
  { content: '社区门口路灯一直不亮，夜里走路看不见。', complainant: { anonymous: false, name: '王二', phone: '13911110002' } },
  // the same person again (same phone): told once
  { content: '您好，门口的路灯坏了很久没人修，老人晚上出门不安全。', complainant: { anonymous: false, name: '张一', phone: '13911110001' } },
  { content: '门口的路灯坏了，天黑以后没法出门。', complainant: { anonymous: false, name: '赵三', email: 'zhao3@example.cn' }, preferredChannel: 'email' },
  // anonymous: never told
  { content: '门口路灯晚上不亮，已经摔倒过人。', complainant: { anonymous: true } },
]

t.test('a proactive task from a cluster: linked, scoped, dispatched, told, counted apart', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const cityDispatcher = await signIn(app, 'dispatcher', '530100')
  const huashan = await unitOf(db, '530102001')
  const ids: number[] = []
  for (const p of PEOPLE) {
    const c = await logComplaint(operator, { ...p, address: PLACE })
    t.equal((await sendEvent(cityDispatcher, c.id, { type: 'REGISTER', category: 'urban_management' })).statusCode, 200)
    ids.push(c.id)
  }
  // a report against the township about the same lamp
  const report = await logComplaint(operator, { type: 'report', content: '社区门口路灯坏了一直不亮，街道干部收了维修款不修路灯。', address: PLACE, accusedUnitId: huashan.id })
  t.equal((await sendEvent(cityDispatcher, report.id, { type: 'REGISTER', category: 'urban_management', accusedUnitId: huashan.id })).statusCode, 200)

  const township = await signIn(app, 'dispatcher', '530102001')
  const county = await signIn(app, 'supervisor', '530102')
  const boardBefore = (await county.get('/api/stats/board')).json()
  await refreshStats(sql)
  const publicBefore = (await app.inject('/api/public/stats')).json()
  const byTypeBefore = (await app.inject('/api/public/stats?groupBy=type')).json()

  const cluster = (await township.get('/api/hotspots')).json().clusters[0]
  t.same(cluster.cases.map((c: { id: number }) => c.id).sort(), [...ids].sort(), 'the township sees the five complaints')

  // recusal: a report the township may not see is never linked, and its existence is not told
  const withReport = await township.post('/api/hotspots/proactive', { caseIds: [...ids, report.id], category: 'urban_management', content: '翠湖西路社区门口路灯集中维修' })
  t.equal(withReport.statusCode, 404, withReport.body)
  t.equal(withReport.json().error.code, 'case_not_found')
  t.notMatch(withReport.body, report.caseNumber)
  t.equal((await sql`select count(*)::int as n from complaints where type = 'proactive'`)[0].n, 0, 'nothing was opened')

  // bad input and the wrong role
  t.equal((await township.post('/api/hotspots/proactive', { caseIds: [], category: 'urban_management', content: 'x' })).statusCode, 400)
  t.equal((await township.post('/api/hotspots/proactive', { caseIds: ['a'], category: 'urban_management', content: 'x' })).statusCode, 400)
  t.equal((await operator.post('/api/hotspots/proactive', { caseIds: ids, category: 'urban_management', content: '路灯维修' })).statusCode, 403, 'operators do not open tasks')

  // the one click
  const opened = await township.post('/api/hotspots/proactive', { caseIds: ids, category: 'urban_management', content: '翠湖西路社区门口路灯集中维修，未诉先办。' })
  t.equal(opened.statusCode, 201, opened.body)
  const task = opened.json()
  t.equal(task.linked, 5)
  t.equal(task.state, 'triage', 'registered at once')
  t.notOk('pin' in task || 'trackingCode' in task, 'no PIN or tracking code: there is no complainant')
  const [row] = await sql`select k.type, k.anonymous, k.identity, k.phone_hash, c.root_unit_id, c.division_code from complaints k join cases c on c.id = k.id where k.id = ${task.id}`
  t.match(row, { type: 'proactive', anonymous: false, identity: null, phone_hash: null, division_code: '530102001' }, 'no complainant, and no anonymous one either: the unit raised it')
  t.equal(Number(row.root_unit_id), huashan.id, 'the task belongs to the township that opened it')

  const view = await township.get(`/api/cases/${task.id}`)
  t.equal(view.statusCode, 200)
  t.equal(view.json().typeLabel ?? view.json().case?.typeLabel, '主动治理')
  const links = await township.get(`/api/cases/${task.id}/proactive-links`)
  t.equal(links.statusCode, 200, links.body)
  t.same(links.json().cases.map((c: { id: number }) => c.id).sort(), [...ids].sort())
  t.notMatch(links.body, /13911110001|张一/, 'no identity in the links')

  // the county may link the report (it sees it); the township, handling nothing of it, never sees it among the links
  const countyTask = await county.post('/api/hotspots/proactive', { caseIds: [ids[0], report.id], category: 'urban_management', content: '路灯维修款问题一并核查' })
  t.equal(countyTask.statusCode, 201, countyTask.body)
  const countyLinks = (await county.get(`/api/cases/${countyTask.json().id}/proactive-links`)).json()
  t.same(countyLinks.cases.map((c: { id: number }) => c.id).sort(), [ids[0], report.id].sort())
  const townshipReads = await township.get(`/api/cases/${countyTask.json().id}/proactive-links`)
  t.equal(townshipReads.statusCode, 200, 'the township sees the task at its community')
  t.same(townshipReads.json().cases.map((c: { id: number }) => c.id), [ids[0]], 'but never the report against it among the links')
  t.notMatch(townshipReads.body, report.caseNumber)
  const fromTheCase = (await township.get(`/api/cases/${ids[0]}/proactive-links`)).json()
  t.equal(fromTheCase.tasks.length, 2, 'a linked case names its tasks')

  // dispatched like any other case: to the community, handled, approved, fed back
  const community = await unitOf(db, '530102001001')
  const officer = await signIn(app, 'officer', '530102001001')
  const act = async (s: Session, body: Record<string, unknown>) => t.equal((await sendEvent(s, task.id, body)).statusCode, 200, String(body.type))
  await act(township, { type: 'DISPATCH', chain: [community.id] })
  await act(officer, { type: 'SIGN' })
  await act(officer, { type: 'SUBMIT_REPLY', text: '已更换社区门口路灯6盏，夜间照明恢复。', resolved: true })
  await act(township, { type: 'APPROVE_REPLY' })
  await act(township, { type: 'SEND_FEEDBACK', text: '已更换社区门口路灯6盏，夜间照明恢复。', channel: 'sms' })
  t.same(await runNotify(app, task.id), ['accepted', 'result'], 'its own milestones run and reach no one; the result fans out')

  // one message per complainant of the linked cases, none to the anonymous one, none to the task itself
  const sent = await sql`select channel, kind, case_id, body from outbound_messages where kind = 'proactive_result' order by id`
  t.equal(sent.length, 3, 'two phones and one e-mail address: three people')
  t.same(sent.map((m) => m.channel).sort(), ['email', 'sms', 'sms'])
  t.ok(sent.every((m) => ids.includes(Number(m.case_id)) && Number(m.case_id) !== ids[4]), 'about their own cases, never the anonymous one')
  t.ok(sent.every((m) => /路灯6盏/.test(m.body)), 'the result is in the message')
  t.equal((await sql`select count(*)::int as n from outbound_messages where case_id = ${task.id}`)[0].n, 0, 'nothing addressed to the task')
  t.same(await runNotify(app, task.id), [], 'run again: nothing new')

  // counted apart: the county's board and the public statistics are what they were, the task is counted on its own
  const boardAfter = (await county.get('/api/stats/board')).json()
  t.same(boardAfter.total.period, boardBefore.total.period, 'the three rates and their counts do not see the tasks')
  t.same(boardAfter.total.rates, boardBefore.total.rates)
  t.match(boardAfter.proactive, { opened: 2, resolved: 1 })
  await refreshStats(sql)
  t.same((await app.inject('/api/public/stats')).json().total, publicBefore.total, 'public totals and rates unchanged')
  const byTypeAfter = (await app.inject('/api/public/stats?groupBy=type')).json()
  t.same(byTypeAfter.groups ?? byTypeAfter.rows, byTypeBefore.groups ?? byTypeBefore.rows)
  t.notMatch(JSON.stringify(byTypeAfter), 'proactive')

  // nor an Open311 service request: it is no request of the public
  const open311 = await app.inject('/open311/v2/requests.json')
  t.equal(open311.statusCode, 200)
  t.notMatch(open311.body, task.caseNumber, 'not in the Open311 requests')
  t.equal((await app.inject(`/open311/v2/requests/${task.caseNumber}.json`)).statusCode, 404)

  // the task never becomes a hotspot itself
  const again = (await township.get('/api/hotspots')).json()
  t.notOk(again.clusters.some((c: { cases: { id: number }[] }) => c.cases.some((k) => k.id === task.id)))
})
