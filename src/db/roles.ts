// Database roles (README "Database roles"): the owner runs migrations and owns every object; the running service
// connects as an app role that owns nothing, cannot create objects, and may only add and read audit rows.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { pgClient, type Sql } from './index.js'

/** The app role of the embedded PostgreSQL (and of the test cluster). */
export const APP_ROLE = 'suqiu_app'

/** The user a connection URL signs in as. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username) || 'postgres'
}

/** The same server and database, signed in as another role. */
export function urlAs(url: string, user: string, password: string): string {
  const u = new URL(url)
  u.username = encodeURIComponent(user)
  u.password = encodeURIComponent(password)
  return u.toString()
}

const quoteIdent = (name: string) => '"' + name.replace(/"/g, '""') + '"'

/**
 * The embedded server's app role, created (or its password renewed) by the superuser; its password is kept in
 * `passwordFile` beside the cluster, as the superuser's is. Returns the URL of `databaseUrl`'s database as that role.
 */
export async function ensureAppRole(databaseUrl: string, passwordFile: string, role = APP_ROLE): Promise<string> {
  const password = existsSync(passwordFile) ? readFileSync(passwordFile, 'utf8').trim() : randomBytes(18).toString('base64url')
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, password + '\n', { mode: 0o600 })
  const admin = pgClient(databaseUrl, { max: 1, onnotice: () => {} })
  try {
    await createAppRole(admin, role, password)
  } finally {
    await admin.end({ timeout: 5 })
  }
  return urlAs(databaseUrl, role, password)
}

/** CREATE ROLE (or ALTER ROLE) with every power that could reach around the audit log's triggers switched off. */
export async function createAppRole(admin: Sql, role: string, password: string): Promise<void> {
  const powers = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT'
  const [exists] = await admin`select 1 from pg_roles where rolname = ${role}`
  // a password cannot be a bound parameter of CREATE ROLE; it is quoted as a literal (base64url: no quotes in it)
  const literal = "'" + password.replace(/'/g, "''") + "'"
  await admin.unsafe(`${exists ? 'ALTER' : 'CREATE'} ROLE ${quoteIdent(role)} ${powers} PASSWORD ${literal}`).catch(async (err) => {
    // two processes creating it at once: the loser finds it there
    if (exists || !(await admin`select 1 from pg_roles where rolname = ${role}`).length) throw err
  })
}

/**
 * The grants the app role needs, as SQL its owner runs (after the migrations and pg-boss's schema). Ordinary tables:
 * read and write; the append-only tables (every table whose triggers refuse UPDATE and DELETE: the audit log, case
 * events, audit anchors): SELECT and INSERT only; sequences: USAGE; pg-boss's schema: its rows, never its DDL (its
 * schema and queues are made by the owner at migrate time). Tables the owner creates later get the same grants by
 * default; the append-only ones lose UPDATE and DELETE again at the next migrate.
 */
export function grantStatements(appRole: string, opts: { appendOnly?: string[]; noDelete?: string[]; pgboss?: boolean } = {}): string[] {
  const app = quoteIdent(appRole)
  const appendOnly = opts.appendOnly ?? ['audit_log', 'case_events', 'audit_anchors']
  const noDelete = opts.noDelete ?? ['cases', 'complaints']
  return [
    `GRANT USAGE ON SCHEMA public TO ${app}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${app}`,
    ...appendOnly.map((t) => `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${quoteIdent(t)} FROM ${app}`),
    ...noDelete.map((t) => `REVOKE DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${quoteIdent(t)} FROM ${app}`),
    ...(opts.pgboss === false ? [] : [
      `GRANT USAGE ON SCHEMA pgboss TO ${app}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${app}`,
      `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA pgboss TO ${app}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    ]),
  ]
}

/** Tables in public whose triggers refuse a change (the functions of migrations 0001 and 0012). */
async function protectedTables(sql: Sql): Promise<{ appendOnly: string[]; noDelete: string[] }> {
  const rows = await sql<{ table: string; fn: string }[]>`
    select distinct c.relname as table, p.proname as fn
    from pg_trigger g join pg_class c on c.oid = g.tgrelid join pg_namespace n on n.oid = c.relnamespace join pg_proc p on p.oid = g.tgfoid
    where n.nspname = 'public' and not g.tgisinternal and p.proname in ('audit_log_refuse_change', 'refuse_record_delete')`
  const appendOnly = [...new Set(rows.filter((r) => r.fn === 'audit_log_refuse_change').map((r) => r.table))]
  const noDelete = [...new Set(rows.filter((r) => r.fn === 'refuse_record_delete').map((r) => r.table))].filter((t) => !appendOnly.includes(t))
  return { appendOnly, noDelete }
}

/**
 * Gives the app role its grants, as the owner (the connection's user), in one transaction. Nothing to do when the
 * service connects as the owner itself (then the audit log's triggers are all that guard it: README says so).
 */
export async function applyGrants(sql: Sql, appRole: string): Promise<'granted' | 'same_role'> {
  const [{ me }] = await sql<{ me: string }[]>`select current_user as me`
  if (me === appRole) return 'same_role'
  const tables = await protectedTables(sql)
  const [{ pgboss }] = await sql<{ pgboss: boolean }[]>`select to_regnamespace('pgboss') is not null as pgboss`
  await sql.begin(async (tx) => {
    for (const s of grantStatements(appRole, { ...tables, pgboss })) await tx.unsafe(s)
  })
  return 'granted'
}

/** What `suqiu db grants` prints: the roles and grants an administrator gives a managed PostgreSQL. */
export function grantsScript(appRole: string, ownerRole: string, database: string): string {
  const lines = [
    `-- Suqiu: database roles (README "Database roles"). Run as a superuser or a role with CREATEROLE,`,
    `-- then run \`suqiu migrate\` with DATABASE_OWNER_URL set: it applies the grants below again after each migration.`,
    `-- CREATE ROLE ${quoteIdent(ownerRole)} LOGIN PASSWORD '…';            -- owns the schema, runs migrations`,
    `-- CREATE ROLE ${quoteIdent(appRole)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '…';`,
    `ALTER DATABASE ${quoteIdent(database)} OWNER TO ${quoteIdent(ownerRole)};`,
    `ALTER SCHEMA public OWNER TO ${quoteIdent(ownerRole)};`,
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC;`,
    `-- as ${ownerRole}, after \`suqiu migrate\` (DATABASE_OWNER_URL) has created the tables and pg-boss's schema:`,
    ...grantStatements(appRole).map((s) => s + ';'),
  ]
  return lines.join('\n')
}

/**
 * The tables the connection's role cannot read or write: a grant missed (a table made outside the migrations, or a
 * database whose owner never ran `suqiu migrate` with DATABASE_OWNER_URL). Checked at start, so that the failure is
 * one clear message rather than "permission denied" on some request later.
 */
export async function missingGrants(sql: Sql): Promise<string[]> {
  const rows = await sql<{ name: string }[]>`
    select n.nspname || '.' || c.relname as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname in ('public', 'pgboss') and c.relkind in ('r', 'p', 'm', 'v') and not c.relispartition
      and (not has_table_privilege(c.oid, 'SELECT') or (c.relkind in ('r', 'p') and not has_table_privilege(c.oid, 'INSERT')))
    order by 1`
  return rows.map((r) => r.name)
}

/** Throws the start-up error that names the tables and what to do, when {@link missingGrants} finds any. */
export async function checkGrants(sql: Sql): Promise<void> {
  const missing = await missingGrants(sql)
  if (!missing.length) return
  throw new Error(`the database role the service connects as may not read or write ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}: run \`suqiu migrate\` with DATABASE_OWNER_URL set to the schema's owner (README "Database roles")`)
}
