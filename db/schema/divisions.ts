// 行政区划 and 承办单位: the four levels of the linkage and the bodies that handle cases there.
import { sql } from 'drizzle-orm'
import { boolean, index, pgEnum, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { createdAt, id, ref } from './_columns.js'

export const levelEnum = pgEnum('level', ['city', 'county', 'township', 'village'])

export const divisions = pgTable('divisions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  level: levelEnum('level').notNull(),
  parentCode: text('parent_code'),
  cityCode: text('city_code').notNull(),
}, (t) => [index('divisions_parent_idx').on(t.parentCode), index('divisions_city_idx').on(t.cityCode)])

export const units = pgTable('units', {
  id: id(),
  name: text('name').notNull(),
  divisionCode: text('division_code').notNull().references(() => divisions.code),
  level: levelEnum('level').notNull(),
  isDefault: boolean('is_default').notNull().default(false),
  /** 'unit', or 'inspection': the city's 纪委监委, a root of its own outside the centre's subtree (migration 0015) */
  kind: text('kind').notNull().default('unit'),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  createdBy: ref('created_by'),
}, (t) => [
  index('units_division_idx').on(t.divisionCode),
  uniqueIndex('units_default_per_division').on(t.divisionCode).where(sql`${t.isDefault}`),
  uniqueIndex('units_name_per_division').on(t.divisionCode, t.name),
])

