// Sign-in, sign-out and the current user.
import { http } from './client'
import type { StaffUser } from './types'

export interface SessionAnswer { user: StaffUser; csrfToken: string; mustChangePassword: boolean }

export const authApi = {
  login: (username: string, password: string) => http.post<SessionAnswer>('/api/auth/login', { username, password }, { quiet: true }),
  logout: () => http.post<{ ok: true }>('/api/auth/logout', {}, { quiet: true }),
  changePassword: (currentPassword: string, newPassword: string) => http.post<{ ok: true }>('/api/me/password', { currentPassword, newPassword }, { quiet: true }),
  me: () => http.get<SessionAnswer>('/api/me', { quiet: true }),
}
