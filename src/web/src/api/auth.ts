// Sign-in, sign-out and the current user.
import { api } from './client'
import type { Answer } from '../../shared/api'

export type SessionAnswer = Answer<'/api/me'>
export type SecondFactorStatus = Answer<'/api/me/second-factor'>

export const authApi = {
  login: (username: string, password: string, code?: string) => api.post('/api/auth/login', { username, password, ...(code ? { code } : {}) }, { quiet: true }),
  logout: () => api.post('/api/auth/logout', {}, { quiet: true }),
  changePassword: (currentPassword: string, newPassword: string) => api.post('/api/me/password', { currentPassword, newPassword }, { quiet: true }),
  me: () => api.get('/api/me', { quiet: true }),
  // 二次验证 (TOTP)
  secondFactor: () => api.get('/api/me/second-factor', { quiet: true }),
  enrolSecondFactor: () => api.post('/api/me/second-factor/enrol', {}, { quiet: true }),
  confirmSecondFactor: (code: string) => api.post('/api/me/second-factor/confirm', { code }, { quiet: true }),
}
