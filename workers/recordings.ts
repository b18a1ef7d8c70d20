// recording-download: copies a voicemail (or call) recording from Twilio into Suqiu's attachment store,
// so it stays when Twilio's copy is deleted. Retried by pg-boss (queue options in src/jobs/queues.ts);
// a recording already stored is never fetched again.
import { createHash } from 'node:crypto'
import path from 'node:path'
import type { FastifyBaseLogger } from 'fastify'
import type PgBoss from 'pg-boss'
import type { Sql, TransactionSql } from 'postgres'
import type { Config } from '../src/config.js'
import type { OutboxJob } from '../src/cases/services.js'
import { AttachmentStore } from '../src/attachments/store.js'
import { rebaseTwilioUrl, twilioBasicAuth } from '../channels/twilio/sms.js'

export const RECORDING_QUEUE = 'recording-download'

export interface RecordingJob { callSid: string; recordingSid: string }

const RECORDING_SID = /^RE[0-9a-f]{32}$/i

/** A job id derived from the recording, so the action and the status callback enqueue one job between them. */
export function recordingJobId(recordingSid: string): string {
  const h = createHash('sha256').update(`recording-download:${recordingSid}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** The outbox job that downloads a recording (enqueue it in the transaction that records the callback). */
export function recordingDownloadJob(job: RecordingJob): OutboxJob {
  return { name: RECORDING_QUEUE, data: { ...job }, options: { id: recordingJobId(job.recordingSid), retryLimit: 8, retryBackoff: true, retryDelay: 5 } }
}

/** Where Twilio serves a recording's media (WAV: the original, lossless), rebased to TWILIO_API_BASE when set. */
export function recordingMediaUrl(config: Pick<Config, 'TWILIO_ACCOUNT_SID' | 'TWILIO_API_BASE'>, recordingSid: string): string {
  if (!RECORDING_SID.test(recordingSid)) throw new Error(`not a recording SID: ${recordingSid}`)
  // built from our own account and the SID, never from a URL in the callback: the credentials go only to Twilio
  return rebaseTwilioUrl(`https://api.twilio.com/2010-04-01/Accounts/${config.TWILIO_ACCOUNT_SID}/Recordings/${recordingSid}.wav`, config.TWILIO_API_BASE)
}

export interface RecordingDeps {
  sql: Sql
  config: Pick<Config, 'TWILIO_ACCOUNT_SID' | 'TWILIO_AUTH_TOKEN' | 'TWILIO_API_BASE' | 'dataDir'>
  log: FastifyBaseLogger
  /** the app's store (app.attachments) when the attachments plugin is registered; else one over <dataDir>/files */
  store?: AttachmentStore
  fetch?: typeof fetch
  timeoutMs?: number
}

export type RecordingOutcome = 'stored' | 'already_stored' | 'no_call'

/** Downloads one recording and stores it; throws (for a retry) when Twilio does not hand it over. */
export async function downloadRecording(deps: RecordingDeps, job: RecordingJob): Promise<{ outcome: RecordingOutcome; attachmentId?: number }> {
  const { sql, config } = deps
  const [call] = await sql`select call_sid, recording_attachment_id from calls where call_sid = ${job.callSid}`
  if (!call) return { outcome: 'no_call' }
  if (call.recording_attachment_id) return { outcome: 'already_stored', attachmentId: Number(call.recording_attachment_id) }
  if (!config.TWILIO_ACCOUNT_SID || !config.TWILIO_AUTH_TOKEN) throw new Error('recording-download: Twilio credentials are not configured')

  const res = await (deps.fetch ?? fetch)(recordingMediaUrl(config, job.recordingSid), {
    headers: { authorization: twilioBasicAuth(config.TWILIO_ACCOUNT_SID, config.TWILIO_AUTH_TOKEN) },
    signal: AbortSignal.timeout(deps.timeoutMs ?? 60_000),
  })
  if (!res.ok) throw new Error(`recording-download: Twilio answered ${res.status} for ${job.recordingSid}`)
  const content = Buffer.from(await res.arrayBuffer())
  const store = deps.store ?? new AttachmentStore(path.join(config.dataDir, 'files'), sql)
  const file = store.validate({ filename: `${job.callSid}-${job.recordingSid}.wav`, content, field: 'recording' })
  if (file.kind !== 'audio') throw new Error(`recording-download: ${job.recordingSid} is ${file.mime}, not audio`)

  const batch = store.batch()
  try {
    return await sql.begin(async (tx: TransactionSql) => {
      // the row lock orders this with the operator linking the call to a case (the recording follows the case)
      const [locked] = await tx`select case_id, recording_attachment_id from calls where call_sid = ${job.callSid} for update`
      if (locked.recording_attachment_id) return { outcome: 'already_stored' as const, attachmentId: Number(locked.recording_attachment_id) }
      const [row] = await batch.save(tx, [file], { complaintId: locked.case_id === null ? null : Number(locked.case_id), kind: 'recording' })
      await tx`
        update calls set recording_attachment_id = ${row.id}, recording_sid = coalesce(recording_sid, ${job.recordingSid}), updated_at = now()
        where call_sid = ${job.callSid}`
      return { outcome: 'stored' as const, attachmentId: row.id }
    })
  } catch (err) {
    await batch.discard()
    throw err
  }
}

/** The pg-boss handler: register it as `app.jobHandlers['recording-download']`. */
export function recordingDownloadHandler(deps: RecordingDeps): (jobs: PgBoss.Job<Record<string, unknown>>[]) => Promise<void> {
  return async (jobs) => {
    for (const job of jobs) {
      const data = job.data as unknown as RecordingJob
      const result = await downloadRecording(deps, data)
      deps.log.info({ callSid: data.callSid, recordingSid: data.recordingSid, ...result }, 'recording downloaded')
    }
  }
}
