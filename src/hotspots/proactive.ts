/**
 * 主动治理 (issue 23): from a flagged cluster a township or county opens a task of its own — a case of type `proactive`
 * with no complainant (no identity, no PIN handed out, nobody to rate it) — registered at once and then dispatched like
 * any other case through applyEvent, linked to the cluster's cases (proactive_links). Only cases the creator may see
 * are linked (回避), and the links are read through the same rule for every later viewer. When the task's result is
 * sent (SEND_FEEDBACK, the `result` notification) the complainants of the linked cases are told, one message each.
 */
import { randomUUID } from 'node:crypto'
import type { Sql } from 'postgres'
import { visibleTo, type ScopedUser } from '../cases/access.js'
import { applyEvent } from '../cases/apply.js'
import { servicesIn, type CaseServices } from '../cases/services.js'
import { staffActor } from '../cases/view.js'
import { stateLabels } from '../cases/machine.js'
import { createComplaint } from '../complaints/create.js'
import { errors } from '../http/errors.js'
import { decrypt } from '../privacy/crypto.js'
import type { StaffUser } from '../users/service.js'

export interface ProactiveInput { caseIds: number[]; category: string; content: string; title?: string; urgency?: 'normal' | 'urgent' | 'critical' }

export interface ProactiveTask { id: number; caseNumber: string; state: string; stateLabel: string; linked: number }

/**
 * Opens the task at the creator's own unit (their unit is its registering centre) for the cases `caseIds`, every one
 * of which the creator must see: one the creator may not see answers 404, as it would on its own page, and nothing is
 * opened. The task's place is the cases' common place, else the creator's division.
 */
export async function openProactiveTask(services: CaseServices, user: StaffUser, input: ProactiveInput): Promise<ProactiveTask> {
  const sql = services.sql
  const ids = [...new Set(input.caseIds)]
  const seen = await sql`
    select c.id, c.division_code from cases c
    where c.id = any(${ids}::bigint[]) and c.type <> 'proactive' and c.state <> 'intake' and ${visibleTo(sql, user)}`
  const found = new Set(seen.map((r) => Number(r.id)))
  const missing = ids.find((id) => !found.has(id))
  if (missing !== undefined) throw errors.caseNotFound({ caseId: missing })
  const places = [...new Set(seen.map((r) => r.division_code as string | null))]
  const divisionCode = places.length === 1 && places[0] ? places[0] : user.unit.divisionCode
  const content = input.content.trim()
  let state = 'intake'
  const created = await createComplaint(services, {
    channel: 'proactive', externalId: `proactive:${randomUUID()}`, receivedAt: new Date(), type: 'proactive',
    urgency: input.urgency ?? 'normal', title: input.title?.trim() || content.slice(0, 30), content,
    divisionCode, category: input.category, complainant: { anonymous: true },
    raw: { proactive: { caseIds: ids, by: user.id } },
    // who raised it (发起单位): the creator's unit, kept by name too, as it read on the day
    extra: { proactive: true, raisedBy: { unitId: user.unit.id, unitName: user.unit.name, userId: user.id } },
  }, {
    rootUnitId: user.unit.id,
    actor: { kind: 'staff', userId: user.id },
    within: async (tx, c) => {
      await tx`insert into proactive_links ${tx(ids.map((caseId) => ({ task_id: c.id, case_id: caseId, linked_by: user.id })))}`
      state = (await applyEvent(servicesIn(services, tx), c.id, { type: 'REGISTER', category: input.category }, staffActor(user))).state
    },
  })
  return { id: created.id, caseNumber: created.caseNumber, state, stateLabel: stateLabels[state as keyof typeof stateLabels] ?? state, linked: ids.length }
}

/** The linked cases of a task that this viewer may see (never a report the viewer is recused from); no identity. */
export async function proactiveLinks(sql: Sql, user: ScopedUser, taskId: number) {
  const rows = await sql`
    select c.id, k.case_number, c.state, c.type, c.category, k.received_at
    from proactive_links l join cases c on c.id = l.case_id join complaints k on k.id = c.id
    where l.task_id = ${taskId} and ${visibleTo(sql, user)}
    order by k.received_at, c.id`
  return rows.map((r) => ({
    id: Number(r.id), caseNumber: r.case_number as string, state: r.state as string,
    stateLabel: stateLabels[r.state as keyof typeof stateLabels] ?? r.state, type: r.type as string, category: r.category as string | null,
    receivedAt: new Date(r.received_at).toISOString(),
  }))
}

/** The tasks a case is linked to, for its page: only those this viewer may see. */
export async function tasksOfCase(sql: Sql, user: ScopedUser, caseId: number) {
  const rows = await sql`
    select c.id, k.case_number, c.state from proactive_links l join cases c on c.id = l.task_id join complaints k on k.id = c.id
    where l.case_id = ${caseId} and ${visibleTo(sql, user)} order by c.id`
  return rows.map((r) => ({ id: Number(r.id), caseNumber: r.case_number as string, state: r.state as string }))
}

/** A complainant of a linked case, as the notification path needs them: decrypted only here, for the message. */
export interface LinkedComplainant { caseId: number; caseNumber: string; phone: string | null; email: string | null; name: string | null; preferred: string | null; channel: string }

/**
 * The named complainants of a task's linked cases, one per person (the same phone, e-mail or ID number is one person:
 * their earliest case speaks for them); anonymous complainants are never read.
 */
export async function linkedComplainants(sql: Sql, encKey: Buffer, taskId: number): Promise<LinkedComplainant[]> {
  const rows = await sql`
    select distinct on (coalesce(k.phone_hash, k.email_hash, k.id_hash, k.id::text))
           k.id, k.case_number, k.identity, k.preferred_channel, k.channel
    from proactive_links l join complaints k on k.id = l.case_id
    where l.task_id = ${taskId} and not k.anonymous and k.identity is not null
    order by coalesce(k.phone_hash, k.email_hash, k.id_hash, k.id::text), k.received_at, k.id`
  return rows.map((r) => {
    const identity = (r.identity ?? {}) as Record<string, string>
    const clear = (f: string) => (identity[f] ? decrypt(encKey, identity[f]) : null)
    return { caseId: Number(r.id), caseNumber: r.case_number, phone: clear('phone'), email: clear('email'), name: clear('name'), preferred: r.preferred_channel, channel: r.channel }
  })
}
