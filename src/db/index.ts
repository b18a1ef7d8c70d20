// postgres.js + drizzle: one pool per process, migrations from db/migrations.
import postgres from 'postgres'
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js'
import { migrate as drizzleMigrate } from 'drizzle-orm/postgres-js/migrator'
import * as schema from '../../db/schema/index.js'
import { migrationsDir } from '../paths.js'
import { afterMigrations } from './after-migrations.js'

export type Sql = postgres.Sql
export type Db = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql }
export { schema }

/**
 * Seconds before a pool connection that closed on an error connects again, by failed attempts in a row. postgres.js's
 * own back-off is shared by the whole pool and grows to 20 s (3^n / 100): a query handed to such a connection waited
 * that long before its connect timeout even started, during an outage and after the database was back (issue #18).
 * Requests do not pile up on a down database (src/ops/db-health.ts answers 503 first), so a short pause is enough.
 */
export const reconnectBackoff = (retries: number): number => Math.min(0.05 * retries, 0.25)

/**
 * A postgres.js client for a connection URL. A URL may name a Unix-domain socket directory the way libpq and
 * node-postgres read it, `postgres://user:pass@localhost:5432/db?host=/run/postgresql` (the port names the
 * socket file); postgres.js would send that `host` to the server as a setting, so it is taken out here.
 */
export function pgClient(url: string, options: postgres.Options<Record<string, postgres.PostgresType>> = {}): Sql {
  options = { backoff: reconnectBackoff, ...options }
  const u = new URL(url)
  const socketDir = u.searchParams.get('host')
  if (!socketDir?.startsWith('/')) return postgres(url, options)
  u.searchParams.delete('host')
  return postgres(u.toString(), { ...options, host: socketDir, port: Number(u.port) || 5432 })
}

/**
 * Two pools on one database: `sql` for hand-written queries (Date in, Date out) and one owned by drizzle,
 * which turns postgres.js's date serializers into pass-throughs for its own column mapping.
 */
export function connect(url: string, opts: { max?: number; connectTimeout?: number } = {}): { sql: Sql; db: Db; end(): Promise<void> } {
  // connectTimeout (seconds): the service fails fast when its database cannot be reached (src/ops/db-health.ts)
  // random_page_cost 1.1: what the service reads is in memory or on SSD. PostgreSQL's default (4, for spinning disks)
  // has the planner walk an index of 36,000 open cases rather than fetch a county's 856 rows by its GIN index
  // (bench/queue.ts over ten years of cases: 10 → 2 ms).
  const options = { onnotice: () => {}, connection: { application_name: 'suqiu', random_page_cost: '1.1' }, transform: { undefined: null }, connect_timeout: opts.connectTimeout ?? 30 }
  const sql = pgClient(url, { ...options, max: opts.max ?? 10 })
  const drizzleSql = pgClient(url, { ...options, max: Math.max(2, Math.ceil((opts.max ?? 10) / 2)) })
  return {
    sql, db: drizzle(drizzleSql, { schema }),
    end: async () => { await Promise.all([sql.end({ timeout: 5 }), drizzleSql.end({ timeout: 5 })]) },
  }
}

/** Session advisory lock key of the migrations ("SUQM"). */
const MIGRATION_LOCK = 0x5355_514d

/**
 * Applies pending migrations. Processes starting a new release at once take turns: the first migrates
 * while the others wait on the lock, then find nothing left to apply (drizzle's migrator alone would
 * let two of them run the same migration).
 */
export async function migrate(db: Db): Promise<void> {
  // a session lock needs one connection of its own; the migrator runs on the pool's others (at least 2)
  const lock = await db.$client.reserve()
  try {
    await lock`select pg_advisory_lock(${MIGRATION_LOCK})`
    await drizzleMigrate(db, { migrationsFolder: migrationsDir })
    await afterMigrations(db.$client)
  } finally {
    await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => {})
    lock.release()
  }
}

/** Creates `name` on the server at `adminUrl` if it is missing; returns the URL of that database. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = pgClient(adminUrl, { max: 1, onnotice: () => {} })
  try {
    const [row] = await admin`select 1 as ok from pg_database where datname = ${name}`
    if (!row) await admin.unsafe(`create database "${name.replace(/"/g, '""')}"`)
  } finally {
    await admin.end({ timeout: 5 })
  }
  const url = new URL(adminUrl)
  url.pathname = '/' + name
  return url.toString()
}
