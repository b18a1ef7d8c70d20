// 主动治理 (issue 23, migration 0028): a proactive task (a case of type `proactive`) and the cases of the cluster it
// was opened from. No foreign keys, as for case rows (migration 0012): cases are never deleted.
import { primaryKey, pgTable, index } from 'drizzle-orm/pg-core'
import { createdAt, ref } from './_columns.js'

export const proactiveLinks = pgTable('proactive_links', {
  taskId: ref('task_id').notNull(),
  caseId: ref('case_id').notNull(),
  linkedBy: ref('linked_by'),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.taskId, t.caseId] }), index('proactive_links_case_idx').on(t.caseId)])
