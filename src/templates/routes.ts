// 常用语: reason templates for 不予受理 (reject), 退回 (return), 督办 (supervise) and reply texts (reply), kept by admins
// for a unit. Staff are offered their unit's and its ancestors' (nearest first); an admin keeps those of the units in
// their subtree. Every change is an audit row.
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { appendAudit } from '../audit/log.js'
import { errors } from '../http/errors.js'
import { Open } from '../http/responses.js'
import { administeredUnit } from '../users/scope.js'

export const TEMPLATE_KINDS = ['reject', 'return', 'supervise', 'reply'] as const
const Kind = Type.Union(TEMPLATE_KINDS.map((k) => Type.Literal(k)))
const Text = Type.String({ minLength: 2, maxLength: 1000 })

const CreateBody = Type.Object({
  unitId: Type.Integer({ minimum: 1 }), kind: Kind, text: Text, sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
}, { additionalProperties: false })
const UpdateBody = Type.Object({
  text: Type.Optional(Text), sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })), active: Type.Optional(Type.Boolean()),
}, { additionalProperties: false })

/** One template as the routes answer it (the OpenAPI document and Fastify's serializer read it). */
const Template = Open({
  id: Type.Integer(), kind: Type.String(), text: Type.String(), sort: Type.Integer(), active: Type.Boolean(),
  unit: Open({ id: Type.Integer(), name: Type.String() }), own: Type.Optional(Type.Boolean()), updatedAt: Type.String(),
}, '常用语 / A reason template')
const TemplateList = Open({ items: Type.Array(Template) })

interface Row { id: string; unit_id: string; unit_name: string; kind: string; text: string; sort: number; active: boolean; updated_at: Date }
const present = (r: Row, ownUnitId?: number) => ({
  id: Number(r.id), kind: r.kind, text: r.text, sort: r.sort, active: r.active, unit: { id: Number(r.unit_id), name: r.unit_name },
  ...(ownUnitId === undefined ? {} : { own: Number(r.unit_id) === ownUnitId }), updatedAt: new Date(r.updated_at).toISOString(),
})

export default async function templateRoutes(app: FastifyInstance) {
  // what the user's event dialogs offer: their unit's templates and its ancestors', nearest unit first
  app.get('/api/templates', {
    preHandler: app.requireStaff(),
    schema: { querystring: Type.Object({ kind: Type.Optional(Kind) }), response: { 200: TemplateList } },
  }, async (request) => {
    const user = staffOf(request)
    const kind = (request.query as { kind?: string }).kind ?? null
    const rows = await app.sql<Row[]>`
      select t.id, t.unit_id, u.name as unit_name, t.kind, t.text, t.sort, t.active, t.updated_at
      from reason_templates t join units u on u.id = t.unit_id,
           (select unit_ancestors(${user.unit.id}::bigint) as up) a
      where t.unit_id = any(a.up) and t.active and (${kind}::text is null or t.kind = ${kind})
      order by array_position(a.up, t.unit_id), t.kind, t.sort, t.id`
    return { items: rows.map((r) => present(r, user.unit.id)) }
  })

  // an admin's list: the templates of one unit they administer, inactive ones included
  app.get('/api/admin/templates', {
    preHandler: app.requireStaff(['admin']),
    schema: { querystring: Type.Object({ unitId: Type.Integer({ minimum: 1 }) }), response: { 200: TemplateList } },
  }, async (request) => {
    const admin = staffOf(request)
    const { unitId } = request.query as { unitId: number }
    await administeredUnit(app.db, admin, unitId)
    const rows = await app.sql<Row[]>`
      select t.id, t.unit_id, u.name as unit_name, t.kind, t.text, t.sort, t.active, t.updated_at
      from reason_templates t join units u on u.id = t.unit_id where t.unit_id = ${unitId} order by t.kind, t.sort, t.id`
    return { items: rows.map((r) => present(r)) }
  })

  app.post('/api/admin/templates', { preHandler: app.requireStaff(['admin']), schema: { body: CreateBody, response: { 201: Template } } }, async (request, reply) => {
    const admin = staffOf(request)
    const body = request.body as Static<typeof CreateBody>
    await administeredUnit(app.db, admin, body.unitId)
    const row = await app.sql.begin(async (tx) => {
      const [t] = await tx<{ id: string }[]>`
        insert into reason_templates (unit_id, kind, text, sort, created_by) values (${body.unitId}, ${body.kind}, ${body.text.trim()}, ${body.sort ?? 0}, ${admin.id})
        returning id`
      await appendAudit(tx, [{ actorUserId: admin.id, actorKind: 'staff', action: 'template.change', caseId: null, detail: { templateId: Number(t.id), unitId: body.unitId, kind: body.kind, created: true } }])
      return t
    })
    return reply.status(201).send(await one(Number(row.id)))
  })

  app.put('/api/admin/templates/:id', {
    preHandler: app.requireStaff(['admin']),
    schema: { params: Type.Object({ id: Type.Integer({ minimum: 1 }) }), body: UpdateBody, response: { 200: Template } },
  }, async (request) => {
    const admin = staffOf(request)
    const { id } = request.params as { id: number }
    const body = request.body as Static<typeof UpdateBody>
    const [t] = await app.sql`select unit_id from reason_templates where id = ${id}`
    if (!t) throw errors.notFound({ templateId: id })
    // another subtree's template answers as one that does not exist
    await administeredUnit(app.db, admin, Number(t.unit_id)).catch(() => { throw errors.notFound({ templateId: id }) })
    await app.sql.begin(async (tx) => {
      await tx`update reason_templates set
                 text = ${body.text === undefined ? tx`text` : body.text.trim()}, sort = ${body.sort === undefined ? tx`sort` : body.sort},
                 active = ${body.active === undefined ? tx`active` : body.active}, updated_at = now()
               where id = ${id}`
      await appendAudit(tx, [{ actorUserId: admin.id, actorKind: 'staff', action: 'template.change', caseId: null, detail: { templateId: id, unitId: Number(t.unit_id), ...body } }])
    })
    return one(id)
  })

  async function one(id: number) {
    const [r] = await app.sql<Row[]>`
      select t.id, t.unit_id, u.name as unit_name, t.kind, t.text, t.sort, t.active, t.updated_at
      from reason_templates t join units u on u.id = t.unit_id where t.id = ${id}`
    return present(r)
  }
}
