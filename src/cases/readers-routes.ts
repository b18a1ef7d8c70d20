// GET /api/cases/:id/readers — who read a case (查阅记录), for inspectors and city admins who may see the case; the
// accused unit, which may not see the case, gets 404 like for the case itself.
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { errors } from '../http/errors.js'
import { isCityAdmin } from '../users/scope.js'
import { loadVisibleCase } from './view.js'
import { caseReaders } from './read-audit.js'
import { Open } from '../http/responses.js'

const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) })

export default async function readersRoutes(app: FastifyInstance) {
  app.get('/api/cases/:id/readers', { preHandler: app.requireStaff(['inspector', 'admin']), schema: { params: Id, response: { 200: Open({ caseId: Type.Integer(), caseNumber: Type.String(), readers: Type.Array(Open({})) }, '举报件的查阅记录 / Who read a report') } } }, async (request, reply) => {
    const user = staffOf(request)
    if (user.role === 'admin' && !isCityAdmin(user)) throw errors.wrongRole({ reason: 'inspectors_and_city_admins' })
    const { id } = request.params as Static<typeof Id>
    const row = await loadVisibleCase(app.sql, id, user)
    reply.header('cache-control', 'no-store')
    return { caseId: id, caseNumber: row.case_number, readers: await caseReaders(app.sql, id) }
  })
}
