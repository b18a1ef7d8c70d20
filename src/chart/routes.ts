/**
 * The process chart (办理流程图, issue 23): public per case type (portal 公开 → 办理流程), and per case with its current
 * step and the dates of the steps it passed — for staff who may see the case, and for the complainant with the
 * tracking code and PIN. A case's chart carries states and dates only: nothing a list or the tracking page does not
 * already show.
 */
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { Binary, Nullable, Open } from '../http/responses.js'
import { staffOf } from '../auth/plugin.js'
import { caseMachine, type CaseSnapshot } from '../cases/machine.js'
import { loadVisibleCase } from '../cases/view.js'
import { addressFreeRateKey, anonymousRequestLog } from '../privacy/anonymous.js'
import { verifyTracking } from '../tracking/routes.js'
import { shanghaiDate } from '../calendar/workdays.js'
import { buildChartModel, CHART_TYPES, chartTypeLabels, type ChartModel, type ChartType } from './model.js'
import { buildPanel, type PanelItem } from './panel.js'
import { closeLayoutWorker, renderChartSvg, type Highlight } from './svg.js'

export interface ChartAnswer {
  type: ChartType
  title: string
  types: { type: ChartType; label: string }[]
  svg: string
  panel: PanelItem[]
  current?: string | null
}

/** What the chart routes answer (the OpenAPI document and Fastify's serializer read it). */
const ChartSchema = Open({
  type: Type.String(), title: Type.String(), types: Type.Array(Open({ type: Type.String(), label: Type.String() })),
  svg: Type.String({ description: '流程图（SVG）/ the chart as SVG' }),
  panel: Type.Array(Open({ key: Type.String(), title: Type.String(), lines: Type.Array(Type.String()) }), { description: '每一步由谁办理、时限与分办规则 / who acts at each step, its deadline and routing rules' }),
  current: Type.Optional(Nullable(Type.String({ description: '诉求当前所在步骤 / the case\'s current step' }))),
}, '办理流程图 / The process chart')

/** The chart a case of this complaint type follows. */
export function chartTypeOf(complaintType: string): ChartType {
  return complaintType === 'report' ? 'report' : complaintType === 'consultation' ? 'consultation' : 'complaint'
}

/** The chart node of the case region the snapshot is in: its deepest state the chart draws. */
export function currentNode(model: ChartModel, snapshot: Pick<CaseSnapshot, 'value'>): string | null {
  const path: string[] = ['case']
  let v: unknown = (snapshot.value as Record<string, unknown>).case
  while (v && typeof v === 'object') {
    const [k, next] = Object.entries(v as Record<string, unknown>)[0] ?? []
    if (!k) break
    path.push(k)
    v = next
  }
  if (typeof v === 'string') path.push(v)
  const ids = new Set(model.nodes.map((n) => n.id))
  while (path.length > 1 && !ids.has(path.join('.'))) path.pop()
  return path.length > 1 ? path.join('.') : null
}

const Query = Type.Object({ type: Type.Optional(Type.Union(CHART_TYPES.map((t) => Type.Literal(t)))) })
const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) })
const CodeParams = Type.Object({ code: Type.String({ minLength: 6, maxLength: 20 }) })

export default async function chartRoutes(app: FastifyInstance) {
  const svgCache = new Map<ChartType, string>()
  app.addHook('onClose', async () => { await closeLayoutWorker() })
  const types = CHART_TYPES.map((t) => ({ type: t, label: chartTypeLabels[t] }))

  async function answer(type: ChartType, highlight?: Highlight): Promise<ChartAnswer> {
    const model = buildChartModel(type)
    const routing = (await app.sql`select label, level from routing_rules order by category`).map((r) => ({ label: r.label as string, level: r.level as string }))
    let svg = highlight ? null : svgCache.get(type)
    if (!svg) {
      svg = await renderChartSvg(model, highlight)
      if (!highlight) svgCache.set(type, svg)
    }
    return { type, title: model.title, types, svg, panel: buildPanel(model, app.config, routing), current: highlight?.current ?? null }
  }

  /** The case's chart: its current step, and the Beijing date it last entered each step it passed. */
  async function caseChart(caseId: number): Promise<ChartAnswer> {
    const [row] = await app.sql`select c.snapshot, k.type, k.received_at from cases c join complaints k on k.id = c.id where c.id = ${caseId}`
    const snapshot = caseMachine.resolveState(row.snapshot) as CaseSnapshot
    const type = chartTypeOf(row.type)
    const model = buildChartModel(type)
    const passed: Record<string, string> = { 'case.intake': shanghaiDate(new Date(row.received_at)) }
    const ids = new Set(model.nodes.map((n) => n.id))
    for (const e of await app.sql`select to_state, created_at from case_events where case_id = ${caseId} order by version`) {
      const id = `case.${e.to_state}`
      if (ids.has(id)) passed[id] = shanghaiDate(new Date(e.created_at))
    }
    const current = currentNode(model, snapshot)
    return answer(type, { current, passed })
  }

  app.get('/api/public/process-chart', { config: { rateLimit: { max: 120, timeWindow: '1 minute' } }, schema: { querystring: Query, response: { 200: ChartSchema } } }, async (request, reply) => {
    const { type } = request.query as Static<typeof Query>
    reply.header('cache-control', 'public, max-age=300')
    return answer(type ?? 'complaint')
  })

  app.get('/api/public/process-chart.svg', { config: { rateLimit: { max: 120, timeWindow: '1 minute' } }, schema: { querystring: Query, response: { 200: Binary(['image/svg+xml'], '办理流程图（SVG，可打印）/ The process chart as SVG') } } }, async (request, reply) => {
    const { type } = request.query as Static<typeof Query>
    reply.header('cache-control', 'public, max-age=300').type('image/svg+xml; charset=utf-8')
    return (await answer(type ?? 'complaint')).svg
  })

  app.get('/api/cases/:id/process-chart', { preHandler: app.requireStaff(), schema: { params: Id, response: { 200: ChartSchema } } }, async (request, reply) => {
    const { id } = request.params as Static<typeof Id>
    await loadVisibleCase(app.sql, id, staffOf(request))
    reply.header('cache-control', 'no-store')
    return caseChart(id)
  })

  // the complainant's copy: only after the code + PIN check, logged and limited without the address (rule 3)
  const limit = { rateLimit: { max: 30, timeWindow: '1 minute', keyGenerator: addressFreeRateKey() } }
  app.get('/api/track/:code/process-chart', { config: limit, logSerializers: anonymousRequestLog, schema: { params: CodeParams, response: { 200: ChartSchema } } }, async (request, reply) => {
    const caseId = await verifyTracking(app, request)
    reply.header('cache-control', 'no-store')
    return caseChart(caseId)
  })
}
