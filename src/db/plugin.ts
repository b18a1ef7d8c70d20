// The `db` plugin: one postgres.js pool (with drizzle over it) per app, ended on close.
import fp from 'fastify-plugin'
import { connect, type Db, type Sql } from './index.js'

declare module 'fastify' {
  interface FastifyInstance { sql: Sql; db: Db }
}

export default fp<{ databaseUrl: string; max?: number }>(async (app, opts) => {
  const { sql, db, end } = connect(opts.databaseUrl, { max: opts.max })
  app.decorate('sql', sql)
  app.decorate('db', db)
  app.addHook('onClose', end)
}, { name: 'db' })
