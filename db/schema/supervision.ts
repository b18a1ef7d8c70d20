// 督办单 (issue 22): numbered supervision notices to a unit on a case.
import { sql } from 'drizzle-orm'
import { bigint, boolean, index, integer, pgTable, text } from 'drizzle-orm/pg-core'
import { createdAt, ref, tstz } from './_columns.js'

export const supervisionNotices = pgTable('supervision_notices', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  /** 督办〔2026〕第12号 */
  number: text('number').notNull().unique(),
  caseId: ref('case_id').notNull(),
  /** the unit the notice goes to (被督办单位) */
  unitId: ref('unit_id').notNull(),
  issuerUserId: ref('issuer_user_id'),
  issuerUnitId: ref('issuer_unit_id').notNull(),
  reason: text('reason').notNull(),
  requiredAction: text('required_action').notNull(),
  dueAt: tstz('due_at').notNull(),
  /** issued | acknowledged | answered | escalated */
  status: text('status').notNull().default('issued'),
  acknowledgedAt: tstz('acknowledged_at'),
  acknowledgedBy: ref('acknowledged_by'),
  answer: text('answer'),
  answeredAt: tstz('answered_at'),
  answeredBy: ref('answered_by'),
  escalatedAt: tstz('escalated_at'),
  /** the unanswered notice this one escalates (to the unit's parent) */
  escalatedFrom: ref('escalated_from'),
  automatic: boolean('automatic').notNull().default(false),
  createdAt: createdAt(),
}, (t) => [
  index('supervision_notices_unit_idx').on(t.unitId, t.createdAt),
  index('supervision_notices_case_idx').on(t.caseId),
  index('supervision_notices_due_idx').on(t.dueAt).where(sql`${t.status} in ('issued', 'acknowledged')`),
])

/** 自动督办: the city admins' rule (one row, id 1) that raises a notice when a case turns red. */
export const supervisionRules = pgTable('supervision_rules', {
  id: integer('id').primaryKey().default(1),
  redEnabled: boolean('red_enabled').notNull().default(false),
  workingDays: integer('working_days').notNull().default(2),
  requiredAction: text('required_action').notNull().default('立即办理，并书面说明超期原因'),
  updatedBy: ref('updated_by'),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
})
