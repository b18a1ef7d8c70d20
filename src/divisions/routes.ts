// GET /api/divisions/resolve, GET /api/divisions/:code, GET /api/units, POST /api/units
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { and, asc, eq } from 'drizzle-orm'
import { schema } from '../db/index.js'
import { errors } from '../http/errors.js'
import { staffOf } from '../auth/plugin.js'
import { inSubtree } from '../auth/jurisdiction.js'
import { mayAddUnitAt } from '../users/scope.js'
import type { DivisionRow } from './resolve.js'
import { Open } from '../http/responses.js'
import { LevelEnum } from '../api-docs/schemas.js'

const Division = Type.Object({ code: Type.String(), name: Type.String(), level: LevelEnum })
const DivisionDetail = Type.Object({
  code: Type.String(), name: Type.String(), level: LevelEnum, parentCode: Type.Union([Type.String(), Type.Null()]),
  path: Type.Array(Division), children: Type.Array(Division),
})
const Unit = Type.Object({ id: Type.Integer(), name: Type.String(), divisionCode: Type.String(), level: LevelEnum })
/** found: the division and its path; ambiguous: candidates; outside: the place named (404 division_not_found: nothing) */
const Candidate = Type.Object({ division: Division, path: Type.Array(Division) })
const Resolved = Type.Union([
  Open({ status: Type.Literal('found'), division: Division, path: Type.Array(Division) }),
  Open({ status: Type.Literal('ambiguous'), message: Type.String(), messageEn: Type.String(), candidates: Type.Array(Candidate) }),
  Open({ status: Type.Literal('outside'), place: Type.String(), message: Type.String(), messageEn: Type.String() }, '地址指向外省或外市 / the address names another province or city'),
], { description: '由地址解析出的行政区划 / The division resolved from an address' })
const NotResolved = Type.Object({
  status: Type.Literal('not_found'),
  error: Type.Object({ code: Type.String(), message: Type.String(), messageEn: Type.String(), requestId: Type.String() }),
})
const brief = (d: DivisionRow) => ({ code: d.code, name: d.name, level: d.level })

export default async function divisionRoutes(app: FastifyInstance) {
  app.get('/api/divisions/resolve', {
    schema: {
      querystring: Type.Object({ address: Type.String({ minLength: 1, maxLength: 300 }) }),
      response: { 200: Resolved, 404: NotResolved },
    },
  }, async (request, reply) => {
    const { address } = request.query as { address: string }
    const result = app.divisions.resolve(address)
    if (result.status === 'found') {
      return { status: 'found', division: brief(result.division), path: result.path.map(brief) }
    }
    if (result.status === 'ambiguous') {
      return {
        status: 'ambiguous',
        message: '地址对应多个行政区划，请补充上级名称（县区、街道乡镇）',
        messageEn: 'The address matches several divisions; name a higher level',
        candidates: result.candidates.map((c) => ({ division: brief(c.division), path: c.path.map(brief) })),
      }
    }
    if (result.status === 'outside') {
      return {
        status: 'outside', place: result.place,
        message: `地址位于${result.place}，不在本市范围内`, messageEn: `The address is in ${result.place}, outside the city`,
      }
    }
    return reply.status(404).send({
      status: 'not_found',
      error: { code: 'division_not_found', message: '未能从地址中识别行政区划', messageEn: 'No division recognised in the address', requestId: request.id },
    })
  })

  app.get('/api/divisions/:code', {
    schema: { params: Type.Object({ code: Type.String({ pattern: '^[0-9]{6,12}$' }) }), response: { 200: DivisionDetail } },
  }, async (request) => {
    const { code } = request.params as { code: string }
    const d = app.divisions.get(code)
    if (!d) throw errors.divisionNotFound({ code })
    return { ...brief(d), parentCode: d.parentCode, path: app.divisions.path(code).map(brief), children: app.divisions.children(code).map(brief) }
  })

  app.get('/api/units', {
    schema: { querystring: Type.Object({ division: Type.String({ pattern: '^[0-9]{6,12}$' }) }), response: { 200: Type.Array(Unit) } },
  }, async (request) => {
    const { division } = request.query as { division: string }
    if (!app.divisions.get(division)) throw errors.divisionNotFound({ code: division })
    return app.db.select({ id: schema.units.id, name: schema.units.name, divisionCode: schema.units.divisionCode, level: schema.units.level })
      .from(schema.units)
      .where(and(eq(schema.units.divisionCode, division), eq(schema.units.active, true)))
      .orderBy(asc(schema.units.id))
  })

  const NewUnit = Type.Object({ name: Type.String({ minLength: 2, maxLength: 100 }), divisionCode: Type.String({ pattern: '^[0-9]{6,12}$' }) })
  app.post('/api/units', {
    preHandler: app.requireStaff(['admin']),
    schema: { body: NewUnit, response: { 201: Unit } },
  }, async (request, reply) => {
    const admin = staffOf(request)
    const body = request.body as Static<typeof NewUnit>
    const division = app.divisions.get(body.divisionCode)
    if (!division) throw errors.divisionNotFound({ code: body.divisionCode })
    // the new unit hangs under the division's default unit: that one must be the admin's own or below it
    if (!inSubtree(division.code, admin.unit.divisionCode) || !(await mayAddUnitAt(app.db, admin, division.code))) throw errors.outsideJurisdiction({ divisionCode: division.code })
    const [unit] = await app.db.insert(schema.units)
      .values({ name: body.name, divisionCode: division.code, level: division.level, createdBy: admin.id })
      .onConflictDoNothing().returning()
    if (!unit) throw errors.conflict({ reason: 'unit_name_taken' })
    return reply.status(201).send({ id: unit.id, name: unit.name, divisionCode: unit.divisionCode, level: unit.level })
  })
}
