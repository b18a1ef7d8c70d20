// postgres.js + drizzle: one pool per process, migrations from db/migrations.
import postgres from 'postgres'
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js'
import { migrate as drizzleMigrate } from 'drizzle-orm/postgres-js/migrator'
import * as schema from '../../db/schema/index.js'
import { migrationsDir } from '../paths.js'

export type Sql = postgres.Sql
export type Db = PostgresJsDatabase<typeof schema>
export { schema }

/**
 * Two pools on one database: `sql` for hand-written queries (Date in, Date out) and one owned by drizzle,
 * which turns postgres.js's date serializers into pass-throughs for its own column mapping.
 */
export function connect(url: string, opts: { max?: number } = {}): { sql: Sql; db: Db; end(): Promise<void> } {
  const options = { onnotice: () => {}, connection: { application_name: 'suqiu' }, transform: { undefined: null } }
  const sql = postgres(url, { ...options, max: opts.max ?? 10 })
  const drizzleSql = postgres(url, { ...options, max: Math.max(2, Math.ceil((opts.max ?? 10) / 2)) })
  return {
    sql, db: drizzle(drizzleSql, { schema }),
    end: async () => { await Promise.all([sql.end({ timeout: 5 }), drizzleSql.end({ timeout: 5 })]) },
  }
}

export async function migrate(db: Db): Promise<void> {
  await drizzleMigrate(db, { migrationsFolder: migrationsDir })
}

/** Creates `name` on the server at `adminUrl` if it is missing; returns the URL of that database. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} })
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
