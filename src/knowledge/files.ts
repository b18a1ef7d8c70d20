// An article's uploaded files (申请表.docx、办事指南.pdf): blobs in the case attachment store (content-addressed under
// <dataDir>/files), rows in knowledge_files naming the versions they belong to — from the version they were added in
// until the one they were removed in — so a published version keeps its files while the next draft changes them.
// Adding or removing a file is an edit of the draft (a published article gets a new draft version, as a saved edit
// does), audited as one. Who may download: staff as they may read the version; the public only a file of the
// published version of a public article in force (the same rule as the 常见问题 page).
import type { FastifyInstance } from 'fastify'
import type { Sql, TransactionSql } from 'postgres'
import { appendAudit } from '../audit/log.js'
import { errors } from '../http/errors.js'
import type { ValidatedFile } from '../attachments/store.js'
import type { StaffUser } from '../users/service.js'
import { withoutMetadata } from '../privacy/image-metadata.js'
import { articleFor, loadArticle, stateLabels, type ArticleRow } from './articles.js'
import { canEdit, canReadDrafts } from './access.js'
import { beijingToday } from './search.js'

type User = Pick<StaffUser, 'id' | 'role' | 'unit'>
type Runner = Sql | TransactionSql

/** Files one version of an article may carry at most. */
export const MAX_ARTICLE_FILES = 20

export interface ArticleFileRow { id: number; articleId: number; sha256: string; size: number; mime: string; filename: string; createdAt: Date }

const rowOf = (r: Record<string, unknown>): ArticleFileRow => ({
  id: Number(r.id), articleId: Number(r.article_id), sha256: r.sha256 as string, size: Number(r.size), mime: r.mime as string,
  filename: r.filename as string, createdAt: r.created_at as Date,
})

/** The condition "file `f` belongs to version `v`". */
const inVersion = (sql: Runner, v: number) => sql`f.added_in_version <= ${v} and (f.removed_in_version is null or f.removed_in_version > ${v})`

/** The files of one version, oldest first. */
export async function filesOf(sql: Runner, articleId: number, version: number): Promise<ArticleFileRow[]> {
  const rows = await sql`select f.id, f.article_id, f.sha256, f.size, f.mime, f.filename, f.created_at from knowledge_files f
    where f.article_id = ${articleId} and ${inVersion(sql, version)} order by f.id`
  return rows.map(rowOf)
}

/** What a list shows of a file (never the path on disk); `url` downloads it for whoever the list is for. */
export function fileView(f: ArticleFileRow, url: string) {
  return { id: f.id, filename: f.filename, mime: f.mime, size: f.size, createdAt: f.createdAt.toISOString(), url }
}
export const staffFileUrl = (f: ArticleFileRow) => `/api/knowledge/articles/${f.articleId}/files/${f.id}`
export const publicFileUrl = (f: ArticleFileRow) => `/api/public/knowledge/articles/${f.articleId}/files/${f.id}`

/**
 * The draft version an edit of files goes to: the draft itself, or a new draft version copied from the newest one
 * of a published or withdrawn article (whose published version stays offered, with its files). Not while in review.
 */
async function draftVersion(tx: TransactionSql, a: ArticleRow, user: User): Promise<number> {
  if (a.state === 'review') throw errors.articleWrongState({ state: a.state, stateLabel: stateLabels.review })
  if (a.state === 'draft') return a.version
  const next = a.version + 1
  await tx`
    insert into knowledge_versions (article_id, version, title, questions, answer, attachments, category, source, keywords, effective_from, effective_until, is_public, created_by)
    select article_id, ${next}, title, questions, answer, attachments, category, source, keywords, effective_from, effective_until, is_public, ${user.id}
    from knowledge_versions where article_id = ${a.id} and version = ${a.version}`
  await tx`update knowledge_articles set state = 'draft', version = ${next}, updated_at = now() where id = ${a.id}`
  return next
}

/** The article for an edit of its files by `user`: 404 when they may not see its draft, 403 when they may not edit it. */
async function editable(tx: TransactionSql, user: User, id: number): Promise<ArticleRow> {
  const a = await loadArticle(tx, id, true)
  if (!canEdit(user, a)) throw a.publishedVersion === null && !canReadDrafts(user, a) ? errors.articleNotFound({ id }) : errors.forbidden()
  return a
}

/**
 * Adds uploaded files (already checked: size, type by content) to the article's draft: images lose their metadata
 * (GPS point, camera, owner) as a citizen's photos do; the blobs move into the store; one audit row per file.
 * A failure leaves no blob this call created behind.
 */
export async function addArticleFiles(app: FastifyInstance, user: User, id: number, uploaded: ValidatedFile[]): Promise<{ version: number; files: ArticleFileRow[] }> {
  const files = await Promise.all(uploaded.map(withoutMetadata))
  const created: string[] = []
  try {
    return await app.sql.begin(async (tx) => {
      const a = await editable(tx, user, id)
      const version = await draftVersion(tx, a, user)
      const [{ n }] = await tx`select count(*)::int as n from knowledge_files f where f.article_id = ${id} and ${inVersion(tx, version)}`
      if (n + files.length > MAX_ARTICLE_FILES) throw errors.articleFilesFull({ id, max: MAX_ARTICLE_FILES, files: n })
      const rows: ArticleFileRow[] = []
      for (const f of files) {
        await app.attachments.hold(tx, f.sha256)
        if (await app.attachments.writeBlob(f)) created.push(f.sha256)
        const [r] = await tx`
          insert into knowledge_files (article_id, sha256, size, mime, filename, added_in_version, created_by)
          values (${id}, ${f.sha256}, ${f.size}, ${f.mime}, ${f.filename}, ${version}, ${user.id})
          returning id, article_id, sha256, size, mime, filename, created_at`
        const row = rowOf(r!)
        rows.push(row)
        await appendAudit(tx, [{
          actorUserId: user.id, actorKind: 'staff', action: 'knowledge.file_add', caseId: null,
          detail: { articleId: id, version, unitId: a.ownerUnitId, fileId: row.id, filename: row.filename, mime: row.mime, size: row.size, sha256: row.sha256 },
        }])
      }
      await tx`update knowledge_articles set updated_at = now() where id = ${id}`
      return { version, files: rows }
    })
  } catch (err) {
    // blobs this upload wrote that no row (of a case or an article) uses
    for (const sha of created) await app.attachments.dropIfUnused(sha)
    throw err
  }
}

/** Takes a file out of the article's draft (the versions before keep it); audited. */
export async function removeArticleFile(sql: Sql, user: User, id: number, fileId: number): Promise<{ version: number }> {
  return sql.begin(async (tx) => {
    const a = await editable(tx, user, id)
    const [f] = await tx`select f.id, f.filename, f.sha256 from knowledge_files f where f.id = ${fileId} and f.article_id = ${id} and ${inVersion(tx, a.version)}`
    if (!f) throw errors.articleFileNotFound({ id, fileId })
    const version = await draftVersion(tx, a, user)
    await tx`update knowledge_files set removed_in_version = ${version}, removed_by = ${user.id}, removed_at = now() where id = ${fileId}`
    await tx`update knowledge_articles set updated_at = now() where id = ${id}`
    await appendAudit(tx, [{
      actorUserId: user.id, actorKind: 'staff', action: 'knowledge.file_remove', caseId: null,
      detail: { articleId: id, version, unitId: a.ownerUnitId, fileId, filename: f.filename, sha256: f.sha256 },
    }])
    return { version }
  })
}

/**
 * A file as `user` may download it: any version's file for those who read the drafts (owner unit, admins above);
 * for other staff a file of the published version. Everything else is 404, as for a file that does not exist.
 */
export async function fileForStaff(sql: Sql, user: User, id: number, fileId: number): Promise<ArticleFileRow> {
  let a: ArticleRow
  try {
    a = await articleFor(sql, user, id)
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) throw errors.articleFileNotFound({ id, fileId })
    throw err
  }
  const drafts = canReadDrafts(user, a)
  if (!drafts && a.publishedVersion === null) throw errors.articleFileNotFound({ id, fileId })
  const [r] = await sql`select f.id, f.article_id, f.sha256, f.size, f.mime, f.filename, f.created_at from knowledge_files f
    where f.id = ${fileId} and f.article_id = ${id} ${drafts ? sql`` : sql`and ${inVersion(sql, a.publishedVersion!)}`}`
  if (!r) throw errors.articleFileNotFound({ id, fileId })
  return rowOf(r)
}

/** A file of the published version of a public article in force; 404 for anything else (draft, internal, expired). */
export async function publicFile(sql: Sql, id: number, fileId: number): Promise<ArticleFileRow> {
  const today = beijingToday()
  const [r] = await sql`
    select f.id, f.article_id, f.sha256, f.size, f.mime, f.filename, f.created_at
    from knowledge_articles a join knowledge_files f on f.article_id = a.id
    where a.id = ${id} and f.id = ${fileId} and a.published_version is not null and a.is_public
      and (a.effective_from is null or a.effective_from <= ${today}::date) and (a.effective_until is null or a.effective_until >= ${today}::date)
      and f.added_in_version <= a.published_version and (f.removed_in_version is null or f.removed_in_version > a.published_version)`
  if (!r) throw errors.articleFileNotFound({ id, fileId })
  return rowOf(r)
}
