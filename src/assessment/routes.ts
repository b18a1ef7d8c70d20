// 考核评议 routes (issue 22, art. 7): the ranking of a computed month (scoped to the user's subtree), its export, the
// weights (read by the board's users, added by city admins), a computation on demand (city admins), the public
// ranking of counties and townships, and the monthly job that computes the month before.
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { appendAudit } from '../audit/log.js'
import { BOARD_ROLES } from '../stats/routes.js'
import { assertCityAdmin } from '../users/scope.js'
import { contentDisposition, MIME, writeTable } from '../export/table.js'
import { Binary, Nullable, Open } from '../http/responses.js'
import { ASSESSMENT_QUEUE } from '../jobs/queues.js'
import { computeAssessment } from './compute.js'
import { assessmentRows, ASSESSMENT_COLUMNS } from './export.js'
import { currentMonth, previousMonth } from './month.js'
import { ASSESSED_LEVELS, assessmentRanking, publicAssessment } from './ranking.js'
import { addWeights, listWeights, weightsFor, WeightsSchema } from './weights.js'


const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' })
const RankingQuery = Type.Object({
  month: Type.Optional(Month),
  level: Type.Optional(Type.Union(ASSESSED_LEVELS.map((l) => Type.Literal(l)))),
  /** a division in the user's jurisdiction (default: the user's own unit's) */
  division: Type.Optional(Type.String({ pattern: '^[0-9]{6}([0-9]{3}){0,2}$' })),
})
const Level = Type.Unsafe<(typeof ASSESSED_LEVELS)[number]>({ type: 'string', enum: [...ASSESSED_LEVELS] })
const Int = Type.Integer()
const Rate = Nullable(Type.Number({ description: '0…1，样本不足时为 null / null when too few cases' }))
const RankingRowSchema = Open({
  unitId: Int, name: Type.String(), divisionCode: Type.String(), divisionName: Type.String(), level: Level,
  counts: Open({
    cases: Int, dispatched: Int, signedInTime: Int, closed: Int, onTime: Int, replied: Int, resolved: Int, evaluated: Int,
    satisfied: Int, partsJudged: Int, partsOnTime: Int, returns: Int, unansweredNotices: Int, accountability: Int,
  }),
  rates: Open({ onTime: Rate, response: Rate, resolution: Rate, satisfaction: Rate, parts: Rate }),
  deduction: Type.Number(), score: Nullable(Type.Number()), rank: Nullable(Int), rankOf: Nullable(Int), countyRank: Nullable(Int), countyRankOf: Nullable(Int),
}, '一个单位的考核结果 / One unit\'s result')
const RankingSchema = Open({
  month: Nullable(Open({ month: Type.String(), weightsVersion: Type.Integer(), weights: WeightsSchema, computedAt: Type.String() })),
  months: Type.Array(Type.String()),
  division: Open({ code: Type.String(), name: Type.String(), level: Type.String() }),
  level: Level,
  self: Nullable(RankingRowSchema),
  rows: Type.Array(RankingRowSchema),
}, '考核排名 / A month\'s assessment ranking')
const VersionSchema = Open({ version: Type.Integer(), effectiveFrom: Type.String(), weights: WeightsSchema, note: Nullable(Type.String()), createdAt: Type.String() }, '考核权重版本 / A version of the assessment weights')
const WeightsList = Type.Object({ current: VersionSchema, versions: Type.Array(VersionSchema) })
const AddWeightsBody = Type.Object({
  weights: WeightsSchema,
  /** the first month it applies to (YYYY-MM, this month or later; default this month) */
  effectiveFrom: Type.Optional(Month),
  note: Type.Optional(Type.String({ maxLength: 500 })),
}, { additionalProperties: false })
const ComputeBody = Type.Object({ month: Month }, { additionalProperties: false })
const SummarySchema = Type.Object({
  month: Type.String(), weightsVersion: Type.Integer(), weights: WeightsSchema, computedAt: Type.String(), cases: Type.Integer(),
  units: Type.Integer(), ranked: Type.Integer(), recomputed: Type.Boolean(),
})
const ExportQuery = Type.Object({ format: Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' }), ...RankingQuery.properties })
const PublicQuery = Type.Object({ month: Type.Optional(Month) })
const PublicSchema = Open({
  month: Nullable(Type.String()), months: Type.Array(Type.String()),
  counties: Type.Array(Open({ rank: Nullable(Type.Integer()), name: Type.String(), score: Nullable(Type.Number()) })),
  townships: Type.Array(Open({ county: Type.String(), rows: Type.Array(Open({ rank: Nullable(Type.Integer()), name: Type.String(), score: Nullable(Type.Number()) })) })),
}, '公开的考核排名（县区、乡镇街道）/ The public ranking of counties and townships')

const LEVEL_LABEL: Record<string, string> = { county: '县区', township: '乡镇街道', village: '村社区' }

export default async function assessmentRoutes(app: FastifyInstance) {
  const city = app.config.SUQIU_CITY

  app.get('/api/assessment', { preHandler: app.requireStaff(BOARD_ROLES), schema: { querystring: RankingQuery, response: { 200: RankingSchema } } }, async (request, reply) => {
    reply.header('cache-control', 'no-store')
    return assessmentRanking(app.sql, staffOf(request), request.query as Static<typeof RankingQuery>)
  })

  app.get('/api/assessment/export', { preHandler: app.requireStaff(BOARD_ROLES), schema: { querystring: ExportQuery, response: { 200: Binary([MIME.xlsx, 'text/csv'], '考核排名（.xlsx 或 CSV）/ The ranking (.xlsx or CSV)') } } }, async (request, reply) => {
    const user = staffOf(request)
    const { format, ...q } = request.query as Static<typeof ExportQuery>
    const ranking = await assessmentRanking(app.sql, user, q)
    await app.sql.begin((tx) => appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'export.assessment', caseId: null, detail: { format, ...q, month: ranking.month?.month ?? null, unitId: user.unit.id } }]))
    const title = `考核排名-${ranking.division.name}-${LEVEL_LABEL[ranking.level]}-${ranking.month?.month ?? ''}`
    const { stream, done } = writeTable(format, title.slice(0, 31), ASSESSMENT_COLUMNS, assessmentRows(ranking))
    done.catch((err: unknown) => app.log.error({ err, export: 'assessment' }, 'export failed while streaming'))
    return reply.header('content-type', MIME[format]).header('cache-control', 'no-store')
      .header('content-disposition', contentDisposition(`assessment-${ranking.month?.month ?? 'none'}.${format}`, `${title}.${format}`))
      .send(stream)
  })

  app.get('/api/assessment/weights', { preHandler: app.requireStaff(BOARD_ROLES), schema: { response: { 200: WeightsList } } }, async (_request, reply) => {
    reply.header('cache-control', 'no-store')
    return { current: await weightsFor(app.sql, currentMonth()), versions: await listWeights(app.sql) }
  })

  // city-wide settings belong to city admins (DESIGN rule 1); each version is an audit row
  app.post('/api/assessment/weights', { preHandler: app.requireStaff(['admin']), schema: { body: AddWeightsBody, response: { 201: VersionSchema } } }, async (request, reply) => {
    const user = staffOf(request)
    assertCityAdmin(user)
    return reply.status(201).send(await addWeights(app.sql, user, request.body as Static<typeof AddWeightsBody>))
  })

  app.post('/api/assessment/compute', { preHandler: app.requireStaff(['admin']), schema: { body: ComputeBody, response: { 200: SummarySchema } } }, async (request) => {
    const user = staffOf(request)
    assertCityAdmin(user)
    return computeAssessment(app.sql, city, (request.body as Static<typeof ComputeBody>).month, user)
  })

  app.get('/api/public/assessment', { config: { rateLimit: { max: 120, timeWindow: '1 minute' } }, schema: { querystring: PublicQuery, response: { 200: PublicSchema } } }, async (request, reply) => {
    reply.header('cache-control', 'public, max-age=300')
    return publicAssessment(app.sql, (request.query as Static<typeof PublicQuery>).month)
  })

  // the monthly job (1st of the month, 01:30 China time): the month before, with the weights in force for it
  app.jobHandlers[ASSESSMENT_QUEUE] = async () => {
    const month = previousMonth(currentMonth())
    const summary = await computeAssessment(app.sql, city, month, null)
    app.log.info({ month, weightsVersion: summary.weightsVersion, units: summary.units, ranked: summary.ranked }, 'monthly assessment computed')
    return summary
  }
}
