// Public statistics over a million cases (bench/generate.ts): `publicStats` (src/openness/stats.ts), the function
// behind GET /api/public/stats, called directly — the route's one-minute cache is not in the way — for every
// groupBy, with and without a county, over everything and over a period with ragged ends; p95 ≤ 100 ms.
// BENCH_CASES and BENCH_STATS_RUNS shrink it.
import { publicStats, refreshStats, statsQuery, GROUPS, type StatsQuery } from '../src/openness/stats.js'
import { envInt, explain, fmtInt, fmtMs, generatedCity, loadAverage, quantiles, type GeneratedCity } from './generate.js'

export const STATS_TARGET_MS = 100
const labels = { county: () => null, category: () => null }

export async function benchStats(): Promise<string[]> {
  const city = await generatedCity('suqiu_bench_stats', undefined, { history: process.env.BENCH_HISTORY !== '0' })
  try {
    return [...city.about, ...(await measureStats(city))]
  } finally {
    await city.stop()
  }
}

/** Every groupBy of the public statistics, whole city and a county, all time and a ragged period; a miss sets the exit code. */
export async function measureStats(city: Pick<GeneratedCity, 'sql' | 'cases'>, runs = envInt('BENCH_STATS_RUNS', 50), p95s?: Map<string, number>): Promise<string[]> {
  const { sql } = city
  const out: string[] = []
  {
    let t0 = performance.now()
    await sql`refresh materialized view stats_daily`
    await sql`refresh materialized view stats_monthly`
    await sql`refresh materialized view stats_yearly`
    const [size] = await sql`select (select count(*)::int from stats_daily) as days, (select count(*)::int from stats_monthly) as months, (select count(*)::int from stats_yearly) as years`
    out.push(`rollups built in ${fmtMs(performance.now() - t0)}: ${fmtInt(size.days)} rows by day, ${fmtInt(size.months)} by month, ${fmtInt(size.years)} by year`)
    t0 = performance.now()
    await refreshStats(sql) // what the stats-refresh job does every five minutes
    out.push(`refreshStats (concurrently, as the job runs it): ${fmtMs(performance.now() - t0)}`)

    // the largest county; a period from the middle of a month a year ago to the middle of last month
    const [{ county }] = await sql`select county_code as county from stats_monthly where dim = 'all' and county_code <> '' group by 1 order by sum(received) desc limit 1`
    const now = new Date()
    const day = (monthsAgo: number, d: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, d)).toISOString().slice(0, 10)
    const period = { from: day(12, 17), to: day(1, 11) }
    const queries: StatsQuery[] = [undefined, ...GROUPS].flatMap((groupBy) => [
      { groupBy }, { groupBy, division: county }, { groupBy, ...period }, { groupBy, division: county, ...period },
    ])
    out.push(`${loadAverage()} before the queries`)
    let missed = 0
    for (const q of queries) {
      await publicStats(sql, q, labels) // warm-up
      const times: number[] = []
      for (let i = 0; i < runs; i++) {
        const t = performance.now()
        await publicStats(sql, q, labels)
        times.push(performance.now() - t)
      }
      const { text, p95 } = quantiles(times)
      const ok = p95 <= STATS_TARGET_MS
      if (!ok) missed++
      const what = [q.groupBy ? `by ${q.groupBy}` : 'totals', q.division ? `county ${q.division}` : 'whole city', q.from ? `${q.from}…${q.to}` : 'all time'].join(', ')
      p95s?.set(what, p95)
      out.push(`${what}: ${text} ${ok ? '✓' : '✗ MISSED'}`)
    }
    // the plan of the largest one: every category over a ragged period, the whole city
    out.push('EXPLAIN ANALYZE by category, whole city, over the period (years whole from stats_yearly, months from stats_monthly, ends from stats_daily):')
    for (const line of await explain(sql, statsQuery(sql, { groupBy: 'category', ...period }))) out.push('  ' + line)
    out.push(`${loadAverage()} after; target p95 ≤ ${STATS_TARGET_MS} ms for each, over ${fmtInt(city.cases)} cases, ${runs} calls each`)
    if (missed) process.exitCode = 1
  }
  return out
}
