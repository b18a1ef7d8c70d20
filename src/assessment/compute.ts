// 月度考核 (issue 22, art. 7): every unit of the county, township and village levels assessed on one month — the cases
// of its area (属地: a case counts for the units whose division holds its place, as the board's rates count them), its
// assisting parts, returns, 督办单 left unanswered past their deadline and accountability records — scored with the
// weights in force for the month and ranked among the units of the same parent division. The result is kept as the
// month's snapshot (assessment_months, assessment_scores); a recomputation keeps the month's weights.
import type { Sql } from 'postgres'
import { appendAudit } from '../audit/log.js'
import { divisionPrefix } from '../auth/jurisdiction.js'
import { errors } from '../http/errors.js'
import type { StaffUser } from '../users/service.js'
import { currentMonth, isMonth, monthBounds, monthStart } from './month.js'
import { RATE_KEYS, weightsFor, type RateKey, type Weights } from './weights.js'

/**
 * A unit with fewer cases in the month than this is scored on nothing reliable: 样本不足, not ranked; and a rate over
 * fewer samples than this does not enter a score (as the public stats hide counts and rates under 5).
 */
export const MIN_CASES = 5

export interface Counts {
  cases: number; dispatched: number; signedInTime: number; closed: number; onTime: number; replied: number; resolved: number
  evaluated: number; satisfied: number; partsJudged: number; partsOnTime: number; returns: number; unansweredNotices: number; accountability: number
}
const COUNT_KEYS: (keyof Counts)[] = ['cases', 'dispatched', 'signedInTime', 'closed', 'onTime', 'replied', 'resolved', 'evaluated', 'satisfied',
  'partsJudged', 'partsOnTime', 'returns', 'unansweredNotices', 'accountability']
const emptyCounts = (): Counts => Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as unknown as Counts

/** The five rates as fractions (null: nothing to rate), each over the same counts as the board and the public stats. */
export function ratesOf(c: Counts): Record<RateKey, number | null> {
  const r = (n: number, d: number) => (d > 0 ? n / d : null)
  return {
    onTime: r(c.onTime, c.closed), // 按期办结率 = closed by the overall deadline / closed
    response: r(c.signedInTime, c.dispatched), // 响应率 = signed in time / dispatched
    resolution: r(c.resolved, c.replied), // 解决率 = resolved / replied
    satisfaction: r(c.satisfied, c.evaluated), // 满意率 = satisfied + basic / evaluated
    parts: r(c.partsOnTime, c.partsJudged), // 协办按时率 = parts in by their deadline / parts due
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100

/** The count each rate is taken over: a rate over fewer than {@link MIN_CASES} of them does not enter the score. */
const SAMPLE_OF: Record<RateKey, keyof Counts> = { onTime: 'closed', response: 'dispatched', resolution: 'replied', satisfaction: 'evaluated', parts: 'partsJudged' }

/**
 * The rates weighted, out of 100: only a rate over at least {@link MIN_CASES} samples counts, and the weight of one that
 * does not is shared out over those that do (in proportion to theirs). A rate over fewer is not shown in public, so it
 * must not move a published score either: one citizen's rating would be solved back from it. null: nothing to score.
 */
function weightedRates(c: Counts, w: Weights): number | null {
  if (c.cases < MIN_CASES) return null
  const rates = ratesOf(c)
  let weight = 0
  let sum = 0
  for (const k of RATE_KEYS) {
    const rate = rates[k]
    if (rate === null || c[SAMPLE_OF[k]] < MIN_CASES || w[k] <= 0) continue
    weight += w[k]
    sum += w[k] * rate
  }
  return weight === 0 ? null : (sum / weight) * 100
}

/**
 * The score out of 100 on the board: {@link weightedRates} less the deductions (per return, per unanswered notice, per
 * accountability record; capped), never below 0; null under {@link MIN_CASES} cases or with no rate to score.
 */
export function scoreOf(c: Counts, w: Weights): { score: number | null; deduction: number } {
  const deduction = round2(Math.min(w.maxDeduction, c.returns * w.perReturn + c.unansweredNotices * w.perUnansweredNotice + c.accountability * w.perAccountability))
  const rates = weightedRates(c, w)
  return { score: rates === null ? null : round2(Math.max(0, rates - deduction)), deduction }
}

/**
 * 公开得分: the score the public ranking shows and ranks on. 问责线索 are internal supervision information and never come
 * off it; returns and unanswered 督办单 come off only when there are at least {@link MIN_CASES} of them (a count under 5
 * takes nothing off), so no published score tells a count under 5 (counts under 5 are hidden, DESIGN 公开).
 */
export function publicScoreOf(c: Counts, w: Weights): number | null {
  const rates = weightedRates(c, w)
  if (rates === null) return null
  const told = (n: number) => (n < MIN_CASES ? 0 : n)
  return round2(Math.max(0, rates - Math.min(w.maxDeduction, told(c.returns) * w.perReturn + told(c.unansweredNotices) * w.perUnansweredNotice)))
}

/** 排名: competition ranking (equal scores share a rank) of one group, best first; ties in `tie` order; unscored left out. */
export function rankGroup<T>(items: T[], score: (x: T) => number | null, tie: (x: T) => string, set: (x: T, rank: number, of: number) => void): void {
  const g = items.filter((x) => score(x) !== null).sort((a, b) => score(b)! - score(a)! || tie(a).localeCompare(tie(b)))
  let rank = 0
  g.forEach((x, i) => {
    if (i === 0 || score(g[i - 1]) !== score(x)) rank = i + 1
    set(x, rank, g.length)
  })
}

interface AssessedUnit { unitId: number; code: string; parent: string; county: string | null; level: 'county' | 'township' | 'village' }

/** The code of each level a division code lies under: its county (6), township (9) and village (12). */
function ladder(code: string, city: string): string[] {
  const out: string[] = []
  if (code.length >= 6 && code.slice(0, 6) !== city) out.push(code.slice(0, 6))
  if (code.length >= 9) out.push(code.slice(0, 9))
  if (code.length >= 12) out.push(code.slice(0, 12))
  return out
}

/**
 * The per-division counts of the month (one row per division code and accused unit), before they are summed up the
 * divisions. Exported for the bench, which times the same statements.
 */
export async function monthCounts(sql: Sql, city: string, month: string, now: Date) {
  const { start, end } = monthBounds(month)
  const prefix = city.slice(0, 4) + '%'
  // the cases received in the month, by place; 主动治理 tasks are counted apart, never in the rates (as on the board)
  const cases = await sql`
    select c.division_code as code, c.recuse_unit_id as recused,
      count(*)::int as cases,
      count(*) filter (where c.dispatched_at is not null)::int as dispatched,
      count(*) filter (where c.signed_in_time)::int as signed_in_time,
      count(*) filter (where c.state = 'closed')::int as closed,
      count(*) filter (where c.state = 'closed' and c.closed_at <= c.overall_due_at)::int as on_time,
      count(*) filter (where c.resolved is not null)::int as replied,
      count(*) filter (where c.resolved)::int as resolved,
      count(*) filter (where c.rating is not null)::int as evaluated,
      count(*) filter (where c.rating in ('satisfied', 'basic'))::int as satisfied,
      coalesce(sum(c.return_count), 0)::int as returns
    from cases c
    where c.received_at >= ${start} and c.received_at < ${end} and c.type <> 'proactive' and c.division_code like ${prefix}
    group by 1, 2`
  // 协办 parts assigned in the month, by the assisting unit's division: due ones judged (in by the deadline or not),
  // returned ones counted as returns
  const parts = await sql`
    select u.division_code as code,
      count(*) filter (where p.status in ('submitted', 'lapsed') or (p.status in ('assigned', 'handling') and p.due_at < ${now}))::int as judged,
      count(*) filter (where p.status = 'submitted' and not p.late)::int as on_time,
      count(*) filter (where p.status = 'returned')::int as returns
    from case_parts p join units u on u.id = p.unit_id
    where p.assigned_at >= ${start} and p.assigned_at < ${end} and p.status <> 'cancelled'
    group by 1`
  // 督办单 due in the month and not answered by their deadline (escalated ones included)
  const notices = await sql`
    select u.division_code as code, count(*)::int as n
    from supervision_notices n join units u on u.id = n.unit_id
    where n.due_at >= ${start} and n.due_at < ${end} and (n.answered_at is null or n.answered_at > n.due_at)
    group by 1`
  // 问责线索 opened in the month, but those the inspectors decided to take no action on
  const records = await sql`
    select u.division_code as code, count(*)::int as n
    from accountability_records r join units u on u.id = r.unit_id
    where r.opened_at >= ${start} and r.opened_at < ${end} and r.decision is distinct from 'no_action'
    group by 1`
  return { cases, parts, notices, records }
}

export interface MonthSummary { month: string; weightsVersion: number; weights: Weights; computedAt: string; cases: number; units: number; ranked: number; recomputed: boolean }

/**
 * Computes and stores `month` (YYYY-MM, a month that has ended). `by` null is the monthly job. A month computed before
 * is computed again from today's rows with the weights it was first computed with.
 */
export async function computeAssessment(sql: Sql, city: string, month: string, by: StaffUser | null, now = new Date()): Promise<MonthSummary> {
  if (!isMonth(month)) throw errors.validation({ fields: [{ field: 'month', message: '月份格式为 YYYY-MM', messageEn: 'month is YYYY-MM' }] })
  if (month >= currentMonth(now)) throw errors.assessmentMonthOpen({ month })
  const [existing] = await sql`select weights_version, weights from assessment_months where month = ${monthStart(month)}::date`
  const weightsVersion = existing ? Number(existing.weights_version) : (await weightsFor(sql, month)).version
  const weights = existing ? (existing.weights as Weights) : (await weightsFor(sql, month)).weights

  const unitRows = await sql`
    select u.id, u.division_code as code, u.level, d.parent_code as parent, t.parent_code as grandparent
    from units u join divisions d on d.code = u.division_code left join divisions t on t.code = d.parent_code
    where u.is_default and u.active and u.kind = 'unit' and u.level in ('county', 'township', 'village') and d.city_code = ${city}`
  const units = new Map<string, AssessedUnit>()
  for (const r of unitRows) {
    const level = r.level as AssessedUnit['level']
    units.set(r.code, {
      unitId: Number(r.id), code: r.code, parent: r.parent, level,
      county: level === 'county' ? r.code : level === 'township' ? r.parent : r.grandparent,
    })
  }
  // the division subtree each default unit (the centre of its division) stands for, by unit id
  const defaults = new Map<number, string>((await sql`select id, division_code from units where is_default and kind = 'unit'`).map((r) => [Number(r.id), divisionPrefix(r.division_code)]))
  const counts = new Map<string, Counts>([...units.keys()].map((code) => [code, emptyCounts()]))
  const add = (code: string, f: (c: Counts) => void, recused: number | null = null) => {
    for (const at of ladder(code, city)) {
      const u = units.get(at)
      if (!u) continue
      // 回避: a case never counts for the unit it accuses nor for a unit below it (that unit cannot see it). Below a
      // division's centre lie the centres of its subtree (unit_ancestors, migration 0015); below a department, none of them
      if (recused !== null && (u.unitId === recused || u.code.startsWith(defaults.get(recused) ?? '-'))) continue
      f(counts.get(at)!)
    }
  }

  const m = await monthCounts(sql, city, month, now)
  let totalCases = 0
  for (const r of m.cases) {
    totalCases += r.cases
    add(r.code, (c) => {
      c.cases += r.cases; c.dispatched += r.dispatched; c.signedInTime += r.signed_in_time; c.closed += r.closed; c.onTime += r.on_time
      c.replied += r.replied; c.resolved += r.resolved; c.evaluated += r.evaluated; c.satisfied += r.satisfied; c.returns += r.returns
    }, r.recused === null ? null : Number(r.recused))
  }
  for (const r of m.parts) add(r.code, (c) => { c.partsJudged += r.judged; c.partsOnTime += r.on_time; c.returns += r.returns })
  for (const r of m.notices) add(r.code, (c) => { c.unansweredNotices += r.n })
  for (const r of m.records) add(r.code, (c) => { c.accountability += r.n })

  const scored = [...units.values()].map((u) => ({ u, c: counts.get(u.code)!, ...scoreOf(counts.get(u.code)!, weights), rank: null as number | null, rankOf: null as number | null, countyRank: null as number | null, countyRankOf: null as number | null }))
  // 排名: competition ranking (equal scores share a rank) within the parent division; villages also within their county
  type Scored = (typeof scored)[number]
  const rankWithin = (key: (s: Scored) => string | null, set: (s: Scored, rank: number, of: number) => void) => {
    const groups = new Map<string, Scored[]>()
    for (const s of scored) {
      const k = key(s)
      if (k === null) continue
      if (!groups.has(k)) groups.set(k, [])
      groups.get(k)!.push(s)
    }
    for (const g of groups.values()) rankGroup(g, (s) => s.score, (s) => s.u.code, set)
  }
  rankWithin((s) => s.u.level + ':' + s.u.parent, (s, rank, of) => { s.rank = rank; s.rankOf = of })
  rankWithin((s) => (s.u.level === 'village' ? s.u.county : null), (s, rank, of) => { s.countyRank = rank; s.countyRankOf = of })

  const computedAt = await sql.begin(async (tx) => {
    // one computation of a month at a time
    await tx`select pg_advisory_xact_lock(hashtext('assessment:' || ${month}))`
    await tx`
      insert into assessment_months (month, weights_version, weights, computed_at, computed_by, cases, units)
      values (${monthStart(month)}::date, ${weightsVersion}, ${tx.json(weights as never)}, now(), ${by?.id ?? null}, ${totalCases}, ${scored.length})
      on conflict (month) do update set computed_at = now(), computed_by = excluded.computed_by, cases = excluded.cases, units = excluded.units`
    await tx`delete from assessment_scores where month = ${monthStart(month)}::date`
    const col = <T>(f: (s: (typeof scored)[number]) => T) => scored.map(f)
    await tx`
      insert into assessment_scores (month, unit_id, division_code, parent_code, county_code, level, cases, dispatched, signed_in_time, closed, on_time,
        replied, resolved, evaluated, satisfied, parts_judged, parts_on_time, returns, unanswered_notices, accountability, deduction, score,
        rank, rank_of, county_rank, county_rank_of)
      select ${monthStart(month)}::date, * from unnest(
        ${col((s) => s.u.unitId)}::bigint[], ${col((s) => s.u.code)}::text[], ${col((s) => s.u.parent)}::text[], ${col((s) => s.u.county)}::text[],
        ${col((s) => s.u.level)}::text[]::level[], ${col((s) => s.c.cases)}::int[], ${col((s) => s.c.dispatched)}::int[], ${col((s) => s.c.signedInTime)}::int[],
        ${col((s) => s.c.closed)}::int[], ${col((s) => s.c.onTime)}::int[], ${col((s) => s.c.replied)}::int[], ${col((s) => s.c.resolved)}::int[],
        ${col((s) => s.c.evaluated)}::int[], ${col((s) => s.c.satisfied)}::int[], ${col((s) => s.c.partsJudged)}::int[], ${col((s) => s.c.partsOnTime)}::int[],
        ${col((s) => s.c.returns)}::int[], ${col((s) => s.c.unansweredNotices)}::int[], ${col((s) => s.c.accountability)}::int[],
        ${col((s) => s.deduction)}::numeric[], ${col((s) => s.score)}::numeric[], ${col((s) => s.rank)}::int[], ${col((s) => s.rankOf)}::int[],
        ${col((s) => s.countyRank)}::int[], ${col((s) => s.countyRankOf)}::int[])`
    await appendAudit(tx, [{
      actorUserId: by?.id ?? null, actorKind: by ? 'staff' : 'system', action: 'assessment.compute', caseId: null,
      detail: { month, weightsVersion, recomputed: !!existing, cases: totalCases, units: scored.length, ...(by ? { unitId: by.unit.id } : {}) },
    }])
    const [row] = await tx`select computed_at from assessment_months where month = ${monthStart(month)}::date`
    return new Date(row.computed_at).toISOString()
  })
  return { month, weightsVersion, weights, computedAt, cases: totalCases, units: scored.length, ranked: scored.filter((s) => s.rank !== null).length, recomputed: !!existing }
}
