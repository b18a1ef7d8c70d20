// An e-mail becomes a case as soon as the mail server has it (issue 24): the worker's mailbox reader (holding the
// mailbox lease) follows the mailbox by IMAP IDLE and wakes the queue that turns stored mail into cases, so neither
// the mailbox poll (2 minutes) nor the queue's poll (set to 10 minutes here) is what brings it in; after the IMAP
// connection drops, the reader reconnects and goes on; a reader that loses its lease while idling gives the mailbox up
// and takes it again when the lease comes back. Real Dovecot, the app's own wiring, every wait bounded.
import t from 'tap'
import { ImapFlow } from 'imapflow'
import pino from 'pino'
import { startWorkers } from '../workers/index.js'
import { startMailboxWorker } from '../workers/mailbox.js'
import { buildTestApp } from './helper.js'
import { fixtures } from './fixtures/mail/build.js'
import { DOVECOT_MISSING, findDovecot, startDovecot } from './support/dovecot.js'

if (!findDovecot()) {
  if (process.env.CI) t.fail(DOVECOT_MISSING)
  else t.test('mailbox IDLE against Dovecot', { skip: DOVECOT_MISSING }, async () => {})
} else {
  const dovecot = await startDovecot(t)
  const { app, sql, url } = await buildTestApp(t, { IMAP_URL: dovecot.url, MAILBOX_LEASE_SECONDS: 3 })
  await app.ready()
  // the queues look for work every 10 minutes unless woken; the mailbox is polled every 2 minutes (the default)
  const workers = await startWorkers({ databaseUrl: url, services: app.cases, log: app.log, handlers: app.jobHandlers, starters: app.workerStarters, queuePollingSeconds: 600 })
  t.teardown(() => workers.stop())

  /** The citizen's mail server delivering: a second IMAP client APPENDs to INBOX (or another folder). */
  const deliver = async (raw: Buffer, folder = 'INBOX') => {
    const c = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, doSTARTTLS: false, auth: { user: dovecot.user, pass: dovecot.pass }, logger: false })
    c.on('error', () => {})
    await c.connect()
    try {
      if (folder !== 'INBOX') await c.mailboxCreate(folder).catch(() => {})
      await c.append(folder, raw)
    } finally {
      await c.logout().catch(() => c.close())
    }
  }
  const messageIdOf = (raw: Buffer) => /^Message-ID:\s*(<[^>]+>)/im.exec(raw.toString('latin1'))![1]
  /** The case the mail became, as staff would find it: waited for with a bound well below both polls. */
  const caseOf = async (raw: Buffer, what: string, boundMs = 30_000) => {
    const messageId = messageIdOf(raw)
    const deadline = Date.now() + boundMs
    for (;;) {
      const [row] = await sql`
        select k.id, k.state from inbound_emails e join cases k on k.id = e.case_id
        where e.message_id = ${messageId} and e.outcome = 'complaint'`
      if (row) return row
      if (Date.now() > deadline) {
        const [stored] = await sql`select id, processed_at from inbound_emails where message_id = ${messageId}`
        throw new Error(`${what}: no case within ${boundMs / 1000} s (${stored ? `stored as #${stored.id}, ${stored.processed_at ? 'processed' : 'not processed'}` : 'not stored'})`)
      }
      await new Promise((r) => setTimeout(r, 50))
    }
  }

  await t.test('a mail delivered to INBOX becomes a case, and again after the IMAP connection drops', async (t) => {
    // the reader has taken the lease, connected and made its first pass: the first mail becomes a case
    const first = fixtures['plain-utf8.eml']
    await deliver(first)
    t.match(await caseOf(first, 'the first mail'), { state: 'intake' }, 'the first mail is a case')

    // from here on only IDLE (and the wake of the queue) can bring a mail in within the bound
    const second = fixtures['gbk.eml']
    await deliver(second)
    t.match(await caseOf(second, 'a mail delivered while the reader idles'), { state: 'intake' }, 'a mail delivered while idling is a case')

    // the connection drops (the server goes away and comes back): the reader reconnects and follows the mailbox again
    await dovecot.stop()
    await dovecot.start()
    const third = fixtures['big5.eml']
    await deliver(third)
    // (its reconnect back-off doubles from 1 s while the server is away: a slow restart costs a few more seconds)
    t.match(await caseOf(third, 'a mail delivered after the connection dropped', 60_000), { state: 'intake' }, 'after the drop, a new mail is a case')
    const [{ n }] = await sql`select count(*)::int as n from inbound_emails`
    t.equal(n, 3, 'each mail stored once')
  })

  await t.test('a reader that loses its lease while idling gives the mailbox up, and reads again once the lease is its own', async (t) => {
    const bound = <T>(p: Promise<T>, ms: number, what: string) => {
      let timer: NodeJS.Timeout
      return Promise.race([p, new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms) })]).finally(() => clearTimeout(timer))
    }
    const until = async (what: string, ms: number, check: () => boolean | Promise<boolean>) => {
      const deadline = Date.now() + ms
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`)
        await new Promise((r) => setTimeout(r, 50))
      }
    }
    await deliver(fixtures['html-pdf.eml'], 'Lease') // creates the folder; read at the reader's first pass
    const stored: number[] = []
    const worker = await startMailboxWorker({
      config: { IMAP_URL: dovecot.url.replace(/\/INBOX$/, '/Lease') }, db: app.db, log: pino({ level: 'silent' }),
      onStored: (ids) => stored.push(...ids), pollMs: 600_000, lease: { sql, seconds: 3 },
    })
    t.teardown(() => worker.stop())
    await until('the first mail read by the lease holder', 30_000, () => stored.length === 1)
    const name = `mailbox:${worker.ingester!.mailbox}`
    // idling now; another process takes the lease over (as after a pause longer than the term)
    await sql`update worker_leases set holder = 'another-process', expires_at = now() + interval '10 minutes' where name = ${name}`
    await t.resolves(until('the reader gives the mailbox up', 30_000, () => worker.ingester === null), 'the reader stopped (its IDLE did not hold it) when the lease was no longer its own')
    // the other process goes away and hands the lease back: this one takes it and reads the mail delivered meanwhile
    await deliver(fixtures['big5.eml'], 'Lease')
    await sql`delete from worker_leases where name = ${name} and holder = 'another-process'`
    await until('the next mail read after the lease came back', 30_000, () => stored.length === 2)
    t.ok(worker.ingester, 'a reader again')
    await t.resolves(bound(worker.stop(), 15_000, 'stopping the reader'), 'stops while idling')
  })
}
