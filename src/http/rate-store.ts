// Rate limits that hold across processes (issue 24): @fastify/rate-limit's counters kept in PostgreSQL (migration 0029)
// instead of each process's memory, so that N API processes behind a proxy allow what one would, not N times that.
// An address is never stored: the counter's key is an HMAC of it under a key that lives ten minutes (rate_limit_keys,
// drawn by whichever process needs it first, deleted when the next one is drawn), and the rows expire with their
// window. Only the staff's routes count there (SHARED_ACROSS_PROCESSES below); the public ones count in memory. A request that finds the database slow or gone is counted in this process's memory instead (same hash,
// a key of this process's own), so the limiter never answers 5xx and never holds up a request that can be spooled.
import { createHmac, randomBytes } from 'node:crypto'
import type { Sql } from 'postgres'

/** How long one HMAC key lives: counters restart when it changes (at most one extra window's worth at the turn). */
export const KEY_EPOCH_MS = 10 * 60_000
/** A database answer slower than this counts in memory for this request. */
const DB_ANSWER_MS = 1_000

type Callback = (err: Error | null, res: { current: number; ttl: number }) => void
interface RouteOptions { routeInfo?: { method?: string | string[]; url?: string }; groupId?: string; keyGenerator?: unknown }

interface LocalCounter { hits: number; expiresAt: number }

/** The keys and counters one app shares between its routes. */
class SharedRateState {
  private epoch = -1
  private key: Promise<Buffer> | null = null
  private readonly localKey = randomBytes(32)
  private readonly local = new Map<string, LocalCounter>()
  private lastSweep = 0

  constructor(private readonly sql: Sql, private readonly onError: (err: unknown) => void) {}

  /** The HMAC key of this epoch, the same in every process: the first to ask draws it, the others read it. */
  private currentKey(now: number): Promise<Buffer> {
    const epoch = Math.floor(now / KEY_EPOCH_MS)
    if (epoch !== this.epoch || !this.key) {
      this.epoch = epoch
      this.key = (async () => {
        await this.sql`insert into rate_limit_keys (epoch, key) values (${epoch}, ${randomBytes(32)}) on conflict (epoch) do nothing`
        const [row] = await this.sql<{ key: Buffer }[]>`select key from rate_limit_keys where epoch = ${epoch}`
        // the keys of earlier epochs are gone: nothing can tell which address an old row counted
        await this.sql`delete from rate_limit_keys where epoch < ${epoch}`
        return row.key
      })()
      this.key.catch(() => { if (this.epoch === epoch) this.key = null })
    }
    return this.key
  }

  /** Counted in this process's memory only, under this process's own key (every route but the staff's: see below). */
  incrInProcess(namespace: string, address: string, windowMs: number): { current: number; ttl: number } {
    return this.incrLocal(`${namespace}:${hmac(this.localKey, address)}`, windowMs, Date.now())
  }

  async incr(namespace: string, address: string, windowMs: number): Promise<{ current: number; ttl: number }> {
    const now = Date.now()
    try {
      return await withinMs(this.incrShared(namespace, address, windowMs, now), DB_ANSWER_MS)
    } catch (err) {
      this.onError(err)
      return this.incrLocal(`${namespace}:${hmac(this.localKey, address)}`, windowMs, now)
    }
  }

  private async incrShared(namespace: string, address: string, windowMs: number, now: number) {
    const key = `${namespace}:${hmac(await this.currentKey(now), address)}`
    const [row] = await this.sql<{ hits: number; ttl: number }[]>`
      insert into rate_limit_hits as r (key, hits, expires_at) values (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
      on conflict (key) do update set
        hits = case when r.expires_at <= now() then 1 else r.hits + 1 end,
        expires_at = case when r.expires_at <= now() then excluded.expires_at else r.expires_at end
      returning hits, greatest(0, ceil(extract(epoch from (expires_at - now())) * 1000))::int as ttl`
    if (now - this.lastSweep > 60_000) {
      this.lastSweep = now
      this.sql`delete from rate_limit_hits where expires_at < now()`.catch(this.onError)
    }
    return { current: row.hits, ttl: row.ttl }
  }

  private incrLocal(key: string, windowMs: number, now: number): { current: number; ttl: number } {
    let c = this.local.get(key)
    if (!c || c.expiresAt <= now) {
      if (this.local.size > 10_000) for (const [k, v] of this.local) if (v.expiresAt <= now) this.local.delete(k)
      c = { hits: 0, expiresAt: now + windowMs }
      this.local.set(key, c)
    }
    c.hits++
    return { current: c.hits, ttl: c.expiresAt - now }
  }
}

/**
 * Marks the rate-limit key generator of a route staff sign in to use (sign-in, second factor, password, the call
 * desk's knowledge search): only those count in PostgreSQL, shared by every API process. Every other limited route —
 * all of them open to anyone, citizens reporting anonymously among them (the web form, tracking, the FAQ they read
 * before writing, public statistics, Open311) — counts in the process's memory only. A counter row, however keyed,
 * starts within milliseconds of the request it counted, and the key that hashes it must be readable by every API
 * process: whoever reads the database while the key lives could test an address against it and, by the time, tie it
 * to the anonymous report it sent (DESIGN rule 3). Their limit is per process; the proxy's limit in front holds
 * across processes (README "Several processes, one truth").
 */
export const SHARED_ACROSS_PROCESSES: unique symbol = Symbol('rate limit counted in PostgreSQL')

/** The `keyGenerator` of a staff route whose limit every API process shares: the address, hashed by the store. */
export function staffRateKey(): (request: { ip: string }) => string {
  return Object.assign((request: { ip: string }) => request.ip, { [SHARED_ACROSS_PROCESSES]: true })
}

const hmac = (key: Buffer, value: string) => createHmac('sha256', key).update(value).digest('base64url')

function withinMs<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`rate limit store: no answer within ${ms} ms`)), ms) }),
  ])
}

/**
 * The `store` option of @fastify/rate-limit: a class whose instances count per route (method and URL), in PostgreSQL
 * for the routes marked by staffRateKey() and in the process's memory for the others, the address hashed as above.
 */
export function postgresRateStore(sql: Sql, onError: (err: unknown) => void = () => {}) {
  const shared = new SharedRateState(sql, onError)
  return class PostgresRateStore {
    constructor(_globalParams?: unknown, private readonly namespace = 'global', private readonly inProcess = true) {}

    incr(address: string, cb: Callback, timeWindow: number): void {
      if (this.inProcess) return cb(null, shared.incrInProcess(this.namespace, address, timeWindow))
      shared.incr(this.namespace, address, timeWindow).then((res) => cb(null, res), (err: Error) => cb(err, { current: 0, ttl: 0 }))
    }

    child(merged: object): PostgresRateStore {
      const routeOptions = merged as RouteOptions
      const info = routeOptions.routeInfo ?? {}
      const method = Array.isArray(info.method) ? info.method.join(',') : (info.method ?? '')
      const inProcess = !(routeOptions.keyGenerator as { [SHARED_ACROSS_PROCESSES]?: boolean } | undefined)?.[SHARED_ACROSS_PROCESSES]
      return new PostgresRateStore(undefined, `${method} ${info.url ?? ''}${routeOptions.groupId ? `#${routeOptions.groupId}` : ''}`, inProcess)
    }
  }
}
