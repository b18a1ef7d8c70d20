// 匿名举报 by e-mail (DESIGN security rule 3): the sender asks for it in the subject; the mail is then kept without the
// headers that say who sent it and from where, and its Message-ID only as a keyed hash (exactly-once without keeping
// the id, which often carries the sender's host or account).
import { createHmac } from 'node:crypto'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Joiner, Splitter, type MimeNode } from '@zone-eu/mailsplit'

/** A subject asking for anonymity: 匿名举报：…, 【匿名】…, (匿名) … */
export function asksAnonymity(subject: string): boolean {
  return /匿名/.test(subject.normalize('NFKC'))
}

/** Header fields that name the sender, their address, account, host or network path. */
const IDENTIFYING = new Set([
  'from', 'reply-to', 'sender', 'return-path', 'received', 'message-id', 'in-reply-to', 'references', 'x-originating-ip',
  'x-sender', 'x-sender-ip', 'x-real-ip', 'x-forwarded-for', 'dkim-signature', 'domainkey-signature', 'authentication-results',
  'received-spf', 'arc-seal', 'arc-message-signature', 'arc-authentication-results', 'x-google-smtp-source', 'x-received',
  'x-mailer', 'user-agent', 'x-qq-mid', 'x-qq-ssf', 'x-qq-xmailinfo', 'x-qq-xmrinfo', 'x-ms-exchange-organization-authas',
  'disposition-notification-to', 'return-receipt-to', 'errors-to', 'list-unsubscribe', 'organization',
])

/** The raw message with every identifying header field (and its folded lines) removed; the body untouched. */
export function withoutIdentifyingHeaders(raw: Buffer): Buffer {
  const text = raw.toString('latin1') // one code unit per byte: the round trip is exact
  const m = /\r?\n\r?\n/.exec(text)
  const head = m ? text.slice(0, m.index) : text
  const rest = m ? text.slice(m.index) : ''
  const kept: string[] = []
  let dropping = false
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line)) {
      if (!dropping) kept.push(line)
      continue
    }
    const name = line.slice(0, Math.max(0, line.indexOf(':'))).trim().toLowerCase()
    dropping = IDENTIFYING.has(name) || name.startsWith('x-originating') || name.startsWith('arc-')
    if (!dropping) kept.push(line)
  }
  return Buffer.from(kept.join('\r\n') + rest, 'latin1')
}

/** The keyed hash that stands for an anonymous mail's Message-ID (exactly-once without the id). */
export function keyedMessageId(hashKey: Buffer, messageId: string): string {
  return `k:${createHmac('sha256', hashKey).update(`message-id:${messageId}`).digest('base64url')}`
}

/** A leaf part that is a file rather than the message's text: named, attached, or of a type other than text. */
function isFilePart(node: MimeNode): boolean {
  if (node.multipart) return false
  return !!node.filename || node.disposition === 'attachment' || !/^text\//.test(node.contentType || 'text/plain')
}

/**
 * The raw message with each file part's body (a photo with its EXIF GPS point and phone, a forwarded mail with its
 * sender) replaced by a short note in Chinese; headers and text parts stay byte for byte (mailsplit rebuilds what it
 * does not change exactly). The files themselves are kept as the case's attachments, photos without metadata.
 */
export async function withoutFileParts(raw: Buffer): Promise<Buffer> {
  let files = 0
  let dropping = false
  const replace = new Transform({
    objectMode: true,
    transform(chunk: { type: string } & Partial<MimeNode>, _encoding, done) {
      if (chunk.type === 'node') {
        const node = chunk as MimeNode
        dropping = isFilePart(node)
        if (!dropping) return done(null, node)
        const note = `此处原为附件${++files}（${node.contentType || '未知类型'}）。匿名举报的原始邮件不保留附件原件；可读取的文件已作为本件附件保存，照片已去除拍摄位置、设备等信息。\r\n`
        if (node.headers) {
          for (const key of ['content-type', 'content-transfer-encoding', 'content-disposition', 'content-id', 'content-description', 'content-location']) node.headers.remove(key)
          node.headers.add('Content-Transfer-Encoding', 'base64')
          node.headers.add('Content-Type', 'text/plain; charset=utf-8')
        }
        this.push(node)
        return done(null, { type: 'body', value: Buffer.from(Buffer.from(note).toString('base64').replace(/.{1,76}/g, '$&\r\n')) })
      }
      if (chunk.type === 'body' && dropping) return done()
      return done(null, chunk)
    },
  })
  const out: Buffer[] = []
  // a forwarded mail (message/rfc822) is one file part: its sender's headers go with it
  await pipeline(async function* () { yield raw }, new Splitter({ ignoreEmbedded: true }), replace, new Joiner(), async (joined: AsyncIterable<Buffer>) => {
    for await (const b of joined) out.push(b)
  })
  return Buffer.concat(out)
}

/** What is kept of an anonymous mail: no identifying header, no file part's original bytes, the text as it came. */
export async function keptAnonymousMail(raw: Buffer): Promise<Buffer> {
  const headed = withoutIdentifyingHeaders(raw)
  try {
    return await withoutFileParts(headed)
  } catch {
    // a structure mailsplit cannot follow: the header block only (the text is the case's content), never the files
    const m = /\r?\n\r?\n/.exec(headed.toString('latin1'))
    const head = m ? headed.subarray(0, m.index) : headed
    return Buffer.concat([head, Buffer.from('\r\n\r\n（匿名举报：邮件结构无法解析，原始邮件正文及附件不予保留。）\r\n')])
  }
}
