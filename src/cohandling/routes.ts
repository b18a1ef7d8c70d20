// 协办 (issue 22): an assisting unit's queue of parts, and its 协办意见 with evidence files. Every change goes through
// applyEvent (PART_SUBMIT); every read is filtered by the one scope rule (visibleTo: jurisdiction and recusal).
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { errors } from '../http/errors.js'
import { readIntakeForm } from '../attachments/multipart.js'
import { checkForm } from '../attachments/intake.js'
import { attachmentView } from '../attachments/routes.js'
import { applyEvent } from '../cases/apply.js'
import { servicesIn } from '../cases/services.js'
import { caseView, loadVisibleCase, staffActor } from '../cases/view.js'
import { listParts, PART_QUEUES } from './parts.js'
import { Nullable, Open } from '../http/responses.js'
import { CaseViewSchema, PartStatusSchema, WarningEnum } from '../api-docs/schemas.js'

const PartsPage = Open({ total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer(), items: Type.Array(Open({
  caseId: Type.Integer(), seq: Type.Integer(), caseNumber: Type.String(), title: Nullable(Type.String()), state: Type.String(), stateLabel: Type.String(),
  status: PartStatusSchema, statusLabel: Type.String(), leadUnit: Open({ id: Type.Integer(), name: Type.String() }),
  assignedAt: Type.String(), signDueAt: Type.String(), dueAt: Type.String(), signedAt: Nullable(Type.String()), closedAt: Nullable(Type.String()), late: Type.Boolean(),
  warning: WarningEnum, warningLabel: Type.String(),
})) }, '协办任务 / A unit\'s assisting parts')
const PartFiles = Open({ items: Type.Array(Open({ id: Type.Integer(), filename: Type.String(), url: Type.String() })) }, '协办佐证材料 / The parts\' evidence files')

const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) })
export const OpinionBody = Type.Object({ text: Type.String({ minLength: 1, maxLength: 5000 }) }, { additionalProperties: false })

export default async function cohandlingRoutes(app: FastifyInstance) {
  const PartsQuery = Type.Object({
    queue: Type.Optional(Type.Union(PART_QUEUES.map((q) => Type.Literal(q)))),
    page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  })
  // 协办任务: the parts of the user's own unit, most urgent first
  app.get('/api/cohandling/parts', { preHandler: app.requireStaff(), schema: { querystring: PartsQuery, response: { 200: PartsPage } } }, async (request, reply) => {
    const { queue, page, pageSize } = request.query as Static<typeof PartsQuery>
    reply.header('cache-control', 'no-store')
    return listParts(app.sql, staffOf(request), { queue: queue ?? 'open', page: page ?? 1, pageSize: pageSize ?? 20 })
  })

  // 提交协办意见: JSON {text}, or multipart with a `data` field {text} and up to 10 evidence files, in one transaction
  app.post('/api/cases/:id/parts/opinion', { preHandler: app.requireStaff(), schema: { params: Id, response: { 200: CaseViewSchema } } }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    await loadVisibleCase(app.sql, id, user) // 404 outside the jurisdiction or recused, before anything else is said
    const form = await readIntakeForm(request, app.attachments)
    if (form.data === null) throw errors.validation({ fields: [{ field: 'text', message: '请填写协办意见', messageEn: 'Write the opinion' }] })
    const { text } = checkForm(OpinionBody, form.data)
    const batch = app.attachments.batch()
    try {
      await app.sql.begin(async (tx) => {
        const files = form.files.length ? await batch.save(tx, form.files, { complaintId: id, intakeId: null, kind: 'part_evidence' }) : []
        await applyEvent(servicesIn(app.cases, tx), id, { type: 'PART_SUBMIT', text, attachmentIds: files.map((f) => f.id) }, staffActor(user))
      })
    } catch (err) {
      await batch.discard()
      throw err
    }
    reply.header('cache-control', 'no-store')
    return caseView(app.sql, id, user)
  })

  // the evidence files of a case's parts, for those who may see the case
  app.get('/api/cases/:id/parts/files', { preHandler: app.requireStaff(), schema: { params: Id, response: { 200: PartFiles } } }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    await loadVisibleCase(app.sql, id, user)
    reply.header('cache-control', 'no-store')
    const rows = (await app.attachments.listForComplaint(id)).filter((a) => a.kind === 'part_evidence')
    return { items: await Promise.all(rows.map((a) => attachmentView(app.attachments, a))) }
  })
}
