/**
 * 传真: a received fax (from a gateway's webhook, or mailed by the fax server to the IMAP mailbox)
 * becomes a complaint in `intake` with the document attached, content 「传真件待转录」 until a clerk
 * transcribes it. Idempotent on the fax's id.
 */
import type { FastifyInstance } from 'fastify'
import sharp from 'sharp'
import type { Config } from '../../src/config.js'
import { createComplaintWithFiles, type CreatedWithFiles } from '../../src/attachments/intake.js'
import type { ValidatedFile } from '../../src/attachments/store.js'
import { registeringCentre } from '../../src/complaints/routes.js'
import type { ComplaintDraft } from '../../src/complaints/draft.js'
import { errors, restate } from '../../src/http/errors.js'
import { encrypt } from '../../src/privacy/crypto.js'
import { normalizePhone } from '../../src/privacy/identity.js'
import { maskPhone } from '../../src/privacy/mask.js'

export const AWAITING_TRANSCRIPTION = '传真件待转录'
const FAX_TYPES = ['image/tiff', 'application/pdf']

export interface FaxInput {
  /** how it came: the gateway's webhook or fax-to-e-mail */
  via: 'webhook' | 'email'
  /** the gateway's fax id, or the e-mail's Message-ID: a repeated delivery finds the same complaint */
  faxId: string
  /** the sender's fax number as the gateway gives it (CSID/TSI or caller id); null when unknown */
  from: string | null
  /** our number it was sent to */
  to?: string | null
  /** pages as the gateway counted them (the document's own count wins when it has one) */
  pages?: number | null
  receivedAt?: Date
  document: { filename?: string | null; content: Buffer }
  /** further documents of the same fax (a fax mail with two TIFFs): kept beside the first */
  moreDocuments?: { filename?: string | null; content: Buffer }[]
  /** non-personal facts kept in the intake row (gateway name, inbound e-mail id …) */
  meta?: Record<string, unknown>
}

export const faxErrors = {
  notFaxDocument: (mime: string | null) => restate(errors.unsupportedFileType,
    '传真件必须是 TIFF 或 PDF 文件（按文件内容判断）', 'A fax must be a TIFF or PDF file (judged by content)', { accepted: FAX_TYPES, got: mime }),
  noDocument: () => restate(errors.faxWithoutDocument, '邮件中没有 TIFF 或 PDF 传真件', 'The message carries no TIFF or PDF fax document'),
  notGateway: () => restate(errors.notFaxGateway, '发件人不是已配置的传真网关', 'The sender is not a configured fax gateway (FAX_GATEWAY_SENDERS)'),
}

/** A fax number in E.164 when it is a Chinese number, else its digits (a leading + kept); null when fewer than 5 digits. */
export function cleanFaxNumber(input: string | null | undefined): string | null {
  if (!input) return null
  const s = input.normalize('NFKC').trim()
  const phone = normalizePhone(s)
  if (phone.ok) return phone.e164
  const digits = s.replace(/[^\d]/g, '')
  if (digits.length < 5 || digits.length > 20) return null
  return (s.startsWith('+') ? '+' : '') + digits
}

/** Checks the document: size, then TIFF or PDF by content (415 otherwise). */
export function faxDocument(app: FastifyInstance, doc: FaxInput['document']): ValidatedFile {
  const file = app.attachments.validate({ field: 'file', filename: doc.filename ?? 'fax', content: doc.content })
  if (!FAX_TYPES.includes(file.mime)) throw faxErrors.notFaxDocument(file.mime)
  return file
}

/** Stores a fax as a complaint in `intake` with its document; a second delivery of the same faxId stores nothing new. */
export async function ingestFax(app: FastifyInstance, input: FaxInput): Promise<CreatedWithFiles> {
  const files = [input.document, ...(input.moreDocuments ?? [])].map((d) => faxDocument(app, d))
  // counted from the bytes received (the stored copy does not exist yet on the first delivery)
  const counts = await Promise.all(files.map((f) => (f.mime === 'image/tiff' && f.content ? tiffPages(f.content) : Promise.resolve(null))))
  const pages = counts.every((n) => n !== null) ? counts.reduce((a, n) => a! + n!, 0) : null
  const file = files[0]
  const from = cleanFaxNumber(input.from)
  const pageCount = pages || (input.pages && input.pages > 0 ? input.pages : null)
  const receivedAt = input.receivedAt ?? new Date()
  const draft: ComplaintDraft = {
    channel: 'fax',
    externalId: `${input.via}:${input.faxId}`,
    receivedAt,
    type: 'complaint',
    title: `传真件${pageCount ? `（${pageCount}页）` : ''}待转录`,
    content: AWAITING_TRANSCRIPTION,
    // nobody is known until a clerk reads the fax; the sender's number stays encrypted in the intake row
    complainant: { anonymous: true },
    raw: {
      via: input.via, faxId: input.faxId, to: input.to ?? null, pages: input.pages ?? null,
      fromEnc: from ? encrypt(app.cases.keys.encKey, from, 'fax-from') : null,
      document: { filename: file.filename, sha256: file.sha256, size: file.size, mime: file.mime },
      ...(input.meta ?? {}),
    },
    extra: {
      awaitingTranscription: true, faxVia: input.via, faxId: input.faxId, pages: pageCount,
      faxFromMasked: from ? maskPhone(from) : null,
      faxTo: input.to ?? null,
    },
  }
  return createComplaintWithFiles(app, draft, {
    rootUnitId: await registeringCentre(app, null),
    actor: { kind: 'system', userId: null },
    files,
    fileKind: 'fax',
  })
}

/** Pages of a TIFF as its directory says; null when it cannot be read. */
async function tiffPages(content: Buffer): Promise<number | null> {
  try {
    return (await sharp(content, { limitInputPixels: 120_000_000 }).metadata()).pages ?? 1
  } catch {
    return null
  }
}

// ---------------------------------------------------------------------------------------------
// Fax-to-e-mail (HylaFAX+ faxrcvd and other fax servers that mail what they receive)
// ---------------------------------------------------------------------------------------------

/** FAX_GATEWAY_SENDERS: comma- or space-separated addresses (or @domain) whose mail is fax, not a complaint. */
export function faxGatewaySenders(config: Pick<Config, 'FAX_GATEWAY_SENDERS'>): string[] {
  return (config.FAX_GATEWAY_SENDERS ?? '').split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean)
}

export function isFaxGatewaySender(config: Pick<Config, 'FAX_GATEWAY_SENDERS'>, address: string | null | undefined): boolean {
  if (!address) return false
  const a = address.trim().toLowerCase()
  return faxGatewaySenders(config).some((s) => (s.startsWith('@') ? a.endsWith(s) : a === s))
}

const NUMBER_LABELS = /(?:\bfrom\b|\bsender\b|\bTSI\b|\bCSID\b|\bCallID1\b|\bCIDNumber\b|\bcaller(?:\s*id)?\b|传真号码?|发送方|发件方|来自)\s*[:：=]?\s*(\+?[\d][\d\s\-().]{3,24}\d)/i

/** The sender's fax number where gateways put it: "Facsimile received from 0871 6312 3456", "Sender: …", "CallID1: …". */
export function faxNumberFrom(subject: string, text: string): string | null {
  for (const s of [subject, text]) {
    const m = NUMBER_LABELS.exec(s ?? '')
    const n = cleanFaxNumber(m?.[1])
    if (n) return n
  }
  return null
}

/** "Pages: 3" or 「页数：3」 in a gateway's mail. */
function pagesFrom(text: string): number | null {
  const m = /(?:\bpages?\b|页数)\s*[:：=]?\s*(\d{1,4})/i.exec(text ?? '')
  return m ? Number(m[1]) : null
}

/** What the mailbox processor hands over: fields of channels/email/parse.ts's ParsedEmail. */
export interface FaxEmail {
  messageId: string | null
  from: { address: string } | null
  subject: string
  text: string
  date: Date | null
  attachments: { filename: string; contentType: string; content: Buffer }[]
  /** inbound_emails.id, used as the fax id when the message has no Message-ID */
  inboundEmailId?: number | null
}

/**
 * A gateway's fax e-mail → a fax intake. Call it for messages whose sender is in FAX_GATEWAY_SENDERS
 * (`isFaxGatewaySender`); it checks that again (403 not_fax_gateway). The first TIFF or PDF attachment
 * (by content, not by name) is the document, the others kept beside it (422 fax_without_document when there is none). Idempotent on
 * the Message-ID (or the inbound e-mail id): processing a message twice stores it once.
 */
export async function ingestFaxEmail(app: FastifyInstance, mail: FaxEmail): Promise<CreatedWithFiles> {
  if (!isFaxGatewaySender(app.config, mail.from?.address)) throw faxErrors.notGateway()
  const faxId = mail.messageId ?? (mail.inboundEmailId ? `inbound-${mail.inboundEmailId}` : null)
  if (!faxId) throw restate(errors.validation, '传真邮件缺少 Message-ID', 'The fax e-mail has neither a Message-ID nor an inbound e-mail id')
  // every TIFF or PDF of the mail (some servers send one file per page or per fax part)
  const documents = mail.attachments.filter((a) => {
    const file = (() => { try { return app.attachments.validate({ filename: a.filename, content: a.content }) } catch { return null } })()
    return !!file && FAX_TYPES.includes(file.mime)
  })
  const [document, ...moreDocuments] = documents
  if (!document) throw faxErrors.noDocument()
  return ingestFax(app, {
    via: 'email', faxId, from: faxNumberFrom(mail.subject, mail.text), pages: pagesFrom(mail.text),
    receivedAt: mail.date && mail.date.getTime() <= Date.now() ? mail.date : new Date(),
    document: { filename: document.filename, content: document.content },
    moreDocuments: moreDocuments.map((d) => ({ filename: d.filename, content: d.content })),
    meta: { inboundEmailId: mail.inboundEmailId ?? null, gateway: mail.from?.address ?? null },
  })
}
