// 管理范围: an admin administers the units and users of their unit's subtree in the units tree (unit_ancestors,
// migration 0015: the centres down the divisions, a department under its division's centre, the city's inspection
// unit a root of its own, so the centre it inspects cannot plant or disable its accounts); city-wide settings (working
// calendar, categories and routing rules, Open311 API keys) belong to the city's admins alone.
import { and, eq, sql } from 'drizzle-orm'
import { schema, type Db } from '../db/index.js'
import { errors } from '../http/errors.js'
import type { StaffUser } from './service.js'

/** An admin of the city centre: the default unit of the city, the root of the four-level linkage (not a department). */
export function isCityAdmin(user: StaffUser): boolean {
  return user.role === 'admin' && user.unit.level === 'city' && user.unit.isDefault === true
}

/** Throws 403 `city_admin_only` unless the user is a city admin. */
export function assertCityAdmin(user: StaffUser): void {
  if (!isCityAdmin(user)) throw errors.cityAdminOnly({ unitLevel: user.unit.level })
}

/** A condition on schema.units: the unit is the admin's own or lies below it. */
export function administeredBy(admin: StaffUser) {
  return sql`${admin.unit.id}::bigint = any(unit_ancestors(${schema.units.id}))`
}

/** The unit, when the admin administers it; 404 unit_not_found or 403 outside_jurisdiction otherwise. */
export async function administeredUnit(db: Db, admin: StaffUser, unitId: number) {
  const [row] = await db.select({ unit: schema.units, mine: administeredBy(admin).mapWith(Boolean) }).from(schema.units).where(eq(schema.units.id, unitId))
  if (!row) throw errors.unitNotFound({ unitId })
  if (!row.mine) throw errors.outsideJurisdiction({ unitId })
  return row.unit
}

/** Whether the admin may add a unit at a division: the new unit hangs under that division's default unit. */
export async function mayAddUnitAt(db: Db, admin: StaffUser, divisionCode: string): Promise<boolean> {
  const [row] = await db.select({ id: schema.units.id }).from(schema.units)
    .where(and(eq(schema.units.divisionCode, divisionCode), eq(schema.units.isDefault, true), administeredBy(admin))).limit(1)
  return !!row
}
