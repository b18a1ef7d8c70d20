// The e-mail intake: the mailbox worker stores raw mail (IMAP), the `mailbox-process` queue turns it into cases.
import fp from 'fastify-plugin'
import { startMailboxWorker } from '../../workers/mailbox.js'
import { wakeQueue } from '../../workers/index.js'
import { processInboundEmail } from './process.js'
import originalMailRoutes from './routes.js'

export default fp(async (app) => {
  await app.register(originalMailRoutes)
  app.jobHandlers['mailbox-process'] = async (jobs) => {
    for (const job of jobs) {
      for (const id of (job.data.ids as number[]) ?? []) {
        const r = await processInboundEmail(app, id)
        app.log.info({ inboundEmailId: id, ...r }, 'inbound e-mail processed')
      }
    }
  }
  app.workerStarters.push(async (boss) => {
    // mail stored before a crash, but not yet processed, is picked up at start
    const pending = await app.sql`select id from inbound_emails where processed_at is null order by id`
    if (pending.length) await boss.send('mailbox-process', { ids: pending.map((r) => Number(r.id)) })
    const worker = await startMailboxWorker({
      config: app.config, db: app.db, log: app.log, lease: { sql: app.sql, seconds: app.config.MAILBOX_LEASE_SECONDS },
      // the queue is woken at once: a mail becomes a case as soon as it is stored, not at the queue's next poll
      onStored: (ids) => {
        boss.send('mailbox-process', { ids }).then(
          () => wakeQueue(boss, 'mailbox-process'),
          (err) => app.log.error({ err }, 'could not enqueue stored mail (it is picked up at the next start)'),
        )
      },
    })
    return () => worker.stop()
  })
}, { name: 'email-intake', dependencies: ['db', 'cases', 'attachments'] })
