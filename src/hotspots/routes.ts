/**
 * GET /api/hotspots (主动治理, issue 23): the clusters of similar open and recent cases at the places of a division,
 * and the categories rising in its townships, for staff of that division. Every case is read through the one scope
 * rule (visibleTo: jurisdiction and recusal), so a cluster shown to a unit never holds a report against that unit or
 * the units below it: the report is not in what is clustered at all.
 */
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import type { Sql } from 'postgres'
import { staffOf } from '../auth/plugin.js'
import { inSubtree, divisionPrefix } from '../auth/jurisdiction.js'
import { visibleTo, type ScopedUser } from '../cases/access.js'
import { errors } from '../http/errors.js'
import { Open } from '../http/responses.js'
import { CLUSTER_DEFAULTS, findClusters, RISING_DEFAULTS, risingCategories, type HotspotCase } from './detect.js'
import { openProactiveTask, proactiveLinks, tasksOfCase } from './proactive.js'
import { loadVisibleCase } from '../cases/view.js'

/** The window: open cases of any age and cases received in the last WINDOW_DAYS days. */
export const WINDOW_DAYS = 30

/** The cases a viewer may see under `division`, open or received within the window (never those still at intake). */
export async function windowCases(sql: Sql, user: ScopedUser, division: string, now = new Date()): Promise<HotspotCase[]> {
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000)
  const rows = await sql`
    select c.id, c.division_code, c.category, k.content
    from cases c join complaints k on k.id = c.id
    where c.division_code like ${divisionPrefix(division) + '%'} and c.state <> 'intake' and c.type <> 'proactive'
      and (c.closed_at is null or k.received_at >= ${since})
      and ${visibleTo(sql, user)}`
  return rows.map((r) => ({ id: Number(r.id), divisionCode: r.division_code, category: r.category, text: r.content }))
}

/** Weekly counts per `${township}|${category}` for the last `weeks` weeks (7-day spans ending now), oldest first. */
export async function weeklyCategoryCounts(sql: Sql, user: ScopedUser, division: string, weeks: number, now = new Date()): Promise<Map<string, number>[]> {
  const start = new Date(now.getTime() - weeks * 7 * 86_400_000)
  const rows = await sql`
    select left(c.division_code, 9) as township, c.category,
           floor(extract(epoch from (k.received_at - ${start}::timestamptz)) / 604800)::int as week, count(*)::int as n
    from cases c join complaints k on k.id = c.id
    where c.division_code like ${divisionPrefix(division) + '%'} and length(c.division_code) >= 9 and c.category is not null
      and k.received_at >= ${start} and k.received_at < ${now} and c.state <> 'intake' and c.type <> 'proactive' and ${visibleTo(sql, user)}
    group by 1, 2, 3`
  const out = Array.from({ length: weeks }, () => new Map<string, number>())
  for (const r of rows) if (r.week >= 0 && r.week < weeks) out[r.week].set(`${r.township}|${r.category}`, r.n)
  return out
}

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

const PublicHotspotsSchema = Open({
  days: Type.Integer(),
  counties: Type.Array(Open({
    county: Type.String(), countyName: Type.String(),
    categories: Type.Array(Open({ category: Type.String(), label: Type.String(), count: Type.Union([Type.Integer(), Type.String()], { description: "件数，少于5件时为 '<5' / the count, '<5' under five" }) })),
  })),
}, '各县（市、区）近期最多的诉求类别 / Each county\'s top categories of late')
const HotspotsSchema = Open({
  division: Type.String(), rule: Open({ clusters: Type.String(), rising: Type.String() }),
  clusters: Type.Array(Open({
    place: Type.String(), keywords: Type.Array(Type.String()), size: Type.Integer(),
    cases: Type.Array(Open({ id: Type.Integer(), caseNumber: Type.String(), state: Type.String() })),
  })),
  rising: Type.Array(Open({ township: Type.String(), category: Type.String() })),
}, '热点：聚集的诉求与上升的类别 / Hotspots: clusters of cases and rising categories')

/** Counts under 5 are published as '<5' (DESIGN, 公开). */
const masked = (n: number): number | '<5' => (n < 5 ? '<5' : n)

/**
 * The public's view (公开): per county, the top categories of the last WINDOW_DAYS days — counts only, no text, no
 * place below the county; reports (举报) and cases at intake are never counted.
 */
export async function publicTopCategories(sql: Sql, now = new Date(), top = 5) {
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000)
  const rows = await sql`
    select left(c.division_code, 6) as county, c.category, count(*)::int as n
    from cases c join complaints k on k.id = c.id
    where k.received_at >= ${since} and k.type not in ('report', 'proactive') and c.state <> 'intake'
      and c.category is not null and length(c.division_code) >= 6
    group by 1, 2`
  const byCounty = new Map<string, { category: string; n: number }[]>()
  for (const r of rows) byCounty.set(r.county, [...(byCounty.get(r.county) ?? []), { category: r.category, n: r.n }])
  return [...byCounty].map(([county, cats]) => ({
    county,
    categories: cats.sort((a, b) => b.n - a.n || a.category.localeCompare(b.category)).slice(0, top).map((c) => ({ category: c.category, count: masked(c.n) })),
  })).sort((a, b) => a.county.localeCompare(b.county))
}

export default async function hotspotRoutes(app: FastifyInstance) {
  app.get('/api/public/hotspots', { config: { rateLimit: { max: 120, timeWindow: '1 minute' } }, schema: { response: { 200: PublicHotspotsSchema } } }, async (_request, reply) => {
    const labels = new Map((await app.sql`select category, label from routing_rules`).map((r) => [r.category as string, r.label as string]))
    const counties = await publicTopCategories(app.sql)
    reply.header('cache-control', 'public, max-age=300')
    return {
      days: WINDOW_DAYS,
      counties: counties.map((c) => ({
        county: c.county, countyName: app.divisions.get(c.county)?.name ?? c.county,
        categories: c.categories.map((k) => ({ ...k, label: labels.get(k.category) ?? k.category })),
      })),
    }
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

  app.get('/api/hotspots', {
    preHandler: app.requireStaff(['dispatcher', 'supervisor', 'inspector', 'officer']),
    schema: { querystring: Query, response: { 200: HotspotsSchema } },
  }, async (request, reply) => {
    const user = staffOf(request)
    const division = (request.query as Static<typeof Query>).division ?? user.unit.divisionCode
    if (!inSubtree(division, user.unit.divisionCode)) throw errors.outsideJurisdiction({ division })
    const [cases, weeks] = await Promise.all([
      windowCases(app.sql, user, division),
      weeklyCategoryCounts(app.sql, user, division, RISING_DEFAULTS.baselineWeeks + 1),
    ])
    const clusters = findClusters(cases)
    const rising = risingCategories(weeks)
    const ids = clusters.flatMap((c) => c.caseIds)
    const info = new Map((ids.length ? await app.sql`
      select c.id, k.case_number, c.state, k.received_at from cases c join complaints k on k.id = c.id where c.id = any(${ids}::bigint[])` : [])
      .map((r) => [Number(r.id), { id: Number(r.id), caseNumber: r.case_number as string, state: r.state as string, receivedAt: new Date(r.received_at).toISOString() }]))
    const places = [...new Set([...clusters.map((c) => c.place), ...rising.map((r) => r.township)])]
    const names = new Map(places.map((p) => [p, app.divisions.get(p)?.name ?? p]))
    const labels = new Map((await app.sql`select category, label from routing_rules`).map((r) => [r.category as string, r.label as string]))
    reply.header('cache-control', 'no-store')
    return {
      division,
      rule: {
        clusters: `同一村（社区）或乡镇（街道）近${WINDOW_DAYS}天内及在办的诉求，按分词关键词（TF-IDF）余弦相似度≥${CLUSTER_DEFAULTS.similarity}相连成簇，满${CLUSTER_DEFAULTS.minCases}件标出`,
        rising: `乡镇（街道）某类别本周件数≥${RISING_DEFAULTS.minCount}，且按前${RISING_DEFAULTS.baselineWeeks}周均值的泊松分布上尾概率<${RISING_DEFAULTS.alpha}`,
      },
      clusters: clusters.map((c) => ({
        place: c.place, placeName: names.get(c.place), keywords: c.keywords, category: c.category, categoryLabel: c.category ? labels.get(c.category) ?? c.category : null,
        size: c.caseIds.length, cases: c.caseIds.map((id) => info.get(id)).filter(Boolean),
      })),
      rising: rising.map((r) => ({ ...r, townshipName: names.get(r.township), categoryLabel: labels.get(r.category) ?? r.category })),
    }
  })
}
