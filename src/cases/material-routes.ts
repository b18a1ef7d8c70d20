// 补充材料 for staff: a case's added material, and "read" for the user's unit (clears "new material" in its queue).
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { loadVisibleCase } from './view.js'
import { auditReportRead } from './read-audit.js'
import { caseMaterial, markMaterialRead } from './material-read.js'
import { MaterialItemSchema } from '../api-docs/schemas.js'

const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) })
const ReadBody = Type.Object({ upTo: Type.Optional(Type.Integer({ minimum: 1 })) })

export default async function materialRoutes(app: FastifyInstance) {
  app.get('/api/cases/:id/material', { preHandler: app.requireStaff(), schema: { params: Id, response: { 200: Type.Object({ items: Type.Array(MaterialItemSchema), unread: Type.Integer() }) } } }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as Static<typeof Id>
    const row = await loadVisibleCase(app.sql, id, user) // 404 outside the jurisdiction or when recused
    await auditReportRead(app.sql, user, row, 'material')
    reply.header('cache-control', 'no-store')
    const items = await caseMaterial(app.sql, id, user.unit.id)
    return { items, unread: items.filter((m) => !m.read).length }
  })

  app.post('/api/cases/:id/material/read', { preHandler: app.requireStaff(), schema: { params: Id, body: Type.Optional(ReadBody), response: { 200: Type.Object({ lastMessageId: Type.Integer() }) } } }, async (request) => {
    const user = staffOf(request)
    const { id } = request.params as Static<typeof Id>
    await loadVisibleCase(app.sql, id, user)
    return markMaterialRead(app.sql, id, user, (request.body as Static<typeof ReadBody> | undefined)?.upTo)
  })
}
