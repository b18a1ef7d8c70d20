// Builds the Fastify app: plugins own resources, routes are thin, one error handler.
import Fastify, { type FastifyInstance, type FastifyBaseLogger } from 'fastify'
import fp from 'fastify-plugin'
import rateLimit from '@fastify/rate-limit'
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import type PgBoss from 'pg-boss'
import type { Config } from './config.js'
import dbPlugin from './db/plugin.js'
import dbHealth from './ops/db-health.js'
import metrics from './ops/metrics.js'
import spool from './ops/spool.js'
import { RETRY_AFTER_SECONDS } from './ops/connection-lost.js'
import authPlugin from './auth/plugin.js'
import authRoutes from './auth/routes.js'
import livePlugin, { type LiveOptions } from './live/plugin.js'
import webConsole, { type WebConsoleOptions } from './http/static.js'
import divisionsPlugin from './divisions/plugin.js'
import divisionRoutes from './divisions/routes.js'
import userRoutes from './users/routes.js'
import casesPlugin from './cases/plugin.js'
import auditPlugin from './audit/plugin.js'
import caseRoutes from './cases/routes.js'
import readersRoutes from './cases/readers-routes.js'
import chartRoutes from './chart/routes.js'
import hotspotRoutes from './hotspots/routes.js'
import knowledgePlugin from './knowledge/plugin.js'
import lookupPlugin from './lookup/plugin.js'
import catalogueRoutes from './catalogue/routes.js'
import templateRoutes from './templates/routes.js'
import deskRoutes from './desk/routes.js'
import exportRoutes from './export/routes.js'
import materialRoutes from './cases/material-routes.js'
import cohandlingRoutes from './cohandling/routes.js'
import replyRoutes from './replies/routes.js'
import supervisionRoutes from './supervision/routes.js'
import assessmentRoutes from './assessment/routes.js'
import notifyPlugin from './notify/plugin.js'
import attachmentsPlugin from './attachments/plugin.js'
import attachmentRoutes from './attachments/routes.js'
import letterRoutes from '../channels/letter/routes.js'
import visitRoutes from '../channels/visit/routes.js'
import faxRoutes from '../channels/fax/routes.js'
import emailIntakePlugin from '../channels/email/plugin.js'
import voiceLines from '../channels/voice/plugin.js'
import outboxRoutes from './notify/routes.js'
import opennessRoutes from './openness/routes.js'
import open311Routes from './openness/open311.js'
import statsRoutes from './stats/routes.js'
import intakeRoutes from './complaints/routes.js'
import trackingRoutes from './tracking/routes.js'
import webChannelRoutes from '../channels/web/routes.js'
import { frameworkErrors, registerErrorHandler } from './http/errors.js'
import { guardInput } from './http/input.js'
import { trustProxyOption } from './http/proxy.js'
import { postgresRateStore } from './http/rate-store.js'
import openapi from './http/openapi.js'
import { Open } from './http/responses.js'
import { Type } from '@sinclair/typebox'

declare module 'fastify' {
  interface FastifyInstance {
    config: Config
    /** background job handlers by pg-boss queue, filled by the plugins that own them; run by workers/ */
    jobHandlers: Record<string, JobHandler>
    /** long-running worker loops (the IMAP mailbox …) started beside the queues; each returns its stop */
    workerStarters: ((boss: PgBoss) => Promise<() => Promise<void>>)[]
  }
}
export type JobHandler = (jobs: PgBoss.Job<Record<string, unknown>>[]) => Promise<unknown>

export interface AppOptions {
  config: Config
  databaseUrl: string
  /** a pino logger, or Fastify's logger options (`{ level }`), or false */
  logger?: FastifyBaseLogger | { level: string } | boolean
  /** websocket tuning (tests shorten the session re-check) */
  live?: LiveOptions
  /** addresses exempt from rate limits (a load bench on loopback) */
  rateLimitAllowList?: string[]
  /** the whole request, body included, must arrive within this (default 55 s; tests shorten it) */
  requestTimeoutMs?: number
  /** serve the staff console (dist/web); `npm start` does, API tests do not */
  webConsole?: WebConsoleOptions
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const requestTimeoutMs = opts.requestTimeoutMs ?? 55_000
  const app = Fastify({
    ...(typeof opts.logger === 'object' && 'info' in opts.logger ? { loggerInstance: opts.logger } : { logger: opts.logger ?? false }),
    genReqId: (req) => (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].length <= 64 ? req.headers['x-request-id'] : randomUUID()),
    requestIdHeader: false,
    trustProxy: trustProxyOption(opts.config.TRUST_PROXY),
    bodyLimit: 1024 * 1024,
    // a whole request, slow body included, within 60 s (a body trickled a byte at a time held a socket for minutes):
    // Node checks the timeout every connectionsCheckingInterval (30 s by default), so 55 s checked every 5 s
    serverFactory: (handler) => http.createServer({ requestTimeout: requestTimeoutMs, connectionsCheckingInterval: Math.min(5000, requestTimeoutMs / 2) }, handler),
    requestTimeout: requestTimeoutMs,
    frameworkErrors,
    // unknown fields are refused where a schema says so (removeAdditional would strip valid fields inside unions);
    // Infinity and NaN are not numbers; one-of by `type` for event bodies
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, strictNumbers: true, discriminator: true } },
  })
  guardInput(app)
  app.addHook('onSend', async (request, reply) => { reply.header('x-request-id', request.id) })
  registerErrorHandler(app)
  // before any route: @fastify/swagger collects them as they are added (/api/openapi.json, /api/docs)
  await app.register(openapi, { publicBaseUrl: opts.config.PUBLIC_BASE_URL })

  await app.register(fp(async (a) => {
    a.decorate('config', opts.config)
    a.decorate('jobHandlers', {})
    a.decorate('workerStarters', [])
  }, { name: 'config' }))
  await app.register(dbPlugin, { databaseUrl: opts.databaseUrl })
  await app.register(dbHealth, { databaseUrl: opts.databaseUrl })
  await app.register(spool)
  await app.register(metrics)
  // counted in PostgreSQL, so that every API process behind the proxy shares one limit (src/http/rate-store.ts)
  await app.register(rateLimit, {
    global: false, allowList: opts.rateLimitAllowList ?? [],
    store: postgresRateStore(app.sql, (err) => app.log.warn({ err }, 'rate limit: counted in this process (database slow or gone)')),
  })
  await app.register(authPlugin)
  await app.register(livePlugin, opts.live ?? {})
  await app.register(divisionsPlugin)
  await app.register(casesPlugin)
  await app.register(auditPlugin)
  await app.register(attachmentsPlugin)
  await app.register(notifyPlugin)

  app.get('/health', { schema: { response: { 200: Type.Object({ status: Type.Literal('ok') }) } } }, async () => ({ status: 'ok' as const }))
  // ready when the database answers a probe within 1.5 s (src/ops/db-health.ts); never waits on the app's pools
  app.get('/ready', { schema: { response: { 200: Type.Object({ status: Type.Literal('ready') }), 503: Open({ status: Type.Optional(Type.String()), error: Type.Optional(Open({})) }, '数据库不可用 / database unreachable') } } }, async (request, reply) => {
    if (await app.dbHealth.check()) return { status: 'ready' }
    return reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS))
      .send({ status: 'unavailable', error: { code: 'database_unreachable', message: '数据库不可用', messageEn: 'Database not reachable' } })
  })
  await app.register(authRoutes)
  await app.register(divisionRoutes)
  await app.register(userRoutes)
  await app.register(caseRoutes)
  await app.register(readersRoutes)
  await app.register(chartRoutes)
  await app.register(hotspotRoutes)
  await app.register(knowledgePlugin)
  await app.register(lookupPlugin)
  await app.register(catalogueRoutes)
  await app.register(templateRoutes)
  await app.register(deskRoutes)
  await app.register(exportRoutes)
  await app.register(materialRoutes)
  await app.register(cohandlingRoutes)
  await app.register(replyRoutes)
  await app.register(supervisionRoutes)
  await app.register(assessmentRoutes)
  await app.register(intakeRoutes)
  await app.register(trackingRoutes)
  await app.register(webChannelRoutes)
  await app.register(voiceLines)
  await app.register(attachmentRoutes)
  await app.register(letterRoutes)
  await app.register(visitRoutes)
  await app.register(faxRoutes)
  await app.register(emailIntakePlugin)
  await app.register(opennessRoutes)
  await app.register(outboxRoutes)
  await app.register(open311Routes)
  await app.register(statsRoutes)
  if (opts.webConsole) await app.register(webConsole, opts.webConsole)
  return app
}
