// Starts the IMAP ingester when IMAP_URL is set; what the stored mails become is onStored's business.
import type { Config } from '../src/config.js'
import type { Db } from '../src/db/index.js'
import { MailboxIngester, type Log } from '../channels/email/mailbox.js'

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
}

export async function startMailboxWorker(opts: MailboxWorkerOptions): Promise<MailboxWorker> {
  const url = opts.config.IMAP_URL
  if (!url) {
    opts.log.info('mailbox worker: IMAP_URL not set, e-mail intake is off')
    return { ingester: null, stop: async () => {} }
  }
  const ingester = new MailboxIngester({ url, db: opts.db, log: opts.log, onStored: opts.onStored, pollMs: opts.pollMs })
  // Not awaited: a full mailbox must not hold up the process start. start() never throws for an
  // unreachable server; it logs and keeps retrying with back-off.
  void ingester.start()
  opts.log.info({ mailbox: ingester.mailbox }, 'mailbox worker started')
  return { ingester, stop: () => ingester.stop() }
}
