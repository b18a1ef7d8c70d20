// Live events for staff (screen pops, assignments, warnings, case changes): the wire format through
// PostgreSQL NOTIFY, and who receives an event. Pure except the senders at the end, which only NOTIFY.
import { sql as dsql, type SQL } from 'drizzle-orm'
import type { Sql } from 'postgres'
import { divisionPrefix as prefixOf, inSubtree } from '../auth/jurisdiction.js'
import { isRecused } from '../cases/access.js'

/** The one NOTIFY channel every API process LISTENs on. */
export const LIVE_CHANNEL = 'suqiu_live'
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more (default build). */
export const MAX_NOTIFY_BYTES = 7999
const WIRE_VERSION = 1
const BATCH_WIRE_VERSION = 2
/** The bytes of an empty v2 payload, `{"v":2,"events":[]}`. */
const BATCH_OVERHEAD = 19

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
  /**
   * 回避: the accused unit of the case the event is about. The user's unit is not it and lies not below it (the
   * recipient's ancestors, src/cases/access.ts); a recipient whose ancestors are not known gets nothing.
   */
  recuseUnitId?: number
}

export interface LiveEvent extends LiveFilters {
  /** e.g. 'call.incoming', 'case.assigned', 'case.warning', 'case.changed'. */
  topic: string
  payload: unknown
}

/** What a connected socket knows of its user. */
export interface LiveRecipient {
  id: number; role: string; unitId: number; divisionCode: string
  /** the user's unit and its ancestors in the units tree (unitAncestors), for recuseUnitId */
  ancestorUnitIds?: readonly number[]
}

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
  if (e.recuseUnitId !== undefined && e.recuseUnitId !== null) {
    if (!Number.isSafeInteger(e.recuseUnitId)) throw new TypeError('live event: recuseUnitId must be an integer')
    f.recuseUnitId = e.recuseUnitId
  }
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

/** Parses a single-event (v1) NOTIFY payload; null for anything else. */
export function decodeLiveNotification(raw: string): LiveNotification | null {
  try {
    return checkedNotification(JSON.parse(raw))
  } catch {
    return null
  }
}

function checkedNotification(n: LiveNotification | null): LiveNotification | null {
  if (n?.v !== WIRE_VERSION || typeof n.topic !== 'string' || typeof n.at !== 'string' || typeof n.filters !== 'object' || n.filters === null) return null
  return n
}

/**
 * Parses any NOTIFY payload on the live channel: one event (v1), or several (v2, `{ v: 2, events: [v1 …] }`,
 * from {@link packLiveNotifications}). Events this version does not understand are left out.
 */
export function decodeLiveNotifications(raw: string): LiveNotification[] {
  try {
    const n = JSON.parse(raw)
    if (n?.v === BATCH_WIRE_VERSION && Array.isArray(n.events)) return n.events.map(checkedNotification).filter((e: LiveNotification | null) => e !== null)
    const one = checkedNotification(n)
    return one ? [one] : []
  } catch {
    return []
  }
}

/**
 * Packs encoded events (from {@link encodeLiveEvent}) into as few NOTIFY payloads as fit, in order. A payload
 * holding one event stays v1, so listeners that know only v1 still understand every event sent alone.
 */
export function packLiveNotifications(encoded: string[]): string[] {
  const out: string[] = []
  let group: string[] = []
  let bytes = 0
  const close = () => {
    if (group.length === 1) out.push(group[0])
    else if (group.length > 1) out.push(`{"v":${BATCH_WIRE_VERSION},"events":[${group.join(',')}]}`)
    group = []
    bytes = BATCH_OVERHEAD
  }
  close()
  for (const e of encoded) {
    const size = byteLength(e) + 1 // and a comma
    if (group.length > 0 && bytes + size > MAX_NOTIFY_BYTES) close()
    group.push(e)
    bytes += size
  }
  close()
  return out
}

/** A filter compiled once per notification, then tested against every socket. */
export function compileFilters(f: LiveFilters): (r: LiveRecipient) => boolean {
  const units = f.unitIds && new Set(f.unitIds)
  const excluded = f.excludeUnitIds && new Set(f.excludeUnitIds)
  const users = f.userIds && new Set(f.userIds)
  const roles = f.roles && new Set(f.roles)
  const prefix = f.divisionPrefix === undefined ? undefined : prefixOf(f.divisionPrefix)
  const covers = f.coversDivision
  const recused = f.recuseUnitId
  return (r) =>
    (recused === undefined || (r.ancestorUnitIds !== undefined && !isRecused({ ancestorUnitIds: r.ancestorUnitIds }, recused))) &&
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

/**
 * postgres.js sends an unprepared statement with parameters as two round trips (it asks for the parameters' types
 * first, every time); prepared, the types are asked once per connection and each NOTIFY is one round trip.
 */
const PREPARED = { prepare: true }

/** A postgres.js pool or transaction. */
type Unsafe = { unsafe(query: string, params: string[], options?: { prepare?: boolean }): PromiseLike<unknown> }

/** Something that can run `select pg_notify(…)`: a postgres.js pool or transaction, or a drizzle db or transaction. */
export type NotifyExecutor = Unsafe | { execute(query: SQL): PromiseLike<unknown> }

/**
 * NOTIFYs an event to every API process. Inside a transaction it is delivered on commit and not at
 * all on rollback, so a screen pop never announces a call that was not stored. Usable from workers,
 * which have no websocket clients of their own.
 */
export async function publishLiveEvent(via: NotifyExecutor, event: LiveEvent, at: Date = new Date()): Promise<void> {
  const payload = encodeLiveEvent(event, at)
  if ('execute' in via) await via.execute(dsql`select pg_notify(${LIVE_CHANNEL}, ${payload})`)
  else await via.unsafe('select pg_notify($1, $2)', [LIVE_CHANNEL, payload], PREPARED)
}

/**
 * NOTIFYs an event encoded beforehand (so a bad event fails before its transaction commits) inside `tx`:
 * delivered with tx's commit, never on rollback (nor when tx is a savepoint that rolls back).
 */
export function notifyIn(tx: Unsafe, encoded: string): PromiseLike<unknown> {
  return tx.unsafe('select pg_notify($1, $2)', [LIVE_CHANNEL, encoded], PREPARED)
}

/** A pool's NOTIFYs sent after commit; events that wait while one is in flight go out together in the next. */
interface AfterCommitQueue { waiting: { encoded: string; sent: () => void }[]; flushing: boolean }
const afterCommitQueues = new WeakMap<Pick<Sql, 'unsafe'>, AfterCommitQueue>()

/**
 * NOTIFYs encoded events of a transaction that has committed, through `pool`. A NOTIFY inside a transaction
 * holds PostgreSQL's global notify lock through the commit's WAL flush, so every such commit waits for the
 * previous one; sent on their own, outside any transaction, NOTIFYs flush no WAL and commits group again.
 * Events are sent in call order, packed several to a NOTIFY when they pile up; the promise resolves once they
 * were sent and never rejects: the change they announce is stored,
 * and a client that misses one catches up on reload; a failed NOTIFY is reported as a process warning.
 * applyEvent and createComplaint answer their callers without waiting for it (a round trip less for every
 * answer); what they publish later still goes out after it, since the queue keeps call order.
 */
export function notifyAfterCommit(pool: Pick<Sql, 'unsafe'>, encoded: string[]): Promise<void> {
  if (encoded.length === 0) return Promise.resolve()
  let q = afterCommitQueues.get(pool)
  if (!q) afterCommitQueues.set(pool, (q = { waiting: [], flushing: false }))
  const queue = q
  const sent = Promise.all(encoded.map((e) => new Promise<void>((resolve) => { queue.waiting.push({ encoded: e, sent: resolve }) })))
  if (!queue.flushing) void flush(pool, queue)
  return sent.then(() => {})
}

async function flush(pool: Pick<Sql, 'unsafe'>, queue: AfterCommitQueue): Promise<void> {
  queue.flushing = true
  while (queue.waiting.length > 0) {
    const batch = queue.waiting.splice(0)
    try {
      await pool.unsafe('select pg_notify($1, p) from unnest($2::text[]) with ordinality as t(p, n) order by n', [LIVE_CHANNEL, packLiveNotifications(batch.map((b) => b.encoded))], PREPARED)
    } catch (err) {
      process.emitWarning(`live: NOTIFY after commit failed: ${String(err)}`)
    }
    for (const b of batch) b.sent()
  }
  queue.flushing = false
}
