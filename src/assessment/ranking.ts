// 考核排名: a computed month read back — for staff, the units of their own subtree (scope: DESIGN rule 1), every figure;
// for the public, the county and township rankings with unit names and figures only (counts under 5 shown as "<5",
// rates over fewer than 5 cases not shown), no division code, no person, and no deduction: the public score and rank
// leave out 问责线索 and any count under 5 (publicScoreOf).
import type { Sql } from 'postgres'
import { divisionPrefix, inSubtree } from '../auth/jurisdiction.js'
import { errors } from '../http/errors.js'
import { publicCount, publicRate } from '../openness/stats.js'
import type { StaffUser } from '../users/service.js'
import { publicScoreOf, rankGroup, ratesOf, type Counts } from './compute.js'
import { isMonth, monthStart } from './month.js'
import type { RateKey, Weights } from './weights.js'

export type AssessedLevel = 'county' | 'township' | 'village'
export const ASSESSED_LEVELS: AssessedLevel[] = ['county', 'township', 'village']
const BELOW: Record<string, AssessedLevel> = { city: 'county', county: 'township', township: 'village', village: 'village' }

export interface RankingRow {
  unitId: number; name: string; divisionCode: string; divisionName: string; level: AssessedLevel
  counts: Counts; rates: Record<RateKey, number | null>; deduction: number; score: number | null
  rank: number | null; rankOf: number | null; countyRank: number | null; countyRankOf: number | null
}

export interface MonthInfo { month: string; weightsVersion: number; weights: Weights; computedAt: string }

export interface Ranking {
  /** null: no month computed yet */
  month: MonthInfo | null
  /** the computed months, newest first */
  months: string[]
  division: { code: string; name: string; level: string }
  level: AssessedLevel
  /** the division's own unit (本级), when it is assessed: its place among its peers */
  self: RankingRow | null
  rows: RankingRow[]
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))

function rowOf(r: Record<string, unknown>): RankingRow {
  const counts: Counts = {
    cases: r.cases as number, dispatched: r.dispatched as number, signedInTime: r.signed_in_time as number, closed: r.closed as number,
    onTime: r.on_time as number, replied: r.replied as number, resolved: r.resolved as number, evaluated: r.evaluated as number,
    satisfied: r.satisfied as number, partsJudged: r.parts_judged as number, partsOnTime: r.parts_on_time as number, returns: r.returns as number,
    unansweredNotices: r.unanswered_notices as number, accountability: r.accountability as number,
  }
  const rates = Object.fromEntries(Object.entries(ratesOf(counts)).map(([k, v]) => [k, v === null ? null : Math.round(v * 10_000) / 10_000])) as Record<RateKey, number | null>
  return {
    unitId: Number(r.unit_id), name: r.name as string, divisionCode: r.division_code as string, divisionName: r.division_name as string,
    level: r.level as AssessedLevel, counts, rates, deduction: Number(r.deduction), score: num(r.score),
    rank: num(r.rank), rankOf: num(r.rank_of), countyRank: num(r.county_rank), countyRankOf: num(r.county_rank_of),
  }
}

/** The month asked for (default the latest) among the computed months, newest first (at most ten years). */
function pickMonth(all: Record<string, unknown>[], month: string | undefined): { info: MonthInfo | null; months: string[] } {
  const row = month === undefined ? all[0] : all.find((r) => r.month === month)
  if (month !== undefined && !row) throw errors.assessmentNotComputed({ month })
  return {
    info: row ? { month: row.month as string, weightsVersion: Number(row.weights_version), weights: row.weights as Weights, computedAt: new Date(row.computed_at as string).toISOString() } : null,
    months: all.map((r) => r.month as string),
  }
}

function checkMonth(month: string | undefined): void {
  if (month !== undefined && !isMonth(month)) throw errors.validation({ fields: [{ field: 'month', message: '月份格式为 YYYY-MM', messageEn: 'month is YYYY-MM' }] })
}

/** The month's row key: the one asked for, else the latest computed. */
const monthKey = (sql: Sql, month: string | undefined) =>
  month === undefined ? sql`(select max(month) from assessment_months)` : sql`${monthStart(month)}::date`

/** A division's level from its code: 530100 the city, 530102 a county, 9 digits a township, 12 a village. */
const levelOfCode = (code: string) => (code.length === 12 ? 'village' : code.length === 9 ? 'township' : code.endsWith('00') ? 'city' : 'county')

/** The columns a ranking row is built from, as JSON: one statement, parsed by JSON.parse, not column by column. */
const ROW_JSON = (sql: Sql) => sql`json_build_object('unit_id', s.unit_id, 'name', u.name, 'division_code', s.division_code, 'division_name', d.name,
  'level', s.level, 'cases', s.cases, 'dispatched', s.dispatched, 'signed_in_time', s.signed_in_time, 'closed', s.closed, 'on_time', s.on_time,
  'replied', s.replied, 'resolved', s.resolved, 'evaluated', s.evaluated, 'satisfied', s.satisfied, 'parts_judged', s.parts_judged,
  'parts_on_time', s.parts_on_time, 'returns', s.returns, 'unanswered_notices', s.unanswered_notices, 'accountability', s.accountability,
  'deduction', s.deduction, 'score', s.score, 'rank', s.rank, 'rank_of', s.rank_of, 'county_rank', s.county_rank, 'county_rank_of', s.county_rank_of)`

/**
 * The ranking of `level` (default: the level below the division) under `division` (default: the user's own), which
 * must lie in the user's jurisdiction (403 otherwise). Villages under a county are ranked within the county.
 */
export async function assessmentRanking(sql: Sql, user: StaffUser, q: { month?: string; level?: AssessedLevel; division?: string }): Promise<Ranking> {
  const code = q.division ?? user.unit.divisionCode
  if (!inSubtree(code, user.unit.divisionCode)) throw errors.outsideJurisdiction({ division: code })
  checkMonth(q.month)
  const divisionLevel = levelOfCode(code)
  const level = q.level ?? BELOW[divisionLevel]
  const byCounty = level === 'village' && divisionLevel !== 'township'
  // the rows by the index of their group: a division's children, a county's villages, else its subtree
  const within = level === BELOW[divisionLevel] && level !== divisionLevel ? sql`s.parent_code = ${code}`
    : byCounty && divisionLevel === 'county' ? sql`s.county_code = ${code}`
    : sql`s.division_code like ${divisionPrefix(code) + '%'}`
  const month = monthKey(sql, q.month)
  // one round trip: the division, the computed months, the rows and the division's own unit
  const [r] = await sql`
    select
      (select json_build_object('code', code, 'name', name, 'level', level) from divisions where code = ${code}) as division,
      (select coalesce(json_agg(m), '[]') from (
        select to_char(month, 'YYYY-MM') as month, weights_version, weights, computed_at from assessment_months order by month desc limit 120) m) as months,
      (select coalesce(json_agg(x.j order by x.o1 nulls last, x.o2 desc, x.o3), '[]') from (
        select ${ROW_JSON(sql)} as j, ${byCounty ? sql`s.county_rank` : sql`s.rank`} as o1, s.cases as o2, s.division_code as o3
        from assessment_scores s join units u on u.id = s.unit_id join divisions d on d.code = s.division_code
        where s.month = ${month} and s.level = ${level} and ${within} limit 2000) x) as rows,
      (select ${ROW_JSON(sql)} from assessment_scores s join units u on u.id = s.unit_id join divisions d on d.code = s.division_code
        where s.month = ${month} and s.unit_id = (select id from units where division_code = ${code} and is_default)) as self`
  if (!r.division) throw errors.divisionNotFound({ division: code })
  const { info, months } = pickMonth(r.months as Record<string, unknown>[], q.month)
  const base = { months, division: r.division as Ranking['division'], level }
  if (!info) return { month: null, ...base, self: null, rows: [] }
  return { month: info, ...base, self: r.self ? rowOf(r.self) : null, rows: (r.rows as Record<string, unknown>[]).map(rowOf) }
}

export interface PublicRow { rank: number | null; rankOf: number | null; name: string; cases: number | '<5'; score: number | null; rates: Record<RateKey, number | null> }

/**
 * A unit as the public sees it: the public score (publicScoreOf, from the month's weights) and, once its group is
 * ranked on it, its public rank, never the board's score, deduction or rank (they carry the 问责线索).
 */
function publicRow(r: Record<string, unknown>, w: Weights): PublicRow {
  const c = rowOf(r).counts
  return {
    rank: null, rankOf: null, name: r.name as string, cases: publicCount(c.cases), score: publicScoreOf(c, w),
    // percentages with one decimal, as on the public statistics; null over fewer than 5
    rates: {
      onTime: publicRate(c.onTime, c.closed), response: publicRate(c.signedInTime, c.dispatched), resolution: publicRate(c.resolved, c.replied),
      satisfaction: publicRate(c.satisfied, c.evaluated), parts: publicRate(c.partsOnTime, c.partsJudged),
    },
  }
}

/** One group (the counties, or one county's townships) ranked on the public score, best first, the unranked last. */
function publicGroup(rows: Record<string, unknown>[], w: Weights): PublicRow[] {
  const out = rows.map((r) => ({ code: r.division_code as string, row: publicRow(r, w) }))
  rankGroup(out, (x) => x.row.score, (x) => x.code, (x, rank, of) => { x.row.rank = rank; x.row.rankOf = of })
  return out.sort((a, b) => (a.row.rank ?? Infinity) - (b.row.rank ?? Infinity) || a.code.localeCompare(b.code)).map((x) => x.row)
}

/** 公开: the county ranking and each county's township ranking of a computed month (default the latest). */
export async function publicAssessment(sql: Sql, month?: string) {
  checkMonth(month)
  // one round trip: the computed months and the month's county and township rows, as JSON
  const [r] = await sql`
    select
      (select coalesce(json_agg(m), '[]') from (
        select to_char(month, 'YYYY-MM') as month, weights_version, weights, computed_at from assessment_months order by month desc limit 120) m) as months,
      (select coalesce(json_agg(x.j order by x.o1, x.o2, x.o3), '[]') from (
        select json_build_object('level', s.level, 'county_code', s.county_code, 'division_code', s.division_code, 'name', u.name, 'cases', s.cases,
          'dispatched', s.dispatched, 'signed_in_time', s.signed_in_time, 'closed', s.closed, 'on_time', s.on_time, 'replied', s.replied,
          'resolved', s.resolved, 'evaluated', s.evaluated, 'satisfied', s.satisfied, 'parts_judged', s.parts_judged, 'parts_on_time', s.parts_on_time,
          'returns', s.returns, 'unanswered_notices', s.unanswered_notices, 'accountability', s.accountability) as j,
          s.level as o1, (case when s.level = 'county' then '' else s.county_code end) as o2, s.division_code as o3
        from assessment_scores s join units u on u.id = s.unit_id
        where s.month = ${monthKey(sql, month)} and s.level in ('county', 'township')) x) as rows`
  const all = r.months as Record<string, unknown>[]
  const rows = r.rows as Record<string, unknown>[]
  const { info, months } = pickMonth(all, month)
  const note = '考核按各单位属地受理的诉求计算；当月诉求不足5件的单位不参与排名，不足5件的数量显示为“<5”，样本不足5件的比率不予显示，也不计入得分（其权重按比例分给其余比率）。' +
    '公开得分按各项比率加权计算，问责线索属内部监督信息，不计入公开得分和排名；退回、逾期未答复督办单满5次（件）方在公开得分中扣分。'
  if (!info) return { month: null, months, weightsVersion: null, weights: null, counties: [], townships: [], note }
  const counties = rows.filter((r) => r.level === 'county')
  const ranked = publicGroup(counties, info.weights)
  // each county's townships, in the order of the counties' public ranking
  const place = new Map(ranked.map((c, i) => [c.name, i]))
  return {
    month: info.month, months, weightsVersion: info.weightsVersion, weights: info.weights,
    counties: ranked,
    townships: counties.map((c) => ({ county: c.name as string, rows: publicGroup(rows.filter((r) => r.level === 'township' && r.county_code === c.division_code), info.weights) }))
      .sort((a, b) => place.get(a.county)! - place.get(b.county)!),
    note,
  }
}
