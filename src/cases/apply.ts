// applyEvent: the one door through which every change of a case goes (DESIGN.md "The case statechart").
import { encodeLiveEvent, notifyAfterCommit, notifyIn } from '../live/events.js'
import type { TransactionSql } from 'postgres'
import { auditHead, auditRow, auditedState, insertAuditRows, type AuditRow } from '../audit/log.js'
import { AppError, errors } from '../http/errors.js'
import { authorize } from './authorize.js'
import { deriveColumns } from './derive.js'
import { acceptedEventTypes, caseMachine, caseStateOf, currentLink, reviewerUnitId, MACHINE_VERSION, MAX_ASSISTING_UNITS, nextSnapshot, partsBlockingReply, partsOf, type Actor, type AssistingUnit, type CaseEvent, type CaseSnapshot, type ChainUnit, type Level, type Part } from './machine.js'
import { handleDeadline, signDeadline } from '../calendar/deadlines.js'
import { shanghaiDate, type WorkCalendar } from '../calendar/workdays.js'
import { transact, type CaseServices, type OutboxJob } from './services.js'
import { accusedScope, jobId } from '../complaints/create.js'
import { inSubtree } from '../auth/jurisdiction.js'
import { receivingUnit, unitsInSubtree, visibleTo } from './access.js'
import { GroupCommit, type Waiting } from '../db/group-commit.js'
import { ACCOUNTABILITY_QUEUE, type LateStep } from '../accountability/open.js'

/** An event as callers send it: the payload of DESIGN.md, units by id (the service resolves their levels). */
export type EventInput =
  | { type: 'REGISTER'; category: string; complaintType?: string; urgency?: 'normal' | 'urgent' | 'critical'; divisionCode?: string | null; accusedUnitId?: number | null }
  | { type: 'DISPATCH'; chain: number[]; assisting?: AssistingInput[] }
  | { type: 'DELEGATE'; unitId: number; assisting?: AssistingInput[] }
  | { type: 'MERGE'; intoCaseId: number }
  | { type: string; [key: string]: unknown }

/** 协办: an assisting unit named by DISPATCH or DELEGATE, with its part's deadline in working days from now. */
export interface AssistingInput { unitId: number; workingDays: number }

export interface ApplyResult { caseId: number; version: number; state: string; previousState: string }

const LEVEL_DEPTH: Record<Level, number> = { city: 0, county: 1, township: 2, village: 3 }

const staffUserId = (a: Actor) => (a.kind === 'staff' ? a.userId : null)

/** The columns of a case a read for an event returns (cases_for_events, migration 0009). */
interface LockedCase extends CaseScope {
  id: string; version: number; snapshot: unknown; state: string; current_unit_id: string | null; link_started_at: Date | null
  link_due_at: Date | null; overall_due_at: Date | null; resolved: boolean | null; rating: string | null
  dispatched_at: Date | null; signed_in_time: boolean | null; audit_prev: string | null; audit_id: string
}

/** What one event decided, before anything is written: the answer, the live event and the rows to write. */
interface Decision {
  applied: ApplyResult
  live: string
  /** one row of the write statement: the event row and the case's new columns */
  row: Record<string, unknown>
  /** the case_parts rows of parts this event changed (协办) */
  parts: Record<string, unknown>[]
  audit: AuditRow
  jobs: OutboxJob[]
}

interface Submitted { caseId: number; input: EventInput; actor: Actor; expectedVersion?: number; now: Date }

/**
 * One event: checks it against the case as locked and read, runs the statechart and derives the new columns.
 * Throws the AppError the caller gets (not found, version conflict, illegal transition, wrong unit …).
 */
async function decide(tx: TransactionSql, services: CaseServices, row: LockedCase | undefined, e: Submitted): Promise<Decision> {
  const { caseId, input, actor, expectedVersion, now } = e
  if (!row) throw errors.caseNotFound({ caseId })
  if (expectedVersion !== undefined && expectedVersion !== row.version) throw errors.versionConflict({ currentVersion: row.version, expectedVersion })

  const snapshot = caseMachine.resolveState(row.snapshot as never) as CaseSnapshot
  const accepted = acceptedEventTypes(snapshot)
  if (!accepted.includes(input.type as never)) {
    throw errors.illegalTransition({ state: caseStateOf(snapshot), event: input.type, acceptedEvents: accepted })
  }
  const auth = authorize(snapshot.context, snapshot, { type: input.type as CaseEvent['type'] }, actor)
  if (!auth.ok) throw auth.code === 'wrong_unit' ? errors.wrongUnit({ event: input.type }) : errors.wrongRole({ event: input.type })

  const event = { ...(await resolvePayload(tx, services.calendar, caseId, snapshot, input, actor, now)), type: input.type, at: now.toISOString(), actor } as CaseEvent
  // 主办 replies once every part of its link is in or past its deadline: say which are missing
  if (input.type === 'SUBMIT_REPLY' || input.type === 'APPROVE_REPLY') {
    const pending = partsBlockingReply(snapshot.context, input.type, event.at)
    if (pending.length) throw errors.partsPending({ units: pending.map((p) => ({ unitId: p.unitId, dueAt: p.dueAt })) })
  }
  const next = nextSnapshot(snapshot, event)
  if (next === snapshot || (next.context === snapshot.context && JSON.stringify(next.value) === JSON.stringify(snapshot.value))) {
    throw errors.guardFailed({ event: input.type, state: caseStateOf(snapshot) })
  }

  const previous = { state: row.state, currentUnitId: row.current_unit_id === null ? null : Number(row.current_unit_id), linkStartedAt: row.link_started_at, overallDueAt: row.overall_due_at }
  const d = deriveColumns(services.calendar, next, now, previous)
  const version = row.version + 1
  // columns set once by particular events (the figures of the statistics), written only when set
  const once: Record<string, unknown> = {}
  if (input.type === 'DISPATCH' && !row.dispatched_at) once.dispatched_at = now
  if (input.type === 'SIGN' && row.signed_in_time === null) once.signed_in_time = row.link_due_at ? now <= row.link_due_at : true
  if (input.type === 'APPROVE_REPLY' && d.state === 'feedback') once.replied_at = now
  if (input.type === 'ANSWER') once.replied_at = now
  if (input.type === 'REGISTER') Object.assign(once, await registerColumns(tx, caseId, input as Extract<EventInput, { type: 'REGISTER' }>, event as Extract<CaseEvent, { type: 'REGISTER' }>))
  const rating = input.type === 'EVALUATE' ? (input as unknown as { rating: string }).rating : d.rating ?? row.rating

  const snapshotOut = caseMachine.getPersistedSnapshot(next)
  const resolved = d.resolved ?? row.resolved
  // what the cases row says after this event, recorded in its audit row (verify.ts holds the row to it)
  const caseState = auditedState({
    version, state: d.state, snapshot: snapshotOut, resolved, rating, closed_at: d.closedAt,
    signed_in_time: (once.signed_in_time as boolean | undefined) ?? row.signed_in_time,
  })
  const payload = { ...input } as Record<string, unknown>
  delete payload.type
  const movedTo = input.type === 'REGISTER' ? (event as Extract<CaseEvent, { type: 'REGISTER' }>).rootUnitId : undefined
  if (movedTo !== undefined) payload.rootUnitId = movedTo
  // 只有诉求人以诉求人身份说话: a rating a member of staff enters (the call-back's operator) is recorded as theirs,
  // taken on the complainant's word, never as the complainant's own
  if (input.type === 'EVALUATE' && actor.kind === 'staff') payload.onComplainantsWord = true
  // 问责: a step its unit ended past its deadline, recorded on the event that ended it (src/accountability/open.ts)
  const lateStep = stepEndedLate(row, d.state, d.currentUnitId, actor, now)
  if (lateStep) payload.lateStep = lateStep
  const liveUnits = [...new Set([...d.chainUnitIds, ...(d.currentUnitId ? [d.currentUnitId] : [])])]
  // encoded here, so that an event the wire refuses fails before anything is written rather than after the commit
  const live = encodeLiveEvent({
    topic: input.type === 'DISPATCH' || input.type === 'DELEGATE' ? 'case.assigned' : input.type === 'WARN' ? 'case.warning' : 'case.changed',
    unitIds: liveUnits, ...(next.context.accusedUnitId ? { recuseUnitId: next.context.accusedUnitId } : {}),
    payload: { caseId, event: input.type, state: d.state, warning: d.warning, currentUnitId: d.currentUnitId, version },
  })
  return {
    applied: { caseId, version, state: d.state, previousState: row.state },
    live,
    row: {
      case_id: caseId, version, type: input.type, actor_user_id: staffUserId(actor), actor_unit_id: actor.kind === 'staff' ? actor.unitId : null,
      actor_kind: actor.kind, payload, from_state: row.state, to_state: d.state,
      snapshot: snapshotOut, warning: d.warning, current_unit_id: d.currentUnitId, chain_unit_ids: d.chainUnitIds,
      handling_level: d.handlingLevel, link_started_at: d.linkStartedAt, link_due_at: d.linkDueAt, overall_due_at: d.overallDueAt,
      next_check_at: d.nextCheckAt, return_count: d.returnCount, redo_count: d.redoCount, supervision_count: d.supervisionCount,
      // the last reply's outcome and the last rating stay on record through a redo (重办) until replaced
      resolved, rating, closed_at: d.closedAt, updated_at: now, once,
    },
    audit: auditRow(auditHead({ prev: row.audit_prev, id: row.audit_id }), {
      actorUserId: staffUserId(actor), actorKind: actor.kind, action: `case.${input.type}`, caseId, detail: { version, from: row.state, to: d.state, payload }, caseState,
    }),
    jobs: outboxJobs(caseId, input.type, version, d.state),
    parts: next.context.parts === snapshot.context.parts ? [] : changedParts(services.calendar, caseId, partsOf(snapshot.context), partsOf(next.context), next.context.redoCount, now),
  }
}

/** The case_parts rows of the parts an event added or changed (协办). */
function changedParts(cal: WorkCalendar, caseId: number, before: Part[], after: Part[], round: number, now: Date): Record<string, unknown>[] {
  return after.filter((p, i) => JSON.stringify(p) !== JSON.stringify(before[i])).map((p) => {
    const signDueAt = signDeadline(cal, new Date(p.assignedAt))
    return {
      case_id: caseId, seq: p.seq, unit_id: p.unitId, lead_unit_id: p.leadUnitId, level: p.level, status: p.status, round,
      assigned_at: p.assignedAt, sign_due_at: signDueAt, due_at: p.dueAt, signed_at: p.signedAt,
      signed_in_time: p.signedAt ? new Date(p.signedAt) <= signDueAt : null, closed_at: p.closedAt, late: p.late, updated_at: now,
    }
  })
}

/** Columns written only when an event sets them (Decision.row.once), with their types. */
const ONCE_COLUMNS = { dispatched_at: 'timestamptz', signed_in_time: 'boolean', replied_at: 'timestamptz', category: 'text', type: 'complaint_type', division_code: 'text', recuse_division_code: 'text', recuse_unit_id: 'bigint', root_unit_id: 'bigint' } as const

/**
 * The writes of decided events, for one case each: their event rows, the cases' new state and the audit rows in
 * one statement (the rows travel as one JSON array), then their outbox jobs.
 */
function writeDecisions(tx: TransactionSql, services: CaseServices, decisions: Decision[]): PromiseLike<unknown>[] {
  const once = Object.entries(ONCE_COLUMNS).map(([column, type]) =>
    `${column} = case when x.once ? '${column}' then (x.once->>'${column}')::${type} else c.${column} end`).join(', ')
  return [
    tx`
      with x as (
        select * from jsonb_to_recordset(${tx.json(decisions.map((d) => d.row) as never)}) as x(
          case_id bigint, version integer, type text, actor_user_id bigint, actor_unit_id bigint, actor_kind text, payload jsonb,
          from_state text, to_state text, snapshot jsonb, warning warning, current_unit_id bigint, chain_unit_ids bigint[],
          handling_level level, link_started_at timestamptz, link_due_at timestamptz, overall_due_at timestamptz, next_check_at timestamptz,
          return_count integer, redo_count integer, supervision_count integer, resolved boolean, rating text, closed_at timestamptz,
          updated_at timestamptz, once jsonb)),
      event as (
        insert into case_events (case_id, version, type, actor_user_id, actor_unit_id, actor_kind, payload, from_state, to_state)
        select case_id, version, type, actor_user_id, actor_unit_id, actor_kind, payload, from_state, to_state from x),
      next as (
        update cases c set
          version = x.version, machine_version = ${MACHINE_VERSION}, snapshot = x.snapshot, state = x.to_state, warning = x.warning,
          current_unit_id = x.current_unit_id, chain_unit_ids = x.chain_unit_ids, handling_level = x.handling_level,
          link_started_at = x.link_started_at, link_due_at = x.link_due_at, overall_due_at = x.overall_due_at, next_check_at = x.next_check_at,
          return_count = x.return_count, redo_count = x.redo_count, supervision_count = x.supervision_count,
          resolved = x.resolved, rating = x.rating, closed_at = x.closed_at, updated_at = x.updated_at, ${tx.unsafe(once)}
        -- the ids once more as an array: the cases are found by their key, not by a scan of every case, whatever
        -- the planner guesses of how many rows x holds (a scan of 1,600 cases was half of this statement in the bench)
        from x where c.id = x.case_id and c.id = any(array(select case_id from x))),
      audit as (${insertAuditRows(tx, decisions.map((d) => d.audit))})
      select 1`,
    services.outbox.send(tx, decisions.flatMap((d) => d.jobs)),
    ...writeParts(tx, decisions.flatMap((d) => d.parts)),
  ]
}

/** 协办: the parts' rows, inserted or brought up to date (only events that changed parts have any). */
function writeParts(tx: TransactionSql, rows: Record<string, unknown>[]): PromiseLike<unknown>[] {
  if (rows.length === 0) return []
  return [tx`
    insert into case_parts (case_id, seq, unit_id, lead_unit_id, level, status, round, assigned_at, sign_due_at, due_at, signed_at, signed_in_time, closed_at, late, updated_at)
    select * from jsonb_to_recordset(${tx.json(rows as never)}) as x(
      case_id bigint, seq integer, unit_id bigint, lead_unit_id bigint, level level, status text, round integer, assigned_at timestamptz,
      sign_due_at timestamptz, due_at timestamptz, signed_at timestamptz, signed_in_time boolean, closed_at timestamptz, late boolean, updated_at timestamptz)
    on conflict (case_id, seq) do update set status = excluded.status, signed_at = excluded.signed_at, signed_in_time = excluded.signed_in_time,
      closed_at = excluded.closed_at, late = excluded.late, updated_at = excluded.updated_at`]
}

/**
 * Applies one event to one case in one transaction. Events sent at the same time to different cases share a
 * transaction (see runEvents); inside a caller's transaction (servicesIn) the event is applied there alone.
 */
export async function applyEvent(services: CaseServices, caseId: number, input: EventInput, actor: Actor, expectedVersion?: number): Promise<ApplyResult> {
  const submitted: Submitted = { caseId, input, actor, expectedVersion, now: services.now?.() ?? new Date() }
  if (services.enclosing) return applyAlone(services, submitted)
  return batcherOf(services).submit(submitted)
}

/**
 * Two round trips (see transact): BEGIN with the row lock and the audit chain's lock and head; the writes with
 * COMMIT. Then the live event, NOTIFYed after the commit (see notifyAfterCommit), unless a caller's transaction
 * encloses us and it goes out with that one's commit.
 */
async function applyAlone(services: CaseServices, e: Submitted): Promise<ApplyResult> {
  const decided = await transact(services, async (tx) => {
    // the row lock, then the audit chain's lock and head, in one statement (cases_for_events, a batch of one)
    const [row] = await tx<LockedCase[]>`select * from cases_for_events(array[${e.caseId}]::bigint[])`
    const d = await decide(tx, services, row, e)
    const writes = writeDecisions(tx, services, [d])
    if (services.enclosing) writes.push(notifyIn(tx, d.live))
    return { result: d, writes }
  })
  if (!services.enclosing) void notifyAfterCommit(services.sql, [decided.live])
  return decided.applied
}

/**
 * Group commit for events (GroupCommit, src/db/group-commit.ts): events that arrive while a transaction of events is
 * reading and deciding go together in the next one, one per case (a case's next event waits for the transaction
 * after). That transaction locks and reads all its cases in one statement (cases_for_events), decides each event on
 * its own — an event refused (409, 403 …) is answered with its error and writes nothing — and writes the others
 * together before one COMMIT (from SPLIT_WRITES_FROM events on, in two halves: the first half's rows are written while
 * the second half is decided); the next transaction may read and decide meanwhile. Each event still commits whole or
 * not at all; when anything else fails, the transaction is rolled back and every event not yet answered is applied
 * alone, so a batch never makes an event fail that would have succeeded by itself.
 * Measured (bench/cases.ts): one transaction deciding at a time 1,050–1,250 events/s against 910–990 for two
 * independent ones; deciding the next while one commits 904–1,020 against 861–909 without (alternating runs);
 * items of one turn of the event loop starting together 1,523–1,691 against 821–1,092 (every other transaction
 * had carried a single event).
 */
async function runEvents(services: CaseServices, batch: Waiting<Submitted, ApplyResult>[], doneDeciding: () => void): Promise<void> {
  const alone = (w: Waiting<Submitted, ApplyResult>) => applyAlone(services, w.item).then(w.resolve, w.reject)
  if (batch.length === 1) return alone(batch[0])
  const refused = new Set<Waiting<Submitted, ApplyResult>>()
  let decided: { w: Waiting<Submitted, ApplyResult>; d: Decision }[]
  try {
    decided = await transact(services, async (tx) => {
      const rows = await tx<LockedCase[]>`select * from cases_for_events(${batch.map((w) => w.item.caseId)}::bigint[])`
      const byId = new Map(rows.map((r) => [Number(r.id), r]))
      const ok: { w: Waiting<Submitted, ApplyResult>; d: Decision }[] = []
      const writes: PromiseLike<unknown>[] = []
      const chunks = services.splitEventWrites === false || batch.length < SPLIT_WRITES_FROM ? [batch] : [batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1)]
      for (const [n, chunk] of chunks.entries()) {
        const outcomes = await Promise.allSettled(chunk.map((w) => decide(tx, services, byId.get(w.item.caseId), w.item)))
        const decidedHere: Decision[] = []
        outcomes.forEach((o, i) => {
          if (o.status === 'fulfilled') { ok.push({ w: chunk[i], d: o.value }); decidedHere.push(o.value) }
          // a refusal is the event's answer; anything else (the database) fails the transaction, and all are retried alone
          else if (o.reason instanceof AppError) { refused.add(chunk[i]); chunk[i].reject(o.reason) }
          else throw o.reason
        })
        if (decidedHere.length === 0) continue
        const written = writeDecisions(tx, services, decidedHere)
        if (n === chunks.length - 1) writes.push(...written)
        else {
          // the writes of the first half go out now, and the database runs them while Node decides the second
          writes.push(...written.map(sendNow))
          await null // postgres.js puts a statement on the wire one microtask after it is asked to
        }
      }
      doneDeciding()
      return { result: ok, writes }
    })
  } catch {
    await Promise.all(batch.filter((w) => !refused.has(w)).map(alone))
    return
  }
  void notifyAfterCommit(services.sql, decided.map((x) => x.d.live))
  for (const { w, d } of decided) w.resolve(d.applied)
}

/**
 * From this many events a batch is decided in two halves, and the first half's writes go to the database while Node
 * decides the second: the database's work and Node's overlap instead of taking turns (one statement more per batch).
 */
const SPLIT_WRITES_FROM = 8

/** Sends a statement now (postgres.js sends one once it is awaited); its outcome is the returned promise's. */
function sendNow(q: PromiseLike<unknown>): Promise<unknown> {
  const p = new Promise((resolve, reject) => { q.then(resolve, reject) })
  p.catch(() => {}) // awaited with the transaction's other statements (transact), which answers its failure
  return p
}

const batchers = new WeakMap<CaseServices, GroupCommit<Submitted, ApplyResult>>()
function batcherOf(services: CaseServices): GroupCommit<Submitted, ApplyResult> {
  let b = batchers.get(services)
  if (!b) batchers.set(services, (b = new GroupCommit({ key: (e) => e.caseId, run: (batch, decided) => runEvents(services, batch, decided) })))
  return b
}

/** Checks payloads against the database and turns unit ids into chain units. */
interface CaseScope { division_code: string | null; recuse_division_code: string | null }

async function resolvePayload(tx: TransactionSql, cal: WorkCalendar, caseId: number, snapshot: CaseSnapshot, input: EventInput, actor: Actor, now: Date): Promise<Record<string, unknown>> {
  const ctx = snapshot.context
  switch (input.type) {
    case 'DISPATCH': {
      const ids = (input as { chain: number[] }).chain
      const units = await loadUnits(tx, ids)
      const above = currentLink(ctx)?.unitId ?? ctx.rootUnitId
      const [top] = await tx`select division_code from units where id = ${above}`
      checkDescends(top.division_code, units)
      await checkRecusal(tx, units, ctx.accusedUnitId)
      const assisting = await resolveAssisting(tx, cal, snapshot, (input as { assisting?: AssistingInput[] }).assisting, top.division_code, [above, ...ids], now)
      return { chain: units.map((u): ChainUnit => ({ unitId: u.id, level: u.level })), ...(assisting.length ? { assisting } : {}) }
    }
    case 'DELEGATE': {
      const [unit] = await loadUnits(tx, [(input as { unitId: number }).unitId])
      const holderId = currentLink(ctx)?.unitId ?? ctx.rootUnitId
      const [holder] = await tx`select division_code from units where id = ${holderId}`
      checkDescends(holder.division_code, [unit])
      await checkRecusal(tx, [unit], ctx.accusedUnitId)
      const taken = [ctx.rootUnitId, ...ctx.chain.map((l) => l.unitId), unit.id]
      const assisting = await resolveAssisting(tx, cal, snapshot, (input as { assisting?: AssistingInput[] }).assisting, holder.division_code, taken, now)
      return { unit: { unitId: unit.id, level: unit.level } satisfies ChainUnit, ...(assisting.length ? { assisting } : {}) }
    }
    // 更换协办单位: the new unit found and checked as DISPATCH's assisting units are, by the unit naming it
    case 'PART_REPLACE': {
      const { seq, unitId, workingDays } = input as unknown as { seq: number; unitId: number; workingDays: number }
      const [namer] = await tx`select division_code from units where id = ${reviewerUnitId(ctx)}`
      const [unit] = await resolveAssisting(tx, cal, snapshot, [{ unitId, workingDays }], namer.division_code, [ctx.rootUnitId, ...ctx.chain.map((l) => l.unitId)], now)
      return { seq, unit }
    }
    // 协办: the assisting unit is the actor's own
    case 'PART_SIGN':
    case 'PART_RETURN':
    case 'PART_SUBMIT': {
      const { type: _type, ...payload } = input
      const unitId = actor.kind === 'staff' ? actor.unitId : 0
      if (input.type !== 'PART_SUBMIT') return { ...payload, unitId }
      const ids = [...new Set(((input as { attachmentIds?: number[] }).attachmentIds ?? []).map(Number))]
      if (ids.length) {
        // evidence is a file stored on this case as 协办 evidence, never another case's
        const found = await tx`select id from attachments where id = any(${ids}::bigint[]) and complaint_id = ${caseId} and kind = 'part_evidence'`
        if (found.length !== ids.length) throw errors.validation({ fields: [{ field: 'attachmentIds', message: '附件不属于本诉求', messageEn: 'The files do not belong to this case' }] })
      }
      return { ...payload, unitId, attachmentIds: ids }
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
      // a report against the registering centre (or a unit above it) moves up by itself (回避)
      const root = reg.accusedUnitId ? await receivingUnit(tx, ctx.rootUnitId, reg.accusedUnitId) : ctx.rootUnitId
      return { ...rest, ...(complaintType ? { complaintType } : {}), ...(root !== ctx.rootUnitId ? { rootUnitId: root } : {}) }
    }
    case 'MERGE': {
      const into = (input as { intoCaseId: number }).intoCaseId
      // the target too must be one the actor may see: an invisible case answers as one that does not exist (no probing)
      const [unit] = actor.kind === 'staff' ? await tx`select id, division_code from units where id = ${actor.unitId}` : []
      const [target] = unit && into !== caseId
        ? await tx`select c.id, c.state from cases c where c.id = ${into} and ${visibleTo(tx, { unit: { id: Number(unit.id), divisionCode: unit.division_code } })}`
        : []
      if (!target) throw errors.mergeTargetNotFound({ intoCaseId: into })
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

const assistingField = (message: string, messageEn: string) => errors.validation({ fields: [{ field: 'assisting', message, messageEn }] })

/**
 * 协办 units named by DISPATCH or DELEGATE, found and checked as the chain is: active units, within the jurisdiction
 * of the unit dispatching (`topDivision`), none of the accused unit's subtree (回避); at most five, none twice, none
 * of `taken` (root, chain, lead); each part's deadline `workingDays` from now, within the lead's own time (sign and
 * handle, by urgency).
 */
async function resolveAssisting(tx: TransactionSql, cal: WorkCalendar, snapshot: CaseSnapshot, input: AssistingInput[] | undefined, topDivision: string, taken: number[], now: Date): Promise<AssistingUnit[]> {
  if (!input || input.length === 0) return []
  const ctx = snapshot.context
  if (input.length > MAX_ASSISTING_UNITS) throw assistingField(`协办单位最多 ${MAX_ASSISTING_UNITS} 个`, `At most ${MAX_ASSISTING_UNITS} assisting units`)
  const ids = input.map((a) => a.unitId)
  if (new Set(ids).size !== ids.length) throw assistingField('协办单位不能重复', 'An assisting unit is named twice')
  if (ids.some((id) => taken.includes(id))) throw assistingField('协办单位不能是主办单位、交办链上的单位或受理中心', 'An assisting unit cannot be the lead, a unit of the chain or the centre')
  const open = partsOf(ctx).find((p) => ids.includes(p.unitId) && (p.status === 'assigned' || p.status === 'handling'))
  if (open) throw assistingField('该单位已有未完成的协办任务', 'That unit already has an open part on this case')
  const units = await loadUnits(tx, ids)
  const outside = units.find((u) => !inSubtree(u.division_code, topDivision))
  if (outside) throw assistingField(`${outside.name} 不在交办单位的辖区内`, `${outside.name} is not within the jurisdiction of the unit dispatching`)
  if (ctx.accusedUnitId) {
    const [inside] = await unitsInSubtree(tx, ctx.accusedUnitId, ids)
    if (inside !== undefined) throw errors.recusal({ reason: 'accused_subtree', unitId: inside })
  }
  const leadDue = handleDeadline(cal, signDeadline(cal, now), ctx.urgency)
  return units.map((u, i): AssistingUnit => {
    const days = input[i].workingDays
    const dueAt = Number.isInteger(days) && days >= 1 ? cal.addWorkingDays(now, days) : null
    if (!dueAt || dueAt > leadDue) {
      throw errors.partDeadlineBeyondLead({ unitId: u.id, leadDueAt: leadDue.toISOString(), fields: [{ field: 'assisting', message: `${u.name} 的协办时限须在主办单位的办理时限内（${shanghaiDate(leadDue)} 前）`, messageEn: `${u.name}: the part's deadline must fall within the lead's (by ${shanghaiDate(leadDue)})` }] })
    }
    return { unitId: u.id, level: u.level, dueAt: dueAt.toISOString() }
  })
}

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

/**
 * 回避: no unit of the accused unit's subtree (in the units tree, src/cases/access.ts) in the chain, and the handling
 * unit at least one level above the accused.
 */
async function checkRecusal(tx: TransactionSql, units: UnitRow[], accusedUnitId: number | null): Promise<void> {
  if (!accusedUnitId) return
  const [accused] = await tx`select level from units where id = ${accusedUnitId}`
  if (!accused) return
  const [inside] = await unitsInSubtree(tx, accusedUnitId, units.map((u) => u.id))
  if (inside !== undefined) throw errors.recusal({ reason: 'accused_subtree', unitId: inside })
  const last = units[units.length - 1]
  if (LEVEL_DEPTH[last.level] >= LEVEL_DEPTH[accused.level as Level]) {
    throw errors.recusal({ reason: 'level_not_above_accused', unitId: last.id })
  }
}

/** REGISTER may move the case's place or accused unit: keep the scope and recusal columns in step. */
async function registerColumns(tx: TransactionSql, caseId: number, reg: Extract<EventInput, { type: 'REGISTER' }>, event: Extract<CaseEvent, { type: 'REGISTER' }>): Promise<Record<string, unknown>> {
  const cols: Record<string, unknown> = { category: reg.category }
  if (reg.complaintType) cols.type = reg.complaintType
  if (reg.divisionCode) cols.division_code = reg.divisionCode
  if (reg.accusedUnitId) {
    cols.recuse_division_code = await accusedScope(tx, reg.accusedUnitId)
    cols.recuse_unit_id = reg.accusedUnitId
  }
  if (event.rootUnitId !== undefined) cols.root_unit_id = event.rootUnitId
  await tx`
    update complaints set category = ${reg.category},
      type = coalesce(${reg.complaintType ?? null}::complaint_type, type),
      urgency = coalesce(${reg.urgency ?? null}::urgency, urgency),
      division_code = coalesce(${reg.divisionCode ?? null}, division_code),
      accused_unit_id = coalesce(${reg.accusedUnitId ?? null}::bigint, accused_unit_id)
    where id = ${caseId}`
  return cols
}

/** Steps staff must end within their clock (evaluation waits for the complainant, whose silence closes the case). */
const STAFF_STEPS = ['intake', 'triage', 'assigned', 'handling', 'review', 'feedback', 'decision']

/** The step the event ends (its state or acting unit changes), when a member of staff ends it past its due time. */
function stepEndedLate(row: LockedCase, state: string, unitId: number | null, actor: Actor, now: Date): LateStep | null {
  if (actor.kind !== 'staff' || !row.link_due_at || row.current_unit_id === null || now <= row.link_due_at || !STAFF_STEPS.includes(row.state)) return null
  if (state === row.state && unitId === Number(row.current_unit_id)) return null
  return { unitId: Number(row.current_unit_id), state: row.state, dueAt: row.link_due_at.toISOString(), at: now.toISOString() }
}

/** Side effects of an accepted event, written as jobs in the same transaction. */
function outboxJobs(caseId: number, type: string, version: number, state: string): OutboxJob[] {
  // 问责: a case closed, or a reply found untrue (答复不实), opens its records (src/accountability/open.ts)
  if (type === 'FIND_UNTRUE' || state === 'closed') {
    const open: OutboxJob = { name: ACCOUNTABILITY_QUEUE, data: { caseId, version }, options: { id: jobId(caseId, 'accountability', version), retryLimit: 5, retryBackoff: true } }
    return [...notifyJobs(caseId, type, version, state), open]
  }
  return notifyJobs(caseId, type, version, state)
}

function notifyJobs(caseId: number, type: string, version: number, state: string): OutboxJob[] {
  const notify = (kind: string): OutboxJob => ({ name: 'notify', data: { caseId, kind, version }, options: { id: jobId(caseId, kind, version), retryLimit: 5, retryBackoff: true } })
  switch (type) {
    case 'REGISTER': return [notify('accepted')]
    case 'REJECT': return [notify('rejected')]
    case 'SEND_FEEDBACK': return [notify('result')]
    case 'EVALUATE': return state === 'triage' ? [notify('redo')] : []
    default: return []
  }
}

