// Staff accounts: creation (by admins, within their subtree, or by the CLI), sign-in with lock-out.
import { and, eq, isNull, sql } from 'drizzle-orm'
import { schema, type Db } from '../db/index.js'
import { errors } from '../http/errors.js'
import { hashPassword, verifyPassword } from '../privacy/codes.js'
import type { Role } from '../auth/roles.js'

export const MAX_FAILED_LOGINS = 5
export const LOCK_MINUTES = 15

export async function createUser(db: Db, input: { username: string; password: string; role: Role; unitId: number; displayName?: string; createdBy?: number }) {
  const password = await hashPassword(input.password)
  const rows = await db.insert(schema.users).values({
    username: input.username, displayName: input.displayName ?? input.username, passwordHash: password,
    role: input.role, unitId: input.unitId, createdBy: input.createdBy,
  }).onConflictDoNothing({ target: schema.users.username }).returning()
  if (!rows[0]) throw errors.usernameTaken({ username: input.username })
  return rows[0]
}

/** Checks a password; counts failures and locks the account after MAX_FAILED_LOGINS in a row. */
export async function checkLogin(db: Db, username: string, password: string): Promise<number> {
  const [user] = await db.select().from(schema.users).where(eq(schema.users.username, username))
  if (!user) {
    await hashPassword(password) // spend the same time as a real check, so usernames cannot be probed
    throw errors.badCredentials()
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) throw errors.accountLocked({ lockedUntil: user.lockedUntil.toISOString() })
  if (!(await verifyPassword(password, user.passwordHash))) {
    await db.update(schema.users).set({
      failedLogins: sql`${schema.users.failedLogins} + 1`,
      lockedUntil: sql`case when ${schema.users.failedLogins} + 1 >= ${MAX_FAILED_LOGINS} then now() + make_interval(mins => ${LOCK_MINUTES}) else null end`,
    }).where(eq(schema.users.id, user.id))
    if (user.failedLogins + 1 >= MAX_FAILED_LOGINS) throw errors.accountLocked()
    throw errors.badCredentials({ attemptsLeft: MAX_FAILED_LOGINS - user.failedLogins - 1 })
  }
  if (user.disabledAt) throw errors.accountDisabled()
  await db.update(schema.users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() }).where(eq(schema.users.id, user.id))
  return user.id
}

export interface StaffUser {
  id: number
  username: string
  displayName: string
  role: Role
  /** `isDefault`: the division's own centre (a department or the inspection unit is not) */
  unit: { id: number; name: string; divisionCode: string; level: string; isDefault?: boolean }
}

/** An enabled user with their unit, as every request sees them. */
export async function findStaffUser(db: Db, userId: number): Promise<StaffUser | null> {
  const [row] = await db.select({ user: schema.users, unit: schema.units }).from(schema.users)
    .innerJoin(schema.units, eq(schema.units.id, schema.users.unitId))
    .where(and(eq(schema.users.id, userId), isNull(schema.users.disabledAt)))
  if (!row) return null
  const { user, unit } = row
  return {
    id: user.id, username: user.username, displayName: user.displayName, role: user.role,
    unit: { id: unit.id, name: unit.name, divisionCode: unit.divisionCode, level: unit.level, isDefault: unit.isDefault },
  }
}
