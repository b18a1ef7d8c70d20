// The `knowledge` plugin: the knowledge base's routes (articles, review, search, answers given from articles, the
// knowledge-gap list, 直接答复率), its public 常见问题 routes, and the daily expiry job (reminders 30 days before,
// withdrawal once the effective date has passed).
import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { errors } from '../http/errors.js'
import { loadVisibleCase } from '../cases/view.js'
import { appendAudit } from '../audit/log.js'
import { articleFor, changeState, createArticle, readVersion, stateLabels, updateArticle, type ArticleAction } from './articles.js'
import { readableBy, canEdit, canReadDrafts, canReview } from './access.js'
import { beijingToday, searchArticles } from './search.js'
import { renderAnswer, plainAnswer } from './render.js'
import { knowledgeGaps, directAnswerRate, type RateGroup } from './insights.js'
import { runExpiry } from './expiry.js'
import { warmSegmenter } from './segment.js'
import { importArticles, readMarkdown, readSheet } from './import.js'
import * as R from './schemas.js'
import { NoContent } from '../http/responses.js'
import { ARTICLE_LINK_QUEUE, articleLinkHandler, queueArticleLink, type LinkOutcome } from './answer-link.js'
import { staffRateKey } from '../http/rate-store.js'
import { Binary } from '../http/responses.js'
import { anonymousRequestLog } from '../privacy/anonymous.js'
import { readIntakeForm } from '../attachments/multipart.js'
import { contentDisposition } from '../attachments/names.js'
import { addArticleFiles, fileForStaff, filesOf, fileView, publicFile, publicFileUrl, removeArticleFile, staffFileUrl, type ArticleFileRow } from './files.js'
import { ARTICLE_FILE_TYPES, articleFileTypes } from './file-types.js'

const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) })
const day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
const ArticleBody = Type.Object({
  title: Type.String({ minLength: 2, maxLength: 200 }),
  questions: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 30 })),
  answer: Type.String({ minLength: 2, maxLength: 20000 }),
  category: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
  source: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
  keywords: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 30 })),
  effectiveFrom: Type.Optional(Type.Union([day, Type.Null()])),
  effectiveUntil: Type.Optional(Type.Union([day, Type.Null()])),
  isPublic: Type.Optional(Type.Boolean()),
  attachments: Type.Optional(Type.Array(Type.Object({
    name: Type.String({ minLength: 1, maxLength: 200 }), url: Type.String({ pattern: '^(https?://|/)[^\\s]{1,500}$' }),
  }, { additionalProperties: false }), { maxItems: 20 })),
  ownerUnitId: Type.Optional(Type.Integer({ minimum: 1 })),
}, { additionalProperties: false })
const ActionBody = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false })
const SearchQuery = Type.Object({ q: Type.String({ maxLength: 2000 }), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })) })
const ListQuery = Type.Object({
  state: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('review'), Type.Literal('published'), Type.Literal('expired')])),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
})
const UseBody = Type.Object({
  caseId: Type.Integer({ minimum: 1 }),
  kind: Type.Union([Type.Literal('answered'), Type.Literal('no_answer')]),
  articleId: Type.Optional(Type.Integer({ minimum: 1 })),
  version: Type.Optional(Type.Integer({ minimum: 1 })),
  /** the caller asked for it: the article's public link goes to them by SMS or e-mail, apart from the feedback message */
  sendLink: Type.Optional(Type.Boolean()),
}, { additionalProperties: false })
const PeriodQuery = Type.Object({ from: Type.Optional(day), to: Type.Optional(day) })
const RateQuery = Type.Object({
  from: Type.Optional(day), to: Type.Optional(day),
  groupBy: Type.Optional(Type.Union([Type.Literal('month'), Type.Literal('day'), Type.Literal('operator'), Type.Literal('category')])),
})
const ImportBody = Type.Object({
  files: Type.Array(Type.Object({
    name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\.(xlsx|md|markdown)$' }),
    // base64 of the file; the route's body limit keeps the whole import small
    data: Type.String({ maxLength: 6_000_000 }),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 50 }),
}, { additionalProperties: false })
const FileParams = Type.Object({ id: Type.Integer({ minimum: 1 }), fileId: Type.Integer({ minimum: 1 }) })
const FileDownload = Binary([...ARTICLE_FILE_TYPES], '附件本身（类型为按内容检测到的类型，一律作为下载）/ The file, as its detected type, always as a download')

/**
 * Headers of an article's file: its detected type, nosniff, always a download (attachment) under its name (RFC 5987
 * filename* for the Chinese), and a sandbox no script runs in — nothing anyone uploads is ever shown as a page.
 */
function fileHeaders(reply: FastifyReply, f: ArticleFileRow, cache: string) {
  reply.header('content-type', f.mime)
  reply.header('x-content-type-options', 'nosniff')
  reply.header('content-disposition', contentDisposition(f.filename, 'attachment'))
  reply.header('content-security-policy', "default-src 'none'; sandbox")
  reply.header('cache-control', cache)
  reply.header('content-length', String(f.size))
  reply.header('etag', `"${f.sha256}"`)
}

const VisitBody = Type.Object({ outcome: Type.Union([Type.Literal('left'), Type.Literal('submitted')]) }, { additionalProperties: false })

/** The period [from, to) of Beijing days; the last 30 days by default. */
function period(q: { from?: string; to?: string }): { from: Date; to: Date } {
  const to = q.to ? new Date(`${q.to}T00:00:00+08:00`) : new Date(`${beijingToday()}T00:00:00+08:00`)
  if (!q.to) to.setUTCDate(to.getUTCDate() + 1)
  const from = q.from ? new Date(`${q.from}T00:00:00+08:00`) : new Date(to.getTime() - 30 * 86400_000)
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from > to) throw errors.invalidValue({ field: 'from' })
  if (q.to) to.setUTCDate(to.getUTCDate() + 1)
  return { from, to }
}

/** Counts under this are not published (DESIGN, 公开). */
const PUBLIC_MIN_COUNT = 5
const OFFER_ROLES = ['operator', 'dispatcher', 'clerk', 'officer', 'supervisor', 'inspector', 'admin'] as const
const USE_ROLES = ['operator', 'dispatcher', 'clerk', 'admin'] as const
const GAP_ROLES = ['dispatcher', 'supervisor', 'inspector', 'admin', 'operator'] as const

export default fp(async (app: FastifyInstance) => {
  // the dictionary loads once the server listens (about 0.4 s), so the first search does not wait; tests using inject skip it
  app.addHook('onListen', async () => { warmSegmenter() })

  // ---- articles (staff)
  app.get('/api/knowledge/articles', { preHandler: app.requireStaff(), schema: { querystring: ListQuery, response: { 200: R.ArticleList } } }, async (request) => {
    const user = staffOf(request)
    const q = request.query as Static<typeof ListQuery>
    const like = q.q ? `%${q.q.replace(/[\\%_]/g, (c) => '\\' + c)}%` : null
    const rows = await app.sql`
      select a.id, a.state, a.version, a.published_version, a.is_public, a.category, a.title, a.effective_from::text, a.effective_until::text,
        a.owner_unit_id, u.name as unit_name, a.updated_at
      from knowledge_articles a join units u on u.id = a.owner_unit_id
      where ${readableBy(app.sql, user)}
        ${q.state ? app.sql`and a.state = ${q.state}` : app.sql``}
        ${like ? app.sql`and a.title like ${like}` : app.sql``}
      order by a.updated_at desc, a.id desc limit ${q.limit ?? 50} offset ${q.offset ?? 0}`
    return {
      items: rows.map((r) => {
        const scope = { ownerUnitId: Number(r.owner_unit_id), ownerDivisionCode: '', publishedVersion: r.published_version }
        // another unit's article shows as its published version only
        const own = r.owner_unit_id == user.unit.id || user.role === 'admin'
        return {
          id: Number(r.id), title: r.title, state: own ? r.state : 'published', stateLabel: stateLabels[(own ? r.state : 'published') as keyof typeof stateLabels],
          version: own ? r.version : r.published_version, publishedVersion: r.published_version, isPublic: r.is_public, category: r.category,
          effectiveFrom: r.effective_from, effectiveUntil: r.effective_until, ownerUnit: { id: scope.ownerUnitId, name: r.unit_name },
          updatedAt: (r.updated_at as Date).toISOString(),
        }
      }),
    }
  })

  app.get('/api/knowledge/articles/:id', {
    preHandler: app.requireStaff(),
    schema: { params: Id, querystring: Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) }), response: { 200: R.ArticleDetail } },
  }, async (request) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    const a = await articleFor(app.sql, user, id)
    const drafts = canReadDrafts(user, a)
    const wanted = (request.query as { version?: number }).version ?? (drafts ? a.version : a.publishedVersion!)
    // others read published versions only: the one offered, or one an answer was given from
    if (!drafts && wanted !== a.publishedVersion) {
      const [used] = await app.sql`select 1 from knowledge_uses where article_id = ${id} and version = ${wanted} limit 1`
      if (!used) throw errors.articleNotFound({ id, version: wanted })
    }
    const v = await readVersion(app.sql, id, wanted)
    const versions = drafts
      ? await app.sql`select version, created_at, title from knowledge_versions where article_id = ${id} order by version desc`
      : []
    return {
      id, state: drafts ? a.state : 'published', stateLabel: stateLabels[drafts ? a.state : 'published'], version: a.version, publishedVersion: a.publishedVersion,
      ownerUnit: { id: a.ownerUnitId, name: a.ownerUnitName },
      shown: { ...v, files: (await filesOf(app.sql, id, wanted)).map((f) => fileView(f, staffFileUrl(f))) }, answerHtml: renderAnswer(v.answer), answerText: plainAnswer(v.answer),
      may: { edit: canEdit(user, a), review: canReview(user, a) },
      versions: versions.map((r) => ({ version: r.version as number, title: r.title as string, createdAt: (r.created_at as Date).toISOString() })),
    }
  })

  app.post('/api/knowledge/articles', { preHandler: app.requireStaff(), schema: { body: ArticleBody, response: { 201: R.ArticleSaved } } }, async (request, reply) => {
    const user = staffOf(request)
    const body = request.body as Static<typeof ArticleBody>
    const id = await createArticle(app.sql, user, body, body.ownerUnitId ?? user.unit.id)
    reply.status(201)
    return { id, state: 'draft', version: 1 }
  })

  app.put('/api/knowledge/articles/:id', { preHandler: app.requireStaff(), schema: { params: Id, body: ArticleBody, response: { 200: R.ArticleSaved } } }, async (request) => {
    const { id } = request.params as { id: number }
    const { version } = await updateArticle(app.sql, staffOf(request), id, request.body as Static<typeof ArticleBody>)
    return { id, state: 'draft', version }
  })

  for (const action of ['submit', 'publish', 'reject', 'expire'] as ArticleAction[]) {
    app.post(`/api/knowledge/articles/:id/${action}`, { preHandler: app.requireStaff(), schema: { params: Id, body: Type.Optional(ActionBody), response: { 200: R.ArticleMoved } } }, async (request) => {
      const { id } = request.params as { id: number }
      const reason = (request.body as { reason?: string } | undefined)?.reason
      if (action === 'reject' && !reason?.trim()) throw errors.validation({ field: 'reason' })
      const r = await changeState(app.sql, staffOf(request), id, action, reason?.trim())
      return { id, state: r.state, stateLabel: stateLabels[r.state], version: r.version }
    })
  }

  // ---- the article's files (申请表、办事指南): uploaded to its draft, removed from it, downloaded by who may read it
  app.post('/api/knowledge/articles/:id/files', { preHandler: app.requireStaff(), schema: { params: Id, response: { 201: R.ArticleFiles } } }, async (request, reply) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    // who may not edit it learns so before a byte of the upload is read
    const a = await articleFor(app.sql, user, id)
    if (!canEdit(user, a)) throw errors.forbidden()
    const form = await readIntakeForm(request, app.attachments, { types: articleFileTypes })
    if (!form.files.length) throw errors.validation({ fields: [{ field: 'files', message: '请选择要上传的文件', messageEn: 'Choose a file to upload' }] })
    const { version } = await addArticleFiles(app, user, id, form.files)
    reply.status(201)
    return { id, version, files: (await filesOf(app.sql, id, version)).map((f) => fileView(f, staffFileUrl(f))) }
  })

  app.delete('/api/knowledge/articles/:id/files/:fileId', { preHandler: app.requireStaff(), schema: { params: FileParams, response: { 200: R.ArticleFiles } } }, async (request) => {
    const { id, fileId } = request.params as Static<typeof FileParams>
    const { version } = await removeArticleFile(app.sql, staffOf(request), id, fileId)
    return { id, version, files: (await filesOf(app.sql, id, version)).map((f) => fileView(f, staffFileUrl(f))) }
  })

  app.get('/api/knowledge/articles/:id/files/:fileId', { preHandler: app.requireStaff(), schema: { params: FileParams, response: { 200: FileDownload } } }, async (request, reply) => {
    const { id, fileId } = request.params as Static<typeof FileParams>
    const f = await fileForStaff(app.sql, staffOf(request), id, fileId)
    const blob = await blobOf(app, f)
    fileHeaders(reply, f, 'private, no-store')
    return reply.send(blob)
  })

  // ---- search while the caller talks
  app.get('/api/knowledge/search', {
    preHandler: app.requireStaff([...OFFER_ROLES]), schema: { querystring: SearchQuery, response: { 200: R.SearchAnswer } },
    config: { rateLimit: { max: 600, timeWindow: '1 minute', keyGenerator: staffRateKey() } },
  }, async (request, reply) => {
    const q = request.query as Static<typeof SearchQuery>
    reply.header('cache-control', 'no-store')
    return { items: await searchArticles(app.sql, q.q, { limit: q.limit ?? 5 }) }
  })

  // ---- 当场答复 from an article (with its version), or 知识库无答案, for a case the user may see
  app.post('/api/knowledge/uses', { preHandler: app.requireStaff([...USE_ROLES]), schema: { body: UseBody, response: { 201: R.UseAnswer } } }, async (request, reply) => {
    const user = staffOf(request)
    const body = request.body as Static<typeof UseBody>
    const c = await loadVisibleCase(app.sql, body.caseId, user)
    let version: number | null = null
    let linked: { id: number } | null = null
    if (body.kind === 'answered') {
      if (!body.articleId) throw errors.validation({ field: 'articleId' })
      const [answered] = await app.sql`select 1 from case_events where case_id = ${body.caseId} and type = 'ANSWER' limit 1`
      if (!answered) throw errors.articleNotAnswered({ caseId: body.caseId, state: c.state })
      const a = await articleFor(app.sql, user, body.articleId)
      version = body.version ?? a.publishedVersion
      // an answer is given from a published version: the one offered now, or one offered before
      if (version === null || version > (a.publishedVersion ?? a.version - 1)) throw errors.articleWrongState({ id: a.id, state: a.state })
      // the link, if asked for, opens the article's public page: queueArticleLink checks there is one (public, in force)
      linked = { id: a.id }
    }
    let link: LinkOutcome | null = null
    await app.sql.begin(async (tx) => {
      await tx`
        insert into knowledge_uses (case_id, kind, article_id, version, user_id) values (${body.caseId}, ${body.kind}, ${body.articleId ?? null}, ${version}, ${user.id})
        on conflict (case_id, kind) do update set article_id = excluded.article_id, version = excluded.version, user_id = excluded.user_id, created_at = now()`
      await appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: `knowledge.${body.kind}`, caseId: body.caseId, detail: { articleId: body.articleId ?? null, version, unitId: user.unit.id, sendLink: !!body.sendLink } }])
      // the link goes out from a job (retried with backoff, sent once): the answer says at once that it is queued
      if (linked && version !== null && body.sendLink) link = await queueArticleLink(tx, { encKey: app.cases.keys.encKey, outbox: app.cases.outbox }, body.caseId, { ...linked, version })
    })
    reply.status(201)
    return { caseId: body.caseId, kind: body.kind, articleId: body.articleId ?? null, version, link }
  })
  app.jobHandlers[ARTICLE_LINK_QUEUE] = articleLinkHandler(() => ({
    sql: app.sql, encKey: app.cases.keys.encKey, mailer: app.mailer, sms: app.smsOutbox, publicBaseUrl: app.config.PUBLIC_BASE_URL, log: app.log,
  }))

  // 导入: Excel rows and Markdown files become drafts of the importer's unit, with a report of what was refused and why
  app.post('/api/knowledge/import', {
    preHandler: app.requireStaff(['officer', 'supervisor', 'dispatcher', 'operator', 'clerk', 'admin']), schema: { body: ImportBody, response: { 200: R.ImportReport } }, bodyLimit: 8 * 1024 * 1024,
  }, async (request) => {
    const { files } = request.body as Static<typeof ImportBody>
    const items: Parameters<typeof importArticles>[2] = []
    for (const f of files) {
      const data = Buffer.from(f.data, 'base64')
      if (f.name.endsWith('.xlsx')) items.push(...(await readSheet(data)).map((r) => ({ row: `${f.name}:${r.row}`, values: r.values })))
      else items.push({ row: f.name, values: readMarkdown(data.toString('utf8')) })
    }
    return importArticles(app.sql, staffOf(request), items)
  })

  app.get('/api/cases/:id/knowledge', { preHandler: app.requireStaff(), schema: { params: Id, response: { 200: R.CaseKnowledge } } }, async (request) => {
    const user = staffOf(request)
    const { id } = request.params as { id: number }
    await loadVisibleCase(app.sql, id, user)
    const rows = await app.sql`
      select u.kind, u.article_id, u.version, v.title, u.created_at from knowledge_uses u
      left join knowledge_versions v on v.article_id = u.article_id and v.version = u.version where u.case_id = ${id} order by u.created_at`
    return { items: rows.map((r) => ({ kind: r.kind, articleId: r.article_id === null ? null : Number(r.article_id), version: r.version, title: r.title, at: (r.created_at as Date).toISOString() })) }
  })

  // ---- learning where it is missing
  app.get('/api/knowledge/gaps', { preHandler: app.requireStaff([...GAP_ROLES]), schema: { querystring: PeriodQuery, response: { 200: R.GapList } } }, async (request, reply) => {
    const { from, to } = period(request.query as Static<typeof PeriodQuery>)
    reply.header('cache-control', 'no-store')
    return { from: from.toISOString(), to: to.toISOString(), groups: await knowledgeGaps(app.sql, staffOf(request), from, to) }
  })

  app.get('/api/knowledge/direct-rate', { preHandler: app.requireStaff(['operator', 'dispatcher', 'supervisor', 'inspector', 'admin']), schema: { querystring: RateQuery, response: { 200: R.DirectRate } } }, async (request) => {
    const q = request.query as Static<typeof RateQuery>
    const { from, to } = period(q)
    return { groupBy: q.groupBy ?? 'month', rows: await directAnswerRate(app.sql, staffOf(request), from, to, q.groupBy ?? 'month') }
  })

  app.get('/api/knowledge/reminders', { preHandler: app.requireStaff(), schema: { response: { 200: R.Reminders } } }, async (request) => {
    const user = staffOf(request)
    const rows = await app.sql`
      select r.article_id, r.effective_until::text, a.title, r.created_at from knowledge_reminders r join knowledge_articles a on a.id = r.article_id
      where r.owner_unit_id = ${user.unit.id} and r.effective_until >= ${beijingToday()}::date order by r.effective_until`
    return { items: rows.map((r) => ({ articleId: Number(r.article_id), title: r.title, effectiveUntil: r.effective_until, at: (r.created_at as Date).toISOString() })) }
  })

  // ---- public: 常见问题 (published articles marked public), the submit page's suggestions, visits without a submission;
  // a citizen reads them beside an anonymous report, so none logs the address (src/privacy/anonymous.ts)
  app.get('/api/public/knowledge/search', {
    logSerializers: anonymousRequestLog, schema: { querystring: SearchQuery, response: { 200: R.PublicSearch } }, config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
  }, async (request) => {
    const q = request.query as Static<typeof SearchQuery>
    const hits = q.q.trim() ? await searchArticles(app.sql, q.q, { limit: q.limit ?? 10, publicOnly: true }) : await latestPublic(app, q.limit ?? 10)
    return { items: hits.map((h) => ({ id: h.id, title: h.title, titleMarks: h.titleMarks, snippet: h.snippet, category: h.category })) }
  })

  app.get('/api/public/knowledge/articles/:id', { logSerializers: anonymousRequestLog, schema: { params: Id, response: { 200: R.PublicArticle } }, config: { rateLimit: { max: 120, timeWindow: '1 minute' } } }, async (request, reply) => {
    const { id } = request.params as { id: number }
    const [a] = await app.sql`
      select published_version from knowledge_articles where id = ${id} and published_version is not null and is_public
        and (effective_from is null or effective_from <= ${beijingToday()}::date) and (effective_until is null or effective_until >= ${beijingToday()}::date)`
    if (!a) throw errors.articleNotFound({ id })
    const v = await readVersion(app.sql, id, a.published_version)
    reply.header('cache-control', 'public, max-age=300')
    return {
      id, title: v.title, questions: v.questions, answerHtml: renderAnswer(v.answer), attachments: v.attachments,
      files: (await filesOf(app.sql, id, a.published_version)).map((f) => fileView(f, publicFileUrl(f))), category: v.category,
      source: v.source, effectiveFrom: v.effectiveFrom, effectiveUntil: v.effectiveUntil,
    }
  })

  // a form to download: counted in this process's rate limit as every public route is (src/http/rate-store.ts), and
  // neither logged with nor stored beside the downloader's address (DESIGN security rule 3)
  app.get('/api/public/knowledge/articles/:id/files/:fileId', {
    logSerializers: anonymousRequestLog, schema: { params: FileParams, response: { 200: FileDownload } }, config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const { id, fileId } = request.params as Static<typeof FileParams>
    const f = await publicFile(app.sql, id, fileId)
    const blob = await blobOf(app, f)
    fileHeaders(reply, f, 'public, max-age=300')
    return reply.send(blob)
  })

  app.post('/api/public/knowledge/visits', { logSerializers: anonymousRequestLog, schema: { body: VisitBody, response: { 204: NoContent('已记录 / recorded') } }, config: { rateLimit: { max: 30, timeWindow: '1 minute' } } }, async (request, reply) => {
    const { outcome } = request.body as Static<typeof VisitBody>
    await app.sql`insert into knowledge_portal_visits (day, outcome, count) values (${beijingToday()}::date, ${outcome}, 1)
                  on conflict (day, outcome) do update set count = knowledge_portal_visits.count + 1`
    reply.status(204)
  })

  app.get('/api/public/knowledge/direct-rate', {
    logSerializers: anonymousRequestLog,
    schema: { querystring: Type.Object({ from: Type.Optional(day), to: Type.Optional(day), groupBy: Type.Optional(Type.Union([Type.Literal('month'), Type.Literal('category')])) }), response: { 200: R.PublicDirectRate } },
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const q = request.query as { from?: string; to?: string; groupBy?: 'month' | 'category' }
    const { from, to } = period({ from: q.from ?? '2000-01-01', to: q.to })
    const rows = await directAnswerRate(app.sql, null, from, to, q.groupBy ?? 'month')
    const [deflect] = await app.sql`select coalesce(sum(count) filter (where outcome = 'left'), 0)::int as left_, coalesce(sum(count) filter (where outcome = 'submitted'), 0)::int as submitted
                                    from knowledge_portal_visits where day >= ${from} and day < ${to}`
    reply.header('cache-control', 'public, max-age=300')
    return {
      groupBy: q.groupBy ?? 'month',
      // counts under 5 are hidden
      rows: rows.map((r) => r.calls < PUBLIC_MIN_COUNT ? { key: r.key, label: r.label, calls: null, answered: null, rate: null } : r),
      portal: { endedWithoutSubmission: deflect!.left_ < PUBLIC_MIN_COUNT ? null : deflect!.left_, submittedAfterSuggestions: deflect!.submitted < PUBLIC_MIN_COUNT ? null : deflect!.submitted },
    }
  })

  // ---- the daily expiry job: reminders 30 days before, withdrawal after the last effective day
  app.workerStarters.push(async () => {
    const run = () => runExpiry(app.sql).then((r) => { if (r.reminded || r.expired) app.log.info(r, 'knowledge: expiry reminders and withdrawals') })
      .catch((err: unknown) => app.log.error({ err }, 'knowledge: expiry job failed'))
    await run()
    const timer = setInterval(() => void run(), 60 * 60_000)
    return async () => { clearInterval(timer) }
  })
}, { name: 'knowledge', dependencies: ['db', 'auth', 'audit'] })

/** The file's bytes to stream; a row whose blob is not on disk is 410 article_file_gone (never a 5xx), logged for staff. */
async function blobOf(app: FastifyInstance, f: ArticleFileRow) {
  const blob = await app.attachments.openBlob(f.sha256)
  if (blob) return blob
  app.log.error({ articleId: f.articleId, fileId: f.id, sha256: f.sha256 }, 'knowledge: an article file\'s blob is missing from the store')
  throw errors.articleFileGone({ id: f.articleId, fileId: f.id })
}

async function latestPublic(app: FastifyInstance, limit: number) {
  const rows = await app.sql`
    select a.id, v.title, v.answer, a.category from knowledge_articles a join knowledge_versions v on v.article_id = a.id and v.version = a.published_version
    where a.published_version is not null and a.is_public
      and (a.effective_from is null or a.effective_from <= ${beijingToday()}::date) and (a.effective_until is null or a.effective_until >= ${beijingToday()}::date)
    order by a.updated_at desc limit ${limit}`
  return rows.map((r) => ({ id: Number(r.id), title: r.title as string, titleMarks: [{ text: r.title as string, hit: false }], snippet: [{ text: plainAnswer(r.answer).slice(0, 90), hit: false }], category: r.category as string | null }))
}
