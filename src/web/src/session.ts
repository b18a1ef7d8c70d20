// Who is signed in (one reactive store for the whole console), and where each role starts work.
import { reactive, readonly } from 'vue'
import { authApi } from './api/auth'
import { setCsrfToken } from './api/client'
import type { Role, StaffUser } from './api/types'

// mustChangePassword: the first admin, or a user whose password an admin reset, changes it before anything else
const state = reactive<{ user: StaffUser | null; checked: boolean; mustChangePassword: boolean }>({ user: null, checked: false, mustChangePassword: false })

export const session = readonly(state)

/** The page each role lives in. */
export const landingOf: Record<Role, string> = {
  operator: '/calls',
  clerk: '/register',
  dispatcher: '/intake',
  officer: '/work',
  supervisor: '/work',
  inspector: '/board',
  admin: '/admin/users',
}

/** Set while a session may exist, so a first visit does not ask the server (and log a 401) for nothing. */
const HINT = 'suqiu.session'
const hint = {
  get: () => { try { return localStorage.getItem(HINT) === '1' } catch { return true } },
  set: (on: boolean) => { try { if (on) localStorage.setItem(HINT, '1'); else localStorage.removeItem(HINT) } catch { /* ignore */ } },
}

export async function restoreSession(): Promise<StaffUser | null> {
  if (state.checked) return state.user
  if (!hint.get()) { state.checked = true; return null }
  try {
    const { user, csrfToken, mustChangePassword } = await authApi.me()
    state.user = user
    state.mustChangePassword = mustChangePassword
    setCsrfToken(csrfToken)
  } catch {
    state.user = null
    hint.set(false)
  }
  state.checked = true
  return state.user
}

export async function signIn(username: string, password: string): Promise<StaffUser> {
  const { user, csrfToken, mustChangePassword } = await authApi.login(username, password)
  state.user = user
  state.mustChangePassword = mustChangePassword
  state.checked = true
  setCsrfToken(csrfToken)
  hint.set(true)
  return user
}

/** 修改密码: the current password and a new one; afterwards the console opens as usual. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await authApi.changePassword(currentPassword, newPassword)
  state.mustChangePassword = false
}

export async function signOut(): Promise<void> {
  try { await authApi.logout() } catch { /* the session may already be gone */ }
  forgetSession()
}

export function forgetSession(): void {
  hint.set(false)
  state.user = null
  state.mustChangePassword = false
  state.checked = true
  setCsrfToken(null)
}

export const hasRole = (...roles: Role[]) => !!state.user && roles.includes(state.user.role)
