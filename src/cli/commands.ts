// `npx suqiu <command>`: migrate, divisions import, user add, audit verify …
import path from 'node:path'
import { parseArgs } from 'node:util'
import pino from 'pino'
import { eq, and } from 'drizzle-orm'
import { ConfigError, loadConfig, type Config } from '../config.js'
import { startEmbeddedPostgres, type EmbeddedServer } from '../db/embedded.js'
import { connect, ensureDatabase, migrate, schema, type Db, type Sql } from '../db/index.js'
import { auditCommands } from './audit.js'
import { backupCommands } from './backup.js'
import { applyGrants, ensureAppRole, roleOfUrl } from '../db/roles.js'
import { ensureQueues } from '../jobs/queues.js'
import { seedRoutingRules } from '../routing/rules.js'
import { importCityDivisions } from '../../db/divisions/import.js'
import { prepareDatabase } from '../bootstrap.js'
import { createUser } from '../users/service.js'
import { ROLES, type Role } from '../auth/roles.js'
import { checkPasswordPolicy } from '../auth/password-policy.js'
import { AppError } from '../http/errors.js'
import { DEMO_PASSWORD, DEMO_USERS, ensureDemoUsers } from '../users/demo.js'

/** `url` is the owner's connection (DATABASE_OWNER_URL, or the embedded superuser); `appRole` the service's role. */
export interface CliContext { config: Config; db: Db; sql: Sql; url: string; appRole: string; out: (line: string) => void }
/** `offline` commands get no database connection: they manage the embedded cluster themselves (backup, restore) */
type Command = { usage: string; offline?: boolean; run(ctx: CliContext, args: string[]): Promise<number> }

const commands: Record<string, Command> = {
  migrate: {
    usage: 'migrate                                  apply database migrations',
    async run({ db, sql, url, appRole, out }) {
      await migrate(db)
      await ensureQueues(url)
      await seedRoutingRules(sql)
      const grants = await applyGrants(sql, appRole)
      out(grants === 'granted' ? `migrations applied; grants given to ${appRole}` : `migrations applied (the service connects as the owner ${appRole}: set DATABASE_OWNER_URL, README "Database roles")`)
      return 0
    },
  },
  'divisions import': {
    usage: 'divisions import --city 530100           load a city\'s divisions and default units',
    async run({ db, config, out }, args) {
      const { values } = parseArgs({ args, options: { city: { type: 'string', default: config.SUQIU_CITY } } })
      const city = values.city!
      if (!/^[0-9]{4}00$/.test(city)) { out(`--city must be a 6-digit city code such as 530100 (got ${city})`); return 2 }
      await migrate(db)
      const result = await importCityDivisions(db, city, (stage, count) => out(`  ${stage}: ${count}`))
      out(`imported ${result.divisions} divisions (${Object.entries(result.byLevel).map(([k, v]) => `${k} ${v}`).join(', ')}), ${result.units} new units`)
      return 0
    },
  },
  ...auditCommands,
  ...backupCommands,
  demo: {
    usage: 'demo                                     create the demo users, one per role (not in production)',
    async run({ db, sql, url, appRole, config, out }) {
      if (config.NODE_ENV === 'production') {
        out('refused: demo users are not created when NODE_ENV=production (演示账号不能用于生产环境)')
        return 1
      }
      // a new database becomes usable too: migrations, the city's divisions and units
      await prepareDatabase({ db, sql, url }, config.SUQIU_CITY, { info: () => {} }, { admin: false, appRole })
      const result = await ensureDemoUsers(db, { cityCode: config.SUQIU_CITY, nodeEnv: config.NODE_ENV })
      for (const u of result.created) out(`  created ${u.username.padEnd(18)} ${u.role.padEnd(10)} ${u.unit}`)
      if (result.existing.length) out(`  already there, left unchanged: ${result.existing.join(', ')}`)
      out(result.created.length
        ? `demo users: ${result.created.length} created; password of new demo users / 演示账号密码: ${DEMO_PASSWORD}`
        : `demo users: all ${DEMO_USERS.length} already there, nothing changed`)
      return 0
    },
  },
  'user add': {
    usage: 'user add --username U --password P --role R --unit DIVISION_CODE_OR_UNIT_ID [--name 显示名]',
    async run({ db, out }, args) {
      const { values } = parseArgs({ args, options: { username: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' }, unit: { type: 'string' }, name: { type: 'string' } } })
      const { username, password, role, unit } = values
      if (!username || !password || !role || !unit) { out('user add needs --username, --password, --role and --unit'); return 2 }
      if (!ROLES.includes(role as Role)) { out(`--role must be one of ${ROLES.join(', ')}`); return 2 }
      const weak = passwordRefusal(password, username)
      if (weak) { out(weak); return 2 }
      const unitId = await findUnit(db, unit)
      if (!unitId) { out(`no unit ${unit} (give a unit id or a division code with a default unit)`); return 2 }
      const user = await createUser(db, { username, password, role: role as Role, unitId, displayName: values.name })
      out(`user ${user.username} (${user.role}) created in unit ${unitId}`)
      return 0
    },
  },
}

/** The API's password rules (src/auth/password-policy.ts) as one line, or null when the password follows them. */
function passwordRefusal(password: string, username: string): string | null {
  try {
    checkPasswordPolicy(password, username)
    return null
  } catch (err) {
    if (!(err instanceof AppError)) throw err
    return `refused (weak_password): ${err.zh} / ${err.message}`
  }
}

/** A unit id, or a division code whose default unit is meant. */
async function findUnit(db: Db, ref: string): Promise<number | null> {
  const where = /^[0-9]{6,12}$/.test(ref)
    ? and(eq(schema.units.divisionCode, ref), eq(schema.units.isDefault, true))
    : /^[0-9]+$/.test(ref) ? eq(schema.units.id, Number(ref)) : null
  if (!where) return null
  const [unit] = await db.select({ id: schema.units.id }).from(schema.units).where(where)
  return unit?.id ?? null
}

export function registerCommand(name: string, command: Command) { commands[name] = command }

function usage(out: (l: string) => void) {
  out('usage: suqiu <command>')
  for (const c of Object.values(commands)) out('  ' + c.usage)
}

export async function runCli(argv: string[], out = (l: string) => process.stdout.write(l + '\n')): Promise<number> {
  const name = Object.keys(commands).sort((a, b) => b.length - a.length).find((n) => argv.slice(0, n.split(' ').length).join(' ') === n)
  if (!name) { usage(out); return argv.length ? 2 : 0 }
  let config: Config
  try { config = loadConfig() } catch (err) {
    if (err instanceof ConfigError) { out(err.message); return 78 }
    throw err
  }
  if (commands[name].offline) return commands[name].run({ config, out } as unknown as CliContext, argv.slice(name.split(' ').length))
  const log = pino({ level: 'warn' })
  let embedded: EmbeddedServer | null = null
  // the CLI works as the schema's owner; the service's role is the one the grants go to (README "Database roles")
  let url = config.DATABASE_OWNER_URL ?? config.DATABASE_URL
  let appRole = config.DATABASE_URL ? roleOfUrl(config.DATABASE_URL) : ''
  if (!url) {
    embedded = await startEmbeddedPostgres({ clusterDir: path.join(config.dataDir, 'pg'), log })
    url = await ensureDatabase(embedded.url, 'suqiu')
    appRole = roleOfUrl(await ensureAppRole(url, path.join(config.dataDir, 'pg.app-password')))
  }
  const { db, sql, end } = connect(url, { max: 2 })
  try {
    return await commands[name].run({ config, db, sql, url, appRole, out }, argv.slice(name.split(' ').length))
  } catch (err) {
    out(`error: ${err instanceof Error ? err.message : String(err)}`)
    return 1
  } finally {
    await end()
    await embedded?.stop()
  }
}
