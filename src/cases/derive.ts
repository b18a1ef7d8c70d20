// Columns derived from a case snapshot: who must act, the link and overall clocks, the next check for the deadline worker.
import type { WorkCalendar } from '../calendar/workdays.js'
import { DEADLINE_RULES, evaluationCallbackAt, stepDue, yellowAt } from '../calendar/deadlines.js'
import {
  FINAL_CASE_STATES, caseStateOf, partsOf, currentLink, reviewerUnitId, subStateOf,
  type CaseContext, type CaseState, type Level, type SnapshotLike,
} from './machine.js'

/** The overall clock from intake, in working days; returns and re-dispatches never reset it (DEADLINE_RULES.overall). */
export const OVERALL_WORKING_DAYS = DEADLINE_RULES.overall

export interface DerivedColumns {
  state: CaseState
  subState: string | null
  warning: 'none' | 'yellow' | 'red'
  /** the unit that must act now (null once final) */
  currentUnitId: number | null
  chainUnitIds: number[]
  handlingLevel: Level | null
  linkStartedAt: Date | null
  linkDueAt: Date | null
  overallDueAt: Date
  nextCheckAt: Date | null
  returnCount: number
  redoCount: number
  supervisionCount: number
  resolved: boolean | null
  rating: string | null
  closedAt: Date | null
}

const isFinalState = (s: CaseState) => (FINAL_CASE_STATES as readonly string[]).includes(s)

function actingUnit(state: CaseState, sub: string | null, ctx: CaseContext): number | null {
  if (isFinalState(state)) return null
  if (state === 'review' || (state === 'handling' && sub === 'extensionRequested')) return reviewerUnitId(ctx)
  if (state === 'assigned' || state === 'handling') return currentLink(ctx)?.unitId ?? ctx.rootUnitId
  return ctx.rootUnitId
}

/** The current step's due time, from the step rules of DEADLINE_RULES (the table the process chart prints). */
function linkDue(cal: WorkCalendar, state: CaseState, ctx: CaseContext, start: Date): Date | null {
  const link = currentLink(ctx)
  const at = (iso: string | null | undefined) => (iso ? new Date(iso) : null)
  return stepDue(cal, state, {
    stepStart: start,
    assigned: at(link?.assignedAt),
    signed: at(link?.signedAt),
    approved: at(ctx.approvedAt),
    feedbackSent: at(ctx.feedback?.at),
  }, { urgency: ctx.urgency, isReport: ctx.type === 'report', extensionDays: link?.extensionDays ?? 0 })
}

export function overallDue(cal: WorkCalendar, ctx: CaseContext): Date {
  const extension = Math.max(0, ...ctx.chain.map((l) => l.extensionDays))
  return cal.addWorkingDays(new Date(ctx.receivedAt), OVERALL_WORKING_DAYS[ctx.urgency] + extension)
}

/**
 * `previous` is the row before the event (null on creation): the link clock restarts only when the
 * state or the acting unit changes.
 */
export function deriveColumns(cal: WorkCalendar, snapshot: SnapshotLike, at: Date, previous: { state: string; currentUnitId: number | null; linkStartedAt: Date | null; overallDueAt?: Date | null } | null): DerivedColumns {
  const ctx = snapshot.context
  const state = caseStateOf(snapshot)
  const sub = subStateOf(snapshot)
  const unit = actingUnit(state, sub, ctx)
  const final = isFinalState(state)
  const moved = !previous || previous.state !== state || previous.currentUnitId !== unit
  const linkStartedAt = final ? null : moved ? at : previous!.linkStartedAt ?? at
  const linkDueAt = final || !linkStartedAt ? null : linkDue(cal, state, ctx, linkStartedAt)
  // the overall clock only ever grows (an approved extension stays granted after its link is gone)
  const computed = overallDue(cal, ctx)
  const overallDueAt = previous?.overallDueAt && previous.overallDueAt > computed ? previous.overallDueAt : computed
  let nextCheckAt: Date | null = null
  if (!final) {
    if (state === 'evaluation') {
      // first the 回访 call for an unanswered evaluation, then TIMEOUT, which closes the case
      const callAt = evaluationCallbackAt(new Date(ctx.feedback?.at ?? linkStartedAt ?? at))
      nextCheckAt = at < callAt ? callAt : linkDueAt
    }
    else if (ctx.warning === 'none') nextCheckAt = minDate(linkDueAt && linkStartedAt ? yellowAt(linkStartedAt, linkDueAt) : null, yellowAt(new Date(ctx.receivedAt), overallDueAt))
    else if (ctx.warning === 'yellow') nextCheckAt = minDate(linkDueAt, overallDueAt)
  }
  const last = ctx.chain[ctx.chain.length - 1]
  return {
    state, subState: sub, warning: ctx.warning, currentUnitId: unit,
    // 协办 units (but cancelled parts) read the case as chain units do; placed before the chain, whose last unit
    // stays the handling one (open311 reads it)
    chainUnitIds: [ctx.rootUnitId, ...assistingUnitIds(ctx), ...ctx.chain.map((l) => l.unitId)],
    handlingLevel: last?.level ?? null,
    linkStartedAt, linkDueAt, overallDueAt, nextCheckAt,
    returnCount: ctx.returns.length, redoCount: ctx.redoCount, supervisionCount: ctx.supervisions.length,
    resolved: ctx.finalReply ? ctx.finalReply.resolved : null,
    rating: ctx.evaluation?.rating ?? null,
    closedAt: final ? at : null,
  }
}

/** 协办 units that read the case (not those of cancelled parts), once each, none of the root or the chain. */
function assistingUnitIds(ctx: CaseContext): number[] {
  const own = new Set([ctx.rootUnitId, ...ctx.chain.map((l) => l.unitId)])
  return [...new Set(partsOf(ctx).filter((p) => p.status !== 'cancelled' && !own.has(p.unitId)).map((p) => p.unitId))]
}

function minDate(...dates: (Date | null)[]): Date | null {
  const valid = dates.filter((d): d is Date => d !== null)
  return valid.length ? new Date(Math.min(...valid.map((d) => d.getTime()))) : null
}

/** The warning a case has earned at `now`, from its link and overall clocks. */
export function warningDue(row: { linkStartedAt: Date | null; linkDueAt: Date | null; overallDueAt: Date | null; receivedAt: Date }, now: Date): 'none' | 'yellow' | 'red' {
  const clocks: [Date, Date][] = []
  if (row.linkStartedAt && row.linkDueAt) clocks.push([row.linkStartedAt, row.linkDueAt])
  if (row.overallDueAt) clocks.push([row.receivedAt, row.overallDueAt])
  let level: 'none' | 'yellow' | 'red' = 'none'
  for (const [start, due] of clocks) {
    if (now >= due) return 'red'
    if (now >= yellowAt(start, due)) level = 'yellow'
  }
  return level
}
