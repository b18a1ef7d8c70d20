// 匿名举报 by e-mail (DESIGN security rule 3): the sender asks for it in the subject; the mail is then kept without the
// headers that say who sent it and from where, and its Message-ID only as a keyed hash (exactly-once without keeping
// the id, which often carries the sender's host or account).
import { createHmac } from 'node:crypto'

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
