// Twilio voice webhooks of one line (春城热线 or the reporting line 电话), under /channels/<line>/:
// every request is signed; the call is stored (CallSid is the key) before Twilio gets its TwiML;
// working hours → the operators' queue and a screen pop, after hours → voicemail (<Record>).
import formbody from '@fastify/formbody'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { TransactionSql } from 'postgres'
import { requireTwilioSignature, webhookSecretsFrom } from '../twilio/verify.js'
import { isWorkingHours, minutesOf, type OfficeHours } from '../twilio/hours.js'
import {
  answerCallTwiml, isAnonymousChoice, leftQueueTwiml, reportMenuTwiml, voicemailReceivedTwiml, TWIML_CONTENT_TYPE, type VoiceLine,
} from '../twilio/twiml.js'
import { recordingDownloadJob } from '../../workers/recordings.js'
import {
  CALL_SID, RECORDING_SID, callerColumns, callerNumber, cityCentre, publishCallEvent, publishScreenPop, withoutCaller, type Centre,
} from './calls.js'
import { receiveSms } from './sms.js'
import { ErrorAnswer, NoContent, TwiML } from '../../src/http/responses.js'

/** Settings both lines read on every call; tests change `now`. Decorated as `app.voiceLines` by channels/voice/plugin.ts. */
export interface VoiceLineSettings {
  now: () => Date
  /** office hours in China time (default 08:30–17:30 on working days, or OFFICE_HOURS) */
  officeHours?: OfficeHours
}

declare module 'fastify' {
  interface FastifyInstance { voiceLines: VoiceLineSettings }
}

export interface LineOptions {
  /** the clock, when the line is registered on its own (else app.voiceLines.now, else the system clock) */
  now?: () => Date
  officeHours?: OfficeHours
}

type Params = Record<string, string>
type Req = FastifyRequest<{ Body: Params }>

interface CallRow {
  call_sid: string
  line: VoiceLine
  status: string
  after_hours: boolean
  anonymous: boolean
  caller_hash: string | null
  caller_masked: string | null
}

/** What Twilio's QueueResult (the caller left the queue) makes of the call. */
export function callStatusAfterQueue(queueResult: string | undefined): string {
  switch (queueResult) {
    case 'bridged': return 'answered'
    case 'hangup': return 'abandoned'
    case 'queue-full': case 'error': case 'system-error': return 'voicemail'
    default: return 'left'
  }
}

/** Twilio's final CallStatus values (statusCallback); null for the ones on the way (ringing, in-progress …). */
export function endedStatus(callStatus: string | undefined): string | null {
  return ['completed', 'busy', 'no-answer', 'failed', 'canceled'].includes(callStatus ?? '') ? callStatus! : null
}

/** The office hours a deployment configures (OFFICE_HOURS=08:30-17:30), if it does. */
export function officeHoursFrom(config: unknown): OfficeHours | undefined {
  const v = (config as Record<string, unknown>).OFFICE_HOURS
  if (typeof v !== 'string') return undefined
  const m = /^(\d\d:\d\d)-(\d\d:\d\d)$/.exec(v.trim())
  if (!m) return undefined
  try {
    return minutesOf(m[2]) > minutesOf(m[1]) ? { start: m[1], end: m[2] } : undefined
  } catch {
    return undefined // not a time of day: the default hours apply
  }
}

/** Webhooks of one line; register with `{ prefix: '/channels/<line>' }`. @fastify/formbody lives in this context only. */
export function lineWebhooks(line: VoiceLine) {
  return async function lineWebhookRoutes(app: FastifyInstance, opts: LineOptions) {
    await app.register(formbody)
    app.addHook('preHandler', requireTwilioSignature((req) => webhookSecretsFrom(req.server.config)))

    const settings = (): Partial<VoiceLineSettings> => (app.hasDecorator('voiceLines') ? app.voiceLines : {})
    const clock = () => (opts.now ?? settings().now)?.() ?? new Date()
    const hoursNow = () => opts.officeHours ?? settings().officeHours ?? officeHoursFrom(app.config)
    const url = (step: string) => `${app.config.PUBLIC_BASE_URL}/channels/${line}/${step}`
    const voicemail = { recordAction: url('recorded'), recordingStatusCallback: url('recording-status') }
    let centre: Centre | null = null
    const centreOf = async () => (centre ??= await cityCentre(app.sql, app.config.SUQIU_CITY))
    // looked up before the first call; a database not seeded yet is looked up again on the first call
    app.addHook('onReady', async () => { await centreOf().catch(() => undefined) })
    const twiml = (reply: FastifyReply, xml: string) => reply.type(TWIML_CONTENT_TYPE).send(xml)
    const sidOf = (request: Req, reply: FastifyReply): string | null => {
      const sid = request.body?.CallSid
      if (typeof sid === 'string' && CALL_SID.test(sid)) return sid
      void reply.code(400).send({ error: { code: 'validation', message: '缺少 CallSid', messageEn: 'CallSid missing or malformed', requestId: request.id } })
      return null
    }
    const answer = (row: CallRow, skipWelcome = false) => answerCallTwiml({
      line, hours: hoursNow(), workingHours: !row.after_hours, anonymous: row.anonymous, skipWelcome,
      enqueue: { action: url('queue-result') }, voicemail,
    })

    /** Stores the call once; the first delivery (and only it) pops up when the call goes to the operators. */
    const storeCall = async (tx: TransactionSql, p: Params, o: { status: string; afterHours: boolean; caller: string | null; at?: Date | null }): Promise<{ row: CallRow; created: boolean }> => {
      const [created] = await tx`
        insert into calls ${tx({
          call_sid: p.CallSid, line, status: o.status, after_hours: o.afterHours, anonymous: false,
          ...callerColumns(app.cases.keys, o.caller), raw: tx.json(withoutCaller(p) as never),
          ...(o.at ? { created_at: o.at } : {}),
        })}
        on conflict (call_sid) do nothing
        returning call_sid, line, status, after_hours, anonymous, caller_hash, caller_masked`
      if (created) return { row: created as unknown as CallRow, created: true }
      const [existing] = await tx`select call_sid, line, status, after_hours, anonymous, caller_hash, caller_masked from calls where call_sid = ${p.CallSid} for update`
      return { row: existing as unknown as CallRow, created: false }
    }
    const pop = async (tx: TransactionSql, row: CallRow) => publishScreenPop(tx, await centreOf(), {
      callSid: row.call_sid, line, callerHash: row.caller_hash, callerMasked: row.caller_masked, anonymous: row.anonymous,
    })

    // An incoming call. The reporting line first asks whether the report is anonymous: until the caller
    // has answered, the number is not written anywhere.
    // A call spooled during a database outage (request.spooledAt, src/ops/spool.ts) was answered with voicemail then:
    // it is stored as one, at the time it came, and pops up nowhere.
    app.post('/voice', { schema: { response: { 200: TwiML, 400: ErrorAnswer } } }, async (request: Req, reply) => {
      const sid = sidOf(request, reply)
      if (!sid) return reply
      const spooled = request.spooledAt
      const afterHours = !isWorkingHours(spooled ?? clock(), app.cases.calendar, hoursNow())
      const p = request.body
      if (line === 'phone') {
        await app.sql.begin((tx) => storeCall(tx, p, { status: 'menu', afterHours, caller: null, at: spooled }))
        return twiml(reply, reportMenuTwiml({ action: url('choice'), hours: hoursNow() }))
      }
      const row = await app.sql.begin(async (tx) => {
        const stored = await storeCall(tx, p, { status: afterHours || spooled ? 'voicemail' : 'queued', afterHours, caller: callerNumber(p.From), at: spooled })
        if (stored.created && stored.row.status === 'queued') await pop(tx, stored.row)
        return stored.row
      })
      return twiml(reply, answer(row))
    })

    if (line === 'phone') {
      // The caller's choice at the reporting line's menu: 1 anonymous (the number is not kept), else named.
      app.post('/choice', { schema: { response: { 200: TwiML, 400: ErrorAnswer } } }, async (request: Req, reply) => {
        const sid = sidOf(request, reply)
        if (!sid) return reply
        const p = request.body
        const row = await app.sql.begin(async (tx) => {
          const spooled = request.spooledAt
          const { row: current } = await storeCall(tx, p, { status: 'menu', afterHours: !isWorkingHours(spooled ?? clock(), app.cases.calendar, hoursNow()), caller: null, at: spooled })
          if (current.status !== 'menu') return current // a replay: the choice was made
          const anonymous = isAnonymousChoice(p.Digits)
          const [chosen] = await tx`
            update calls set ${tx({
              anonymous, status: current.after_hours || spooled ? 'voicemail' : 'queued',
              ...callerColumns(app.cases.keys, anonymous ? null : callerNumber(p.From)), updated_at: new Date(),
            })}
            where call_sid = ${sid}
            returning call_sid, line, status, after_hours, anonymous, caller_hash, caller_masked`
          const next = chosen as unknown as CallRow
          if (next.status === 'queued') await pop(tx, next)
          return next
        })
        return twiml(reply, answer(row, true))
      })
    }

    // <Enqueue action>: the caller left the queue (taken by an operator and done, hung up, or the queue was full).
    app.post('/queue-result', { schema: { response: { 200: TwiML, 400: ErrorAnswer } } }, async (request: Req, reply) => {
      const sid = sidOf(request, reply)
      if (!sid) return reply
      const status = callStatusAfterQueue(request.body.QueueResult)
      await app.sql.begin(async (tx) => {
        const [changed] = await tx`
          update calls set status = ${status}, updated_at = now()
          where call_sid = ${sid} and status = 'queued'
          returning anonymous`
        if (changed) await publishCallEvent(tx, await centreOf(), 'call.ended', { callSid: sid, line, status })
      })
      const [row] = await app.sql`select anonymous from calls where call_sid = ${sid}`
      return twiml(reply, leftQueueTwiml(request.body.QueueResult, { line, hours: hoursNow(), anonymous: row?.anonymous ?? false, ...voicemail }))
    })

    // The call status callback (the number's statusCallback): how the call ended. A caller who hangs up in the greeting
    // or the queue never reaches queue-result; callbacks may come late or out of order, so only a call still waiting
    // (menu, queued) or in progress changes.
    app.post('/status', { schema: { response: { 204: NoContent('已记录 / recorded'), 400: ErrorAnswer } } }, async (request: Req, reply) => {
      const sid = sidOf(request, reply)
      if (!sid) return reply
      const ended = endedStatus(request.body.CallStatus)
      if (!ended) return reply.code(204).send()
      await app.sql.begin(async (tx) => {
        const [changed] = await tx`
          update calls set status = case when ${ended} = 'completed'
                                         then (case when status = 'in-progress' then 'answered' else 'abandoned' end)
                                         else ${ended} end,
                           updated_at = now()
          where call_sid = ${sid} and status in ('menu', 'queued', 'in-progress')
          returning status`
        if (changed) await publishCallEvent(tx, await centreOf(), 'call.ended', { callSid: sid, line, status: changed.status })
      })
      return reply.code(204).send()
    })

    /** Notes a recording on the call and queues its download (one job per recording, whoever asks first). */
    const noteRecording = async (tx: TransactionSql, callSid: string, p: Params): Promise<boolean> => {
      const recordingSid = p.RecordingSid
      if (typeof recordingSid !== 'string' || !RECORDING_SID.test(recordingSid)) return false
      const [call] = await tx`
        update calls set recording_sid = coalesce(recording_sid, ${recordingSid}), recording_url = coalesce(recording_url, ${p.RecordingUrl ?? null}), updated_at = now()
        where call_sid = ${callSid}
        returning recording_attachment_id`
      if (!call) return false
      if (!call.recording_attachment_id) await app.cases.outbox.send(tx, [recordingDownloadJob({ callSid, recordingSid })])
      return true
    }

    // <Record action>: the caller finished the message.
    app.post('/recorded', { schema: { response: { 200: TwiML, 400: ErrorAnswer } } }, async (request: Req, reply) => {
      const sid = sidOf(request, reply)
      if (!sid) return reply
      await app.sql.begin((tx) => noteRecording(tx, sid, request.body))
      return twiml(reply, voicemailReceivedTwiml({ line, hours: hoursNow() }))
    })

    // recordingStatusCallback: completed (the media can be fetched), absent (nothing said), failed.
    // Idempotent per (RecordingSid, RecordingStatus) through delivery_events.
    app.post('/recording-status', { schema: { response: { 204: NoContent('已记录 / recorded'), 400: ErrorAnswer } } }, async (request: Req, reply) => {
      const sid = sidOf(request, reply)
      if (!sid) return reply
      const p = request.body
      const status = typeof p.RecordingStatus === 'string' ? p.RecordingStatus : 'unknown'
      const providerId = typeof p.RecordingSid === 'string' && RECORDING_SID.test(p.RecordingSid) ? p.RecordingSid : sid
      await app.sql.begin(async (tx) => {
        const [fresh] = await tx`
          insert into delivery_events (provider_id, status, detail)
          values (${providerId}, ${status}, ${tx.json({ callSid: sid, duration: p.RecordingDuration ?? null, errorCode: p.ErrorCode ?? null, source: p.RecordingSource ?? null } as never)})
          on conflict do nothing
          returning provider_id`
        if (!fresh) return
        if (status === 'completed') {
          if (await noteRecording(tx, sid, p)) {
            const [call] = await tx`select anonymous, caller_masked, after_hours from calls where call_sid = ${sid}`
            await publishCallEvent(tx, await centreOf(), 'call.voicemail', {
              callSid: sid, line, callerMasked: call.anonymous ? null : call.caller_masked, anonymous: call.anonymous, duration: Number(p.RecordingDuration ?? 0),
            })
          }
        } else if (status === 'absent') {
          await tx`update calls set status = 'no_message', updated_at = now() where call_sid = ${sid} and status = 'voicemail' and recording_sid is null`
        } else if (status === 'failed') {
          request.log.warn({ callSid: sid, recordingSid: providerId, errorCode: p.ErrorCode }, 'Twilio could not record the message')
        }
      })
      return reply.code(204).send()
    })

    // SMS to the line's number (MessageSid idempotent): an evaluation, added material, or a new complaint.
    app.post('/sms', { schema: { response: { 200: TwiML, 400: ErrorAnswer } } }, async (request: Req, reply) => {
      const result = await receiveSms(app, line, request.body)
      if (!result) return reply.code(400).send({ error: { code: 'validation', message: '缺少 MessageSid', messageEn: 'MessageSid missing or malformed', requestId: request.id } })
      return twiml(reply, result.twiml)
    })
  }
}
