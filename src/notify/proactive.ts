// 主动治理 (issue 23): a proactive task's result goes to the complainants of the cases linked to it — one message per
// person, on their own channel, about their own case; an anonymous complainant is never told (nothing to reach them
// by but the tracking code). The task itself has no complainant and gets nothing.
import { proactiveResultEmail } from '../../channels/email/templates.js'
import { isTwilioSmsError } from '../../channels/twilio/sms.js'
import { linkedComplainants } from '../hotspots/proactive.js'
import { chooseRoute, type DeliveryOutcome, type NotifyDeps } from './deliver.js'

export function proactiveSmsText(caseNumber: string, reply: string): string {
  const text = reply.length > 200 ? reply.slice(0, 200) + '…' : reply
  return `【诉求中心】您反映的问题（诉求${caseNumber}）已由我们主动治理：${text} 您的诉求仍按原流程办理。`
}

/** Tells each linked complainant once; a retry of the job sends nothing twice (dedupe key per task and case). */
export async function tellLinkedComplainants(deps: NotifyDeps, taskId: number, reply: string, centreName: string | undefined, opts: { lastAttempt?: boolean } = {}): Promise<DeliveryOutcome> {
  const people = await linkedComplainants(deps.sql, deps.encKey, taskId)
  let sent = 0
  let failed = 0
  for (const p of people) {
    // the third part of the key is not a number: the linked case's own milestones never read it as a later version
    const dedupeKey = `proactive_result:${taskId}:c${p.caseId}`
    const route = chooseRoute('accepted', { anonymous: false, ...p }, null)
    if (route === 'email') {
      const mail = proactiveResultEmail({ publicBaseUrl: deps.publicBaseUrl, caseNumber: p.caseNumber, name: p.name ?? undefined, centreName, reply })
      await deps.mailer.send({ to: p.email!, subject: mail.subject, text: mail.text, html: mail.html, kind: 'proactive_result', caseId: p.caseId, dedupeKey })
      sent++
    } else if (route === 'sms') {
      try {
        await deps.sms.send({ to: p.phone!, body: proactiveSmsText(p.caseNumber, reply), kind: 'proactive_result', caseId: p.caseId, dedupeKey, line: p.channel === 'phone' ? 'phone' : 'hotline' })
        sent++
      } catch (err) {
        if (!opts.lastAttempt && !(isTwilioSmsError(err) && !err.retryable)) throw err
        failed++
      }
    }
  }
  return { route: people.length ? 'sms' : 'none', status: `proactive:${sent}/${people.length}${failed ? `,failed:${failed}` : ''}` }
}
