// 协办 on the supervisors' board (issue 22): each row's assisting units judged on their own parts — parts open now and
// overdue, and of the parts assigned in the period, signed in time (响应), in on time, late, returned. The case's
// own figures (held, three rates) stay the lead's.
import type { PendingQuery, Row, Sql } from 'postgres'
import { visibleTo } from '../cases/access.js'
import type { StaffUser } from '../users/service.js'

export interface PartFigures {
  /** parts open now (待签收 or 协办中) */
  open: number
  /** of those, past their deadline, or unsigned past the signing day */
  overdue: number
  /** parts assigned in the period */
  assigned: number
  signedInTime: number
  /** submitted by their deadline */
  onTime: number
  /** submitted late, or lapsed (the lead replied without them past their deadline) */
  late: number
  returned: number
}

export const emptyPartFigures = (): PartFigures => ({ open: 0, overdue: 0, assigned: 0, signedInTime: 0, onTime: 0, late: 0, returned: 0 })

/**
 * The part figures by board row: `rowKey('a')` names the row of the assisting unit `a` (the board's own rule), `prefix`
 * its division subtree; only parts of cases the user may see (visibleTo: jurisdiction and recusal).
 */
export async function partFiguresByRow(sql: Sql, user: StaffUser, q: { rowKey: (alias: string) => PendingQuery<Row[]>; prefix: string; from: string; to: string }): Promise<Map<string, PartFigures>> {
  const rows = await sql`
    select ${q.rowKey('a')} as key,
      count(*) filter (where p.status in ('assigned', 'handling'))::int as open,
      count(*) filter (where p.status in ('assigned', 'handling') and (p.due_at < now() or (p.status = 'assigned' and p.sign_due_at < now())))::int as overdue,
      count(*) filter (where in_period)::int as assigned,
      count(*) filter (where in_period and p.signed_in_time)::int as signed_in_time,
      count(*) filter (where in_period and p.status = 'submitted' and not p.late)::int as on_time,
      count(*) filter (where in_period and p.late)::int as late,
      count(*) filter (where in_period and p.status = 'returned')::int as returned
    from (select p.*, (p.assigned_at at time zone 'Asia/Shanghai')::date between ${q.from}::date and ${q.to}::date as in_period from case_parts p) p
      join units a on a.id = p.unit_id join cases c on c.id = p.case_id
    where a.division_code like ${q.prefix + '%'} and p.status <> 'cancelled' and ${visibleTo(sql, user)}
    group by 1`
  return new Map(rows.map((r) => [r.key as string, {
    open: r.open, overdue: r.overdue, assigned: r.assigned, signedInTime: r.signed_in_time, onTime: r.on_time, late: r.late, returned: r.returned,
  }]))
}

export function sumPartFigures(all: Iterable<PartFigures>): PartFigures {
  const total = emptyPartFigures()
  for (const f of all) for (const k of Object.keys(total) as (keyof PartFigures)[]) total[k] += f[k]
  return total
}
