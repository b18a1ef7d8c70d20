// Delivery status of outgoing SMS (Twilio's StatusCallback, signed): recorded once per (MessageSid,
// MessageStatus) in delivery_events, applied to outbound_messages without ever going backwards
// (a late "sent" never undoes "delivered"); a failed result SMS becomes a call-back task (回访).
import formbody from '@fastify/formbody'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Sql } from 'postgres'
import { requireTwilioSignature, webhookSecretsFrom } from '../twilio/verify.js'
import { SMS_STATUS_PATH } from '../../src/notify/plugin.js'
import { ErrorAnswer, NoContent } from '../../src/http/responses.js'
import { createCallbackTask } from '../../src/notify/deliver.js'
import { MESSAGE_SID } from './calls.js'

export type OutboundStatus = 'sent' | 'failed' | 'delivered'

/** Order of outbound_messages.status: a callback may only move a message forward. */
export const STATUS_RANK: Record<string, number> = { queued: 0, recorded: 0, sent: 1, failed: 2, delivered: 3 }

/** Twilio's MessageStatus as ours; null for the steps before "sent" (accepted, queued, sending …), which change nothing. */
export function outboundStatusOf(messageStatus: string): OutboundStatus | null {
  switch (messageStatus) {
    case 'sent': return 'sent'
    case 'delivered': case 'read': return 'delivered'
    case 'failed': case 'undelivered': return 'failed'
    default: return null
  }
}

/** Message kinds whose failure must reach the complainant another way. */
const MUST_REACH = new Set(['result'])

export interface StatusOutcome { duplicate: boolean; applied: OutboundStatus | null; callbackTask: boolean }

export async function recordSmsStatus(sql: Sql, p: Record<string, string>): Promise<StatusOutcome> {
  const sid = p.MessageSid ?? p.SmsSid
  const messageStatus = p.MessageStatus ?? p.SmsStatus ?? 'unknown'
  return sql.begin(async (tx) => {
    const [fresh] = await tx`
      insert into delivery_events (provider_id, status, detail)
      values (${sid}, ${messageStatus}, ${tx.json({ errorCode: p.ErrorCode ?? null, errorMessage: p.ErrorMessage ?? null } as never)})
      on conflict do nothing
      returning provider_id`
    if (!fresh) return { duplicate: true, applied: null, callbackTask: false }
    const status = outboundStatusOf(messageStatus)
    if (!status) return { duplicate: false, applied: null, callbackTask: false }
    const detail = status === 'failed' ? `Twilio ${messageStatus}${p.ErrorCode ? ` (${p.ErrorCode})` : ''}` : null
    const [changed] = await tx`
      update outbound_messages set status = ${status}, status_detail = coalesce(${detail}, status_detail), updated_at = now()
      where message_id = ${sid} and channel = 'sms'
        and (case status when 'delivered' then 3 when 'failed' then 2 when 'sent' then 1 else 0 end) < ${STATUS_RANK[status]}
      returning kind, case_id, (select channel from complaints where id = outbound_messages.case_id) as case_channel`
    if (!changed) return { duplicate: false, applied: null, callbackTask: false }
    const needsCall = status === 'failed' && MUST_REACH.has(changed.kind) && changed.case_id !== null
    if (needsCall) await createCallbackTask(tx as unknown as Sql, Number(changed.case_id), changed.case_channel === 'phone' ? 'phone' : 'hotline', 'sms_failed')
    return { duplicate: false, applied: status, callbackTask: needsCall }
  })
}

/** POST /channels/twilio/sms-status (SMS_STATUS_PATH), in its own context with @fastify/formbody. */
export async function smsStatusRoutes(app: FastifyInstance) {
  await app.register(formbody)
  app.addHook('preHandler', requireTwilioSignature((req) => webhookSecretsFrom(req.server.config)))
  app.post(SMS_STATUS_PATH, { schema: { response: { 204: NoContent('已记录 / recorded'), 400: ErrorAnswer } } }, async (request: FastifyRequest<{ Body: Record<string, string> }>, reply) => {
    const sid = request.body?.MessageSid ?? request.body?.SmsSid
    if (typeof sid !== 'string' || !MESSAGE_SID.test(sid)) {
      return reply.code(400).send({ error: { code: 'validation', message: '缺少 MessageSid', messageEn: 'MessageSid missing or malformed', requestId: request.id } })
    }
    const outcome = await recordSmsStatus(app.sql, request.body)
    request.log.debug({ messageSid: sid, status: request.body.MessageStatus, ...outcome }, 'sms status')
    return reply.code(204).send()
  })
}
