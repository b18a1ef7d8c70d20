// 审计日志: append-only and hash-chained; triggers (see the migration) refuse UPDATE and DELETE.
import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core'
import { createdAt, id, ref } from './_columns.js'

export const auditLog = pgTable('audit_log', {
  id: id(),
  at: createdAt(),
  actorUserId: ref('actor_user_id'),
  actorKind: text('actor_kind').notNull(),
  action: text('action').notNull(),
  caseId: ref('case_id'),
  detail: jsonb('detail').notNull(),
  prevHash: text('prev_hash').notNull(),
  rowHash: text('row_hash').notNull(),
}, (t) => [index('audit_case_id_idx').on(t.caseId, t.id)]) // (case_id, id): a chain's rows in order, its head first from the end (migrations 0005, 0012)
