// 进度查询 without an account: tracking code + PIN (header X-Tracking-Pin, never in the URL together with the code).
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { timingSafeEqual } from 'node:crypto'
import { Type, type Static } from '@sinclair/typebox'
import { AppError, errors, restate } from '../http/errors.js'
import { readIntakeForm } from '../attachments/multipart.js'
import { checkForm } from '../attachments/intake.js'
import { addMaterial } from './material.js'
import { normalizeTrackingCode } from '../privacy/codes.js'
import { pinHash } from '../complaints/create.js'
import { addressFreeRateKey, anonymousRequestLog } from '../privacy/anonymous.js'
import { applyEvent } from '../cases/apply.js'
import { publicView } from './public.js'
import { PublicCaseViewSchema } from '../api-docs/schemas.js'
import { Open } from '../http/responses.js'

export const MAX_PIN_FAILURES = 5
export const PIN_LOCK_MINUTES = 15

const badPin = (left?: number) => errors.badPin(left === undefined ? undefined : { attemptsLeft: left })
const locked = (until: Date) => restate(errors.trackingLocked, `查询密码错误次数过多，请于 ${PIN_LOCK_MINUTES} 分钟后再试`, `Too many wrong PINs; try again in ${PIN_LOCK_MINUTES} minutes`, { lockedUntil: until.toISOString() })

/** Checks code + PIN; counts wrong PINs and locks the code for 15 minutes after 5. Returns the case id. */
export async function verifyTracking(app: FastifyInstance, request: FastifyRequest): Promise<number> {
  const code = normalizeTrackingCode((request.params as { code: string }).code)
  const pin = request.headers['x-tracking-pin']
  if (typeof pin !== 'string' || !/^\d{6}$/.test(pin)) {
    throw errors.pinRequired()
  }
  if (!code) throw badPin()
  const [row] = await app.sql`select id, pin_hash, pin_failures, pin_locked_until from complaints where tracking_code = ${code}`
  if (!row) throw badPin()
  if (row.pin_locked_until && row.pin_locked_until > new Date()) throw locked(row.pin_locked_until)
  const expected = Buffer.from(row.pin_hash, 'hex')
  const given = Buffer.from(pinHash(app.cases.keys.hashKey, code, pin), 'hex')
  if (!timingSafeEqual(expected, given)) {
    const [after] = await app.sql`
      update complaints set pin_failures = pin_failures + 1,
        pin_locked_until = case when pin_failures + 1 >= ${MAX_PIN_FAILURES} then now() + make_interval(mins => ${PIN_LOCK_MINUTES}) else null end
      where id = ${row.id} returning pin_failures, pin_locked_until`
    if (after.pin_locked_until) {
      await app.sql`update complaints set pin_failures = 0 where id = ${row.id}`
      throw locked(after.pin_locked_until)
    }
    throw badPin(MAX_PIN_FAILURES - after.pin_failures)
  }
  if (row.pin_failures > 0) await app.sql`update complaints set pin_failures = 0 where id = ${row.id}`
  return Number(row.id)
}

const AddedMaterial = Open({ id: Type.Integer(), at: Type.String(), attachments: Type.Array(Type.Object({ filename: Type.String(), mime: Type.String(), size: Type.Integer() })) }, '已收到的补充材料 / The material received')
/** 补充材料: JSON, or the `data` field of a multipart form with the files (documented in src/http/openapi-routes.ts). */
export const MessageBody = Type.Object({ text: Type.Optional(Type.String({ maxLength: 5000 })) })
const CodeParams = Type.Object({ code: Type.String({ minLength: 6, maxLength: 20 }) })

export default async function trackingRoutes(app: FastifyInstance) {
  // the tracking code is the only way back to an anonymous reporter: no address in the log or the limiter (rule 3)
  const limit = { rateLimit: { max: 30, timeWindow: '1 minute', keyGenerator: addressFreeRateKey() } }
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/track/')) reply.header('cache-control', 'no-store')
  })

  app.get('/api/track/:code', { config: limit, logSerializers: anonymousRequestLog, schema: { params: CodeParams, response: { 200: PublicCaseViewSchema } } }, async (request) => {
    const caseId = await verifyTracking(app, request)
    return publicView(app.sql, caseId)
  })

  // JSON {text}, or multipart: a `data` field with the same JSON plus up to 10 files (photos, PDF, audio)
  app.post('/api/track/:code/messages', { config: limit, logSerializers: anonymousRequestLog, schema: { params: CodeParams, response: { 201: AddedMaterial } } }, async (request, reply) => {
    const caseId = await verifyTracking(app, request)
    const form = await readIntakeForm(request, app.attachments)
    const text = checkForm(MessageBody, form.data ?? (form.files.length ? {} : null)).text?.trim() ?? ''
    if (text.length < 2 && form.files.length === 0) {
      throw errors.validation({ fields: [{ field: 'text', message: '请填写补充内容或附上文件', messageEn: 'Write something or attach a file' }] })
    }
    const [c] = await app.sql`select state from cases where id = ${caseId}`
    if (['closed', 'rejected', 'merged', 'withdrawn'].includes(c.state)) {
      throw errors.caseClosed()
    }
    const added = await addMaterial(app, caseId, 'tracking', text || '（补充附件）', form.files)
    return reply.status(201).send({
      id: added.id, at: added.createdAt,
      attachments: added.attachments.map((a) => ({ filename: a.filename, mime: a.mime, size: a.size })),
    })
  })

  const EvaluationBody = Type.Object({
    rating: Type.Union([Type.Literal('satisfied'), Type.Literal('basic'), Type.Literal('unsatisfied')]),
    comment: Type.Optional(Type.String({ maxLength: 1000 })),
  })
  app.post('/api/track/:code/evaluation', { config: limit, logSerializers: anonymousRequestLog, schema: { params: CodeParams, body: EvaluationBody, response: { 200: PublicCaseViewSchema } } }, async (request) => {
    const caseId = await verifyTracking(app, request)
    const { rating, comment } = request.body as Static<typeof EvaluationBody>
    try {
      await applyEvent(app.cases, caseId, { type: 'EVALUATE', rating, comment: comment ?? null }, { kind: 'citizen' })
    } catch (err) {
      if (err instanceof AppError && err.code === 'illegal_transition') {
        throw errors.notAwaitingEvaluation()
      }
      throw err
    }
    return publicView(app.sql, caseId)
  })
}
