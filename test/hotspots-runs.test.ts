// The stored nightly hotspot run (issue 23): the job computes the city's clusters and counts once and keeps them; the
// board (GET /api/hotspots, its chart) and the public page read the latest run and say when it was computed
// (数据更新于); scope and recusal are applied per viewer when the run is read — a report against 华山街道 is in the
// county's cluster and trend, never the township's, and another county gets 403; nothing personal is stored; runs
// older than HOTSPOT_RUNS_KEEP_DAYS are deleted, the newest always kept.
import t from 'tap'
import { buildTestApp, logComplaint, sendEvent, signIn, unitOf, type Session } from './helper.js'
import { deleteOldHotspotRuns, HOTSPOT_CRON, HOTSPOT_QUEUE, storeHotspotRun } from '../src/hotspots/runs.js'
import { startWorkers } from '../workers/index.js'
import { waitFor } from './ops/service.js'

const WEEK = 7 * 86_400_000
const COMMUNITY = '昆明市五华区华山街道翠湖西路社区'
const NIGHTLY = 'hotspots-nightly'

t.test('the nightly run is stored; board and public page read it, scoped per viewer', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const city = await signIn(app, 'dispatcher', '530100')
  const huashan = await unitOf(db, '530102001')
  const ok = async (s: Session, id: number, body: Record<string, unknown>) => {
    const res = await sendEvent(s, id, body)
    if (res.statusCode !== 200) throw new Error(`${body.type}: ${res.statusCode} ${res.body}`)
  }
  /** a registered street-light case at the community, received `weeksAgo` weeks (and a day) ago */
  const planted = async (weeksAgo: number, content: string, extra: Record<string, unknown> = {}) => {
    const c = await logComplaint(operator, { content, address: COMMUNITY, complainant: { anonymous: false, name: '张三丰', phone: '13812345678' }, ...extra })
    await ok(city, c.id, { type: 'REGISTER', category: 'urban_management', ...(extra.accusedUnitId ? { accusedUnitId: extra.accusedUnitId } : {}) })
    if (weeksAgo > 0) {
      const at = new Date(Date.now() - weeksAgo * WEEK - 86_400_000)
      await sql`update complaints set received_at = ${at} where id = ${c.id}`
      await sql`update cases set received_at = ${at} where id = ${c.id}`
    }
    return c
  }
  for (let w = 1; w <= 8; w++) await planted(w, `第${w}周：社区门口路灯不亮。`)
  const spike: number[] = []
  for (let i = 0; i < 8; i++) spike.push((await planted(0, `本周第${i + 1}件：社区门口路灯坏了，晚上一片漆黑。我是张三丰，电话13812345678，住翠湖西路8号302。`)).id)
  const report = await planted(0, '本周：社区门口路灯坏了，晚上一片漆黑，住翠湖西路。举报华山街道干部收了维修款。', { type: 'report', accusedUnitId: huashan.id })

  const township = await signIn(app, 'dispatcher', '530102001')
  const county = await signIn(app, 'supervisor', '530102')
  const sibling = await signIn(app, 'supervisor', '530103')

  // a new installation: no run yet, computed on the spot
  const before = (await township.get('/api/hotspots')).json()
  t.equal(before.stored, false, 'no run stored yet: computed now')

  // the job
  const result = await app.jobHandlers[NIGHTLY]([])
  t.match(result, { runId: Number, clusters: Number, deleted: 0 })
  const [run] = await sql`select id, computed_at, window_cases from hotspot_runs`
  t.ok(run, 'a run is stored')
  t.ok(run.window_cases >= 17, `its window: ${run.window_cases} cases`)
  const runAt = new Date(run.computed_at).toISOString()
  const [{ clusters: storedClusters }] = await sql`select count(*)::int as clusters from hotspot_run_clusters where run_id = ${run.id}`
  t.ok(storedClusters >= 1, 'its clusters are stored')

  // nothing personal in what is stored
  const dump = JSON.stringify(await sql`
    select (select json_agg(r) from hotspot_runs r) as runs, (select json_agg(c) from hotspot_run_clusters c) as clusters,
           (select json_agg(w) from hotspot_run_weeks w) as weeks`)
  for (const p of ['张三丰', '13812345678', '翠湖西路8号', '302', '维修款', '收了', report.caseNumber]) t.notMatch(dump, p, `no ${p} stored`)

  // a case received after the run: the stored answers do not have it yet (they are read, not computed)
  const late = await planted(0, '社区门口路灯坏了，晚上一片漆黑，走路看不见。')

  // the township: from the run, with its time; the report against it nowhere
  const mine = await township.get('/api/hotspots')
  t.equal(mine.statusCode, 200, mine.body.slice(0, 300))
  const view = mine.json()
  t.equal(view.stored, true, 'read from the stored run')
  t.equal(view.computedAt, runAt, '数据更新于: the run\'s time')
  const ownCases = view.clusters.flatMap((c: { cases: { id: number }[] }) => c.cases.map((x) => x.id))
  t.ok(spike.every((id) => ownCases.includes(id)), 'the street-light cluster')
  t.notOk(ownCases.includes(report.id), 'never the report against the township')
  t.notOk(ownCases.includes(late.id), 'not the case that came after the run')
  t.notMatch(mine.body, report.caseNumber)
  t.notMatch(mine.body, /维修款|收了/, 'no word of the report in the township\'s keywords')
  const seriesOf = (v: { trend: { series: { township: string; category: string; counts: number[]; rising: boolean }[] } }) =>
    v.trend.series.find((s) => s.township === '530102001' && s.category === 'urban_management')
  t.same(seriesOf(view)!.counts, [1, 1, 1, 1, 1, 1, 1, 1, 8], 'the run\'s weeks: the report and the later case not among them')
  t.equal(seriesOf(view)!.rising, true)
  t.match(view.rising, [{ township: '530102001', category: 'urban_management', count: 8 }])

  // the county: the report is in its cluster and its trend
  const theirs = (await county.get('/api/hotspots')).json()
  t.equal(theirs.computedAt, runAt)
  const countyCases = theirs.clusters.flatMap((c: { cases: { id: number }[] }) => c.cases.map((x) => x.id))
  t.ok(countyCases.includes(report.id), 'the county sees the report in the cluster')
  t.notOk(countyCases.includes(late.id))
  t.equal(seriesOf(theirs)!.counts.at(-1), 9, 'the county counts the report')

  // the charts, from the same run
  const svg = await township.get('/api/hotspots/chart.svg')
  t.equal(svg.statusCode, 200)
  t.match(svg.body, /data-count="8"/)
  t.notMatch(svg.body, /data-count="9"/, 'the township\'s chart never counts the report')
  t.match((await county.get('/api/hotspots/chart.svg')).body, /data-count="9"/)

  // another county: 403, as before
  t.equal((await sibling.get('/api/hotspots?division=530102')).statusCode, 403)
  t.equal((await sibling.get('/api/hotspots/chart.svg?division=530102')).statusCode, 403)
  const siblingView = (await sibling.get('/api/hotspots')).json()
  t.same(siblingView.clusters, [], 'nothing of 五华区 in another county\'s view')
  t.notMatch(JSON.stringify(siblingView.trend), '530102001')

  // the public page: the run's counts and time; the report never counted
  const pub = await app.inject('/api/public/hotspots')
  t.equal(pub.statusCode, 200)
  const body = pub.json()
  t.equal(body.stored, true)
  t.equal(body.computedAt, runAt, '数据更新于 on the public page')
  const wuhua = body.counties.find((c: { county: string }) => c.county === '530102')
  t.match(wuhua.categories[0], { category: 'urban_management', count: 12 }, 'the run\'s 30 days: 8 this week and 4 weeks of 1 — not the report, not the later case')
  t.same(wuhua.trend.find((s: { category: string }) => s.category === 'urban_management').counts, [null, null, null, null, null, null, null, null, 8])
  for (const p of ['张三丰', '13812345678', '翠湖西路', '维修款', report.caseNumber, '530102001']) t.notMatch(pub.body, p, `no ${p} in the public answer`)
  t.equal((await app.inject('/api/public/hotspots/chart.svg?county=530102')).statusCode, 200)

  // the next night's run counts the later case
  await app.jobHandlers[NIGHTLY]([])
  const next = (await township.get('/api/hotspots')).json()
  t.not(next.computedAt, runAt, 'the latest run is read')
  t.equal(seriesOf(next)!.counts.at(-1), 9, 'the later case counted, the report still not')
})

t.test('a cluster with a hidden report is clustered again for the viewer: too few left, none shown', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const city = await signIn(app, 'dispatcher', '530100')
  const huashan = await unitOf(db, '530102001')
  const texts = ['社区门口的路灯坏了，晚上一片漆黑。', '社区门口路灯一直不亮，夜里走路看不见。', '门口的路灯坏了很久没人修，晚上出门不安全。', '门口的路灯坏了，天黑以后没法出门。']
  for (const content of texts) {
    const c = await logComplaint(operator, { content, address: COMMUNITY })
    t.equal((await sendEvent(city, c.id, { type: 'REGISTER', category: 'urban_management' })).statusCode, 200)
  }
  const report = await logComplaint(operator, { type: 'report', content: '社区门口路灯坏了一直不亮，街道干部收了维修款不修路灯。', address: COMMUNITY, accusedUnitId: huashan.id })
  t.equal((await sendEvent(city, report.id, { type: 'REGISTER', category: 'urban_management', accusedUnitId: huashan.id })).statusCode, 200)
  await app.jobHandlers[NIGHTLY]([])
  const [{ n }] = await sql`select count(*)::int as n from hotspot_run_clusters`
  t.equal(n, 1, 'the city-wide run holds one cluster of five, the report among them')
  const county = (await (await signIn(app, 'supervisor', '530102')).get('/api/hotspots')).json()
  t.equal(county.clusters[0]?.size, 5, 'the county sees all five')
  const township = (await (await signIn(app, 'supervisor', '530102001')).get('/api/hotspots')).json()
  t.equal(township.stored, true)
  t.same(township.clusters, [], 'four left without the report: under five, no cluster for the township')
})

t.test('old runs are deleted, the newest always kept', async (t) => {
  const { app, sql } = await buildTestApp(t, { HOTSPOT_RUNS_KEEP_DAYS: 7 })
  const day = 86_400_000
  const operator = await signIn(app, 'operator', '530100')
  const city = await signIn(app, 'dispatcher', '530100')
  for (let i = 0; i < 5; i++) {
    const c = await logComplaint(operator, { content: `社区门口路灯坏了，晚上一片漆黑（${i}）。`, address: COMMUNITY })
    t.equal((await sendEvent(city, c.id, { type: 'REGISTER', category: 'urban_management' })).statusCode, 200)
  }
  const old = await storeHotspotRun(sql, new Date(Date.now() - 10 * day))
  const older = await storeHotspotRun(sql, new Date(Date.now() - 20 * day))
  const recent = await storeHotspotRun(sql, new Date(Date.now() - 3 * day))
  t.ok(old.clusters >= 1)
  const result = (await app.jobHandlers[NIGHTLY]([])) as { runId: number; deleted: number }
  t.equal(result.deleted, 2, 'the two runs older than 7 days')
  const left = (await sql`select id from hotspot_runs order by id`).map((r) => Number(r.id))
  t.same(left, [recent.runId, result.runId], 'the recent run and the new one are kept')
  const [{ orphans }] = await sql`
    select (select count(*) from hotspot_run_clusters where run_id = any(${[old.runId, older.runId]}::bigint[]))::int
         + (select count(*) from hotspot_run_weeks where run_id = any(${[old.runId, older.runId]}::bigint[]))::int as orphans`
  t.equal(orphans, 0, 'their clusters and counts went with them')

  // only old runs left (the job stopped for a while): the newest of them stays, and is what the pages read
  await sql`delete from hotspot_runs where id = any(${[recent.runId, result.runId]}::bigint[])`
  const a = await storeHotspotRun(sql, new Date(Date.now() - 30 * day))
  const b = await storeHotspotRun(sql, new Date(Date.now() - 20 * day))
  t.equal(await deleteOldHotspotRuns(sql, 7), 1)
  t.same((await sql`select id from hotspot_runs`).map((r) => Number(r.id)), [b.runId], 'the newest kept')
  t.notOk(a.runId === b.runId)
  const [kept] = await sql`select computed_at from hotspot_runs`
  t.equal((await app.inject('/api/public/hotspots')).json().computedAt, new Date(kept.computed_at).toISOString(), 'the pages read it, with its time')
})

t.test('the worker process schedules the nightly run and runs it', async (t) => {
  const { app, url, sql } = await buildTestApp(t)
  const workers = await startWorkers({ databaseUrl: url, services: app.cases, log: app.log, handlers: { [HOTSPOT_QUEUE]: app.jobHandlers[HOTSPOT_QUEUE]! } })
  t.teardown(() => workers.stop())
  const schedules = await workers.boss.getSchedules()
  t.match(schedules.find((s) => s.name === HOTSPOT_QUEUE), { cron: HOTSPOT_CRON, options: { tz: 'Asia/Shanghai' } }, 'every night, Beijing time')
  // what the schedule sends at 01:40, sent now: the worker stores a run
  await workers.boss.send(HOTSPOT_QUEUE, {})
  await waitFor('a stored run', async () => (await sql`select 1 from hotspot_runs`).length >= 1, 60_000)
  t.pass('the run is stored by the worker')
})
