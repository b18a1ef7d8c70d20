// The spool: while the database is down, a signed webhook that must not be refused (a fax gateway's post, Twilio's
// voice and SMS webhooks) is written to a small local file (fsync'd before the answer, so "stored before
// acknowledged" holds) and replayed through the same route once the database is back. The routes are idempotent on
// the sender's id (fax id, CallSid, MessageSid, RecordingSid), so a replay that is interrupted and repeated still
// stores each post once. Entries are sealed (AES-256-GCM, key from SUQIU_SECRET) and keep only what the route would
// keep: never the sender's address or other headers, and a caller who chose anonymity leaves no number
// (channels/voice/spool.ts decides what a Twilio webhook keeps and what the caller hears meanwhile).
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import path from 'node:path'
import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { SIGNATURE_HEADER, verifyFaxSignature } from '../../channels/fax/verify.js'
import { twilioSpoolRule } from '../../channels/voice/spool.js'
import { decrypt, deriveKeys, encrypt } from '../privacy/crypto.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** when this request is the spool's replay of a webhook received during an outage: when it was received */
    spooledAt: Date | null
  }
  interface FastifyInstance { spool: Spool }
}

export interface Spool {
  /**
   * For a request whose database call failed with a lost connection (it was admitted before the outage was noticed):
   * keeps it in the spool and answers the sender as during an outage, when a rule spools it. False when not (not a
   * spooled route, not genuinely signed, or itself a replay, which stays a 5xx and is tried again later).
   */
  keepAfterLostConnection(request: FastifyRequest, reply: FastifyReply): boolean
}

/** One spooled webhook, as replayed. */
export interface SpoolEntry {
  method: 'POST'
  url: string
  headers: Record<string, string>
  /** the body, base64 */
  body: string
  receivedAt: string
}

/** What a rule keeps of a request it spools, and how it answers the sender meanwhile. */
export interface Spooled {
  headers: Record<string, string>
  body: Buffer
  answer(reply: FastifyReply): FastifyReply
}

export interface SpoolRule {
  /** paths that stay open while the database is down (src/ops/db-health.ts) */
  paths: string[]
  /** null when the request is not spooled (not this rule's route, or not genuinely signed): the route answers it */
  take(app: FastifyInstance, request: FastifyRequest): Spooled | null
}

const faxRule: SpoolRule = {
  paths: ['/channels/fax/inbound'],
  take: (app, request) => {
    if (request.routeOptions.url !== '/channels/fax/inbound' || !app.config.FAX_WEBHOOK_SECRET || !Buffer.isBuffer(request.body)) return null
    if (!verifyFaxSignature(app.config.FAX_WEBHOOK_SECRET, request.body, request.headers[SIGNATURE_HEADER])) return null
    const headers: Record<string, string> = {}
    for (const h of ['content-type', SIGNATURE_HEADER]) if (typeof request.headers[h] === 'string') headers[h] = request.headers[h] as string
    return { headers, body: request.body, answer: (reply) => reply.status(202).send({ received: true, spooled: true }) }
  },
}

const RULES: SpoolRule[] = [faxRule, twilioSpoolRule]

const REPLAY_EVERY_MS = 1000
/** Set by the replay on its own requests only: a value no one outside this process knows. */
const REPLAY_HEADER = 'x-suqiu-spool-replay'
const RECEIVED_HEADER = 'x-suqiu-spooled-at'
const SEAL_AAD = 'suqiu/spool/v2'

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

/** Reads one spool file: sealed entries are opened with the field-encryption key; older plain ones read as they are. */
export function openSpoolEntry(file: string, encKey: Buffer): SpoolEntry {
  const stored = JSON.parse(readFileSync(file, 'utf8')) as SpoolEntry | { sealed: string }
  return 'sealed' in stored ? JSON.parse(decrypt(encKey, stored.sealed, SEAL_AAD)) as SpoolEntry : stored
}

export default fp(async (app: FastifyInstance) => {
  const dir = spoolDir(app.config.dataDir)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const { encKey } = deriveKeys(app.config.SUQIU_SECRET)
  for (const rule of RULES) for (const p of rule.paths) app.dbHealth.exempt(p)

  const replayToken = Buffer.from(randomBytes(24).toString('hex'))
  app.decorateRequest('spooledAt', null)
  app.addHook('onRequest', async (request) => {
    const token = request.headers[REPLAY_HEADER]
    if (typeof token !== 'string' || token.length !== replayToken.length || !timingSafeEqual(Buffer.from(token), replayToken)) return
    const at = new Date(String(request.headers[RECEIVED_HEADER]))
    request.spooledAt = Number.isNaN(at.getTime()) ? new Date() : at
  })

  // file names sort in the order the webhooks came (the millisecond, then a counter within it), so a call's callbacks
  // are replayed in the order Twilio sent them
  let seq = 0
  let seqAt = 0
  const keep = (request: FastifyRequest, reply: FastifyReply): FastifyReply | null => {
    if (request.method !== 'POST' || request.spooledAt) return null
    let kept: Spooled | null = null
    for (const rule of RULES) if ((kept = rule.take(app, request))) break
    if (!kept) return null
    const now = Date.now()
    seq = now === seqAt ? seq + 1 : 0
    seqAt = now
    const entry: SpoolEntry = { method: 'POST', url: request.url, headers: kept.headers, body: kept.body.toString('base64'), receivedAt: new Date(now).toISOString() }
    const name = `${now.toString().padStart(15, '0')}-${seq.toString().padStart(6, '0')}-${randomBytes(4).toString('hex')}.json`
    writeDurably(dir, name, JSON.stringify({ sealed: encrypt(encKey, JSON.stringify(entry), SEAL_AAD) }))
    request.log.warn({ spooled: name }, 'database unavailable: webhook kept in the spool, replayed when it is back')
    return kept.answer(reply)
  }

  app.addHook('preHandler', async (request, reply) => {
    if (app.dbHealth.up) return
    return keep(request, reply) ?? undefined
  })

  app.decorate('spool', {
    keepAfterLostConnection: (request: FastifyRequest, reply: FastifyReply) => {
      try {
        return keep(request, reply) !== null
      } catch (err) {
        // the spool cannot be written (a full disk): the sender hears 503 and retries
        request.log.error({ err }, 'a webhook could not be kept in the spool')
        return false
      }
    },
  })

  let replaying = false
  const replay = async () => {
    if (replaying || !app.dbHealth.up) return
    replaying = true
    try {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
        if (!app.dbHealth.up) return
        const file = path.join(dir, name)
        let entry: SpoolEntry
        try {
          entry = openSpoolEntry(file, encKey)
        } catch (err) {
          // sealed with another SUQIU_SECRET, or damaged: set aside for a person, not in the way of the rest
          app.log.error({ err, spooled: name }, 'a spool entry cannot be read; kept aside as .unreadable')
          renameSync(file, `${file}.unreadable`)
          continue
        }
        const res = await app.inject({
          method: entry.method, url: entry.url, payload: Buffer.from(entry.body, 'base64'),
          headers: { ...entry.headers, [REPLAY_HEADER]: replayToken.toString(), [RECEIVED_HEADER]: entry.receivedAt },
        })
        // 2xx: stored (or already stored: idempotent); 4xx: the route refuses it for good, and says why in the log
        if (res.statusCode >= 500) return
        if (res.statusCode >= 400) app.log.error({ spooled: name, status: res.statusCode, body: res.body.slice(0, 300) }, 'a spooled webhook was refused on replay')
        else app.log.info({ spooled: name, status: res.statusCode }, 'spooled webhook replayed')
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
