// 预警: turns due deadlines into WARN (yellow at 80%, red when due) and TIMEOUT (evaluation unanswered for 7 days)
// events; an evaluation unanswered for 3 days becomes a 回访 task when the complainant can be phoned.
import { applyEvent } from '../src/cases/apply.js'
import { deriveColumns, warningDue } from '../src/cases/derive.js'
import { caseMachine, type CaseSnapshot } from '../src/cases/machine.js'
import type { CaseServices } from '../src/cases/services.js'
import { AppError } from '../src/http/errors.js'
import { createCallbackTask } from '../src/notify/deliver.js'

const RANK = { none: 0, yellow: 1, red: 2 } as const
const SYSTEM = { kind: 'system' } as const

export interface ScanResult { checked: number; warned: number; timedOut: number; callbacks: number }

export async function scanDeadlines(services: CaseServices, now = services.now?.() ?? new Date(), limit = 500): Promise<ScanResult> {
  const due = await services.sql`
    select id, state, warning, received_at, link_started_at, link_due_at, overall_due_at
    from cases where next_check_at <= ${now} order by next_check_at limit ${limit}`
  const result: ScanResult = { checked: due.length, warned: 0, timedOut: 0, callbacks: 0 }
  const at = () => now
  const scoped: CaseServices = { ...services, now: at }
  for (const row of due) {
    const id = Number(row.id)
    try {
      if (row.state === 'evaluation') {
        if (row.link_due_at && now >= row.link_due_at) {
          await applyEvent(scoped, id, { type: 'TIMEOUT' }, SYSTEM)
          result.timedOut++
          continue
        }
        if (await evaluationCallback(services, id)) result.callbacks++
      } else {
        const level = warningDue({ linkStartedAt: row.link_started_at, linkDueAt: row.link_due_at, overallDueAt: row.overall_due_at, receivedAt: row.received_at }, now)
        if (RANK[level] > RANK[row.warning as keyof typeof RANK]) {
          await applyEvent(scoped, id, { type: 'WARN', level }, SYSTEM)
          result.warned++
          continue
        }
      }
      await recheckLater(services, id, now)
    } catch (err) {
      // another worker or user moved the case first: its next check was recomputed by that change
      if (!(err instanceof AppError && err.statusCode === 409)) throw err
    }
  }
  return result
}

/**
 * 电话回访评价 for a complainant with a phone number, unless an operator already has the case on their
 * list. The complainant's line: the reporting line's cases are called back from it.
 */
async function evaluationCallback(services: CaseServices, id: number): Promise<boolean> {
  const [c] = await services.sql`
    select k.channel from complaints k
    where k.id = ${id} and not k.anonymous and k.phone_hash is not null
      and not exists (select 1 from callback_tasks t where t.case_id = k.id and t.status = 'open')`
  if (!c) return false
  await createCallbackTask(services.sql, id, c.channel === 'phone' ? 'phone' : 'hotline', 'evaluation_due')
  return true
}

/** Nothing to send yet (the clock moved, e.g. after a holiday override): schedule the next look. */
async function recheckLater(services: CaseServices, id: number, now: Date): Promise<void> {
  await services.sql.begin(async (tx) => {
    const [row] = await tx`select snapshot, state, current_unit_id, link_started_at, overall_due_at from cases where id = ${id} for update`
    if (!row) return
    const snapshot = caseMachine.resolveState(row.snapshot) as CaseSnapshot
    const d = deriveColumns(services.calendar, snapshot, now, { state: row.state, currentUnitId: row.current_unit_id === null ? null : Number(row.current_unit_id), linkStartedAt: row.link_started_at, overallDueAt: row.overall_due_at })
    const next = d.nextCheckAt && d.nextCheckAt <= now ? new Date(now.getTime() + 60_000) : d.nextCheckAt
    await tx`update cases set next_check_at = ${next}, link_due_at = ${d.linkDueAt}, overall_due_at = ${d.overallDueAt} where id = ${id}`
  })
}
