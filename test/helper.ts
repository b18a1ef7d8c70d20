// Test helpers: each test file gets its own database cloned from the run's migrated template.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { and, eq } from 'drizzle-orm'
import { readState } from './setup/state.js'
import { loadConfig, type Config, type RawConfig } from '../src/config.js'
import { buildApp, type AppOptions } from '../src/app.js'
import { connect, pgClient, schema, type Db, type Sql } from '../src/db/index.js'
import { createUser } from '../src/users/service.js'
import { applyGrants, urlAs } from '../src/db/roles.js'
import type { Role } from '../src/auth/roles.js'
import { enrolSecondFactor, nextCode } from './support/second-factor.js'

type Tap = { teardown(fn: () => unknown): void }

/** A fresh database for this test file, dropped at teardown: a clone of the migrated template, or `empty`. */
export async function testDatabase(t: Tap, opts: { empty?: boolean } = {}): Promise<string> {
  const state = readState()
  const name = `t_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = pgClient(state.adminUrl, { max: 1, onnotice: () => {} })
  // CREATE DATABASE … TEMPLATE fails while another session is connected to the template; retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.unsafe(opts.empty ? `create database ${name}` : `create database ${name} template ${state.template}`)
      break
    } catch (err) {
      if (attempt >= 20) throw err
      await new Promise((r) => setTimeout(r, 100 + attempt * 50))
    }
  }
  t.teardown(async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {})
    await admin.end({ timeout: 5 })
  })
  const url = new URL(state.adminUrl)
  url.pathname = '/' + name
  return url.toString()
}

/**
 * The URL of a test database as the app role (src/db/roles.ts), as the service connects in production: a missing
 * grant fails the test that needs it (permission denied) instead of passing on the superuser. A database not cloned
 * from the template (made by the CLI, say) gets the grants here, as `suqiu migrate` would give them.
 */
export async function appRoleUrl(url: string): Promise<string> {
  const { appRole } = readState()
  const owner = pgClient(url, { max: 1, onnotice: () => {} })
  try {
    const [{ granted }] = await owner`select to_regclass('public.cases') is not null and has_table_privilege(${appRole.user}, 'public.cases', 'UPDATE') as granted`
    if (!granted) await applyGrants(owner, appRole.user)
  } finally {
    await owner.end({ timeout: 5 })
  }
  return urlAs(url, appRole.user, appRole.password)
}

/** A pool on a database, closed at teardown. */
export function testPool(t: Tap, url: string): { sql: Sql; db: Db } {
  const conn = connect(url, { max: 5 })
  t.teardown(conn.end)
  return conn
}

export function testConfig(t: Tap, overrides: Partial<RawConfig> = {}): Config {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-test-data-'))
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))
  return loadConfig({}, { SUQIU_DATA_DIR: dataDir, SUQIU_SECRET: 'test-secret-test-secret-test-secret-0123', LOG_LEVEL: 'silent', ...overrides })
}

export interface TestApp { app: FastifyInstance; url: string; db: Db; sql: Sql; config: Config }

/** The whole app on its own database, closed at teardown. */
export async function buildTestApp(t: Tap, overrides: Partial<RawConfig> = {}, databaseUrl?: string, appOptions: Pick<AppOptions, 'live'> = {}): Promise<TestApp> {
  const url = databaseUrl ?? (await testDatabase(t))
  const config = testConfig(t, overrides)
  // SUQIU_TEST_LOG=debug shows the app's log (5xx details) while a test is being debugged
  const app = await buildApp({ ...appOptions, config, databaseUrl: await appRoleUrl(url), logger: process.env.SUQIU_TEST_LOG ? { level: process.env.SUQIU_TEST_LOG } : false })
  t.teardown(() => app.close())
  return { app, url, db: app.db, sql: app.sql, config }
}

/** The default unit of a division. */
export async function unitOf(db: Db, divisionCode: string): Promise<{ id: number; name: string }> {
  const [unit] = await db.select().from(schema.units).where(and(eq(schema.units.divisionCode, divisionCode), eq(schema.units.isDefault, true)))
  if (!unit) throw new Error(`no default unit for ${divisionCode}`)
  return unit
}

export interface Session {
  user: { id: number; username: string; role: string; unit: { id: number; divisionCode: string } }
  csrfToken: string
  cookie: string
  inject(opts: InjectOptions): Promise<LightMyRequestResponse>
  get(url: string): Promise<LightMyRequestResponse>
  post(url: string, payload?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>
}

let counter = 0
/** Creates a user of `role` at the default unit of `divisionCode` and signs them in. */
export async function signIn(app: FastifyInstance, role: Role, divisionCode: string, username?: string): Promise<Session> {
  const unit = await unitOf(app.db, divisionCode)
  const name = username ?? `${role}_${divisionCode}_${++counter}_${randomBytes(2).toString('hex')}`
  const password = 'correct horse battery'
  await createUser(app.db, { username: name, password, role, unitId: unit.id })
  return login(app, name, password)
}

/**
 * Signs in as a user would: with the authenticator's code when the user has a second factor, and an admin or
 * inspector without one sets it up right away (unless the password must change first), as the console makes them do.
 */
export async function login(app: FastifyInstance, username: string, password: string): Promise<Session> {
  let res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })
  if (res.statusCode === 401 && res.json().error?.code === 'second_factor_required') {
    const code = await nextCode(app, username)
    res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, code } })
  }
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`)
  const body = res.json()
  const setCookie = res.headers['set-cookie']
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0]
  const inject = (opts: InjectOptions) => app.inject({ ...opts, headers: { cookie, 'x-csrf-token': body.csrfToken, ...(opts.headers ?? {}) } })
  if (body.mustEnrolSecondFactor && !body.mustChangePassword) await enrolSecondFactor(inject)
  return {
    user: body.user, csrfToken: body.csrfToken, cookie, inject,
    get: (url) => inject({ method: 'GET', url }),
    post: (url, payload, headers) => inject({ method: 'POST', url, payload: payload as InjectOptions['payload'], headers }),
  }
}

/** Logs a complaint through the operators' intake API and returns its answer. */
export async function logComplaint(session: Session, body: Record<string, unknown> = {}, channel = 'hotline') {
  const res = await session.post(`/api/intake/${channel}`, {
    type: 'complaint', content: '翠湖西路社区公示栏长期不更新，居民无法了解集体收支情况。', address: '昆明市五华区华山街道翠湖西路社区',
    complainant: { anonymous: false, name: '李四', phone: '13912345678' }, ...body,
  })
  if (res.statusCode !== 201) throw new Error(`intake failed: ${res.statusCode} ${res.body}`)
  return res.json() as { id: number; caseNumber: string; trackingCode: string; pin: string; state: string }
}

/** Sends a case event and returns the raw response. */
export function sendEvent(session: Session, caseId: number, body: Record<string, unknown>) {
  return session.post(`/api/cases/${caseId}/events`, body)
}
