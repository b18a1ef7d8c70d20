// Admin: users, units, routing rules, holiday overrides.
import { http } from './client'
import type { HolidayOverride, Role, RoutingRule, UnitRef, UserRow, Level } from './types'

export const adminApi = {
  users: () => http.get<UserRow[]>('/api/users'),
  createUser: (u: { username: string; password: string; role: Role; unitId: number; displayName?: string }) => http.post<UserRow>('/api/users', u),
  disableUser: (id: number) => http.post<{ ok: true }>(`/api/users/${id}/disable`),
  createUnit: (u: { name: string; divisionCode: string }) => http.post<UnitRef>('/api/units', u),
  rules: () => http.get<RoutingRule[]>('/api/routing-rules'),
  saveRule: (category: string, r: { label: string; level: Level }) => http.put<RoutingRule>(`/api/routing-rules/${category}`, r),
  holidays: () => http.get<HolidayOverride[]>('/api/holiday-overrides'),
  saveHoliday: (day: string, h: { isWorkday: boolean; note?: string }) => http.put<HolidayOverride>(`/api/holiday-overrides/${day}`, h),
  deleteHoliday: (day: string) => http.del<{ ok: true }>(`/api/holiday-overrides/${day}`),
}
