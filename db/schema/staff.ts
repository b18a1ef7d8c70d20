// Staff accounts and their sessions. Every user belongs to one unit.
import { bigint, boolean, index, integer, pgEnum, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { createdAt, id, ref, tstz } from './_columns.js'
import { units } from './divisions.js'

export const roleEnum = pgEnum('role', ['operator', 'clerk', 'dispatcher', 'officer', 'supervisor', 'inspector', 'admin'])

export const users = pgTable('users', {
  id: id(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: roleEnum('role').notNull(),
  unitId: ref('unit_id').notNull().references(() => units.id),
  disabledAt: tstz('disabled_at'),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: tstz('locked_until'),
  lastLoginAt: tstz('last_login_at'),
  /** the next sign-in must set a new password (the first admin; after an admin's reset) — migration 0019 */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  /** 二次验证 (TOTP, migration 0023): the sealed secret once confirmed, the one awaiting its first code, the last time step used */
  totpSecretEnc: text('totp_secret_enc'),
  totpPendingEnc: text('totp_pending_enc'),
  totpEnabledAt: tstz('totp_enabled_at'),
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  createdAt: createdAt(),
  createdBy: ref('created_by'),
}, (t) => [index('users_unit_idx').on(t.unitId)])

/** Failed sign-ins per key (SHA-256 of account, address, or both) and when the next attempt may come. */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  nextAt: tstz('next_at'),
  updatedAt: tstz('updated_at').notNull().defaultNow(),
})

/** One-time recovery codes of a user's second factor, as keyed hashes (migration 0023). */
export const totpRecoveryCodes = pgTable('totp_recovery_codes', {
  userId: ref('user_id').notNull().references(() => users.id),
  codeHash: text('code_hash').notNull(),
  usedAt: tstz('used_at'),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.userId, t.codeHash] })])

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: ref('user_id').notNull().references(() => users.id),
  csrfToken: text('csrf_token').notNull(),
  createdAt: createdAt(),
  expiresAt: tstz('expires_at').notNull(),
}, (t) => [index('sessions_user_idx').on(t.userId)])
