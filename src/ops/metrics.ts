// GET /metrics in Prometheus's text format (prom-client): request latency by route, and what the database holds
// that operators watch — intakes by channel, events by type, open cases by state and warning, the job queues,
// the outbox backlog, connections in use. Not public: a bearer token (METRICS_TOKEN), or loopback only without one.
import { timingSafeEqual, createHash } from 'node:crypto'
import fp from 'fastify-plugin'
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Sql } from '../db/index.js'
import { errors } from '../http/errors.js'
import { spoolSize } from './spool.js'
import { Binary } from '../http/responses.js'

/** How long the database figures are reused between scrapes (they are counts over whole tables). */
const DB_FIGURES_TTL_MS = 10_000

const sameSecret = (a: string, b: string) => {
  const h = (s: string) => createHash('sha256').update(s).digest()
  return timingSafeEqual(h(a), h(b))
}

/** Who may read /metrics: the bearer of METRICS_TOKEN; without a token set, only this machine (loopback). */
export function mayReadMetrics(request: FastifyRequest, token: string | undefined): boolean {
  if (token) {
    const m = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')
    return !!m && sameSecret(m[1].trim(), token)
  }
  const remote = request.socket.remoteAddress ?? ''
  return request.headers['x-forwarded-for'] === undefined && (remote === '127.0.0.1' || remote === '::1' || remote === '::ffff:127.0.0.1')
}

interface Figures {
  intakes: { channel: string; n: number }[]
  events: { type: string; n: number }[]
  open: { state: string; warning: string; n: number }[]
  jobs: { queue: string; state: string; n: number }[]
  outbox: { channel: string; status: string; n: number }[]
  connections: { state: string; n: number }[]
}

async function readFigures(sql: Sql): Promise<Figures> {
  const part = async <T>(query: Promise<T[]>): Promise<T[]> => { try { return await query } catch { return [] } }
  const [intakes, events, open, jobs, outbox, connections] = await Promise.all([
    part(sql`select channel::text, count(*)::int as n from intakes group by channel` as unknown as Promise<Figures['intakes']>),
    part(sql`select type, count(*)::int as n from case_events group by type` as unknown as Promise<Figures['events']>),
    part(sql`select state, warning::text, count(*)::int as n from cases where closed_at is null group by state, warning` as unknown as Promise<Figures['open']>),
    part(sql`select name as queue, state::text, count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active', 'failed') group by name, state` as unknown as Promise<Figures['jobs']>),
    part(sql`select channel, status, count(*)::int as n from outbound_messages where status in ('queued', 'failed') group by channel, status` as unknown as Promise<Figures['outbox']>),
    part(sql`select coalesce(state, 'unknown') as state, count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = 'suqiu' group by state` as unknown as Promise<Figures['connections']>),
  ])
  return { intakes, events, open, jobs, outbox, connections }
}

export default fp(async (app: FastifyInstance) => {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'suqiu_' })
  const latency = new Histogram({
    name: 'suqiu_http_request_duration_seconds', help: 'HTTP request latency by route', labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry],
  })
  let cached: { at: number; figures: Promise<Figures> } | null = null
  const figures = () => {
    if (!cached || Date.now() - cached.at > DB_FIGURES_TTL_MS) cached = { at: Date.now(), figures: readFigures(app.sql) }
    return cached.figures
  }
  const gauge = <L extends string>(name: string, help: string, labelNames: L[], read: (f: Figures) => { labels: Record<L, string>; n: number }[]) =>
    new Gauge({
      name, help, labelNames, registers: [registry],
      async collect() {
        this.reset()
        for (const { labels, n } of read(await figures())) this.set(labels, n)
      },
    })
  gauge('suqiu_intakes', 'Intakes stored, by channel', ['channel'], (f) => f.intakes.map((r) => ({ labels: { channel: r.channel }, n: r.n })))
  gauge('suqiu_case_events', 'Case events recorded, by type', ['type'], (f) => f.events.map((r) => ({ labels: { type: r.type }, n: r.n })))
  gauge('suqiu_open_cases', 'Open cases by state and warning level (yellow, red)', ['state', 'warning'], (f) => f.open.map((r) => ({ labels: { state: r.state, warning: r.warning }, n: r.n })))
  gauge('suqiu_jobs', 'Background jobs waiting, running or failed, by queue and state', ['queue', 'state'], (f) => f.jobs.map((r) => ({ labels: { queue: r.queue, state: r.state }, n: r.n })))
  gauge('suqiu_outbox_messages', 'Outgoing e-mail and SMS not delivered yet (queued) or failed', ['channel', 'status'], (f) => f.outbox.map((r) => ({ labels: { channel: r.channel, status: r.status }, n: r.n })))
  gauge('suqiu_db_connections', 'Database connections of the service, by state (active, idle …)', ['state'], (f) => f.connections.map((r) => ({ labels: { state: r.state }, n: r.n })))
  new Gauge({
    name: 'suqiu_spool_entries', help: 'Posts kept in the local spool during a database outage, waiting for replay', registers: [registry],
    collect() { this.set(spoolSize(app.config.dataDir)) },
  })
  new Gauge({
    name: 'suqiu_database_up', help: '1 when the database answered the last health probe', registers: [registry],
    collect() { this.set(app.dbHealth?.up === false ? 0 : 1) },
  })

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url
    if (!route || route === '/metrics') return
    latency.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000)
  })
  app.get('/metrics', { schema: { response: { 200: Binary(['text/plain'], 'Prometheus 文本格式 / Prometheus text format') } } }, async (request, reply) => {
    if (!mayReadMetrics(request, app.config.METRICS_TOKEN)) {
      reply.header('www-authenticate', 'Bearer realm="metrics"')
      throw errors.metricsToken()
    }
    return reply.header('cache-control', 'no-store').type(registry.contentType).send(await registry.metrics())
  })
}, { name: 'metrics', dependencies: ['db', 'db-health'] })
