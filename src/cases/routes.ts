// Case routes: list, read, events, routing suggestion, reveal; routing rules and holiday overrides for admins.
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { errors } from '../http/errors.js'
import { isDateStr } from '../calendar/workdays.js'
import { appendAudit } from '../audit/log.js'
import { assertCityAdmin } from '../users/scope.js'
import { decrypt } from '../privacy/crypto.js'
import { suggestChain } from '../routing/rules.js'
import { applyEvent, type EventInput } from './apply.js'
import { listCases } from './list.js'
import { ListFilterProperties, toCaseListQuery } from './list-query.js'
import { caseView, loadVisibleCase, staffActor } from './view.js'
import { visibleTo } from './access.js'
import { auditReportRead } from './read-audit.js'
import { caseMachine, type CaseSnapshot, type Level } from './machine.js'
import { CaseListSchema, CaseMovedAway, CaseViewSchema, LevelEnum, RoutingSuggestion } from '../api-docs/schemas.js'
import { Ok } from '../http/responses.js'

const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) })
const Rule = Type.Object({ category: Type.String(), label: Type.String(), level: LevelEnum })
const HolidayOverride = Type.Object({ day: Type.String(), isWorkday: Type.Boolean(), note: Type.Union([Type.String(), Type.Null()]) })
const text = (max = 2000) => Type.String({ minLength: 1, maxLength: max })

/** 协办单位 named by DISPATCH or DELEGATE: up to five, each with its part's deadline in working days. */
const Assisting = Type.Array(Type.Object({ unitId: Type.Integer({ minimum: 1 }), workingDays: Type.Integer({ minimum: 1, maximum: 20 }) }, { additionalProperties: false }), { maxItems: 5 })

/** One schema per event: the payloads of the issue, validated before the statechart sees them. */
const eventSchemas: Record<string, ReturnType<typeof Type.Object>> = {
  REGISTER: Type.Object({ category: text(64), complaintType: Type.Optional(Type.Union(['report', 'complaint', 'request', 'consultation', 'suggestion'].map((v) => Type.Literal(v)))), urgency: Type.Optional(Type.Union(['normal', 'urgent', 'critical'].map((v) => Type.Literal(v)))), divisionCode: Type.Optional(Type.String({ pattern: '^[0-9]{6,12}$' })), accusedUnitId: Type.Optional(Type.Integer({ minimum: 1 })) }),
  REJECT: Type.Object({ reason: text(500) }),
  MERGE: Type.Object({ intoCaseId: Type.Integer({ minimum: 1 }) }),
  WITHDRAW: Type.Object({ reason: text(500) }),
  DISPATCH: Type.Object({ chain: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 4 }), assisting: Type.Optional(Assisting) }),
  ANSWER: Type.Object({ text: text(5000) }),
  SIGN: Type.Object({}),
  RETURN: Type.Object({ reason: text(500) }),
  DELEGATE: Type.Object({ unitId: Type.Integer({ minimum: 1 }), assisting: Type.Optional(Assisting) }),
  REQUEST_EXTENSION: Type.Object({ workingDays: Type.Integer({ minimum: 1, maximum: 15 }), reason: text(500) }),
  APPROVE_EXTENSION: Type.Object({}),
  DENY_EXTENSION: Type.Object({ reason: text(500) }),
  SUBMIT_REPLY: Type.Object({ text: text(5000), resolved: Type.Boolean() }),
  APPROVE_REPLY: Type.Object({ text: Type.Optional(text(5000)) }),
  REJECT_REPLY: Type.Object({ reason: text(500) }),
  SEND_FEEDBACK: Type.Object({ text: text(5000), channel: Type.Union(['sms', 'email', 'phone', 'letter', 'tracking'].map((v) => Type.Literal(v))) }),
  EVALUATE: Type.Object({ rating: Type.Union(['satisfied', 'basic', 'unsatisfied'].map((v) => Type.Literal(v))), comment: Type.Optional(Type.String({ maxLength: 1000 })) }),
  DECIDE: Type.Object({ outcome: Type.Union([Type.Literal('redo'), Type.Literal('close')]), note: text(500) }),
  // 答复不实: the reason of the finding (an accountability record is opened on it, src/accountability)
  FIND_UNTRUE: Type.Object({ reason: text(500) }),
  SUPERVISE: Type.Object({ note: text(500) }),
  // 协办: the assisting unit acting is the sender's own (files: POST /api/cases/:id/parts/opinion)
  PART_SIGN: Type.Object({}),
  PART_RETURN: Type.Object({ reason: text(500) }),
  PART_SUBMIT: Type.Object({ text: text(5000) }),
  // 更换协办单位: the returned part (its seq) and the unit that takes it over, with its part's working days
  PART_REPLACE: Type.Object({ seq: Type.Integer({ minimum: 0 }), unitId: Type.Integer({ minimum: 1 }), workingDays: Type.Integer({ minimum: 1, maximum: 15 }) }),
}
const STAFF_EVENTS = Object.keys(eventSchemas)

/**
 * The body of POST /api/cases/:id/events: one schema per event type, chosen by `type` (ajv's discriminator), each
 * closed: a field the type does not define (`actor`, `at` …) is 400 unknown_field, never stored. Actor and time
 * are the server's.
 */
const EventBody = Type.Unsafe<{ type: string; expectedVersion?: number } & Record<string, unknown>>({
  type: 'object',
  required: ['type'],
  discriminator: { propertyName: 'type' },
  oneOf: STAFF_EVENTS.map((type) => Type.Object({
    type: Type.Literal(type),
    expectedVersion: Type.Optional(Type.Integer({ minimum: 0 })),
    ...eventSchemas[type].properties,
  }, { additionalProperties: false })),
})

export default async function caseRoutes(app: FastifyInstance) {
  app.get('/api/cases/:id', { preHandler: app.requireStaff(), schema: { params: Id, response: { 200: CaseViewSchema } } }, async (request, reply) => {
    reply.header('cache-control', 'no-store')
    const user = staffOf(request)
    const view = await caseView(app.sql, (request.params as { id: number }).id, user)
    await auditReportRead(app.sql, user, view, 'detail') // 查阅留痕: who read a report
    return view
  })

  app.post('/api/cases/:id/events', { preHandler: app.requireStaff(), schema: { params: Id, body: EventBody, response: { 200: Type.Union([CaseViewSchema, CaseMovedAway]) } } }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    const { type, expectedVersion, ...rest } = request.body as Static<typeof EventBody>
    await loadVisibleCase(app.sql, id, user) // 404 outside the jurisdiction, before anything else is said
    const applied = await applyEvent(app.cases, id, { type, ...rest } as EventInput, staffActor(user), expectedVersion)
    reply.header('cache-control', 'no-store')
    // a report naming the sender's own unit (or one above it) at REGISTER moved up out of their sight (回避)
    const [still] = await app.sql`select 1 from cases c where c.id = ${id} and ${visibleTo(app.sql, user)}`
    if (!still) return { id, version: applied.version, state: applied.state, visible: false }
    return caseView(app.sql, id, user)
  })

  const ListQuery = Type.Object({
    ...ListFilterProperties,
    page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  })
  app.get('/api/cases', { preHandler: app.requireStaff(), schema: { querystring: ListQuery, response: { 200: CaseListSchema } } }, async (request, reply) => {
    const { page, pageSize, ...filters } = request.query as Static<typeof ListQuery>
    reply.header('cache-control', 'no-store')
    return listCases(app.sql, staffOf(request), { ...toCaseListQuery(filters), page, pageSize })
  })

  app.get('/api/cases/:id/routing', { preHandler: app.requireStaff(), schema: { params: Id, response: { 200: RoutingSuggestion } } }, async (request) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    const row = await loadVisibleCase(app.sql, id, user)
    const ctx = (caseMachine.resolveState(row.snapshot) as CaseSnapshot).context
    const holder = ctx.chain.length ? ctx.chain[ctx.chain.length - 1].unitId : ctx.rootUnitId
    const [holderUnit] = await app.sql`select division_code from units where id = ${holder}`
    const [accused] = ctx.accusedUnitId ? await app.sql`select level, division_code, is_default from units where id = ${ctx.accusedUnitId}` : []
    return suggestChain(app.sql, {
      category: ctx.category, divisionCode: ctx.divisionCode, holderDivision: holderUnit.division_code,
      // the suggestion walks default units: the accused unit's subtree holds those of its division only when it is one
      accusedLevel: (accused?.level as Level) ?? null, accusedDivision: accused?.is_default ? accused.division_code : null,
    })
  })

  const RevealBody = Type.Object({ field: Type.Union(['name', 'phone', 'email', 'idNumber', 'address'].map((v) => Type.Literal(v))), reason: Type.String({ minLength: 2, maxLength: 300 }) })
  app.post('/api/cases/:id/reveal', { preHandler: app.requireStaff(), schema: { params: Id, body: RevealBody, response: { 200: Type.Object({ field: Type.String(), value: Type.String() }) } } }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    const { field, reason } = request.body as Static<typeof RevealBody>
    await loadVisibleCase(app.sql, id, user)
    const [row] = await app.sql`select identity from complaints where id = ${id}`
    const token = row?.identity?.[field]
    if (!token) throw errors.notFound({ field, reason: 'field_not_given' })
    const value = decrypt(app.cases.keys.encKey, token)
    await app.sql.begin((tx) => appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'identity.reveal', caseId: id, detail: { field, reason, unitId: user.unit.id } }]))
    reply.header('cache-control', 'no-store')
    return { field, value }
  })

  app.get('/api/routing-rules', { preHandler: app.requireStaff(), schema: { response: { 200: Type.Array(Rule) } } }, async () =>
    (await app.sql`select category, label, level from routing_rules order by category`).map((r) => ({ category: r.category, label: r.label, level: r.level })))

  const RuleBody = Type.Object({ label: Type.String({ minLength: 1, maxLength: 60 }), level: Type.Union(['city', 'county', 'township', 'village'].map((v) => Type.Literal(v))) })
  app.put('/api/routing-rules/:category', {
    preHandler: app.requireStaff(['admin']),
    schema: { params: Type.Object({ category: Type.String({ pattern: '^[a-z_]{2,40}$' }) }), body: RuleBody, response: { 200: Rule } },
  }, async (request) => {
    assertCityAdmin(staffOf(request))
    const { category } = request.params as { category: string }
    const { label, level } = request.body as Static<typeof RuleBody>
    // the rules live in the category catalogue (src/catalogue, migration 0025): a new code is a first-level entry
    await app.sql`insert into categories (code, depth, label, handling_level) values (${category}, 1, ${label}, ${level})
                  on conflict (code) do update set label = excluded.label, handling_level = excluded.handling_level, updated_at = now()`
    return { category, label, level }
  })

  app.get('/api/holiday-overrides', { preHandler: app.requireStaff(), schema: { response: { 200: Type.Array(HolidayOverride) } } }, async () =>
    (await app.sql`select to_char(day, 'YYYY-MM-DD') as day, is_workday, note from holiday_overrides order by day`).map((r) => ({ day: r.day, isWorkday: r.is_workday, note: r.note })))

  const DayParams = Type.Object({ day: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) })
  app.put('/api/holiday-overrides/:day', {
    preHandler: app.requireStaff(['admin']),
    schema: { params: DayParams, body: Type.Object({ isWorkday: Type.Boolean(), note: Type.Optional(Type.String({ maxLength: 100 })) }), response: { 200: HolidayOverride } },
  }, async (request) => {
    assertCityAdmin(staffOf(request))
    const { day } = request.params as { day: string }
    const { isWorkday, note } = request.body as { isWorkday: boolean; note?: string }
    if (!isDateStr(day)) throw errors.validation({ fields: [{ field: 'day', message: '日期无效', messageEn: 'Invalid date' }] })
    await app.sql`insert into holiday_overrides (day, is_workday, note) values (${day}, ${isWorkday}, ${note ?? null})
                  on conflict (day) do update set is_workday = excluded.is_workday, note = excluded.note`
    await app.reloadCalendar()
    return { day, isWorkday, note: note ?? null }
  })
  app.delete('/api/holiday-overrides/:day', { preHandler: app.requireStaff(['admin']), schema: { params: DayParams, response: { 200: Ok } } }, async (request) => {
    assertCityAdmin(staffOf(request))
    await app.sql`delete from holiday_overrides where day = ${(request.params as { day: string }).day}`
    await app.reloadCalendar()
    return { ok: true }
  })

}
