// 主办/协办 (issue 22): one row per assisting part, derived from the case snapshot (context.parts) by applyEvent.
import { sql } from 'drizzle-orm'
import { boolean, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { ref, tstz } from './_columns.js'
import { levelEnum } from './divisions.js'

export const caseParts = pgTable('case_parts', {
  caseId: ref('case_id').notNull(),
  /** the part's index in context.parts */
  seq: integer('seq').notNull(),
  /** the assisting unit (协办单位) */
  unitId: ref('unit_id').notNull(),
  /** the lead unit (主办单位) whose link the part belongs to */
  leadUnitId: ref('lead_unit_id').notNull(),
  level: levelEnum('level').notNull(),
  /** assigned | handling | submitted | returned | lapsed | cancelled */
  status: text('status').notNull(),
  /** the case's redo count when the part was assigned */
  round: integer('round').notNull().default(0),
  assignedAt: tstz('assigned_at').notNull(),
  signDueAt: tstz('sign_due_at').notNull(),
  dueAt: tstz('due_at').notNull(),
  signedAt: tstz('signed_at'),
  signedInTime: boolean('signed_in_time'),
  closedAt: tstz('closed_at'),
  /** in after its deadline, or lapsed */
  late: boolean('late').notNull().default(false),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.caseId, t.seq] }),
  index('case_parts_open_idx').on(t.unitId, t.dueAt).where(sql`${t.status} in ('assigned', 'handling')`),
  index('case_parts_unit_idx').on(t.unitId, t.assignedAt),
])
