// Calls for operators: those waiting now (a pop missed while the page was closed), voicemails to log,
// and a voicemail's recording. Masked numbers only; the full number is revealed through the case.
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../../src/auth/plugin.js'
import { lineLabels, cityCentre, screenPopFor, takeCall, waitingCall, CALL_SID, type Centre } from './calls.js'
import { errors } from '../../src/http/errors.js'
import { attachmentErrors } from '../../src/attachments/errors.js'
import type { VoiceLine } from '../twilio/twiml.js'
import { AttachmentStore } from '../../src/attachments/store.js'
import { visibleTo } from '../../src/cases/access.js'
import { Binary } from '../../src/http/responses.js'
import { CallItemSchema, ScreenPopSchema } from '../../src/api-docs/schemas.js'

const CallItem = CallItemSchema
const ScreenPop = ScreenPopSchema

/** The app's attachment store, or one over the same folder when the attachments plugin is not registered. */
export function storeOf(app: FastifyInstance): AttachmentStore {
  return app.hasDecorator('attachments') ? app.attachments : new AttachmentStore(path.join(app.config.dataDir, 'files'), app.sql)
}

const CallsQuery = Type.Object({
  line: Type.Optional(Type.Union([Type.Literal('hotline'), Type.Literal('phone')])),
  /** queued (waiting now), voicemail (messages not yet logged), or any status stored */
  status: Type.Optional(Type.String({ pattern: '^[a-z_-]{1,20}$' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
})

const OPERATOR_ROLES = ['operator', 'supervisor'] as const
/** A call still "queued" after this long lost its queue callback: it is not waiting any more. */
const QUEUED_MINUTES = 60

const callNotFound = (callSid: string) => errors.callNotFound({ callSid })

export async function callsApiRoutes(app: FastifyInstance) {
  let centre: Centre | null = null
  const centreOf = async () => (centre ??= await cityCentre(app.sql, app.config.SUQIU_CITY))

  app.get('/api/calls', { preHandler: app.requireStaff([...OPERATOR_ROLES]), schema: { querystring: CallsQuery, response: { 200: Type.Object({ items: Type.Array(CallItem) }) } } }, async (request) => {
    const user = staffOf(request)
    const q = request.query as Static<typeof CallsQuery>
    const c = await centreOf()
    if (user.unit.id !== c.id) return { items: [] } // the lines are answered at the city centre
    const status = q.status ?? null
    const rows = await app.sql`
      select call_sid, line, status, after_hours, anonymous, caller_hash, caller_masked, case_id, operator_id,
             recording_sid, recording_attachment_id, created_at,
             (case_id is null or exists (select 1 from cases c where c.id = calls.case_id and ${visibleTo(app.sql, user)})) as case_visible
      from calls
      where (${q.line ?? null}::text is null or line = ${q.line ?? null})
        and (${status}::text is null or status = ${status})
        and (${status} is distinct from 'queued' or created_at > now() - make_interval(mins => ${QUEUED_MINUTES}))
        and (${status} is distinct from 'voicemail' or case_id is null)
      order by created_at desc
      limit ${q.limit ?? 50}`
    const items = []
    for (const r of rows) {
      // the number and the caller's history only for the operator who took the call; to the others it is just waiting
      const mine = r.operator_id !== null && Number(r.operator_id) === user.id
      // a call that became a case this operator may not see (a report against their unit): not which case, not the voice
      const shown = r.case_visible === true
      const { callerMasked, history, openCase } = mine ? await screenPopFor(app.sql, c, user, r as never) : waitingCall({ callSid: r.call_sid, line: r.line as VoiceLine, anonymous: r.anonymous })
      items.push({
        callSid: r.call_sid, line: r.line as VoiceLine, lineLabel: lineLabels[r.line as VoiceLine], status: r.status,
        afterHours: r.after_hours, anonymous: r.anonymous, callerMasked, waiting: !mine, takenByOther: r.operator_id !== null && !mine,
        caseId: r.case_id === null || !shown ? null : Number(r.case_id), receivedAt: new Date(r.created_at).toISOString(),
        recording: r.recording_attachment_id && shown ? { url: `/api/calls/${r.call_sid}/recording` } : null,
        recordingPending: Boolean(r.recording_sid && !r.recording_attachment_id && shown),
        history, openCase,
      })
    }
    return { items }
  })

  // 接听: the operator who takes a waiting call (or a voicemail to log) gets its screen pop, number and earlier cases;
  // the first to ask has it, another gets 409 call_taken (the others' consoles hear call.taken)
  app.post('/api/calls/:callSid/take', {
    preHandler: app.requireStaff([...OPERATOR_ROLES]),
    schema: { params: Type.Object({ callSid: Type.String({ pattern: CALL_SID.source }) }), response: { 200: ScreenPop } },
  }, async (request, reply) => {
    const user = staffOf(request)
    const { callSid } = request.params as { callSid: string }
    const c = await centreOf()
    if (user.unit.id !== c.id) throw callNotFound(callSid)
    const taken = await takeCall(app.sql, c, user, callSid)
    if (!taken.ok) throw taken.reason === 'taken' ? errors.callTaken({ callSid }) : callNotFound(callSid)
    reply.header('cache-control', 'no-store')
    return taken.pop
  })

  // A voicemail before it is logged (its attachment has no case yet, so /api/attachments/:id cannot serve it).
  app.get('/api/calls/:callSid/recording', {
    preHandler: app.requireStaff([...OPERATOR_ROLES]),
    schema: { params: Type.Object({ callSid: Type.String({ pattern: CALL_SID.source }) }), response: { 200: Binary(['audio/mpeg', 'audio/wav', 'application/octet-stream'], '留言录音 / The voicemail recording') } },
  }, async (request, reply) => {
    const user = staffOf(request)
    const { callSid } = request.params as { callSid: string }
    if (user.unit.id !== (await centreOf()).id) throw callNotFound(callSid)
    const [row] = await app.sql`
      select a.id, a.sha256, a.size, a.mime, a.filename from calls c join attachments a on a.id = c.recording_attachment_id
      where c.call_sid = ${callSid}
        and (c.case_id is null or exists (select 1 from cases s where s.id = c.case_id and ${visibleTo(app.sql, user, 's')}))`
    // once the call is a case, its recording (the caller's voice) is heard only by those who may see that case
    if (!row) throw callNotFound(callSid)
    const blob = await storeOf(app).openBlob(row.sha256)
    if (!blob) {
      request.log.error({ attachmentId: Number(row.id), sha256: row.sha256 }, 'calls: a recording is missing from the store')
      throw attachmentErrors.attachmentGone({ attachmentId: Number(row.id) })
    }
    reply.header('content-type', row.mime)
    reply.header('content-length', String(row.size))
    reply.header('x-content-type-options', 'nosniff')
    reply.header('cache-control', 'private, no-store')
    reply.header('content-disposition', `inline; filename="${String(row.filename).replace(/[^A-Za-z0-9._-]/g, '_')}"`)
    return reply.send(blob)
  })
}
