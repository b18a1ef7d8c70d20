// The `db` plugin: one postgres.js pool (with drizzle over it) per app, ended on close.
import fp from 'fastify-plugin'
import { connect, type Db, type Sql } from './index.js'

declare module 'fastify' {
  interface FastifyInstance { sql: Sql; db: Db }
}

export default fp<{ databaseUrl: string; max?: number }>(async (app, opts) => {
  // a connection attempt that takes longer than 1.5 s counts as an outage (503 database_unavailable), not a hang: a
  // server in fast shutdown leaves new connections in its listen backlog unanswered, and the request must still be
  // answered within 2 s
  const { sql, db, end } = connect(opts.databaseUrl, { max: opts.max, connectTimeout: 1.5 })
  app.decorate('sql', sql)
  app.decorate('db', db)
  app.addHook('onClose', end)
}, { name: 'db' })
