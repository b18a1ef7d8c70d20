/**
 * The case statechart (DESIGN.md "The case statechart", issue 3).
 *
 * A pure XState v5 machine: callers never start an actor. They compute the next snapshot with
 * `nextSnapshot(snapshot, event)` (xstate's `transition()`) and persist it. Nothing here reads a clock or any
 * state outside the event: every time stamp comes from `event.at`.
 *
 * Two parallel regions:
 *  - `case`: the lifecycle (intake → triage → assigned → handling → review → feedback →
 *    evaluation → closed, plus the side exits);
 *  - `supervision`: the warning level (none → yellow → red, never back) and 督办 notes.
 *    When the case region reaches a final state the supervision region moves to its own final
 *    state `ended` (the last warning level stays in `context.warning`), so a finished case
 *    accepts no event at all and the snapshot's status is 'done';
 *  - `assisting` (主办/协办, issue 22): `idle` while no assisting unit has an open part, `open`
 *    while one has (it accepts PART_SIGN / PART_RETURN / PART_SUBMIT), `ended` with the case.
 *    The parts themselves are rows of `context.parts`, each with its own small lifecycle
 *    (assigned → handling → submitted, or returned; lapsed when the lead replied without it past its
 *    deadline; cancelled when the lead's link is returned or the case ends). The lead's reply
 *    (SUBMIT_REPLY, or APPROVE_REPLY of a child's reply, which is the lead's own reply) waits until
 *    every part of its link is in or past its deadline.
 *
 * 答复不实 (FIND_UNTRUE, issue 22): the receiving centre's supervisor finds the reply the complainant rated
 * unsatisfied untrue, with a reason — at `decision` it decides the redo (→ `triage`); in `triage` after the automatic
 * redo of an unsatisfied rating the parallel region `finding` is `findable` and takes it in place, once per round. The finding (with the reply and
 * the unit that wrote it) stays in `context.untrueFindings`; src/accountability opens its 问责 record.
 *
 * 更换协办单位 (PART_REPLACE, issue 22): while the current link's lead has a part returned and not yet replaced, the
 * region `replacing` is `returnedPart` and the unit that named the assisting units (the reviewer of the lead's link)
 * may name another unit for it: a new part, due when the event says.
 *
 * Authorization of the actor is not checked here (see ./authorize.ts); the guards below check
 * only the domain rules of the payload against the context.
 */
import { and, assertEvent, assign, createActor, not, or, setup, stateIn } from 'xstate'
import type { AnyActorScope, SnapshotFrom } from 'xstate'

/**
 * 2: the `assisting` region and `context.parts` (issue 22). A version-1 snapshot resolves unchanged: the missing
 * region starts in `idle` and a missing `parts` reads as none (see partsOf).
 * 3: 答复不实 (FIND_UNTRUE, issue 22): `Reply.unitId`, `context.redoneReply` and `context.untrueFindings`, the regions
 * `finding` and `replacing` (PART_REPLACE, `Part.replacedBy`). A version-2 snapshot resolves unchanged (the missing
 * regions start in their initial states): no findings, no redone reply (a case redone before version 3 cannot be found untrue in
 * `triage`, only at its next `decision`), and a reply without `unitId` is attributed from the event log
 * (src/accountability/open.ts).
 */
export const MACHINE_VERSION = 3

// ---------------------------------------------------------------------------------------------
// Model

export type Level = 'city' | 'county' | 'township' | 'village'
import type { Role } from '../auth/roles.js'
export type { Role }
export type StaffActor = { kind: 'staff'; userId: number; unitId: number; role: Role }
export type Actor = StaffActor | { kind: 'citizen' } | { kind: 'system' }

export interface ChainUnit {
  unitId: number
  level: Level
}

export type LinkStatus = 'waiting' | 'assigned' | 'handling' | 'review'
export type Urgency = 'normal' | 'urgent' | 'critical'
export type Rating = 'satisfied' | 'basic' | 'unsatisfied'
export type WarningLevel = 'none' | 'yellow' | 'red'

export interface Reply {
  text: string
  resolved: boolean
  at: string
  /** the unit whose reply it is: the link that wrote it, or the reviewer that rewrote it (absent before version 3) */
  unitId?: number
}

/** 答复不实: the receiving centre's supervisor finds the reply the complainant rated unsatisfied untrue (issue 22). */
export interface UntrueFinding {
  /** the redo round the finding sends the case into (context.redoCount after it) */
  round: number
  reason: string
  userId: number | null
  at: string
  /** the reply found untrue (the final reply of the round redone) */
  reply: Reply | null
}

/** One assignment 交办 of the chain (the root centre is not a link). */
export interface Link {
  unitId: number
  level: Level
  /**
   * waiting: a unit above the current link (an intermediate unit of a multi-unit dispatch, or a
   * unit that delegated further down); only the last link is assigned / handling / review.
   */
  status: LinkStatus
  assignedAt: string
  signedAt: string | null
  /** approved extra working days (total, at most MAX_EXTENSION_DAYS) */
  extensionDays: number
  extensionRequest: { workingDays: number; reason: string; at: string } | null
  reply: Reply | null
}

/** 协办: an assisting unit's part of a lead link (主办). */
export type PartStatus = 'assigned' | 'handling' | 'submitted' | 'returned' | 'lapsed' | 'cancelled'

export interface AssistingUnit extends ChainUnit {
  /** the part's deadline (end of a working day), set by the dispatcher within the lead's */
  dueAt: string
}

export interface Part {
  /** its index in context.parts, never reused (case_parts.seq) */
  seq: number
  unitId: number
  level: Level
  /** the lead unit (主办) whose link this part belongs to */
  leadUnitId: number
  status: PartStatus
  assignedAt: string
  dueAt: string
  signedAt: string | null
  /** 协办意见 with its evidence files */
  opinion: { text: string; attachmentIds: number[]; at: string } | null
  returnReason: string | null
  /** when it stopped being open (submitted, returned, lapsed, cancelled) */
  closedAt: string | null
  /** a returned part: the seq of the part that replaced it (PART_REPLACE, absent before version 3) */
  replacedBy?: number
  /** submitted after its deadline, or lapsed: counted against the assisting unit */
  late: boolean
}

export const OPEN_PART_STATUSES: readonly PartStatus[] = ['assigned', 'handling']
export const MAX_ASSISTING_UNITS = 5

export interface CaseContext {
  /** the registering centre 受理中心; it reviews the top link and does triage / feedback */
  rootUnitId: number
  /** chain[0] is the first unit below root; the last element is the current link */
  chain: Link[]
  receivedAt: string
  category: string | null
  type: string
  urgency: Urgency
  divisionCode: string | null
  accusedUnitId: number | null
  /** 退回, one entry per return, with the unit that returned */
  returns: { unitId: number; reason: string; at: string }[]
  /** 重办 after unsatisfied evaluations (or a DECIDE redo) */
  redoCount: number
  /** approved at root, or the ANSWER text */
  finalReply: Reply | null
  /** when the root approved (the feedback clock starts) */
  approvedAt: string | null
  feedback: { text: string; channel: string; at: string } | null
  evaluation: { rating: Rating; comment: string | null; at: string } | null
  rejectReason: string | null
  mergedInto: number | null
  withdrawReason: string | null
  supervisions: { note: string; userId: number | null; at: string }[]
  warning: WarningLevel
  /** 协办 parts, all rounds (absent in snapshots of machine version 1: read through partsOf) */
  parts?: Part[]
  /** the final reply of the round last redone (重办), kept for a finding of 答复不实 (absent before version 3) */
  redoneReply?: Reply | null
  /** 答复不实 findings, one per redo round at most (absent before version 3) */
  untrueFindings?: UntrueFinding[]
}

export interface CaseInput {
  rootUnitId: number
  receivedAt: string
  type: string
  urgency: Urgency
  category?: string | null
  divisionCode?: string | null
  accusedUnitId?: number | null
}

// ---------------------------------------------------------------------------------------------
// Events

type Meta = { at: string; actor: Actor }

export type CaseEvent =
  | ({ type: 'REGISTER'; category: string } & RegisterPayload & Meta)
  | ({ type: 'REJECT'; reason: string } & Meta)
  | ({ type: 'MERGE'; intoCaseId: number } & Meta)
  | ({ type: 'WITHDRAW'; reason: string } & Meta)
  | ({ type: 'DISPATCH'; chain: ChainUnit[]; assisting?: AssistingUnit[] } & Meta)
  | ({ type: 'ANSWER'; text: string } & Meta)
  | ({ type: 'SIGN' } & Meta)
  | ({ type: 'RETURN'; reason: string } & Meta)
  | ({ type: 'DELEGATE'; unit: ChainUnit; assisting?: AssistingUnit[] } & Meta)
  | ({ type: 'REQUEST_EXTENSION'; workingDays: number; reason: string } & Meta)
  | ({ type: 'APPROVE_EXTENSION' } & Meta)
  | ({ type: 'DENY_EXTENSION'; reason: string } & Meta)
  | ({ type: 'SUBMIT_REPLY'; text: string; resolved: boolean } & Meta)
  | ({ type: 'APPROVE_REPLY'; text?: string } & Meta)
  | ({ type: 'REJECT_REPLY'; reason: string } & Meta)
  | ({ type: 'SEND_FEEDBACK'; text: string; channel: string } & Meta)
  | ({ type: 'EVALUATE'; rating: Rating; comment?: string | null } & Meta)
  | ({ type: 'DECIDE'; outcome: 'redo' | 'close'; note: string } & Meta)
  // 答复不实: with a redo decided at `decision`, or after the automatic redo of an unsatisfied rating (in `triage`)
  | ({ type: 'FIND_UNTRUE'; reason: string } & Meta)
  | ({ type: 'SUPERVISE'; note: string } & Meta)
  | ({ type: 'WARN'; level: 'yellow' | 'red' } & Meta)
  | ({ type: 'TIMEOUT' } & Meta)
  // 协办: `unitId` is the assisting unit acting (set by the service from the actor)
  | ({ type: 'PART_SIGN'; unitId: number } & Meta)
  | ({ type: 'PART_RETURN'; unitId: number; reason: string } & Meta)
  | ({ type: 'PART_SUBMIT'; unitId: number; text: string; attachmentIds?: number[] } & Meta)
  // 更换协办单位: the unit that named the assisting units replaces one that returned its part (`seq`) with another
  | ({ type: 'PART_REPLACE'; seq: number; unit: AssistingUnit } & Meta)

/**
 * REGISTER's optional fields. The payload calls the complaint type `type`, which the
 * event object cannot carry (its `type` is 'REGISTER'); the caller maps it to `complaintType`.
 */
export interface RegisterPayload {
  complaintType?: string
  urgency?: Urgency
  divisionCode?: string | null
  accusedUnitId?: number | null
  /** set by the service, not the sender: the centre above, when the registering one is accused (回避) */
  rootUnitId?: number
}

export const CASE_EVENT_TYPES = [
  'REGISTER',
  'REJECT',
  'MERGE',
  'WITHDRAW',
  'DISPATCH',
  'ANSWER',
  'SIGN',
  'RETURN',
  'DELEGATE',
  'REQUEST_EXTENSION',
  'APPROVE_EXTENSION',
  'DENY_EXTENSION',
  'SUBMIT_REPLY',
  'APPROVE_REPLY',
  'REJECT_REPLY',
  'SEND_FEEDBACK',
  'EVALUATE',
  'DECIDE',
  'FIND_UNTRUE',
  'SUPERVISE',
  'WARN',
  'TIMEOUT',
  'PART_SIGN',
  'PART_RETURN',
  'PART_SUBMIT',
  'PART_REPLACE',
] as const satisfies readonly CaseEvent['type'][]

export type CaseEventType = (typeof CASE_EVENT_TYPES)[number]
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>

// ---------------------------------------------------------------------------------------------
// Pure helpers over the context

export const MAX_EXTENSION_DAYS = 15
/** REDO_LIMIT unsatisfied evaluations send the case back to triage; the next one goes to `decision`. */
export const REDO_LIMIT = 2

const LEVEL_DEPTH: Record<Level, number> = { city: 0, county: 1, township: 2, village: 3 }

/** The current link (the last of the chain), or null while the case sits at the root. */
export function currentLink(ctx: CaseContext): Link | null {
  return ctx.chain.length > 0 ? ctx.chain[ctx.chain.length - 1] : null
}

/** The unit currently holding the case: the current link's, or the root centre's. */
export function currentUnitId(ctx: CaseContext): number {
  return currentLink(ctx)?.unitId ?? ctx.rootUnitId
}

/**
 * The unit that reviews the current link's reply and decides its extension requests: the link
 * above it, or the root centre for the top link (and for an empty chain).
 */
export function reviewerUnitId(ctx: CaseContext): number {
  return ctx.chain.length >= 2 ? ctx.chain[ctx.chain.length - 2].unitId : ctx.rootUnitId
}

/** Returns (退回) counted per unit. */
export function returnCounts(ctx: CaseContext): Map<number, number> {
  const counts = new Map<number, number>()
  for (const r of ctx.returns) counts.set(r.unitId, (counts.get(r.unitId) ?? 0) + 1)
  return counts
}

function newLink(unit: ChainUnit, status: LinkStatus, at: string): Link {
  return {
    unitId: unit.unitId,
    level: unit.level,
    status,
    assignedAt: at,
    signedAt: null,
    extensionDays: 0,
    extensionRequest: null,
    reply: null,
  }
}

/** 答复不实 findings of a context (none in a snapshot before machine version 3). */
export function untrueFindingsOf(ctx: CaseContext): UntrueFinding[] {
  return ctx.untrueFindings ?? []
}

/** A reply of a redone round on record, not yet found untrue in this round (答复不实 may be recorded). */
function replyToFind(ctx: CaseContext): boolean {
  return ctx.redoCount > 0 && !!ctx.redoneReply && !untrueFindingsOf(ctx).some((f) => f.round === ctx.redoCount)
}

/** `{ unitId }` when the reply's unit is known (a reply stored before version 3 has none). */
function replyUnit(unitId: number | undefined): { unitId?: number } {
  return unitId === undefined ? {} : { unitId }
}

/** The parts of a context (none in a snapshot of machine version 1). */
export function partsOf(ctx: CaseContext): Part[] {
  return ctx.parts ?? []
}

export function isOpenPart(p: Part): boolean {
  return OPEN_PART_STATUSES.includes(p.status)
}

/** The open part of an assisting unit (a unit has at most one open part on a case). */
export function openPartOf(ctx: CaseContext, unitId: number): Part | null {
  return partsOf(ctx).find((p) => p.unitId === unitId && isOpenPart(p)) ?? null
}

/**
 * The assisting unit that may send a 协办 event now, if `unitId` is one: PART_SIGN and PART_RETURN take a part
 * waiting to be signed, PART_SUBMIT any open part (submitting signs it too).
 */
export function assistingUnitFor(ctx: CaseContext, type: string, unitId: number): number | null {
  const part = openPartOf(ctx, unitId)
  if (!part) return null
  return type === 'PART_SUBMIT' || part.status === 'assigned' ? part.unitId : null
}

/** Returned parts of the current link's lead not yet replaced (PART_REPLACE takes one of them). */
export function replaceableParts(ctx: CaseContext): Part[] {
  const lead = currentLink(ctx)?.unitId
  return lead === undefined ? [] : partsOf(ctx).filter((p) => p.leadUnitId === lead && p.status === 'returned' && p.replacedBy === undefined)
}

/** Open parts of the lead `leadUnitId` still within their deadline at `at`: the lead's reply waits for them. */
export function pendingParts(ctx: CaseContext, leadUnitId: number, at: string): Part[] {
  return partsOf(ctx).filter((p) => p.leadUnitId === leadUnitId && isOpenPart(p) && p.dueAt > at)
}

/** The unit whose reply the event makes: the current link's (SUBMIT_REPLY) or, for APPROVE_REPLY below it, its parent's. */
function replyingLeadUnitId(ctx: CaseContext, type: 'SUBMIT_REPLY' | 'APPROVE_REPLY'): number | null {
  if (type === 'SUBMIT_REPLY') return currentLink(ctx)?.unitId ?? null
  return ctx.chain.length >= 2 ? ctx.chain[ctx.chain.length - 2].unitId : null
}

/** Parts the lead's reply waits for now (empty when the reply may go). */
export function partsBlockingReply(ctx: CaseContext, type: 'SUBMIT_REPLY' | 'APPROVE_REPLY', at: string): Part[] {
  const lead = replyingLeadUnitId(ctx, type)
  return lead === null ? [] : pendingParts(ctx, lead, at)
}

/** Parts with `update` applied to those matching `which`. */
function updateParts(ctx: CaseContext, which: (p: Part) => boolean, update: (p: Part) => Part): Part[] {
  return partsOf(ctx).map((p) => (which(p) ? update(p) : p))
}

/** The lead replied: its parts not in by now lapse, late (逾期未提交). */
function lapseParts(ctx: CaseContext, leadUnitId: number | null, at: string): Part[] {
  return updateParts(ctx, (p) => p.leadUnitId === leadUnitId && isOpenPart(p), (p) => ({ ...p, status: 'lapsed', closedAt: at, late: true }))
}

/** The lead's link is gone (returned, or the case ended): its open parts are cancelled, not counted against anyone. */
function cancelParts(ctx: CaseContext, which: (p: Part) => boolean, at: string): Part[] {
  return updateParts(ctx, (p) => which(p) && isOpenPart(p), (p) => ({ ...p, status: 'cancelled', closedAt: at }))
}

function newParts(ctx: CaseContext, leadUnitId: number, assisting: AssistingUnit[] | undefined, at: string): Part[] {
  const parts = partsOf(ctx)
  return [...parts, ...(assisting ?? []).map((u, i): Part => ({
    seq: parts.length + i, unitId: u.unitId, level: u.level, leadUnitId, status: 'assigned', assignedAt: at, dueAt: u.dueAt,
    signedAt: null, opinion: null, returnReason: null, closedAt: null, late: false,
  }))]
}

/**
 * Assisting units: at most five, none twice, not the lead, not a unit of the chain or the root, none with an open part
 * already, and each deadline after the assignment.
 */
function assistingIsValid(ctx: CaseContext, chainAfter: number[], assisting: AssistingUnit[] | undefined, at: string): boolean {
  if (!assisting || assisting.length === 0) return true
  if (assisting.length > MAX_ASSISTING_UNITS) return false
  const taken = new Set<number>([ctx.rootUnitId, ...chainAfter])
  for (const u of assisting) {
    if (!Number.isInteger(u.unitId) || taken.has(u.unitId) || openPartOf(ctx, u.unitId)) return false
    if (LEVEL_DEPTH[u.level] === undefined || typeof u.dueAt !== 'string' || !(u.dueAt > at)) return false
    taken.add(u.unitId)
  }
  return true
}

/** Replaces the last link of the chain. */
function withLast(chain: Link[], update: (link: Link) => Link): Link[] {
  if (chain.length === 0) return chain
  return [...chain.slice(0, -1), update(chain[chain.length - 1])]
}

/**
 * A chain of units may go down or stay at a level, never up; no unit twice; never the root.
 * (A city department is at city level, like the city centre, so "below" is not strictly deeper.)
 */
function chainIsValid(rootUnitId: number, above: Link[], units: ChainUnit[]): boolean {
  if (units.length === 0) return false
  const seen = new Set<number>([rootUnitId, ...above.map((l) => l.unitId)])
  let depth = above.length > 0 ? LEVEL_DEPTH[above[above.length - 1].level] : -1
  for (const u of units) {
    if (!Number.isInteger(u.unitId) || seen.has(u.unitId)) return false
    const d = LEVEL_DEPTH[u.level]
    if (d === undefined || d < depth) return false
    seen.add(u.unitId)
    depth = d
  }
  return true
}

/** Clears the previous round when the case goes back to triage (重办). */
const redoReset = {
  chain: [] as Link[],
  finalReply: null,
  approvedAt: null,
  feedback: null,
  evaluation: null,
} satisfies Partial<CaseContext>

// ---------------------------------------------------------------------------------------------
// The machine

const caseIsFinal = or([
  stateIn({ case: 'closed' }),
  stateIn({ case: 'rejected' }),
  stateIn({ case: 'merged' }),
  stateIn({ case: 'withdrawn' }),
])

export const caseMachine = setup({
  types: {
    context: {} as CaseContext,
    events: {} as CaseEvent,
    input: {} as CaseInput,
  },
  guards: {
    dispatchChainValid: ({ context, event }) => {
      assertEvent(event, 'DISPATCH')
      return chainIsValid(context.rootUnitId, context.chain, event.chain)
        && assistingIsValid(context, event.chain.map((u) => u.unitId), event.assisting, event.at)
    },
    delegateUnitValid: ({ context, event }) => {
      assertEvent(event, 'DELEGATE')
      return chainIsValid(context.rootUnitId, context.chain, [event.unit])
        && assistingIsValid(context, [...context.chain.map((l) => l.unitId), event.unit.unitId], event.assisting, event.at)
    },
    /** 主办 replies only when every part of its link is in or past its deadline. */
    partsSettledForSubmit: ({ context, event }) => {
      assertEvent(event, 'SUBMIT_REPLY')
      return partsBlockingReply(context, 'SUBMIT_REPLY', event.at).length === 0
    },
    partsSettledForApproval: ({ context, event }) => {
      assertEvent(event, 'APPROVE_REPLY')
      return partsBlockingReply(context, 'APPROVE_REPLY', event.at).length === 0
    },
    partAssigned: ({ context, event }) => {
      assertEvent(event, ['PART_SIGN', 'PART_RETURN'])
      return openPartOf(context, event.unitId)?.status === 'assigned'
    },
    partOpen: ({ context, event }) => {
      assertEvent(event, 'PART_SUBMIT')
      return openPartOf(context, event.unitId) !== null && typeof event.text === 'string' && event.text.length > 0
    },
    /** a returned part of the current link's lead to replace, and a valid unit for it */
    partReplaceValid: ({ context, event }) => {
      assertEvent(event, 'PART_REPLACE')
      const lead = currentLink(context)
      return !!lead && replaceableParts(context).some((p) => p.seq === event.seq)
        && assistingIsValid(context, context.chain.map((l) => l.unitId), [event.unit], event.at)
    },
    returnedPartToReplace: ({ context }) => replaceableParts(context).length > 0,
    partReplaceable: and([or([stateIn({ case: 'assigned' }), stateIn({ case: 'handling' })]), 'returnedPartToReplace']),
    partNotReplaceable: not(and([or([stateIn({ case: 'assigned' }), stateIn({ case: 'handling' })]), 'returnedPartToReplace'])),
    hasOpenParts: ({ context }) => partsOf(context).some(isOpenPart),
    noOpenParts: ({ context }) => !partsOf(context).some(isOpenPart),
    /** RETURN from the top link: the case goes back to the root's triage. */
    returnsToRoot: ({ context }) => context.chain.length <= 1,
    /** 1 ≤ workingDays ≤ 15 − the days already approved for this link. */
    extensionWithinCap: ({ context, event }) => {
      assertEvent(event, 'REQUEST_EXTENSION')
      const link = currentLink(context)
      if (!link) return false
      const d = event.workingDays
      return Number.isInteger(d) && d >= 1 && d <= MAX_EXTENSION_DAYS - link.extensionDays
    },
    /** The link under review is the top one, so the reviewer is the root centre. */
    reviewerIsRoot: ({ context }) => context.chain.length === 1,
    ratingIsPositive: ({ event }) => {
      assertEvent(event, 'EVALUATE')
      return event.rating === 'satisfied' || event.rating === 'basic'
    },
    /** unsatisfied, and fewer than REDO_LIMIT redos so far */
    redoAllowed: ({ context, event }) => {
      assertEvent(event, 'EVALUATE')
      return event.rating === 'unsatisfied' && context.redoCount < REDO_LIMIT
    },
    ratingIsUnsatisfied: ({ event }) => {
      assertEvent(event, 'EVALUATE')
      return event.rating === 'unsatisfied'
    },
    decidedRedo: ({ event }) => {
      assertEvent(event, 'DECIDE')
      return event.outcome === 'redo'
    },
    /** 答复不实 with its reason, at `decision` (the finding decides the redo) */
    untrueReasonGiven: ({ event }) => {
      assertEvent(event, 'FIND_UNTRUE')
      return typeof event.reason === 'string' && event.reason.trim().length > 0
    },
    /** in `triage` after a redo: a reply on record to find untrue, and no finding yet in this round */
    replyToFind: ({ context }) => replyToFind(context),
    untrueFindable: and([stateIn({ case: 'triage' }), 'replyToFind']),
    untrueNotFindable: not(and([stateIn({ case: 'triage' }), 'replyToFind'])),
    decidedClose: ({ event }) => {
      assertEvent(event, 'DECIDE')
      return event.outcome === 'close'
    },
    warnYellow: ({ event }) => {
      assertEvent(event, 'WARN')
      return event.level === 'yellow'
    },
    warnRed: ({ event }) => {
      assertEvent(event, 'WARN')
      return event.level === 'red'
    },
    caseIsFinal,
  },
  actions: {
    register: assign(({ context, event }) => {
      assertEvent(event, 'REGISTER')
      return {
        category: event.category,
        type: event.complaintType ?? context.type,
        urgency: event.urgency ?? context.urgency,
        divisionCode: event.divisionCode === undefined ? context.divisionCode : event.divisionCode,
        accusedUnitId: event.accusedUnitId === undefined ? context.accusedUnitId : event.accusedUnitId,
        rootUnitId: event.rootUnitId ?? context.rootUnitId,
      }
    }),
    recordReject: assign(({ event }) => {
      assertEvent(event, 'REJECT')
      return { rejectReason: event.reason }
    }),
    recordMerge: assign(({ event }) => {
      assertEvent(event, 'MERGE')
      return { mergedInto: event.intoCaseId }
    }),
    recordWithdraw: assign(({ event }) => {
      assertEvent(event, 'WITHDRAW')
      return { withdrawReason: event.reason }
    }),
    /** All dispatched units but the last wait; the last is assigned. */
    dispatch: assign(({ context, event }) => {
      assertEvent(event, 'DISPATCH')
      const last = event.chain.length - 1
      const chain = event.chain.map((u, i) => newLink(u, i === last ? 'assigned' : 'waiting', event.at))
      return event.assisting?.length ? { chain, parts: newParts(context, event.chain[last].unitId, event.assisting, event.at) } : { chain }
    }),
    answerAtOnce: assign(({ context, event }) => {
      assertEvent(event, 'ANSWER')
      return { finalReply: { text: event.text, resolved: true, at: event.at, unitId: context.rootUnitId }, approvedAt: event.at }
    }),
    sign: assign(({ context, event }) => ({
      chain: withLast(context.chain, (l) => ({ ...l, status: 'handling', signedAt: event.at })),
    })),
    /**
     * 退回: pop the current link and count the return against its unit. The link above (if any)
     * takes the case back into handling; a waiting unit that never signed counts as signed now.
     */
    recordReturn: assign(({ context, event }) => {
      assertEvent(event, 'RETURN')
      const link = currentLink(context)
      if (!link) return {}
      const chain = withLast(context.chain.slice(0, -1), (l) => ({
        ...l,
        status: 'handling',
        signedAt: l.signedAt ?? event.at,
        extensionRequest: null,
      }))
      const returns = [...context.returns, { unitId: link.unitId, reason: event.reason, at: event.at }]
      // the returned lead's assisting units have nothing left to assist
      if (!partsOf(context).some((p) => p.leadUnitId === link.unitId && isOpenPart(p))) return { chain, returns }
      return { chain, returns, parts: cancelParts(context, (p) => p.leadUnitId === link.unitId, event.at) }
    }),
    delegate: assign(({ context, event }) => {
      assertEvent(event, 'DELEGATE')
      const chain = withLast(context.chain, (l) => ({ ...l, status: 'waiting', extensionRequest: null }))
      const delegated = { chain: [...chain, newLink(event.unit, 'assigned', event.at)] }
      return event.assisting?.length ? { ...delegated, parts: newParts(context, event.unit.unitId, event.assisting, event.at) } : delegated
    }),
    requestExtension: assign(({ context, event }) => {
      assertEvent(event, 'REQUEST_EXTENSION')
      return {
        chain: withLast(context.chain, (l) => ({
          ...l,
          extensionRequest: { workingDays: event.workingDays, reason: event.reason, at: event.at },
        })),
      }
    }),
    approveExtension: assign(({ context }) => ({
      chain: withLast(context.chain, (l) => ({
        ...l,
        extensionDays: l.extensionDays + (l.extensionRequest?.workingDays ?? 0),
        extensionRequest: null,
      })),
    })),
    denyExtension: assign(({ context }) => ({
      chain: withLast(context.chain, (l) => ({ ...l, extensionRequest: null })),
    })),
    submitReply: assign(({ context, event }) => {
      assertEvent(event, 'SUBMIT_REPLY')
      const chain = withLast(context.chain, (l) => ({
        ...l,
        status: 'review',
        extensionRequest: null,
        reply: { text: event.text, resolved: event.resolved, at: event.at, unitId: l.unitId },
      }))
      const lead = currentLink(context)?.unitId ?? null
      return partsOf(context).some((p) => p.leadUnitId === lead && isOpenPart(p)) ? { chain, parts: lapseParts(context, lead, event.at) } : { chain }
    }),
    /** The root approves the top link's reply: it becomes the final reply; the chain is done. */
    approveAtRoot: assign(({ context, event }) => {
      assertEvent(event, 'APPROVE_REPLY')
      const reply = currentLink(context)?.reply
      return {
        chain: [],
        finalReply: { text: event.text ?? reply?.text ?? '', resolved: reply?.resolved ?? false, at: event.at, ...replyUnit(event.text ? context.rootUnitId : reply?.unitId) },
        approvedAt: event.at,
      }
    }),
    /** A unit approves its child's reply: the child is popped, the approval is the unit's own reply. */
    approveAndBubble: assign(({ context, event }) => {
      assertEvent(event, 'APPROVE_REPLY')
      const reply = currentLink(context)?.reply
      const chain = withLast(context.chain.slice(0, -1), (l) => ({
        ...l,
        status: 'review',
        extensionRequest: null,
        reply: { text: event.text ?? reply?.text ?? '', resolved: reply?.resolved ?? false, at: event.at, ...replyUnit(event.text ? l.unitId : reply?.unitId) },
      }))
      // approving the child's reply is the parent's own reply: the parent's parts not in by now lapse
      const lead = replyingLeadUnitId(context, 'APPROVE_REPLY')
      return partsOf(context).some((p) => p.leadUnitId === lead && isOpenPart(p)) ? { chain, parts: lapseParts(context, lead, event.at) } : { chain }
    }),
    rejectReply: assign(({ context }) => ({
      chain: withLast(context.chain, (l) => ({ ...l, status: 'handling', reply: null })),
    })),
    recordFeedback: assign(({ event }) => {
      assertEvent(event, 'SEND_FEEDBACK')
      return { feedback: { text: event.text, channel: event.channel, at: event.at } }
    }),
    recordEvaluation: assign(({ event }) => {
      assertEvent(event, 'EVALUATE')
      return { evaluation: { rating: event.rating, comment: event.comment ?? null, at: event.at } }
    }),
    /** 重办: count it and clear the previous round (the history stays in the event log). */
    startRedo: assign(({ context }) => ({ ...redoReset, redoCount: context.redoCount + 1, redoneReply: context.finalReply })),
    /** 答复不实: the finding, about the reply of the round just redone (startRedo runs first at `decision`). */
    recordUntrue: assign(({ context, event }) => {
      assertEvent(event, 'FIND_UNTRUE')
      const userId = event.actor.kind === 'staff' ? event.actor.userId : null
      const finding: UntrueFinding = { round: context.redoCount, reason: event.reason.trim(), userId, at: event.at, reply: context.redoneReply ?? null }
      return { untrueFindings: [...untrueFindingsOf(context), finding] }
    }),
    setWarning: assign(({ event }) => {
      assertEvent(event, 'WARN')
      return { warning: event.level }
    }),
    signPart: assign(({ context, event }) => {
      assertEvent(event, 'PART_SIGN')
      return { parts: updateParts(context, (p) => p.unitId === event.unitId && isOpenPart(p), (p) => ({ ...p, status: 'handling', signedAt: event.at })) }
    }),
    returnPart: assign(({ context, event }) => {
      assertEvent(event, 'PART_RETURN')
      return {
        parts: updateParts(context, (p) => p.unitId === event.unitId && isOpenPart(p), (p) => ({ ...p, status: 'returned', returnReason: event.reason, closedAt: event.at })),
      }
    }),
    /** 协办意见: in after its deadline is late, and counted so against the assisting unit. */
    submitPart: assign(({ context, event }) => {
      assertEvent(event, 'PART_SUBMIT')
      return {
        parts: updateParts(context, (p) => p.unitId === event.unitId && isOpenPart(p), (p) => ({
          ...p, status: 'submitted', signedAt: p.signedAt ?? event.at, closedAt: event.at, late: event.at > p.dueAt,
          opinion: { text: event.text, attachmentIds: event.attachmentIds ?? [], at: event.at },
        })),
      }
    }),
    /** 更换协办单位: a new part for the new unit, due when the event says; the returned one names it. */
    replacePart: assign(({ context, event }) => {
      assertEvent(event, 'PART_REPLACE')
      const lead = currentLink(context)!.unitId
      const added = newParts(context, lead, [event.unit], event.at)
      const seq = added.length - 1
      return { parts: added.map((p) => (p.seq === event.seq ? { ...p, replacedBy: seq } : p)) }
    }),
    /** The case ended: parts still open have nothing left to assist. */
    endParts: assign(({ context, event }) => {
      if (!partsOf(context).some(isOpenPart)) return {}
      // an eventless transition's actions see the event that ended the case
      return { parts: cancelParts(context, () => true, event.at) }
    }),
    recordSupervision: assign(({ context, event }) => {
      assertEvent(event, 'SUPERVISE')
      const userId = event.actor.kind === 'staff' ? event.actor.userId : null
      return { supervisions: [...context.supervisions, { note: event.note, userId, at: event.at }] }
    }),
  },
}).createMachine({
  id: 'suqiuCase',
  type: 'parallel',
  context: ({ input }) => ({
    rootUnitId: input.rootUnitId,
    chain: [],
    receivedAt: input.receivedAt,
    category: input.category ?? null,
    type: input.type,
    urgency: input.urgency,
    divisionCode: input.divisionCode ?? null,
    accusedUnitId: input.accusedUnitId ?? null,
    returns: [],
    redoCount: 0,
    finalReply: null,
    approvedAt: null,
    feedback: null,
    evaluation: null,
    rejectReason: null,
    mergedInto: null,
    withdrawReason: null,
    supervisions: [],
    warning: 'none',
  }),
  states: {
    case: {
      initial: 'intake',
      states: {
        intake: {
          on: {
            REGISTER: { target: 'triage', actions: 'register' },
            REJECT: { target: 'rejected', actions: 'recordReject' },
            MERGE: { target: 'merged', actions: 'recordMerge' },
            WITHDRAW: { target: 'withdrawn', actions: 'recordWithdraw' },
          },
        },
        triage: {
          on: {
            DISPATCH: { guard: 'dispatchChainValid', target: 'assigned', actions: 'dispatch' },
            ANSWER: { target: 'feedback', actions: 'answerAtOnce' },
            REJECT: { target: 'rejected', actions: 'recordReject' },
            MERGE: { target: 'merged', actions: 'recordMerge' },
            WITHDRAW: { target: 'withdrawn', actions: 'recordWithdraw' },
          },
        },
        assigned: {
          on: {
            SIGN: { target: 'handling', actions: 'sign' },
            RETURN: [
              { guard: 'returnsToRoot', target: 'triage', actions: 'recordReturn' },
              { target: 'handling', actions: 'recordReturn' },
            ],
            WITHDRAW: { target: 'withdrawn', actions: 'recordWithdraw' },
          },
        },
        handling: {
          initial: 'working',
          states: {
            working: {
              on: {
                REQUEST_EXTENSION: {
                  guard: 'extensionWithinCap',
                  target: 'extensionRequested',
                  actions: 'requestExtension',
                },
              },
            },
            extensionRequested: {
              on: {
                APPROVE_EXTENSION: { target: 'working', actions: 'approveExtension' },
                DENY_EXTENSION: { target: 'working', actions: 'denyExtension' },
              },
            },
          },
          // also accepted while an extension is pending; doing any of these drops the request
          on: {
            DELEGATE: { guard: 'delegateUnitValid', target: 'assigned', actions: 'delegate' },
            SUBMIT_REPLY: { guard: 'partsSettledForSubmit', target: 'review', actions: 'submitReply' },
            RETURN: [
              { guard: 'returnsToRoot', target: 'triage', actions: 'recordReturn' },
              // the parent link becomes the current one: re-enter handling at `working`
              { target: 'handling', reenter: true, actions: 'recordReturn' },
            ],
            WITHDRAW: { target: 'withdrawn', actions: 'recordWithdraw' },
          },
        },
        review: {
          on: {
            APPROVE_REPLY: [
              { guard: 'reviewerIsRoot', target: 'feedback', actions: 'approveAtRoot' },
              // stay in review: the parent's own reply now waits for the review one level up
              { guard: 'partsSettledForApproval', actions: 'approveAndBubble' },
            ],
            REJECT_REPLY: { target: 'handling', actions: 'rejectReply' },
          },
        },
        feedback: {
          on: {
            SEND_FEEDBACK: { target: 'evaluation', actions: 'recordFeedback' },
          },
        },
        evaluation: {
          on: {
            EVALUATE: [
              { guard: 'ratingIsPositive', target: 'closed', actions: 'recordEvaluation' },
              { guard: 'redoAllowed', target: 'triage', actions: ['recordEvaluation', 'startRedo'] },
              { guard: 'ratingIsUnsatisfied', target: 'decision', actions: 'recordEvaluation' },
            ],
            TIMEOUT: { target: 'closed' },
          },
        },
        decision: {
          on: {
            DECIDE: [
              { guard: 'decidedRedo', target: 'triage', actions: 'startRedo' },
              { guard: 'decidedClose', target: 'closed' },
            ],
            // a redo decided on a finding of 答复不实
            FIND_UNTRUE: { guard: 'untrueReasonGiven', target: 'triage', actions: ['startRedo', 'recordUntrue'] },
          },
        },
        closed: { type: 'final' },
        rejected: { type: 'final' },
        merged: { type: 'final' },
        withdrawn: { type: 'final' },
      },
    },
    supervision: {
      initial: 'none',
      states: {
        none: {
          always: { guard: 'caseIsFinal', target: 'ended' },
          on: {
            WARN: [
              { guard: 'warnYellow', target: 'yellow', actions: 'setWarning' },
              { guard: 'warnRed', target: 'red', actions: 'setWarning' },
            ],
            SUPERVISE: { actions: 'recordSupervision' },
          },
        },
        yellow: {
          always: { guard: 'caseIsFinal', target: 'ended' },
          on: {
            WARN: { guard: 'warnRed', target: 'red', actions: 'setWarning' },
            SUPERVISE: { actions: 'recordSupervision' },
          },
        },
        red: {
          always: { guard: 'caseIsFinal', target: 'ended' },
          on: {
            SUPERVISE: { actions: 'recordSupervision' },
          },
        },
        /** the case is finished; the last level stays in context.warning */
        ended: { type: 'final' },
      },
    },
    /** 协办 (issue 22): whether any assisting unit has an open part; the parts are rows of context.parts */
    assisting: {
      initial: 'idle',
      states: {
        idle: {
          always: [
            { guard: 'caseIsFinal', target: 'ended' },
            { guard: 'hasOpenParts', target: 'open' },
          ],
        },
        open: {
          always: [
            { guard: 'caseIsFinal', target: 'ended', actions: 'endParts' },
            { guard: 'noOpenParts', target: 'idle' },
          ],
          on: {
            PART_SIGN: { guard: 'partAssigned', actions: 'signPart' },
            PART_RETURN: { guard: 'partAssigned', actions: 'returnPart' },
            PART_SUBMIT: { guard: 'partOpen', actions: 'submitPart' },
          },
        },
        ended: { type: 'final' },
      },
    },
    /**
     * 更换协办单位 (issue 22): `returnedPart` while the current link's lead has a part returned (退回) and not yet
     * replaced; PART_REPLACE then names another assisting unit for it.
     */
    replacing: {
      initial: 'none',
      states: {
        none: {
          always: [
            { guard: 'caseIsFinal', target: 'ended' },
            { guard: 'partReplaceable', target: 'returnedPart' },
          ],
        },
        returnedPart: {
          always: [
            { guard: 'caseIsFinal', target: 'ended' },
            { guard: 'partNotReplaceable', target: 'none' },
          ],
          on: {
            PART_REPLACE: { guard: 'partReplaceValid', actions: 'replacePart' },
          },
        },
        ended: { type: 'final' },
      },
    },
    /**
     * 答复不实 (issue 22): `findable` while the case waits in triage after a redo whose reply is not yet found untrue
     * (FIND_UNTRUE records the finding there); at `decision` the case region takes FIND_UNTRUE itself.
     */
    finding: {
      initial: 'unfindable',
      states: {
        unfindable: {
          always: [
            { guard: 'caseIsFinal', target: 'ended' },
            { guard: 'untrueFindable', target: 'findable' },
          ],
        },
        findable: {
          always: [
            { guard: 'caseIsFinal', target: 'ended' },
            { guard: 'untrueNotFindable', target: 'unfindable' },
          ],
          on: {
            FIND_UNTRUE: { guard: 'untrueReasonGiven', actions: 'recordUntrue' },
          },
        },
        ended: { type: 'final' },
      },
    },
  },
})

// ---------------------------------------------------------------------------------------------
// Reading snapshots

export type CaseSnapshot = SnapshotFrom<typeof caseMachine>

export type CaseState =
  | 'intake'
  | 'triage'
  | 'assigned'
  | 'handling'
  | 'review'
  | 'feedback'
  | 'evaluation'
  | 'decision'
  | 'closed'
  | 'rejected'
  | 'merged'
  | 'withdrawn'
export type HandlingSubState = 'working' | 'extensionRequested'
export type SupervisionState = WarningLevel | 'ended'

export const FINAL_CASE_STATES: readonly CaseState[] = ['closed', 'rejected', 'merged', 'withdrawn']

export type AssistingState = 'idle' | 'open' | 'ended'
export type FindingState = 'unfindable' | 'findable' | 'ended'
export type ReplacingState = 'none' | 'returnedPart' | 'ended'
type CaseValue = { case: CaseState | { handling: HandlingSubState }; supervision: SupervisionState; assisting?: AssistingState; finding?: FindingState; replacing?: ReplacingState }

/** What the readers below (and deriveColumns) look at: a live snapshot, or a stored one (getPersistedSnapshot). */
export type SnapshotLike = Pick<CaseSnapshot, 'value' | 'context'>

function valueOf(snapshot: SnapshotLike): CaseValue {
  return snapshot.value as unknown as CaseValue
}

/**
 * The top-level state of the case region: one of the 12 CaseState names. Both handling
 * sub-states report 'handling'; use `subStateOf` to tell `extensionRequested` apart.
 */
/**
 * One inert actor scope for every transition of this process. xstate's `transition()` builds a new one per
 * call, and building one starts an actor, which computes the machine's initial snapshot (about two thirds
 * of a transition's time). The machine is pure: nothing in the scope is used but its no-op callbacks.
 */
const inertScope: AnyActorScope = (() => {
  const self = createActor(caseMachine, { input: { rootUnitId: 0, receivedAt: new Date(0).toISOString(), type: 'complaint', urgency: 'normal' } })
  return {
    self, system: self.system, id: '', sessionId: '',
    defer: () => {}, logger: () => {}, stopChild: () => {}, emit: () => {}, actionExecutor: () => {},
  } as unknown as AnyActorScope
})()

/** A new case's first snapshot (what `initialTransition(caseMachine, input)[0]` returns, without its set-up cost). */
export function initialSnapshot(input: CaseInput): CaseSnapshot {
  return caseMachine.getInitialSnapshot(inertScope, input) as CaseSnapshot
}

export type PersistedCaseSnapshot = ReturnType<typeof caseMachine.getPersistedSnapshot> & SnapshotLike

/** The stored form of a first snapshot, as JSON: the same for every input but for the context. */
const FIRST_STORED = JSON.stringify(caseMachine.getPersistedSnapshot(initialSnapshot({ rootUnitId: 0, receivedAt: new Date(0).toISOString(), type: 'complaint', urgency: 'normal' })))
const contextOf = caseMachine.config.context as unknown as (args: { input: CaseInput }) => CaseContext

/**
 * A new case's first snapshot as it is stored (getPersistedSnapshot of initialSnapshot), without running the
 * machine: the machine's initial state with the context its own context factory makes of `input` (running the
 * machine was about a tenth of a web submission's Node time). Both regions start in their initial states (intake,
 * none), where no entry action runs and the eventless transition needs a final case, so only the context depends on
 * the input; test/case-machine.test.ts holds it to the machine's own first snapshot.
 */
export function firstStoredSnapshot(input: CaseInput): PersistedCaseSnapshot {
  return { ...JSON.parse(FIRST_STORED), context: contextOf({ input }) }
}

/** The snapshot after `event` (what `transition(caseMachine, snapshot, event)[0]` returns, without its set-up cost). */
export function nextSnapshot(snapshot: CaseSnapshot, event: CaseEvent): CaseSnapshot {
  return caseMachine.transition(snapshot, event, inertScope) as CaseSnapshot
}

export function caseStateOf(snapshot: SnapshotLike): CaseState {
  const v = valueOf(snapshot).case
  return typeof v === 'string' ? v : 'handling'
}

/** The handling sub-state ('working' | 'extensionRequested'), or null outside handling. */
export function subStateOf(snapshot: SnapshotLike): HandlingSubState | null {
  const v = valueOf(snapshot).case
  return typeof v === 'string' ? null : v.handling
}

/** The most specific state for display: the case state, or `extensionRequested` inside handling. */
export function displayStateOf(snapshot: CaseSnapshot): CaseState | 'extensionRequested' {
  return subStateOf(snapshot) === 'extensionRequested' ? 'extensionRequested' : caseStateOf(snapshot)
}

/** The supervision region's state: none | yellow | red, or 'ended' once the case is final. */
export function supervisionStateOf(snapshot: CaseSnapshot): SupervisionState {
  return valueOf(snapshot).supervision
}

/** The assisting region's state ('idle' for a snapshot of machine version 1, which has no such region). */
export function assistingStateOf(snapshot: SnapshotLike): AssistingState {
  return valueOf(snapshot).assisting ?? 'idle'
}

/** The 答复不实 region's state ('unfindable' for a snapshot before machine version 3, which has no such region). */
export function findingStateOf(snapshot: SnapshotLike): FindingState {
  return valueOf(snapshot).finding ?? 'unfindable'
}

export function isFinal(snapshot: CaseSnapshot): boolean {
  return FINAL_CASE_STATES.includes(caseStateOf(snapshot))
}

/**
 * Event types the active states of both regions structurally accept, ignoring actor, payload
 * and guards (for the 409 `illegal_transition` answer). Empty once the case is final.
 */
export function acceptedEventTypes(snapshot: CaseSnapshot): CaseEventType[] {
  if (snapshot.status !== 'active') return []
  const found = new Set<string>()
  for (const node of snapshot._nodes) for (const type of node.ownEvents) found.add(type)
  return CASE_EVENT_TYPES.filter((t) => found.has(t))
}

export const stateLabels = {
  intake: '待受理',
  triage: '待交办',
  assigned: '待签收',
  handling: '办理中',
  working: '办理中',
  extensionRequested: '延期待批',
  review: '待审核',
  feedback: '待反馈',
  evaluation: '待评价',
  decision: '待裁定',
  closed: '已办结',
  rejected: '不予受理',
  merged: '已合并',
  withdrawn: '已撤回',
  none: '正常',
  yellow: '黄牌预警',
  red: '红牌超期',
  ended: '已结束',
  idle: '无协办',
  open: '协办中',
  unfindable: '无待认定答复',
  findable: '可认定答复不实',
  returnedPart: '协办退回待更换',
} as const satisfies Record<CaseState | HandlingSubState | SupervisionState | AssistingState | FindingState | ReplacingState, string>

/** 协办 part statuses as users read them. */
export const partStatusLabels: Record<PartStatus, string> = {
  assigned: '待签收',
  handling: '协办中',
  submitted: '已提交',
  returned: '已退回',
  lapsed: '逾期未提交',
  cancelled: '已取消',
}
