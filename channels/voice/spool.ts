// What Twilio hears from the two voice lines and their SMS numbers while the database is down, and what of each
// webhook the spool keeps (src/ops/spool.ts writes it and replays it through the route once the database is back):
// the caller is told the line cannot connect them and may leave a voicemail; an SMS gets an empty answer (its
// receipt goes out once the case exists); a caller leaving the operators' queue (queue-result: hung up while waiting,
// answered, or the queue could not take them) hears what the route would say, and the call's outcome is kept. The
// reporting line still asks whether the report is anonymous first, and only a named caller's number is kept; on the
// hotline and for SMS the number is kept sealed, as the route keeps it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { verifyTwilioRequest, webhookSecretsFrom } from '../twilio/verify.js'
import {
  isAnonymousChoice, leftQueueTwiml, reportMenuTwiml, smsReplyTwiml, voicemailReceivedTwiml, voicemailTwiml, TWIML_CONTENT_TYPE, type VoiceLine,
} from '../twilio/twiml.js'
import type { SpoolRule } from '../../src/ops/spool.js'
import { CALL_SID, MESSAGE_SID, withoutCaller } from './calls.js'
import { officeHoursFrom } from './webhooks.js'

/** Spoken instead of the after-hours notice while the database is down. */
export const OUTAGE_NOTICE = '系统正在维护，暂时无法为您转接。'
/**
 * The reporting line's voicemail prompt when the queue cannot take a caller during an outage: whether they chose
 * anonymity is in the database, so it neither asks for contact details nor promises that the number is not kept.
 */
export const OUTAGE_REPORT_PROMPT = '请在提示音后留言，说明举报对象和事实经过；匿名举报请不要在留言中说出您的姓名。最长3分钟，说完请按井号键。'

const LINES: VoiceLine[] = ['hotline', 'phone']
const STEPS = ['voice', 'choice', 'queue-result', 'recorded', 'recording-status', 'status', 'sms'] as const
type Step = typeof STEPS[number]
const ROUTE = /^\/channels\/(hotline|phone)\/(voice|choice|queue-result|recorded|recording-status|status|sms)$/

export const twilioSpoolRule: SpoolRule = {
  paths: LINES.flatMap((line) => STEPS.filter((s) => s !== 'choice' || line === 'phone').map((step) => `/channels/${line}/${step}`)),
  take(app: FastifyInstance, request: FastifyRequest) {
    const m = ROUTE.exec(request.routeOptions.url ?? '')
    if (!m || (m[2] === 'choice' && m[1] !== 'phone')) return null
    const line = m[1] as VoiceLine
    const step = m[2] as Step
    const p = request.body as Record<string, string> | undefined
    if (!p || typeof p !== 'object' || !verifyTwilioRequest(request, webhookSecretsFrom(app.config))) return null
    if (step === 'sms' ? !MESSAGE_SID.test(String(p.MessageSid ?? p.SmsSid ?? '')) : !CALL_SID.test(String(p.CallSid ?? ''))) return null

    const anonymous = step === 'choice' && isAnonymousChoice(p.Digits)
    // the number stays only where the route itself keeps it: the hotline's call, a named reporter's choice, an SMS
    const keepsCaller = step === 'sms' || (step === 'voice' && line === 'hotline') || (step === 'choice' && !anonymous)
    const params = keepsCaller ? p : withoutCaller(p)

    const hours = (app.hasDecorator('voiceLines') ? app.voiceLines.officeHours : undefined) ?? officeHoursFrom(app.config)
    const url = (s: string) => `${app.config.PUBLIC_BASE_URL}/channels/${line}/${s}`
    const voicemail = { recordAction: url('recorded'), recordingStatusCallback: url('recording-status') }
    const twiml = (xml: string) => (reply: FastifyReply) => reply.type(TWIML_CONTENT_TYPE).send(xml)
    const answer = step === 'voice' && line === 'phone' ? twiml(reportMenuTwiml({ action: url('choice'), hours }))
      : step === 'voice' ? twiml(voicemailTwiml({ line, hours, reason: OUTAGE_NOTICE, ...voicemail }))
        : step === 'choice' ? twiml(voicemailTwiml({ line, hours, anonymous, skipWelcome: true, reason: OUTAGE_NOTICE, ...voicemail }))
          : step === 'queue-result' ? twiml(leftQueueTwiml(p.QueueResult, {
            line, hours, ...voicemail, ...(line === 'phone' ? { texts: { voicemailPrompt: OUTAGE_REPORT_PROMPT } } : {}),
          }))
          : step === 'recorded' ? twiml(voicemailReceivedTwiml({ line, hours }))
            : step === 'sms' ? twiml(smsReplyTwiml())
              : (reply: FastifyReply) => reply.code(204).send()
    return {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: Buffer.from(new URLSearchParams(params).toString()),
      answer,
    }
  },
}
