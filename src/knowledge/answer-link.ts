// 当场答复 from a public article: the caller may get the article's public link (portal 常见问题) by SMS or e-mail, a message
// of its own beside the feedback one. The request only queues it (a `knowledge-link` job, in the transaction that records
// the answer); the job sends it on the complainant's channel as the milestones go, retried with backoff when the
// transport fails, and once per case and article (a fixed job id, and the outbox row's dedupe key). An anonymous caller
// has no channel and gets nothing. The job carries ids only: the number or address is read, sealed, from the case.
import type { Sql, TransactionSql } from 'postgres'
import type PgBoss from 'pg-boss'
import { EmailSendError, type Mailer } from '../../channels/email/send.js'
import { isTwilioSmsError } from '../../channels/twilio/sms.js'
import { decrypt } from '../privacy/crypto.js'
import { chooseRoute, type Route } from '../notify/deliver.js'
import type { SmsOutbox } from '../notify/sms.js'
import type { Outbox, OutboxJob } from '../cases/services.js'
import { jobId } from '../complaints/create.js'

export const ARTICLE_LINK_QUEUE = 'knowledge-link'

export interface LinkOutcome { route: Route; status: string }
/** What a `knowledge-link` job carries: ids only. */
export interface ArticleLinkJob { caseId: number; articleId: number; version: number }
export interface LinkDeps { sql: Sql; encKey: Buffer; mailer: Mailer; sms: SmsOutbox; publicBaseUrl: string; log: { warn: (o: object, m: string) => void } }

/** The article's page on the portal. */
export const articleLink = (publicBaseUrl: string, articleId: number) => `${publicBaseUrl.replace(/\/+$/, '')}/portal/faq?article=${articleId}`

// not numeric after the case id: the milestones' ordering (src/notify/deliver.ts) never reads it as a later version
const dedupeKeyOf = (caseId: number, articleId: number) => `knowledge_link:${caseId}:a${articleId}`

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The job that sends the link once: a fixed id per case and article, so asking again enqueues nothing. */
export function articleLinkJob(j: ArticleLinkJob): OutboxJob {
  return { name: ARTICLE_LINK_QUEUE, data: { ...j }, options: { id: jobId(j.caseId, `knowledge_link_a${j.articleId}`, 0), retryLimit: 5, retryBackoff: true } }
}

/** Where the complainant of the case is reached (their preferred channel, else the one they came in on), opened. */
async function recipientOf(sql: Sql | TransactionSql, encKey: Buffer, caseId: number) {
  const [row] = await sql`select k.case_number, k.channel, k.anonymous, k.identity, k.preferred_channel from complaints k where k.id = ${caseId}`
  if (!row) return null
  const identity = (row.identity ?? {}) as Record<string, string>
  const clear = (f: string) => (identity[f] ? decrypt(encKey, identity[f]) : null)
  const phone = clear('phone'), email = clear('email')
  const route = chooseRoute('accepted', { anonymous: row.anonymous, phone, email, name: null, preferred: row.preferred_channel, channel: row.channel }, null)
  return { route, phone, email, caseNumber: row.case_number as string, line: (row.channel === 'phone' ? 'phone' : 'hotline') as 'phone' | 'hotline' }
}

/**
 * In the request, inside the transaction that records the answer: queues the link for the caller and says so at once
 * (`queued`), or why nothing goes (an internal article, an anonymous caller), or what became of the one already asked for.
 */
export async function queueArticleLink(tx: TransactionSql, deps: { encKey: Buffer; outbox: Outbox }, caseId: number, article: { id: number; isPublic: boolean; version: number }): Promise<LinkOutcome> {
  if (!article.isPublic) return { route: 'none', status: 'not_public' }
  const to = await recipientOf(tx, deps.encKey, caseId)
  if (!to) return { route: 'none', status: 'case_missing' }
  if (to.route !== 'sms' && to.route !== 'email') return { route: 'none', status: 'skipped' }
  const [earlier] = await tx`select status from outbound_messages where dedupe_key = ${dedupeKeyOf(caseId, article.id)}`
  if (earlier && earlier.status !== 'queued') return { route: to.route, status: earlier.status }
  await deps.outbox.send(tx, [articleLinkJob({ caseId, articleId: article.id, version: article.version })])
  return { route: to.route, status: 'queued' }
}

/**
 * In the job: sends the link. A transport failure that another attempt may cure is thrown for pg-boss to retry (the
 * outbox row waits as 待发送 meanwhile); a permanent refusal, or the last attempt, leaves the row 失败 and ends the job.
 */
export async function sendArticleLink(deps: LinkDeps, job: ArticleLinkJob, opts: { lastAttempt?: boolean } = {}): Promise<LinkOutcome> {
  const to = await recipientOf(deps.sql, deps.encKey, job.caseId)
  if (!to) return { route: 'none', status: 'case_missing' }
  // withdrawn or made internal since the answer: its page is gone, so nothing is sent
  const [article] = await deps.sql`
    select v.title from knowledge_articles a join knowledge_versions v on v.article_id = a.id and v.version = ${job.version}
    where a.id = ${job.articleId} and a.is_public and a.published_version is not null`
  if (!article) return { route: 'none', status: 'not_public' }
  const title = article.title as string
  const url = articleLink(deps.publicBaseUrl, job.articleId)
  const dedupeKey = dedupeKeyOf(job.caseId, job.articleId)
  try {
    if (to.route === 'sms') {
      // the article's title, its page and the case number: nothing of what the caller said, nor who they are
      const sent = await deps.sms.send({ to: to.phone!, body: `【诉求中心】您咨询的“${title}”，答复详见 ${url}（诉求${to.caseNumber}）。`, kind: 'knowledge_link', caseId: job.caseId, dedupeKey, line: to.line })
      return { route: to.route, status: sent.status }
    }
    if (to.route === 'email') {
      const text = `您好：\n\n您咨询的“${title}”，答复全文详见：${url}\n\n诉求编号：${to.caseNumber}`
      const html = `<p>您好：</p><p>您咨询的“${esc(title)}”，答复全文详见：<a href="${esc(url)}">${esc(url)}</a></p><p>诉求编号：${esc(to.caseNumber)}</p>`
      const sent = await deps.mailer.send({ to: to.email!, subject: `答复详见：${title}`, text, html, kind: 'knowledge_link', caseId: job.caseId, dedupeKey })
      return { route: to.route, status: sent.status }
    }
  } catch (err) {
    const permanent = (isTwilioSmsError(err) && !err.retryable) || (err instanceof EmailSendError && err.permanent) || err instanceof TypeError
    if (opts.lastAttempt || permanent) {
      // the outbox row says 失败 with the transport's answer, where staff look; the case was answered all the same
      deps.log.warn({ err, caseId: job.caseId, articleId: job.articleId }, 'knowledge: the article link could not be sent')
      return { route: to.route, status: 'failed' }
    }
    // another attempt follows: the row waits as 待发送, keeping the failure's detail
    await deps.sql`update outbound_messages set status = 'queued', updated_at = now() where dedupe_key = ${dedupeKey} and status = 'failed'`
    throw err
  }
  return { route: 'none', status: 'skipped' }
}

/** The pg-boss handler of the `knowledge-link` queue: register it as `app.jobHandlers[ARTICLE_LINK_QUEUE]`. */
export function articleLinkHandler(deps: () => LinkDeps) {
  return async (jobs: PgBoss.Job<Record<string, unknown>>[]) => {
    for (const job of jobs as unknown as PgBoss.JobWithMetadata<ArticleLinkJob>[]) {
      await sendArticleLink(deps(), job.data, { lastAttempt: (job.retryCount ?? 0) >= (job.retryLimit ?? 0) })
    }
  }
}
