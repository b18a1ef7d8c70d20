// 督办单 routes (issue 22): issue on a case, the lists, one notice, its print, acknowledge and answer. Every read is
// scoped by the case's visibility (visibleTo: jurisdiction and recusal); every step is audited.
import type { FastifyInstance } from 'fastify'
import { existsSync } from 'node:fs'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { errors } from '../http/errors.js'
import { PRINT_HEADERS } from '../print/html.js'
import { CHROMIUM_PATH, htmlToPdf, launchChromium } from '../print/pdf.js'
import { loadVisibleCase } from '../cases/view.js'
import { issueNotice, listNotices, loadVisibleNotice, noticeItem, noticeRule, NOTICE_BOXES, NOTICE_STATUS_LABELS, respondToNotice, setNoticeRule, type NoticeStatus } from './notices.js'
import { assertCityAdmin } from '../users/scope.js'
import { renderNotice } from './print.js'
import { Binary, Nullable, Open } from '../http/responses.js'
import accountabilityRoutes from '../accountability/routes.js'

const NoticeSchema = Open({
  id: Type.Integer(), number: Type.String(), caseId: Type.Integer(), caseNumber: Type.String(), unit: Open({ id: Type.Integer(), name: Type.String() }),
  status: Type.Unsafe<NoticeStatus>({ type: 'string', enum: Object.keys(NOTICE_STATUS_LABELS) }),
  statusLabel: Type.String(), reason: Type.String(), requiredAction: Type.String(), dueAt: Nullable(Type.String()),
  createdAt: Nullable(Type.String()), answeredAt: Nullable(Type.String()), automatic: Type.Boolean(),
  answer: Type.Optional(Nullable(Type.String({ description: '承办单位的答复（单件查看时）/ the unit\'s answer (one notice)' }))),
  issuerUnit: Type.Optional(Type.String({ description: '签发单位（单件查看时）/ issuing unit (one notice)' })),
  issuer: Type.Optional(Type.String({ description: '签发人（单件查看时）/ issuer (one notice)' })),
}, '督办单 / A supervision notice')
const NoticePage = Open({ total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer(), items: Type.Array(NoticeSchema) }, '督办单列表 / Supervision notices')
const RuleSchema = Type.Object({ redEnabled: Type.Boolean(), workingDays: Type.Integer(), requiredAction: Type.String() })

const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) })
const text = (max: number) => Type.String({ minLength: 1, maxLength: max })
const ISSUERS = ['supervisor', 'inspector'] as const
const RESPONDERS = ['officer', 'supervisor', 'dispatcher'] as const

export default async function supervisionRoutes(app: FastifyInstance) {
  // 问责 (issue 22, art. 8): the records supervision leaves behind, and the people they name
  await app.register(accountabilityRoutes)
  const IssueBody = Type.Object({
    unitId: Type.Integer({ minimum: 1 }), reason: text(1000), requiredAction: text(1000), workingDays: Type.Integer({ minimum: 1, maximum: 15 }),
  }, { additionalProperties: false })
  app.post('/api/cases/:id/notices', { preHandler: app.requireStaff([...ISSUERS]), schema: { params: Id, body: IssueBody, response: { 201: NoticeSchema } } }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    await loadVisibleCase(app.sql, id, user) // 404 outside the jurisdiction or recused
    const issued = await issueNotice(app.cases, user, id, request.body as Static<typeof IssueBody>)
    reply.header('cache-control', 'no-store')
    return reply.status(201).send(noticeItem(await loadVisibleNotice(app.sql, issued.id, user)))
  })

  const ListQuery = Type.Object({
    box: Type.Optional(Type.Union(NOTICE_BOXES.map((b) => Type.Literal(b)))),
    caseId: Type.Optional(Type.Integer({ minimum: 1 })),
    page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  })
  app.get('/api/supervision/notices', { preHandler: app.requireStaff(), schema: { querystring: ListQuery, response: { 200: NoticePage } } }, async (request, reply) => {
    const { box, page, pageSize, caseId } = request.query as Static<typeof ListQuery>
    reply.header('cache-control', 'no-store')
    return listNotices(app.sql, staffOf(request), box ?? (caseId ? 'all' : 'received'), page ?? 1, pageSize ?? 20, caseId)
  })

  app.get('/api/supervision/notices/:id', { preHandler: app.requireStaff(), schema: { params: Id, response: { 200: NoticeSchema } } }, async (request, reply) => {
    reply.header('cache-control', 'no-store')
    return noticeItem(await loadVisibleNotice(app.sql, (request.params as { id: number }).id, staffOf(request)))
  })

  // the printable A4 notice, or its PDF (?format=pdf) through the system's Chromium
  app.get('/api/supervision/notices/:id/print', {
    preHandler: app.requireStaff(),
    schema: { params: Id, querystring: Type.Object({ format: Type.Optional(Type.Union([Type.Literal('html'), Type.Literal('pdf')])) }), response: { 200: Binary(['text/html', 'application/pdf'], '督办单（A4 打印页或 PDF）/ The notice on A4 (printable page or PDF)') } },
  }, async (request, reply) => {
    const user = staffOf(request)
    const n = await loadVisibleNotice(app.sql, (request.params as { id: number }).id, user)
    const html = renderNotice(n, user.displayName, new Date())
    if ((request.query as { format?: string }).format !== 'pdf') return reply.headers(PRINT_HEADERS).send(html)
    if (!existsSync(CHROMIUM_PATH)) throw errors.pdfUnavailable()
    const browser = await launchChromium()
    try {
      const pdf = await htmlToPdf(browser, html)
      return reply.header('content-type', 'application/pdf').header('cache-control', 'no-store')
        .header('content-disposition', `inline; filename="notice-${n.id}.pdf"`).send(pdf)
    } finally {
      await browser.close()
    }
  })

  app.post('/api/supervision/notices/:id/acknowledge', { preHandler: app.requireStaff([...RESPONDERS]), schema: { params: Id, response: { 200: NoticeSchema } } }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    await respondToNotice(app.sql, user, id, 'acknowledge')
    reply.header('cache-control', 'no-store')
    return noticeItem(await loadVisibleNotice(app.sql, id, user))
  })

  const AnswerBody = Type.Object({ answer: text(5000) }, { additionalProperties: false })
  app.post('/api/supervision/notices/:id/answer', { preHandler: app.requireStaff([...RESPONDERS]), schema: { params: Id, body: AnswerBody, response: { 200: NoticeSchema } } }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    await respondToNotice(app.sql, user, id, 'answer', (request.body as Static<typeof AnswerBody>).answer)
    reply.header('cache-control', 'no-store')
    return noticeItem(await loadVisibleNotice(app.sql, id, user))
  })

  // 自动督办 rule: city-wide, set by city admins only (DESIGN rule 1)
  const RuleBody = Type.Object({ redEnabled: Type.Boolean(), workingDays: Type.Integer({ minimum: 1, maximum: 15 }), requiredAction: text(500) }, { additionalProperties: false })
  app.get('/api/admin/notice-rule', { preHandler: app.requireStaff(['admin', 'supervisor', 'inspector']), schema: { response: { 200: RuleSchema } } }, async () => noticeRule(app.sql))
  app.put('/api/admin/notice-rule', { preHandler: app.requireStaff(['admin']), schema: { body: RuleBody, response: { 200: RuleSchema } } }, async (request) => {
    const user = staffOf(request)
    assertCityAdmin(user)
    return setNoticeRule(app.sql, user, request.body as Static<typeof RuleBody>)
  })
}
