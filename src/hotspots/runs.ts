/**
 * The nightly hotspot run, stored (热点, issue 23): the city's clusters and weekly counts are computed once a night
 * by a job and kept in hotspot_runs (migration 0035); the board and the public page read the latest run.
 *
 * Scope stays per viewer, applied when a run is read — the same rule as the live view (division subtree, and never a
 * report against the viewer's unit or a unit above it):
 * - clusters are stored city-wide with their case ids; a viewer gets those at places inside their division, each
 *   narrowed to the cases they may see now. Removing cases from a single-link cluster can only split it, so a cluster
 *   with a hidden case is clustered again from its visible cases (their keywords too: a hidden report's words never
 *   reach the viewer), which gives exactly what the live view would;
 * - weekly counts are stored per place, category and accused unit, and summed over what the viewer may see.
 * Nothing personal is kept: no text but each cluster's keywords (the live view's keywords: no stop words, nothing
 * with a digit), no names, phones or addresses; case ids and counts.
 */
import type { Sql } from 'postgres'
import { divisionPrefix } from '../auth/jurisdiction.js'
import type { ScopedUser } from '../cases/access.js'
import { CLUSTER_DEFAULTS, findClusters, RISING_DEFAULTS, type Cluster, type HotspotCase } from './detect.js'
import { publicTopCategories, publicWeeklyCounts, WINDOW_DAYS } from './public.js'

export const HOTSPOT_QUEUE = 'hotspots-nightly'
/** Beijing time of the nightly run (before the daily backup's default 02:30) */
export const HOTSPOT_CRON = '40 1 * * *'

const DAY = 86_400_000
const WEEK = 7 * DAY

/** The public part of a run: counts per county and category only (the top categories already masked). */
export interface PublicRunPart {
  top: Awaited<ReturnType<typeof publicTopCategories>>
  /** per week, oldest first: [`${county}|${category}`, count] */
  weeks: [string, number][][]
}

export interface StoredRun { id: number; computedAt: Date; weeks: number; windowCases: number; tookMs: number; public: PublicRunPart }

/** Every case of the city the window holds (open, or received in the last WINDOW_DAYS days; never at intake), by place. */
async function cityWindowCases(sql: Sql, now: Date): Promise<HotspotCase[]> {
  const since = new Date(now.getTime() - WINDOW_DAYS * DAY)
  const rows = await sql`
    select c.id, c.division_code, c.category, k.content
    from cases c join complaints k on k.id = c.id
    where length(c.division_code) >= 9 and c.state <> 'intake' and c.type <> 'proactive'
      and (c.closed_at is null or k.received_at >= ${since})`
  return rows.map((r) => ({ id: Number(r.id), divisionCode: r.division_code, category: r.category, text: r.content }))
}

interface WeekRow { divisionCode: string; category: string; recuseUnitId: number | null; counts: number[] }

/** Weekly counts per place, category and accused unit over the `weeks` 7-day spans ending at `now`, oldest first. */
async function cityWeeklyCounts(sql: Sql, weeks: number, now: Date): Promise<WeekRow[]> {
  const start = new Date(now.getTime() - weeks * WEEK)
  const rows = await sql`
    select c.division_code, c.category, c.recuse_unit_id,
           floor(extract(epoch from (k.received_at - ${start}::timestamptz)) / 604800)::int as week, count(*)::int as n
    from cases c join complaints k on k.id = c.id
    where length(c.division_code) >= 9 and c.category is not null
      and k.received_at >= ${start} and k.received_at < ${now} and c.state <> 'intake' and c.type <> 'proactive'
    group by 1, 2, 3, 4`
  const byKey = new Map<string, WeekRow>()
  for (const r of rows) {
    if (r.week < 0 || r.week >= weeks) continue
    const recuse = r.recuse_unit_id === null ? null : Number(r.recuse_unit_id)
    const key = `${r.division_code}|${r.category}|${recuse ?? ''}`
    let row = byKey.get(key)
    if (!row) byKey.set(key, (row = { divisionCode: r.division_code, category: r.category, recuseUnitId: recuse, counts: Array(weeks).fill(0) }))
    row.counts[r.week] += r.n
  }
  return [...byKey.values()]
}

/**
 * Runs detection for the whole city at `now` and stores it (one transaction: a reader sees a run whole or not at
 * all). Returns the new run's id and what it found.
 */
export async function storeHotspotRun(sql: Sql, now = new Date()): Promise<{ runId: number; clusters: number; windowCases: number; tookMs: number }> {
  const t0 = performance.now()
  const weekCount = RISING_DEFAULTS.baselineWeeks + 1
  const [cases, weeks, top, publicWeeks] = await Promise.all([
    cityWindowCases(sql, now), cityWeeklyCounts(sql, weekCount, now), publicTopCategories(sql, now), publicWeeklyCounts(sql, now),
  ])
  const clusters = findClusters(cases)
  const tookMs = Math.round(performance.now() - t0)
  const pub: PublicRunPart = { top, weeks: publicWeeks.map((w) => [...w]) }
  const runId = await sql.begin(async (tx) => {
    const [run] = await tx`
      insert into hotspot_runs (computed_at, window_days, weeks, window_cases, took_ms, public)
      values (${now}, ${WINDOW_DAYS}, ${weekCount}, ${cases.length}, ${tookMs}, ${tx.json(pub as never)}) returning id`
    const id = Number(run.id)
    for (let i = 0; i < clusters.length; i += 2000) {
      const chunk = clusters.slice(i, i + 2000).map((c, j) => ({ ordinal: i + j, place: c.place, category: c.category, keywords: c.keywords, case_ids: c.caseIds }))
      await tx`
        insert into hotspot_run_clusters (run_id, ordinal, place, category, keywords, case_ids)
        select ${id}, x.ordinal, x.place, x.category,
               array(select jsonb_array_elements_text(x.keywords)), array(select jsonb_array_elements_text(x.case_ids)::bigint)
        from jsonb_to_recordset(${tx.json(chunk as never)}) as x(ordinal int, place text, category text, keywords jsonb, case_ids jsonb)`
    }
    for (let i = 0; i < weeks.length; i += 5000) {
      const chunk = weeks.slice(i, i + 5000).map((w) => ({ division_code: w.divisionCode, category: w.category, recuse_unit_id: w.recuseUnitId, counts: w.counts }))
      await tx`
        insert into hotspot_run_weeks (run_id, division_code, category, recuse_unit_id, counts)
        select ${id}, x.division_code, x.category, x.recuse_unit_id, array(select jsonb_array_elements_text(x.counts)::int)
        from jsonb_to_recordset(${tx.json(chunk as never)}) as x(division_code text, category text, recuse_unit_id bigint, counts jsonb)`
    }
    return id
  })
  return { runId, clusters: clusters.length, windowCases: cases.length, tookMs }
}

/** Deletes the runs computed more than `keepDays` days before `now`; the newest run is always kept. */
export async function deleteOldHotspotRuns(sql: Sql, keepDays: number, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - keepDays * DAY)
  const rows = await sql`
    delete from hotspot_runs
    where computed_at < ${before} and id <> (select id from hotspot_runs order by computed_at desc, id desc limit 1)
    returning id`
  return rows.length
}

/** The latest stored run, or null on an installation whose job has not run yet. */
export async function latestHotspotRun(sql: Sql): Promise<StoredRun | null> {
  const [r] = await sql`select id, computed_at, weeks, window_cases, took_ms, public from hotspot_runs order by computed_at desc, id desc limit 1`
  if (!r) return null
  return { id: Number(r.id), computedAt: new Date(r.computed_at), weeks: r.weeks, windowCases: r.window_cases, tookMs: r.took_ms, public: r.public as PublicRunPart }
}

/** The recusal condition on a column holding an accused unit: not the viewer's unit nor one above it (access.ts's notRecused). */
const notRecusedColumn = (sql: Sql, user: ScopedUser, column: string) =>
  sql`(${sql(column)} is null or ${sql(column)} <> all((select unit_ancestors(${user.unit.id}::bigint))::bigint[]))`

/**
 * The run's clusters at places inside `division`, as `user` may see them: each narrowed to the cases in the division
 * that the user may see now; one with a hidden case is clustered again from its visible cases.
 */
export async function storedClusters(sql: Sql, run: StoredRun, user: ScopedUser, division: string): Promise<Cluster[]> {
  const prefix = divisionPrefix(division) + '%'
  const rows = await sql`
    select place, category, keywords, case_ids from hotspot_run_clusters
    where run_id = ${run.id} and place like ${prefix} order by ordinal`
  if (!rows.length) return []
  const stored = rows.map((r) => ({ place: r.place as string, category: r.category as string | null, keywords: r.keywords as string[], caseIds: (r.case_ids as (string | number)[]).map(Number) }))
  const ids = stored.flatMap((c) => c.caseIds)
  const visible = new Set((await sql`
    select c.id from cases c
    where c.id = any(${ids}::bigint[]) and c.division_code like ${prefix} and ${notRecusedColumn(sql, user, 'c.recuse_unit_id')}`).map((r) => Number(r.id)))
  const whole: Cluster[] = []
  const split: number[][] = []
  for (const c of stored) {
    const seen = c.caseIds.filter((id) => visible.has(id))
    if (seen.length === c.caseIds.length) whole.push(c)
    else if (seen.length >= CLUSTER_DEFAULTS.minCases) split.push(seen)
  }
  if (split.length) {
    const texts = await sql`
      select c.id, c.division_code, c.category, k.content from cases c join complaints k on k.id = c.id
      where c.id = any(${split.flat()}::bigint[])`
    const byId = new Map(texts.map((r) => [Number(r.id), { id: Number(r.id), divisionCode: r.division_code as string, category: r.category as string | null, text: r.content as string }]))
    for (const members of split) whole.push(...findClusters(members.map((id) => byId.get(id)!).filter(Boolean)))
  }
  return whole.sort((a, b) => b.caseIds.length - a.caseIds.length)
}

/** The run's weekly counts per `${township}|${category}` that `user` may see under `division`, oldest first. */
export async function storedWeeklyCounts(sql: Sql, run: StoredRun, user: ScopedUser, division: string): Promise<Map<string, number>[]> {
  const rows = await sql`
    select left(w.division_code, 9) as township, w.category, w.counts from hotspot_run_weeks w
    where w.run_id = ${run.id} and w.division_code like ${divisionPrefix(division) + '%'} and ${notRecusedColumn(sql, user, 'w.recuse_unit_id')}`
  const out = Array.from({ length: run.weeks }, () => new Map<string, number>())
  for (const r of rows) {
    const key = `${r.township}|${r.category}`
    ;(r.counts as number[]).forEach((n, week) => { if (n) out[week].set(key, (out[week].get(key) ?? 0) + n) })
  }
  return out
}
