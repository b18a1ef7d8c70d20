// 提交办理结果 with evidence (issue 20): the reply and its files in one transaction, through applyEvent (SUBMIT_REPLY).
// The files are stored on the case before the event names them; a refused event keeps none of them.
import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { errors } from '../http/errors.js'
import { readIntakeForm } from '../attachments/multipart.js'
import { checkForm } from '../attachments/intake.js'
import { applyEvent } from '../cases/apply.js'
import { servicesIn } from '../cases/services.js'
import { caseView, loadVisibleCase, staffActor } from '../cases/view.js'
import { CaseViewSchema } from '../api-docs/schemas.js'
import { REPLY_EVIDENCE_KIND } from './evidence.js'

const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) })
export const ReplyBody = Type.Object({
  text: Type.String({ minLength: 1, maxLength: 5000 }),
  resolved: Type.Boolean(),
  expectedVersion: Type.Optional(Type.Integer({ minimum: 0 })),
}, { additionalProperties: false })

export default async function replyRoutes(app: FastifyInstance) {
  // JSON {text, resolved, expectedVersion?}, or multipart with a `data` field of the same and up to 10 evidence files
  app.post('/api/cases/:id/reply', { preHandler: app.requireStaff(), schema: { params: Id, response: { 200: CaseViewSchema } } }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    await loadVisibleCase(app.sql, id, user) // 404 outside the jurisdiction or recused, before any file is read
    const form = await readIntakeForm(request, app.attachments)
    if (form.data === null) throw errors.validation({ fields: [{ field: 'text', message: '请填写办理结果', messageEn: 'Write the reply' }] })
    const { text, resolved, expectedVersion } = checkForm(ReplyBody, form.data)
    if (!text.trim()) throw errors.validation({ fields: [{ field: 'text', message: '请填写办理结果', messageEn: 'Write the reply' }] })
    const batch = app.attachments.batch()
    try {
      await app.sql.begin(async (tx) => {
        const files = form.files.length ? await batch.save(tx, form.files, { complaintId: id, intakeId: null, kind: REPLY_EVIDENCE_KIND }) : []
        await applyEvent(servicesIn(app.cases, tx), id, { type: 'SUBMIT_REPLY', text: text.trim(), resolved, attachmentIds: files.map((f) => f.id) }, staffActor(user), expectedVersion)
      })
    } catch (err) {
      await batch.discard()
      throw err
    }
    reply.header('cache-control', 'no-store')
    return caseView(app.sql, id, user)
  })
}
