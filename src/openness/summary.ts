// 公开摘要: the one free text a public output (Open311, any export) may show of a case, written or approved by a
// dispatcher or supervisor who can see the case, and audited. Without one a case shows service, status, township, dates.
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { appendAudit } from '../audit/log.js'
import { staffOf } from '../auth/plugin.js'
import type { Role } from '../auth/roles.js'
import { loadVisibleCase } from '../cases/view.js'
import { errors } from '../http/errors.js'
import { PublicSummarySchema } from '../api-docs/schemas.js'

/** Who approves what the public reads: the centre's dispatchers and the supervisors of a level. */
export const SUMMARY_ROLES: Role[] = ['dispatcher', 'supervisor']

/** Contact data a summary must not carry: mobile and landline numbers, ID numbers, e-mail addresses. */
const PERSONAL = [/1[3-9]\d{9}/, /0\d{2,3}[-－ ]?\d{7,8}/, /\d{17}[\dXx]/, /\d{15}/, /[\w.+-]+@[\w-]+\.[\w.]+/]
export const holdsContactData = (text: string) => PERSONAL.some((re) => re.test(text.normalize('NFKC').replace(/\s+/g, '')))

const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) })
const SummaryBody = Type.Object({ text: Type.String({ minLength: 5, maxLength: 500 }) }, { additionalProperties: false })

export default async function publicSummaryRoutes(app: FastifyInstance) {
  const view = async (id: number) => {
    const [row] = await app.sql`
      select k.public_summary, k.public_summary_at, u.id as by_id, u.display_name as by_name
      from complaints k left join users u on u.id = k.public_summary_by where k.id = ${id}`
    return row?.public_summary_at
      ? { text: row.public_summary as string, approvedBy: { id: Number(row.by_id), name: row.by_name as string }, approvedAt: new Date(row.public_summary_at).toISOString() }
      : { text: null, approvedBy: null, approvedAt: null }
  }

  app.get('/api/cases/:id/public-summary', { preHandler: app.requireStaff(), schema: { params: Id, response: { 200: PublicSummarySchema } } }, async (request, reply) => {
    const { id } = request.params as Static<typeof Id>
    await loadVisibleCase(app.sql, id, staffOf(request))
    reply.header('cache-control', 'no-store')
    return view(id)
  })

  app.put('/api/cases/:id/public-summary', { preHandler: app.requireStaff(SUMMARY_ROLES), schema: { params: Id, body: SummaryBody, response: { 200: PublicSummarySchema } } }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as Static<typeof Id>
    const text = (request.body as Static<typeof SummaryBody>).text.trim()
    const row = await loadVisibleCase(app.sql, id, user) // 404 outside the jurisdiction or when recused
    if (row.type === 'report') throw errors.reportNotPublic({ caseId: id })
    if (holdsContactData(text)) throw errors.summaryPersonalData({ fields: [{ field: 'text', message: '公开摘要不能含有联系方式或证件号码', messageEn: 'No contact data or ID numbers in a public summary' }] })
    await app.sql.begin(async (tx) => {
      await tx`update complaints set public_summary = ${text}, public_summary_by = ${user.id}, public_summary_at = now() where id = ${id}`
      await appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'case.public_summary', caseId: id, detail: { text, unitId: user.unit.id } }])
    })
    reply.header('cache-control', 'no-store')
    return view(id)
  })

  app.delete('/api/cases/:id/public-summary', { preHandler: app.requireStaff(SUMMARY_ROLES), schema: { params: Id, response: { 204: Type.Null({ description: '已撤下 / withdrawn' }) } } }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as Static<typeof Id>
    await loadVisibleCase(app.sql, id, user)
    await app.sql.begin(async (tx) => {
      await tx`update complaints set public_summary = null, public_summary_by = null, public_summary_at = null where id = ${id}`
      await appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'case.public_summary_withdrawn', caseId: id, detail: { unitId: user.unit.id } }])
    })
    return reply.status(204).send()
  })
}
