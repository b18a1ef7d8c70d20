// 当场答复 from a public article: the caller may get the article's public link (portal 常见问题) by SMS or e-mail, a message
// of its own beside the feedback one. Sent on the complainant's channel as the milestones are; an anonymous caller has
// no channel and gets nothing; once per case and article (a repeated request sends nothing twice).
import type { Sql } from 'postgres'
import type { Mailer } from '../../channels/email/send.js'
import { decrypt } from '../privacy/crypto.js'
import { chooseRoute, type Route } from '../notify/deliver.js'
import type { SmsOutbox } from '../notify/sms.js'

export interface LinkDeps { sql: Sql; encKey: Buffer; mailer: Mailer; sms: SmsOutbox; publicBaseUrl: string; log: { warn: (o: object, m: string) => void } }
export interface LinkOutcome { route: Route; status: string }

/** The article's page on the portal. */
export const articleLink = (publicBaseUrl: string, articleId: number) => `${publicBaseUrl.replace(/\/+$/, '')}/portal/faq?article=${articleId}`

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export async function sendArticleLink(deps: LinkDeps, caseId: number, article: { id: number; title: string; isPublic: boolean }): Promise<LinkOutcome> {
  if (!article.isPublic) return { route: 'none', status: 'not_public' }
  const [row] = await deps.sql`
    select k.case_number, k.channel, k.anonymous, k.identity, k.preferred_channel from complaints k where k.id = ${caseId}`
  if (!row) return { route: 'none', status: 'case_missing' }
  const identity = (row.identity ?? {}) as Record<string, string>
  const clear = (f: string) => (identity[f] ? decrypt(deps.encKey, identity[f]) : null)
  const route = chooseRoute('accepted', { anonymous: row.anonymous, phone: clear('phone'), email: clear('email'), name: clear('name'), preferred: row.preferred_channel, channel: row.channel }, null)
  const url = articleLink(deps.publicBaseUrl, article.id)
  // not numeric after the case id: the milestones' ordering (src/notify/deliver.ts) never reads it as a later version
  const dedupeKey = `knowledge_link:${caseId}:a${article.id}`
  try {
    if (route === 'sms') {
      const sent = await deps.sms.send({
        to: clear('phone')!, body: `【诉求中心】您咨询的“${article.title}”，答复详见 ${url}（诉求${row.case_number}）。`,
        kind: 'knowledge_link', caseId, dedupeKey, line: row.channel === 'phone' ? 'phone' : 'hotline',
      })
      return { route, status: sent.status }
    }
    if (route === 'email') {
      const text = `您好：\n\n您咨询的“${article.title}”，答复全文详见：${url}\n\n诉求编号：${row.case_number}`
      const html = `<p>您好：</p><p>您咨询的“${esc(article.title)}”，答复全文详见：<a href="${esc(url)}">${esc(url)}</a></p><p>诉求编号：${esc(row.case_number)}</p>`
      const sent = await deps.mailer.send({ to: clear('email')!, subject: `答复详见：${article.title}`, text, html, kind: 'knowledge_link', caseId, dedupeKey })
      return { route, status: sent.status }
    }
  } catch (err) {
    // the outbox row says it failed and staff see it there; the call is logged and answered all the same
    deps.log.warn({ err, caseId, articleId: article.id }, 'knowledge: the article link could not be sent')
    return { route, status: 'failed' }
  }
  return { route: 'none', status: 'skipped' }
}
