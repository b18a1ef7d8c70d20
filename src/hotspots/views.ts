/**
 * The two hotspot answers (热点, issue 23), shared by the routes and their benchmark: what one staff member sees under
 * a division (GET /api/hotspots, the board, the chart), and the public page (GET /api/public/hotspots). Both read the
 * latest stored nightly run (src/hotspots/runs.ts) and say when it was computed (数据更新于); an installation whose
 * job has not run yet computes them on the spot, as before. Scope is applied per viewer either way.
 */
import type { Sql } from 'postgres'
import { visibleTo, type ScopedUser } from '../cases/access.js'
import { divisionPrefix } from '../auth/jurisdiction.js'
import { CLUSTER_DEFAULTS, findClusters, RISING_DEFAULTS, risingCategories, type HotspotCase } from './detect.js'
import { masked, PROACTIVE_DAYS, PROACTIVE_SHOWN, publicResolvedTasks, type PublicTask, publicTopCategories, publicTrend, publicWeeklyCounts, TREND_WEEKS, weekStarts, WINDOW_DAYS } from './public.js'
import { latestHotspotRun, storedClusters, storedWeeklyCounts } from './runs.js'
import { staffTrend } from './trend.js'

export interface HotspotViewDeps {
  sql: Sql
  /** a division's name (the code when unknown) */
  placeName(code: string): string
  /** category code → label */
  categoryLabels(): Promise<Map<string, string>>
}

/** The cases a viewer may see under `division`, open or received within the window (never those still at intake). */
export async function windowCases(sql: Sql, user: ScopedUser, division: string, now = new Date()): Promise<HotspotCase[]> {
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000)
  const rows = await sql`
    select c.id, c.division_code, c.category, k.content
    from cases c join complaints k on k.id = c.id
    where c.division_code like ${divisionPrefix(division) + '%'} and c.state <> 'intake' and c.type <> 'proactive'
      and (c.closed_at is null or k.received_at >= ${since})
      and ${visibleTo(sql, user)}`
  return rows.map((r) => ({ id: Number(r.id), divisionCode: r.division_code, category: r.category, text: r.content }))
}

/** Weekly counts per `${township}|${category}` for the last `weeks` weeks (7-day spans ending now), oldest first. */
export async function weeklyCategoryCounts(sql: Sql, user: ScopedUser, division: string, weeks: number, now = new Date()): Promise<Map<string, number>[]> {
  const start = new Date(now.getTime() - weeks * 7 * 86_400_000)
  const rows = await sql`
    select left(c.division_code, 9) as township, c.category,
           floor(extract(epoch from (k.received_at - ${start}::timestamptz)) / 604800)::int as week, count(*)::int as n
    from cases c join complaints k on k.id = c.id
    where c.division_code like ${divisionPrefix(division) + '%'} and length(c.division_code) >= 9 and c.category is not null
      and k.received_at >= ${start} and k.received_at < ${now} and c.state <> 'intake' and c.type <> 'proactive' and ${visibleTo(sql, user)}
    group by 1, 2, 3`
  const out = Array.from({ length: weeks }, () => new Map<string, number>())
  for (const r of rows) if (r.week >= 0 && r.week < weeks) out[r.week].set(`${r.township}|${r.category}`, r.n)
  return out
}

/** What one staff member sees of the hotspots under `division`: the latest stored run (else computed now), scoped to them. */
export async function staffHotspots(deps: HotspotViewDeps, user: ScopedUser, division: string) {
  const { sql } = deps
  const weekCount = RISING_DEFAULTS.baselineWeeks + 1
  const run = await latestHotspotRun(sql)
  const now = run?.computedAt ?? new Date()
  const [clusters, weeks] = run
    ? await Promise.all([storedClusters(sql, run, user, division), storedWeeklyCounts(sql, run, user, division)])
    : await Promise.all([windowCases(sql, user, division, now).then((cases) => findClusters(cases)), weeklyCategoryCounts(sql, user, division, weekCount, now)])
  const rising = risingCategories(weeks)
  const trend = staffTrend(weeks, rising)
  const ids = clusters.flatMap((c) => c.caseIds)
  const info = new Map((ids.length ? await sql`
    select c.id, k.case_number, c.state, k.received_at from cases c join complaints k on k.id = c.id where c.id = any(${ids}::bigint[])` : [])
    .map((r) => [Number(r.id), { id: Number(r.id), caseNumber: r.case_number as string, state: r.state as string, receivedAt: new Date(r.received_at).toISOString() }]))
  const labels = await deps.categoryLabels()
  return {
    division,
    computedAt: now.toISOString(),
    stored: run !== null,
    rule: {
      clusters: `同一村（社区）或乡镇（街道）近${WINDOW_DAYS}天内及在办的诉求，按分词关键词（TF-IDF）余弦相似度≥${CLUSTER_DEFAULTS.similarity}相连成簇，满${CLUSTER_DEFAULTS.minCases}件标出`,
      rising: `乡镇（街道）某类别本周件数≥${RISING_DEFAULTS.minCount}，且按前${RISING_DEFAULTS.baselineWeeks}周均值的泊松分布上尾概率<${RISING_DEFAULTS.alpha}`,
    },
    clusters: clusters.map((c) => ({
      place: c.place, placeName: deps.placeName(c.place), keywords: c.keywords, category: c.category, categoryLabel: c.category ? labels.get(c.category) ?? c.category : null,
      size: c.caseIds.length, cases: c.caseIds.map((id) => info.get(id)).filter(Boolean),
    })),
    rising: rising.map((r) => ({ ...r, townshipName: deps.placeName(r.township), categoryLabel: labels.get(r.category) ?? r.category })),
    trend: {
      weeks: weekStarts(now, weekCount),
      series: trend.map((s) => ({ ...s, townshipName: deps.placeName(s.township), categoryLabel: labels.get(s.category) ?? s.category })),
    },
  }
}

/**
 * 公开: the same answer for everyone, no viewer (src/hotspots/public.ts says what is left out and why). The top
 * categories and the trend come from the latest stored run (else are counted now); the resolved 主动治理 tasks are
 * always read now, so an approved public summary shows at once.
 */
export async function publicHotspots(deps: HotspotViewDeps) {
  const { sql } = deps
  const run = await latestHotspotRun(sql)
  const now = run?.computedAt ?? new Date()
  const [labels, top, weeks, tasks] = await Promise.all([
    deps.categoryLabels(),
    run ? run.public.top : publicTopCategories(sql, now),
    run ? run.public.weeks.map((w) => new Map(w)) : publicWeeklyCounts(sql, now),
    publicResolvedTasks(sql, new Date()),
  ])
  const label = (c: string | null) => (c ? labels.get(c) ?? c : null)
  const trend = (county: string | null, categories: string[]) => publicTrend(weeks, county, categories).map((s) => ({ ...s, label: label(s.category)! }))
  // the city's top categories: the most frequent over the chart's weeks
  const cityTotals = new Map<string, number>()
  for (const w of weeks) for (const [key, n] of w) cityTotals.set(key.split('|')[1], (cityTotals.get(key.split('|')[1]) ?? 0) + n)
  const cityTop = [...cityTotals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([c]) => c)
  const counties = [...new Set([...top.map((c) => c.county), ...tasks.flatMap((t) => (t.county ? [t.county] : []))])].sort()
  const shown = (list: PublicTask[]) => ({
    resolved: masked(list.length),
    tasks: list.slice(0, PROACTIVE_SHOWN).map((t) => ({
      township: t.township, townshipName: t.township ? deps.placeName(t.township) : null, category: t.category, label: label(t.category), resolvedOn: t.resolvedOn, summary: t.summary,
    })),
  })
  return {
    days: WINDOW_DAYS, proactiveDays: PROACTIVE_DAYS, weeks: weekStarts(now, TREND_WEEKS),
    computedAt: now.toISOString(),
    stored: run !== null,
    // the city's trend, and every resolved task (those placed at the city itself, in no county, listed here)
    city: { trend: trend(null, cityTop), proactive: { ...shown(tasks.filter((t) => !t.county)), resolved: masked(tasks.length) } },
    counties: counties.map((county) => {
      const categories = top.find((c) => c.county === county)?.categories ?? []
      return {
        county, countyName: deps.placeName(county),
        categories: categories.map((k) => ({ ...k, label: label(k.category)! })),
        trend: trend(county, categories.map((k) => k.category)),
        proactive: shown(tasks.filter((t) => t.county === county)),
      }
    }),
  }
}
