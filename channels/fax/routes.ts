/**
 * 传真 routes: the fax gateway's signed webhook, and the clerk's transcription of a fax into the complaint.
 * Fax-to-e-mail comes in through the mailbox processor, which calls ingestFaxEmail (ingest.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { appendAudit } from '../../src/audit/log.js'
import { staffOf } from '../../src/auth/plugin.js'
import { applyEvent } from '../../src/cases/apply.js'
import { caseView, loadVisibleCase, staffActor } from '../../src/cases/view.js'
import { encryptIdentity, maskIdentity, normalizeIdentity } from '../../src/complaints/create.js'
import { ComplaintBody, draftFromBody } from '../../src/complaints/schema.js'
import { servicesIn } from '../../src/cases/services.js'
import { attachmentErrors } from '../../src/attachments/errors.js'
import { attachmentView } from '../../src/attachments/routes.js'
import { errors, restate } from '../../src/http/errors.js'
import { visibleTo } from '../../src/cases/access.js'
import { decrypt, keyedHash } from '../../src/privacy/crypto.js'
import { nameHash } from '../../src/lookup/person.js'
import { ingestFax } from './ingest.js'
import { SIGNATURE_HEADER, verifyFaxSignature } from './verify.js'
import { CaseViewSchema } from '../../src/api-docs/schemas.js'
import { Nullable } from '../../src/http/responses.js'

const FaxReceived = Type.Object({ received: Type.Boolean(), faxId: Type.String(), caseNumber: Nullable(Type.String()) }, { description: '已收到；同一 faxId 再次推送时为 200 / received; 200 when the faxId came before' })

const faxRouteErrors = {
  badSignature: () => restate(errors.faxBadSignature, '传真网关签名错误或缺失', 'Missing or wrong X-Fax-Signature'),
  disabled: () => restate(errors.faxWebhookDisabled, '未配置传真网关密钥（FAX_WEBHOOK_SECRET）', 'The fax webhook is not configured (FAX_WEBHOOK_SECRET)'),
  badForm: (field: string, zh: string, en: string) => errors.validation({ fields: [{ field, message: zh, messageEn: en }] }),
  notFax: () => restate(errors.notAFax, '只有传真件需要转录', 'Only a fax is transcribed'),
  notInIntake: (state: string) => restate(errors.alreadyRegistered, '该传真已受理，不能再转录；请通过补充材料或办理流程修改', 'The fax has been registered already; it can no longer be transcribed', { state }),
}

/** The body as bytes, for the signature; 413 file_too_large past the limit, without reading the rest. */
function rawBodyParser(limit: number, maxFileBytes: number) {
  return async (request: FastifyRequest, payload: NodeJS.ReadableStream): Promise<Buffer> => {
    const declared = Number(request.headers['content-length'] ?? 0)
    if (declared > limit) throw attachmentErrors.fileTooLarge(maxFileBytes, { field: 'file' })
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of payload as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > limit) throw attachmentErrors.fileTooLarge(maxFileBytes, { field: 'file' })
      chunks.push(chunk)
    }
    return Buffer.concat(chunks)
  }
}

const text = (v: ReturnType<FormData['get']>): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)

/** The gateway's webhook, in its own context: multipart is read raw here so the HMAC covers the exact bytes. */
async function faxWebhook(app: FastifyInstance) {
  const maxFileBytes = app.attachments.limits.maxFileBytes
  const limit = maxFileBytes + 1024 * 1024 // the file plus the form around it
  if (app.hasContentTypeParser('multipart/form-data')) app.removeContentTypeParser('multipart/form-data')
  app.addContentTypeParser('multipart/form-data', rawBodyParser(limit, maxFileBytes))

  app.post('/channels/fax/inbound', {
    schema: { response: { 201: FaxReceived, 200: FaxReceived } },
    // refuse unsigned requests before reading their body
    onRequest: async (request) => {
      if (!app.config.FAX_WEBHOOK_SECRET) throw faxRouteErrors.disabled()
      if (typeof request.headers[SIGNATURE_HEADER] !== 'string') throw faxRouteErrors.badSignature()
    },
  }, async (request, reply) => {
    const body = request.body
    if (!Buffer.isBuffer(body)) throw attachmentErrors.notMultipart()
    if (!verifyFaxSignature(app.config.FAX_WEBHOOK_SECRET!, body, request.headers[SIGNATURE_HEADER])) throw faxRouteErrors.badSignature()

    let form: FormData
    try {
      form = await new Response(body, { headers: { 'content-type': String(request.headers['content-type']) } }).formData()
    } catch {
      throw faxRouteErrors.badForm('body', '无法解析 multipart 表单', 'The multipart form cannot be parsed')
    }
    const faxId = text(form.get('faxId'))
    if (!faxId || faxId.length > 128 || !/^[\x21-\x7e]+$/.test(faxId)) throw faxRouteErrors.badForm('faxId', '缺少或无效的传真编号 faxId', 'faxId is missing or not valid')
    const file = form.get('file')
    if (!file || typeof file === 'string') throw faxRouteErrors.badForm('file', '缺少传真文件 file（TIFF 或 PDF）', 'The fax document (file, TIFF or PDF) is missing')
    const pagesText = text(form.get('pages'))
    const pages = pagesText && /^\d{1,4}$/.test(pagesText) ? Number(pagesText) : null

    const result = await ingestFax(app, {
      via: 'webhook', faxId, from: text(form.get('from')), to: text(form.get('to')), pages,
      document: { filename: file.name, content: Buffer.from(await file.arrayBuffer()) },
    })
    // the gateway only needs to know it may stop retrying
    return reply.status(result.created.created ? 201 : 200).send({ received: true, faxId, caseNumber: result.created.caseNumber })
  })
}

const Transcription = Type.Intersect([
  ComplaintBody,
  Type.Object({
    /** use the sender's fax number (from the gateway) as the complainant's phone, for a call-back */
    useFaxNumberAsPhone: Type.Optional(Type.Boolean()),
    register: Type.Optional(Type.Object({ category: Type.String({ minLength: 1, maxLength: 64 }) })),
  }),
])

export default async function faxRoutes(app: FastifyInstance) {
  await app.register(faxWebhook)

  // 转录: a clerk reads the fax and types the complaint in; with `register`, it is registered at once
  app.post('/api/cases/:id/transcription', {
    preHandler: app.requireStaff(['clerk', 'dispatcher', 'supervisor']),
    schema: { params: Type.Object({ id: Type.Integer({ minimum: 1 }) }), body: Transcription, response: { 200: Type.Union([CaseViewSchema, Type.Object({ id: Type.Integer(), visible: Type.Literal(false) })]) } },
  }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    const body = request.body as Static<typeof Transcription>
    await loadVisibleCase(app.sql, id, user)
    const draft = draftFromBody(app, body, 'fax', 'transcription', null)
    // 回避: a report naming its accused unit is registered at once, so that it is hidden from that unit's subtree and
    // moves up when the receiving centre is the accused (the REGISTER event does both)
    if (draft.accusedUnitId && !body.register) {
      throw errors.validation({ fields: [{ field: 'register', message: '指明被举报单位的举报件须同时受理（选择分类）', messageEn: 'A report naming the accused unit is registered at once: give register.category' }] })
    }
    if (body.useFaxNumberAsPhone && !draft.complainant.anonymous && !draft.complainant.phone) {
      const [intake] = await app.sql`select raw from intakes where complaint_id = ${id} and channel = 'fax'`
      const token = (intake?.raw as { fromEnc?: string } | undefined)?.fromEnc
      if (token) draft.complainant.phone = decrypt(app.cases.keys.encKey, token, 'fax-from')
    }
    const identity = normalizeIdentity(draft)
    const keys = app.cases.keys

    await app.sql.begin(async (tx) => {
      const [row] = await tx`select c.state, k.channel from cases c join complaints k on k.id = c.id where c.id = ${id} for update of c`
      if (row.channel !== 'fax') throw faxRouteErrors.notFax()
      if (row.state !== 'intake') throw faxRouteErrors.notInIntake(row.state)
      await tx`
        update complaints set ${tx({
          title: draft.title, content: draft.content, type: draft.type, urgency: draft.urgency ?? 'normal',
          address: draft.address ?? null, division_code: draft.divisionCode ?? null, category: draft.category ?? null,
          anonymous: identity === null,
          identity: identity ? tx.json(encryptIdentity(keys.encKey, identity) as never) : null,
          identity_masked: identity ? tx.json(maskIdentity(identity) as never) : null,
          phone_hash: identity?.phone ? keyedHash(keys.hashKey, identity.phone) : null,
          email_hash: identity?.email ? keyedHash(keys.hashKey, identity.email) : null,
          id_hash: identity?.idNumber ? keyedHash(keys.hashKey, identity.idNumber) : null,
          name_hash: identity?.name ? nameHash(keys.hashKey, identity.name) : null,
          preferred_channel: draft.preferredChannel ?? (identity?.phone ? 'phone' : identity?.address ? 'letter' : null),
          accused_unit_id: draft.accusedUnitId ?? null,
        })}, extra = extra || ${tx.json({ awaitingTranscription: false, transcribed: { by: user.id, at: new Date().toISOString() } } as never)}
        where id = ${id}`
      if (body.register) {
        await applyEvent(servicesIn(app.cases, tx), id, {
          type: 'REGISTER', category: body.register.category, complaintType: draft.type, urgency: draft.urgency,
          ...(draft.divisionCode ? { divisionCode: draft.divisionCode } : {}), ...(draft.accusedUnitId ? { accusedUnitId: draft.accusedUnitId } : {}),
        }, staffActor(user))
      }
      await appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'case.transcribed', caseId: id, detail: { unitId: user.unit.id, anonymous: identity === null, registered: !!body.register } }])
    })
    reply.header('cache-control', 'no-store')
    // a report against the clerk's own centre (or one above it) moved up out of their sight at REGISTER
    const [still] = await app.sql`select 1 from cases c where c.id = ${id} and ${visibleTo(app.sql, user)}`
    if (!still) return { id, visible: false }
    const view = await caseView(app.sql, id, user)
    const attachments = await app.attachments.listForComplaint(id)
    return { ...view, attachments: await Promise.all(attachments.map((a) => attachmentView(app.attachments, a))) }
  })
}
