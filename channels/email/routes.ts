// 原始邮件: staff open the mail a case came from (and the replies added to it) as it arrived, e.g. when its charset was
// read wrong. Scoped like the case; an anonymous report's mail was kept without its identifying headers. A named
// sender's mail shows their address, so opening it is audited like a reveal.
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../../src/auth/plugin.js'
import { appendAudit } from '../../src/audit/log.js'
import { errors } from '../../src/http/errors.js'
import { loadVisibleCase } from '../../src/cases/view.js'
import { registeringCentre } from '../../src/complaints/routes.js'
import { Binary, Nullable, Open } from '../../src/http/responses.js'

const MailList = Type.Object({ items: Type.Array(Open({ id: Type.Integer(), receivedAt: Type.String(), size: Type.Integer(), url: Type.String(), error: Type.Optional(Nullable(Type.String())), outcome: Type.Optional(Nullable(Type.String())) })) })
const RawMail = Binary(['message/rfc822'], '原始邮件（.eml）/ The raw mail (.eml)')

const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) })
const MailParams = Type.Object({ id: Type.Integer({ minimum: 1 }), mailId: Type.Integer({ minimum: 1 }) })

export default async function originalMailRoutes(app: FastifyInstance) {
  // 未能处理的邮件: mail that became no case (a fax mail without a document, an unreadable message). All mail comes in
  // at the city centre, so its clerks, dispatchers and admins see the list; nothing is dropped in silence.
  app.get('/api/mailbox/problems', { preHandler: app.requireStaff(['clerk', 'dispatcher', 'admin']), schema: { response: { 200: MailList } } }, async (request, reply) => {
    const user = staffOf(request)
    if (user.unit.id !== (await registeringCentre(app, null))) throw errors.forbidden({ reason: 'city_centre_only' })
    reply.header('cache-control', 'no-store')
    const rows = await app.sql`
      select id, created_at, processed_at, outcome, error, octet_length(raw) as size from inbound_emails
      where outcome = 'error' order by id desc limit 200`
    return { items: rows.map((r) => ({ id: Number(r.id), receivedAt: new Date(r.created_at).toISOString(), error: r.error, size: Number(r.size), url: `/api/mailbox/problems/${r.id}` })) }
  })
  app.get('/api/mailbox/problems/:mailId', { preHandler: app.requireStaff(['clerk', 'dispatcher', 'admin']), schema: { params: Type.Object({ mailId: Type.Integer({ minimum: 1 }) }), response: { 200: RawMail } } }, async (request, reply) => {
    const user = staffOf(request)
    if (user.unit.id !== (await registeringCentre(app, null))) throw errors.forbidden({ reason: 'city_centre_only' })
    const { mailId } = request.params as { mailId: number }
    const [row] = await app.sql`select raw from inbound_emails where id = ${mailId} and outcome = 'error'`
    if (!row) throw errors.notFound({ mailId })
    await app.sql.begin((tx) => appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'mail.original', caseId: null, detail: { inboundEmailId: mailId, unitId: user.unit.id } }]))
    return reply.header('cache-control', 'no-store').header('content-type', 'message/rfc822')
      .header('content-disposition', `attachment; filename="mail-${mailId}.eml"`).header('x-content-type-options', 'nosniff').send(row.raw)
  })

  app.get('/api/cases/:id/mails', { preHandler: app.requireStaff(), schema: { params: Id, response: { 200: MailList } } }, async (request, reply) => {
    const { id } = request.params as Static<typeof Id>
    await loadVisibleCase(app.sql, id, staffOf(request))
    reply.header('cache-control', 'no-store')
    const rows = await app.sql`select id, outcome, created_at, octet_length(raw) as size from inbound_emails where case_id = ${id} order by id`
    return { items: rows.map((r) => ({ id: Number(r.id), outcome: r.outcome, receivedAt: new Date(r.created_at).toISOString(), size: Number(r.size), url: `/api/cases/${id}/mails/${r.id}` })) }
  })

  app.get('/api/cases/:id/mails/:mailId', { preHandler: app.requireStaff(), schema: { params: MailParams, response: { 200: RawMail } } }, async (request, reply) => {
    const user = staffOf(request)
    const { id, mailId } = request.params as Static<typeof MailParams>
    await loadVisibleCase(app.sql, id, user)
    const [row] = await app.sql`select raw from inbound_emails where id = ${mailId} and case_id = ${id}`
    if (!row) throw errors.notFound({ mailId })
    await app.sql.begin((tx) => appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'mail.original', caseId: id, detail: { inboundEmailId: mailId, unitId: user.unit.id } }]))
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', 'message/rfc822')
      .header('content-disposition', `attachment; filename="case-${id}-mail-${mailId}.eml"`)
      .header('x-content-type-options', 'nosniff')
      .send(row.raw)
  })
}
