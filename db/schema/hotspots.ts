// 热点 (issue 23, migration 0035): the nightly hotspot run, stored. Nothing personal: clusters are places, categories,
// keywords and case ids; the weekly counts are per place, category and accused unit (回避 applied when read).
import { bigint, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { createdAt, id, ref, tstz } from './_columns.js'

export const hotspotRuns = pgTable('hotspot_runs', {
  id: id(),
  /** the run's "now": its window and weeks end here (数据更新于) */
  computedAt: tstz('computed_at').notNull(),
  windowDays: integer('window_days').notNull(),
  weeks: integer('weeks').notNull(),
  windowCases: integer('window_cases').notNull(),
  tookMs: integer('took_ms').notNull(),
  /** counts per county and category only: the 30 days' top categories and the weekly counts */
  public: jsonb('public').notNull(),
  createdAt: createdAt(),
}, (t) => [index('hotspot_runs_computed_idx').on(t.computedAt.desc())])

/** A flagged cluster of the whole city; a viewer sees the members their scope allows (re-clustered when one is hidden). */
export const hotspotRunClusters = pgTable('hotspot_run_clusters', {
  runId: ref('run_id').notNull().references(() => hotspotRuns.id, { onDelete: 'cascade' }),
  ordinal: integer('ordinal').notNull(),
  place: text('place').notNull(),
  category: text('category'),
  keywords: text('keywords').array().notNull(),
  caseIds: bigint('case_ids', { mode: 'number' }).array().notNull(),
}, (t) => [primaryKey({ columns: [t.runId, t.ordinal] }), index('hotspot_run_clusters_place_idx').on(t.runId, t.place)])

/** Weekly counts (oldest first) per place, category and accused unit (null: no report among them). */
export const hotspotRunWeeks = pgTable('hotspot_run_weeks', {
  runId: ref('run_id').notNull().references(() => hotspotRuns.id, { onDelete: 'cascade' }),
  divisionCode: text('division_code').notNull(),
  category: text('category').notNull(),
  recuseUnitId: ref('recuse_unit_id'),
  counts: integer('counts').array().notNull(),
}, (t) => [index('hotspot_run_weeks_division_idx').on(t.runId, t.divisionCode)])
