// POST /api/auth/login, POST /api/auth/logout, GET /api/me, POST /api/me/password, POST /api/users/:id/password (admin reset),
// the second factor: GET /api/me/second-factor, POST …/enrol, POST …/confirm, POST /api/users/:id/second-factor/reset (admin)
import { createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { LevelEnum, RoleEnum } from '../api-docs/schemas.js'
import { findStaffUser } from '../users/service.js'
import { administeredUnit } from '../users/scope.js'
import { hashPassword, verifyPassword } from '../privacy/codes.js'
import { staffOf, SESSION_COOKIE } from './plugin.js'
import { AppError, errors, restate } from '../http/errors.js'
import { roleLabels } from './roles.js'
import { assertNotThrottled, checkSignIn, recordFailure } from './sign-in.js'
import { checkPasswordPolicy } from './password-policy.js'
import { checkSecondFactor, confirmEnrolment, factorKeys, resetSecondFactor, secondFactorStatus, startEnrolment } from './second-factor.js'
import type { StaffUser } from './plugin.js'
import { staffRateKey } from '../http/rate-store.js'

export const StaffUserSchema = Type.Object({
  id: Type.Integer(), username: Type.String(), displayName: Type.String(), role: RoleEnum, roleLabel: Type.String(),
  unit: Type.Object({ id: Type.Integer(), name: Type.String(), divisionCode: Type.String(), level: LevelEnum }),
})
/** `mustEnrolSecondFactor`: an admin or inspector without a second factor, who sets one up before anything else */
const SessionAnswer = Type.Object({ user: StaffUserSchema, csrfToken: Type.String(), mustChangePassword: Type.Boolean(), mustEnrolSecondFactor: Type.Boolean() })
const present = (u: StaffUser) => ({ ...u, roleLabel: roleLabels[u.role] })
const sessionHash = (token: string) => createHash('sha256').update(token).digest('hex')

/** A throttled sign-in also says, in Retry-After, how long to wait. */
async function withRetryAfter<T>(reply: FastifyReply, work: Promise<T>): Promise<T> {
  try {
    return await work
  } catch (err) {
    const wait = err instanceof AppError ? err.details?.retryAfterSeconds : undefined
    if (typeof wait === 'number') reply.header('retry-after', String(wait))
    throw err
  }
}

export default async function authRoutes(app: FastifyInstance) {
  const factor = factorKeys(app.config.SUQIU_SECRET)
  // the sign-in throttle counts an address under a keyed hash (an IPv4 address's plain hash is undone in seconds)
  const addressKey = Buffer.from(hkdfSync('sha256', app.config.SUQIU_SECRET, 'suqiu', 'sign-in-throttle/address', 32))
  const addressOf = (ip: string) => createHmac('sha256', addressKey).update(ip).digest('base64url')
  app.post('/api/auth/login', {
    config: { rateLimit: { max: 20, timeWindow: '1 minute', keyGenerator: staffRateKey() } },
    schema: {
      // `code`: the authenticator's 6 digits or a recovery code, sent again with the password once the answer was 401 second_factor_required
      body: Type.Object({
        username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 200 }),
        code: Type.Optional(Type.String({ maxLength: 32 })),
      }),
      response: { 200: SessionAnswer },
    },
  }, async (request, reply) => {
    const { username, password, code } = request.body as { username: string; password: string; code?: string }
    const secondFactor = async (userId: number, given: string) => (await checkSecondFactor(app.sql, factor, userId, given)) !== null
    const signed = await withRetryAfter(reply, checkSignIn(app.sql, username, password, addressOf(request.ip), code?.trim() || undefined, secondFactor))
    const user = await findStaffUser(app.db, signed.userId)
    if (!user) throw errors.badCredentials()
    const csrfToken = await app.startSession(reply, signed.userId)
    return { user: present(user), csrfToken, mustChangePassword: signed.mustChangePassword, mustEnrolSecondFactor: signed.mustEnrolSecondFactor }
  })

  // 二次验证: one's own factor — its state, a new secret (shown once), and the first code that turns it on
  app.get('/api/me/second-factor', {
    preHandler: app.requireStaff(),
    schema: { response: { 200: Type.Object({ enabled: Type.Boolean(), required: Type.Boolean(), enabledAt: Type.Union([Type.String(), Type.Null()]), recoveryCodesLeft: Type.Integer() }) } },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store')
    return secondFactorStatus(app.sql, staffOf(request))
  })

  app.post('/api/me/second-factor/enrol', {
    preHandler: app.requireStaff(),
    config: { rateLimit: { max: 10, timeWindow: '1 minute', keyGenerator: staffRateKey() } },
    schema: { response: { 200: Type.Object({ secret: Type.String(), uri: Type.String() }) } },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store')
    return startEnrolment(app.sql, factor, staffOf(request))
  })

  app.post('/api/me/second-factor/confirm', {
    preHandler: app.requireStaff(),
    config: { rateLimit: { max: 10, timeWindow: '1 minute', keyGenerator: staffRateKey() } },
    schema: {
      body: Type.Object({ code: Type.String({ minLength: 1, maxLength: 32 }) }),
      response: { 200: Type.Object({ enabled: Type.Boolean(), recoveryCodes: Type.Array(Type.String()) }) },
    },
  }, async (request, reply) => {
    const me = staffOf(request)
    const { code } = request.body as { code: string }
    // first codes are guessed no faster than passwords: the same counters
    await withRetryAfter(reply, assertNotThrottled(app.sql, me.username, addressOf(request.ip)))
    const done = await confirmEnrolment(app.sql, factor, me, code, sessionHash(request.cookies[SESSION_COOKIE] ?? ''))
    if (!done) {
      await recordFailure(app.sql, me.username, addressOf(request.ip))
      throw errors.wrongTotpCode()
    }
    request.log.info({ userId: me.id }, 'second factor enrolled')
    reply.header('cache-control', 'no-store')
    return { enabled: true, recoveryCodes: done.recoveryCodes }
  })

  // 重置二次验证: an admin, within their subtree, clears a user's factor (lost phone); the user sets one up again at
  // the next sign-in; their sessions end; audited with the reason
  app.post('/api/users/:id/second-factor/reset', {
    preHandler: app.requireStaff(['admin']),
    schema: {
      params: Type.Object({ id: Type.Integer({ minimum: 1 }) }), body: Type.Object({ reason: Type.String({ minLength: 2, maxLength: 200 }) }),
      response: { 200: Type.Object({ reset: Type.Boolean() }) },
    },
  }, async (request) => {
    const admin = staffOf(request)
    const { id } = request.params as { id: number }
    const { reason } = request.body as { reason: string }
    const [user] = await app.sql<{ unit_id: string }[]>`select unit_id from users where id = ${id}`
    if (!user) throw errors.notFound({ userId: id })
    await administeredUnit(app.db, admin, Number(user.unit_id))
    await resetSecondFactor(app.sql, admin, id, reason)
    request.log.info({ userId: id, by: admin.id }, 'second factor reset by an admin')
    return { reset: true }
  })

  // 修改密码: the current password, then a new one that follows the rules; other sessions of the user end
  const NewPassword = Type.Object({ currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Type.String({ minLength: 1, maxLength: 200 }) })
  app.post('/api/me/password', {
    preHandler: app.requireStaff(),
    config: { rateLimit: { max: 10, timeWindow: '1 minute', keyGenerator: staffRateKey() } },
    schema: { body: NewPassword, response: { 200: Type.Object({ ok: Type.Boolean() }) } },
  }, async (request, reply) => {
    const me = staffOf(request)
    const { currentPassword, newPassword } = request.body as Static<typeof NewPassword>
    await withRetryAfter(reply, assertNotThrottled(app.sql, me.username, addressOf(request.ip)))
    const [row] = await app.sql<{ password_hash: string }[]>`select password_hash from users where id = ${me.id}`
    if (!row || !(await verifyPassword(currentPassword, row.password_hash))) {
      await recordFailure(app.sql, me.username, addressOf(request.ip))
      throw errors.wrongCurrentPassword()
    }
    checkPasswordPolicy(newPassword, me.username)
    if (newPassword === currentPassword) throw restate(errors.weakPassword, '密码不符合要求：新密码不能与当前密码相同', 'The password is too weak: the new password must differ from the current one', { reason: 'unchanged' })
    const hash = await hashPassword(newPassword)
    const token = request.cookies[SESSION_COOKIE] ?? ''
    await app.sql.begin(async (tx) => {
      await tx`update users set password_hash = ${hash}, must_change_password = false where id = ${me.id}`
      await tx`delete from sessions where user_id = ${me.id} and token_hash <> ${sessionHash(token)}`
    })
    return { ok: true }
  })

  // 重置密码: an admin, within their subtree, gives a user a temporary password (shown once) that must be changed
  app.post('/api/users/:id/password', {
    preHandler: app.requireStaff(['admin']),
    schema: { params: Type.Object({ id: Type.Integer({ minimum: 1 }) }), response: { 200: Type.Object({ temporaryPassword: Type.String({ description: '只显示这一次 / shown once' }), mustChangePassword: Type.Boolean() }) } },
  }, async (request, reply) => {
    const admin = staffOf(request)
    const { id } = request.params as { id: number }
    const [user] = await app.sql<{ unit_id: string }[]>`select unit_id from users where id = ${id}`
    if (!user) throw errors.notFound({ userId: id })
    await administeredUnit(app.db, admin, Number(user.unit_id))
    const temporaryPassword = randomBytes(12).toString('base64url')
    const hash = await hashPassword(temporaryPassword)
    await app.sql.begin(async (tx) => {
      await tx`update users set password_hash = ${hash}, must_change_password = true where id = ${id}`
      await tx`delete from sessions where user_id = ${id}`
    })
    request.log.info({ userId: id, by: admin.id }, 'password reset by an admin')
    reply.header('cache-control', 'no-store')
    return { temporaryPassword, mustChangePassword: true }
  })

  app.post('/api/auth/logout', { preHandler: app.requireStaff(), schema: { response: { 200: Type.Object({ ok: Type.Boolean() }) } } }, async (request, reply) => {
    await app.endSession(request, reply)
    return { ok: true }
  })

  app.get('/api/me', {
    preHandler: app.requireStaff(),
    schema: { response: { 200: SessionAnswer } },
  }, async (request) => ({ user: present(staffOf(request)), csrfToken: request.csrfToken!, mustChangePassword: request.mustChangePassword, mustEnrolSecondFactor: request.mustEnrolSecondFactor }))
}
