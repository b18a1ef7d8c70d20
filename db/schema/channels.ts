// Transport rows shared by the channels: mailboxes, outbound messages, calls, inbound SMS, call-back tasks, API keys.
import { sql } from 'drizzle-orm'
import { bigint, boolean, customType, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { createdAt, id, ref, tstz } from './_columns.js'
import { cases } from './cases.js'
import { users } from './staff.js'

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' })

/** IMAP checkpoint per mailbox: the last UID stored under one UIDVALIDITY. */
export const mailboxCheckpoints = pgTable('mailbox_checkpoints', {
  mailbox: text('mailbox').primaryKey(),
  uidValidity: bigint('uid_validity', { mode: 'bigint' }).notNull(),
  lastUid: bigint('last_uid', { mode: 'number' }).notNull(),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
})

/** Every message fetched from a mailbox, raw, before it is flagged \Seen. */
export const inboundEmails = pgTable('inbound_emails', {
  id: id(),
  mailbox: text('mailbox').notNull(),
  uidValidity: bigint('uid_validity', { mode: 'bigint' }).notNull(),
  uid: bigint('uid', { mode: 'number' }).notNull(),
  messageId: text('message_id'),
  raw: bytea('raw').notNull(),
  receivedAt: createdAt(),
  processedAt: tstz('processed_at'),
  /** what it became: complaint, material, evaluation, ignored (auto-reply, bounce), fax, error */
  outcome: text('outcome'),
  caseId: ref('case_id').references(() => cases.id),
  error: text('error'),
}, (t) => [uniqueIndex('inbound_emails_uid').on(t.mailbox, t.uidValidity, t.uid), index('inbound_emails_unprocessed').on(t.id).where(sql`${t.processedAt} is null`)])

/** E-mail and SMS to complainants: sent, or recorded when no transport is configured. */
export const outboundMessages = pgTable('outbound_messages', {
  id: id(),
  channel: text('channel').notNull(),           // email | sms
  kind: text('kind').notNull(),                 // receipt | accepted | rejected | result | evaluation_request | …
  caseId: ref('case_id').references(() => cases.id),
  /** encrypted recipient (phone or e-mail) and its mask for lists */
  recipientEnc: text('recipient_enc').notNull(),
  recipientMasked: text('recipient_masked').notNull(),
  subject: text('subject'),
  body: text('body').notNull(),
  html: text('html'),
  messageId: text('message_id'),                // e-mail Message-ID (for threading) or provider SID (SMS)
  status: text('status').notNull().default('queued'),  // queued | recorded | sent | delivered | failed
  statusDetail: text('status_detail'),
  attempts: integer('attempts').notNull().default(0),
  dedupeKey: text('dedupe_key').unique(),
  createdAt: createdAt(),
  sentAt: tstz('sent_at'),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
}, (t) => [index('outbound_case_idx').on(t.caseId), uniqueIndex('outbound_message_id').on(t.messageId)])

/** Provider status callbacks (Twilio MessageStatus, SMTP answers), idempotent per (provider id, status). */
export const deliveryEvents = pgTable('delivery_events', {
  providerId: text('provider_id').notNull(),
  status: text('status').notNull(),
  detail: jsonb('detail').notNull().default({}),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.providerId, t.status] })])

/** Voice calls on the hotline (春城热线) and the reporting line (电话); CallSid is the idempotency key. */
export const calls = pgTable('calls', {
  callSid: text('call_sid').primaryKey(),
  line: text('line').notNull(),                 // hotline | phone
  callerEnc: text('caller_enc'),                // null when the caller chose anonymity
  callerHash: text('caller_hash'),
  callerMasked: text('caller_masked'),
  status: text('status').notNull(),             // queued | in-progress | voicemail | completed | …
  afterHours: boolean('after_hours').notNull().default(false),
  anonymous: boolean('anonymous').notNull().default(false),
  recordingSid: text('recording_sid'),
  recordingUrl: text('recording_url'),
  recordingAttachmentId: ref('recording_attachment_id'),
  caseId: ref('case_id').references(() => cases.id),
  operatorId: ref('operator_id').references(() => users.id),
  /** when an operator took the call (接听): only they get its screen pop (migration 0015) */
  takenAt: tstz('taken_at'),
  raw: jsonb('raw').notNull(),
  createdAt: createdAt(),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
})

/** Inbound SMS, MessageSid idempotent. */
export const inboundSms = pgTable('inbound_sms', {
  messageSid: text('message_sid').primaryKey(),
  line: text('line').notNull(),
  fromHash: text('from_hash').notNull(),
  fromEnc: text('from_enc').notNull(),
  body: text('body').notNull(),
  outcome: text('outcome'),
  caseId: ref('case_id').references(() => cases.id),
  createdAt: createdAt(),
})

/** 回访: an operator must phone the complainant (result without SMS, failed SMS, evaluation by phone). */
export const callbackTasks = pgTable('callback_tasks', {
  id: id(),
  caseId: ref('case_id').notNull().references(() => cases.id),
  line: text('line').notNull(),
  reason: text('reason').notNull(),             // result_no_sms | sms_failed | evaluation_due | fax_feedback …
  status: text('status').notNull().default('open'),  // open | reached | not_reached | rated | closed
  outcome: jsonb('outcome'),
  assignedTo: ref('assigned_to').references(() => users.id),
  attempts: integer('attempts').notNull().default(0),
  dueAt: tstz('due_at'),
  createdAt: createdAt(),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
}, (t) => [index('callback_tasks_open').on(t.line, t.status), uniqueIndex('callback_tasks_once').on(t.caseId, t.reason).where(sql`${t.status} = 'open'`)])

/** Open311 API keys, issued by admins; only the hash is kept. */
export const apiKeys = pgTable('api_keys', {
  id: id(),
  keyHash: text('key_hash').notNull().unique(),
  label: text('label').notNull(),
  createdBy: ref('created_by').references(() => users.id),
  createdAt: createdAt(),
  revokedAt: tstz('revoked_at'),
})
