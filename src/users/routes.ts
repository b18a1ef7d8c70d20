// POST /api/users, POST /api/users/:id/disable, GET /api/users — admins, within their unit's subtree of the units tree.
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { and, eq } from 'drizzle-orm'
import { schema } from '../db/index.js'
import { errors } from '../http/errors.js'
import { staffOf } from '../auth/plugin.js'
import { ROLES } from '../auth/roles.js'
import { createUser } from './service.js'
import { checkPasswordPolicy } from '../auth/password-policy.js'
import { administeredBy, administeredUnit } from './scope.js'
import { Ok } from '../http/responses.js'
import { RoleEnum } from '../api-docs/schemas.js'

const UserOut = Type.Object({
  id: Type.Integer(), username: Type.String(), displayName: Type.String(), role: RoleEnum,
  unitId: Type.Integer(), unitName: Type.String(), disabled: Type.Boolean(),
  secondFactor: Type.Boolean({ description: '已设置二次验证 / has a second factor set up' }),
})
const NewUser = Type.Object({
  username: Type.String({ pattern: '^[A-Za-z0-9_.-]{3,32}$' }),
  password: Type.String({ minLength: 10, maxLength: 200 }),
  role: Type.Union(ROLES.map((r) => Type.Literal(r))),
  unitId: Type.Integer({ minimum: 1 }),
  displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
})

export default async function userRoutes(app: FastifyInstance) {

  app.post('/api/users', {
    preHandler: app.requireStaff(['admin']),
    schema: { body: NewUser, response: { 201: UserOut } },
  }, async (request, reply) => {
    const admin = staffOf(request)
    const body = request.body as Static<typeof NewUser>
    const unit = await administeredUnit(app.db, admin, body.unitId)
    checkPasswordPolicy(body.password, body.username) // 密码规则 (src/auth/password-policy.ts)
    const user = await createUser(app.db, { ...body, createdBy: admin.id })
    return reply.status(201).send({ id: user.id, username: user.username, displayName: user.displayName, role: user.role, unitId: unit.id, unitName: unit.name, disabled: false, secondFactor: false })
  })

  app.get('/api/users', {
    preHandler: app.requireStaff(['admin']),
    schema: { response: { 200: Type.Array(UserOut) } },
  }, async (request) => {
    const admin = staffOf(request)
    const rows = await app.db.select({ user: schema.users, unit: schema.units }).from(schema.users)
      .innerJoin(schema.units, eq(schema.units.id, schema.users.unitId))
      .where(administeredBy(admin))
      .orderBy(schema.users.username)
    return rows.map(({ user, unit }) => ({ id: user.id, username: user.username, displayName: user.displayName, role: user.role, unitId: unit.id, unitName: unit.name, disabled: !!user.disabledAt, secondFactor: !!user.totpEnabledAt }))
  })

  app.post('/api/users/:id/disable', {
    preHandler: app.requireStaff(['admin']),
    schema: { params: Type.Object({ id: Type.Integer({ minimum: 1 }) }), response: { 200: Ok } },
  }, async (request) => {
    const admin = staffOf(request)
    const { id } = request.params as { id: number }
    const [user] = await app.db.select().from(schema.users).where(eq(schema.users.id, id))
    if (!user) throw errors.notFound({ userId: id })
    await administeredUnit(app.db, admin, user.unitId)
    if (user.id === admin.id) throw errors.forbidden({ reason: 'cannot_disable_self' })
    await app.db.update(schema.users).set({ disabledAt: new Date() }).where(and(eq(schema.users.id, id)))
    await app.db.delete(schema.sessions).where(eq(schema.sessions.userId, id))
    return { ok: true }
  })
}
