// The `lookup` plugin: POST /api/lookup/person (查人, from the call form and 诉求查询) and the start-up backfill of
// name hashes. The value travels in the body, never in a URL (access logs and browser history keep URLs).
import fp from 'fastify-plugin'
import { Type, type Static } from '@sinclair/typebox'
import { Nullable, Open } from '../http/responses.js'
import { staffOf } from '../auth/plugin.js'
import { backfillNameHashes } from './backfill.js'
import { IDENTIFIER_KINDS, LOOKUP_VIAS, lookupPerson } from './person.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** the start-up backfill of name hashes (resolves with the rows written; tests wait for it) */
    nameHashBackfill: Promise<number> | null
  }
}

const PersonBody = Type.Object({
  kind: Type.Union(IDENTIFIER_KINDS.map((k) => Type.Literal(k))),
  value: Type.String({ minLength: 1, maxLength: 100 }),
  via: Type.Optional(Type.Union(LOOKUP_VIAS.filter((v) => v !== 'pop').map((v) => Type.Literal(v)))),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
}, { additionalProperties: false })

/** What a look-up answers (the OpenAPI document and Fastify's serializer read it); the identity stays masked. */
const PersonCase = Open({
  id: Type.Integer(), caseNumber: Type.String(), type: Type.String(), channel: Type.String(), state: Type.String(), stateLabel: Type.String(),
  title: Nullable(Type.String()), receivedAt: Type.String(), open: Type.Boolean(),
}, '此人的一件诉求 / One of the person\'s cases')
const PersonLookupAnswer = Open({ kind: Type.String(), items: Type.Array(PersonCase), openCase: Nullable(PersonCase) }, '查人结果 / A person look-up')

export default fp(async (app) => {
  app.decorate('nameHashBackfill', null)
  app.addHook('onReady', async () => {
    // in the background: a large installation's first start after 0025 need not wait for it
    app.nameHashBackfill = backfillNameHashes(app.sql, app.cases.keys, app.log).then((n) => {
      if (n) app.log.info({ rows: n }, 'look-up: names of earlier complaints hashed')
      return n
    }, (err: unknown) => {
      app.log.warn({ err }, 'look-up: hashing the names of earlier complaints stopped; the next start goes on')
      return 0
    })
  })

  app.post('/api/lookup/person', { preHandler: app.requireStaff(), schema: { body: PersonBody, response: { 200: PersonLookupAnswer } } }, async (request, reply) => {
    const body = request.body as Static<typeof PersonBody>
    reply.header('cache-control', 'no-store')
    return lookupPerson(app.sql, app.cases.keys.hashKey, staffOf(request), { kind: body.kind, value: body.value, via: body.via ?? 'search', limit: body.limit })
  })
}, { name: 'lookup', dependencies: ['cases'] })
