// The desk's routes: merge suggestions, saved list views, batch actions and exports of the lists and the board.
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { AppError, errors } from '../http/errors.js'
import { Binary, Nullable, Ok, Open } from '../http/responses.js'
import { applyEvent, type EventInput } from '../cases/apply.js'
import { loadVisibleCase, staffActor } from '../cases/view.js'
import { mergeCandidates } from './merge-candidates.js'
import { caseView } from '../cases/view.js'
import { auditReportRead } from '../cases/read-audit.js'
import { EVENT_PERMISSIONS } from '../cases/permissions.js'
import { renderWorkOrder } from '../print/work-order.js'
import { PRINT_HEADERS } from '../print/html.js'
import { htmlToPdf, launchChromium, CHROMIUM_PATH } from '../print/pdf.js'
import { existsSync } from 'node:fs'

const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) })
const MAX_SAVED_VIEWS = 50
export const MAX_BATCH = 100

// what the routes answer (the OpenAPI document and Fastify's serializer read these)
const SavedView = Open({ id: Type.Integer(), name: Type.String(), page: Type.String(), query: Open({}) }, '保存的视图 / A saved view')
const MergeCandidates = Open({
  items: Type.Array(Open({
    id: Type.Integer(), caseNumber: Type.String(), title: Nullable(Type.String()), state: Type.String(), receivedAt: Type.String(),
    samePerson: Type.Boolean(), similarity: Type.Number(),
  })),
}, '可合并的诉求 / Cases this one may be merged with')
const BatchAnswer = Open({
  done: Type.Integer(), failed: Type.Integer(),
  results: Type.Array(Open({
    id: Type.Integer(), ok: Type.Boolean(), state: Type.Optional(Type.String()), version: Type.Optional(Type.Integer()),
    code: Type.Optional(Type.String()), status: Type.Optional(Type.Integer()), message: Type.Optional(Type.String()), messageEn: Type.Optional(Type.String()),
  }, '每件诉求的结果：成功时有 state、version，失败时有 code、status、message、messageEn / each case: state and version, or code, status, message and messageEn')),
}, '批量操作结果 / A batch\'s answer')

const SavedViewBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 40 }),
  page: Type.String({ pattern: '^/[a-z0-9/-]{0,60}$' }),
  // the list's URL query, as the console keeps it (the filters of list-query.ts, and the tab of a desk)
  query: Type.Object(Object.fromEntries(['queue', 'state', 'q', 'channel', 'category', 'type', 'warning', 'unit', 'from', 'to', 'tab']
    .map((k) => [k, Type.Optional(Type.String({ maxLength: 400 }))])), { additionalProperties: false }),
}, { additionalProperties: false })

const BatchBody = Type.Union([
  Type.Object({ type: Type.Literal('DISPATCH'), caseIds: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: MAX_BATCH }), chain: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 4 }) }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('SUPERVISE'), caseIds: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: MAX_BATCH }), note: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false }),
])

/** 工单 timeline labels: every event's own (src/cases/permissions.ts), and the entries that are no event */
const EVENT_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(EVENT_PERMISSIONS).map(([k, v]) => [k, v.label])),
  CREATE: '收到诉求', RECEIVED: '收到诉求', MATERIAL: '诉求人补充材料', MERGED_IN: '合并并入',
}

export default async function deskRoutes(app: FastifyInstance) {
  // 工单打印: the A4 work order of any case the user may see, as on screen (masked); a printable page, or a PDF
  // rendered by the system's Chromium (?format=pdf); a report's print is a read of the report (查阅留痕)
  app.get('/api/cases/:id/work-order', {
    preHandler: app.requireStaff(),
    schema: { params: Id, querystring: Type.Object({ format: Type.Optional(Type.Union([Type.Literal('html'), Type.Literal('pdf')])) }), response: { 200: Binary(['text/html', 'application/pdf'], '工单（A4 打印页或 PDF）/ The work order on A4 (printable page or PDF)') } },
  }, async (request, reply) => {
    const user = staffOf(request)
    const view = await caseView(app.sql, (request.params as { id: number }).id, user)
    await auditReportRead(app.sql, user, view, 'work_order')
    const [category] = view.category ? await app.sql`select label from routing_rules where category = ${view.category}` : []
    const html = renderWorkOrder({
      view: { ...view, chainHistory: view.chainHistory, timeline: view.timeline as never },
      categoryLabel: (category?.label as string | undefined) ?? view.category, printedBy: user.displayName, printedAt: new Date(), eventLabels: EVENT_LABELS,
    })
    if ((request.query as { format?: string }).format !== 'pdf') return reply.headers(PRINT_HEADERS).send(html)
    if (!existsSync(CHROMIUM_PATH)) throw errors.pdfUnavailable()
    const browser = await launchChromium()
    try {
      const pdf = await htmlToPdf(browser, html)
      return reply.header('content-type', 'application/pdf').header('cache-control', 'no-store')
        .header('content-disposition', `inline; filename="work-order-${view.caseNumber}.pdf"`).send(pdf)
    } finally {
      await browser.close()
    }
  })

  app.get('/api/cases/:id/merge-candidates', { preHandler: app.requireStaff(), schema: { params: Id, response: { 200: MergeCandidates } } }, async (request, reply) => {
    reply.header('cache-control', 'no-store')
    return { items: await mergeCandidates(app.sql, (request.params as { id: number }).id, staffOf(request)) }
  })

  // 保存的视图: each user's own, for one list page
  app.get('/api/saved-views', { preHandler: app.requireStaff(), schema: { querystring: Type.Object({ page: Type.Optional(Type.String({ maxLength: 64 })) }), response: { 200: Type.Array(SavedView) } } }, async (request) => {
    const user = staffOf(request)
    const { page } = request.query as { page?: string }
    const rows = await app.sql`select id, name, page, query from saved_views where user_id = ${user.id} ${page ? app.sql`and page = ${page}` : app.sql``} order by name`
    return rows.map((r) => ({ id: Number(r.id), name: r.name, page: r.page, query: r.query }))
  })
  app.post('/api/saved-views', { preHandler: app.requireStaff(), schema: { body: SavedViewBody, response: { 201: SavedView } } }, async (request, reply) => {
    const user = staffOf(request)
    const { name, page, query } = request.body as Static<typeof SavedViewBody>
    const [{ n }] = await app.sql`select count(*)::int as n from saved_views where user_id = ${user.id}`
    if (n >= MAX_SAVED_VIEWS) throw errors.tooManySavedViews({ max: MAX_SAVED_VIEWS })
    const [row] = await app.sql`insert into saved_views (user_id, name, page, query) values (${user.id}, ${name.trim()}, ${page}, ${app.sql.json(query)})
                                on conflict (user_id, page, name) do update set query = excluded.query returning id`
    reply.status(201)
    return { id: Number(row.id), name: name.trim(), page, query }
  })
  app.delete('/api/saved-views/:id', { preHandler: app.requireStaff(), schema: { params: Id, response: { 200: Ok } } }, async (request) => {
    const user = staffOf(request)
    const rows = await app.sql`delete from saved_views where id = ${(request.params as { id: number }).id} and user_id = ${user.id} returning id`
    if (!rows.length) throw errors.notFound()
    return { ok: true }
  })

  // 批量交办 / 批量督办: each case through the one door (applyEvent) with the actor's own authorization; one case's
  // refusal is its own line of the answer, the others go on
  app.post('/api/cases/batch', { preHandler: app.requireStaff(), schema: { body: BatchBody, response: { 200: BatchAnswer } } }, async (request, reply) => {
    const user = staffOf(request)
    const body = request.body as Static<typeof BatchBody>
    const input = (body.type === 'DISPATCH' ? { type: 'DISPATCH', chain: body.chain } : { type: 'SUPERVISE', note: body.note.trim() }) as EventInput
    const ids = [...new Set(body.caseIds)]
    const results = await Promise.all(ids.map(async (id) => {
      try {
        await loadVisibleCase(app.sql, id, user)
        const applied = await applyEvent(app.cases, id, input, staffActor(user))
        return { id, ok: true as const, state: applied.state, version: applied.version }
      } catch (err) {
        if (err instanceof AppError && err.statusCode < 500) return { id, ok: false as const, code: err.code, status: err.statusCode, message: err.zh, messageEn: err.message }
        throw err
      }
    }))
    reply.header('cache-control', 'no-store')
    return { done: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, results }
  })
}
