// The desk's own rows (migration 0030): saved list views per user.
import { jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { bigserial } from 'drizzle-orm/pg-core'
import { createdAt, ref } from './_columns.js'
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
