export const ROLES = ['operator', 'clerk', 'dispatcher', 'officer', 'supervisor', 'inspector', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const roleLabels: Record<Role, string> = {
  operator: '话务员', clerk: '登记员', dispatcher: '派单员', officer: '承办人',
  supervisor: '审核督办', inspector: '电子监察', admin: '系统管理员',
}

/** Roles that must sign in with a second factor (TOTP); everyone else may turn one on. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['admin', 'inspector']
