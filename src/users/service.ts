// Staff accounts: creation (by admins, within their subtree, or by the CLI) and the user every request sees.
// Sign-in and its throttling live in src/auth (growing delays, never a lock a stranger can trigger).
import { and, eq, isNull } from 'drizzle-orm'
import { schema, type Db } from '../db/index.js'
import { errors } from '../http/errors.js'
import { hashPassword } from '../privacy/codes.js'
import type { Role } from '../auth/roles.js'

export async function createUser(db: Db, input: { username: string; password: string; role: Role; unitId: number; displayName?: string; createdBy?: number }) {
  const password = await hashPassword(input.password)
  const rows = await db.insert(schema.users).values({
    username: input.username, displayName: input.displayName ?? input.username, passwordHash: password,
    role: input.role, unitId: input.unitId, createdBy: input.createdBy,
  }).onConflictDoNothing({ target: schema.users.username }).returning()
  if (!rows[0]) throw errors.usernameTaken({ username: input.username })
  return rows[0]
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
