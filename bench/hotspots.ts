// Chart and hotspot benchmark (issue 23): the process chart's generation (model, elkjs layout, SVG) per case type;
// the nightly hotspot run over BENCH_HOTSPOT_CASES generated cases (default 1,000,000, spread over a year and the
// city's villages: the run segments and clusters the window — open cases and those of the last 30 days — and counts
// the weekly categories of every township); one township's view (its window cases, segmented and clustered).
// Those are in memory. Then, on a throw-away PostgreSQL with the same number of generated cases (bench/generate.ts):
// the nightly job's stored run (storeHotspotRun: its SQL, detection and storage), and the read paths users wait on —
// GET /api/public/hotspots and the board's GET /api/hotspots for townships and counties — p50/p95 with the stored run,
// beside the same answers computed on the spot (as before the run was stored), with the load average.
// `npm run bench -- hotspots`; `BENCH_HOTSPOT_CASES=100000 npm run bench -- hotspots` for a short run;
// `BENCH_HOTSPOT_DB=0` leaves the database part out.
import os from 'node:os'
import { buildChartModel, CHART_TYPES } from '../src/chart/model.js'
import { closeLayoutWorker, renderChartSvg } from '../src/chart/svg.js'
import { findClusters, keywordsOf, risingCategories, type HotspotCase } from '../src/hotspots/detect.js'
import { rng, textOf, TOPICS, villages } from './hotspot-data.js'
import { renderTrendSvg } from '../src/chart/trend.js'
import { staffTrend } from '../src/hotspots/trend.js'
import { publicTrend } from '../src/hotspots/public.js'
import { storeHotspotRun } from '../src/hotspots/runs.js'
import { publicHotspots, staffHotspots, type HotspotViewDeps } from '../src/hotspots/views.js'
import { fmtInt, fmtMs, generatedCity, loadAverage, quantiles } from './generate.js'

const NIGHTLY_TARGET_MS = 60_000
const TOWNSHIP_TARGET_MS = 200
const WINDOW_DAYS = 30
const OPEN_SHARE = 0.03

const ms = (t0: number) => Math.round(performance.now() - t0)

export async function benchHotspots(): Promise<string[]> {
  const lines: string[] = [`cpus ${os.cpus().length}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`]

  // the chart: first (cold, loads elkjs) and then warm, per type
  let t0 = performance.now()
  await renderChartSvg(buildChartModel('complaint'))
  lines.push(`process chart, first (cold): ${ms(t0)} ms`)
  const warm: number[] = []
  for (const type of CHART_TYPES) {
    t0 = performance.now()
    await renderChartSvg(buildChartModel(type), { current: 'case.handling', passed: { 'case.intake': '2026-03-01' } })
    warm.push(ms(t0))
  }
  lines.push(`process chart per type (${CHART_TYPES.join(', ')}): ${warm.join(' / ')} ms (layouts cached per type: a case's chart only recolours)`)
  await closeLayoutWorker()

  // the nightly run
  const total = Number(process.env.BENCH_HOTSPOT_CASES ?? 1_000_000)
  const r = rng(2323)
  const places = villages(150, 11)
  const day = 86_400_000
  const now = Date.UTC(2026, 11, 7)
  t0 = performance.now()
  const all: (HotspotCase & { receivedAt: number; open: boolean })[] = []
  for (let i = 0; i < total; i++) {
    const receivedAt = now - Math.floor(r() * 365) * day
    const open = now - receivedAt < WINDOW_DAYS * day ? r() < 0.5 : r() < OPEN_SHARE
    const topic = TOPICS[Math.floor(r() * TOPICS.length)]
    all.push({ id: i + 1, divisionCode: places[Math.floor(r() * places.length)], category: topic.category, text: '', receivedAt, open })
  }
  // texts only where the run reads them (the window), as the database would hand them over
  const windowCases = all.filter((c) => c.open || now - c.receivedAt < WINDOW_DAYS * day)
  for (const c of windowCases) c.text = textOf(r, TOPICS.find((t) => t.category === c.category)!)
  lines.push(`generated ${total.toLocaleString('en')} cases in ${ms(t0)} ms; window (open + last ${WINDOW_DAYS} days): ${windowCases.length.toLocaleString('en')}`)

  t0 = performance.now()
  for (const c of windowCases) c.keywords = keywordsOf(c.text)
  const segmentMs = ms(t0)
  t0 = performance.now()
  const clusters = findClusters(windowCases)
  const clusterMs = ms(t0)
  t0 = performance.now()
  const weeks = Array.from({ length: 9 }, () => new Map<string, number>())
  for (const c of all) {
    const w = 8 - Math.floor((now - c.receivedAt) / (7 * day))
    if (w < 0) continue
    const key = `${c.divisionCode!.slice(0, 9)}|${c.category}`
    weeks[w].set(key, (weeks[w].get(key) ?? 0) + 1)
  }
  const rising = risingCategories(weeks)
  const risingMs = ms(t0)
  const nightly = segmentMs + clusterMs + risingMs
  const nightlyOk = nightly <= NIGHTLY_TARGET_MS
  lines.push(`nightly run: segment ${segmentMs} ms + cluster ${clusterMs} ms + rising ${risingMs} ms = ${nightly} ms, ${clusters.length} clusters, ${rising.length} rising ${nightlyOk ? '✓' : '✗ MISSED'} (target ≤ ${NIGHTLY_TARGET_MS / 1000} s over ${total.toLocaleString('en')} cases)`)

  // one township's view: its window cases from scratch (keywords not precomputed)
  const township = places[0].slice(0, 9)
  const own = windowCases.filter((c) => c.divisionCode!.startsWith(township)).map((c) => ({ ...c, keywords: undefined }))
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    t0 = performance.now()
    findClusters(own)
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  const median = Math.round(times[2])
  const townshipOk = median <= TOWNSHIP_TARGET_MS
  lines.push(`one township's view: ${own.length} window cases segmented and clustered in ${median} ms (median of 5) ${townshipOk ? '✓' : '✗ MISSED'} (target ≤ ${TOWNSHIP_TARGET_MS} ms)`)

  // the trend charts (SVG on the server): the township's rising pairs for staff, the city's top categories for the public
  const weekLabels = Array.from({ length: 9 }, (_, i) => new Date(now - (9 - i) * 7 * day).toISOString().slice(0, 10))
  t0 = performance.now()
  const ownWeeks = weeks.map((w) => new Map([...w].filter(([k]) => k.startsWith(township))))
  const staffSvg = renderTrendSvg({ title: 'township', weeks: weekLabels, series: staffTrend(ownWeeks, risingCategories(ownWeeks)).map((s) => ({ label: s.category, counts: s.counts, baseline: s.baseline, rising: s.rising })) })
  const staffChartMs = ms(t0)
  t0 = performance.now()
  const byCounty = weeks.map((w) => {
    const m = new Map<string, number>()
    for (const [k, n] of w) m.set(`${k.slice(0, 6)}|${k.split('|')[1]}`, (m.get(`${k.slice(0, 6)}|${k.split('|')[1]}`) ?? 0) + n)
    return m
  })
  const publicSvg = renderTrendSvg({ title: 'city', weeks: weekLabels, series: publicTrend(byCounty, null, TOPICS.slice(0, 5).map((t) => t.category)).map((s) => ({ label: s.category, counts: s.counts, rising: s.rising })) })
  lines.push(`trend charts: the township's ${staffChartMs} ms (${staffSvg.length.toLocaleString('en')} bytes of SVG), the city's public one ${ms(t0)} ms (${publicSvg.length.toLocaleString('en')} bytes), from the weekly counts above`)
  lines.push(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
  if (!nightlyOk || !townshipOk) process.exitCode = 1
  if (process.env.BENCH_HOTSPOT_DB !== '0') lines.push(...(await benchStoredRun(total)))
  return lines
}

/** Times `n` calls of `work` one after another; p50/p95. */
async function timed(n: number, work: (i: number) => Promise<unknown>): Promise<string> {
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    await work(i)
    times.push(performance.now() - t0)
  }
  return `${quantiles(times).text} over ${n}`
}

/**
 * The stored run on a real database of `cases` generated cases: the nightly job, then the public page and the board
 * read from it (the functions the routes call), beside the same answers computed on the spot. Reports against a
 * township are hidden from it (recuse_unit_id), so the board's read path re-clusters where a report is hidden.
 */
async function benchStoredRun(cases: number): Promise<string[]> {
  const city = await generatedCity('suqiu_bench_hotspots', cases)
  const lines = [...city.about]
  try {
    const { sql } = city
    // the generated reports against a township (handled by the county) recuse that township, as registration does
    await sql`update cases c set recuse_unit_id = k.accused_unit_id from complaints k where k.id = c.id and k.accused_unit_id is not null and c.recuse_unit_id is null`
    const names = new Map((await sql`select code, name from divisions`).map((r) => [r.code as string, r.name as string]))
    const deps: HotspotViewDeps = {
      sql,
      placeName: (code) => names.get(code) ?? code,
      categoryLabels: async () => new Map((await sql`select category, label from routing_rules`).map((r) => [r.category as string, r.label as string])),
    }
    const townships = (await city.divisions('township')).slice(0, 150)
    const counties = await city.divisions('county')
    const townshipUsers = await Promise.all(townships.slice(0, 20).map((d) => city.staffUser('supervisor', d)))
    const countyUsers = await Promise.all(counties.map((d) => city.staffUser('supervisor', d)))
    lines.push(`before the run (computed on the spot, as before): ${loadAverage()}`)
    lines.push(`  public page ${await timed(3, () => publicHotspots(deps))}`)
    lines.push(`  a township's board ${await timed(5, (i) => staffHotspots(deps, townshipUsers[i], townshipUsers[i].unit.divisionCode))}`)
    lines.push(`  a county's board ${await timed(3, (i) => staffHotspots(deps, countyUsers[i], countyUsers[i].unit.divisionCode))}`)

    let t0 = performance.now()
    const run = await storeHotspotRun(sql)
    const [size] = await sql`
      select pg_size_pretty(pg_total_relation_size('hotspot_runs') + pg_total_relation_size('hotspot_run_clusters') + pg_total_relation_size('hotspot_run_weeks')) as size,
             (select count(*) from hotspot_run_weeks)::int as weeks`
    lines.push(`nightly job (storeHotspotRun: read the window from PostgreSQL, segment, cluster, count, store): ${fmtMs(performance.now() - t0)} ` +
      `(detection ${fmtMs(run.tookMs)}), ${fmtInt(run.windowCases)} window cases, ${fmtInt(run.clusters)} clusters and ${fmtInt(size.weeks)} weekly rows stored (${size.size}); ${loadAverage()}`)

    t0 = performance.now()
    lines.push(`with the stored run: ${loadAverage()}`)
    lines.push(`  public page (GET /api/public/hotspots) ${await timed(30, () => publicHotspots(deps))}`)
    lines.push(`  a township's board (GET /api/hotspots) ${await timed(40, (i) => staffHotspots(deps, townshipUsers[i % townshipUsers.length], townshipUsers[i % townshipUsers.length].unit.divisionCode))}`)
    lines.push(`  a county's board ${await timed(28, (i) => staffHotspots(deps, countyUsers[i % countyUsers.length], countyUsers[i % countyUsers.length].unit.divisionCode))}`)
    const cityUser = await city.staffUser('supervisor', '530100')
    lines.push(`  the city's board ${await timed(5, () => staffHotspots(deps, cityUser, '530100'))}`)
    lines.push(`load average at the end: ${loadAverage()}`)
  } finally {
    await city.stop()
  }
  return lines
}
