// The `audit` plugin: the chain's key for this process, a start-up check that the app role has its grants (what keeps
// the audit rows append-only), the daily anchor (made by the workers) and the public list of anchors
// (GET /api/public/anchors: days, counts and roots, no personal data).
import fp from 'fastify-plugin'
import { Type, type Static } from '@sinclair/typebox'
import { sealLegacyChains, useAuditKey } from './log.js'
import { anchorLastDay, storedAnchors } from './anchors.js'
import { checkGrants } from '../db/roles.js'

/** How often a worker looks whether the last full day has its anchor (it is made once, by whichever worker asks first). */
const ANCHOR_CHECK_MS = 60 * 60_000

const AnchorsQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 366, default: 30 })) })
const AnchorOut = Type.Object({
  day: Type.String(), cutoff: Type.String(), chains: Type.Integer(), rows: Type.Integer(), root: Type.String(), prevRoot: Type.Union([Type.String(), Type.Null()]),
})

export default fp(async (app) => {
  useAuditKey(app.config.SUQIU_SECRET)
  // the app role must have been given its grants (README "Database roles"): say so at start, not per request
  await checkGrants(app.sql)
  // rows written before the chain was keyed: sealed once, at the first start after migration 0017
  const sealed = await sealLegacyChains(app.sql)
  if (sealed) app.log.info({ chains: sealed }, 'audit: chains written before the keyed chain sealed with a keyed row')

  app.get('/api/public/anchors', {
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: { querystring: AnchorsQuery, response: { 200: Type.Object({ anchors: Type.Array(AnchorOut) }) } },
  }, async (request, reply) => {
    const { limit } = request.query as Static<typeof AnchorsQuery>
    reply.header('cache-control', 'public, max-age=300')
    return { anchors: await storedAnchors(app.sql, limit ?? 30) }
  })

  app.workerStarters.push(async () => {
    const check = () => anchorLastDay(app.sql, app.config.SUQIU_SECRET, app.config.dataDir)
      .then((a) => app.log.debug({ day: a.day, root: a.root }, 'audit anchor'))
      .catch((err: unknown) => app.log.error({ err }, 'audit anchor: could not make the last day\'s anchor'))
    await check()
    const timer = setInterval(() => void check(), ANCHOR_CHECK_MS)
    timer.unref()
    return async () => clearInterval(timer)
  })
}, { name: 'audit', dependencies: ['db', 'config'] })
