// What a stored inbound e-mail becomes: a fax (from a gateway), an evaluation or added material (a reply to one of our
// mails), a new complaint on the internet channel, or nothing (auto-replies and bounces). Safe to run twice.
import { createHmac } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { applyEvent } from '../../src/cases/apply.js'
import { AppError } from '../../src/http/errors.js'
import { addMaterial } from '../../src/tracking/material.js'
import { createComplaintWithFiles } from '../../src/attachments/intake.js'
import type { ValidatedFile } from '../../src/attachments/store.js'
import { registeringCentre } from '../../src/complaints/routes.js'
import { titleFrom } from '../../src/complaints/schema.js'
import { ingestFaxEmail, isFaxGatewaySender } from '../fax/ingest.js'
import { classifyInbound, parseEmail, parseEvaluationReply, stripQuoted, type ParsedEmail } from './parse.js'
import { dbInboundLookups } from './lookups.js'
import { asksAnonymity, keptAnonymousMail, keyedMessageId } from './anonymous.js'
import { withNeutralNames } from '../../src/privacy/anonymous.js'
import { photosWithoutMetadata } from '../../src/privacy/image-metadata.js'
import { heicsToJpeg } from '../../src/attachments/heic.js'
import { receiptEmail } from './templates.js'

export type InboundOutcome = 'fax' | 'evaluation' | 'material' | 'complaint' | 'ignored' | 'error'
const FINAL_STATES = ['closed', 'rejected', 'merged', 'withdrawn']

export async function processInboundEmail(app: FastifyInstance, id: number): Promise<{ outcome: InboundOutcome; caseId: number | null }> {
  const [row] = await app.sql`select raw, processed_at, outcome, case_id, mailbox, uid_validity, uid, created_at from inbound_emails where id = ${id}`
  if (!row) return { outcome: 'error', caseId: null }
  if (row.processed_at) return { outcome: row.outcome, caseId: row.case_id === null ? null : Number(row.case_id) }
  const done = async (outcome: InboundOutcome, caseId: number | null, error: string | null = null) => {
    await app.sql`update inbound_emails set processed_at = now(), outcome = ${outcome}, case_id = ${caseId}, error = ${error} where id = ${id} and processed_at is null`
    return { outcome, caseId }
  }
  let mail: ParsedEmail
  try {
    mail = await parseEmail(row.raw)
  } catch (err) {
    // kept for a person to look at; nothing received is dropped
    return done('error', null, `unparseable: ${(err as Error).message}`.slice(0, 500))
  }

  if (isFaxGatewaySender(app.config, mail.from?.address)) {
    try {
      const fax = await ingestFaxEmail(app, { ...mail, inboundEmailId: id })
      return done('fax', fax.created.id)
    } catch (err) {
      if (err instanceof AppError && err.statusCode < 500) return done('error', null, `${err.code}: ${err.message}`)
      throw err
    }
  }

  // what stays of a mail from someone who asked for anonymity: no sender, no path, the Message-ID only as a keyed
  // hash, its text but no file part's original bytes (the photos' EXIF; the files are the case's, photos without metadata)
  const forgetSender = async (raw: Buffer) => {
    const key = app.cases.keys.hashKey
    await app.sql`update inbound_emails set raw = ${await keptAnonymousMail(raw)}, message_id = ${mail.messageId ? keyedMessageId(key, mail.messageId) : null} where id = ${id}`
  }

  if (mail.charsetFixes.length) app.log.info({ inboundEmailId: id, charsetFixes: mail.charsetFixes }, 'e-mail: charset label missing or wrong; read as detected')
  const lookups = dbInboundLookups(app.db)
  const kind = await classifyInbound(mail, lookups)
  if (kind === 'ignore') return done('ignored', null)
  // every file, the photos an HTML body shows inline (cid:) too: they are often the evidence; what the store refuses
  // (type or size) is named to staff (extra.refusedFiles) and in the log, never dropped in silence
  const kept = keptFiles(app, mail)
  const refused = kept.refused
  const validated = await heicsToJpeg(kept.validated) // iPhone photos as JPEG (src/attachments/heic.ts)
  if (refused.length) app.log.warn({ inboundEmailId: id, refused: refused.map((r) => ({ reason: r.reason, size: r.size })) }, 'e-mail: attachments refused')
  let repliesToAnonymous = false
  if (kind !== 'new') {
    const [c] = await app.sql`select k.state, c.anonymous from cases k join complaints c on c.id = k.id where k.id = ${kind.reply}`
    // a reply to an anonymous report's receipt is kept as the report was: no sender, no path, no file as sent
    if (c?.anonymous) {
      repliesToAnonymous = true
      await forgetSender(row.raw)
    }
    const reply = stripQuoted(mail.text)
    const rating = parseEvaluationReply(reply)
    if (c && c.state === 'evaluation' && rating && kind.via === 'thread') {
      await applyEvent(app.cases, kind.reply, { type: 'EVALUATE', rating, comment: '（电子邮件回复）' }, { kind: 'citizen' }).catch((err) => {
        if (!(err instanceof AppError && err.statusCode === 409)) throw err
      })
      return done('evaluation', kind.reply)
    }
    if (c && !FINAL_STATES.includes(c.state)) {
      const files = c.anonymous ? withNeutralNames(await photosWithoutMetadata(validated)) : validated
      const named = c.anonymous ? refused.map((r, i) => ({ ...r, filename: neutralRefusedName(r.filename, i) })) : refused
      const refusedNote = named.length ? `\n（未保存的附件：${named.map((r) => `${r.filename}：${r.note}`).join('；')}）` : ''
      await addMaterial(app, kind.reply, 'email', `【邮件补充】${mail.subject}\n${reply}${refusedNote}`.slice(0, 10000), files)
      return done('material', kind.reply)
    }
    // a reply to a finished case is a new matter
  }

  // 匿名举报: asked for in the subject; the sender's address is used once for the receipt and kept nowhere
  const anonymous = asksAnonymity(mail.subject) || repliesToAnonymous
  const email = mail.from?.address ?? null
  const name = mail.from?.name?.trim() || email?.split('@')[0] || '来信人'
  const content = (stripQuoted(mail.text) || mail.text || mail.subject || '').trim()
  // Material joins a case only through our own threading headers (above). A mail that names a case number, or answers
  // the sender's own earlier mail, is a new intake that says so: staff look and may merge it into that case.
  const mentioned = mail.caseNumber ? await lookups.findCaseByNumber(mail.caseNumber) : null
  // an anonymous mail is never tied to the sender's other mails (no link between reports)
  const followsUp = anonymous ? null : await lookups.findCaseByInboundMessageId(threadIds(mail))
  const hashKey = app.cases.keys.hashKey
  const created = await createComplaintWithFiles(app, {
    // received is when it reached our mailbox; the sender's Date: header (their clock) is kept beside it as sentAt
    channel: 'web', externalId: anonymous && mail.messageId ? `mail:${keyedMessageId(hashKey, mail.messageId)}` : mailExternalId(hashKey, mail, row as never),
    receivedAt: new Date(row.created_at),
    type: anonymous && /举报/.test(mail.subject) ? 'report' : 'complaint',
    title: (mail.subject?.trim() || titleFrom(content)).slice(0, 100), content: content.length >= 5 ? content : `${mail.subject}\n${content}`.trim() || '（邮件无正文）',
    complainant: email && !anonymous ? { anonymous: false, name: name.slice(0, 50), email } : { anonymous: true },
    preferredChannel: email && !anonymous ? 'email' : null,
    raw: anonymous ? { inboundEmailId: id, anonymous: true } : { inboundEmailId: id, messageId: mail.messageId, subject: mail.subject, from: mail.from },
    extra: {
      sentAt: mail.date?.toISOString() ?? null,
      // an anonymous sender's refused files are named to staff by number, not by the name given on their computer
      ...(refused.length ? { refusedFiles: anonymous ? refused.map((r, i) => ({ ...r, filename: neutralRefusedName(r.filename, i) })) : refused } : {}),
      ...(mail.charsetFixes.length ? { charsetFixes: mail.charsetFixes } : {}),
      ...(mentioned ? { mentionsCase: { caseId: mentioned, caseNumber: mail.caseNumber, note: `邮件提及诉求${mail.caseNumber}，请核实后决定是否合并` } } : {}),
      ...(followsUp && followsUp.caseId !== null ? { followsUpCase: { caseId: followsUp.caseId, caseNumber: followsUp.caseNumber, note: `回复发件人此前的邮件（诉求${followsUp.caseNumber}），请核实后决定是否合并` } } : {}),
    },
  }, {
    rootUnitId: await registeringCentre(app, null), actor: { kind: 'system', userId: null }, fileKind: 'email',
    // an anonymous sender's photos without EXIF (GPS point, phone, owner) and under neutral names (文件1.jpg …)
    files: anonymous ? withNeutralNames(await photosWithoutMetadata(validated)) : validated,
  })
  if (anonymous) {
    const c = created.created
    if (email && c.pin) {
      // the code and PIN go back once to the address the report came from; the outbox row keeps neither address nor PIN
      const values = { publicBaseUrl: app.config.PUBLIC_BASE_URL, caseNumber: c.caseNumber, trackingCode: c.trackingCode, title: mail.subject }
      const mailOut = receiptEmail({ ...values, pin: c.pin })
      const kept = receiptEmail({ ...values, pin: '******' })
      await app.mailer.send({ to: email, subject: mailOut.subject, text: mailOut.text, html: mailOut.html, kept: { text: kept.text, html: kept.html }, kind: 'receipt', caseId: c.id, dedupeKey: `anonymous-receipt:${c.id}`, forgetRecipient: true })
        .catch((err) => app.log.warn({ caseId: c.id, responseCode: (err as { responseCode?: number }).responseCode ?? null }, 'anonymous e-mail report: receipt not sent'))
    }
    // what stays of the mail: no sender, no path, the Message-ID only as a keyed hash, its text but no file part's
    // original bytes (the photos' EXIF; the files are the case's attachments, photos without metadata)
    await forgetSender(row.raw)
  }
  return done('complaint', created.created.id)
}

/** A refused file of an anonymous sender is named to staff by number, not by the name given on their computer. */
function neutralRefusedName(filename: string, i: number): string {
  return `未保存的文件${i + 1}${/\.[A-Za-z0-9]{1,5}$/.exec(filename)?.[0] ?? ''}`
}

interface RefusedFile { filename: string; size: number; reason: string; note: string }

/** The mail's files as the store takes them, and those it refuses (with the reason, in words staff and sender read). */
function keptFiles(app: FastifyInstance, mail: ParsedEmail): { validated: ValidatedFile[]; refused: RefusedFile[] } {
  const validated: ValidatedFile[] = []
  const refused: RefusedFile[] = []
  for (const a of mail.attachments.filter((x) => x.contentType !== 'message/rfc822')) {
    if (validated.length >= app.attachments.limits.maxFiles) {
      refused.push({ filename: a.filename, size: a.size, reason: 'too_many_files', note: `附件超过${app.attachments.limits.maxFiles}个` })
      continue
    }
    try {
      validated.push(app.attachments.validate({ filename: a.filename, content: a.content }))
    } catch (err) {
      const code = err instanceof AppError ? err.code : 'unreadable'
      const note = code === 'file_too_large' ? `文件超过${Math.round(app.attachments.limits.maxFileBytes / 1024 / 1024)}MB` : code === 'unsupported_file_type' ? '文件类型不支持，只接收图片、PDF、Word/Excel 文档、录音和视频' : '文件无法读取'
      refused.push({ filename: a.filename, size: a.size, reason: code, note })
    }
  }
  return { validated, refused }
}

/** In-Reply-To first, then References newest first. */
function threadIds(mail: ParsedEmail): string[] {
  return [...new Set([...(mail.inReplyTo ? [mail.inReplyTo] : []), ...[...mail.references].reverse()])]
}

/**
 * What makes one mail one intake: its Message-ID; without one, a keyed hash of what a second delivery of the same
 * message repeats (sender, recipients, date, subject, text) — not the mailbox position, which differs per delivery.
 */
export function mailExternalId(hashKey: Buffer, mail: ParsedEmail, row: { mailbox: string; uid_validity: unknown; uid: unknown }): string {
  if (mail.messageId) return `mail:${mail.messageId}`
  if (!mail.date && !mail.text.trim()) return `mail:${row.mailbox}:${row.uid_validity}:${row.uid}`
  const seen = [mail.from?.address ?? '', mail.to.map((a) => a.address).join(','), mail.date?.toISOString() ?? '', mail.subject, mail.text.trim()].join('\u0000')
  return `mail:h:${createHmac('sha256', hashKey).update(seen).digest('base64url')}`
}
