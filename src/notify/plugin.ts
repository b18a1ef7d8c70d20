// The `notify` plugin: e-mail and SMS transports for this process, and the handler of the `notify` queue.
import fp from 'fastify-plugin'
import type PgBoss from 'pg-boss'
import { createMailer, type Mailer } from '../../channels/email/send.js'
import { createSmsSender } from '../../channels/twilio/sms.js'
import { createSmsOutbox, type SmsOutbox } from './sms.js'
import { deliverNotification, type NotifyKind } from './deliver.js'

declare module 'fastify' {
  interface FastifyInstance { mailer: Mailer; smsOutbox: SmsOutbox }
}

export const SMS_STATUS_PATH = '/channels/twilio/sms-status'

export default fp<{ mailer?: Mailer; smsOutbox?: SmsOutbox }>(async (app, opts) => {
  const c = app.config
  const mailer = opts.mailer ?? createMailer({ smtpUrl: c.SMTP_URL, from: c.SMTP_FROM, db: app.db, encKey: app.cases.keys.encKey, log: app.log })
  // each line's messages go out from its own number (a report's receipt from the reporting line, not the hotline)
  const senderFrom = (from: string | undefined) => c.TWILIO_ACCOUNT_SID && c.TWILIO_AUTH_TOKEN && from
    ? createSmsSender({ accountSid: c.TWILIO_ACCOUNT_SID, authToken: c.TWILIO_AUTH_TOKEN, apiBase: c.TWILIO_API_BASE, from, statusCallbackUrl: c.PUBLIC_BASE_URL + SMS_STATUS_PATH })
    : null
  const sender = senderFrom(c.TWILIO_HOTLINE_NUMBER ?? c.TWILIO_REPORT_NUMBER)
  const reportSender = c.TWILIO_REPORT_NUMBER && c.TWILIO_REPORT_NUMBER !== c.TWILIO_HOTLINE_NUMBER ? senderFrom(c.TWILIO_REPORT_NUMBER) : null
  const smsOutbox = opts.smsOutbox ?? createSmsOutbox(app.sql, app.cases.keys.encKey, sender, reportSender)
  app.decorate('mailer', mailer)
  app.decorate('smsOutbox', smsOutbox)
  app.addHook('onClose', async () => mailer.close())
  if (mailer.mode === 'record' || smsOutbox.mode === 'record') {
    app.log.info({ email: mailer.mode, sms: smsOutbox.mode }, 'outbound messages without credentials are recorded, not sent (GET /api/outbox)')
  }

  app.jobHandlers.notify = async (jobs) => {
    for (const job of jobs as PgBoss.JobWithMetadata<{ caseId: number; kind: NotifyKind; version?: number }>[]) {
      const outcome = await deliverNotification(
        { sql: app.sql, encKey: app.cases.keys.encKey, mailer, sms: smsOutbox, publicBaseUrl: c.PUBLIC_BASE_URL },
        job.data, { lastAttempt: (job.retryCount ?? 0) >= (job.retryLimit ?? 0) },
      )
      app.log.debug({ caseId: job.data.caseId, kind: job.data.kind, ...outcome }, 'notification')
    }
  }
}, { name: 'notify', dependencies: ['db', 'cases', 'config'] })
