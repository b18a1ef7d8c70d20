/**
 * Who may send which case event (pure; no database). The caller answers 403 on a refusal.
 * Jurisdiction for SUPERVISE (the inspector's division subtree) and read access are checked by
 * the caller against the database, not here.
 */
import {
  acceptedEventTypes,
  currentLink,
  assistingUnitFor,
  reviewerUnitId,
  type Actor,
  type CaseContext,
  type CaseEventType,
  type CaseSnapshot,
  type Role,
} from './machine.js'
import { permissionOf, type EventUnit } from './permissions.js'

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

/** The unit an event's row of EVENT_PERMISSIONS names, for this case now (null: none, e.g. no current link). */
function unitFor(ctx: CaseContext, unit: EventUnit, actor: Actor, type: string): number | null {
  switch (unit) {
    case 'root': return ctx.rootUnitId
    case 'currentLink': return currentLink(ctx)?.unitId ?? null
    case 'reviewer': return reviewerUnitId(ctx)
    // 协办: the actor's own unit, when it has an open part
    case 'assistingUnit': return actor.kind === 'staff' ? assistingUnitFor(ctx, type, actor.unitId) : null
    default: return null
  }
}

/**
 * May `actor` send an event of this type to the case now? Only the actor, the context and the table of
 * ./permissions.ts (which the process chart prints) decide (the snapshot is accepted for callers' convenience and
 * future state-dependent rules); whether the state accepts the event at all is `acceptedEventTypes`' business (409,
 * not 403).
 */
export function authorize(
  ctx: CaseContext,
  _snapshot: CaseSnapshot | null,
  event: { type: CaseEventType | string },
  actor: Actor,
): AuthorizeResult {
  const rule = permissionOf(event.type)
  if (!rule) return WRONG_ROLE
  if (rule.citizen && actor.kind === 'citizen') return OK
  switch (rule.unit) {
    case 'system':
      return actor.kind === 'system' ? OK : WRONG_ROLE
    // any unit: jurisdiction is the caller's check
    case 'anyUnit':
      return actor.kind === 'staff' && rule.roles.includes(actor.role) ? OK : WRONG_ROLE
    default: {
      const unitId = unitFor(ctx, rule.unit, actor, event.type)
      const roles = rule.unit === 'reviewer' && unitId === ctx.rootUnitId && rule.rootReviewerRoles ? rule.rootReviewerRoles : rule.roles
      return staffOf(actor, unitId, roles)
    }
  }
}

/** The event types this actor may send now: accepted by the state and authorized. */
export function allowedEventsFor(snapshot: CaseSnapshot, actor: Actor): CaseEventType[] {
  return acceptedEventTypes(snapshot).filter((type) => authorize(snapshot.context, snapshot, { type }, actor).ok)
}
