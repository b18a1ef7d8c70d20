// 问责 (issue 22, art. 8): each unit's responsible people as a dated history, and the accountability records (问责线索)
// opened by a late close, an untrue reply or an unanswered 督办单. Records are never deleted; a decided one never
// changes (triggers of migration 0031).
import { sql } from 'drizzle-orm'
import { bigint, date, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core'
import { createdAt, id, ref, tstz } from './_columns.js'
import { units } from './divisions.js'

/** 责任人 (responsible), 分管领导 (in_charge), 主要领导 (principal) of a unit, each with its dates in office. */
export const unitResponsiblePeople = pgTable('unit_responsible_people', {
  id: id(),
  unitId: ref('unit_id').notNull().references(() => units.id),
  /** responsible | in_charge | principal */
  role: text('role').notNull(),
  name: text('name').notNull(),
  title: text('title'),
  /** first day in office */
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  /** first day no longer in office (exclusive); null while in office */
  validTo: date('valid_to', { mode: 'string' }),
  createdBy: ref('created_by'),
  createdAt: createdAt(),
  endedBy: ref('ended_by'),
  endedAt: tstz('ended_at'),
}, (t) => [index('unit_responsible_people_unit_idx').on(t.unitId, t.role, t.validFrom)])

/** 问责线索: one per (trigger, what it is about); `dedupe_key` makes a retried trigger open nothing new. */
export const accountabilityRecords = pgTable('accountability_records', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  /** the unit held accountable */
  unitId: ref('unit_id').notNull().references(() => units.id),
  /** null for a notice-only record */
  caseId: ref('case_id'),
  noticeId: ref('notice_id'),
  /** late_close | untrue_reply | unanswered_notice */
  trigger: text('trigger').notNull(),
  dedupeKey: text('dedupe_key').notNull().unique(),
  openedAt: tstz('opened_at').notNull().defaultNow(),
  /** which link / reply / notice, how late: no complainant identity, ever */
  facts: jsonb('facts').notNull().default({}),
  /** the three people in office on the day of the facts: { responsible, in_charge, principal } */
  people: jsonb('people').notNull().default({}),
  /** open | decided */
  state: text('state').notNull().default('open'),
  /** no_action | reminder_talk (提醒谈话) | circulated_criticism (通报批评) | referred (移送) */
  decision: text('decision'),
  reason: text('reason'),
  decidedBy: ref('decided_by'),
  decidedAt: tstz('decided_at'),
}, (t) => [
  index('accountability_records_unit_idx').on(t.unitId, t.openedAt),
  index('accountability_records_open_idx').on(t.openedAt).where(sql`${t.state} = 'open'`),
  index('accountability_records_case_idx').on(t.caseId).where(sql`${t.caseId} is not null`),
])
