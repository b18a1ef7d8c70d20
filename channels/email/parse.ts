/**
 * One e-mail, raw bytes in, what the channels need out: sender, Chinese text in any of the usual
 * charsets, attachments, threading ids, and whether it is an auto-reply, a bounce or a forward.
 * Pure (no I/O); the web and fax channels decide what to do with the result (classifyInbound).
 */
import { simpleParser, type AddressObject, type Attachment, type EmailAddress as MpAddress, type ParsedMail } from 'mailparser'
import { htmlToText } from 'html-to-text'
import { parseCaseNumber } from '../../src/privacy/codes.js'
import { fixCharsets, type CharsetFix } from './charset.js'

export interface EmailAddress {
  address: string
  name: string
}

export interface EmailAttachment {
  /** a safe base name (no path, no control characters); generated when the message gives none */
  filename: string
  contentType: string
  size: number
  content: Buffer
  /** shown inside the body (multipart/related, referenced by cid) rather than attached */
  inline: boolean
  cid?: string
}

export interface ParsedEmail {
  /** with angle brackets, as in the header; null when the message has none */
  messageId: string | null
  inReplyTo: string | null
  /** References, oldest first, angle brackets included */
  references: string[]
  from: EmailAddress | null
  replyTo: EmailAddress | null
  to: EmailAddress[]
  subject: string
  /** readable text: the text part, or the HTML converted; forwarded attached messages appended */
  text: string
  html: string | null
  attachments: EmailAttachment[]
  date: Date | null
  isAutoReply: boolean
  isBounce: boolean
  /** a case number (KM + 14 digits, a valid date) found in the subject, upper-cased */
  caseNumber: string | null
  forwarded: boolean
  /** text parts (or raw header bytes) whose charset label was missing or wrong, and what was read instead */
  charsetFixes: CharsetFix[]
}

export interface ParseOptions {
  /** case number prefix (formatCaseNumber's), 'KM' for Kunming */
  caseNumberPrefix?: string
}

// ---------------------------------------------------------------------------------------------
// Charsets
// ---------------------------------------------------------------------------------------------

/**
 * Labels that mean "some GB encoding". Mailers write GB2312 or GBK and put GB18030 four-byte
 * characters (rare name characters such as 𠮷) in the text; GB18030 is a superset of both, so
 * decoding every one of these labels as GB18030 is safe and loses nothing (the WHATWG encoding
 * standard does the same). Big5 needs nothing: iconv-lite already decodes it as Big5-HKSCS.
 */
const GB_LABELS = 'gb2312|gb_2312(?:-80)?|gbk|x-gbk|cp936|ms936|windows-936|euc-cn|x-euc-cn|csgb2312|csiso58gb231280|iso-ir-58|chinese'
const GB_QUICK = new RegExp(`(?:${GB_LABELS})`, 'i')
/** charset=gbk, charset="gb2312" (header parameters) */
const GB_PARAM = new RegExp(`(\\bcharset\\s*=\\s*"?)(?:${GB_LABELS})(?=["';\\s]|$)`, 'gim')
/** =?gb2312?B?…?= (RFC 2047 encoded words) and name*=gbk''%C4%E3 (RFC 2231 parameters) */
const GB_WORD = new RegExp(`(=\\?)(?:${GB_LABELS})(?=(?:\\*[\\w-]+)?\\?[bBqQ]\\?)`, 'gi')
const GB_2231 = new RegExp(`(\\*\\s*=\\s*"?)(?:${GB_LABELS})(?=')`, 'gi')

/** The raw message with GB2312/GBK labels renamed GB18030; the bytes of the text are untouched. */
export function relabelGbCharsets(raw: Buffer): Buffer {
  // latin1 maps every byte to one code unit and back, so the round trip is exact.
  const s = raw.toString('latin1')
  if (!GB_QUICK.test(s)) return raw
  const out = s.replace(GB_PARAM, '$1gb18030').replace(GB_WORD, '$1gb18030').replace(GB_2231, '$1gb18030')
  return out === s ? raw : Buffer.from(out, 'latin1')
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

const MAX_FORWARD_DEPTH = 3

/** Parses a raw message (always the Buffer: a string would already be mojibake). */
export async function parseEmail(raw: Buffer, opts: ParseOptions = {}): Promise<ParsedEmail> {
  return parseDepth(raw, opts, 0)
}

async function parseDepth(raw: Buffer, opts: ParseOptions, depth: number): Promise<ParsedEmail> {
  if (!Buffer.isBuffer(raw)) throw new TypeError('parseEmail: pass the raw message as a Buffer')
  // labels fitted to the bytes first (a missing or wrong charset label), then GB labels read as GB18030
  const { raw: fitted, fixes } = fixCharsets(raw)
  const mail = await simpleParser(relabelGbCharsets(fitted), { keepCidLinks: true })
  const html = typeof mail.html === 'string' && mail.html ? mail.html : null
  let text = mail.text ?? ''
  if (!text.trim() && html) text = htmlAsText(html)
  text = text.replace(/\r\n/g, '\n')
  const subject = (mail.subject ?? '').trim()

  const attachments: EmailAttachment[] = []
  let forwardedAttached = false
  for (const [i, a] of mail.attachments.entries()) {
    attachments.push(toAttachment(a, i, html))
    if (a.contentType === 'message/rfc822' && depth < MAX_FORWARD_DEPTH) {
      forwardedAttached = true
      try {
        const inner = await parseDepth(a.content, opts, depth + 1)
        text = `${text.trimEnd()}\n\n${forwardBlock(inner)}`
        for (const ia of inner.attachments) attachments.push(ia)
      } catch {
        // an unreadable attached message stays an attachment
      }
    }
  }

  const references = messageIds(mail.references)
  const inReplyTo = messageIds(mail.inReplyTo)[0] ?? null
  const contentType = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined
  const reportType = contentType?.value?.toLowerCase() === 'multipart/report' ? (contentType.params?.['report-type'] ?? '').toLowerCase() : null
  const from = firstAddress(mail.from)

  return {
    messageId: messageIds(mail.messageId)[0] ?? null,
    inReplyTo,
    references,
    from,
    replyTo: firstAddress(mail.replyTo),
    to: addresses(mail.to),
    subject,
    text,
    html,
    attachments,
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null,
    isAutoReply: isAutoReply(mail, subject, reportType),
    isBounce: isBounce(mail, subject, reportType, from),
    caseNumber: findCaseNumber(subject, opts.caseNumberPrefix ?? 'KM'),
    forwarded: forwardedAttached || isForwarded(subject, text),
    charsetFixes: fixes,
  }
}

function htmlAsText(html: string): string {
  try {
    return htmlToText(html, {
      wordwrap: false, // wrapping at 80 columns breaks Chinese sentences
      limits: { maxDepth: 200 },
      selectors: [
        { selector: 'img', format: 'skip' },
        { selector: 'a', options: { hideLinkHrefIfSameAsText: true, ignoreHref: false } },
        { selector: 'h1', options: { uppercase: false } },
        { selector: 'h2', options: { uppercase: false } },
        { selector: 'h3', options: { uppercase: false } },
        { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
      ],
    }).trim() + '\n'
  } catch {
    // Last resort: drop the tags.
    return html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n').replace(/<[^>]+>/g, '').trim() + '\n'
  }
}

function forwardBlock(inner: ParsedEmail): string {
  const lines = ['---------- 转发的邮件 Forwarded message ----------']
  if (inner.from) lines.push(`发件人 From: ${inner.from.name ? `${inner.from.name} <${inner.from.address}>` : inner.from.address}`)
  if (inner.date) lines.push(`日期 Date: ${inner.date.toISOString()}`)
  if (inner.subject) lines.push(`主题 Subject: ${inner.subject}`)
  return `${lines.join('\n')}\n\n${inner.text.trim()}\n`
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf', 'image/jpeg': '.jpg', 'image/png': '.png', 'image/gif': '.gif', 'image/tiff': '.tif',
  'image/webp': '.webp', 'audio/mpeg': '.mp3', 'audio/wav': '.wav', 'audio/amr': '.amr', 'text/plain': '.txt',
  'text/html': '.html', 'message/rfc822': '.eml', 'text/rfc822-headers': '.txt', 'message/delivery-status': '.txt',
}

function toAttachment(a: Attachment, index: number, html: string | null): EmailAttachment {
  const contentType = (a.contentType || 'application/octet-stream').toLowerCase()
  const content = Buffer.isBuffer(a.content) ? a.content : Buffer.from(a.content as unknown as Uint8Array)
  const cid = a.cid || undefined
  const referenced = !!cid && !!html && html.includes(`cid:${cid}`)
  return {
    filename: safeFilename(a.filename) ?? `attachment-${index + 1}${EXTENSIONS[contentType] ?? '.bin'}`,
    contentType,
    size: content.length,
    content,
    inline: a.related === true || (a.contentDisposition === 'inline' && referenced),
    ...(cid ? { cid } : {}),
  }
}

/** The last path segment, without control characters; null when nothing usable is left. */
export function safeFilename(name: string | undefined | null): string | null {
  if (!name) return null
  const base = name.replace(/[\u0000-\u001f\u007f]/g, '').split(/[\\/]/).pop()!.trim().replace(/^\.+/, '')
  return base ? base.slice(0, 200) : null
}

/** `<a@b>`-style ids out of a header value (string, array or nothing). */
function messageIds(value: string | string[] | undefined): string[] {
  if (!value) return []
  const out: string[] = []
  for (const v of Array.isArray(value) ? value : [value]) {
    const found = v.match(/<[^<>\s]+>/g)
    if (found) out.push(...found)
    else if (v.trim() && !/\s/.test(v.trim())) out.push(`<${v.trim().replace(/^<|>$/g, '')}>`)
  }
  return [...new Set(out)]
}

function flatten(list: MpAddress[]): EmailAddress[] {
  const out: EmailAddress[] = []
  for (const a of list) {
    if (a.group) out.push(...flatten(a.group))
    else if (a.address) out.push({ address: a.address.trim(), name: (a.name ?? '').trim() })
  }
  return out
}

function addresses(value: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  if (!value) return []
  return flatten((Array.isArray(value) ? value : [value]).flatMap((v) => v.value))
}

function firstAddress(value: AddressObject | undefined): EmailAddress | null {
  return addresses(value)[0] ?? null
}

function header(mail: ParsedMail, name: string): string | null {
  const v = mail.headers.get(name)
  if (v === undefined || v === null) return null
  if (typeof v === 'string') return v
  if (typeof v === 'object' && 'value' in v && typeof (v as { value: unknown }).value === 'string') return (v as { value: string }).value
  return String(v)
}

/** The raw header value as it stood in the message (for Return-Path: <>, which parses to nothing). */
function rawHeader(mail: ParsedMail, name: string): string | null {
  const line = mail.headerLines?.find((l) => l.key === name)?.line
  return line ? line.slice(line.indexOf(':') + 1).trim() : null
}

const AUTO_REPLY_SUBJECT = /^\s*[[【(（]?\s*(?:自动回复|自動回覆|自动答复|自動回復|自动应答|auto(?:matic)?[\s_-]*(?:reply|response)|autoreply|out of (?:the )?office|休假|不在办公室)/i
const BOUNCE_SUBJECT = /^\s*(?:undeliver(?:ed|able)|delivery (?:status notification \(failure\)|failure|has failed)|mail delivery failed|returned mail|failure notice|系统退信|退信|邮件投递失败|無法傳遞|无法投递)/i

function isAutoReply(mail: ParsedMail, subject: string, reportType: string | null): boolean {
  const autoSubmitted = header(mail, 'auto-submitted')
  if (autoSubmitted && autoSubmitted.split(';')[0].trim().toLowerCase() !== 'no') return true
  if (mail.headers.has('x-autoreply') || mail.headers.has('x-autorespond') || mail.headers.has('x-autoreply-from') || mail.headers.has('x-mail-autoreply')) return true
  const precedence = header(mail, 'precedence')?.trim().toLowerCase()
  if (precedence === 'bulk' || precedence === 'auto_reply' || precedence === 'junk') return true
  if (reportType === 'disposition-notification') return true // read receipts
  return AUTO_REPLY_SUBJECT.test(subject)
}

function isBounce(mail: ParsedMail, subject: string, reportType: string | null, from: EmailAddress | null): boolean {
  if (reportType === 'delivery-status') return true
  if (from && /^mailer-daemon@/i.test(from.address)) return true
  const returnPath = rawHeader(mail, 'return-path')
  if (returnPath !== null && /^<\s*>$/.test(returnPath)) return true
  return BOUNCE_SUBJECT.test(subject)
}

/** The first valid case number in the text (upper-cased), or null. */
export function findCaseNumber(subject: string, prefix = 'KM'): string | null {
  const re = new RegExp(`(?<![A-Za-z0-9])${prefix}\\d{14}(?!\\d)`, 'gi')
  for (const m of subject.normalize('NFKC').matchAll(re)) {
    const candidate = m[0].toUpperCase()
    if (parseCaseNumber(candidate)) return candidate
  }
  return null
}

const FORWARD_SUBJECT = /^\s*(?:(?:re|回复|答复|回覆)\s*[:：]\s*)*(?:fwd?|fw|转发|轉寄|转寄|轉發)\s*[:：]/i
const REPLY_SUBJECT = /^\s*(?:re|回复|答复|回覆)\s*[:：]/i
const FORWARD_BANNER = /^\s*-{2,}\s*(?:forwarded message|转发的邮件|轉寄的郵件|原始邮件|原始郵件|begin forwarded message|original message)\s*-{2,}\s*$|^\s*begin forwarded message\s*:/im

function isForwarded(subject: string, text: string): boolean {
  if (FORWARD_SUBJECT.test(subject)) return true
  // "原始邮件" and "Original Message" also head quoted replies: count them only when it is not a reply.
  return !REPLY_SUBJECT.test(subject) && FORWARD_BANNER.test(text)
}

// ---------------------------------------------------------------------------------------------
// Classification
// ---------------------------------------------------------------------------------------------

/** How the channel finds the case a reply belongs to (an implementation over the database: lookups.ts). */
export interface InboundLookups {
  /** the case of the first of these Message-IDs (ours, angle brackets included) that we sent */
  findCaseByMessageId(messageIds: string[]): Promise<number | null>
  /** the case with this number (案件编号) */
  findCaseByNumber(caseNumber: string): Promise<number | null>
  /** the case a mail WE RECEIVED with one of these Message-IDs became (a sender answering their own earlier mail) */
  findCaseByInboundMessageId(messageIds: string[]): Promise<{ caseId: number | null; caseNumber: string | null } | null>
}

export type InboundClass =
  | 'ignore'
  | { reply: number; via: 'thread' }
  | 'new'

/**
 * 'ignore' for auto-replies and bounces (never a complaint); { reply } when the message answers one of OUR mails
 * (In-Reply-To / References naming a Message-ID we sent for that case); 'new' otherwise. A case number in the subject
 * is no evidence (case numbers are sequential and published, From: is forgeable): such a mail is new, and the caller
 * flags the case it names for staff to look at.
 */
export async function classifyInbound(parsed: ParsedEmail, lookups: Pick<InboundLookups, 'findCaseByMessageId'>): Promise<InboundClass> {
  if (parsed.isAutoReply || parsed.isBounce) return 'ignore'
  const ids = [...new Set([...(parsed.inReplyTo ? [parsed.inReplyTo] : []), ...[...parsed.references].reverse()])]
  if (ids.length) {
    const caseId = await lookups.findCaseByMessageId(ids)
    if (caseId !== null) return { reply: caseId, via: 'thread' }
  }
  return 'new'
}

// ---------------------------------------------------------------------------------------------
// Replies
// ---------------------------------------------------------------------------------------------

const QUOTE_HEADER = [
  /^\s*在\s*.{1,80}写道\s*[:：]?\s*$/, // 在 2025年3月1日 09:00，某某 写道：
  /^\s*on\s.{1,200}\swrote\s*:\s*$/i,
  /^\s*-{2,}\s*(?:原始邮件|原始郵件|original message|forwarded message|转发的邮件)\s*-{2,}\s*$/i,
  /^\s*_{10,}\s*$/, // Outlook's rule above "From: …"
  /^\s*(?:发件人|寄件者|from)\s*[:：].+$/i,
]

/** The new part of a reply: the text before the quoted original (lines with '>' and what follows a 写道/wrote line). */
export function stripQuoted(text: string): string {
  const out: string[] = []
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    if (QUOTE_HEADER.some((re) => re.test(line))) break
    if (/^\s*>/.test(line)) continue
    out.push(line)
  }
  return out.join('\n').trim()
}

export type EmailRating = 'satisfied' | 'basic' | 'unsatisfied'

/**
 * "1/2/3" (or 满意 / 基本满意 / 不满意) as the whole new part of a reply to an evaluation request;
 * null for anything else, which is then added material rather than a rating.
 */
export function parseEvaluationReply(text: string): EmailRating | null {
  const answer = stripQuoted(text).normalize('NFKC').replace(/[\s。.!！,，、]/g, '')
  if (!answer) return null
  if (/^(?:1|一|满意|非常满意|滿意)$/.test(answer)) return 'satisfied'
  if (/^(?:2|二|基本满意|基本滿意)$/.test(answer)) return 'basic'
  if (/^(?:3|三|不满意|不滿意|非常不满意)$/.test(answer)) return 'unsatisfied'
  return null
}
