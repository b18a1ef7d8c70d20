// 问责线索 opened by themselves (issue 22, art. 8): a case closed with a step done late, a reply found untrue (答复不实),
// a 督办单 unanswered past its deadline. Each record keeps its facts and the three people in office on the day the
// facts happened; one record per (trigger, subject) — `dedupe_key` — so a retried job or a second worker run opens
// nothing new. Facts never carry the complainant's identity, nor free text a complainant or officer wrote about them
// (the reply found untrue is named by its unit, round and time, not copied).
import type { TransactionSql } from 'postgres'
import { appendAudit } from '../audit/log.js'
import { shanghaiDate } from '../calendar/workdays.js'
import type { CaseServices } from '../cases/services.js'
import { caseMachine, stateLabels, untrueFindingsOf, type CaseSnapshot, type CaseState } from '../cases/machine.js'
import { peopleOn } from './people.js'

export const TRIGGERS = ['late_close', 'untrue_reply', 'unanswered_notice'] as const
export type Trigger = (typeof TRIGGERS)[number]
export const TRIGGER_LABELS: Record<Trigger, string> = { late_close: '超期办结', untrue_reply: '答复不实', unanswered_notice: '督办逾期未答复' }

/** The job applyEvent writes (outbox) when a case closes or a reply is found untrue. */
export const ACCOUNTABILITY_QUEUE = 'accountability-open'

export interface RecordInput {
  unitId: number
  caseId: number | null
  noticeId?: number | null
  trigger: Trigger
  dedupeKey: string
  facts: Record<string, unknown>
  /** the China date the facts happened: the people in office on it are kept */
  factDay: string
  openedAt?: Date
}

/** Opens one record unless its dedupe key has one already; audited when opened. Returns its id, or null. */
export async function openRecord(tx: TransactionSql, r: RecordInput): Promise<number | null> {
  const people = await peopleOn(tx, r.unitId, r.factDay)
  const [row] = await tx`
    insert into accountability_records (unit_id, case_id, notice_id, trigger, dedupe_key, opened_at, facts, people)
    values (${r.unitId}, ${r.caseId}, ${r.noticeId ?? null}, ${r.trigger}, ${r.dedupeKey}, ${r.openedAt ?? new Date()},
            ${tx.json(r.facts as never)}, ${tx.json({ ...people, day: r.factDay } as never)})
    on conflict (dedupe_key) do nothing returning id`
  if (!row) return null
  await appendAudit(tx, [{
    actorUserId: null, actorKind: 'system', action: 'accountability.open', caseId: r.caseId,
    detail: { recordId: Number(row.id), trigger: r.trigger, unitId: r.unitId, noticeId: r.noticeId ?? null },
  }])
  return Number(row.id)
}

/** A step's lateness as applyEvent records it on the event that ends the step (payload.lateStep). */
export interface LateStep { unitId: number; state: string; dueAt: string; at: string }

/**
 * The records a case's events call for, opened in one transaction: one per unit that ended a step past its deadline,
 * once the case is closed (超期办结); one per 答复不实 finding. Safe to run any number of times.
 */
export async function openCaseRecords(services: CaseServices, caseId: number, now = services.now?.() ?? new Date()): Promise<number[]> {
  return services.sql.begin(async (tx) => {
    const [c] = await tx`
      select c.id, c.state, c.snapshot, c.closed_at, c.overall_due_at, c.root_unit_id, k.case_number
      from cases c join complaints k on k.id = c.id where c.id = ${caseId}`
    if (!c) return []
    const opened: (number | null)[] = []
    const snapshot = caseMachine.resolveState(c.snapshot as never) as CaseSnapshot
    const findings = untrueFindingsOf(snapshot.context)
    if (findings.length) {
      // a reply stored before machine version 3 has no unit: the last reply submitted before the finding wrote it
      const replies = await tx<{ actor_unit_id: string; created_at: Date }[]>`
        select actor_unit_id, created_at from case_events where case_id = ${caseId} and type = 'SUBMIT_REPLY' order by version`
      for (const f of findings) {
        const before = replies.filter((r) => r.created_at.toISOString() <= f.at)
        const unitId = f.reply?.unitId ?? (before.length ? Number(before[before.length - 1].actor_unit_id) : Number(c.root_unit_id))
        opened.push(await openRecord(tx, {
          unitId, caseId, trigger: 'untrue_reply', dedupeKey: `untrue_reply:${caseId}:${f.round}`, openedAt: now,
          factDay: shanghaiDate(new Date(f.reply?.at ?? f.at)),
          facts: {
            caseNumber: c.case_number, round: f.round, reason: f.reason, foundAt: f.at, foundBy: f.userId,
            reply: f.reply ? { unitId, at: f.reply.at, resolved: f.reply.resolved } : null,
          },
        }))
      }
    }
    if (c.state === 'closed') {
      const events = await tx<{ version: number; type: string; late: LateStep }[]>`
        select version, type, payload->'lateStep' as late from case_events where case_id = ${caseId} and payload ? 'lateStep' order by version`
      const byUnit = new Map<number, { version: number; type: string; late: LateStep }[]>()
      for (const e of events) byUnit.set(Number(e.late.unitId), [...(byUnit.get(Number(e.late.unitId)) ?? []), e])
      const closedAt = c.closed_at as Date
      const overallDueAt = c.overall_due_at as Date | null
      const overall = {
        closedAt: closedAt.toISOString(), overallDueAt: overallDueAt?.toISOString() ?? null,
        overallLate: !!overallDueAt && closedAt > overallDueAt,
        overallLateWorkingDays: overallDueAt && closedAt > overallDueAt ? services.calendar.workingDaysBetween(overallDueAt, closedAt) : 0,
      }
      for (const [unitId, steps] of byUnit) {
        opened.push(await openRecord(tx, {
          unitId, caseId, trigger: 'late_close', dedupeKey: `late_close:${caseId}:${unitId}`, openedAt: now,
          factDay: shanghaiDate(new Date(steps[0].late.dueAt)),
          facts: {
            caseNumber: c.case_number, ...overall,
            steps: steps.map((s) => ({
              event: s.type, version: s.version, state: s.late.state, stateLabel: stateLabels[s.late.state as CaseState] ?? s.late.state,
              dueAt: s.late.dueAt, doneAt: s.late.at,
              lateWorkingDays: services.calendar.workingDaysBetween(new Date(s.late.dueAt), new Date(s.late.at)),
              lateHours: Math.round((Date.parse(s.late.at) - Date.parse(s.late.dueAt)) / 360_000) / 10,
            })),
          },
        }))
      }
    }
    return opened.filter((id): id is number => id !== null)
  })
}

/** 督办逾期未答复: the notice's unit, in the transaction that escalates the notice (src/supervision/notices.ts). */
export async function openUnansweredNotice(tx: TransactionSql, n: {
  id: number; number: string; caseId: number; unitId: number; reason: string; requiredAction: string; createdAt: Date; dueAt: Date
  acknowledgedAt: Date | null; escalatedTo: number | null
}, now: Date): Promise<number | null> {
  const [k] = await tx`select case_number from complaints where id = ${n.caseId}`
  return openRecord(tx, {
    unitId: n.unitId, caseId: n.caseId, noticeId: n.id, trigger: 'unanswered_notice', dedupeKey: `unanswered_notice:${n.id}`, openedAt: now,
    factDay: shanghaiDate(n.dueAt),
    facts: {
      caseNumber: k?.case_number ?? null, noticeNumber: n.number, reason: n.reason, requiredAction: n.requiredAction,
      issuedAt: n.createdAt.toISOString(), dueAt: n.dueAt.toISOString(), acknowledged: n.acknowledgedAt !== null, escalatedToNoticeId: n.escalatedTo,
    },
  })
}

/** The queue's handler: each job names a case whose records to open. */
export async function runAccountabilityJobs(services: CaseServices, jobs: { data: Record<string, unknown> }[]): Promise<number> {
  let opened = 0
  for (const job of jobs) opened += (await openCaseRecords(services, Number(job.data.caseId))).length
  return opened
}

