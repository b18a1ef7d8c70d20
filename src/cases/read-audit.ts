// 查阅留痕: every read of a report's (举报) detail — the case, its material, attachments, prints — leaves an audit row, so
// a leak can be traced to who read the report; inspectors and city admins list who read a case.
import type { Sql } from 'postgres'
import { appendAudit } from '../audit/log.js'
import type { StaffUser } from '../users/service.js'

/** What of a case was read. */
export type CaseRead = 'detail' | 'material' | 'attachments' | 'receipt' | 'reply_letter' | 'work_order'

/** The audit actions that record a staff user reading (or opening) something of a case. */
export const READ_ACTIONS = ['case.read', 'attachment.view', 'mail.original', 'identity.reveal', 'pin.reset'] as const

/** What the other read actions opened, when their detail does not say. */
const OPENED: Record<string, string> = { 'attachment.view': 'attachment', 'mail.original': 'mail' }

/** Writes a `case.read` audit row when the case (a cases row, or the staff view of it) is a report; other cases' reads are not recorded. */
export async function auditReportRead(sql: Sql, user: StaffUser, c: Readonly<Record<string, unknown>>, what: CaseRead): Promise<void> {
  if (c.type !== 'report') return
  await sql.begin((tx) => appendAudit(tx, [{
    actorUserId: user.id, actorKind: 'staff', action: 'case.read', caseId: Number(c.id),
    detail: { what, unitId: user.unit.id, role: user.role },
  }]))
}

export interface CaseReader {
  at: string
  action: string
  what: string | null
  user: { id: number; name: string; username: string } | null
  unit: { id: number; name: string } | null
  role: string | null
}

/** Who read the case, oldest first: each read with the reader, the unit they read it from, and when. */
export async function caseReaders(sql: Sql, caseId: number): Promise<CaseReader[]> {
  const rows = await sql`
    select a.created_at, a.action, a.detail, u.id as user_id, u.display_name, u.username, u.role,
           n.id as unit_id, n.name as unit_name
    from audit_log a
    left join users u on u.id = a.actor_user_id
    left join units n on n.id = coalesce(case when a.detail->>'unitId' ~ '^[0-9]{1,18}$' then (a.detail->>'unitId')::bigint end, u.unit_id)
    where a.case_id = ${caseId} and a.actor_kind = 'staff' and a.action = any(${[...READ_ACTIONS]})
    order by a.id`
  return rows.map((r) => ({
    at: new Date(r.created_at).toISOString(),
    action: r.action,
    what: (r.detail?.what as string | undefined) ?? OPENED[r.action] ?? (r.detail?.field as string | undefined) ?? null,
    user: r.user_id === null ? null : { id: Number(r.user_id), name: r.display_name, username: r.username },
    unit: r.unit_id === null ? null : { id: Number(r.unit_id), name: r.unit_name },
    role: (r.detail?.role as string | undefined) ?? r.role ?? null,
  }))
}
