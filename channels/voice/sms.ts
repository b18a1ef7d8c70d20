// SMS to either line's number: stored first (MessageSid is the key), then, once and in one transaction,
// "1/2/3" from a number with a case awaiting evaluation is that evaluation; other text from a number
// with an open case is added material (补充材料); anything else is a new complaint on that channel.
import type { FastifyInstance } from 'fastify'
import { addMaterialIn } from '../../src/tracking/material.js'
import type { TransactionSql } from 'postgres'
import { createComplaint } from '../../src/complaints/create.js'
import { titleFrom } from '../../src/complaints/schema.js'
import type { ComplaintDraft } from '../../src/complaints/draft.js'
import { applyEvent } from '../../src/cases/apply.js'
import { encrypt } from '../../src/privacy/crypto.js'
import { smsReplyTwiml, type VoiceLine } from '../twilio/twiml.js'
import { FINAL_STATES, MESSAGE_SID, callerNumber, cityCentre, phoneHash, withoutCaller } from './calls.js'
import { servicesIn } from '../../src/cases/services.js'

export type SmsOutcome = 'evaluation' | 'material' | 'complaint' | 'ignored' | 'error'

export const RATINGS = { '1': 'satisfied', '2': 'basic', '3': 'unsatisfied' } as const
export const ratingLabels = { satisfied: '满意', basic: '基本满意', unsatisfied: '不满意' } as const

/** "1", " 2 ", "３" (full-width) → the rating; anything else null. */
export function ratingOf(text: string): keyof typeof ratingLabels | null {
  const t = text.normalize('NFKC').trim()
  return t in RATINGS ? RATINGS[t as keyof typeof RATINGS] : null
}

/** The name kept for a complainant who wrote an SMS and gave none. */
export const SMS_NAME = '未留姓名'

export interface SmsResult { outcome: SmsOutcome; caseId: number | null; twiml: string }

/** What the sender is told at once (TwiML <Message>); a new complaint's receipt goes through the outbox instead. */
function replyText(outcome: SmsOutcome, caseNumber: string | null, rating: string | null): string | null {
  switch (outcome) {
    case 'evaluation': return `【诉求中心】感谢您的评价（${ratingLabels[rating as keyof typeof ratingLabels] ?? rating}）。诉求${caseNumber ?? ''}已记录您的评价。`
    case 'material': return `【诉求中心】您的补充内容已收到，已转交诉求${caseNumber ?? ''}的承办单位。`
    case 'ignored': return '【诉求中心】未找到需要您评价的诉求。如需反映问题，请直接发送诉求内容。'
    default: return null
  }
}

interface Processed { outcome: SmsOutcome; caseId: number | null; caseNumber: string | null; rating: string | null }

/**
 * Handles one incoming SMS. Returns null when the request carries no MessageSid. A replay gets the
 * answer of the first delivery and changes nothing.
 */
export async function receiveSms(app: FastifyInstance, line: VoiceLine, params: Record<string, string>): Promise<SmsResult | null> {
  const sid = params.MessageSid ?? params.SmsSid
  if (typeof sid !== 'string' || !MESSAGE_SID.test(sid)) return null
  const keys = app.cases.keys
  const from = callerNumber(params.From) ?? String(params.From ?? '').trim()
  const text = String(params.Body ?? '')
  const fromHash = phoneHash(keys, from)

  // 1. the raw SMS commits before anything is done with it
  await app.sql`
    insert into inbound_sms (message_sid, line, from_hash, from_enc, body)
    values (${sid}, ${line}, ${fromHash}, ${encrypt(keys.encKey, from)}, ${text})
    on conflict (message_sid) do nothing`

  // 2. processed exactly once: the row lock and the outcome column decide
  let done: Processed
  try {
    done = await app.sql.begin(async (tx) => {
      const [row] = await tx`select outcome, case_id from inbound_sms where message_sid = ${sid} for update`
      if (row.outcome) return storedResult(tx, row.outcome, row.case_id === null ? null : Number(row.case_id))
      const result = await processSms(app, tx, { line, sid, from, fromHash, text, params })
      await tx`update inbound_sms set outcome = ${result.outcome}, case_id = ${result.caseId} where message_sid = ${sid}`
      return result
    })
  } catch (err) {
    // kept with outcome 'error' for a person to look at; Twilio is still told it arrived
    app.log.error({ err, messageSid: sid, line }, 'incoming SMS could not be processed')
    await app.sql`update inbound_sms set outcome = 'error' where message_sid = ${sid} and outcome is null`
    done = { outcome: 'error', caseId: null, caseNumber: null, rating: null }
  }
  const reply = replyText(done.outcome, done.caseNumber, done.rating)
  return { outcome: done.outcome, caseId: done.caseId, twiml: smsReplyTwiml(reply ?? undefined) }
}

async function storedResult(tx: TransactionSql, outcome: SmsOutcome, caseId: number | null): Promise<Processed> {
  if (caseId === null) return { outcome, caseId, caseNumber: null, rating: null }
  const [c] = await tx`select k.case_number, c.rating from complaints k join cases c on c.id = k.id where k.id = ${caseId}`
  return { outcome, caseId, caseNumber: c?.case_number ?? null, rating: c?.rating ?? null }
}

interface IncomingSms { line: VoiceLine; sid: string; from: string; fromHash: string; text: string; params: Record<string, string> }

async function processSms(app: FastifyInstance, tx: TransactionSql, sms: IncomingSms): Promise<Processed> {
  const services = servicesIn(app.cases, tx)
  const rating = ratingOf(sms.text)
  if (rating) {
    const [awaiting] = await tx`
      select c.id, k.case_number from complaints k join cases c on c.id = k.id
      where k.phone_hash = ${sms.fromHash} and c.state = 'evaluation'
      order by c.updated_at desc, c.id desc limit 1`
    if (!awaiting) return { outcome: 'ignored', caseId: null, caseNumber: null, rating: null }
    const caseId = Number(awaiting.id)
    await applyEvent(services, caseId, { type: 'EVALUATE', rating, comment: null }, { kind: 'citizen' })
    return { outcome: 'evaluation', caseId, caseNumber: awaiting.case_number, rating }
  }

  const text = sms.text.trim()
  if (!text) return { outcome: 'ignored', caseId: null, caseNumber: null, rating: null }

  const [open] = await tx`
    select c.id, k.case_number, c.current_unit_id, c.chain_unit_ids from complaints k join cases c on c.id = k.id
    where k.phone_hash = ${sms.fromHash} and c.state <> all(${FINAL_STATES as string[]}::text[])
    order by k.received_at desc, k.id desc limit 1`
  if (open) {
    const caseId = Number(open.id)
    await addMaterialIn(tx, caseId, 'sms', text, null)
    return { outcome: 'material', caseId, caseNumber: open.case_number, rating: null }
  }

  const centre = await cityCentre(tx, app.config.SUQIU_CITY)
  const draft: ComplaintDraft = {
    channel: sms.line, externalId: `sms:${sms.sid}`, receivedAt: new Date(),
    type: sms.line === 'phone' ? 'report' : 'complaint', urgency: 'normal',
    title: titleFrom(text) || '短信诉求', content: text,
    complainant: { anonymous: false, name: SMS_NAME, phone: sms.from.startsWith('+86') ? sms.from : null },
    preferredChannel: 'sms',
    raw: { sms: withoutCaller(sms.params), fromEnc: encrypt(app.cases.keys.encKey, sms.from) },
    extra: { via: 'sms', messageSid: sms.sid },
  }
  const created = await createComplaint(services, draft, { rootUnitId: centre.id, actor: { kind: 'citizen', userId: null } })
  return { outcome: 'complaint', caseId: created.id, caseNumber: created.caseNumber, rating: null }
}
