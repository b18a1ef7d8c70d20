// 知识条目: drafts, review and publication, expiry, and the versions kept of each. Every change of state is an audit
// row; a version once sent for review is never changed again (the next edit is a new version), so an answer given
// from an article can always show the text it used.
import type { Sql, TransactionSql } from 'postgres'
import { appendAudit } from '../audit/log.js'
import { errors } from '../http/errors.js'
import type { StaffUser } from '../users/service.js'
import { canDraftFor, canEdit, canReadDrafts, canReview, type ArticleScope } from './access.js'
import { plainAnswer } from './render.js'
import { indexWords } from './segment.js'
import { TOTAL_WORD } from './search.js'

type User = Pick<StaffUser, 'id' | 'role' | 'unit'>
export type ArticleState = 'draft' | 'review' | 'published' | 'expired'
export const stateLabels: Record<ArticleState, string> = { draft: '草稿', review: '待审核', published: '已发布', expired: '已失效' }

export interface Attachment { name: string; url: string }

export interface ArticleInput {
  title: string
  questions?: string[]
  answer: string
  category?: string | null
  source?: string | null
  keywords?: string[]
  effectiveFrom?: string | null
  effectiveUntil?: string | null
  isPublic?: boolean
  attachments?: Attachment[]
}

export interface ArticleRow extends ArticleScope {
  id: number
  state: ArticleState
  version: number
  isPublic: boolean
  ownerUnitName: string
}

/** Reads an article's row with its owner unit (FOR UPDATE inside a transaction that changes it). */
export async function loadArticle(sql: Sql | TransactionSql, id: number, forUpdate = false): Promise<ArticleRow> {
  const [r] = await sql`
    select a.id, a.state, a.version, a.published_version, a.is_public, a.owner_unit_id, u.division_code, u.name as unit_name
    from knowledge_articles a join units u on u.id = a.owner_unit_id where a.id = ${id} ${forUpdate ? sql`for update of a` : sql``}`
  if (!r) throw errors.articleNotFound({ id })
  return {
    id: Number(r.id), state: r.state, version: r.version, publishedVersion: r.published_version, isPublic: r.is_public,
    ownerUnitId: Number(r.owner_unit_id), ownerDivisionCode: r.division_code, ownerUnitName: r.unit_name,
  }
}

/** The article as `user` may see it, or not found (a draft of another unit is not there for them). */
export async function articleFor(sql: Sql, user: User, id: number): Promise<ArticleRow> {
  const a = await loadArticle(sql, id)
  if (a.publishedVersion === null && !canReadDrafts(user, a)) throw errors.articleNotFound({ id })
  return a
}

function cleanInput(input: ArticleInput) {
  const list = (xs: string[] | undefined) => [...new Set((xs ?? []).map((x) => x.trim()).filter(Boolean))]
  if (input.effectiveFrom && input.effectiveUntil && input.effectiveFrom > input.effectiveUntil) {
    throw errors.invalidValue({ field: 'effectiveUntil', reason: '失效日期早于生效日期 / ends before it starts' })
  }
  return {
    title: input.title.trim(), questions: list(input.questions), answer: input.answer.trim(), category: input.category || null,
    source: input.source?.trim() || null, keywords: list(input.keywords), effectiveFrom: input.effectiveFrom || null,
    effectiveUntil: input.effectiveUntil || null, isPublic: input.isPublic ?? false, attachments: input.attachments ?? [],
  }
}

async function writeVersion(tx: TransactionSql, articleId: number, version: number, v: ReturnType<typeof cleanInput>, userId: number) {
  await tx`
    insert into knowledge_versions (article_id, version, title, questions, answer, attachments, category, source, keywords, effective_from, effective_until, is_public, created_by)
    values (${articleId}, ${version}, ${v.title}, ${v.questions}::text[], ${v.answer}, ${tx.json(v.attachments as never)}, ${v.category}, ${v.source},
      ${v.keywords}::text[], ${v.effectiveFrom}, ${v.effectiveUntil}, ${v.isPublic}, ${userId})
    on conflict (article_id, version) do update set title = excluded.title, questions = excluded.questions, answer = excluded.answer,
      attachments = excluded.attachments, category = excluded.category, source = excluded.source, keywords = excluded.keywords,
      effective_from = excluded.effective_from, effective_until = excluded.effective_until, is_public = excluded.is_public,
      created_by = excluded.created_by, created_at = now()`
}

/** Starts an article (草稿) owned by `ownerUnitId` (the user's own unit by default). */
export async function createArticle(sql: Sql, user: User, input: ArticleInput, ownerUnitId = user.unit.id): Promise<number> {
  const v = cleanInput(input)
  return sql.begin(async (tx) => {
    const [unit] = await tx`select id, division_code from units where id = ${ownerUnitId}`
    if (!unit) throw errors.unitNotFound({ unitId: ownerUnitId })
    if (!canDraftFor(user, { id: Number(unit.id), divisionCode: unit.division_code })) throw errors.outsideJurisdiction()
    const [row] = await tx`
      insert into knowledge_articles (owner_unit_id, state, version, is_public, category, title, effective_from, effective_until, created_by)
      values (${ownerUnitId}, 'draft', 1, ${v.isPublic}, ${v.category}, ${v.title}, ${v.effectiveFrom}, ${v.effectiveUntil}, ${user.id}) returning id`
    const id = Number(row!.id)
    await writeVersion(tx, id, 1, v, user.id)
    await appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'knowledge.draft', caseId: null, detail: { articleId: id, version: 1, unitId: ownerUnitId } }])
    return id
  })
}

/**
 * Saves a draft: the draft version itself while the article is a draft; a new version (a draft again) of an article
 * published or expired, whose published version stays offered until the new one is published. Not while in review.
 */
export async function updateArticle(sql: Sql, user: User, id: number, input: ArticleInput): Promise<{ version: number }> {
  const v = cleanInput(input)
  return sql.begin(async (tx) => {
    const a = await loadArticle(tx, id, true)
    if (!canEdit(user, a)) throw a.publishedVersion === null && !canReadDrafts(user, a) ? errors.articleNotFound({ id }) : errors.forbidden()
    if (a.state === 'review') throw errors.articleWrongState({ state: a.state, stateLabel: stateLabels.review })
    const version = a.state === 'draft' ? a.version : a.version + 1
    await writeVersion(tx, id, version, v, user.id)
    await tx`update knowledge_articles set state = 'draft', version = ${version}, title = ${v.title}, category = ${v.category}, updated_at = now() where id = ${id}`
    await appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'knowledge.draft', caseId: null, detail: { articleId: id, version, unitId: a.ownerUnitId } }])
    return { version }
  })
}

export type ArticleAction = 'submit' | 'publish' | 'reject' | 'expire'
const FROM: Record<ArticleAction, ArticleState[]> = { submit: ['draft'], publish: ['review'], reject: ['review'], expire: ['published', 'draft', 'review'] }

/** 提交审核 / 审核发布 / 退回修改 / 失效, by who may, from the states each is allowed in. */
export async function changeState(sql: Sql, user: User | null, id: number, action: ArticleAction, reason?: string): Promise<{ state: ArticleState; version: number }> {
  return sql.begin(async (tx) => {
    const a = await loadArticle(tx, id, true)
    if (user) {
      if (!canReadDrafts(user, a) && a.publishedVersion === null) throw errors.articleNotFound({ id })
      const allowed = action === 'submit' ? canEdit(user, a) : canReview(user, a)
      if (!allowed) throw errors.forbidden({ action })
    }
    // an article whose newest version is a draft may still be withdrawn while an older version is published
    if (!FROM[action].includes(a.state) || (action === 'expire' && a.publishedVersion === null)) {
      throw errors.articleWrongState({ state: a.state, stateLabel: stateLabels[a.state], action })
    }
    let state: ArticleState
    if (action === 'submit') state = 'review'
    else if (action === 'reject') state = 'draft'
    else if (action === 'publish') {
      state = 'published'
      await publish(tx, a)
    } else {
      state = 'expired'
      await unpublish(tx, a)
    }
    if (action !== 'publish' && action !== 'expire') await tx`update knowledge_articles set state = ${state}, updated_at = now() where id = ${id}`
    // a withdrawal of the published version leaves a newer draft a draft
    if (action === 'expire' && a.state !== 'published') state = a.state
    await appendAudit(tx, [{
      actorUserId: user?.id ?? null, actorKind: user ? 'staff' : 'system', action: `knowledge.${action}`, caseId: null,
      detail: { articleId: id, version: action === 'expire' ? a.publishedVersion : a.version, unitId: a.ownerUnitId, ...(reason ? { reason } : {}) },
    }])
    return { state, version: a.version }
  })
}

/** The words a version is found by: title, question forms and keywords; and its answer. */
export function versionWords(v: { title: string; questions: string[]; keywords: string[]; answer: string }) {
  return { title: indexWords([v.title, ...v.questions, ...v.keywords].join('\n')), body: indexWords(plainAnswer(v.answer)) }
}

/** Counts each distinct word of `words` once more (+1) or once less (-1) in knowledge_terms, and the total with it. */
async function countTerms(tx: TransactionSql, titleWords: string, bodyWords: string, delta: 1 | -1) {
  await tx`
    insert into knowledge_terms (word, ndoc)
    select lexeme, ${delta}::integer from unnest(to_tsvector('simple', ${titleWords + ' ' + bodyWords}))
    union all select ${TOTAL_WORD}::text, ${delta}::integer
    on conflict (word) do update set ndoc = knowledge_terms.ndoc + excluded.ndoc`
}

async function publish(tx: TransactionSql, a: ArticleRow) {
  const [v] = await tx`select title, questions, answer, keywords, category, is_public, effective_from, effective_until from knowledge_versions where article_id = ${a.id} and version = ${a.version}`
  if (!v) throw errors.articleNotFound({ id: a.id })
  if (a.publishedVersion !== null) {
    const [old] = await tx`select title_words, body_words from knowledge_articles where id = ${a.id}`
    await countTerms(tx, old!.title_words, old!.body_words, -1)
  }
  const w = versionWords({ title: v.title, questions: v.questions, keywords: v.keywords, answer: v.answer })
  await tx`
    update knowledge_articles set state = 'published', published_version = ${a.version}, title = ${v.title}, category = ${v.category},
      is_public = ${v.is_public}, effective_from = ${v.effective_from}, effective_until = ${v.effective_until},
      title_words = ${w.title}, body_words = ${w.body}, updated_at = now()
    where id = ${a.id}`
  await countTerms(tx, w.title, w.body, 1)
}

async function unpublish(tx: TransactionSql, a: ArticleRow) {
  const [old] = await tx`select title_words, body_words from knowledge_articles where id = ${a.id}`
  await countTerms(tx, old!.title_words, old!.body_words, -1)
  await tx`
    update knowledge_articles set published_version = null, title_words = '', body_words = '', updated_at = now(),
      state = case when state = 'published' then 'expired' else state end
    where id = ${a.id}`
}

/** One version of an article, as the console and the portal show it. */
export async function readVersion(sql: Sql | TransactionSql, id: number, version: number) {
  const [v] = await sql`
    select version, title, questions, answer, attachments, category, source, keywords, effective_from::text, effective_until::text, is_public, created_at
    from knowledge_versions where article_id = ${id} and version = ${version}`
  if (!v) throw errors.articleNotFound({ id, version })
  return {
    version: v.version as number, title: v.title as string, questions: v.questions as string[], answer: v.answer as string,
    attachments: v.attachments as Attachment[], category: v.category as string | null, source: v.source as string | null,
    keywords: v.keywords as string[], effectiveFrom: v.effective_from as string | null, effectiveUntil: v.effective_until as string | null,
    isPublic: v.is_public as boolean, createdAt: (v.created_at as Date).toISOString(),
  }
}
