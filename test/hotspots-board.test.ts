// Hotspots on the board and the portal (issue 23): the rising categories' weekly trend for staff (JSON and a server-drawn
// SVG), scoped like every list — a report against the township is in the county's trend, never in the township's —
// and the public answer: per county the top categories, their trend with every count under 5 hidden, and the resolved
// 主动治理 tasks with no text but an approved public summary, no place below the township, none linked to a report.
import t from 'tap'
import { buildTestApp, logComplaint, sendEvent, signIn, unitOf, type Session } from './helper.js'

const WEEK = 7 * 86_400_000
const COMMUNITY = '昆明市五华区华山街道翠湖西路社区'

t.test('the trend, the board figure and the public hotspots', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const city = await signIn(app, 'dispatcher', '530100')
  const huashan = await unitOf(db, '530102001')
  const community = await unitOf(db, '530102001001')
  const ok = async (s: Session, id: number, body: Record<string, unknown>) => {
    const res = await sendEvent(s, id, body)
    if (res.statusCode !== 200) throw new Error(`${body.type}: ${res.statusCode} ${res.body}`)
  }
  /** a registered case of `category` at the community, received `weeksAgo` weeks (and a day) ago */
  const planted = async (category: string, weeksAgo: number, content: string, extra: Record<string, unknown> = {}) => {
    const c = await logComplaint(operator, { content, address: COMMUNITY, ...extra })
    await ok(city, c.id, { type: 'REGISTER', category, ...(extra.accusedUnitId ? { accusedUnitId: extra.accusedUnitId } : {}) })
    if (weeksAgo > 0) {
      const at = new Date(Date.now() - weeksAgo * WEEK - 86_400_000)
      await sql`update complaints set received_at = ${at} where id = ${c.id}`
      await sql`update cases set received_at = ${at} where id = ${c.id}`
    }
    return c
  }
  // a steady category: one a week for eight weeks; this week eight of them — a spike
  for (let w = 1; w <= 8; w++) await planted('urban_management', w, `第${w}周：社区门口路灯不亮。`)
  const spike: number[] = []
  for (let i = 0; i < 8; i++) spike.push((await planted('urban_management', 0, `本周第${i + 1}件：社区门口路灯坏了，晚上一片漆黑。`)).id)
  // the same week, a report against the township about the same lamps: the county sees it, the township never does
  const report = await planted('urban_management', 0, '举报华山街道干部收了路灯维修款不修路灯。', { type: 'report', accusedUnitId: huashan.id })

  const township = await signIn(app, 'dispatcher', '530102001')
  const county = await signIn(app, 'supervisor', '530102')

  // staff: the trend behind the rising rule, scoped
  const mine = (await township.get('/api/hotspots')).json()
  t.equal(mine.trend.weeks.length, 9, 'nine weeks: the baseline and the week tested')
  const seriesOf = (v: { trend: { series: { township: string; category: string; counts: number[]; rising: boolean; baseline: number }[] } }) =>
    v.trend.series.find((s) => s.township === '530102001' && s.category === 'urban_management')
  const own = seriesOf(mine)
  t.ok(own, 'the township sees its street lights')
  t.same(own!.counts, [1, 1, 1, 1, 1, 1, 1, 1, 8], 'one a week, then eight: the report is not among them')
  t.equal(own!.rising, true, 'flagged by the rising rule')
  t.equal(own!.baseline, 1)
  const countyView = (await county.get('/api/hotspots')).json()
  t.same(seriesOf(countyView)!.counts.at(-1), 9, 'the county counts the report too')

  const svg = await township.get('/api/hotspots/chart.svg')
  t.equal(svg.statusCode, 200, svg.body)
  t.match(svg.headers['content-type'], /image\/svg\+xml/)
  t.match(svg.body, /^<svg /)
  t.match(svg.body, /class="series rising"/, 'the rising category drawn bold')
  t.match(svg.body, /data-count="8"/)
  t.notMatch(svg.body, /data-count="9"/, 'the township\'s chart never counts the report')
  t.match(svg.body, '华山街道')
  t.match((await county.get('/api/hotspots/chart.svg')).body, /data-count="9"/)
  t.notMatch(svg.body, /路灯维修款|收了/, 'no case text in the chart')
  const sibling = await signIn(app, 'supervisor', '530103')
  const outside = await sibling.get('/api/hotspots/chart.svg?division=530102')
  t.equal(outside.statusCode, 403, 'another county\'s chart is outside the jurisdiction')
  t.equal((await app.inject('/api/hotspots/chart.svg')).statusCode, 401, 'staff only')
  t.equal((await township.get('/api/hotspots/chart.svg?division=x')).statusCode, 400)
  t.equal((await operator.get('/api/hotspots/chart.svg')).statusCode, 403, 'operators see no hotspots')

  // two tasks: the township's on the street lights, resolved; the county's with the report linked, resolved too
  const task = (await township.post('/api/hotspots/proactive', { caseIds: spike, category: 'urban_management', content: '翠湖西路社区门口路灯集中维修：住户张三丰（13812345678）家门口先修。' })).json()
  const countyTask = (await county.post('/api/hotspots/proactive', { caseIds: [spike[0], report.id], category: 'urban_management', content: '路灯维修款问题一并核查。' })).json()
  const officer = await signIn(app, 'officer', '530102001001')
  const townshipOfficer = await signIn(app, 'officer', '530102001')
  const countyDispatcher = await signIn(app, 'dispatcher', '530102')
  await ok(township, task.id, { type: 'DISPATCH', chain: [community.id] })
  await ok(officer, task.id, { type: 'SIGN' })
  await ok(officer, task.id, { type: 'SUBMIT_REPLY', text: '已为翠湖西路8号张三丰家门口更换路灯。', resolved: true })
  await ok(township, task.id, { type: 'APPROVE_REPLY' })
  await ok(countyDispatcher, countyTask.id, { type: 'DISPATCH', chain: [huashan.id] })
  await ok(townshipOfficer, countyTask.id, { type: 'SIGN' })
  await ok(townshipOfficer, countyTask.id, { type: 'SUBMIT_REPLY', text: '维修款已追回。', resolved: true })
  await ok(countyDispatcher, countyTask.id, { type: 'APPROVE_REPLY' })

  // the board: the figure counted apart
  const board = (await county.get('/api/stats/board')).json()
  t.match(board.proactive, { opened: 2, resolved: 2 }, 'the board\'s 主动治理 figure')

  // the public answer
  const pub = await app.inject('/api/public/hotspots')
  t.equal(pub.statusCode, 200, pub.body)
  const body = pub.json()
  t.equal(body.weeks.length, 9)
  const wuhua = body.counties.find((c: { county: string }) => c.county === '530102')
  t.ok(wuhua, 'the county is there')
  t.match(wuhua.categories[0], { category: 'urban_management', count: 12 }, 'its top category over 30 days: this week\'s 8 and 4 weeks of 1, the report left out')
  const trend = wuhua.trend.find((s: { category: string }) => s.category === 'urban_management')
  t.same(trend.counts, [null, null, null, null, null, null, null, null, 8], 'weeks under 5 hidden, never shown as a number; the report not counted')
  t.equal(trend.rising, true, 'rising at the county too')
  t.notOk('baseline' in trend, 'no baseline: it could tell a count under 5')
  t.equal(wuhua.proactive.resolved, '<5', 'one resolved task: a count under 5')
  t.equal(wuhua.proactive.tasks.length, 1, 'the task linked to a report is never shown')
  t.same(wuhua.proactive.tasks[0], { township: '530102001', townshipName: '华山街道', category: 'urban_management', label: wuhua.categories[0].label, resolvedOn: wuhua.proactive.tasks[0].resolvedOn, summary: null },
    'the township, the category and the day; no text until a summary is approved')
  t.match(wuhua.proactive.tasks[0].resolvedOn, /^\d{4}-\d{2}-\d{2}$/)
  for (const planted of ['张三丰', '13812345678', '翠湖西路', '路灯维修款', '维修款已追回', task.caseNumber, countyTask.caseNumber, report.caseNumber, '530102001001']) {
    t.notMatch(pub.body, planted, `no ${planted} in the public answer`)
  }

  // a public summary approved: then, and only then, its text
  const summary = await township.inject({ method: 'PUT', url: `/api/cases/${task.id}/public-summary`, payload: { text: '华山街道主动排查，集中更换路灯。' } })
  t.equal(summary.statusCode, 200, summary.body)
  const after = (await app.inject('/api/public/hotspots')).json()
  t.equal(after.counties.find((c: { county: string }) => c.county === '530102').proactive.tasks[0].summary, '华山街道主动排查，集中更换路灯。')

  // the public chart: the county's, with the gaps
  const chart = await app.inject('/api/public/hotspots/chart.svg?county=530102')
  t.equal(chart.statusCode, 200)
  t.match(chart.headers['content-type'], /image\/svg\+xml/)
  t.match(chart.body, /data-count="8"/)
  t.notMatch(chart.body, /data-count="[1-4]"/, 'no count under 5 is drawn')
  t.notMatch(chart.body, /张三丰|13812345678|翠湖西路|维修款/)
  t.match(chart.body, '五华区')
  t.equal((await app.inject('/api/public/hotspots/chart.svg')).statusCode, 200, 'the city\'s chart')
  t.equal((await app.inject('/api/public/hotspots/chart.svg?county=5301')).statusCode, 400, 'a county is six digits')
  t.equal((await app.inject('/api/public/hotspots/chart.svg?county=<svg>')).statusCode, 400)
})
