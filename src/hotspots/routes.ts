/**
 * GET /api/hotspots (主动治理, issue 23): the clusters of similar open and recent cases at the places of a division,
 * and the categories rising in its townships, for staff of that division; GET /api/public/hotspots for everyone; and
 * the nightly job that stores the city's run they read (src/hotspots/views.ts, runs.ts). Every case is read through
 * the one scope rule (jurisdiction and recusal), so a cluster shown to a unit never holds a report against that unit
 * or the units below it.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { inSubtree } from '../auth/jurisdiction.js'
import { errors } from '../http/errors.js'
import { Nullable, Open } from '../http/responses.js'
import { RISING_DEFAULTS } from './detect.js'
import { openProactiveTask, proactiveLinks, tasksOfCase } from './proactive.js'
import { loadVisibleCase } from '../cases/view.js'
import { Binary } from '../http/responses.js'
import { renderTrendSvg, type TrendChart } from '../chart/trend.js'
import { TREND_WEEKS } from './public.js'
import { deleteOldHotspotRuns, HOTSPOT_QUEUE, storeHotspotRun } from './runs.js'
import { publicHotspots as publicAnswer, staffHotspots as staffAnswer, type HotspotViewDeps } from './views.js'

const ComputedAt = Type.String({ format: 'date-time', description: '数据更新于：所读夜间计算的时间（尚无存储结果时为当前时间）/ when the nightly run read was computed (now when none is stored yet)' })
const Stored = Type.Boolean({ description: '是否读自存储的夜间计算结果 / whether the answer was read from the stored nightly run' })

const Query = Type.Object({ division: Type.Optional(Type.String({ pattern: '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$' })) })

/** 主动治理: the cases of a cluster (or any the creator picks) and what the task is to do. */
const ProactiveBody = Type.Object({
  caseIds: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 500 }),
  category: Type.String({ minLength: 1, maxLength: 64 }),
  content: Type.String({ minLength: 1, maxLength: 4000, pattern: '\\S' }),
  title: Type.Optional(Type.String({ maxLength: 200 })),
  urgency: Type.Optional(Type.Union([Type.Literal('normal'), Type.Literal('urgent'), Type.Literal('critical')])),
}, { additionalProperties: false })
const CaseId = Type.Object({ id: Type.Integer({ minimum: 1 }) })
const ProactiveTaskSchema = Type.Object({
  id: Type.Integer(), caseNumber: Type.String(), state: Type.String(), stateLabel: Type.String(), linked: Type.Integer(),
}, { description: '新开的主动治理任务（无诉求人，无查询密码）/ The proactive task opened (no complainant, no PIN)' })
const ProactiveLinksSchema = Type.Object({
  cases: Type.Array(Type.Object({
    id: Type.Integer(), caseNumber: Type.String(), state: Type.String(), stateLabel: Type.String(), type: Type.String(),
    category: Type.Union([Type.String(), Type.Null()]), receivedAt: Type.String({ format: 'date-time' }),
  })),
  tasks: Type.Array(Type.Object({ id: Type.Integer(), caseNumber: Type.String(), state: Type.String() })),
}, { description: '主动治理任务关联的诉求，及诉求所属的主动治理任务（仅本人可见者）/ Linked cases and tasks the viewer may see' })

const MaskedCount = Type.Union([Type.Integer(), Type.Literal('<5')], { description: "件数，少于5件时为 '<5' / the count, '<5' under five" })
const PublicTrendSchema = Type.Array(Open({
  category: Type.String(), label: Type.String(), rising: Type.Boolean(),
  counts: Type.Array(Type.Union([Type.Integer(), Type.Null()]), { description: '每周件数，少于5件为 null（不公开）/ weekly counts, null under five (not published)' }),
}), { description: '近几周各类别的每周件数 / the weekly counts of the categories' })
const PublicProactiveSchema = Open({
  resolved: MaskedCount,
  tasks: Type.Array(Open({
    township: Nullable(Type.String()), townshipName: Nullable(Type.String()), category: Nullable(Type.String()), label: Nullable(Type.String()),
    resolvedOn: Type.String({ description: '办结日期 / the day it was resolved' }),
    summary: Nullable(Type.String({ description: '经审核的公开摘要，未审核时为 null / the approved public summary, null until approved' })),
  })),
}, '已办结的主动治理任务（不含涉及举报的）/ Proactive tasks resolved (none linked to a report)')
const PublicHotspotsSchema = Open({
  days: Type.Integer(), proactiveDays: Type.Integer(), computedAt: ComputedAt, stored: Stored,
  weeks: Type.Array(Type.String(), { description: '每周的第一天（北京时间）/ the first day of each week (Beijing)' }),
  city: Open({ trend: PublicTrendSchema, proactive: PublicProactiveSchema }),
  counties: Type.Array(Open({
    county: Type.String(), countyName: Type.String(),
    categories: Type.Array(Open({ category: Type.String(), label: Type.String(), count: MaskedCount })),
    trend: PublicTrendSchema,
    proactive: PublicProactiveSchema,
  })),
}, '各县（市、区）近期最多的诉求类别、趋势和已办结的主动治理任务 / Each county\'s top categories of late, their trend and the proactive tasks resolved')
const PublicChartQuery = Type.Object({ county: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })) })
const TrendSvg = Binary(['image/svg+xml'], '热点趋势图（SVG）/ The hotspot trend chart as SVG')
const HotspotsSchema = Open({
  division: Type.String(), computedAt: ComputedAt, stored: Stored, rule: Open({ clusters: Type.String(), rising: Type.String() }),
  clusters: Type.Array(Open({
    place: Type.String(), placeName: Type.String(), keywords: Type.Array(Type.String()), size: Type.Integer(),
    category: Nullable(Type.String()), categoryLabel: Nullable(Type.String()),
    cases: Type.Array(Open({ id: Type.Integer(), caseNumber: Type.String(), state: Type.String(), receivedAt: Type.String({ format: 'date-time' }) })),
  })),
  rising: Type.Array(Open({
    township: Type.String(), townshipName: Type.String(), category: Type.String(), categoryLabel: Type.String(),
    count: Type.Integer({ description: '本周件数 / this week\'s count' }), baseline: Type.Number({ description: '基线周均件数 / the baseline weeks\' mean' }),
    pValue: Type.Number({ description: '泊松上尾概率 / P(X ≥ count) under the baseline' }),
  })),
  trend: Open({
    weeks: Type.Array(Type.String()),
    series: Type.Array(Open({
      township: Type.String(), townshipName: Type.String(), category: Type.String(), categoryLabel: Type.String(),
      counts: Type.Array(Type.Integer()), baseline: Type.Number(), rising: Type.Boolean(),
    })),
  }, '上升类别（或上周最多者）的每周件数 / weekly counts of the rising categories, or the busiest of last week'),
}, '热点：聚集的诉求与上升的类别 / Hotspots: clusters of cases and rising categories')

export default async function hotspotRoutes(app: FastifyInstance) {
  const categoryLabels = async () => new Map((await app.sql`select category, label from routing_rules`).map((r) => [r.category as string, r.label as string]))
  const placeName = (code: string | null) => (code ? app.divisions.get(code)?.name ?? code : null)
  const deps: HotspotViewDeps = { sql: app.sql, placeName: (code) => placeName(code)!, categoryLabels }
  const publicHotspots = () => publicAnswer(deps)
  const staffHotspots = (user: ReturnType<typeof staffOf>, division: string) => staffAnswer(deps, user, division)

  // the nightly run (HOTSPOT_CRON, Beijing time): the city's clusters and counts stored, runs older than
  // HOTSPOT_RUNS_KEEP_DAYS deleted (the newest always kept)
  app.jobHandlers[HOTSPOT_QUEUE] = async () => {
    const run = await storeHotspotRun(app.sql)
    const deleted = await deleteOldHotspotRuns(app.sql, app.config.HOTSPOT_RUNS_KEEP_DAYS)
    app.log.info({ ...run, deleted }, 'hotspot run stored')
    return { ...run, deleted }
  }

  app.get('/api/public/hotspots', { config: { rateLimit: { max: 120, timeWindow: '1 minute' } }, schema: { response: { 200: PublicHotspotsSchema } } }, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300')
    return publicHotspots()
  })

  // the trend as SVG, drawn on the server like the process chart: the city's, or one county's
  app.get('/api/public/hotspots/chart.svg', { config: { rateLimit: { max: 120, timeWindow: '1 minute' } }, schema: { querystring: PublicChartQuery, response: { 200: TrendSvg } } }, async (request, reply) => {
    const { county } = request.query as Static<typeof PublicChartQuery>
    const data = await publicHotspots()
    const area = county ? data.counties.find((c) => c.county === county) : null
    const chart: TrendChart = {
      title: `${county ? placeName(county) : '全市'}诉求热点趋势（近${TREND_WEEKS}周，每周件数）`,
      weeks: data.weeks,
      series: (county ? area?.trend ?? [] : data.city.trend).map((s) => ({ label: s.label, counts: s.counts, rising: s.rising })),
      note: '举报和未受理的诉求不计入；每周少于5件不公开（图中为空缺）。↑：本周件数远高于前8周均值（泊松检验）',
    }
    reply.header('cache-control', 'public, max-age=300').type('image/svg+xml; charset=utf-8')
    return renderTrendSvg(chart)
  })

  // a township or county opens a 主动治理 task of its own from a cluster; dispatched afterwards like any case
  app.post('/api/hotspots/proactive', {
    preHandler: app.requireStaff(['dispatcher', 'supervisor']),
    schema: { body: ProactiveBody, response: { 201: ProactiveTaskSchema } },
  }, async (request, reply) => {
    const task = await openProactiveTask(app.cases, staffOf(request), request.body as Static<typeof ProactiveBody>)
    reply.code(201).header('cache-control', 'no-store')
    return task
  })

  // the cases a task is linked to, and the tasks a case is linked to, as far as this viewer may see them (回避)
  app.get('/api/cases/:id/proactive-links', { preHandler: app.requireStaff(), schema: { params: CaseId, response: { 200: ProactiveLinksSchema } } }, async (request, reply) => {
    const user = staffOf(request)
    const id = (request.params as Static<typeof CaseId>).id
    await loadVisibleCase(app.sql, id, user)
    reply.header('cache-control', 'no-store')
    return { cases: await proactiveLinks(app.sql, user, id), tasks: await tasksOfCase(app.sql, user, id) }
  })

  const staffDivision = (request: FastifyRequest) => {
    const user = staffOf(request)
    const division = (request.query as Static<typeof Query>).division ?? user.unit.divisionCode
    if (!inSubtree(division, user.unit.divisionCode)) throw errors.outsideJurisdiction({ division })
    return { user, division }
  }
  const HOTSPOT_ROLES = ['dispatcher', 'supervisor', 'inspector', 'officer'] as const

  app.get('/api/hotspots', {
    preHandler: app.requireStaff([...HOTSPOT_ROLES]),
    schema: { querystring: Query, response: { 200: HotspotsSchema } },
  }, async (request, reply) => {
    const { user, division } = staffDivision(request)
    reply.header('cache-control', 'no-store')
    return staffHotspots(user, division)
  })

  // the rising categories' weeks as SVG (the board and 热点发现 show it), scoped as the view above
  app.get('/api/hotspots/chart.svg', {
    preHandler: app.requireStaff([...HOTSPOT_ROLES]),
    schema: { querystring: Query, response: { 200: TrendSvg } },
  }, async (request, reply) => {
    const { user, division } = staffDivision(request)
    const data = await staffHotspots(user, division)
    const chart: TrendChart = {
      title: `${placeName(division)}诉求热点趋势（近${data.trend.weeks.length}周，每周件数）`,
      weeks: data.trend.weeks,
      series: data.trend.series.map((s) => ({ label: `${s.townshipName} · ${s.categoryLabel}`, counts: s.counts, baseline: s.baseline, rising: s.rising })),
      note: data.trend.series.some((s) => s.rising) ? `粗线：上升类别（${data.rule.rising}）；虚线：前${RISING_DEFAULTS.baselineWeeks}周均值` : `本周无上升类别，显示上周件数最多的类别；虚线：前${RISING_DEFAULTS.baselineWeeks}周均值`,
    }
    reply.header('cache-control', 'no-store').type('image/svg+xml; charset=utf-8')
    return renderTrendSvg(chart)
  })
}
