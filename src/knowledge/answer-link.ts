// 当场答复 from a public article: the caller may get the article's public link (portal 常见问题) by SMS or e-mail, a message
// of its own beside the feedback one. The request only queues it (a `knowledge-link` job, in the transaction that records
// the answer); the job sends it on the complainant's channel as the milestones go, retried with backoff when the
// transport fails, and once per case and article (a fixed job id, and the outbox row's dedupe key). An anonymous caller
// has no channel and gets nothing. The job carries ids only: the number or address is read, sealed, from the case.
// The message names the page the link opens: the article's current published version, public and in force, whatever
// version the answer was given from (an older one may have been internal). The job checks that again when it runs: an
// article withdrawn, made internal or past its last effective day since (before the daily job withdrew it) gets no link,
// and the outbox row says so (已跳过) instead of waiting for a retry.
import type { Sql, TransactionSql } from 'postgres'
import type PgBoss from 'pg-boss'
import { EmailSendError, type Mailer } from '../../channels/email/send.js'
import { isTwilioSmsError } from '../../channels/twilio/sms.js'
import { decrypt, encrypt } from '../privacy/crypto.js'
import { maskEmail, maskPhone } from '../privacy/mask.js'
import { chooseRoute, type Route } from '../notify/deliver.js'
import type { SmsOutbox } from '../notify/sms.js'
import type { Outbox, OutboxJob } from '../cases/services.js'
import { jobId } from '../complaints/create.js'
import { beijingToday } from './search.js'

export const ARTICLE_LINK_QUEUE = 'knowledge-link'

export interface LinkOutcome { route: Route; status: string }
/**
 * What a `knowledge-link` job carries: ids only. `version` is the one the answer was given from (jobs queued before
 * it was left out carry it); the message never reads it, it names the version the link opens.
 */
export interface ArticleLinkJob { caseId: number; articleId: number; version?: number }
export interface LinkDeps { sql: Sql; encKey: Buffer; mailer: Mailer; sms: SmsOutbox; publicBaseUrl: string; log: { warn: (o: object, m: string) => void } }

/** The article's page on the portal. */
export const articleLink = (publicBaseUrl: string, articleId: number) => `${publicBaseUrl.replace(/\/+$/, '')}/portal/faq?article=${articleId}`

// not numeric after the case id: the milestones' ordering (src/notify/deliver.ts) never reads it as a later version
const dedupeKeyOf = (caseId: number, articleId: number) => `knowledge_link:${caseId}:a${articleId}`

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The title of the page the link opens — the article's published version, public and in force today (Beijing time),
 * as the portal shows it (/api/public/knowledge/articles/:id) — or null when there is no such page.
 */
export async function linkableTitle(sql: Sql | TransactionSql, articleId: number): Promise<string | null> {
  const today = beijingToday()
  const [row] = await sql`
    select v.title from knowledge_articles a join knowledge_versions v on v.article_id = a.id and v.version = a.published_version
    where a.id = ${articleId} and a.published_version is not null and a.is_public and v.is_public
      and (a.effective_from is null or a.effective_from <= ${today}::date) and (a.effective_until is null or a.effective_until >= ${today}::date)`
  return row ? (row.title as string) : null
}

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
export async function queueArticleLink(tx: TransactionSql, deps: { encKey: Buffer; outbox: Outbox }, caseId: number, article: { id: number; version: number }): Promise<LinkOutcome> {
  if ((await linkableTitle(tx, article.id)) === null) return { route: 'none', status: 'not_public' }
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
  const dedupeKey = dedupeKeyOf(job.caseId, job.articleId)
  const title = await linkableTitle(deps.sql, job.articleId)
  if (title === null) {
    // withdrawn, made internal or past its last effective day since the answer: its page is gone, so nothing is sent
    if (to.route === 'sms' || to.route === 'email') await recordSkipped(deps, job, to, dedupeKey)
    return { route: 'none', status: 'not_public' }
  }
  const url = articleLink(deps.publicBaseUrl, job.articleId)
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

/**
 * The outbox row of a link that will not go (已跳过, with the reason), where staff look for what became of it; one that
 * went already is left as it is. Neither the title nor the link is in it: the article may be internal now.
 */
async function recordSkipped(deps: LinkDeps, job: ArticleLinkJob, to: { route: Route; phone: string | null; email: string | null; caseNumber: string }, dedupeKey: string) {
  const recipient = to.route === 'sms' ? to.phone! : to.email!
  const masked = to.route === 'sms' ? maskPhone(recipient) : maskEmail(recipient)
  const body = `（未发送）诉求${to.caseNumber}的知识条目 #${job.articleId} 链接`
  const detail = '该条目已撤回、转为内部或已过失效日期，未发送链接 / The article is no longer public, published and in force: no link sent'
  await deps.sql`
    insert into outbound_messages (channel, kind, case_id, recipient_enc, recipient_masked, body, status, status_detail, dedupe_key)
    values (${to.route}, 'knowledge_link', ${job.caseId}, ${encrypt(deps.encKey, recipient)}, ${masked}, ${body}, 'skipped', ${detail}, ${dedupeKey})
    on conflict (dedupe_key) do update set status = 'skipped', status_detail = excluded.status_detail, body = excluded.body, updated_at = now()
      where outbound_messages.status in ('queued', 'failed')`
}

/** The pg-boss handler of the `knowledge-link` queue: register it as `app.jobHandlers[ARTICLE_LINK_QUEUE]`. */
export function articleLinkHandler(deps: () => LinkDeps) {
  return async (jobs: PgBoss.Job<Record<string, unknown>>[]) => {
    for (const job of jobs as unknown as PgBoss.JobWithMetadata<ArticleLinkJob>[]) {
      await sendArticleLink(deps(), job.data, { lastAttempt: (job.retryCount ?? 0) >= (job.retryLimit ?? 0) })
    }
  }
}
