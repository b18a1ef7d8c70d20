// Outbound SMS: an outbound_messages row first (recipient encrypted), then Twilio — or only recorded when Twilio is not configured.
import type { Sql } from 'postgres'
import { encrypt } from '../privacy/crypto.js'
import { maskPhone } from '../privacy/mask.js'
import type { SmsSender } from '../../channels/twilio/sms.js'

export interface SmsOutbox {
  readonly mode: 'twilio' | 'record'
  /**
   * Sends (or records) once per dedupeKey; throws the sender's error for the job to retry. `kept`: the text the outbox row
   * keeps instead of `body` (a receipt with its PIN masked); `body` itself is only handed to the sender.
   */
  send(msg: { to: string; body: string; kept?: string; kind: string; caseId: number | null; dedupeKey: string; line?: 'hotline' | 'phone' }): Promise<{ id: number; status: string; sid: string | null; duplicate: boolean }>
}

/** `reportSender`: the reporting line's number, for messages of cases that came in on it (`line: 'phone'`). */
export function createSmsOutbox(sql: Sql, encKey: Buffer, sender: SmsSender | null, reportSender: SmsSender | null = null): SmsOutbox {
  return {
    mode: sender ? 'twilio' : 'record',
    async send(msg) {
      const [row] = await sql`
        insert into outbound_messages (channel, kind, case_id, recipient_enc, recipient_masked, body, status, dedupe_key)
        values ('sms', ${msg.kind}, ${msg.caseId}, ${encrypt(encKey, msg.to)}, ${maskPhone(msg.to)}, ${msg.kept ?? msg.body}, 'queued', ${msg.dedupeKey})
        on conflict (dedupe_key) do update set updated_at = now()
        returning id, status, message_id`
      const id = Number(row.id)
      if (['sent', 'delivered', 'recorded'].includes(row.status)) return { id, status: row.status, sid: row.message_id, duplicate: true }
      if (!sender) {
        await sql`update outbound_messages set status = 'recorded', updated_at = now() where id = ${id}`
        return { id, status: 'recorded', sid: null, duplicate: false }
      }
      try {
        const sent = await (msg.line === 'phone' && reportSender ? reportSender : sender).send(msg.to, msg.body)
        await sql`update outbound_messages set status = 'sent', message_id = ${sent.sid}, attempts = attempts + 1, sent_at = now(), updated_at = now() where id = ${id}`
        return { id, status: 'sent', sid: sent.sid, duplicate: false }
      } catch (err) {
        await sql`update outbound_messages set status = 'failed', status_detail = ${String((err as Error).message).slice(0, 500)}, attempts = attempts + 1, updated_at = now() where id = ${id}`
        throw err
      }
    },
  }
}
