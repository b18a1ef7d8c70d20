// POST /api/auth/login, POST /api/auth/logout, GET /api/me
import type { FastifyInstance } from 'fastify'
import { Type } from '@sinclair/typebox'
import { checkLogin, findStaffUser } from '../users/service.js'
import { staffOf } from './plugin.js'
import { errors } from '../http/errors.js'
import { roleLabels } from './roles.js'
import type { StaffUser } from './plugin.js'

export const StaffUserSchema = Type.Object({
  id: Type.Integer(), username: Type.String(), displayName: Type.String(), role: Type.String(), roleLabel: Type.String(),
  unit: Type.Object({ id: Type.Integer(), name: Type.String(), divisionCode: Type.String(), level: Type.String() }),
})
const present = (u: StaffUser) => ({ ...u, roleLabel: roleLabels[u.role] })

export default async function authRoutes(app: FastifyInstance) {
  app.post('/api/auth/login', {
    config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    schema: {
      body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 200 }) }),
      response: { 200: Type.Object({ user: StaffUserSchema, csrfToken: Type.String() }) },
    },
  }, async (request, reply) => {
    const { username, password } = request.body as { username: string; password: string }
    const userId = await checkLogin(app.db, username, password)
    const csrfToken = await app.startSession(reply, userId)
    const user = await findStaffUser(app.db, userId)
    if (!user) throw errors.unauthenticated()
    return { user: present(user), csrfToken }
  })

  app.post('/api/auth/logout', { preHandler: app.requireStaff() }, async (request, reply) => {
    await app.endSession(request, reply)
    return { ok: true }
  })

  app.get('/api/me', {
    preHandler: app.requireStaff(),
    schema: { response: { 200: Type.Object({ user: StaffUserSchema, csrfToken: Type.String() }) } },
  }, async (request) => ({ user: present(staffOf(request)), csrfToken: request.csrfToken! }))
}
