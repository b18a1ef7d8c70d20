// The complaint form shared by the web channel and the staff intake API (TypeBox, written for the API).
import { Type, type Static } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import { COMPLAINT_TYPES, REPLY_CHANNELS, URGENCIES, type Channel, type ComplaintDraft } from './draft.js'
import { errors } from '../http/errors.js'

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)))

export const ComplainantSchema = Type.Union([
  Type.Object({ anonymous: Type.Literal(true) }),
  Type.Object({
    anonymous: Type.Literal(false),
    name: Type.String({ minLength: 1, maxLength: 50 }),
    phone: Type.Optional(Type.String({ maxLength: 30 })),
    email: Type.Optional(Type.String({ maxLength: 200 })),
    idNumber: Type.Optional(Type.String({ maxLength: 30 })),
    address: Type.Optional(Type.String({ maxLength: 200 })),
  }),
])

export const ComplaintBody = Type.Object({
  type: lit(COMPLAINT_TYPES),
  urgency: Type.Optional(lit(URGENCIES)),
  title: Type.Optional(Type.String({ maxLength: 100 })),
  content: Type.String({ minLength: 5, maxLength: 10000 }),
  address: Type.Optional(Type.String({ maxLength: 200 })),
  divisionCode: Type.Optional(Type.String({ pattern: '^[0-9]{6,12}$' })),
  category: Type.Optional(Type.String({ maxLength: 64 })),
  complainant: ComplainantSchema,
  preferredChannel: Type.Optional(lit(REPLY_CHANNELS)),
  accusedUnitId: Type.Optional(Type.Integer({ minimum: 1 })),
})
export type ComplaintBodyT = Static<typeof ComplaintBody>

/** A title from the first words of the content when the form left it out. */
export function titleFrom(content: string): string {
  const first = content.trim().split(/[\n。！？!?]/)[0].trim()
  return first.length > 30 ? first.slice(0, 30) + '…' : first
}

/** The draft for a form body: the place resolved from the address when the form gave no division. */
export function draftFromBody(app: FastifyInstance, body: ComplaintBodyT, channel: Channel, externalId: string, raw: unknown, extra?: Record<string, unknown>): ComplaintDraft {
  let divisionCode = body.divisionCode ?? null
  if (divisionCode && !app.divisions.get(divisionCode)) {
    throw errors.validation({ fields: [{ field: 'divisionCode', message: '行政区划代码不存在', messageEn: 'Unknown division code' }] })
  }
  if (!divisionCode && body.address) {
    const resolved = app.divisions.resolve(body.address)
    if (resolved.status === 'found' && resolved.division.level !== 'city') divisionCode = resolved.division.code
  }
  return {
    channel, externalId, receivedAt: new Date(), type: body.type, urgency: body.urgency ?? 'normal',
    title: body.title?.trim() || titleFrom(body.content), content: body.content.trim(),
    divisionCode, address: body.address ?? null, category: body.category ?? null,
    complainant: body.complainant.anonymous ? { anonymous: true } : { ...body.complainant, anonymous: false },
    preferredChannel: body.preferredChannel ?? null, accusedUnitId: body.accusedUnitId ?? null,
    raw, extra,
  }
}
