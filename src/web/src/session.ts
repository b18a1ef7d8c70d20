// Who is signed in (one reactive store for the whole console), and where each role starts work.
import { reactive, readonly } from 'vue'
import { authApi } from './api/auth'
import { setCsrfToken } from './api/client'
import type { Role, StaffUser } from './api/types'

// mustChangePassword: the first admin, or a user whose password an admin reset, changes it before anything else
// mustEnrolSecondFactor: an admin or inspector without an authenticator sets one up before anything else (二次验证)
const state = reactive<{ user: StaffUser | null; checked: boolean; mustChangePassword: boolean; mustEnrolSecondFactor: boolean }>({ user: null, checked: false, mustChangePassword: false, mustEnrolSecondFactor: false })

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
    const { user, csrfToken, mustChangePassword, mustEnrolSecondFactor } = await authApi.me()
    state.user = user
    state.mustChangePassword = mustChangePassword
    state.mustEnrolSecondFactor = mustEnrolSecondFactor
    setCsrfToken(csrfToken)
  } catch {
    state.user = null
    hint.set(false)
  }
  state.checked = true
  return state.user
}

/** `code`: the authenticator's code (or a recovery code), once the server answered second_factor_required. */
export async function signIn(username: string, password: string, code?: string): Promise<StaffUser> {
  const { user, csrfToken, mustChangePassword, mustEnrolSecondFactor } = await authApi.login(username, password, code)
  state.user = user
  state.mustChangePassword = mustChangePassword
  state.mustEnrolSecondFactor = mustEnrolSecondFactor
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

/** The first code confirmed the authenticator: the console opens as usual; the recovery codes are shown once. */
export async function confirmSecondFactor(code: string): Promise<string[]> {
  const { recoveryCodes } = await authApi.confirmSecondFactor(code)
  state.mustEnrolSecondFactor = false
  return recoveryCodes
}

export async function signOut(): Promise<void> {
  try { await authApi.logout() } catch { /* the session may already be gone */ }
  forgetSession()
}

export function forgetSession(): void {
  hint.set(false)
  state.user = null
  state.mustChangePassword = false
  state.mustEnrolSecondFactor = false
  state.checked = true
  setCsrfToken(null)
}

export const hasRole = (...roles: Role[]) => !!state.user && roles.includes(state.user.role)
