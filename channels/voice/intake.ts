// The operator's call form (五要素: who, when, where, what, how): POST /api/intake/hotline and /api/intake/phone.
// Linked to the Twilio call when there is one; registered (REGISTER) and answered (ANSWER) at once if the
// operator asks, or added to an open case instead — each all in one transaction, idempotent on the CallSid
// (or the Idempotency-Key for a call taken without Twilio).
import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { TransactionSql } from 'postgres'
import { Type, type Static } from '@sinclair/typebox'
import { appendAudit } from '../../src/audit/log.js'
import { staffOf } from '../../src/auth/plugin.js'
import { applyEvent } from '../../src/cases/apply.js'
import { stateLabels } from '../../src/cases/machine.js'
import { loadVisibleCase, staffActor } from '../../src/cases/view.js'
import { createComplaint } from '../../src/complaints/create.js'
import { URGENCIES, COMPLAINT_TYPES } from '../../src/complaints/draft.js'
import { answerOf, registeringCentre } from '../../src/complaints/routes.js'
import { requestHash, unitExternalId } from '../../src/complaints/idempotency.js'
import { ComplaintBody, draftFromBody, type ComplaintBodyT } from '../../src/complaints/schema.js'
import { sealedRaw } from '../../src/attachments/intake.js'
import { errors, restate } from '../../src/http/errors.js'
import { decrypt } from '../../src/privacy/crypto.js'
import { normalizePhone } from '../../src/privacy/identity.js'
import type { StaffUser } from '../../src/users/service.js'
import type { VoiceLine } from '../twilio/twiml.js'
import { CALL_SID, FINAL_STATES } from './calls.js'
import { addMaterialIn } from '../../src/tracking/material.js'
import { servicesIn } from '../../src/cases/services.js'
import { Nullable, Open } from '../../src/http/responses.js'

const CallIntakeAnswerSchema = Open({
  id: Type.Integer(), caseNumber: Type.String(), trackingCode: Nullable(Type.String()), pin: Nullable(Type.String()), state: Type.String(), stateLabel: Type.String(),
  possibleDuplicateOf: Nullable(Type.Integer()), callSid: Nullable(Type.String()), addedTo: Type.Optional(Type.Integer()),
}, '来电登记的回执（addedTo：补充到在办诉求）/ The receipt of a logged call (addedTo: added to an open case)')

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)))

export const CallFormBody = Type.Intersect([ComplaintBody, Type.Object({
  externalId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
  /** the Twilio call this form logs (from the screen pop) */
  callSid: Type.Optional(Type.String({ pattern: CALL_SID.source })),
  /** the number that called, as the operator reads or types it; defaults to the call's number */
  callerPhone: Type.Optional(Type.String({ maxLength: 30 })),
  /** 登记即受理: REGISTER in the same transaction */
  register: Type.Optional(Type.Object({
    category: Type.String({ minLength: 1, maxLength: 64 }),
    complaintType: Type.Optional(lit(COMPLAINT_TYPES)),
    urgency: Type.Optional(lit(URGENCIES)),
    divisionCode: Type.Optional(Type.String({ pattern: '^[0-9]{6,12}$' })),
  })),
  /** 当场答复: a consultation answered on the phone (ANSWER, after REGISTER) */
  answer: Type.Optional(Type.String({ minLength: 2, maxLength: 5000 })),
  /** 补充到在办诉求: the call adds to this open case instead of making a new one */
  addToCaseId: Type.Optional(Type.Integer({ minimum: 1 })),
})])
export type CallFormT = Static<typeof CallFormBody>

const callErrors = {
  callNotFound: (callSid: string) => restate(errors.callNotFound, '未找到该来电记录', 'No such call on this line', { callSid }),
  callLogged: (callSid: string, caseId: number) => restate(errors.callAlreadyLogged, '该来电已登记到其他诉求', 'This call was already logged on another case', { callSid, caseId }),
  anonymousCall: () => errors.validation({ fields: [{ field: 'callerPhone', message: '来电人选择了匿名举报，不能登记其来电号码', messageEn: 'The caller chose to report anonymously: their number is not recorded' }] }),
  caseClosed: (caseId: number) => restate(errors.caseClosed, '诉求已办结，不能再补充材料；请登记为新诉求', 'The case is finished; log a new complaint instead', { caseId }),
}

interface CallRow { call_sid: string; line: string; anonymous: boolean; caller_enc: string | null; case_id: string | null; recording_attachment_id: string | null }

export interface CallIntakeAnswer {
  id: number
  caseNumber: string
  trackingCode: string | null
  pin: string | null
  state: string
  stateLabel: string
  possibleDuplicateOf: number | null
  callSid: string | null
  /** set when the call was added to an open case */
  addedTo?: number
}

function phoneField(input: string | undefined, field: string): string | null {
  if (!input?.trim()) return null
  const p = normalizePhone(input)
  if (!p.ok) throw errors.validation({ fields: [{ field, message: '电话号码格式不正确', messageEn: 'The phone number is not valid' }] })
  return p.e164
}

/** Links the call to its case (row lock: ordered with the recording download) and gives the recording to the case. */
async function linkCall(tx: TransactionSql, callSid: string, caseId: number, operatorId: number): Promise<void> {
  const [call] = await tx`select case_id, recording_attachment_id from calls where call_sid = ${callSid} for update`
  if (call.case_id !== null && Number(call.case_id) !== caseId) throw callErrors.callLogged(callSid, Number(call.case_id))
  await tx`update calls set case_id = ${caseId}, operator_id = coalesce(operator_id, ${operatorId}), updated_at = now() where call_sid = ${callSid}`
  if (call.recording_attachment_id) {
    await tx`update attachments set complaint_id = ${caseId} where id = ${call.recording_attachment_id} and complaint_id is null`
  }
}

export async function logCall(app: FastifyInstance, line: VoiceLine, user: StaffUser, body: CallFormT, idempotencyKey: string | undefined): Promise<{ status: number; answer: CallIntakeAnswer }> {
  let call: CallRow | null = null
  if (body.callSid) {
    const [row] = await app.sql`select call_sid, line, anonymous, caller_enc, case_id, recording_attachment_id, operator_id from calls where call_sid = ${body.callSid} and line = ${line}`
    if (!row) throw callErrors.callNotFound(body.callSid)
    // 接听: a call another operator took is theirs to log (its number and history were shown to them alone)
    if (row.operator_id !== null && Number(row.operator_id) !== user.id) throw errors.callTaken({ callSid: body.callSid })
    call = row as unknown as CallRow
  }
  if (call?.anonymous && body.callerPhone) throw callErrors.anonymousCall()
  const typed = phoneField(body.callerPhone, 'callerPhone')
  const callerPhone = typed ?? (call?.caller_enc ? decrypt(app.cases.keys.encKey, call.caller_enc) : null)
  const register = body.register ?? (body.answer && body.category ? { category: body.category } : undefined)
  if (body.answer && !register) {
    throw errors.validation({ fields: [{ field: 'register.category', message: '当场答复前须选择诉求分类并受理', messageEn: 'Answering on the spot registers the case first: give register.category' }] })
  }
  // a form's key names a call taken at this operator's centre (idempotency.ts)
  const key = call ? `call:${call.call_sid}` : unitExternalId('staff', await registeringCentre(app, user), body.externalId ?? idempotencyKey ?? randomUUID())
  if (key.length > 160) throw errors.validation({ fields: [{ field: 'Idempotency-Key', message: '幂等键过长', messageEn: 'Idempotency-Key too long' }] })
  const { complainant, callerPhone: _typed, ...form } = body
  const raw = sealedRaw(app, line, { ...form, complainant, callerPhone: callerPhone ?? null }, [], { by: user.id, callSid: call?.call_sid ?? null })

  if (body.addToCaseId) return addToCase(app, line, user, body, call, key, raw)

  // the complainant's phone: as the operator typed it, else the number that called (never for an anonymous call)
  const withPhone: ComplaintBodyT = complainant.anonymous || complainant.phone || !callerPhone
    ? body
    : { ...body, complainant: { ...complainant, phone: callerPhone } }
  const draft = draftFromBody(app, withPhone, line, key, raw, call ? { callSid: call.call_sid } : undefined)
  // a call is logged once, by whoever takes it: a retry of the form (edited or not) is that operator's, no one else's
  draft.requestHash = requestHash(app.cases.keys.hashKey, `user:${user.id}`, call ? { callSid: call.call_sid } : body)
  const actor = staffActor(user)
  let state: string | null = null
  const rootUnitId = await registeringCentre(app, user)
  const created = await createComplaint(app.cases, draft, {
    rootUnitId,
    actor: { kind: 'staff', userId: user.id },
    within: async (tx, c) => {
      if (call) await linkCall(tx, call.call_sid, c.id, user.id)
      const services = servicesIn(app.cases, tx)
      // a report against this centre went to the one above (回避): registering it is that one's business
      if (c.rootUnitId !== rootUnitId) return
      if (register) state = (await applyEvent(services, c.id, { type: 'REGISTER', ...register }, actor)).state
      if (body.answer) state = (await applyEvent(services, c.id, { type: 'ANSWER', text: body.answer.trim() }, actor)).state
    },
  })
  // a repeated delivery: the case as it is now
  if (!created.created) state = (await app.sql`select state from cases where id = ${created.id}`)[0]?.state ?? created.state
  const finalState = state ?? created.state
  return {
    status: created.created ? 201 : 200,
    answer: { ...answerOf(created), state: finalState, stateLabel: stateLabels[finalState as keyof typeof stateLabels] ?? finalState, callSid: call?.call_sid ?? null },
  }
}

/** The call adds to an open case (补充材料): the form's content becomes a message on that case. */
async function addToCase(app: FastifyInstance, line: VoiceLine, user: StaffUser, body: CallFormT, call: CallRow | null, key: string, raw: unknown): Promise<{ status: number; answer: CallIntakeAnswer }> {
  const caseId = body.addToCaseId!
  await loadVisibleCase(app.sql, caseId, user) // 404 outside the operator's jurisdiction
  const result = await app.sql.begin(async (tx) => {
    const [intake] = await tx`
      insert into intakes (channel, external_id, received_at, raw, complaint_id)
      values (${line}, ${key}, now(), ${tx.json(raw as never)}, ${caseId})
      on conflict (channel, external_id) do nothing
      returning id`
    if (!intake) {
      const [before] = await tx`select complaint_id from intakes where channel = ${line} and external_id = ${key}`
      return { created: false, caseId: Number(before.complaint_id) }
    }
    const [c] = await tx`select state from cases where id = ${caseId} for update`
    if (FINAL_STATES.includes(c.state)) throw callErrors.caseClosed(caseId)
    if (call) await linkCall(tx, call.call_sid, caseId, user.id)
    const text = [body.title?.trim(), body.content.trim()].filter(Boolean).join('：')
    const message = await addMaterialIn(tx, caseId, line, text, Number(intake.id), user.id)
    await appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'case.material', caseId, detail: { source: line, messageId: message.id, callSid: call?.call_sid ?? null } }])
    return { created: true, caseId }
  })
  const [row] = await app.sql`select k.id, k.case_number, k.tracking_code, c.state from complaints k join cases c on c.id = k.id where k.id = ${result.caseId}`
  return {
    status: result.created ? 201 : 200,
    answer: {
      id: Number(row.id), caseNumber: row.case_number, trackingCode: row.tracking_code, pin: null, state: row.state,
      stateLabel: stateLabels[row.state as keyof typeof stateLabels] ?? row.state, possibleDuplicateOf: null,
      callSid: call?.call_sid ?? null, addedTo: result.caseId,
    },
  }
}

/** POST /api/intake/<line>: more specific than the generic /api/intake/:channel, so Fastify routes the line's calls here. */
export function callIntakeRoutes(line: VoiceLine) {
  return async function callIntake(app: FastifyInstance) {
    app.post(`/api/intake/${line}`, {
      preHandler: app.requireStaff(['operator', 'clerk', 'dispatcher', 'supervisor']),
      schema: { body: CallFormBody, response: { 201: CallIntakeAnswerSchema, 200: CallIntakeAnswerSchema } },
    }, async (request, reply) => {
      const key = request.headers['idempotency-key']
      const { status, answer } = await logCall(app, line, staffOf(request), request.body as CallFormT, typeof key === 'string' ? key : undefined)
      return reply.status(status as 200 | 201).send(answer)
    })
  }
}
