// Knows whether the database answers, so that an outage is a prompt 503 and not a hang: a probe every second on a
// connection of its own, and any request that met a lost connection, flip the flag; while it is down, API and
// channel requests answer 503 `database_unavailable` with Retry-After at once, and /ready answers 503.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { pgClient } from '../db/index.js'
import { errors } from '../http/errors.js'
import { isConnectionLost, RETRY_AFTER_SECONDS } from './connection-lost.js'

declare module 'fastify' {
  interface FastifyInstance { dbHealth: DbHealth }
}

export interface DbHealth {
  /** the database answered the last probe (and no request has met a lost connection since) */
  readonly up: boolean
  /** a request met a lost connection: probe now */
  markDown(err: unknown): void
  /** one probe now, bounded: true when the database answered */
  check(): Promise<boolean>
  /** paths that keep working while the database is down (they have a fallback of their own, e.g. the spool) */
  exempt(prefix: string): void
}

const PROBE_EVERY_MS = 1000
const PROBE_TIMEOUT_MS = 1500

export default fp<{ databaseUrl: string }>(async (app: FastifyInstance, opts) => {
  const probe = pgClient(opts.databaseUrl, { max: 1, connect_timeout: 2, idle_timeout: 0, onnotice: () => {}, connection: { application_name: 'suqiu-health' } })
  const exempt: string[] = []
  let up = true
  const set = (next: boolean, why?: unknown) => {
    if (next === up) return
    up = next
    if (next) app.log.info('database reachable again (数据库已恢复)')
    else app.log.error({ err: why }, 'database unreachable (数据库不可用): answering 503 database_unavailable until it is back')
  }
  // A refused or lost connection is an outage at once; slow answers (a busy machine) only when three probes in a
  // row are slow, so that load alone does not turn every request into a 503.
  let slow = 0
  const check = async () => {
    let timer: NodeJS.Timeout | undefined
    try {
      await Promise.race([probe`select 1`, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS) })])
      slow = 0
      set(true)
      return true
    } catch (err) {
      const lost = isConnectionLost(err) && (err as { code?: string }).code !== 'CONNECT_TIMEOUT'
      if (lost || ++slow >= 3) set(false, err)
      return false
    } finally {
      clearTimeout(timer)
    }
  }
  let probing = false
  const interval = setInterval(() => {
    if (probing) return
    probing = true
    void check().finally(() => { probing = false })
  }, PROBE_EVERY_MS)
  interval.unref()

  app.decorate('dbHealth', {
    get up() { return up },
    // one failed request is not an outage by itself (a connection that died before the database came back):
    // a probe decides at once
    markDown: () => { if (!probing) { probing = true; void check().finally(() => { probing = false }) } },
    check,
    exempt: (prefix: string) => { exempt.push(prefix) },
  })
  app.addHook('onRequest', async (request, reply) => {
    if (up) return
    const url = request.url
    if (!(url.startsWith('/api/') || url.startsWith('/channels/')) || exempt.some((p) => url.startsWith(p))) return
    const e = errors.databaseUnavailable()
    reply.header('retry-after', String(RETRY_AFTER_SECONDS))
    return reply.status(503).send({ error: { code: e.code, message: e.zh, messageEn: e.message, requestId: request.id } })
  })
  app.addHook('onClose', async () => {
    clearInterval(interval)
    await probe.end({ timeout: 1 })
  })
}, { name: 'db-health' })
