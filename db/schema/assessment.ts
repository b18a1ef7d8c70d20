// 考核评议 (issue 22, art. 7): the city admins' weights as versions, and each month's computed assessment — per unit
// counts, deduction, score and rank — kept as that month's snapshot (migration 0032).
import { bigint, date, index, integer, jsonb, numeric, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { createdAt, ref, tstz } from './_columns.js'
import { levelEnum } from './divisions.js'

/** A version of the weights; never changed or removed (triggers). In force from `effectiveFrom` until a later version's month. */
export const assessmentWeights = pgTable('assessment_weights', {
  version: integer('version').primaryKey(),
  /** the first day of the first month it applies to */
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  weights: jsonb('weights').notNull(),
  note: text('note'),
  createdBy: ref('created_by'),
  createdAt: createdAt(),
})

/** A computed month (its first day) and the weights it was computed with: a recomputation keeps them. */
export const assessmentMonths = pgTable('assessment_months', {
  month: date('month', { mode: 'string' }).primaryKey(),
  weightsVersion: integer('weights_version').notNull().references(() => assessmentWeights.version),
  weights: jsonb('weights').notNull(),
  computedAt: tstz('computed_at').notNull().defaultNow(),
  /** null: the monthly job */
  computedBy: ref('computed_by'),
  cases: integer('cases').notNull().default(0),
  units: integer('units').notNull().default(0),
})

/** One assessed unit in one month. */
export const assessmentScores = pgTable('assessment_scores', {
  month: date('month', { mode: 'string' }).notNull().references(() => assessmentMonths.month),
  unitId: bigint('unit_id', { mode: 'number' }).notNull(),
  divisionCode: text('division_code').notNull(),
  parentCode: text('parent_code').notNull(),
  countyCode: text('county_code'),
  level: levelEnum('level').notNull(),
  cases: integer('cases').notNull(),
  dispatched: integer('dispatched').notNull(),
  signedInTime: integer('signed_in_time').notNull(),
  closed: integer('closed').notNull(),
  onTime: integer('on_time').notNull(),
  replied: integer('replied').notNull(),
  resolved: integer('resolved').notNull(),
  evaluated: integer('evaluated').notNull(),
  satisfied: integer('satisfied').notNull(),
  partsJudged: integer('parts_judged').notNull(),
  partsOnTime: integer('parts_on_time').notNull(),
  returns: integer('returns').notNull(),
  unansweredNotices: integer('unanswered_notices').notNull(),
  accountability: integer('accountability').notNull(),
  deduction: numeric('deduction', { precision: 7, scale: 2 }).notNull(),
  /** null: too few cases to be ranked (样本不足) */
  score: numeric('score', { precision: 7, scale: 2 }),
  /** within the parent division */
  rank: integer('rank'),
  rankOf: integer('rank_of'),
  /** villages: within their county as well */
  countyRank: integer('county_rank'),
  countyRankOf: integer('county_rank_of'),
}, (t) => [
  primaryKey({ columns: [t.month, t.unitId] }),
  index('assessment_scores_group_idx').on(t.month, t.level, t.parentCode, t.rank),
  index('assessment_scores_county_idx').on(t.month, t.level, t.countyCode, t.countyRank),
])
