// 反馈: the milestones that reach the complainant (receipt, accepted/rejected, result with the evaluation request), on their channel.
import { publishLiveEvent } from '../live/events.js'
import type { Sql } from 'postgres'
import { caseMachine, type CaseSnapshot } from '../cases/machine.js'
import { decrypt } from '../privacy/crypto.js'
import type { Mailer } from '../../channels/email/send.js'
import { acceptedEmail, evaluationRequestEmail, receiptEmail, rejectedEmail, resultEmail, trackingLink } from '../../channels/email/templates.js'
import type { SmsOutbox } from './sms.js'
import { isTwilioSmsError } from '../../channels/twilio/sms.js'
import { tellLinkedComplainants } from './proactive.js'

export type NotifyKind = 'receipt' | 'accepted' | 'rejected' | 'result' | 'redo'
export type Route = 'email' | 'sms' | 'callback' | 'none'

export interface NotifyDeps { sql: Sql; encKey: Buffer; mailer: Mailer; sms: SmsOutbox; publicBaseUrl: string }

export interface Recipient { anonymous: boolean; phone: string | null; email: string | null; name: string | null; preferred: string | null; channel: string }

/**
 * The complainant's preferred channel, else the one they came in on. The result goes where the
 * feedback was sent (phone → a call-back task, letter → printed by a clerk).
 */
export function chooseRoute(kind: NotifyKind, r: Recipient, feedbackChannel: string | null): Route {
  if (r.anonymous) return 'none'
  const pick = kind === 'result' && feedbackChannel ? feedbackChannel : r.preferred
  if (pick === 'email' && r.email) return 'email'
  if (pick === 'sms' && r.phone) return 'sms'
  if (pick === 'phone' && r.phone) return kind === 'result' ? 'callback' : 'sms'
  if (pick === 'letter' || pick === 'tracking') return kind === 'result' ? 'none' : r.phone ? 'sms' : 'none'
  if (r.channel === 'web' && r.email) return 'email'
  if (r.phone) return 'sms'
  if (r.email) return 'email'
  return 'none'
}

/** What the kept copy of a receipt shows in place of the PIN: the PIN lives only as a hash and in the message sent. */
export const PIN_MASK = '******'

/** Short Chinese SMS texts (one or two segments). */
export function smsText(kind: NotifyKind, v: { caseNumber: string; trackingCode: string; pin: string | null; reason?: string | null; reply?: string | null; link: string }): string {
  switch (kind) {
    case 'receipt': return `【诉求中心】您的诉求已收到，编号${v.caseNumber}，查询码${v.trackingCode}${v.pin ? `，查询密码${v.pin}` : ''}，可登录 ${v.link} 查询进度。`
    case 'accepted': return `【诉求中心】您的诉求${v.caseNumber}已受理，正在交办承办单位，请留意办理结果。`
    case 'rejected': return `【诉求中心】您的诉求${v.caseNumber}不予受理，理由：${v.reason ?? ''}。如有疑问请致电热线。`
    case 'redo': return `【诉求中心】您对诉求${v.caseNumber}的办理结果不满意，已安排重新办理。`
    case 'result': {
      const reply = (v.reply ?? '').length > 200 ? (v.reply ?? '').slice(0, 200) + '…' : v.reply ?? ''
      return `【诉求中心】您的诉求${v.caseNumber}已办结：${reply} 请回复1满意 2基本满意 3不满意，或登录 ${v.link} 评价。`
    }
  }
}

export interface DeliveryOutcome { route: Route; status: string }

export async function deliverNotification(deps: NotifyDeps, job: { caseId: number; kind: NotifyKind; version?: number }, opts: { lastAttempt?: boolean } = {}): Promise<DeliveryOutcome> {
  const { sql, encKey } = deps
  const [row] = await sql`
    select k.case_number, k.tracking_code, k.title, k.channel, k.type, k.anonymous, k.identity, k.preferred_channel, c.snapshot, c.root_unit_id, k.extra->'refusedFiles' as refused,
           (select answer_enc from intakes i where i.complaint_id = k.id order by i.id limit 1) as answer_enc,
           (select name from units u where u.id = c.root_unit_id) as centre
    from complaints k join cases c on c.id = k.id where k.id = ${job.caseId}`
  if (!row) return { route: 'none', status: 'case_missing' }
  // Messages to one person keep the order of the events: a milestone whose later one already went out (已受理 after the
  // result of a case answered at once) is dropped, not sent late. The receipt always goes.
  if (job.kind !== 'receipt' && job.version !== undefined) {
    const [later] = await sql`
      select 1 from outbound_messages where case_id = ${job.caseId} and kind <> 'receipt' and dedupe_key like ${`%:${job.caseId}:%`}
        and split_part(dedupe_key, ':', 3) ~ '^[0-9]+$' and split_part(dedupe_key, ':', 3)::int > ${job.version} limit 1`
    if (later) return { route: 'none', status: 'superseded' }
  }
  const identity = (row.identity ?? {}) as Record<string, string>
  const clear = (f: string) => (identity[f] ? decrypt(encKey, identity[f]) : null)
  const recipient: Recipient = { anonymous: row.anonymous, phone: clear('phone'), email: clear('email'), name: clear('name'), preferred: row.preferred_channel, channel: row.channel }
  const ctx = (caseMachine.resolveState(row.snapshot) as CaseSnapshot).context
  const route = chooseRoute(job.kind, recipient, ctx.feedback?.channel ?? null)
  const pin = job.kind === 'receipt' && row.answer_enc ? (JSON.parse(decrypt(encKey, row.answer_enc)).pin as string) : null
  const reply = ctx.feedback?.text ?? ctx.finalReply?.text ?? null
  // 主动治理: the task has no complainant; its result goes to the complainants of the cases linked to it
  if (row.type === 'proactive') return job.kind === 'result' ? tellLinkedComplainants(deps, job.caseId, reply ?? '', row.centre, opts) : { route: 'none', status: 'skipped' }
  const dedupeKey = `${job.kind}:${job.caseId}:${job.version ?? 0}`
  const common = { publicBaseUrl: deps.publicBaseUrl, caseNumber: row.case_number, title: row.title, name: recipient.name ?? undefined, centreName: row.centre }

  if (route === 'email') {
    const refused = Array.isArray(row.refused) ? (row.refused as { filename: string; note: string }[]) : []
    const receipt = (shown: string | null) => receiptEmail({ ...common, trackingCode: row.tracking_code, pin: shown ?? '（见受理回执）', refused })
    const mail =
      job.kind === 'receipt' ? receipt(pin) :
      job.kind === 'accepted' || job.kind === 'redo' ? acceptedEmail(common) :
      job.kind === 'rejected' ? rejectedEmail({ ...common, reason: ctx.rejectReason ?? '' }) :
      resultEmail({ ...common, reply: reply ?? '' })
    // the outbox keeps the receipt with the PIN masked; only the mail that leaves carries it
    const kept = job.kind === 'receipt' && pin ? receipt(PIN_MASK) : undefined
    const sent = await deps.mailer.send({ to: recipient.email!, subject: mail.subject, text: mail.text, html: mail.html, kept: kept && { text: kept.text, html: kept.html }, kind: job.kind, caseId: job.caseId, dedupeKey })
    if (job.kind === 'result') {
      const ask = evaluationRequestEmail({ ...common, trackingCode: row.tracking_code })
      await deps.mailer.send({ to: recipient.email!, subject: ask.subject, text: ask.text, html: ask.html, kind: 'evaluation_request', caseId: job.caseId, dedupeKey: `evaluation_request:${job.caseId}:${job.version ?? 0}` })
    }
    return { route, status: sent.status }
  }
  if (route === 'sms') {
    const text = (shownPin: string | null) => smsText(job.kind, { caseNumber: row.case_number, trackingCode: row.tracking_code, pin: shownPin, reason: ctx.rejectReason, reply, link: trackingLink(deps.publicBaseUrl) })
    try {
      const sent = await deps.sms.send({ to: recipient.phone!, body: text(pin), kept: pin ? text(PIN_MASK) : undefined, kind: job.kind, caseId: job.caseId, dedupeKey, line: row.channel === 'phone' ? 'phone' : 'hotline' })
      return { route, status: sent.status }
    } catch (err) {
      // a permanent refusal (a bad number) will not go better on a retry
      const final = opts.lastAttempt || (isTwilioSmsError(err) && !err.retryable)
      if (!final) throw err
      // the result must reach the complainant: an operator phones instead (回访)
      if (job.kind === 'result') {
        await createCallbackTask(sql, job.caseId, row.channel === 'phone' ? 'phone' : 'hotline', 'sms_failed')
        return { route: 'callback', status: 'sms_failed' }
      }
      return { route, status: 'failed' }
    }
  }
  if (route === 'callback') {
    await createCallbackTask(sql, job.caseId, row.channel === 'phone' ? 'phone' : 'hotline', 'result_by_phone')
    return { route, status: 'task_created' }
  }
  return { route, status: 'skipped' }
}

/**
 * 回访 task for an operator of the line; one open task per case and reason. The live notice goes to the operators
 * whose jurisdiction covers the case's place, never to a unit the case is recused from (as the call-back list).
 */
export async function createCallbackTask(sql: Sql, caseId: number, line: string, reason: string): Promise<void> {
  const [c] = await sql`
    with task as (
      insert into callback_tasks (case_id, line, reason, due_at)
      values (${caseId}, ${line}, ${reason}, now() + interval '1 day')
      on conflict (case_id, reason) where status = 'open' do nothing)
    select coalesce(c.division_code, u.division_code) as division_code, c.recuse_unit_id
    from cases c join units u on u.id = c.root_unit_id where c.id = ${caseId}`
  if (!c) return
  await publishLiveEvent(sql, {
    topic: 'callback.created', roles: ['operator'], coversDivision: c.division_code,
    ...(c.recuse_unit_id === null ? {} : { recuseUnitId: Number(c.recuse_unit_id) }),
    payload: { caseId, line, reason },
  })
}
