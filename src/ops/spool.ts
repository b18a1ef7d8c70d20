// The spool: while the database is down, a signed fax gateway post is not refused but written to a small local
// file (fsync'd before the 202 answer, so "stored before acknowledged" holds) and replayed through the same route
// once the database is back. The route is idempotent on the fax id, so a replay that is interrupted and repeated
// still makes one case: each post becomes a case exactly once. The spool keeps the post as it came (what the
// intake keeps anyway), never the sender's address or other headers.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { SIGNATURE_HEADER, verifyFaxSignature } from '../../channels/fax/verify.js'

interface SpoolEntry { method: 'POST'; url: string; headers: Record<string, string>; body: string; receivedAt: string }

interface Spoolable {
  url: string
  /** only what the route would accept is spooled; anything else meets the route (and its 503) as before */
  accepts(app: FastifyInstance, request: FastifyRequest): boolean
  headers: string[]
}

const SPOOLABLE: Spoolable[] = [{
  url: '/channels/fax/inbound',
  accepts: (app, request) => !!app.config.FAX_WEBHOOK_SECRET && Buffer.isBuffer(request.body)
    && verifyFaxSignature(app.config.FAX_WEBHOOK_SECRET, request.body, request.headers[SIGNATURE_HEADER]),
  headers: ['content-type', SIGNATURE_HEADER],
}]

const REPLAY_EVERY_MS = 1000

/** Writes `data` to `file` durably: a temporary file, fsync, rename, fsync of the folder. */
function writeDurably(dir: string, name: string, data: string): void {
  const tmp = path.join(dir, `.${name}.tmp`)
  const fd = openSync(tmp, 'w', 0o600)
  try {
    writeSync(fd, data)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(tmp, path.join(dir, name))
  const dirFd = openSync(dir, 'r')
  try { fsyncSync(dirFd) } finally { closeSync(dirFd) }
}

export const spoolDir = (dataDir: string) => path.join(dataDir, 'spool')
export const spoolSize = (dataDir: string) => (existsSync(spoolDir(dataDir)) ? readdirSync(spoolDir(dataDir)).filter((f) => f.endsWith('.json')).length : 0)

export default fp(async (app: FastifyInstance) => {
  const dir = spoolDir(app.config.dataDir)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  for (const s of SPOOLABLE) app.dbHealth.exempt(s.url)

  app.addHook('preHandler', async (request, reply) => {
    if (app.dbHealth.up || request.method !== 'POST') return
    const rule = SPOOLABLE.find((s) => s.url === request.routeOptions.url)
    if (!rule || !rule.accepts(app, request)) return
    const headers: Record<string, string> = {}
    for (const h of rule.headers) if (typeof request.headers[h] === 'string') headers[h] = request.headers[h] as string
    const entry: SpoolEntry = { method: 'POST', url: request.url, headers, body: (request.body as Buffer).toString('base64'), receivedAt: new Date().toISOString() }
    const name = `${Date.now().toString().padStart(15, '0')}-${randomBytes(4).toString('hex')}.json`
    writeDurably(dir, name, JSON.stringify(entry))
    request.log.warn({ spooled: name }, 'database unavailable: post kept in the spool, replayed when it is back')
    return reply.status(202).send({ received: true, spooled: true })
  })

  let replaying = false
  const replay = async () => {
    if (replaying || !app.dbHealth.up) return
    replaying = true
    try {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
        if (!app.dbHealth.up) return
        const file = path.join(dir, name)
        const entry = JSON.parse(readFileSync(file, 'utf8')) as SpoolEntry
        const res = await app.inject({ method: entry.method, url: entry.url, headers: entry.headers, payload: Buffer.from(entry.body, 'base64') })
        // 2xx: stored (or already stored: idempotent); 4xx: the route refuses it for good, and says why in the log
        if (res.statusCode >= 500) return
        if (res.statusCode >= 400) app.log.error({ spooled: name, status: res.statusCode, body: res.body.slice(0, 300) }, 'a spooled post was refused on replay')
        else app.log.info({ spooled: name, status: res.statusCode }, 'spooled post replayed')
        unlinkSync(file)
      }
    } catch (err) {
      app.log.error({ err }, 'spool replay failed; tried again shortly')
    } finally {
      replaying = false
    }
  }
  const timer = setInterval(() => void replay(), REPLAY_EVERY_MS)
  timer.unref()
  app.addHook('onClose', async () => clearInterval(timer))
}, { name: 'spool', dependencies: ['db-health', 'config'] })
