// 问责线索 as inspectors read and decide them (issue 22, art. 8). One scope rule, as src/cases/access.ts's: a record
// is seen by an inspector whose unit's division contains the accountable unit — never by one of that unit's own line
// (the unit itself or a unit below it: 回避, no one reads records about themselves) — and, when it is about a case,
// only if the case itself is visible to them (so a report's recusal holds here too). A decision is made once, with
// a reason, audited; the database refuses any later change or a delete (migration 0031).
import type { Sql, TransactionSql } from 'postgres'
import { appendAudit } from '../audit/log.js'
import { divisionPrefix } from '../auth/jurisdiction.js'
import { visibleTo, type ScopedUser } from '../cases/access.js'
import { errors } from '../http/errors.js'
import type { StaffUser } from '../users/service.js'
import { TRIGGER_LABELS, type Trigger } from './open.js'
import { RESPONSIBLE_ROLE_LABELS } from './people.js'

type Reader = Sql | TransactionSql

export const DECISIONS = ['no_action', 'reminder_talk', 'circulated_criticism', 'referred'] as const
export type Decision = (typeof DECISIONS)[number]
export const DECISION_LABELS: Record<Decision, string> = { no_action: '不予问责', reminder_talk: '提醒谈话', circulated_criticism: '通报批评', referred: '移送处理' }
export const RECORD_STATES = ['open', 'decided'] as const
export const RECORD_STATE_LABELS = { open: '待处理', decided: '已处理' } as const

/** The SQL condition on accountability_records `r` joined with units `u` and (left) cases `c`: the scope rule above. */
export function recordVisibleTo(sql: Reader, user: ScopedUser) {
  return sql`(
    u.division_code like ${divisionPrefix(user.unit.divisionCode) + '%'}
    and r.unit_id <> all((select unit_ancestors(${user.unit.id}::bigint))::bigint[])
    and (r.case_id is null or (c.id is not null and ${visibleTo(sql, user)}))
  )`
}

const FROM = (sql: Reader) => sql`
  accountability_records r join units u on u.id = r.unit_id left join cases c on c.id = r.case_id
  left join users d on d.id = r.decided_by`

export interface ListQuery { state?: 'open' | 'decided'; trigger?: Trigger; unitId?: number; page: number; pageSize: number }

export async function listRecords(sql: Sql, user: StaffUser, q: ListQuery) {
  const rows = await sql`
    select r.*, u.name as unit_name, u.level as unit_level, d.display_name as decided_by_name, count(*) over () as total
    from ${FROM(sql)}
    where ${recordVisibleTo(sql, user)}
      ${q.state ? sql`and r.state = ${q.state}` : sql``} ${q.trigger ? sql`and r.trigger = ${q.trigger}` : sql``}
      ${q.unitId ? sql`and r.unit_id = ${q.unitId}` : sql``}
    order by (r.state = 'open') desc, r.opened_at desc, r.id desc
    limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`
  return { total: rows.length ? Number(rows[0].total) : 0, page: q.page, pageSize: q.pageSize, items: rows.map(recordItem) }
}

/** One record the user may see, or 404 as for one that does not exist. */
export async function loadVisibleRecord(sql: Reader, id: number, user: StaffUser) {
  const [row] = await sql`
    select r.*, u.name as unit_name, u.level as unit_level, d.display_name as decided_by_name
    from ${FROM(sql)} where r.id = ${id} and ${recordVisibleTo(sql, user)}`
  if (!row) throw errors.accountabilityNotFound({ recordId: id })
  return row
}

/** 处理决定: once, with its reason; a second decision is 409, never a rewrite. */
export async function decideRecord(sql: Sql, user: StaffUser, id: number, decision: Decision, reason: string) {
  await sql.begin(async (tx) => {
    const r = await loadVisibleRecord(tx, id, user)
    const [done] = await tx`
      update accountability_records set state = 'decided', decision = ${decision}, reason = ${reason}, decided_by = ${user.id}, decided_at = now()
      where id = ${id} and state = 'open' returning id`
    if (!done) throw errors.accountabilityDecided({ recordId: id, decision: r.decision })
    await appendAudit(tx, [{
      actorUserId: user.id, actorKind: 'staff', action: 'accountability.decide', caseId: r.case_id === null ? null : Number(r.case_id),
      detail: { recordId: id, trigger: r.trigger, unitId: Number(r.unit_id), decision, reason },
    }])
  })
  return recordItem(await loadVisibleRecord(sql, id, user))
}

const iso = (d: unknown) => (d ? (d as Date).toISOString() : null)

type PersonOfDay = { name: string; title: string | null; validFrom: string } | null

export function recordItem(r: Record<string, unknown>) {
  const people = (r.people ?? {}) as Record<string, PersonOfDay | string>
  return {
    id: Number(r.id),
    unit: { id: Number(r.unit_id), name: r.unit_name as string, level: r.unit_level as string },
    caseId: r.case_id === null ? null : Number(r.case_id),
    noticeId: r.notice_id === null ? null : Number(r.notice_id),
    trigger: r.trigger as Trigger, triggerLabel: TRIGGER_LABELS[r.trigger as Trigger],
    openedAt: iso(r.opened_at),
    facts: r.facts as Record<string, unknown>,
    /** the three people in office on `day`, the day of the facts */
    people: {
      day: (people.day as string | undefined) ?? null,
      items: (Object.keys(RESPONSIBLE_ROLE_LABELS) as (keyof typeof RESPONSIBLE_ROLE_LABELS)[]).map((role) => ({
        role, roleLabel: RESPONSIBLE_ROLE_LABELS[role], person: (people[role] as PersonOfDay | undefined) ?? null,
      })),
    },
    state: r.state as 'open' | 'decided', stateLabel: RECORD_STATE_LABELS[r.state as 'open' | 'decided'],
    decision: (r.decision as Decision | null) ?? null, decisionLabel: r.decision ? DECISION_LABELS[r.decision as Decision] : null,
    reason: (r.reason as string | null) ?? null,
    decidedBy: (r.decided_by_name as string | null) ?? null, decidedAt: iso(r.decided_at),
  }
}
