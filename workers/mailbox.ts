// Starts the IMAP ingester when IMAP_URL is set; what the stored mails become is onStored's business. With several
// worker processes, one reads the mailbox at a time: the holder of its lease (workers/lease.ts).
import type { Config } from '../src/config.js'
import type { Db, Sql } from '../src/db/index.js'
import { MailboxIngester, type Log } from '../channels/email/mailbox.js'
import { holdLease } from './lease.js'

export interface MailboxWorker {
  /** null when IMAP_URL is not set */
  ingester: MailboxIngester | null
  stop(): Promise<void>
}

export interface MailboxWorkerOptions {
  config: Pick<Config, 'IMAP_URL'>
  db: Db
  log: Log
  /** ids of newly stored inbound_emails rows (e.g. enqueue a job that parses and classifies them) */
  onStored?: (ids: number[]) => void
  /** polling fallback beside IDLE; default 2 minutes */
  pollMs?: number
  /** read only while this process holds the mailbox's lease (a term of `seconds`); without it, read at once */
  lease?: { sql: Sql; seconds: number }
}

export async function startMailboxWorker(opts: MailboxWorkerOptions): Promise<MailboxWorker> {
  const url = opts.config.IMAP_URL
  if (!url) {
    opts.log.info('mailbox worker: IMAP_URL not set, e-mail intake is off')
    return { ingester: null, stop: async () => {} }
  }
  const newIngester = () => new MailboxIngester({ url, db: opts.db, log: opts.log, onStored: opts.onStored, pollMs: opts.pollMs })
  if (opts.lease) {
    const worker: MailboxWorker = { ingester: null, stop: async () => {} }
    const lease = holdLease({
      sql: opts.lease.sql, seconds: opts.lease.seconds, log: opts.log, name: `mailbox:${newIngester().mailbox}`,
      onAcquired: async () => {
        const ingester = newIngester()
        worker.ingester = ingester
        void ingester.start()
        opts.log.info({ mailbox: ingester.mailbox }, 'mailbox worker started (this process holds the mailbox lease)')
        return async () => { worker.ingester = null; await ingester.stop() }
      },
    })
    worker.stop = () => lease.stop()
    return worker
  }
  const ingester = newIngester()
  // Not awaited: a full mailbox must not hold up the process start. start() never throws for an
  // unreachable server; it logs and keeps retrying with back-off.
  void ingester.start()
  opts.log.info({ mailbox: ingester.mailbox }, 'mailbox worker started')
  return { ingester, stop: () => ingester.stop() }
}
