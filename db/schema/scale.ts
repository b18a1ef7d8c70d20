// What several API and worker processes share through PostgreSQL (migration 0029): rate-limit counters and the
// short-lived key that hashes their addresses, and leases for jobs that one process at a time may run.
import { bigint, customType, integer, pgTable, text } from 'drizzle-orm/pg-core'
import { tstz } from './_columns.js'

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' })

/** The HMAC key of rate-limit addresses for one ten-minute epoch; the earlier ones are deleted (UNLOGGED). */
export const rateLimitKeys = pgTable('rate_limit_keys', {
  epoch: bigint('epoch', { mode: 'number' }).primaryKey(),
  key: bytea('key').notNull(),
  createdAt: tstz('created_at').notNull().defaultNow(),
})

/** Requests of one address (keyed hash) on one route within the window (UNLOGGED; expired rows are swept). */
export const rateLimitHits = pgTable('rate_limit_hits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  expiresAt: tstz('expires_at').notNull(),
})

/** 租约: who runs a one-at-a-time job (the mailbox reader) until when. */
export const workerLeases = pgTable('worker_leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: tstz('expires_at').notNull(),
  acquiredAt: tstz('acquired_at').notNull().defaultNow(),
})
