// Everything a database needs before the service can run on it: migrations, the city's divisions, routing defaults, a first admin.
import { randomBytes } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { migrate, schema, type Db, type Sql } from './db/index.js'
import { cityIsImported, importCityDivisions } from '../db/divisions/import.js'
import { createUser } from './users/service.js'
import { seedRoutingRules } from './routing/rules.js'
import { ensureQueues } from './jobs/queues.js'
import { applyGrants } from './db/roles.js'

interface Log { info(obj: unknown, msg?: string): void }

/**
 * `conn` is the owner's connection (migrations, pg-boss's schema); `opts.appRole`, the role the service runs as,
 * gets its grants afterwards (src/db/roles.ts).
 */
export async function prepareDatabase(conn: { db: Db; sql: Sql; url: string }, cityCode: string, log: Log, opts: { admin?: boolean; appRole?: string } = {}): Promise<{ adminPassword: string | null }> {
  const { db, sql } = conn
  await migrate(db)
  await ensureQueues(conn.url)
  if (opts.appRole && (await applyGrants(sql, opts.appRole)) === 'same_role') {
    log.info({ role: opts.appRole }, 'the service connects as the owner of the schema: only the triggers guard the audit log (set DATABASE_OWNER_URL, README "Database roles")')
  }
  await seedRoutingRules(sql)
  if (!(await cityIsImported(db, cityCode))) {
    const started = Date.now()
    const result = await importCityDivisions(db, cityCode)
    log.info({ ...result.byLevel, ms: Date.now() - started }, `imported ${result.divisions} divisions and ${result.units} units for city ${cityCode}`)
  }
  return { adminPassword: opts.admin === false ? null : await ensureAdmin(db, cityCode) }
}

/** The first start creates `admin` at the city centre with a generated password, returned once. */
async function ensureAdmin(db: Db, cityCode: string): Promise<string | null> {
  const [existing] = await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.role, 'admin')).limit(1)
  if (existing) return null
  const [centre] = await db.select().from(schema.units).where(and(eq(schema.units.divisionCode, cityCode), eq(schema.units.isDefault, true)))
  if (!centre) throw new Error(`no default unit for city ${cityCode}`)
  const password = randomBytes(12).toString('base64url')
  const admin = await createUser(db, { username: 'admin', password, role: 'admin', unitId: centre.id, displayName: '系统管理员' })
  // the printed password is changed at the first sign-in (POST /api/me/password)
  await db.update(schema.users).set({ mustChangePassword: true }).where(eq(schema.users.id, admin.id))
  return password
}
