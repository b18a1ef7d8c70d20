// 审计日志: append-only and hash-chained; triggers (see the migration) refuse UPDATE and DELETE.
import { bigint, date, index, integer, jsonb, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core'
import { createdAt, id, ref } from './_columns.js'

export const auditLog = pgTable('audit_log', {
  id: id(),
  at: createdAt(),
  actorUserId: ref('actor_user_id'),
  actorKind: text('actor_kind').notNull(),
  action: text('action').notNull(),
  caseId: ref('case_id'),
  detail: jsonb('detail').notNull(),
  /** the case's state after an event (migration 0017): hashed with the row */
  caseState: jsonb('case_state'),
  /** 1: unkeyed SHA-256 (before 0017); 2: HMAC-SHA256 keyed from SUQIU_SECRET */
  hashVersion: smallint('hash_version').notNull().default(1),
  prevHash: text('prev_hash').notNull(),
  rowHash: text('row_hash').notNull(),
}, (t) => [index('audit_case_id_idx').on(t.caseId, t.id)]) // (case_id, id): a chain's rows in order, its head first from the end (migrations 0005, 0012)

/** Each day's root over every audit chain's head and row count (src/audit/anchors.ts); append-only. */
export const auditAnchors = pgTable('audit_anchors', {
  day: date('day').primaryKey(),
  cutoff: timestamp('cutoff', { withTimezone: true }).notNull(),
  chains: integer('chains').notNull(),
  rows: bigint('rows', { mode: 'number' }).notNull(),
  digest: text('digest').notNull(),
  prevRoot: text('prev_root'),
  root: text('root').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})
