// The desk's own rows: saved list views per user (migration 0030), export jobs (0033).
import { bigint, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { bigserial } from 'drizzle-orm/pg-core'
import { createdAt, id, ref, tstz } from './_columns.js'
import { units } from './divisions.js'
import { users } from './staff.js'

/** 保存的视图: a list's filters under a name the user chose, for one list page. */
export const savedViews = pgTable('saved_views', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  userId: ref('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  page: text('page').notNull(),
  query: jsonb('query').notNull().default({}),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('saved_views_user_page_name_idx').on(t.userId, t.page, t.name)])

/**
 * 我的导出: an export of more than EXPORT_JOB_ROWS rows, written by a worker (src/export/jobs.ts) in the requester's
 * scope and masking at the time it runs; only the requester downloads the file, until expires_at.
 */
export const exportJobs = pgTable('export_jobs', {
  id: id(),
  userId: ref('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  unitId: ref('unit_id').notNull().references(() => units.id),
  kind: text('kind').notNull().default('cases'),
  format: text('format').notNull(),
  filters: jsonb('filters').notNull().default({}),
  /** queued | running | ready | failed | expired */
  state: text('state').notNull().default('queued'),
  rows: integer('rows'),
  filePath: text('file_path'),
  fileName: text('file_name'),
  byteSize: bigint('byte_size', { mode: 'number' }),
  error: text('error'),
  createdAt: createdAt(),
  finishedAt: tstz('finished_at'),
  expiresAt: tstz('expires_at'),
}, (t) => [index('export_jobs_user_idx').on(t.userId, t.createdAt)])
