// 问责 routes (issue 22, art. 8): inspectors list, read and decide the records within their scope (records.ts);
// the admins above a unit keep its 责任人 / 分管领导 / 主要领导, from today on; a city admin corrects the past with a
// reason (people.ts). Every change is audited.
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { administeredUnit, isCityAdmin } from '../users/scope.js'
import { Nullable, Open } from '../http/responses.js'
import { TRIGGERS } from './open.js'
import { addPerson, correctionFor, endPerson, keepsPeopleOf, keptUnit, listPeople, peopleOn, RESPONSIBLE_ROLES } from './people.js'
import { decideRecord, DECISIONS, listRecords, loadVisibleRecord, recordItem, RECORD_STATES } from './records.js'
import { isDateStr, shanghaiDate } from '../calendar/workdays.js'
import { errors } from '../http/errors.js'

/** A date the pattern lets through but the calendar has not (2026-02-30) is a 400, not a database error. */
function realDay(field: string, day: string | undefined): void {
  if (day !== undefined && !isDateStr(day)) throw errors.validation({ fields: [{ field, message: '日期无效', messageEn: 'Not a valid date' }] })
}

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)))
const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD（北京时间的日期）' })
const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) })

const PersonOfDay = Nullable(Type.Object({ name: Type.String(), title: Nullable(Type.String()), validFrom: Type.String() }))
const RecordSchema = Open({
  id: Type.Integer(), unit: Open({ id: Type.Integer(), name: Type.String() }), caseId: Nullable(Type.Integer()), noticeId: Nullable(Type.Integer()),
  trigger: literals(TRIGGERS), triggerLabel: Type.String(), openedAt: Nullable(Type.String()),
  facts: Open({}, '事实：哪个环节、超期多久、哪次答复、哪份督办单（不含诉求人身份）/ The facts (never the complainant\'s identity)'),
  people: Open({ day: Nullable(Type.String()), items: Type.Array(Open({ role: Type.String(), roleLabel: Type.String(), person: PersonOfDay })) }),
  state: literals(RECORD_STATES), stateLabel: Type.String(), decision: Nullable(literals(DECISIONS)), decisionLabel: Nullable(Type.String()),
  reason: Nullable(Type.String()), decidedBy: Nullable(Type.String()), decidedAt: Nullable(Type.String()),
}, '问责线索 / An accountability record')
const RecordPage = Open({ total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer(), items: Type.Array(RecordSchema) }, '问责线索列表 / Accountability records')

const PersonSchema = Type.Object({
  id: Type.Integer(), role: literals(RESPONSIBLE_ROLES), roleLabel: Type.String(), name: Type.String(), title: Nullable(Type.String()),
  validFrom: Type.String(), validTo: Nullable(Type.String()),
})
const PeopleAnswer = Type.Object({
  unitId: Type.Integer(), day: Type.String(), inOffice: Type.Object({ responsible: PersonOfDay, in_charge: PersonOfDay, principal: PersonOfDay }),
  history: Type.Array(PersonSchema),
  mayKeep: Type.Boolean({ description: '当前管理员可登记该单位的到任、离任（本单位的由上级单位管理员登记）/ Whether you may enter or end terms at this unit' }),
  mayCorrect: Type.Boolean({ description: '当前管理员可更正过去的任职记录（市级管理员，须填写理由）/ Whether you may correct past terms (city admins, with a reason)' }),
}, { description: '单位责任人任职记录 / A unit\'s responsible people, by date' })

export default async function accountabilityRoutes(app: FastifyInstance) {
  const ListQuery = Type.Object({
    state: Type.Optional(literals(RECORD_STATES)), trigger: Type.Optional(literals(TRIGGERS)), unitId: Type.Optional(Type.Integer({ minimum: 1 })),
    page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })), pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  }, { additionalProperties: false })
  app.get('/api/accountability/records', { preHandler: app.requireStaff(['inspector']), schema: { querystring: ListQuery, response: { 200: RecordPage } } }, async (request, reply) => {
    const q = request.query as Static<typeof ListQuery>
    reply.header('cache-control', 'no-store')
    return listRecords(app.sql, staffOf(request), { ...q, page: q.page ?? 1, pageSize: q.pageSize ?? 20 })
  })

  app.get('/api/accountability/records/:id', { preHandler: app.requireStaff(['inspector']), schema: { params: Id, response: { 200: RecordSchema } } }, async (request, reply) => {
    reply.header('cache-control', 'no-store')
    return recordItem(await loadVisibleRecord(app.sql, (request.params as { id: number }).id, staffOf(request)))
  })

  const DecisionBody = Type.Object({ decision: literals(DECISIONS), reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false })
  app.post('/api/accountability/records/:id/decision', { preHandler: app.requireStaff(['inspector']), schema: { params: Id, body: DecisionBody, response: { 200: RecordSchema } } }, async (request, reply) => {
    const { decision, reason } = request.body as Static<typeof DecisionBody>
    reply.header('cache-control', 'no-store')
    return decideRecord(app.sql, staffOf(request), (request.params as { id: number }).id, decision, reason.trim() || reason)
  })

  // 责任人: the admins of the unit's subtree read them; the admins above the unit keep them (never its own: a record names them)
  const UnitParams = Type.Object({ unitId: Type.Integer({ minimum: 1 }) })
  const OnQuery = Type.Object({ on: Type.Optional(Day) }, { additionalProperties: false })
  app.get('/api/admin/units/:unitId/responsible-people', { preHandler: app.requireStaff(['admin']), schema: { params: UnitParams, querystring: OnQuery, response: { 200: PeopleAnswer } } }, async (request) => {
    const { unitId } = request.params as Static<typeof UnitParams>
    await administeredUnit(app.db, staffOf(request), unitId)
    const { on } = request.query as Static<typeof OnQuery>
    realDay('on', on)
    const day = on ?? shanghaiDate(new Date())
    const admin = staffOf(request)
    const mayKeep = keepsPeopleOf(admin, unitId)
    return { unitId, day, inOffice: await peopleOn(app.sql, unitId, day), history: await listPeople(app.sql, unitId), mayKeep, mayCorrect: mayKeep && isCityAdmin(admin) }
  })

  const CorrectionReason = Type.Optional(Type.String({ maxLength: 500, description: '更正理由：日期早于今天时必填，仅市级管理员 / Required for a date before today; city admins only' }))
  const PersonBody = Type.Object({
    role: literals(RESPONSIBLE_ROLES), name: Type.String({ minLength: 1, maxLength: 100 }), title: Type.Optional(Type.String({ maxLength: 100 })), validFrom: Day,
    correctionReason: CorrectionReason,
  }, { additionalProperties: false })
  app.post('/api/admin/units/:unitId/responsible-people', { preHandler: app.requireStaff(['admin']), schema: { params: UnitParams, body: PersonBody, response: { 201: PersonSchema } } }, async (request, reply) => {
    const { unitId } = request.params as Static<typeof UnitParams>
    const admin = staffOf(request)
    const { correctionReason, ...input } = request.body as Static<typeof PersonBody>
    realDay('validFrom', input.validFrom)
    await keptUnit(app.db, admin, unitId)
    const correction = correctionFor(admin, input.validFrom, shanghaiDate(new Date()), correctionReason)
    return reply.status(201).send(await addPerson(app.sql, admin, unitId, input, correction))
  })

  const EndBody = Type.Object({ validTo: Day, correctionReason: CorrectionReason }, { additionalProperties: false })
  app.post('/api/admin/responsible-people/:id/end', { preHandler: app.requireStaff(['admin']), schema: { params: Id, body: EndBody, response: { 200: PersonSchema } } }, async (request) => {
    const admin = staffOf(request)
    const { validTo, correctionReason } = request.body as Static<typeof EndBody>
    realDay('validTo', validTo)
    return endPerson(app.sql, admin, (request.params as { id: number }).id, validTo, async (unitId) => {
      await keptUnit(app.db, admin, unitId)
      return correctionFor(admin, validTo, shanghaiDate(new Date()), correctionReason)
    })
  })
}
