// POST /api/intake/:channel — operators and clerks log what arrived by phone, letter, visit or fax.
import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { errors } from '../http/errors.js'
import type { StaffUser } from '../users/service.js'
import { createComplaint, type CreatedComplaint } from './create.js'
import { CHANNELS, type Channel } from './draft.js'
import { ComplaintBody, draftFromBody, type ComplaintBodyT } from './schema.js'
import { sealedRaw } from '../attachments/intake.js'
import { requestHash, unitExternalId } from './idempotency.js'
import { IntakeAnswerSchema } from '../api-docs/schemas.js'

/** The centre that registers what a user logs: their own unit if it is a centre, else the city centre. */
export async function registeringCentre(app: FastifyInstance, user: StaffUser | null): Promise<number> {
  if (user && user.unit.level !== 'village') {
    const [own] = await app.sql`select id from units where id = ${user.unit.id} and is_default`
    if (own) return Number(own.id)
  }
  const [city] = await app.sql`select id from units where division_code = ${app.config.SUQIU_CITY} and is_default`
  return Number(city.id)
}

export function answerOf(c: CreatedComplaint) {
  return { id: c.id, caseNumber: c.caseNumber, trackingCode: c.trackingCode, pin: c.pin, state: c.state, possibleDuplicateOf: c.possibleDuplicateOf }
}

/** Channels may register their own intake route; this generic one serves the rest. */
export default async function intakeRoutes(app: FastifyInstance) {
  const IntakeBody = Type.Intersect([ComplaintBody, Type.Object({ externalId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })) })])
  app.post('/api/intake/:channel', {
    preHandler: app.requireStaff(['operator', 'clerk', 'dispatcher']),
    schema: { params: Type.Object({ channel: Type.Union(CHANNELS.map((c) => Type.Literal(c))) }), body: IntakeBody, response: { 201: IntakeAnswerSchema, 200: IntakeAnswerSchema } },
  }, async (request, reply) => {
    const user = staffOf(request)
    const { channel } = request.params as { channel: Channel }
    const body = request.body as Static<typeof IntakeBody>
    const key = body.externalId ?? (request.headers['idempotency-key'] as string | undefined) ?? randomUUID()
    if (key.length > 128) throw errors.validation({ fields: [{ field: 'Idempotency-Key', message: '幂等键过长', messageEn: 'Idempotency-Key too long' }] })
    // the key names an item of this unit, sent by this user: another unit's or user's replay is not this intake
    const rootUnitId = await registeringCentre(app, user)
    const draft = draftFromBody(app, body as ComplaintBodyT, channel, unitExternalId('staff', rootUnitId, key), sealedRaw(app, channel, body, [], { by: user.id }))
    draft.requestHash = requestHash(app.cases.keys.hashKey, `user:${user.id}`, body)
    const created = await createComplaint(app.cases, draft, { rootUnitId, actor: { kind: 'staff', userId: user.id } })
    return reply.status(created.created ? 201 : 200).send(answerOf(created))
  })
}
