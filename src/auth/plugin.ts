// Staff sessions: an HttpOnly cookie names a server-side session; state-changing requests carry X-CSRF-Token.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import fp from 'fastify-plugin'
import cookie from '@fastify/cookie'
import { and, eq, gt } from 'drizzle-orm'
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import { schema } from '../db/index.js'
import { errors } from '../http/errors.js'
import { findStaffUser } from '../users/service.js'
import { ROLES, SECOND_FACTOR_ROLES, type Role } from './roles.js'
import type { StaffUser } from '../users/service.js'

export const SESSION_COOKIE = 'suqiu_session'
const SESSION_HOURS = 12

export type { StaffUser }

declare module 'fastify' {
  interface FastifyRequest { staff: StaffUser | null; csrfToken: string | null; mustChangePassword: boolean; mustEnrolSecondFactor: boolean }
  interface FastifyInstance {
    /** preHandler: a signed-in staff user (of one of `roles`, if given); checks CSRF on state changes. */
    requireStaff(roles?: Role[]): preHandlerAsyncHookHandler
    startSession(reply: FastifyReply, userId: number): Promise<string>
    endSession(request: FastifyRequest, reply: FastifyReply): Promise<void>
    loadSessionUser(token: string | undefined): Promise<SessionUser | null>
  }
}

/** How the sessions table keeps a token (and how an ended session is announced: migration 0029). */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
/** What a user who must change their password may still do. */
const PASSWORD_CHANGE_ROUTES = new Set(['/api/me', '/api/me/password', '/api/auth/logout'])
/** What an admin or inspector without a second factor may still do: set one up (and change the password). */
const ENROLMENT_ROUTES = new Set([...PASSWORD_CHANGE_ROUTES, '/api/me/second-factor', '/api/me/second-factor/enrol', '/api/me/second-factor/confirm'])

export interface SessionUser { user: StaffUser; csrfToken: string; mustChangePassword: boolean; mustEnrolSecondFactor: boolean }

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a), y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export default fp(async (app) => {
  await app.register(cookie)
  app.decorateRequest('staff', null)
  app.decorateRequest('csrfToken', null)
  app.decorateRequest('mustChangePassword', false)
  app.decorateRequest('mustEnrolSecondFactor', false)

  app.decorate('loadSessionUser', async (token: string | undefined) => {
    if (!token) return null
    const [row] = await app.db.select({ session: schema.sessions, mustChangePassword: schema.users.mustChangePassword, totpEnabledAt: schema.users.totpEnabledAt }).from(schema.sessions)
      .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
      .where(and(eq(schema.sessions.tokenHash, hashToken(token)), gt(schema.sessions.expiresAt, new Date())))
    if (!row) return null
    const user = await findStaffUser(app.db, row.session.userId)
    // an admin or inspector without a second factor sets one up before anything else (二次验证)
    const mustEnrolSecondFactor = !!user && !row.totpEnabledAt && SECOND_FACTOR_ROLES.includes(user.role)
    return user ? { user, csrfToken: row.session.csrfToken, mustChangePassword: row.mustChangePassword, mustEnrolSecondFactor } : null
  })

  app.decorate('startSession', async (reply: FastifyReply, userId: number) => {
    const token = randomBytes(32).toString('base64url')
    const csrfToken = randomBytes(24).toString('base64url')
    await app.db.insert(schema.sessions).values({
      tokenHash: hashToken(token), userId, csrfToken, expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000),
    })
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/', httpOnly: true, sameSite: 'lax', secure: app.config.PUBLIC_BASE_URL.startsWith('https:'), maxAge: SESSION_HOURS * 3600,
    })
    return csrfToken
  })

  app.decorate('endSession', async (request: FastifyRequest, reply: FastifyReply) => {
    const token = request.cookies[SESSION_COOKIE]
    if (token) await app.db.delete(schema.sessions).where(eq(schema.sessions.tokenHash, hashToken(token)))
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
  })

  // the guard carries its roles (`staffRoles`) so the OpenAPI document (src/http/openapi.ts) can say who may call a route
  app.decorate('requireStaff', (roles?: Role[]) => Object.assign(async (request: FastifyRequest) => {
    const found = await app.loadSessionUser(request.cookies[SESSION_COOKIE])
    if (!found) throw errors.unauthenticated()
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token']
      if (typeof sent !== 'string' || !sameToken(sent, found.csrfToken)) throw errors.csrf()
    }
    // a first admin, or a user whose password an admin reset, does nothing before choosing a new password
    if (found.mustChangePassword && !PASSWORD_CHANGE_ROUTES.has(request.routeOptions.url ?? '')) throw errors.passwordChangeRequired()
    if (found.mustEnrolSecondFactor && !ENROLMENT_ROUTES.has(request.routeOptions.url ?? '')) throw errors.secondFactorEnrolmentRequired()
    if (roles && !roles.includes(found.user.role)) throw errors.wrongRole({ allowedRoles: roles })
    request.staff = found.user
    request.csrfToken = found.csrfToken
    request.mustChangePassword = found.mustChangePassword
    request.mustEnrolSecondFactor = found.mustEnrolSecondFactor
  }, { staffRoles: roles ?? ROLES }))
}, { name: 'auth', dependencies: ['db'] })

/** The signed-in user of a route guarded by requireStaff. */
export function staffOf(request: FastifyRequest): StaffUser {
  if (!request.staff) throw errors.unauthenticated()
  return request.staff
}
