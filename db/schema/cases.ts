// The complaint (诉求, normalized from any channel), its raw intakes, and the case lifecycle rows.
import { sql } from 'drizzle-orm'
import { bigint, boolean, date, index, integer, jsonb, pgEnum, pgTable, pgView, primaryKey, smallint, text, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core'
import { createdAt, id, ref, tstz } from './_columns.js'
import { levelEnum, units } from './divisions.js'
import { users } from './staff.js'

// `proactive` (主动发现, 0034): the channel of a 主动治理 task, raised by a unit; no citizen comes in on it
export const channelEnum = pgEnum('channel', ['web', 'hotline', 'phone', 'letter', 'visit', 'fax', 'proactive'])
export const complaintTypeEnum = pgEnum('complaint_type', ['report', 'complaint', 'request', 'consultation', 'suggestion', 'proactive'])
export const urgencyEnum = pgEnum('urgency', ['normal', 'urgent', 'critical'])
export const warningEnum = pgEnum('warning', ['none', 'yellow', 'red'])

/** The raw item exactly as a channel delivered it; stored before the channel is told "received". */
export const intakes = pgTable('intakes', {
  id: id(),
  channel: channelEnum('channel').notNull(),
  externalId: text('external_id').notNull(),
  receivedAt: tstz('received_at').notNull().defaultNow(),
  raw: jsonb('raw').notNull(),
  complaintId: ref('complaint_id'),
  error: text('error'),
  /** the first answer (case number, tracking code, PIN), encrypted, so a retried submission gets the same answer */
  answerEnc: text('answer_enc'),
  /** keyed hash of what was sent and by whom: the same external id with another request is refused (0022) */
  requestHash: text('request_hash'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('intakes_channel_external').on(t.channel, t.externalId)])

export const complaints = pgTable('complaints', {
  id: id(),
  caseNumber: text('case_number').notNull().unique(),
  channel: channelEnum('channel').notNull(),
  externalId: text('external_id').notNull(),
  receivedAt: tstz('received_at').notNull(),
  type: complaintTypeEnum('type').notNull(),
  urgency: urgencyEnum('urgency').notNull().default('normal'),
  title: text('title').notNull(),
  content: text('content').notNull(),
  divisionCode: text('division_code'),
  address: text('address'),
  category: text('category'),
  anonymous: boolean('anonymous').notNull(),
  /** AES-256-GCM tokens of name, phone, email, idNumber, address (only the fields given). */
  identity: jsonb('identity').$type<Record<string, string>>(),
  /** masked copies for lists, never the clear value */
  identityMasked: jsonb('identity_masked').$type<Record<string, string>>(),
  phoneHash: text('phone_hash'),
  emailHash: text('email_hash'),
  idHash: text('id_hash'),
  /** keyed hash of the name as normalizeName gives it, for the desk's look-up by exact name (0025) */
  nameHash: text('name_hash'),
  preferredChannel: text('preferred_channel'),
  accusedUnitId: ref('accused_unit_id').references(() => units.id),
  trackingCode: text('tracking_code').notNull().unique(),
  pinHash: text('pin_hash').notNull(),
  pinFailures: integer('pin_failures').notNull().default(0),
  pinLockedUntil: tstz('pin_locked_until'),
  possibleDuplicateOf: ref('possible_duplicate_of'),
  extra: jsonb('extra').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: createdAt(),
  createdBy: ref('created_by').references(() => users.id),
  /** 公开摘要: the only free text public outputs show, once a staff member approved it (0022) */
  publicSummary: text('public_summary'),
  publicSummaryBy: ref('public_summary_by').references(() => users.id),
  publicSummaryAt: tstz('public_summary_at'),
}, (t) => [
  uniqueIndex('complaints_channel_external').on(t.channel, t.externalId),
  // look-ups by a keyed hash use the (hash, received_at) indexes of migration 0006
  index('complaints_received_idx').on(t.receivedAt),
])

/** The lifecycle of one complaint: the persisted statechart snapshot plus columns derived from it. */
export const cases = pgTable('cases', {
  // the complaint's id; no foreign key (migration 0012): both rows are written by one statement, never deleted
  id: ref('id').primaryKey(),
  version: integer('version').notNull().default(0),
  machineVersion: integer('machine_version').notNull(),
  snapshot: jsonb('snapshot').notNull(),
  state: text('state').notNull(),
  warning: warningEnum('warning').notNull().default('none'),
  // units (and users, below) are never deleted; no foreign key share-locks their hot rows (migration 0008)
  rootUnitId: ref('root_unit_id').notNull(),
  currentUnitId: ref('current_unit_id'),
  /** units of the chain (root first), for jurisdiction of reviewers above */
  chainUnitIds: ref('chain_unit_ids').array().notNull().default(sql`'{}'::bigint[]`),
  handlingLevel: levelEnum('handling_level'),
  divisionCode: text('division_code'),
  /** the accused unit's division (kept for older readers; recusal reads recuse_unit_id) */
  recuseDivisionCode: text('recuse_division_code'),
  /** the accused unit: the case is hidden from it and every unit below it in the units tree (回避, migration 0015) */
  recuseUnitId: ref('recuse_unit_id'),
  type: complaintTypeEnum('type').notNull(),
  channel: channelEnum('channel').notNull(),
  category: text('category'),
  receivedAt: tstz('received_at').notNull(),
  linkStartedAt: tstz('link_started_at'),
  linkDueAt: tstz('link_due_at'),
  overallDueAt: tstz('overall_due_at'),
  /** the next instant the deadline worker must look at this case (yellow, red, evaluation timeout) */
  nextCheckAt: tstz('next_check_at'),
  returnCount: integer('return_count').notNull().default(0),
  redoCount: integer('redo_count').notNull().default(0),
  supervisionCount: integer('supervision_count').notNull().default(0),
  resolved: boolean('resolved'),
  rating: text('rating'),
  dispatchedAt: tstz('dispatched_at'),
  signedInTime: boolean('signed_in_time'),
  repliedAt: tstz('replied_at'),
  closedAt: tstz('closed_at'),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
}, (t) => [
  // the read paths' other indexes (cases_holder_idx for "mine" among them) are in migrations 0005, 0007, 0008 and
  // 0010: every index costs each event an entry
  index('cases_unplaced_root_idx').on(t.rootUnitId).where(sql`${t.divisionCode} is null`),
  index('cases_next_check_idx').on(t.nextCheckAt).where(sql`${t.nextCheckAt} is not null`),
])

/** Append-only history of a case: one row per accepted event. */
export const caseEvents = pgTable('case_events', {
  id: id(),
  // no foreign key (migration 0012): written by the statement that writes its case
  caseId: ref('case_id').notNull(),
  version: integer('version').notNull(),
  type: text('type').notNull(),
  actorUserId: ref('actor_user_id'),
  actorUnitId: ref('actor_unit_id'),
  actorKind: text('actor_kind').notNull(),
  payload: jsonb('payload').notNull(),
  fromState: text('from_state').notNull(),
  toState: text('to_state').notNull(),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('case_events_case_version').on(t.caseId, t.version)])

/** Added material (补充材料) from the complainant or a channel, attached to an open case. */
export const caseMessages = pgTable('case_messages', {
  id: id(),
  caseId: ref('case_id').notNull().references(() => cases.id),
  source: text('source').notNull(),
  text: text('text').notNull(),
  intakeId: ref('intake_id').references(() => intakes.id),
  /** an operator who entered it on the complainant's word (a call); null when the complainant sent it */
  enteredBy: ref('entered_by').references(() => users.id),
  /** the files that came with it (attachments of kind `material`) */
  attachmentIds: bigint('attachment_ids', { mode: 'number' }).array().notNull().default(sql`'{}'`),
  createdAt: createdAt(),
}, (t) => [index('case_messages_case_idx').on(t.caseId)])

/** 已阅: the newest added material a unit has read on a case; anything newer is "new material" in its queue. */
export const caseMessageReads = pgTable('case_message_reads', {
  caseId: ref('case_id').notNull().references(() => cases.id),
  unitId: ref('unit_id').notNull().references(() => units.id),
  lastMessageId: ref('last_message_id').notNull(),
  readBy: ref('read_by').references(() => users.id),
  readAt: tstz('read_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.caseId, t.unitId] })])

export const attachments = pgTable('attachments', {
  id: id(),
  sha256: text('sha256').notNull(),
  size: integer('size').notNull(),
  mime: text('mime').notNull(),
  filename: text('filename').notNull(),
  complaintId: ref('complaint_id').references(() => complaints.id),
  intakeId: ref('intake_id').references(() => intakes.id),
  kind: text('kind').notNull().default('file'),
  createdAt: createdAt(),
}, (t) => [index('attachments_complaint_idx').on(t.complaintId), index('attachments_sha_idx').on(t.sha256)])

/** 分类目录: three levels (一级/二级/三级); an entry's handling level is its routing rule, the most specific one winning (0025). */
export const categories = pgTable('categories', {
  code: text('code').primaryKey(),
  parentCode: text('parent_code').references((): AnyPgColumn => categories.code),
  depth: smallint('depth').notNull(),
  label: text('label').notNull(),
  /** the English name the console shows in English (0033); null: the Chinese one */
  labelEn: text('label_en'),
  handlingLevel: levelEnum('handling_level'),
  /** more words a search finds the entry by */
  keywords: text('keywords').notNull().default(''),
  sort: integer('sort').notNull().default(0),
  active: boolean('active').notNull().default(true),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
}, (t) => [index('categories_parent_idx').on(t.parentCode)])

/** 路由规则: every catalogue entry with its handling level as routing applies it (a view since 0025). */
export const routingRules = pgView('routing_rules', {
  category: text('category').notNull(),
  label: text('label').notNull(),
  level: levelEnum('level').notNull(),
  updatedAt: tstz('updated_at').notNull(),
}).existing()

/** Admin overrides of the official calendar, for years chinese-days does not know yet. */
export const holidayOverrides = pgTable('holiday_overrides', {
  day: date('day', { mode: 'string' }).primaryKey(),
  isWorkday: boolean('is_workday').notNull(),
  note: text('note'),
})

/** Per-day sequence for case numbers (KM + date + sequence). */
export const caseNumberCounters = pgTable('case_number_counters', {
  day: text('day').primaryKey(),
  last: integer('last').notNull(),
})

/** 常用语: a reason template (不予受理, 退回, 督办, reply text) kept by admins for a unit; offered to it and the units below (0025). */
export const reasonTemplates = pgTable('reason_templates', {
  id: id(),
  unitId: ref('unit_id').notNull().references(() => units.id),
  kind: text('kind').notNull(),
  text: text('text').notNull(),
  sort: integer('sort').notNull().default(0),
  active: boolean('active').notNull().default(true),
  createdBy: ref('created_by').references(() => users.id),
  createdAt: createdAt(),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
}, (t) => [index('reason_templates_unit_idx').on(t.unitId, t.kind)])
