// 督办单 (issue 22): a numbered notice from a supervisor or inspector to a unit on a case — reason, required action,
// deadline. The unit acknowledges (签收) and answers (答复); a notice unanswered by its deadline is escalated to the
// unit's parent (a new notice, numbered in turn). Issuing is also the case's SUPERVISE event (through applyEvent, so
// the case's supervision count and audit trail carry it); every other step is an audit row. Reads go through the one
// scope rule (visibleTo): a notice is seen by those who may see its case, so recusal holds for notices too.
import type { Sql, TransactionSql } from 'postgres'
import { appendAudit } from '../audit/log.js'
import { errors } from '../http/errors.js'
import { applyEvent } from '../cases/apply.js'
import { servicesIn, type CaseServices } from '../cases/services.js'
import { visibleTo, inspectionUnitOf } from '../cases/access.js'
import { staffActor } from '../cases/view.js'
import type { StaffUser } from '../users/service.js'
import { openUnansweredNotice } from '../accountability/open.js'
import { encodeLiveEvent, notifyIn } from '../live/events.js'

export const NOTICE_STATUS_LABELS = { issued: '待签收', acknowledged: '已签收', answered: '已答复', escalated: '逾期未答复，已提级督办' } as const
export type NoticeStatus = keyof typeof NOTICE_STATUS_LABELS
const OPEN: NoticeStatus[] = ['issued', 'acknowledged']
/** an escalated notice's deadline, in working days */
export const ESCALATION_WORKING_DAYS = 2

export interface NoticeInput { unitId: number; reason: string; requiredAction: string; workingDays: number }

const noticeNumber = (year: number, n: number) => `督办〔${year}〕第${n}号`

/**
 * The live message of a notice issued (by hand, by escalation or by the red rule): to the unit it goes to, never to a
 * unit recused from its case; NOTIFYed inside the transaction, so it goes out with the commit and never on a rollback.
 */
function noticeIssuedLive(tx: TransactionSql, n: { id: number; number: string; caseId: number; unitId: number; dueAt: Date; recuseUnitId: number | null; automatic: boolean }) {
  return notifyIn(tx, encodeLiveEvent({
    topic: 'notice.issued', unitIds: [n.unitId], ...(n.recuseUnitId ? { recuseUnitId: n.recuseUnitId } : {}),
    payload: { noticeId: n.id, number: n.number, caseId: n.caseId, unitId: n.unitId, dueAt: n.dueAt.toISOString(), automatic: n.automatic },
  }))
}

async function nextNumber(tx: TransactionSql, at: Date): Promise<string> {
  const [{ n }] = await tx<{ n: string }[]>`select nextval('supervision_notice_seq') as n`
  return noticeNumber(Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(at)), Number(n))
}

/**
 * 下发督办单: the case must be one the issuer may see (the caller has checked) and the unit one that works on it (a unit
 * of its chain or an assisting unit, never one the case is hidden from); the case's SUPERVISE event and the notice are
 * written in one transaction.
 */
export async function issueNotice(services: CaseServices, user: StaffUser, caseId: number, input: NoticeInput): Promise<{ id: number; number: string }> {
  const now = services.now?.() ?? new Date()
  return services.sql.begin(async (tx) => {
    const [c] = await tx`select chain_unit_ids, recuse_unit_id from cases where id = ${caseId}`
    const [unit] = await tx`select u.id, (${c?.recuse_unit_id ?? null}::bigint = any(unit_ancestors(u.id))) as recused from units u where u.id = ${input.unitId} and u.active`
    if (!c || !unit) throw errors.unitNotFound({ unitId: input.unitId })
    if (unit.recused) throw errors.recusal({ reason: 'accused_subtree', unitId: input.unitId })
    if (!(c.chain_unit_ids as string[]).map(Number).includes(input.unitId)) throw errors.noticeUnitNotOnCase({ unitId: input.unitId })
    const number = await nextNumber(tx, now)
    const dueAt = services.calendar.addWorkingDays(now, input.workingDays)
    await applyEvent(servicesIn(services, tx), caseId, { type: 'SUPERVISE', note: `${number}：${input.reason}` }, staffActor(user))
    const [row] = await tx`
      insert into supervision_notices (number, case_id, unit_id, issuer_user_id, issuer_unit_id, reason, required_action, due_at, created_at)
      values (${number}, ${caseId}, ${input.unitId}, ${user.id}, ${user.unit.id}, ${input.reason}, ${input.requiredAction}, ${dueAt}, ${now})
      returning id`
    await noticeIssuedLive(tx, { id: Number(row.id), number, caseId, unitId: input.unitId, dueAt, recuseUnitId: c.recuse_unit_id === null ? null : Number(c.recuse_unit_id), automatic: false })
    return { id: Number(row.id), number }
  })
}

/** A notice the user may see (its case is visible to them), or 404 as for one that does not exist. */
export async function loadVisibleNotice(sql: Sql | TransactionSql, id: number, user: StaffUser) {
  const [row] = await sql`
    select n.*, k.case_number, k.title, u.name as unit_name, i.name as issuer_unit_name, iu.display_name as issuer_name
    from supervision_notices n join cases c on c.id = n.case_id join complaints k on k.id = n.case_id
      join units u on u.id = n.unit_id join units i on i.id = n.issuer_unit_id left join users iu on iu.id = n.issuer_user_id
    where n.id = ${id} and ${visibleTo(sql, user)}`
  if (!row) throw errors.noticeNotFound({ noticeId: id })
  return row
}

/** 签收 / 答复 by the unit the notice went to; a step out of turn is 409, never a silent no-op. */
export async function respondToNotice(sql: Sql, user: StaffUser, id: number, step: 'acknowledge' | 'answer', answer?: string): Promise<void> {
  await sql.begin(async (tx) => {
    const n = await loadVisibleNotice(tx, id, user)
    if (Number(n.unit_id) !== user.unit.id) throw errors.wrongUnit({ event: `notice.${step}` })
    const updated = step === 'acknowledge'
      ? await tx`update supervision_notices set status = 'acknowledged', acknowledged_at = now(), acknowledged_by = ${user.id} where id = ${id} and status = 'issued' returning id`
      : await tx`update supervision_notices set status = 'answered', answer = ${answer ?? ''}, answered_at = now(), answered_by = ${user.id},
                   acknowledged_at = coalesce(acknowledged_at, now()), acknowledged_by = coalesce(acknowledged_by, ${user.id})
                 where id = ${id} and status = any(${OPEN}) returning id`
    if (!updated.length) throw errors.noticeWrongState({ status: n.status })
    await appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: `notice.${step}`, caseId: Number(n.case_id), detail: { noticeId: id, number: n.number } }])
  })
}

/**
 * The deadline job: every notice still open past its deadline is marked escalated, and a new notice on the same case
 * goes to the unit's parent (above the city centre: the city's inspection unit), due in ESCALATION_WORKING_DAYS; the
 * unit that left it unanswered gets a 问责 record (src/accountability/open.ts), in the same transaction.
 */
export async function escalateOverdueNotices(services: CaseServices, now = services.now?.() ?? new Date()): Promise<number> {
  return services.sql.begin(async (tx) => {
    const due = await tx`
      select n.id, n.number, n.case_id, n.unit_id, n.issuer_unit_id, n.reason, n.required_action, n.created_at, n.due_at, n.acknowledged_at,
             (unit_ancestors(n.unit_id))[2] as parent_id, (select recuse_unit_id from cases where id = n.case_id) as recuse_unit_id
      from supervision_notices n where n.status = any(${OPEN}) and n.due_at < ${now} order by n.id for update skip locked`
    const inspection = due.length ? await inspectionUnitOf(tx, services.cityCode) : null
    for (const n of due) {
      const parent = n.parent_id === null ? inspection : Number(n.parent_id)
      await tx`update supervision_notices set status = 'escalated', escalated_at = ${now} where id = ${n.id}`
      let escalatedTo: number | null = null
      if (parent !== null) {
        const number = await nextNumber(tx, now)
        const dueAt = services.calendar.addWorkingDays(now, ESCALATION_WORKING_DAYS)
        const [row] = await tx`
          insert into supervision_notices (number, case_id, unit_id, issuer_user_id, issuer_unit_id, reason, required_action, due_at, escalated_from, automatic, created_at)
          values (${number}, ${n.case_id}, ${parent}, null, ${n.issuer_unit_id}, ${`${n.number} 逾期未答复：${n.reason}`}, ${n.required_action},
                  ${dueAt}, ${n.id}, true, ${now})
          returning id`
        escalatedTo = Number(row.id)
        await noticeIssuedLive(tx, { id: escalatedTo, number, caseId: Number(n.case_id), unitId: parent, dueAt, recuseUnitId: n.recuse_unit_id === null ? null : Number(n.recuse_unit_id), automatic: true })
      }
      await appendAudit(tx, [{ actorUserId: null, actorKind: 'system', action: 'notice.escalate', caseId: Number(n.case_id), detail: { noticeId: Number(n.id), number: n.number, escalatedTo, toUnitId: parent } }])
      // 问责: the unit that left it unanswered (issue 22, art. 8)
      await openUnansweredNotice(tx, {
        id: Number(n.id), number: n.number, caseId: Number(n.case_id), unitId: Number(n.unit_id), reason: n.reason, requiredAction: n.required_action,
        createdAt: n.created_at, dueAt: n.due_at, acknowledgedAt: n.acknowledged_at, escalatedTo,
      }, now)
    }
    return due.length
  })
}

export const NOTICE_BOXES = ['received', 'issued', 'all'] as const
export type NoticeBox = (typeof NOTICE_BOXES)[number]

/** 督办单 lists: what came to the user's unit, what it issued, or every notice of the cases the user may see. */
export async function listNotices(sql: Sql, user: StaffUser, box: NoticeBox, page: number, pageSize: number, caseId?: number) {
  const which = box === 'received' ? sql`and n.unit_id = ${user.unit.id}` : box === 'issued' ? sql`and n.issuer_unit_id = ${user.unit.id}` : sql``
  const ofCase = caseId ? sql`and n.case_id = ${caseId}` : sql``
  const rows = await sql`
    select n.id, n.number, n.case_id, n.unit_id, n.status, n.reason, n.required_action, n.due_at, n.created_at, n.answered_at, n.automatic,
           k.case_number, u.name as unit_name, count(*) over () as total
    from supervision_notices n join cases c on c.id = n.case_id join complaints k on k.id = n.case_id join units u on u.id = n.unit_id
    where ${visibleTo(sql, user)} ${which} ${ofCase}
    order by (n.status in ('issued', 'acknowledged')) desc, n.due_at, n.id
    limit ${pageSize} offset ${(page - 1) * pageSize}`
  return { total: rows.length ? Number(rows[0].total) : 0, page, pageSize, items: rows.map(noticeItem) }
}

export function noticeItem(r: Record<string, unknown>) {
  const iso = (d: unknown) => (d ? (d as Date).toISOString() : null)
  return {
    id: Number(r.id), number: r.number as string, caseId: Number(r.case_id), caseNumber: r.case_number as string,
    unit: { id: Number(r.unit_id), name: r.unit_name as string },
    status: r.status as NoticeStatus, statusLabel: NOTICE_STATUS_LABELS[r.status as NoticeStatus],
    reason: r.reason as string, requiredAction: r.required_action as string, dueAt: iso(r.due_at), createdAt: iso(r.created_at),
    answeredAt: iso(r.answered_at), automatic: r.automatic as boolean,
    ...(r.answer !== undefined ? { answer: r.answer as string | null } : {}),
    ...(r.issuer_unit_name !== undefined ? { issuerUnit: r.issuer_unit_name as string, issuer: (r.issuer_name as string | null) ?? '系统（逾期提级）' } : {}),
  }
}

// ---------------------------------------------------------------------------------------------
// 自动督办: a notice raised by itself when a case turns red, by the city admins' rule

export interface NoticeRule { redEnabled: boolean; workingDays: number; requiredAction: string }

export async function noticeRule(sql: Sql | TransactionSql): Promise<NoticeRule> {
  const [r] = await sql`select red_enabled, working_days, required_action from supervision_rules where id = 1`
  return r ? { redEnabled: r.red_enabled, workingDays: r.working_days, requiredAction: r.required_action } : { redEnabled: false, workingDays: 2, requiredAction: '立即办理，并书面说明超期原因' }
}

export async function setNoticeRule(sql: Sql, user: StaffUser, rule: NoticeRule): Promise<NoticeRule> {
  await sql.begin(async (tx) => {
    await tx`
      insert into supervision_rules (id, red_enabled, working_days, required_action, updated_by, updated_at)
      values (1, ${rule.redEnabled}, ${rule.workingDays}, ${rule.requiredAction}, ${user.id}, now())
      on conflict (id) do update set red_enabled = excluded.red_enabled, working_days = excluded.working_days,
        required_action = excluded.required_action, updated_by = excluded.updated_by, updated_at = now()`
    await appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'admin.notice_rule', caseId: null, detail: { ...rule } }])
  })
  return noticeRule(sql)
}

/**
 * With the rule on, every open red case gets one automatic notice to the unit holding it (from its receiving centre),
 * unless that unit already has one on the case; the unit holding a case is never one it is hidden from.
 */
export async function raiseRedNotices(services: CaseServices, now = services.now?.() ?? new Date()): Promise<number> {
  const rule = await noticeRule(services.sql)
  if (!rule.redEnabled) return 0
  return services.sql.begin(async (tx) => {
    const red = await tx`
      select c.id, c.current_unit_id, c.root_unit_id, c.recuse_unit_id from cases c
      where c.warning = 'red' and c.closed_at is null and c.current_unit_id is not null
        and not exists (select 1 from supervision_notices n where n.case_id = c.id and n.unit_id = c.current_unit_id and n.automatic and n.escalated_from is null)
      order by c.id limit 500`
    for (const c of red) {
      const number = await nextNumber(tx, now)
      const dueAt = services.calendar.addWorkingDays(now, rule.workingDays)
      const [row] = await tx`
        insert into supervision_notices (number, case_id, unit_id, issuer_user_id, issuer_unit_id, reason, required_action, due_at, automatic, created_at)
        values (${number}, ${c.id}, ${c.current_unit_id}, null, ${c.root_unit_id}, '红牌超期，自动督办', ${rule.requiredAction},
                ${dueAt}, true, ${now})
        returning id`
      await noticeIssuedLive(tx, { id: Number(row.id), number, caseId: Number(c.id), unitId: Number(c.current_unit_id), dueAt, recuseUnitId: c.recuse_unit_id === null ? null : Number(c.recuse_unit_id), automatic: true })
      await appendAudit(tx, [{ actorUserId: null, actorKind: 'system', action: 'notice.auto_red', caseId: Number(c.id), detail: { noticeId: Number(row.id), number, unitId: Number(c.current_unit_id) } }])
    }
    return red.length
  })
}
