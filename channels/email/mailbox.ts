/**
 * IMAP ingester: copies every new message of one mailbox into inbound_emails, raw, before the
 * message is flagged \Seen. A checkpoint (UIDVALIDITY + last UID) advances in the same
 * transaction as the inserts and the rows are unique on (mailbox, uidValidity, uid), so a process
 * killed at any moment loses no message and stores none twice. Channel-neutral: what a message
 * becomes (complaint, material, fax) is decided later by whoever handles onStored.
 */
import { ImapFlow, type ImapFlowOptions } from 'imapflow'
import type { Logger } from 'pino'
import { eq, sql } from 'drizzle-orm'
import { schema, type Db } from '../../src/db/index.js'

export type Log = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>

export interface ImapTarget {
  host: string
  port: number
  secure: boolean
  user: string
  pass: string
  /** mailbox path, INBOX by default */
  path: string
}

/** imap://user:pass@host:143/INBOX or imaps://user:pass@host/INBOX (user and password URL-encoded). */
export function parseImapUrl(url: string): ImapTarget {
  const u = new URL(url)
  if (u.protocol !== 'imap:' && u.protocol !== 'imaps:') throw new Error(`IMAP_URL must start with imap:// or imaps://, got ${u.protocol}`)
  const secure = u.protocol === 'imaps:'
  const path = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'INBOX'
  if (!u.username) throw new Error('IMAP_URL has no user name')
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 993 : 143,
    secure,
    user: decodeURIComponent(u.username),
    pass: decodeURIComponent(u.password),
    path,
  }
}

/** One committed batch, as the test hooks see it. */
export interface IngestBatch {
  mailbox: string
  uidValidity: bigint
  uids: number[]
  insertedIds: number[]
}

export interface MailboxIngesterOptions {
  /** IMAP_URL */
  url: string
  db: Db
  log: Log
  /** called with the ids of newly stored inbound_emails rows, after their commit */
  onStored?: (ids: number[]) => void
  /** polling fallback beside IDLE (IDLE can die silently); default 2 minutes */
  pollMs?: number
  /** checkpoint key; default user@host/path (without the port, so moving the server keeps it) */
  mailboxKey?: string
  /** messages fetched and committed together; default 25 */
  batchSize?: number
  /** and at most this many bytes per batch (a single larger message is a batch of its own); default 32 MiB */
  batchBytes?: number
  /** reconnect back-off; default 1 s doubling to 60 s */
  backoff?: { minMs: number; maxMs: number }
  /** for tests: run inside the transaction just before COMMIT, and right after it (before \Seen) */
  hooks?: {
    beforeCommit?: (batch: IngestBatch) => unknown
    afterCommit?: (batch: IngestBatch) => unknown
  }
  /** extra imapflow options (timeouts, tls) */
  imap?: Partial<ImapFlowOptions>
}

export interface PollResult {
  uidValidity: bigint
  /** the checkpoint after this poll */
  lastUid: number
  /** messages fetched in this poll (new to the checkpoint) */
  fetched: number
  /** ids of rows this poll inserted (fewer than fetched when another process stored some first) */
  stored: number[]
  /** stored earlier but not yet \Seen (a crash between commit and flag), flagged now */
  reflagged: number
}

export class MailboxIngester {
  readonly target: ImapTarget
  /** the checkpoint key */
  readonly mailbox: string
  private readonly opts: MailboxIngesterOptions
  private readonly pollMs: number
  private readonly batchSize: number
  private readonly batchBytes: number
  private readonly backoff: { minMs: number; maxMs: number }
  private client: ImapFlow | null = null
  private connecting: Promise<ImapFlow> | null = null
  /** after each (re)connect, flag what earlier runs committed but could not flag */
  private sweepPending = true
  private current: Promise<PollResult> | null = null
  private queued: Promise<PollResult> | null = null
  private started = false
  private pollTimer: NodeJS.Timeout | null = null
  private reconnectTimer: NodeJS.Timeout | null = null
  private reconnectAttempt = 0

  constructor(opts: MailboxIngesterOptions) {
    this.opts = opts
    this.target = parseImapUrl(opts.url)
    this.mailbox = opts.mailboxKey ?? `${this.target.user}@${this.target.host}/${this.target.path}`
    this.pollMs = opts.pollMs ?? 120_000
    this.batchSize = Math.max(1, opts.batchSize ?? 25)
    this.batchBytes = Math.max(1, opts.batchBytes ?? 32 * 1024 * 1024)
    this.backoff = opts.backoff ?? { minMs: 1_000, maxMs: 60_000 }
  }

  /** Connects, ingests what is waiting, then follows the mailbox (IDLE + polling). Never throws for network errors: it retries. */
  async start(): Promise<void> {
    if (this.started) return
    this.started = true
    // Timers stay referenced: a worker whose server is down must keep retrying, not exit. stop() clears them.
    this.pollTimer = setInterval(() => this.trigger('timer'), this.pollMs)
    try {
      await this.pollOnce()
      this.reconnectAttempt = 0
    } catch (err) {
      this.opts.log.warn({ err, mailbox: this.mailbox }, 'mailbox: first poll failed, retrying')
      this.scheduleReconnect()
    }
  }

  /** Stops following the mailbox; waits for a running poll, then logs out. */
  async stop(): Promise<void> {
    this.started = false
    if (this.pollTimer) clearInterval(this.pollTimer)
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer)
    this.pollTimer = this.reconnectTimer = null
    await this.queued?.catch(() => {})
    await this.current?.catch(() => {})
    await this.connecting?.catch(() => {})
    const client = this.client
    this.client = null
    if (client) await closeClient(client)
  }

  /**
   * One pass: fetch what is new since the checkpoint, store it, flag it \Seen. Calls made while a
   * pass runs share the next pass, so IDLE notifications and the timer never run passes in parallel.
   */
  pollOnce(): Promise<PollResult> {
    if (this.queued) return this.queued
    if (this.current) {
      const next = this.current.catch(() => {}).then(() => {
        this.queued = null
        return this.runPoll()
      })
      this.queued = next
      return next
    }
    return this.runPoll()
  }

  private runPoll(): Promise<PollResult> {
    const run = this.poll().finally(() => {
      if (this.current === run) this.current = null
    })
    this.current = run
    return run
  }

  private trigger(why: 'timer' | 'exists' | 'reconnect'): void {
    if (!this.started) return
    this.pollOnce().then(
      (r) => {
        this.reconnectAttempt = 0
        if (r.fetched) this.opts.log.debug({ mailbox: this.mailbox, why, fetched: r.fetched, stored: r.stored.length }, 'mailbox: polled')
      },
      (err) => {
        this.opts.log.warn({ err, mailbox: this.mailbox, why }, 'mailbox: poll failed, reconnecting')
        this.dropClient()
        this.scheduleReconnect()
      },
    )
  }

  private scheduleReconnect(): void {
    if (!this.started || this.reconnectTimer) return
    const base = Math.min(this.backoff.maxMs, this.backoff.minMs * 2 ** this.reconnectAttempt)
    const delay = Math.round(base * (0.75 + Math.random() * 0.5))
    this.reconnectAttempt++
    this.opts.log.info({ mailbox: this.mailbox, delay, attempt: this.reconnectAttempt }, 'mailbox: reconnect scheduled')
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null
      this.trigger('reconnect')
    }, delay)
  }

  private async connect(): Promise<ImapFlow> {
    if (this.client?.usable) return this.client
    if (this.connecting) return this.connecting
    this.connecting = (async () => {
      this.dropClient()
      const t = this.target
      const client = new ImapFlow({
        host: t.host,
        port: t.port,
        secure: t.secure,
        auth: { user: t.user, pass: t.pass },
        logger: false,
        // IDLE right after each pass (imapflow waits 15 s by default): a mail delivered between a pass and the IDLE is
        // only announced once IDLE starts. Dovecot itself announces new mail ~0.5 s after delivery (NOTIFY_DELAY_MSECS).
        autoIdleDelay: 100,
        maxIdleTime: 4 * 60_000, // restart IDLE before middleboxes drop a silent connection
        connectionTimeout: 30_000,
        greetingTimeout: 15_000,
        ...this.opts.imap,
      })
      client.on('error', (err: unknown) => this.opts.log.warn({ err, mailbox: this.mailbox }, 'mailbox: IMAP error'))
      client.on('close', () => this.onClose(client))
      client.on('exists', (ev: { count: number; prevCount: number }) => {
        if (ev.count > ev.prevCount) this.trigger('exists')
      })
      try {
        await client.connect()
        await client.mailboxOpen(t.path) // stays selected between passes, so imapflow IDLEs on it
      } catch (err) {
        client.removeAllListeners()
        client.on('error', () => {})
        client.close()
        throw err
      }
      this.client = client
      this.sweepPending = true
      this.opts.log.info({ mailbox: this.mailbox }, 'mailbox: connected')
      return client
    })().finally(() => {
      this.connecting = null
    })
    return this.connecting
  }

  private onClose(client: ImapFlow): void {
    if (client !== this.client) return
    this.client = null
    client.removeAllListeners()
    client.on('error', () => {})
    if (this.started) {
      this.opts.log.warn({ mailbox: this.mailbox }, 'mailbox: connection closed')
      this.scheduleReconnect()
    }
  }

  /** Forgets the current client (its listeners too), closing it without waiting. */
  private dropClient(): void {
    const client = this.client
    this.client = null
    if (!client) return
    client.removeAllListeners()
    client.on('error', () => {})
    try {
      client.close()
    } catch { /* already closed */ }
  }

  private async poll(): Promise<PollResult> {
    const { db, log, hooks } = this.opts
    const client = await this.connect()
    const lock = await client.getMailboxLock(this.target.path)
    try {
      // A server shows a session new messages at its sync points: without this NOOP, a SEARCH
      // right after IDLE can miss a message that was just delivered (seen with Dovecot 2.3).
      await client.noop()
      const box = client.mailbox
      if (!box) throw new Error(`mailbox ${this.target.path} is not open`)
      const uidValidity = BigInt(box.uidValidity)
      const [checkpoint] = await db.select().from(schema.mailboxCheckpoints).where(eq(schema.mailboxCheckpoints.mailbox, this.mailbox))
      let lastUid = 0
      if (checkpoint && checkpoint.uidValidity === uidValidity) lastUid = checkpoint.lastUid
      else if (checkpoint) {
        // The server renumbered the mailbox: every message is new under the new validity.
        log.warn({ mailbox: this.mailbox, was: String(checkpoint.uidValidity), now: String(uidValidity) }, 'mailbox: UIDVALIDITY changed, starting over')
      }

      let reflagged = 0
      if (this.sweepPending && lastUid > 0) {
        // Committed before a crash but never flagged: flag now (never inside a fetch loop).
        const unseen = (await client.search({ seen: false, uid: `1:${lastUid}` }, { uid: true })) || []
        const pending = unseen.filter((u) => u <= lastUid)
        if (pending.length) {
          await client.messageFlagsAdd(pending, ['\\Seen'], { uid: true })
          reflagged = pending.length
          log.info({ mailbox: this.mailbox, count: pending.length }, 'mailbox: flagged messages stored by an earlier run')
        }
      }
      this.sweepPending = false

      // `n:*` always matches the last message, even when its UID is below n: filter.
      const uids = ((await client.search({ uid: `${lastUid + 1}:*` }, { uid: true })) || []).filter((u) => u > lastUid).sort((a, b) => a - b)
      const stored: number[] = []
      let fetched = 0
      for (const batchUids of await this.batches(client, uids)) {
        // Collect first: an IMAP command issued inside a running fetch deadlocks imapflow.
        const messages = (await client.fetchAll(batchUids, { uid: true, source: true, envelope: true }, { uid: true }))
          .filter((m) => m.uid > lastUid && m.source)
        fetched += messages.length
        const batchMax = Math.max(...batchUids)
        const insertedIds = await db.transaction(async (tx) => {
          const inserted = messages.length
            ? await tx.insert(schema.inboundEmails).values(messages.map((m) => ({
              mailbox: this.mailbox,
              uidValidity,
              uid: m.uid,
              messageId: m.envelope?.messageId?.slice(0, 998) ?? null,
              raw: m.source!,
            }))).onConflictDoNothing().returning({ id: schema.inboundEmails.id })
            : []
          await tx.insert(schema.mailboxCheckpoints)
            .values({ mailbox: this.mailbox, uidValidity, lastUid: batchMax, updatedAt: new Date() })
            .onConflictDoUpdate({
              target: schema.mailboxCheckpoints.mailbox,
              // Two workers on one mailbox: the checkpoint never moves back under the same validity.
              set: {
                lastUid: sql`case when ${schema.mailboxCheckpoints.uidValidity} = excluded.uid_validity then greatest(${schema.mailboxCheckpoints.lastUid}, excluded.last_uid) else excluded.last_uid end`,
                uidValidity: sql`excluded.uid_validity`,
                updatedAt: sql`now()`,
              },
            })
          const ids = inserted.map((r) => r.id)
          await hooks?.beforeCommit?.({ mailbox: this.mailbox, uidValidity, uids: batchUids, insertedIds: ids })
          return ids
        })
        lastUid = batchMax
        await hooks?.afterCommit?.({ mailbox: this.mailbox, uidValidity, uids: batchUids, insertedIds })
        // Only now is the message safe: \Seen means "stored".
        await client.messageFlagsAdd(batchUids, ['\\Seen'], { uid: true })
        stored.push(...insertedIds)
        if (insertedIds.length) {
          try {
            this.opts.onStored?.(insertedIds)
          } catch (err) {
            log.error({ err, mailbox: this.mailbox }, 'mailbox: onStored failed')
          }
        }
      }
      if (fetched) log.info({ mailbox: this.mailbox, fetched, stored: stored.length, lastUid }, 'mailbox: messages stored')
      return { uidValidity, lastUid, fetched, stored, reflagged }
    } finally {
      lock.release()
    }
  }

  /** The new UIDs cut into batches of at most batchSize messages and batchBytes bytes. */
  private async batches(client: ImapFlow, uids: number[]): Promise<number[][]> {
    if (!uids.length) return []
    const sizes = new Map((await client.fetchAll(uids, { uid: true, size: true }, { uid: true })).map((m) => [m.uid, m.size ?? 0]))
    const out: number[][] = []
    let batch: number[] = []
    let bytes = 0
    for (const uid of uids) {
      const size = sizes.get(uid) ?? 0
      if (batch.length && (batch.length >= this.batchSize || bytes + size > this.batchBytes)) {
        out.push(batch)
        batch = []
        bytes = 0
      }
      batch.push(uid)
      bytes += size
    }
    if (batch.length) out.push(batch)
    return out
  }
}

async function closeClient(client: ImapFlow): Promise<void> {
  client.removeAllListeners()
  client.on('error', () => {})
  if (!client.usable) {
    client.close()
    return
  }
  let timer: NodeJS.Timeout | undefined
  await Promise.race([
    client.logout().catch(() => client.close()),
    new Promise<void>((resolve) => { timer = setTimeout(() => { client.close(); resolve() }, 5_000) }),
  ])
  clearTimeout(timer)
}
