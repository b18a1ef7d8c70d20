// 考核权重: what each figure counts for in a unit's monthly score, set by city admins as versions. A version takes
// effect from a month on (this month or later, never a past one), and a computed month keeps the version it was
// computed with, so no past month is ever scored again with other weights. Versions are never changed (migration 0032).
import type { Sql } from 'postgres'
import { Type, type Static } from '@sinclair/typebox'
import { appendAudit } from '../audit/log.js'
import { errors } from '../http/errors.js'
import type { StaffUser } from '../users/service.js'
import { currentMonth, isMonth, monthStart } from './month.js'

const points = (description: string) => Type.Number({ minimum: 0, maximum: 100, description })
const per = (description: string) => Type.Number({ minimum: 0, maximum: 20, description })

/** The rates' weights make 100 points; the deductions come off per item, at most `maxDeduction` in all. */
export const WeightsSchema = Type.Object({
  onTime: points('按期办结率 / on-time closing rate'),
  response: points('响应率 / response rate'),
  resolution: points('解决率 / resolution rate'),
  satisfaction: points('满意率 / satisfaction rate'),
  parts: points('协办按时率 / assisting parts in on time'),
  perReturn: per('每次退回扣分 / points off per return'),
  perUnansweredNotice: per('每件逾期未答复督办单扣分 / points off per notice unanswered by its deadline'),
  perAccountability: per('每条问责线索扣分 / points off per accountability record'),
  maxDeduction: points('扣分上限 / most points taken off in all'),
}, { additionalProperties: false })
export type Weights = Static<typeof WeightsSchema>

export const RATE_KEYS = ['onTime', 'response', 'resolution', 'satisfaction', 'parts'] as const
export type RateKey = (typeof RATE_KEYS)[number]

export interface WeightsVersion { version: number; effectiveFrom: string; weights: Weights; note: string | null; createdAt: string }

const toVersion = (r: Record<string, unknown>): WeightsVersion => ({
  version: Number(r.version), effectiveFrom: String(r.effective_from).slice(0, 7), weights: r.weights as Weights,
  note: (r.note as string | null) ?? null, createdAt: new Date(r.created_at as string).toISOString(),
})

export async function listWeights(sql: Sql): Promise<WeightsVersion[]> {
  const rows = await sql`select version, to_char(effective_from, 'YYYY-MM-DD') as effective_from, weights, note, created_at from assessment_weights order by version desc`
  return rows.map(toVersion)
}

/** The version in force for `month` (YYYY-MM): the latest one whose first month is not after it. */
export async function weightsFor(sql: Sql, month: string): Promise<WeightsVersion> {
  const [row] = await sql`
    select version, to_char(effective_from, 'YYYY-MM-DD') as effective_from, weights, note, created_at from assessment_weights
    where effective_from <= ${monthStart(month)}::date order by effective_from desc, version desc limit 1`
  if (!row) throw errors.assessmentNoWeights({ month })
  return toVersion(row)
}

/**
 * A new version from `effectiveFrom` (YYYY-MM, default this month): city admins only (the route checks), audited.
 * A past month is refused: it may have been computed already.
 */
export async function addWeights(sql: Sql, user: StaffUser, input: { weights: Weights; effectiveFrom?: string; note?: string }, now = new Date()): Promise<WeightsVersion> {
  const from = input.effectiveFrom ?? currentMonth(now)
  if (!isMonth(from)) throw errors.validation({ fields: [{ field: 'effectiveFrom', message: '月份格式为 YYYY-MM', messageEn: 'effectiveFrom is YYYY-MM' }] })
  if (from < currentMonth(now)) throw errors.assessmentWeightsPast({ effectiveFrom: from, earliest: currentMonth(now) })
  const sum = RATE_KEYS.reduce((a, k) => a + input.weights[k], 0)
  if (Math.abs(sum - 100) > 1e-9) throw errors.assessmentWeightsSum({ sum })
  const version = await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext('assessment:weights'))`
    const [{ next }] = await tx`select coalesce(max(version), 0) + 1 as next from assessment_weights`
    await tx`insert into assessment_weights (version, effective_from, weights, note, created_by)
      values (${next}, ${monthStart(from)}::date, ${tx.json(input.weights as never)}, ${input.note ?? null}, ${user.id})`
    await appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'admin.assessment_weights', caseId: null, detail: { version: Number(next), effectiveFrom: from, weights: input.weights, note: input.note ?? null } }])
    return Number(next)
  })
  return (await listWeights(sql)).find((w) => w.version === version)!
}
