/**
 * Who may send which case event (pure; no database). The caller answers 403 on a refusal.
 * Jurisdiction for SUPERVISE (the inspector's division subtree) and read access are checked by
 * the caller against the database, not here.
 */
import {
  acceptedEventTypes,
  currentLink,
  reviewerUnitId,
  type Actor,
  type CaseContext,
  type CaseEventType,
  type CaseSnapshot,
  type Role,
  type StaffActor,
} from './machine.js'

export type AuthorizeResult = { ok: true } | { ok: false; code: 'wrong_unit' | 'wrong_role' }

const OK: AuthorizeResult = { ok: true }
const WRONG_UNIT: AuthorizeResult = { ok: false, code: 'wrong_unit' }
const WRONG_ROLE: AuthorizeResult = { ok: false, code: 'wrong_role' }

/** A staff member of `unitId` with one of `roles`; the unit is checked first. */
function staffOf(actor: Actor, unitId: number | null, roles: readonly Role[]): AuthorizeResult {
  if (actor.kind !== 'staff') return WRONG_ROLE
  if (unitId === null || actor.unitId !== unitId) return WRONG_UNIT
  return roles.includes(actor.role) ? OK : WRONG_ROLE
}

const ROOT_TRIAGE_ROLES: readonly Role[] = ['dispatcher', 'supervisor']
const INTAKE_ROLES: readonly Role[] = ['dispatcher', 'supervisor', 'operator', 'clerk']
const LINK_ROLES: readonly Role[] = ['officer', 'supervisor']
const FEEDBACK_ROLES: readonly Role[] = ['dispatcher', 'operator', 'clerk', 'supervisor']

function isStaff(actor: Actor): actor is StaffActor {
  return actor.kind === 'staff'
}

/**
 * May `actor` send an event of this type to the case now? Only the actor and the context decide
 * (the snapshot is accepted for callers' convenience and future state-dependent rules); whether
 * the state accepts the event at all is `acceptedEventTypes`' business (409, not 403).
 */
export function authorize(
  ctx: CaseContext,
  _snapshot: CaseSnapshot | null,
  event: { type: CaseEventType | string },
  actor: Actor,
): AuthorizeResult {
  switch (event.type) {
    // intake and triage happen at the registering centre
    // operators and clerks register what they log at once (受理), and answer a consultation on the spot
    case 'REGISTER':
    case 'ANSWER':
      return staffOf(actor, ctx.rootUnitId, INTAKE_ROLES)
    case 'REJECT':
    case 'MERGE':
    case 'DISPATCH':
      return staffOf(actor, ctx.rootUnitId, ROOT_TRIAGE_ROLES)

    // the unit of the current link
    case 'SIGN':
    case 'RETURN':
    case 'DELEGATE':
    case 'REQUEST_EXTENSION':
    case 'SUBMIT_REPLY':
      return staffOf(actor, currentLink(ctx)?.unitId ?? null, LINK_ROLES)

    // the unit above the current link (or the root centre) reviews it
    case 'APPROVE_EXTENSION':
    case 'DENY_EXTENSION':
    case 'APPROVE_REPLY':
    case 'REJECT_REPLY': {
      const reviewer = reviewerUnitId(ctx)
      const roles: readonly Role[] = reviewer === ctx.rootUnitId ? ['supervisor', 'dispatcher'] : ['supervisor']
      return staffOf(actor, reviewer, roles)
    }

    case 'SEND_FEEDBACK':
      return staffOf(actor, ctx.rootUnitId, FEEDBACK_ROLES)

    // the complainant, or an operator taking the rating on the phone
    case 'EVALUATE':
      return actor.kind === 'citizen' ? OK : staffOf(actor, ctx.rootUnitId, ['operator'])

    case 'WITHDRAW':
      return actor.kind === 'citizen' ? OK : staffOf(actor, ctx.rootUnitId, ['dispatcher'])

    case 'DECIDE':
      return staffOf(actor, ctx.rootUnitId, ['supervisor'])

    // any unit: jurisdiction is the caller's check
    case 'SUPERVISE':
      return isStaff(actor) && (actor.role === 'inspector' || actor.role === 'supervisor') ? OK : WRONG_ROLE

    case 'WARN':
    case 'TIMEOUT':
      return actor.kind === 'system' ? OK : WRONG_ROLE

    default:
      return WRONG_ROLE
  }
}

/** The event types this actor may send now: accepted by the state and authorized. */
export function allowedEventsFor(snapshot: CaseSnapshot, actor: Actor): CaseEventType[] {
  return acceptedEventTypes(snapshot).filter((type) => authorize(snapshot.context, snapshot, { type }, actor).ok)
}
