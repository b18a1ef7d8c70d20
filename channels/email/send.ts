/**
 * Outbound e-mail: every mail is an outbound_messages row first (recipient encrypted, a masked
 * copy for lists), then sent over SMTP when SMTP_URL is set, or only recorded for admins when it
 * is not. Our own Message-ID per mail and References to the case's earlier mails keep a case in
 * one thread. A dedupeKey makes a retried job harmless: once sent, never sent again.
 */
import { randomBytes } from 'node:crypto'
import nodemailer, { type SMTPTransportOptions, type Transporter } from 'nodemailer'
import { and, asc, eq, inArray, isNotNull, lt } from 'drizzle-orm'
import { schema, type Db } from '../../src/db/index.js'
import { encrypt } from '../../src/privacy/crypto.js'
import { maskEmail } from '../../src/privacy/mask.js'
import type { Log } from './mailbox.js'

export interface OutboundEmail {
  to: string
  subject: string
  text: string
  html?: string
  /** receipt | accepted | rejected | result | evaluation_request | … */
  kind: string
  caseId?: number
  /** the Message-ID answered (a citizen's mail); default: the case's last mail we sent */
  inReplyTo?: string
  /** default: the case's earlier mails we sent, oldest first */
  references?: string[]
  /** e.g. `receipt:${caseId}`: the same key never produces a second mail */
  dedupeKey?: string
  /** what the outbound_messages row keeps instead of text/html (a receipt with its PIN masked); only the mail sent has text/html */
  kept?: { text: string; html?: string }
  /** an anonymous reporter's receipt: the row keeps no trace of the address (not even encrypted or masked) */
  forgetRecipient?: boolean
}

export interface SendResult {
  status: 'sent' | 'recorded'
  messageId: string
  /** the outbound_messages row */
  id: number
  /** true when the dedupeKey matched a mail already sent or recorded: nothing was sent now */
  duplicate: boolean
}

/** Thrown when the SMTP server refuses or cannot be reached; the job retries unless `permanent`. */
export class EmailSendError extends Error {
  readonly code = 'EMAIL_SEND_FAILED'
  constructor(
    message: string,
    readonly outboundId: number,
    readonly attempts: number,
    /** the SMTP reply code (421, 450, 550 …) when the server answered */
    readonly responseCode: number | undefined,
    /** a 5xx answer: retrying the same mail will not help */
    readonly permanent: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'EmailSendError'
  }
}

export interface Mailer {
  /** 'smtp' when SMTP_URL is set, 'record' when mail is only recorded */
  readonly mode: 'smtp' | 'record'
  send(msg: OutboundEmail): Promise<SendResult>
  close(): void
}

export interface MailerOptions {
  /** SMTP_URL (smtp://user:pass@host:587, smtps://…:465; nodemailer's query options such as ?ignoreTLS=true) */
  smtpUrl?: string
  /** SMTP_FROM, e.g. 昆明市群众诉求中心 <noreply@suqiu.local> */
  from: string
  db: Db
  /** the field-encryption key (deriveKeys(SUQIU_SECRET).encKey) */
  encKey: Buffer
  log?: Log
  /** a ready transport instead of smtpUrl (another provider, or a test double) */
  transport?: Transporter
}

/** The domain of an address such as `名称 <noreply@suqiu.local>`. */
export function domainOf(from: string): string {
  const m = /<([^<>]+)>\s*$/.exec(from)
  const address = (m ? m[1] : from).trim()
  const at = address.lastIndexOf('@')
  const domain = at >= 0 ? address.slice(at + 1).trim().toLowerCase() : ''
  return /^[a-z0-9.-]+$/.test(domain) && domain ? domain : 'suqiu.local'
}

/** `<case-{caseId}.{random}@{domain}>`, or `<msg.{random}@{domain}>` for mail outside a case. */
export function newMessageId(domain: string, caseId?: number): string {
  const random = randomBytes(8).toString('hex')
  return caseId != null ? `<case-${caseId}.${random}@${domain}>` : `<msg.${random}@${domain}>`
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/
const DONE = ['sent', 'delivered', 'recorded'] as const
const MAX_REFERENCES = 20

type Row = typeof schema.outboundMessages.$inferSelect

export function createMailer(opts: MailerOptions): Mailer {
  const { db, encKey, from } = opts
  const domain = domainOf(from)
  const transport: Transporter | null = opts.transport ?? (opts.smtpUrl ? nodemailer.createTransport({
    url: opts.smtpUrl,
    // A slow server must not hold a job (and its row lock) for minutes.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  } as SMTPTransportOptions) : null)

  /** Inserts the row, or returns the one that already holds this dedupeKey. */
  async function rowFor(msg: OutboundEmail): Promise<Row> {
    const values = {
      channel: 'email',
      kind: msg.kind,
      caseId: msg.caseId ?? null,
      recipientEnc: msg.forgetRecipient ? '' : encrypt(encKey, msg.to),
      recipientMasked: msg.forgetRecipient ? '（匿名，地址未保留）' : maskEmail(msg.to),
      subject: msg.subject,
      body: msg.kept ? msg.kept.text : msg.text,
      html: (msg.kept ? msg.kept.html : msg.html) ?? null,
      messageId: newMessageId(domain, msg.caseId),
      status: 'queued',
      dedupeKey: msg.dedupeKey ?? null,
    }
    if (!msg.dedupeKey) {
      const [row] = await db.insert(schema.outboundMessages).values(values).returning()
      return row
    }
    const [inserted] = await db.insert(schema.outboundMessages).values(values)
      .onConflictDoNothing({ target: schema.outboundMessages.dedupeKey }).returning()
    if (inserted) return inserted
    const [existing] = await db.select().from(schema.outboundMessages).where(eq(schema.outboundMessages.dedupeKey, msg.dedupeKey))
    if (!existing) throw new Error(`outbound message with dedupe key ${msg.dedupeKey} vanished`)
    return existing
  }

  /** In-Reply-To and References: given, or the case's earlier mails that went out. */
  async function threading(msg: OutboundEmail, row: Row): Promise<{ inReplyTo?: string; references?: string[] }> {
    if (msg.inReplyTo || msg.references?.length) {
      const references = [...new Set([...(msg.references ?? []), ...(msg.inReplyTo ? [msg.inReplyTo] : [])])].slice(-MAX_REFERENCES)
      return { inReplyTo: msg.inReplyTo ?? references[references.length - 1], references }
    }
    if (msg.caseId == null) return {}
    const earlier = await db.select({ messageId: schema.outboundMessages.messageId }).from(schema.outboundMessages)
      .where(and(
        eq(schema.outboundMessages.caseId, msg.caseId),
        eq(schema.outboundMessages.channel, 'email'),
        inArray(schema.outboundMessages.status, ['sent', 'delivered']),
        isNotNull(schema.outboundMessages.messageId),
        lt(schema.outboundMessages.id, row.id),
      ))
      .orderBy(asc(schema.outboundMessages.id))
    const references = earlier.map((r) => r.messageId!).slice(-MAX_REFERENCES)
    return references.length ? { inReplyTo: references[references.length - 1], references } : {}
  }

  async function send(msg: OutboundEmail): Promise<SendResult> {
    const to = msg.to.trim()
    if (!EMAIL.test(to)) throw new TypeError(`not an e-mail address: ${maskEmail(to)}`)
    if (!msg.subject.trim()) throw new TypeError('an e-mail needs a subject')
    msg = { ...msg, to }
    const row = await rowFor(msg)
    const messageId = row.messageId!
    if ((DONE as readonly string[]).includes(row.status)) {
      return { status: row.status === 'recorded' ? 'recorded' : 'sent', messageId, id: row.id, duplicate: true }
    }

    if (!transport) {
      await db.update(schema.outboundMessages)
        .set({ status: 'recorded', statusDetail: 'SMTP_URL not set: recorded, not sent', updatedAt: new Date() })
        .where(and(eq(schema.outboundMessages.id, row.id), inArray(schema.outboundMessages.status, ['queued', 'failed'])))
      opts.log?.info({ outboundId: row.id, kind: msg.kind, caseId: msg.caseId }, 'email recorded (no SMTP_URL)')
      return { status: 'recorded', messageId, id: row.id, duplicate: false }
    }

    const thread = await threading(msg, row)
    // The row lock makes a concurrent retry with the same dedupeKey wait, then see 'sent'.
    const outcome = await db.transaction(async (tx) => {
      const [locked] = await tx.select().from(schema.outboundMessages).where(eq(schema.outboundMessages.id, row.id)).for('update')
      if ((DONE as readonly string[]).includes(locked.status)) return { done: true as const, status: locked.status }
      const attempts = locked.attempts + 1
      try {
        const info = await transport.sendMail({
          from,
          to,
          subject: msg.subject,
          text: msg.text,
          ...(msg.html ? { html: msg.html } : {}),
          messageId,
          ...(thread.inReplyTo ? { inReplyTo: thread.inReplyTo } : {}),
          ...(thread.references?.length ? { references: thread.references } : {}),
          headers: {
            // RFC 3834: tells vacation responders not to answer notifications.
            'Auto-Submitted': 'auto-generated',
            'X-Auto-Response-Suppress': 'OOF, AutoReply',
          },
        })
        const said = typeof info?.response === 'string' ? info.response.slice(0, 500) : null
        const response = said && msg.forgetRecipient ? said.replace(/[^\s<>@"']+@[^\s<>@"']+/g, '***') : said
        await tx.update(schema.outboundMessages)
          .set({ status: 'sent', statusDetail: response, attempts, sentAt: new Date(), updatedAt: new Date() })
          .where(eq(schema.outboundMessages.id, row.id))
        return { done: false as const, ok: true as const, attempts }
      } catch (err) {
        const e = err as { message?: string; response?: string; responseCode?: number; code?: string }
        // an SMTP answer often repeats the address: not kept for an anonymous reporter's receipt
        const said = (e.response || e.message || String(err)).slice(0, 500)
        const detail = msg.forgetRecipient ? said.replace(/[^\s<>@"']+@[^\s<>@"']+/g, '***') : said
        await tx.update(schema.outboundMessages)
          .set({ status: 'failed', statusDetail: detail, attempts, updatedAt: new Date() })
          .where(eq(schema.outboundMessages.id, row.id))
        return { done: false as const, ok: false as const, attempts, err, detail, responseCode: e.responseCode }
      }
    })

    if (outcome.done) return { status: outcome.status === 'recorded' ? 'recorded' : 'sent', messageId, id: row.id, duplicate: true }
    if (outcome.ok) {
      opts.log?.info({ outboundId: row.id, kind: msg.kind, caseId: msg.caseId, attempts: outcome.attempts }, 'email sent')
      return { status: 'sent', messageId, id: row.id, duplicate: false }
    }
    const permanent = typeof outcome.responseCode === 'number' && outcome.responseCode >= 500
    opts.log?.warn({ outboundId: row.id, kind: msg.kind, attempts: outcome.attempts, detail: outcome.detail }, 'email not sent')
    throw new EmailSendError(`SMTP send failed: ${outcome.detail}`, row.id, outcome.attempts, outcome.responseCode, permanent, { cause: outcome.err })
  }

  return {
    mode: transport ? 'smtp' : 'record',
    send,
    close: () => transport?.close(),
  }
}
