// 互联网 channel: citizens submit the complaint form (JSON; multipart with files when the attachment store is present).
import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import { ComplaintBody, draftFromBody, type ComplaintBodyT } from '../../src/complaints/schema.js'
import { checkForm, createComplaintWithFiles, sealedRaw } from '../../src/attachments/intake.js'
import { readIntakeForm } from '../../src/attachments/multipart.js'
import { answerOf, registeringCentre } from '../../src/complaints/routes.js'
import { errors, restate } from '../../src/http/errors.js'
import { encrypt } from '../../src/privacy/crypto.js'
import { requestHash } from '../../src/complaints/idempotency.js'
import { addressFreeRateKey, anonymousRequestLog, withNeutralNames } from '../../src/privacy/anonymous.js'
import { photosWithoutMetadata } from '../../src/privacy/image-metadata.js'
import { SubmitAnswerSchema } from '../../src/api-docs/schemas.js'

/** What happens now, for the citizen, in Chinese. */
export function nextSteps(type: string, anonymous: boolean): string {
  const track = '请妥善保存查询码和查询密码（PIN），可随时在“进度查询”中查看办理进展、补充材料并评价办理结果。'
  const when = type === 'report'
    ? '举报件将在15个工作日内告知是否受理。'
    : '工作人员将在1个工作日内受理并交办到承办单位，一般诉求5个工作日内办结。'
  return `您的诉求已收到。${when}${anonymous ? '您选择了匿名反映，我们只能通过查询码与您沟通。' : ''}${track}`
}

export default async function webChannelRoutes(app: FastifyInstance) {
  // the city's registering centre (受理中心) takes every web submission: looked up once, not per submission
  let centre: Promise<number> | undefined
  const registeringCentreOnce = () => (centre ??= registeringCentre(app, null).catch((err) => { centre = undefined; throw err }))
  app.post('/api/complaints', {
    // anonymous or not, the form's sender is not logged by address, nor counted under it (src/privacy/anonymous.ts)
    config: { rateLimit: { max: 10, timeWindow: '1 minute', keyGenerator: addressFreeRateKey() } },
    logSerializers: anonymousRequestLog,
    schema: {
      headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 128 })) }),
      response: { 201: SubmitAnswerSchema, 200: SubmitAnswerSchema },
    },
  }, async (request, reply) => {
    // JSON, or multipart: a `data` field with the same JSON plus up to 10 files (checked by content)
    const form = await readIntakeForm(request, app.attachments)
    // a phone photo's EXIF names the place it was taken (often the sender's home) and the phone: never kept
    form.files = await photosWithoutMetadata(form.files)
    const body = checkForm(ComplaintBody, form.data) as ComplaintBodyT
    if (body.complainant.anonymous) form.files = withNeutralNames(form.files)
    const key = (request.headers['idempotency-key'] as string | undefined) ?? randomUUID()
    if (body.accusedUnitId && body.type !== 'report') {
      throw restate(errors.validation, '只有举报件可以指定被举报单位', 'Only a report names an accused unit', { fields: [{ field: 'accusedUnitId', message: '只有举报件可以指定被举报单位', messageEn: 'Only a report names an accused unit' }] })
    }
    // anonymous: nothing about the sender (DESIGN rule 3); named: the address and browser, sealed with the form
    const client = body.complainant.anonymous ? {} : { clientEnc: encrypt(app.cases.keys.encKey, JSON.stringify({ ip: request.ip, userAgent: request.headers['user-agent'] ?? null }), 'intake:web:client') }
    const raw = sealedRaw(app, 'web', body, form.files, client)
    const draft = draftFromBody(app, body, 'web', key, raw)
    // a key the sender chose is bound to this form; a key drawn here never comes again, so nothing is kept for it
    if (request.headers['idempotency-key']) draft.requestHash = requestHash(app.cases.keys.hashKey, 'citizen', body, form.files)
    const { created } = await createComplaintWithFiles(app, draft, {
      rootUnitId: await registeringCentreOnce(), actor: { kind: 'citizen', userId: null }, files: form.files, fileKind: 'photo',
    })
    reply.header('cache-control', 'no-store')
    return reply.status(created.created ? 201 : 200).send({ ...answerOf(created), next: nextSteps(body.type, body.complainant.anonymous) })
  })
}
