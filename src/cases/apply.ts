// applyEvent: the one door through which every change of a case goes (DESIGN.md "The case statechart").
import { encodeLiveEvent, notifyAfterCommit, notifyIn } from '../live/events.js'
import type { TransactionSql } from 'postgres'
import { auditHead, insertAudit } from '../audit/log.js'
import { errors } from '../http/errors.js'
import { authorize } from './authorize.js'
import { deriveColumns } from './derive.js'
import { acceptedEventTypes, caseMachine, caseStateOf, currentLink, MACHINE_VERSION, nextSnapshot, type Actor, type CaseEvent, type CaseSnapshot, type ChainUnit, type Level } from './machine.js'
import { transact, type CaseServices, type OutboxJob } from './services.js'
import { accusedScope, jobId } from '../complaints/create.js'
import { inSubtree } from '../auth/jurisdiction.js'

/** An event as callers send it: the payload of DESIGN.md, units by id (the service resolves their levels). */
export type EventInput =
  | { type: 'REGISTER'; category: string; complaintType?: string; urgency?: 'normal' | 'urgent' | 'critical'; divisionCode?: string | null; accusedUnitId?: number | null }
  | { type: 'DISPATCH'; chain: number[] }
  | { type: 'DELEGATE'; unitId: number }
  | { type: 'MERGE'; intoCaseId: number }
  | { type: string; [key: string]: unknown }

export interface ApplyResult { caseId: number; version: number; state: string; previousState: string }

const LEVEL_DEPTH: Record<Level, number> = { city: 0, county: 1, township: 2, village: 3 }

const staffUserId = (a: Actor) => (a.kind === 'staff' ? a.userId : null)

/**
 * Two round trips (see transact): BEGIN with the row lock and the audit chain's lock and head; the writes with
 * COMMIT. Then the live event, NOTIFYed after the commit (see notifyAfterCommit), unless a caller's transaction
 * encloses us and it goes out with that one's commit.
 */
export async function applyEvent(services: CaseServices, caseId: number, input: EventInput, actor: Actor, expectedVersion?: number): Promise<ApplyResult> {
  const now = services.now?.() ?? new Date()
  const { applied, live } = await transact(services, async (tx) => {
    // the row lock, then the audit chain's lock and head, in one statement (case_for_event, migration 0008)
    const [row] = await tx`select * from case_for_event(${caseId}::bigint)`
    if (!row) throw errors.caseNotFound({ caseId })
    if (expectedVersion !== undefined && expectedVersion !== row.version) throw errors.versionConflict({ currentVersion: row.version, expectedVersion })

    const snapshot = caseMachine.resolveState(row.snapshot) as CaseSnapshot
    const accepted = acceptedEventTypes(snapshot)
    if (!accepted.includes(input.type as never)) {
      throw errors.illegalTransition({ state: caseStateOf(snapshot), event: input.type, acceptedEvents: accepted })
    }
    const auth = authorize(snapshot.context, snapshot, { type: input.type as CaseEvent['type'] }, actor)
    if (!auth.ok) throw auth.code === 'wrong_unit' ? errors.wrongUnit({ event: input.type }) : errors.wrongRole({ event: input.type })

    const event = { ...(await resolvePayload(tx, caseId, snapshot, input, row as unknown as CaseScope)), type: input.type, at: now.toISOString(), actor } as CaseEvent
    const next = nextSnapshot(snapshot, event)
    if (next === snapshot || (JSON.stringify(next.value) === JSON.stringify(snapshot.value) && next.context === snapshot.context)) {
      throw errors.guardFailed({ event: input.type, state: caseStateOf(snapshot) })
    }

    const previous = { state: row.state, currentUnitId: row.current_unit_id === null ? null : Number(row.current_unit_id), linkStartedAt: row.link_started_at, overallDueAt: row.overall_due_at }
    const d = deriveColumns(services.calendar, next, now, previous)
    const version = row.version + 1
    const stats: Record<string, unknown> = {}
    if (input.type === 'DISPATCH' && !row.dispatched_at) stats.dispatched_at = now
    if (input.type === 'SIGN' && row.signed_in_time === null) stats.signed_in_time = row.link_due_at ? now <= row.link_due_at : true
    if (input.type === 'APPROVE_REPLY' && d.state === 'feedback') stats.replied_at = now
    if (input.type === 'ANSWER') stats.replied_at = now
    if (input.type === 'EVALUATE') stats.rating = (input as unknown as { rating: string }).rating
    if (input.type === 'REGISTER') Object.assign(stats, await registerColumns(tx, caseId, input as Extract<EventInput, { type: 'REGISTER' }>))

    const payload = { ...input } as Record<string, unknown>
    delete payload.type
    const liveUnits = [...new Set([...d.chainUnitIds, ...(d.currentUnitId ? [d.currentUnitId] : [])])]
    // encoded here, so that an event the wire refuses fails the transaction rather than after its commit
    const live = encodeLiveEvent({
      topic: input.type === 'DISPATCH' || input.type === 'DELEGATE' ? 'case.assigned' : input.type === 'WARN' ? 'case.warning' : 'case.changed',
      unitIds: liveUnits, payload: { caseId, event: input.type, state: d.state, warning: d.warning, currentUnitId: d.currentUnitId, version },
    })
    const writes: PromiseLike<unknown>[] = [
      // the event row, the case's new state and the audit row in one statement
      tx`
        with event as (
          insert into case_events (case_id, version, type, actor_user_id, actor_unit_id, actor_kind, payload, from_state, to_state)
          values (${caseId}, ${version}, ${input.type}, ${staffUserId(actor)}, ${actor.kind === 'staff' ? actor.unitId : null}, ${actor.kind},
                  ${tx.json(payload as never)}, ${row.state}, ${d.state})),
        next as (
          update cases set ${tx({
            version, machine_version: MACHINE_VERSION, snapshot: tx.json(caseMachine.getPersistedSnapshot(next) as never),
            state: d.state, warning: d.warning, current_unit_id: d.currentUnitId, chain_unit_ids: d.chainUnitIds, handling_level: d.handlingLevel,
            link_started_at: d.linkStartedAt, link_due_at: d.linkDueAt, overall_due_at: d.overallDueAt, next_check_at: d.nextCheckAt,
            return_count: d.returnCount, redo_count: d.redoCount, supervision_count: d.supervisionCount,
            // the last reply's outcome and the last rating stay on record through a redo (重办) until replaced
            resolved: d.resolved ?? row.resolved, rating: d.rating ?? row.rating, closed_at: d.closedAt, updated_at: now, ...stats,
          })}
          where id = ${caseId}),
        audit as (${insertAudit(tx, auditHead({ prev: row.audit_prev, id: row.audit_id }), { actorUserId: staffUserId(actor), actorKind: actor.kind, action: `case.${input.type}`, caseId, detail: { version, from: row.state, to: d.state, payload } })})
        select 1`,
      services.outbox.send(tx, outboxJobs(caseId, input.type, version, d.state)),
    ]
    if (services.enclosing) writes.push(notifyIn(tx, live))
    return { result: { applied: { caseId, version, state: d.state, previousState: row.state } satisfies ApplyResult, live }, writes }
  })
  if (!services.enclosing) await notifyAfterCommit(services.sql, [live])
  return applied
}

/** Checks payloads against the database and turns unit ids into chain units. */
interface CaseScope { division_code: string | null; recuse_division_code: string | null }

async function resolvePayload(tx: TransactionSql, caseId: number, snapshot: CaseSnapshot, input: EventInput, row: CaseScope): Promise<Record<string, unknown>> {
  const ctx = snapshot.context
  switch (input.type) {
    case 'DISPATCH': {
      const ids = (input as { chain: number[] }).chain
      const units = await loadUnits(tx, ids)
      const above = currentLink(ctx)?.unitId ?? ctx.rootUnitId
      const [top] = await tx`select division_code from units where id = ${above}`
      checkDescends(top.division_code, units)
      checkRecusal(units, row.recuse_division_code, await accusedLevel(tx, ctx.accusedUnitId))
      return { chain: units.map((u): ChainUnit => ({ unitId: u.id, level: u.level })) }
    }
    case 'DELEGATE': {
      const [unit] = await loadUnits(tx, [(input as { unitId: number }).unitId])
      const [holder] = await tx`select division_code from units where id = ${currentLink(ctx)?.unitId ?? ctx.rootUnitId}`
      checkDescends(holder.division_code, [unit])
      checkRecusal([unit], row.recuse_division_code, await accusedLevel(tx, ctx.accusedUnitId))
      return { unit: { unitId: unit.id, level: unit.level } satisfies ChainUnit }
    }
    case 'REGISTER': {
      const reg = input as Extract<EventInput, { type: 'REGISTER' }>
      const [rule] = await tx`select category from routing_rules where category = ${reg.category}`
      if (!rule) throw errors.validation({ fields: [{ field: 'category', message: '未知的诉求分类', messageEn: 'Unknown category' }] })
      if (reg.divisionCode) {
        const [division] = await tx`select code from divisions where code = ${reg.divisionCode}`
        if (!division) throw errors.validation({ fields: [{ field: 'divisionCode', message: '行政区划代码不存在', messageEn: 'Unknown division code' }] })
      }
      const { complaintType, ...rest } = reg
      return { ...rest, ...(complaintType ? { complaintType } : {}) }
    }
    case 'MERGE': {
      const into = (input as { intoCaseId: number }).intoCaseId
      const [target] = await tx`select id, state from cases where id = ${into}`
      if (!target || into === caseId) throw errors.validation({ fields: [{ field: 'intoCaseId', message: '合并目标诉求不存在', messageEn: 'No such case to merge into' }] })
      if (['closed', 'rejected', 'merged', 'withdrawn'].includes(target.state)) throw errors.validation({ fields: [{ field: 'intoCaseId', message: '不能合并到已结束的诉求', messageEn: 'Cannot merge into a finished case' }] })
      return { intoCaseId: into }
    }
    default: {
      const { type: _type, ...payload } = input
      return payload
    }
  }
}

interface UnitRow { id: number; level: Level; division_code: string; name: string }

async function loadUnits(tx: TransactionSql, ids: number[]): Promise<UnitRow[]> {
  if (!Array.isArray(ids) || ids.length === 0) throw errors.validation({ fields: [{ field: 'chain', message: '请选择承办单位', messageEn: 'Choose the units' }] })
  const rows = await tx`select id, level, division_code, name from units where id = any(${ids}::bigint[]) and active`
  const byId = new Map(rows.map((r) => [Number(r.id), { id: Number(r.id), level: r.level as Level, division_code: r.division_code as string, name: r.name as string }]))
  return ids.map((id) => {
    const u = byId.get(id)
    if (!u) throw errors.unitNotFound({ unitId: id })
    return u
  })
}

/** Each unit of a chain lies in the division subtree of the unit above it (down the path, never sideways). */
function checkDescends(topDivision: string, units: UnitRow[]): void {
  let above = topDivision
  for (const u of units) {
    if (!inSubtree(u.division_code, above)) {
      throw errors.validation({ code: 'chain_not_descending', fields: [{ field: 'chain', message: `${u.name} 不在上级单位的辖区内`, messageEn: `${u.name} is not within the jurisdiction of the unit above` }] })
    }
    above = u.division_code
  }
}

async function accusedLevel(tx: TransactionSql, accusedUnitId: number | null): Promise<Level | null> {
  if (!accusedUnitId) return null
  const [u] = await tx`select level from units where id = ${accusedUnitId}`
  return (u?.level as Level) ?? null
}

/** 回避: no unit of the accused subtree in the chain, and the handling unit at least one level above the accused. */
function checkRecusal(units: UnitRow[], recusePrefix: string | null, accused: Level | null): void {
  if (!recusePrefix || !accused) return
  for (const u of units) {
    if (u.division_code.startsWith(recusePrefix)) {
      throw errors.recusal({ reason: 'accused_subtree', unitId: u.id })
    }
  }
  const last = units[units.length - 1]
  if (LEVEL_DEPTH[last.level] >= LEVEL_DEPTH[accused]) {
    throw errors.recusal({ reason: 'level_not_above_accused', unitId: last.id })
  }
}

/** REGISTER may move the case's place or accused unit: keep the scope and recusal columns in step. */
async function registerColumns(tx: TransactionSql, caseId: number, reg: Extract<EventInput, { type: 'REGISTER' }>): Promise<Record<string, unknown>> {
  const cols: Record<string, unknown> = { category: reg.category }
  if (reg.complaintType) cols.type = reg.complaintType
  if (reg.divisionCode) cols.division_code = reg.divisionCode
  if (reg.accusedUnitId) cols.recuse_division_code = await accusedScope(tx, reg.accusedUnitId)
  await tx`
    update complaints set category = ${reg.category},
      type = coalesce(${reg.complaintType ?? null}::complaint_type, type),
      urgency = coalesce(${reg.urgency ?? null}::urgency, urgency),
      division_code = coalesce(${reg.divisionCode ?? null}, division_code),
      accused_unit_id = coalesce(${reg.accusedUnitId ?? null}::bigint, accused_unit_id)
    where id = ${caseId}`
  return cols
}

/** Side effects of an accepted event, written as jobs in the same transaction. */
function outboxJobs(caseId: number, type: string, version: number, state: string): OutboxJob[] {
  const notify = (kind: string): OutboxJob => ({ name: 'notify', data: { caseId, kind, version }, options: { id: jobId(caseId, kind, version), retryLimit: 5, retryBackoff: true } })
  switch (type) {
    case 'REGISTER': return [notify('accepted')]
    case 'REJECT': return [notify('rejected')]
    case 'SEND_FEEDBACK': return [notify('result')]
    case 'EVALUATE': return state === 'triage' ? [notify('redo')] : []
    default: return []
  }
}

