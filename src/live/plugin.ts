// The `live` plugin: staff websockets on /ws, fed by PostgreSQL LISTEN/NOTIFY so that an event
// published by any API process (or worker) reaches the matching sockets of every API process.
import fp from 'fastify-plugin'
import websocket from '@fastify/websocket'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { WebSocket, RawData } from 'ws'
import { SESSION_COOKIE, hashToken } from '../auth/plugin.js'
import { unitAncestors } from '../cases/access.js'
import { errors, type AppError } from '../http/errors.js'
import {
  LIVE_CHANNEL, compileFilters, decodeLiveNotifications, publishLiveEvent,
  type LiveEvent, type LiveMessage, type LiveRecipient, type NotifyExecutor,
} from './events.js'

export interface LiveStats {
  /** Sockets connected to this process. */
  clients: number
  /** Notifications received from PostgreSQL. */
  notifications: number
  /** Messages sent to sockets. */
  delivered: number
  /** Messages not sent because the socket was closing or too far behind. */
  dropped: number
}

export interface LiveHub {
  /**
   * Sends an event to the matching staff sockets of every API process (via pg_notify). Pass a
   * transaction (postgres.js or drizzle) as `via` to deliver it only when that transaction commits.
   */
  publish(event: LiveEvent, via?: NotifyExecutor): Promise<void>
  stats(): LiveStats
}

declare module 'fastify' {
  interface FastifyInstance { live: LiveHub }
}

export interface LiveOptions {
  /** Origins allowed to open /ws from a browser (default: PUBLIC_BASE_URL's). Requests without Origin are allowed. */
  allowedOrigins?: string[]
  /** How often each socket's session is checked again (default 60 s); an ended session closes it with 4401. */
  sessionRecheckMs?: number
  /** Ping interval; a socket that missed a pong is dropped (default 30 s). */
  heartbeatMs?: number
  /** A socket with more than this buffered is too far behind and is closed (default 4 MiB). */
  maxBufferedBytes?: number
}

/** The channel on which the sessions table announces an ended session (its token's hash). */
export const SESSION_ENDED_CHANNEL = 'suqiu_session_ended'

/** Close codes: 4401 session ended; 1001 server shutting down; 1013 too slow. */
export const CLOSE_SESSION_ENDED = 4401

interface LiveClient {
  socket: WebSocket
  user: LiveRecipient
  token: string
  /** the token as the sessions table keeps it: an ended session is announced by it */
  tokenHash: string
  alive: boolean
}

declare module 'fastify' {
  interface FastifyRequest { liveSession?: { user: LiveRecipient; token: string } }
}

/** A socket's user as the filters read them, with their unit's ancestors for recusal (回避). */
type SessionUser = { id: number; role: string; unit: { id: number; divisionCode: string } }

/** A refused upgrade answers as any route does: a declared code (src/http/errors.ts) with both messages. */
function refuse(reply: FastifyReply, make: () => AppError) {
  const e = make()
  return reply.code(e.statusCode).send({ error: { code: e.code, message: e.zh, messageEn: e.message, requestId: reply.request.id } })
}

export default fp<LiveOptions>(async (app, opts) => {
  const clients = new Set<LiveClient>()
  const stats = { notifications: 0, delivered: 0, dropped: 0 }
  const maxBuffered = opts.maxBufferedBytes ?? 4 * 1024 * 1024
  const allowedOrigins = new Set(opts.allowedOrigins ?? [new URL(app.config.PUBLIC_BASE_URL).origin])
  let closing = false

  /** Closes a socket we no longer serve and forgets it at once (its 'close' event comes after the handshake). */
  const drop = (client: LiveClient, code: number, reason: string): void => {
    clients.delete(client)
    client.socket.close(code, reason)
  }
  /** On app close: stop the timers and say goodbye (1001) to every socket, before @fastify/websocket closes them. */
  const shutdown = (): void => {
    if (closing) return
    closing = true
    clearInterval(recheck)
    clearInterval(heartbeat)
    for (const c of [...clients]) drop(c, 1001, 'server shutting down')
  }

  // Our preClose runs first when we register @fastify/websocket ourselves; if the app registered it
  // earlier, its default preClose closes sockets without a code (1005) before ours.
  app.addHook('preClose', async () => { shutdown() })
  if (!app.hasPlugin('@fastify/websocket')) {
    await app.register(websocket, {
      options: { maxPayload: 4096 },
      preClose: (done) => {
        shutdown()
        for (const socket of app.websocketServer.clients) socket.close(1001, 'server shutting down')
        app.websocketServer.close()
        done()
      },
    })
  }

  const sendTo = (client: LiveClient, text: string): void => {
    const { socket } = client
    if (socket.readyState !== socket.OPEN) { stats.dropped++; return }
    if (socket.bufferedAmount > maxBuffered) {
      stats.dropped++
      app.log.warn({ userId: client.user.id, buffered: socket.bufferedAmount }, 'live: socket too far behind, closing')
      drop(client, 1013, 'too slow')
      return
    }
    socket.send(text)
    stats.delivered++
  }
  const broadcast = (message: LiveMessage): void => {
    const text = JSON.stringify(message)
    for (const c of clients) sendTo(c, text)
  }

  // One NOTIFY carries one event, or several published together after their commits (events.ts).
  const onNotify = (raw: string): void => {
    stats.notifications++
    const events = decodeLiveNotifications(raw)
    if (events.length === 0) { app.log.warn({ bytes: raw.length }, 'live: ignored a notification in an unknown format'); return }
    if (clients.size === 0) return
    for (const n of events) {
      const match = compileFilters(n.filters)
      let text: string | undefined
      for (const c of clients) {
        if (!match(c.user)) continue
        text ??= JSON.stringify({ topic: n.topic, payload: n.payload, at: n.at } satisfies LiveMessage)
        sendTo(c, text)
      }
    }
  }

  // LISTEN on postgres.js's dedicated connection; it re-LISTENs by itself after a reconnect, when
  // notifications may have been missed: clients are then told to reload (live.resync).
  let listens = 0
  const listener = await app.sql.listen(LIVE_CHANNEL, onNotify, () => {
    if (listens++ > 0) {
      app.log.warn('live: LISTEN re-established after a lost connection; asking clients to resync')
      broadcast({ topic: 'live.resync', payload: null, at: new Date().toISOString() })
    }
  })

  // A session ended in any process (a DELETE on sessions, migration 0029): its sockets here close at once (4401).
  const sessionEnded = await app.sql.listen(SESSION_ENDED_CHANNEL, (tokenHash: string) => {
    for (const c of [...clients]) if (c.tokenHash === tokenHash) drop(c, CLOSE_SESSION_ENDED, 'session ended')
  })

  app.decorate('live', {
    publish: (event: LiveEvent, via?: NotifyExecutor) => publishLiveEvent(via ?? app.sql, event),
    stats: () => ({ clients: clients.size, ...stats }),
  } satisfies LiveHub)

  // Before the upgrade: a valid session (else 401, no upgrade) and, from browsers, our own origin.
  const recipientOf = async (u: SessionUser): Promise<LiveRecipient> =>
    ({ id: u.id, role: u.role, unitId: u.unit.id, divisionCode: u.unit.divisionCode, ancestorUnitIds: await unitAncestors(app.sql, u.unit.id) })

  const authenticate = async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      return refuse(reply, errors.badOrigin)
    }
    const token = request.cookies[SESSION_COOKIE]
    const found = token ? await app.loadSessionUser(token) : null
    if (!found || !token) return refuse(reply, errors.unauthenticated)
    // a session that must first change its password or set up its second factor hears nothing live (as the API refuses it)
    if (found.mustChangePassword) return refuse(reply, errors.passwordChangeRequired)
    if (found.mustEnrolSecondFactor) return refuse(reply, errors.secondFactorEnrolmentRequired)
    request.liveSession = { user: await recipientOf(found.user), token }
  }

  app.route({
    method: 'GET',
    url: '/ws',
    preValidation: authenticate,
    handler: (_request, reply) => refuse(reply, errors.upgradeRequired),
    wsHandler: (socket, request) => {
      const session = request.liveSession
      if (!session || closing) { socket.close(closing ? 1001 : CLOSE_SESSION_ENDED); return }
      const client: LiveClient = { socket, user: session.user, token: session.token, tokenHash: hashToken(session.token), alive: true }
      clients.add(client)
      socket.on('pong', () => { client.alive = true })
      socket.on('close', () => { clients.delete(client) })
      socket.on('message', (data: RawData, isBinary: boolean) => {
        if (isBinary) return
        let msg: { type?: unknown } | null = null
        try { msg = JSON.parse(data.toString()) } catch { /* not JSON: ignored */ }
        if (msg?.type === 'ping') sendTo(client, JSON.stringify({ topic: 'pong', payload: null, at: new Date().toISOString() } satisfies LiveMessage))
      })
      sendTo(client, JSON.stringify({ topic: 'live.ready', payload: { userId: client.user.id }, at: new Date().toISOString() } satisfies LiveMessage))
    },
  })

  // A socket whose session ended (sign-out, expiry, account disabled) is closed; role or unit changes are picked up.
  let rechecking = false
  const recheck = setInterval(async () => {
    if (rechecking || closing) return
    rechecking = true
    try {
      for (const c of [...clients]) {
        const found = await app.loadSessionUser(c.token).catch((err: unknown) => { app.log.warn({ err }, 'live: session recheck failed'); return undefined })
        if (found === undefined) break // database trouble: try again next round
        if (found === null) drop(c, CLOSE_SESSION_ENDED, 'session ended')
        else c.user = await recipientOf(found.user).catch(() => c.user)
      }
    } finally {
      rechecking = false
    }
  }, opts.sessionRecheckMs ?? 60_000)
  recheck.unref()

  const heartbeat = setInterval(() => {
    for (const c of clients) {
      if (!c.alive) { c.socket.terminate(); clients.delete(c); continue }
      c.alive = false
      c.socket.ping()
    }
  }, opts.heartbeatMs ?? 30_000)
  heartbeat.unref()

  app.addHook('preClose', async () => {
    shutdown()
    await listener.unlisten().catch((err: unknown) => app.log.warn({ err }, 'live: UNLISTEN failed'))
    await sessionEnded.unlisten().catch(() => {})
  })
}, { name: 'live', dependencies: ['config', 'db', 'auth'] })
