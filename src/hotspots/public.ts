/**
 * What the public sees of the hotspots (公开, issue 23): per county, the top categories of late, their weekly counts
 * for the trend chart, and the 主动治理 tasks resolved. The same for everyone (no viewer, so nothing depends on
 * recusal): reports (举报) and cases still at intake are never counted, a task linked to a report is never shown, no
 * place below the township, no text but a public summary (公开摘要) a staff member approved, and every count under 5
 * is '<5' (a hidden weekly count is a gap in the chart).
 */
import type { Sql } from 'postgres'
import { shanghaiDate } from '../calendar/workdays.js'
import { RISING_DEFAULTS, risingCategories } from './detect.js'

/** The window of the top categories: cases received in the last WINDOW_DAYS days. */
export const WINDOW_DAYS = 30
/** Resolved tasks shown: those whose result was approved in the last PROACTIVE_DAYS days, at most PROACTIVE_SHOWN a county. */
export const PROACTIVE_DAYS = 90
export const PROACTIVE_SHOWN = 20
/** Weeks on the trend chart: the rising rule's baseline and the week tested. */
export const TREND_WEEKS = RISING_DEFAULTS.baselineWeeks + 1

const DAY = 86_400_000
const WEEK = 7 * DAY

/** Counts under 5 are published as '<5' (DESIGN, 公开). */
export const masked = (n: number): number | '<5' => (n < 5 ? '<5' : n)

/** The first day (Beijing) of each of the `weeks` 7-day spans that end at `now`, oldest first. */
export function weekStarts(now: Date, weeks: number): string[] {
  const start = now.getTime() - weeks * WEEK
  return Array.from({ length: weeks }, (_, i) => shanghaiDate(new Date(start + i * WEEK)))
}

/** Per county, the top categories of the last WINDOW_DAYS days: counts only, no text, no place below the county (a case placed at the city itself counts in no county). */
export async function publicTopCategories(sql: Sql, now = new Date(), top = 5) {
  const since = new Date(now.getTime() - WINDOW_DAYS * DAY)
  const rows = await sql`
    select left(c.division_code, 6) as county, c.category, count(*)::int as n
    from cases c join complaints k on k.id = c.id
    where k.received_at >= ${since} and k.type not in ('report', 'proactive') and c.state <> 'intake'
      and c.category is not null and length(c.division_code) >= 6 and right(left(c.division_code, 6), 2) <> '00'
    group by 1, 2`
  const byCounty = new Map<string, { category: string; n: number }[]>()
  for (const r of rows) byCounty.set(r.county, [...(byCounty.get(r.county) ?? []), { category: r.category, n: r.n }])
  return [...byCounty].map(([county, cats]) => ({
    county,
    categories: cats.sort((a, b) => b.n - a.n || a.category.localeCompare(b.category)).slice(0, top).map((c) => ({ category: c.category, count: masked(c.n) })),
  })).sort((a, b) => a.county.localeCompare(b.county))
}

/** Weekly counts per `${county}|${category}` over the TREND_WEEKS weeks ending at `now`, oldest first (unmasked: callers mask). */
export async function publicWeeklyCounts(sql: Sql, now = new Date()): Promise<Map<string, number>[]> {
  const start = new Date(now.getTime() - TREND_WEEKS * WEEK)
  const rows = await sql`
    select left(c.division_code, 6) as county, c.category,
           floor(extract(epoch from (k.received_at - ${start}::timestamptz)) / 604800)::int as week, count(*)::int as n
    from cases c join complaints k on k.id = c.id
    where k.received_at >= ${start} and k.received_at < ${now} and k.type not in ('report', 'proactive') and c.state <> 'intake'
      and c.category is not null and length(c.division_code) >= 6
    group by 1, 2, 3`
  const out = Array.from({ length: TREND_WEEKS }, () => new Map<string, number>())
  for (const r of rows) if (r.week >= 0 && r.week < TREND_WEEKS) out[r.week].set(`${r.county}|${r.category}`, r.n)
  return out
}

export interface PublicTrendSeries { category: string; counts: (number | null)[]; rising: boolean }

/**
 * The trend of `categories` in `county` (or the whole city when county is null): weekly counts with every count under
 * 5 hidden (null), and whether the rising rule flags the last week against the weeks before — the same Poisson rule
 * as the staff view, on the county's counts (no baseline is published: it could tell a count under 5).
 */
export function publicTrend(weeks: Map<string, number>[], county: string | null, categories: string[]): PublicTrendSeries[] {
  const summed = weeks.map((w) => {
    const m = new Map<string, number>()
    for (const [key, n] of w) {
      const [c, category] = key.split('|')
      if (county === null || c === county) m.set(category, (m.get(category) ?? 0) + n)
    }
    return m
  })
  const rising = new Set(risingCategories(summed.map((m) => new Map([...m].map(([k, n]) => [`all|${k}`, n])))).map((r) => r.category))
  return categories.map((category) => ({
    category,
    counts: summed.map((m) => {
      const n = m.get(category) ?? 0
      return n < 5 ? null : n
    }),
    rising: rising.has(category),
  }))
}

/** `county` null: a task placed at the city itself (no county: shown with the city's figures) */
export interface PublicTask { county: string | null; township: string | null; category: string | null; resolvedOn: string; summary: string | null }

/**
 * 主动治理 tasks whose result was approved (resolved) in the last PROACTIVE_DAYS days: the county, the township (never
 * the village or an address), the category, the day, and the public summary once approved — never the task's own text,
 * and never a task linked to a report (举报). Found through proactive_links (every task links at least one case), so
 * the public page reads the few tasks by id instead of scanning every case for its type.
 */
export async function publicResolvedTasks(sql: Sql, now = new Date()): Promise<PublicTask[]> {
  const since = new Date(now.getTime() - PROACTIVE_DAYS * DAY)
  const rows = await sql`
    select case when right(left(c.division_code, 6), 2) <> '00' then left(c.division_code, 6) end as county,
           case when length(c.division_code) >= 9 then left(c.division_code, 9) end as township,
           c.category, c.replied_at, case when k.public_summary_at is not null then k.public_summary end as summary
    from cases c join complaints k on k.id = c.id
    where c.id in (select l.task_id from proactive_links l) and c.type = 'proactive' and c.resolved and c.replied_at >= ${since}
      and c.state in ('feedback', 'evaluation', 'closed')
      and length(c.division_code) >= 6
      and not exists (select 1 from proactive_links l join cases r on r.id = l.case_id where l.task_id = c.id and r.type = 'report')
    order by c.replied_at desc, c.id desc`
  return rows.map((r) => ({
    county: r.county as string | null, township: r.township as string | null, category: r.category as string | null,
    resolvedOn: shanghaiDate(new Date(r.replied_at)), summary: r.summary as string | null,
  }))
}
