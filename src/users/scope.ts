// 管理范围: an admin administers the units and users of their unit's subtree; city-wide settings (working calendar,
// categories and routing rules, Open311 API keys) belong to the city's admins alone.
import { errors } from '../http/errors.js'
import type { StaffUser } from './service.js'

/** An admin whose unit sits at city level (the root of the four-level linkage). */
export function isCityAdmin(user: StaffUser): boolean {
  return user.role === 'admin' && user.unit.level === 'city'
}

/** Throws 403 `city_admin_only` unless the user is a city admin. */
export function assertCityAdmin(user: StaffUser): void {
  if (!isCityAdmin(user)) throw errors.cityAdminOnly({ unitLevel: user.unit.level })
}
