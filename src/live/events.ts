// Live events for staff (screen pops, assignments, warnings, case changes): the wire format through
// PostgreSQL NOTIFY, and who receives an event. Pure except publishLiveEvent, which only NOTIFYs.
import { sql as dsql, type SQL } from 'drizzle-orm'
import { divisionPrefix as prefixOf, inSubtree } from '../auth/jurisdiction.js'

/** The one NOTIFY channel every API process LISTENs on. */
export const LIVE_CHANNEL = 'suqiu_live'
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more (default build). */
export const MAX_NOTIFY_BYTES = 7999
const WIRE_VERSION = 1

/**
 * Who receives an event. Every filter given must match; an absent filter matches everyone;
 * an empty list matches no one.
 */
export interface LiveFilters {
  /** The user's unit is one of these. */
  unitIds?: number[]
  /** The user's unit is none of these (回避: the accused unit never sees the case). */
  excludeUnitIds?: number[]
  /** The user's role is one of these. */
  roles?: string[]
  /** The user's unit lies in this subtree: its division code starts with this prefix (a city code ……00 covers the city). */
  divisionPrefix?: string
  /** The user's jurisdiction covers this division: their unit is at it or above it (e.g. a case's place). */
  coversDivision?: string
  /** The user is one of these. */
  userIds?: number[]
}

export interface LiveEvent extends LiveFilters {
  /** e.g. 'call.incoming', 'case.assigned', 'case.warning', 'case.changed'. */
  topic: string
  payload: unknown
}

/** What a connected socket knows of its user. */
export interface LiveRecipient { id: number; role: string; unitId: number; divisionCode: string }

/** Sent to clients, JSON. `at` is when the event was published (ISO 8601). */
export interface LiveMessage { topic: string; payload: unknown; at: string }

/** The payload that replaces one too large for NOTIFY: clients fetch the thing by id. */
export interface TruncatedPayload { truncated: true; id: string | number | null }

/** On the wire (NOTIFY payload). */
export interface LiveNotification { v: number; topic: string; filters: LiveFilters; payload: unknown; at: string }

const TOPIC = /^[a-z][a-z0-9_.-]{0,99}$/i

function integers(name: string, v: unknown): number[] | undefined {
  if (v === undefined) return undefined
  if (!Array.isArray(v) || !v.every((x) => Number.isSafeInteger(x))) throw new TypeError(`live event: ${name} must be an array of integers`)
  return v as number[]
}

/** The filters of an event, checked and without empty keys. */
export function filtersOf(e: LiveFilters): LiveFilters {
  const f: LiveFilters = {}
  const unitIds = integers('unitIds', e.unitIds), excludeUnitIds = integers('excludeUnitIds', e.excludeUnitIds), userIds = integers('userIds', e.userIds)
  if (unitIds) f.unitIds = unitIds
  if (excludeUnitIds) f.excludeUnitIds = excludeUnitIds
  if (userIds) f.userIds = userIds
  if (e.roles !== undefined) {
    if (!Array.isArray(e.roles) || !e.roles.every((r) => typeof r === 'string')) throw new TypeError('live event: roles must be an array of strings')
    f.roles = e.roles
  }
  for (const key of ['divisionPrefix', 'coversDivision'] as const) {
    const v = e[key]
    if (v === undefined) continue
    if (typeof v !== 'string' || !/^\d{2,12}$/.test(v)) throw new TypeError(`live event: ${key} must be a division code or prefix`)
    f[key] = v
  }
  return f
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8')
}

/** The id a client can fetch a too-large payload by: its `id` field, if it has one. */
function idOf(payload: unknown): string | number | null {
  const id = (payload as { id?: unknown } | null)?.id
  return typeof id === 'string' || typeof id === 'number' ? id : null
}

/**
 * The NOTIFY payload of an event. A payload that would make it too large is replaced by
 * `{ truncated: true, id }` (nothing is stored); filters are never dropped, since that would widen
 * the circle of recipients, so filters too large on their own throw a RangeError.
 */
export function encodeLiveEvent(event: LiveEvent, at: Date = new Date()): string {
  if (typeof event.topic !== 'string' || !TOPIC.test(event.topic)) throw new TypeError(`live event: bad topic ${JSON.stringify(event.topic)}`)
  const base = { v: WIRE_VERSION, topic: event.topic, filters: filtersOf(event), at: at.toISOString() }
  const full = JSON.stringify({ ...base, payload: event.payload ?? null })
  if (byteLength(full) <= MAX_NOTIFY_BYTES) return full
  const truncated: TruncatedPayload = { truncated: true, id: idOf(event.payload) }
  const small = JSON.stringify({ ...base, payload: truncated })
  if (byteLength(small) <= MAX_NOTIFY_BYTES) return small
  throw new RangeError(`live event ${event.topic}: filters alone exceed ${MAX_NOTIFY_BYTES} bytes; address fewer users or use unitIds/roles`)
}

/** Parses a NOTIFY payload; null for anything this version does not understand. */
export function decodeLiveNotification(raw: string): LiveNotification | null {
  try {
    const n = JSON.parse(raw) as LiveNotification
    if (n?.v !== WIRE_VERSION || typeof n.topic !== 'string' || typeof n.at !== 'string' || typeof n.filters !== 'object' || n.filters === null) return null
    return n
  } catch {
    return null
  }
}

/** A filter compiled once per notification, then tested against every socket. */
export function compileFilters(f: LiveFilters): (r: LiveRecipient) => boolean {
  const units = f.unitIds && new Set(f.unitIds)
  const excluded = f.excludeUnitIds && new Set(f.excludeUnitIds)
  const users = f.userIds && new Set(f.userIds)
  const roles = f.roles && new Set(f.roles)
  const prefix = f.divisionPrefix === undefined ? undefined : prefixOf(f.divisionPrefix)
  const covers = f.coversDivision
  return (r) =>
    (!users || users.has(r.id)) &&
    (!units || units.has(r.unitId)) &&
    (!excluded || !excluded.has(r.unitId)) &&
    (!roles || roles.has(r.role)) &&
    (prefix === undefined || r.divisionCode.startsWith(prefix)) &&
    (covers === undefined || inSubtree(covers, r.divisionCode))
}

export function matchesFilters(f: LiveFilters, r: LiveRecipient): boolean {
  return compileFilters(f)(r)
}

/** Something that can run `select pg_notify(…)`: a postgres.js pool or transaction, or a drizzle db or transaction. */
export type NotifyExecutor =
  | { unsafe(query: string, params: string[]): PromiseLike<unknown> }
  | { execute(query: SQL): PromiseLike<unknown> }

/**
 * NOTIFYs an event to every API process. Inside a transaction it is delivered on commit and not at
 * all on rollback, so a screen pop never announces a call that was not stored. Usable from workers,
 * which have no websocket clients of their own.
 */
export async function publishLiveEvent(via: NotifyExecutor, event: LiveEvent, at: Date = new Date()): Promise<void> {
  const payload = encodeLiveEvent(event, at)
  if ('execute' in via) await via.execute(dsql`select pg_notify(${LIVE_CHANNEL}, ${payload})`)
  else await via.unsafe('select pg_notify($1, $2)', [LIVE_CHANNEL, payload])
}
