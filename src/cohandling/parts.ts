// 协办任务: an assisting unit's parts (case_parts, derived from the snapshots by applyEvent), most urgent first, each
// with its own warning (yellow at 80 % of its time, red when due). Only cases the user may see (visibleTo).
import type { Sql } from 'postgres'
import { yellowAt } from '../calendar/deadlines.js'
import { partStatusLabels, stateLabels, type PartStatus } from '../cases/machine.js'
import { visibleTo } from '../cases/access.js'
import type { StaffUser } from '../users/service.js'

export const PART_QUEUES = ['open', 'closed', 'all'] as const
export type PartQueue = (typeof PART_QUEUES)[number]

/** A part's warning now: its own clock, from assignment to its deadline (signing has its own, one working day). */
export function partWarning(p: { status: string; assigned_at: Date; due_at: Date; sign_due_at: Date; signed_at: Date | null }, now: Date): 'none' | 'yellow' | 'red' {
  if (p.status !== 'assigned' && p.status !== 'handling') return 'none'
  if (now >= p.due_at || (p.status === 'assigned' && now >= p.sign_due_at)) return 'red'
  return now >= yellowAt(p.assigned_at, p.due_at) ? 'yellow' : 'none'
}

export async function listParts(sql: Sql, user: StaffUser, query: { queue: PartQueue; page: number; pageSize: number }) {
  const status = query.queue === 'open' ? sql`and p.status in ('assigned', 'handling')`
    : query.queue === 'closed' ? sql`and p.status not in ('assigned', 'handling')` : sql``
  const rows = await sql`
    select p.case_id, p.seq, p.status, p.assigned_at, p.sign_due_at, p.due_at, p.signed_at, p.closed_at, p.late, p.lead_unit_id,
           u.name as lead_unit_name, k.case_number, k.title, c.state, count(*) over () as total
    from case_parts p join cases c on c.id = p.case_id join complaints k on k.id = p.case_id join units u on u.id = p.lead_unit_id
    where p.unit_id = ${user.unit.id} ${status} and ${visibleTo(sql, user)}
    order by (p.status in ('assigned', 'handling')) desc, p.due_at, p.case_id
    limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`
  const now = new Date()
  return {
    total: rows.length ? Number(rows[0].total) : 0,
    page: query.page, pageSize: query.pageSize,
    items: rows.map((r) => {
      const warning = partWarning(r as never, now)
      return {
        caseId: Number(r.case_id), seq: r.seq as number, caseNumber: r.case_number as string, title: r.title as string,
        state: r.state as string, stateLabel: stateLabels[r.state as keyof typeof stateLabels] ?? r.state,
        status: r.status as PartStatus, statusLabel: partStatusLabels[r.status as PartStatus],
        leadUnit: { id: Number(r.lead_unit_id), name: r.lead_unit_name as string },
        assignedAt: r.assigned_at.toISOString(), signDueAt: r.sign_due_at.toISOString(), dueAt: r.due_at.toISOString(),
        signedAt: r.signed_at?.toISOString() ?? null, closedAt: r.closed_at?.toISOString() ?? null, late: r.late as boolean,
        warning, warningLabel: stateLabels[warning],
      }
    }),
  }
}
