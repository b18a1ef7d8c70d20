// 回访 tasks: an operator phones the complainant when the result could not go by SMS, the SMS failed,
// or an evaluation is due by phone. The outcome is recorded; a rating given on the phone is EVALUATE.
import type { Sql, TransactionSql } from 'postgres'
import { appendAudit } from '../audit/log.js'
import { applyEvent } from '../cases/apply.js'
import { visibleTo } from '../cases/access.js'
import { stateLabels, type Rating } from '../cases/machine.js'
import type { CaseServices } from '../cases/services.js'
import { staffActor } from '../cases/view.js'
import { errors } from '../http/errors.js'
import type { StaffUser } from '../users/service.js'
import { servicesIn } from '../cases/services.js'

export const TASK_STATUSES = ['open', 'reached', 'not_reached', 'rated', 'closed'] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]
export type TaskOutcome = 'reached' | 'not_reached' | 'rated'

/** 三次未接通: after this many unanswered attempts the task is closed as not reached. */
export const MAX_ATTEMPTS = 3
/** The next attempt after an unanswered one. */
export const RETRY_HOURS = 4

export const reasonLabels: Record<string, string> = {
  sms_failed: '短信发送失败', result_by_phone: '电话告知办理结果', result_no_sms: '无法短信告知结果', evaluation_due: '电话回访评价',
}
export const taskStatusLabels: Record<TaskStatus, string> = { open: '待回访', reached: '已联系', not_reached: '未联系上', rated: '已评价', closed: '已关闭' }

export const callbackErrors = {
  notFound: (id: number) => errors.callbackNotFound({ taskId: id }),
  done: (id: number, status: string) => errors.callbackDone({ taskId: id, status }),
}

export interface TaskFilter { line?: string; status?: TaskStatus | 'done' }

export interface TaskView {
  id: number
  caseId: number
  caseNumber: string
  title: string
  line: string
  reason: string
  reasonLabel: string
  status: string
  statusLabel: string
  attempts: number
  dueAt: string | null
  phoneMasked: string | null
  anonymous: boolean
  caseState: string
  caseStateLabel: string
  /** what the operator tells the complainant: the reply that was approved or sent */
  resultText: string | null
  outcome: unknown
  createdAt: string
  updatedAt: string
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)

function viewOf(r: Record<string, any>): TaskView {
  return {
    id: Number(r.id), caseId: Number(r.case_id), caseNumber: r.case_number, title: r.title, line: r.line,
    reason: r.reason, reasonLabel: reasonLabels[r.reason] ?? r.reason,
    status: r.status, statusLabel: taskStatusLabels[r.status as TaskStatus] ?? r.status, attempts: r.attempts,
    dueAt: iso(r.due_at), phoneMasked: r.anonymous ? null : (r.phone_masked ?? null), anonymous: r.anonymous,
    caseState: r.state, caseStateLabel: stateLabels[r.state as keyof typeof stateLabels] ?? r.state,
    resultText: r.result_text ?? null, outcome: r.outcome ?? null, createdAt: iso(r.created_at)!, updatedAt: iso(r.updated_at)!,
  }
}

function selectTasks(sql: Sql | TransactionSql, user: StaffUser) {
  return sql`
    select t.id, t.case_id, t.line, t.reason, t.status, t.outcome, t.attempts, t.due_at, t.created_at, t.updated_at,
           k.case_number, k.title, k.anonymous, k.identity_masked->>'phone' as phone_masked, c.state,
           coalesce(c.snapshot->'context'->'feedback'->>'text', c.snapshot->'context'->'finalReply'->>'text') as result_text
    from callback_tasks t join cases c on c.id = t.case_id join complaints k on k.id = t.case_id
    where ${visibleTo(sql as Sql, user)}`
}

/** The tasks of the cases the user may see; open ones by due time, done ones newest first. */
export async function listTasks(sql: Sql, user: StaffUser, f: TaskFilter, limit = 200): Promise<TaskView[]> {
  const status = f.status ?? 'open'
  const rows = await sql`
    ${selectTasks(sql, user)}
      and (${f.line ?? null}::text is null or t.line = ${f.line ?? null})
      and (case when ${status} = 'done' then t.status <> 'open' else t.status = ${status} end)
      -- a call for a rating is moot once the case has its rating (by SMS, mail, tracking) or timed out
      and not (t.status = 'open' and t.reason = 'evaluation_due' and c.state <> 'evaluation')
    order by case when t.status = 'open' then t.due_at end asc nulls last, t.updated_at desc, t.id
    limit ${limit}`
  return rows.map(viewOf)
}

export async function getTask(sql: Sql | TransactionSql, user: StaffUser, id: number): Promise<TaskView> {
  const [row] = await sql`${selectTasks(sql, user)} and t.id = ${id}`
  if (!row) throw callbackErrors.notFound(id)
  return viewOf(row)
}

export interface OutcomeInput { outcome: TaskOutcome; rating?: Rating; note?: string }

/**
 * Records what came of a call-back, in one transaction: reached, not reached (open again in a few hours,
 * closed after MAX_ATTEMPTS), or a rating, which is the case's EVALUATE by the operator. A rating closes
 * every other open task of the case.
 */
export async function recordOutcome(services: CaseServices, user: StaffUser, id: number, input: OutcomeInput): Promise<TaskView> {
  if (input.outcome === 'rated' && !input.rating) {
    throw errors.validation({ fields: [{ field: 'rating', message: '请选择评价结果', messageEn: 'Give the rating' }] })
  }
  return services.sql.begin(async (tx) => {
    await getTask(tx, user, id) // 404 outside the user's jurisdiction
    const [task] = await tx`
      select t.id, t.case_id, t.status, t.reason, t.attempts, t.outcome, c.state from callback_tasks t join cases c on c.id = t.case_id
      where t.id = ${id} for update of t`
    if (task.status !== 'open') throw callbackErrors.done(id, task.status)
    if (task.reason === 'evaluation_due' && task.state !== 'evaluation') throw callbackErrors.done(id, task.state)
    const caseId = Number(task.case_id)
    const attempts = task.attempts + 1
    const entry = { outcome: input.outcome, rating: input.rating ?? null, note: input.note ?? null, by: user.id, at: new Date().toISOString(), attempt: attempts }
    const history = [...((task.outcome as { history?: unknown[] } | null)?.history ?? []), entry]
    let status: TaskStatus
    if (input.outcome === 'rated') {
      await applyEvent(servicesIn(services, tx), caseId, { type: 'EVALUATE', rating: input.rating!, comment: input.note ?? null }, staffActor(user))
      status = 'rated'
    } else if (input.outcome === 'reached') {
      status = 'reached'
    } else {
      status = attempts >= MAX_ATTEMPTS ? 'not_reached' : 'open'
    }
    await tx`
      update callback_tasks set status = ${status}, attempts = ${attempts}, assigned_to = coalesce(assigned_to, ${user.id}),
        outcome = ${tx.json({ last: entry, history } as never)}, updated_at = now(),
        due_at = case when ${status} = 'open' then now() + make_interval(hours => ${RETRY_HOURS}) else due_at end
      where id = ${id}`
    if (status === 'rated') {
      await tx`update callback_tasks set status = 'closed', updated_at = now() where case_id = ${caseId} and status = 'open' and id <> ${id}`
    }
    await appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'callback.outcome', caseId, detail: { taskId: id, outcome: input.outcome, status, attempt: attempts } }])
    return getTask(tx, user, id)
  })
}
