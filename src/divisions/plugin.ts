// The `divisions` plugin: the city's division tree held in memory for fast address resolution.
import fp from 'fastify-plugin'
import { eq } from 'drizzle-orm'
import { schema, type Db } from '../db/index.js'
import { DivisionIndex } from './resolve.js'
import { outsidePlaceNames } from './outside.js'

declare module 'fastify' {
  interface FastifyInstance { divisions: DivisionIndex }
}

export async function loadDivisionIndex(db: Db, cityCode: string): Promise<DivisionIndex> {
  const rows = await db.select({ code: schema.divisions.code, name: schema.divisions.name, level: schema.divisions.level, parentCode: schema.divisions.parentCode })
    .from(schema.divisions).where(eq(schema.divisions.cityCode, cityCode))
  return new DivisionIndex(rows, outsidePlaceNames(cityCode))
}

export default fp(async (app) => {
  app.decorate('divisions', await loadDivisionIndex(app.db, app.config.SUQIU_CITY))
}, { name: 'divisions', dependencies: ['db', 'config'] })
