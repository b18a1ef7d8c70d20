// Sign-in, sign-out and the current user.
import { http } from './client'
import type { StaffUser } from './types'

export interface SessionAnswer { user: StaffUser; csrfToken: string; mustChangePassword: boolean; mustEnrolSecondFactor: boolean }
export interface SecondFactorStatus { enabled: boolean; required: boolean; enabledAt: string | null; recoveryCodesLeft: number }

export const authApi = {
  login: (username: string, password: string, code?: string) => http.post<SessionAnswer>('/api/auth/login', { username, password, ...(code ? { code } : {}) }, { quiet: true }),
  logout: () => http.post<{ ok: true }>('/api/auth/logout', {}, { quiet: true }),
  changePassword: (currentPassword: string, newPassword: string) => http.post<{ ok: true }>('/api/me/password', { currentPassword, newPassword }, { quiet: true }),
  me: () => http.get<SessionAnswer>('/api/me', { quiet: true }),
  // 二次验证 (TOTP)
  secondFactor: () => http.get<SecondFactorStatus>('/api/me/second-factor', { quiet: true }),
  enrolSecondFactor: () => http.post<{ secret: string; uri: string }>('/api/me/second-factor/enrol', {}, { quiet: true }),
  confirmSecondFactor: (code: string) => http.post<{ enabled: true; recoveryCodes: string[] }>('/api/me/second-factor/confirm', { code }, { quiet: true }),
}
