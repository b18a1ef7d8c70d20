// 考核排名: a computed month read back — for staff, the units of their own subtree (scope: DESIGN rule 1), every figure;
// for the public, the county and township rankings with unit names and figures only (counts under 5 shown as "<5",
// rates over fewer than 5 cases not shown), no division code, no person.
import type { Sql } from 'postgres'
import { divisionPrefix, inSubtree } from '../auth/jurisdiction.js'
import { errors } from '../http/errors.js'
import { publicCount, publicRate } from '../openness/stats.js'
import type { StaffUser } from '../users/service.js'
import { ratesOf, type Counts } from './compute.js'
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

async function monthInfo(sql: Sql, month: string | undefined): Promise<{ info: MonthInfo | null; months: string[] }> {
  if (month !== undefined && !isMonth(month)) throw errors.validation({ fields: [{ field: 'month', message: '月份格式为 YYYY-MM', messageEn: 'month is YYYY-MM' }] })
  const all = await sql`select to_char(month, 'YYYY-MM') as month, weights_version, weights, computed_at from assessment_months order by month desc limit 120`
  const months = all.map((r) => r.month as string)
  const row = month === undefined ? all[0] : all.find((r) => r.month === month)
  if (month !== undefined && !row) throw errors.assessmentNotComputed({ month })
  return { info: row ? { month: row.month, weightsVersion: Number(row.weights_version), weights: row.weights as Weights, computedAt: new Date(row.computed_at).toISOString() } : null, months }
}

const SCORE_COLUMNS = (sql: Sql) => sql`s.*, u.name, d.name as division_name`

/**
 * The ranking of `level` (default: the level below the division) under `division` (default: the user's own), which
 * must lie in the user's jurisdiction (403 otherwise). Villages under a county are ranked within the county.
 */
export async function assessmentRanking(sql: Sql, user: StaffUser, q: { month?: string; level?: AssessedLevel; division?: string }): Promise<Ranking> {
  const code = q.division ?? user.unit.divisionCode
  if (!inSubtree(code, user.unit.divisionCode)) throw errors.outsideJurisdiction({ division: code })
  const [division] = await sql`select code, name, level from divisions where code = ${code}`
  if (!division) throw errors.divisionNotFound({ division: code })
  const level = q.level ?? BELOW[division.level as string]
  const { info, months } = await monthInfo(sql, q.month)
  const base = { months, division: { code, name: division.name as string, level: division.level as string }, level }
  if (!info) return { month: null, ...base, self: null, rows: [] }
  const key = monthStart(info.month)
  const byCounty = level === 'village' && division.level !== 'township'
  const rows = await sql`
    select ${SCORE_COLUMNS(sql)} from assessment_scores s join units u on u.id = s.unit_id join divisions d on d.code = s.division_code
    where s.month = ${key}::date and s.level = ${level} and s.division_code like ${divisionPrefix(code) + '%'}
    order by ${byCounty ? sql`s.county_rank` : sql`s.rank`} nulls last, s.cases desc, s.division_code
    limit 2000`
  const [self] = await sql`
    select ${SCORE_COLUMNS(sql)} from assessment_scores s join units u on u.id = s.unit_id join divisions d on d.code = s.division_code
    where s.month = ${key}::date and s.division_code = ${code}`
  return { month: info, ...base, self: self ? rowOf(self) : null, rows: rows.map(rowOf) }
}

export interface PublicRow { rank: number | null; rankOf: number | null; name: string; cases: number | '<5'; score: number | null; deduction: number; rates: Record<RateKey, number | null> }

function publicRow(r: Record<string, unknown>): PublicRow {
  const c = rowOf(r).counts
  return {
    rank: num(r.rank), rankOf: num(r.rank_of), name: r.name as string, cases: publicCount(c.cases), score: num(r.score), deduction: Number(r.deduction),
    // percentages with one decimal, as on the public statistics; null over fewer than 5
    rates: {
      onTime: publicRate(c.onTime, c.closed), response: publicRate(c.signedInTime, c.dispatched), resolution: publicRate(c.resolved, c.replied),
      satisfaction: publicRate(c.satisfied, c.evaluated), parts: publicRate(c.partsOnTime, c.partsJudged),
    },
  }
}

/** 公开: the county ranking and each county's township ranking of a computed month (default the latest). */
export async function publicAssessment(sql: Sql, month?: string) {
  const { info, months } = await monthInfo(sql, month)
  const note = '考核按各单位属地受理的诉求计算；当月诉求不足5件的单位不参与排名，不足5件的数量显示为“<5”，样本不足5件的比率不予显示。'
  if (!info) return { month: null, months, weightsVersion: null, weights: null, counties: [], townships: [], note }
  const rows = await sql`
    select s.*, u.name, c.name as county_name from assessment_scores s join units u on u.id = s.unit_id
      left join units c on c.division_code = s.county_code and c.is_default
    where s.month = ${monthStart(info.month)}::date and s.level in ('county', 'township')
    order by s.level, (case when s.level = 'county' then '' else s.county_code end), s.rank nulls last, s.division_code`
  const counties = rows.filter((r) => r.level === 'county')
  return {
    month: info.month, months, weightsVersion: info.weightsVersion, weights: info.weights,
    counties: counties.map(publicRow),
    townships: counties.map((c) => ({ county: c.name as string, rows: rows.filter((r) => r.level === 'township' && r.county_code === c.division_code).map(publicRow) })),
    note,
  }
}
