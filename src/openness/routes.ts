// GET /api/public/stats: cached figures for the 公开 page; no personal data, small counts masked.
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { GROUPS, publicStats, refreshStats } from './stats.js'
import publicSummaryRoutes from './summary.js'
import { PublicStatsSchema } from '../api-docs/schemas.js'

const CACHE_MS = 60_000

export default async function opennessRoutes(app: FastifyInstance) {
  await app.register(publicSummaryRoutes)
  const cache = new Map<string, { at: number; body: unknown }>()
  const StatsQuery = Type.Object({
    from: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    division: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
    groupBy: Type.Optional(Type.Union(GROUPS.map((g) => Type.Literal(g)))),
  })
  app.get('/api/public/stats', { config: { rateLimit: { max: 120, timeWindow: '1 minute' } }, schema: { querystring: StatsQuery, response: { 200: PublicStatsSchema } } }, async (request, reply) => {
    const q = request.query as Static<typeof StatsQuery>
    const key = JSON.stringify(q)
    const hit = cache.get(key)
    reply.header('cache-control', 'public, max-age=60')
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.body
    const categories = new Map((await app.sql`select category, label from routing_rules`).map((r) => [r.category as string, r.label as string]))
    const body = await publicStats(app.sql, q, { county: (c) => app.divisions.get(c)?.name ?? null, category: (c) => categories.get(c) ?? null })
    cache.set(key, { at: Date.now(), body })
    if (cache.size > 500) cache.delete(cache.keys().next().value!)
    return body
  })

  app.jobHandlers['stats-refresh'] = async () => {
    await refreshStats(app.sql)
    cache.clear()
  }
}
