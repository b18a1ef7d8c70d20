// Admin: users, units, routing rules, holiday overrides.
import { api } from './client'
import type { Body } from '../../shared/api'

export const adminApi = {
  users: () => api.get('/api/users'),
  createUser: (u: Body<'/api/users'>) => api.post('/api/users', u),
  disableUser: (id: number) => api.post('/api/users/{id}/disable', {}, { path: { id } }),
  /** 重置二次验证: the user sets one up again at the next sign-in; their sessions end */
  resetSecondFactor: (id: number, reason: string) => api.post('/api/users/{id}/second-factor/reset', { reason }, { path: { id } }),
  createUnit: (u: Body<'/api/units'>) => api.post('/api/units', u),
  rules: () => api.get('/api/routing-rules'),
  saveRule: (category: string, r: Body<'/api/routing-rules/{category}', 'put'>) => api.put('/api/routing-rules/{category}', r, { path: { category } }),
  holidays: () => api.get('/api/holiday-overrides'),
  saveHoliday: (day: string, h: Body<'/api/holiday-overrides/{day}', 'put'>) => api.put('/api/holiday-overrides/{day}', h, { path: { day } }),
  deleteHoliday: (day: string) => api.del('/api/holiday-overrides/{day}', { path: { day } }),
}
