// The IMAP ingester against a real Dovecot: checkpoint, \Seen after commit, UIDVALIDITY, crashes, reconnects.
import t from 'tap'
import { spawn } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { ImapFlow } from 'imapflow'
import pino from 'pino'
import { schema, type Db } from '../src/db/index.js'
import { MailboxIngester, parseImapUrl, type MailboxIngesterOptions } from '../channels/email/mailbox.js'
import { parseEmail } from '../channels/email/parse.js'
import { startMailboxWorker } from '../workers/mailbox.js'
import { fixtures } from './fixtures/mail/build.js'
import { testDatabase, testPool } from './helper.js'
import { DOVECOT_MISSING, findDovecot, startDovecot, type DovecotServer } from './support/dovecot.js'

const log = pino({ level: 'silent' })

t.test('parseImapUrl', async (t) => {
  t.same(parseImapUrl('imap://complaints%40city.cn:p%40ss%2Fw@mail.example.cn:143/INBOX'), {
    host: 'mail.example.cn', port: 143, secure: false, user: 'complaints@city.cn', pass: 'p@ss/w', path: 'INBOX',
  })
  t.match(parseImapUrl('imaps://u:p@mail.example.cn'), { port: 993, secure: true, path: 'INBOX' })
  t.match(parseImapUrl('imap://u:p@h/%E4%BC%A0%E7%9C%9F'), { path: '传真', port: 143 })
  t.throws(() => parseImapUrl('http://u:p@h/INBOX'))
})

t.test('startMailboxWorker without IMAP_URL does nothing', async (t) => {
  const worker = await startMailboxWorker({ config: {}, db: {} as Db, log })
  t.equal(worker.ingester, null)
  await worker.stop()
})

if (!findDovecot()) {
  // On CI Dovecot is installed by .ci/run: missing there is a failure, not a skip.
  if (process.env.CI) t.fail(DOVECOT_MISSING)
  else t.test('IMAP tests against Dovecot', { skip: DOVECOT_MISSING }, async () => {})
} else {
  await withDovecot()
}

async function withDovecot() {
  const dovecot = await startDovecot(t)
  const dbUrl = await testDatabase(t)
  const { db } = testPool(t, dbUrl)

  /** A second client, as a person or another MTA would use the mailbox. */
  const admin = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, auth: { user: dovecot.user, pass: dovecot.pass }, logger: false })
  admin.on('error', () => {})
  await admin.connect()
  t.teardown(() => admin.logout().catch(() => admin.close()))

  const folderUrl = (d: DovecotServer, folder: string) => d.url.replace(/\/INBOX$/, '/' + encodeURIComponent(folder))
  async function folder(name: string): Promise<string> {
    await admin.mailboxCreate(name).catch(() => {})
    return folderUrl(dovecot, name)
  }
  async function append(name: string, raw: Buffer): Promise<number> {
    const res = await admin.append(name, raw, [])
    if (!res || !res.uid) throw new Error('append failed')
    return res.uid
  }
  /** uid → is \Seen, for every message of the folder. */
  async function seenFlags(name: string): Promise<Map<number, boolean>> {
    const lock = await admin.getMailboxLock(name)
    try {
      const all = await admin.fetchAll('1:*', { uid: true, flags: true }, { uid: true })
      return new Map(all.filter((m) => m.uid).sort((a, b) => a.uid - b.uid).map((m) => [m.uid, !!m.flags?.has('\\Seen')]))
    } finally {
      lock.release()
    }
  }
  const rowsOf = (mailbox: string) => db.select().from(schema.inboundEmails).where(eq(schema.inboundEmails.mailbox, mailbox)).orderBy(schema.inboundEmails.uid)
  const checkpointOf = async (mailbox: string) => (await db.select().from(schema.mailboxCheckpoints).where(eq(schema.mailboxCheckpoints.mailbox, mailbox)))[0]
  function ingester(t: { teardown(fn: () => unknown): void }, opts: Partial<MailboxIngesterOptions> & { url: string }): MailboxIngester {
    const ing = new MailboxIngester({ db, log, ...opts })
    t.teardown(() => ing.stop())
    return ing
  }

  await t.test('stores each new message raw, advances the checkpoint, flags \\Seen only after the commit', async (t) => {
    const url = dovecot.url
    t.match(url, /^imap:\/\/citizen:[^@]+@127\.0\.0\.1:\d+\/INBOX$/)
    const names = ['gbk.eml', 'big5.eml', 'html-pdf.eml']
    for (const n of names) await append('INBOX', fixtures[n])
    const observed: string[] = []
    const stored: number[][] = []
    const ing = ingester(t, {
      url,
      onStored: (ids) => stored.push(ids),
      hooks: {
        async beforeCommit(batch) {
          // Inside the transaction: nothing visible to others yet, nothing flagged.
          const visible = await db.select().from(schema.inboundEmails).where(eq(schema.inboundEmails.mailbox, batch.mailbox))
          const flags = await seenFlags('INBOX')
          observed.push(`before: visible=${visible.length} seen=${[...flags.values()].filter(Boolean).length} inserted=${batch.insertedIds.length}`)
        },
        async afterCommit(batch) {
          const visible = await db.select().from(schema.inboundEmails).where(eq(schema.inboundEmails.mailbox, batch.mailbox))
          const flags = await seenFlags('INBOX')
          observed.push(`after: visible=${visible.length} seen=${[...flags.values()].filter(Boolean).length}`)
        },
      },
    })
    const res = await ing.pollOnce()
    t.same(observed, ['before: visible=0 seen=0 inserted=3', 'after: visible=3 seen=0'], 'committed first, flagged after')
    t.equal(res.fetched, 3)
    t.equal(res.stored.length, 3)
    t.equal(res.lastUid, 3)
    t.same(stored, [res.stored], 'onStored got the new ids')
    t.same([...(await seenFlags('INBOX')).values()], [true, true, true], 'all \\Seen at the end')

    const rows = await rowsOf(ing.mailbox)
    t.same(rows.map((r) => r.uid), [1, 2, 3])
    t.ok(rows.every((r) => r.uidValidity === res.uidValidity))
    t.same(rows.map((r) => r.messageId), ['<gbk-1@example.cn>', '<big5-1@example.hk>', '<html-pdf@example.com>'])
    for (const [i, n] of names.entries()) t.ok(rows[i].raw.equals(fixtures[n]), `${n} stored byte for byte`)
    t.equal((await parseEmail(rows[0].raw)).subject, '关于小区夜间施工噪音扰民的投诉', 'the stored raw parses to Chinese')
    t.match(await checkpointOf(ing.mailbox), { uidValidity: res.uidValidity, lastUid: 3 })
    t.equal(ing.mailbox, `${dovecot.user}@127.0.0.1/INBOX`)

    const again = await ing.pollOnce()
    t.same([again.fetched, again.stored.length, again.lastUid], [0, 0, 3], 'uid 4:* matches the last message, which is dropped')

    await append('INBOX', fixtures['reply.eml'])
    const more = await ing.pollOnce()
    t.same([more.fetched, more.lastUid], [1, 4])
    t.equal((await rowsOf(ing.mailbox)).length, 4)

    // A message a person already read in webmail is still ingested: UIDs, not \Seen, decide.
    const uid = await append('INBOX', fixtures['plain-utf8.eml'])
    const lock = await admin.getMailboxLock('INBOX')
    try { await admin.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true }) } finally { lock.release() }
    t.equal((await ing.pollOnce()).fetched, 1)
  })

  await t.test('killed between fetch and commit: a fresh ingester stores every message exactly once, all \\Seen', async (t) => {
    const url = await folder('Crash')
    const names = ['gbk.eml', 'big5.eml', 'html-pdf.eml', 'inline-image.eml', 'forwarded.eml']
    for (const n of names) await append('Crash', fixtures[n])

    // Batches of two; the process "dies" inside the second batch's transaction.
    let batches = 0
    const dying = ingester(t, {
      url, batchSize: 2,
      hooks: { beforeCommit: () => { if (++batches === 2) throw new Error('killed before COMMIT') } },
    })
    await t.rejects(dying.pollOnce(), /killed before COMMIT/)
    await dying.stop()
    t.same((await rowsOf(dying.mailbox)).map((r) => r.uid), [1, 2], 'the first batch committed, the second rolled back')
    t.match(await checkpointOf(dying.mailbox), { lastUid: 2 })
    t.same([...(await seenFlags('Crash')).entries()], [[1, true], [2, true], [3, false], [4, false], [5, false]], 'only committed messages are \\Seen')

    const fresh = ingester(t, { url, batchSize: 2 })
    const res = await fresh.pollOnce()
    t.equal(res.fetched, 3)
    const rows = await rowsOf(fresh.mailbox)
    t.same(rows.map((r) => r.uid), [1, 2, 3, 4, 5], 'each message stored exactly once')
    for (const [i, n] of names.entries()) t.ok(rows[i].raw.equals(fixtures[n]), n)
    t.ok([...(await seenFlags('Crash')).values()].every(Boolean), 'all \\Seen')
  })

  await t.test('a real SIGKILL while the transaction is open: the batch rolls back, a fresh ingester finishes', async (t) => {
    const url = await folder('Sigkill')
    const names = ['gbk.eml', 'big5.eml', 'html-pdf.eml', 'reply.eml', 'bounce.eml']
    for (const n of names) await append('Sigkill', fixtures[n])
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
    const mod = (p: string) => JSON.stringify(pathToFileURL(path.join(root, p)).href)
    // The worker process: batches of two, it hangs inside the second batch's transaction until killed.
    const code = `
      import pino from 'pino'
      import { connect } from ${mod('src/db/index.ts')}
      import { MailboxIngester } from ${mod('channels/email/mailbox.ts')}
      const { db } = connect(process.env.DB_URL, { max: 2 })
      const ing = new MailboxIngester({ url: process.env.IMAP_URL, db, log: pino({ level: 'silent' }), batchSize: 2, hooks: {
        beforeCommit: async (b) => { if (b.uids[0] > 2) { process.stdout.write('IN_TX ' + b.insertedIds.length + '\\n'); await new Promise(() => {}) } },
      } })
      await ing.pollOnce()
    `
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: root, env: { ...process.env, DB_URL: dbUrl, IMAP_URL: url }, stdio: ['ignore', 'pipe', 'inherit'],
    })
    t.teardown(() => { child.kill('SIGKILL') })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)))
    const line = await withTimeout(new Promise<string>((resolve) => {
      let out = ''
      child.stdout!.on('data', (b: Buffer) => { out += b.toString(); if (out.includes('\n')) resolve(out.trim()) })
    }), 30_000, 'the child reaching its second transaction')
    t.equal(line, 'IN_TX 2', 'two rows inserted, not committed')
    child.kill('SIGKILL')
    t.equal(await exited, 'SIGKILL')

    const mailbox = `${dovecot.user}@127.0.0.1/Sigkill`
    t.same((await rowsOf(mailbox)).map((r) => r.uid), [1, 2], 'only the committed batch is stored')
    t.same([...(await seenFlags('Sigkill')).values()], [true, true, false, false, false])
    const fresh = ingester(t, { url, batchSize: 2 })
    const res = await fresh.pollOnce()
    t.equal(res.fetched, 3)
    t.same((await rowsOf(mailbox)).map((r) => r.uid), [1, 2, 3, 4, 5], 'each exactly once')
    t.ok([...(await seenFlags('Sigkill')).values()].every(Boolean), 'all \\Seen')
  })

  await t.test('killed between commit and \\Seen: nothing stored twice, the flags are caught up on reconnect', async (t) => {
    const url = await folder('CrashAfter')
    for (const n of ['gbk.eml', 'big5.eml', 'bounce.eml']) await append('CrashAfter', fixtures[n])
    const dying = ingester(t, { url, hooks: { afterCommit: () => { throw new Error('killed after COMMIT') } } })
    await t.rejects(dying.pollOnce(), /killed after COMMIT/)
    await dying.stop()
    t.equal((await rowsOf(dying.mailbox)).length, 3, 'stored')
    t.ok([...(await seenFlags('CrashAfter')).values()].every((s) => !s), 'but not flagged')

    const fresh = ingester(t, { url })
    const res = await fresh.pollOnce()
    t.same([res.fetched, res.stored.length, res.reflagged], [0, 0, 3])
    t.equal((await rowsOf(fresh.mailbox)).length, 3, 'nothing stored twice')
    t.ok([...(await seenFlags('CrashAfter')).values()].every(Boolean), 'all \\Seen')
  })

  await t.test('two ingesters on one mailbox (two worker processes) store each message once', async (t) => {
    const url = await folder('Twin')
    for (const n of ['gbk.eml', 'big5.eml', 'html-pdf.eml', 'reply.eml']) await append('Twin', fixtures[n])
    const a = ingester(t, { url, batchSize: 1 })
    const b = ingester(t, { url, batchSize: 1 })
    const [ra, rb] = await Promise.all([a.pollOnce(), b.pollOnce()])
    t.equal(ra.stored.length + rb.stored.length, 4, 'the ids handed to onStored add up to four')
    t.same((await rowsOf(a.mailbox)).map((r) => r.uid), [1, 2, 3, 4])
    t.match(await checkpointOf(a.mailbox), { lastUid: 4 })
  })

  await t.test('batches are cut by count and by bytes', async (t) => {
    const url = await folder('Sized')
    const names = ['gbk.eml', 'big5.eml', 'html-pdf.eml', 'reply.eml', 'plain-utf8.eml']
    for (const n of names) await append('Sized', fixtures[n])
    const seenBatches: number[][] = []
    // html-pdf.eml is larger than the byte cap: a batch of its own; the small ones go two by two.
    const cap = fixtures['reply.eml'].length + fixtures['plain-utf8.eml'].length
    const ing = ingester(t, { url, batchSize: 2, batchBytes: cap, hooks: { beforeCommit: (b) => { seenBatches.push(b.uids) } } })
    const res = await ing.pollOnce()
    t.equal(res.stored.length, 5)
    t.same(seenBatches, [[1, 2], [3], [4, 5]])
  })

  await t.test('UIDVALIDITY change: starts over under the new validity, old rows kept', async (t) => {
    const url = await folder('Renumbered')
    await append('Renumbered', fixtures['gbk.eml'])
    await append('Renumbered', fixtures['big5.eml'])
    const ing = ingester(t, { url })
    const first = await ing.pollOnce()
    t.equal(first.lastUid, 2)

    // Deleting and re-creating the folder gives it a new UIDVALIDITY and restarts its UIDs at 1.
    await admin.mailboxDelete('Renumbered')
    await admin.mailboxCreate('Renumbered')
    await append('Renumbered', fixtures['html-pdf.eml'])
    await ing.stop()
    const next = ingester(t, { url })
    const res = await next.pollOnce()
    t.not(res.uidValidity, first.uidValidity, 'the server changed UIDVALIDITY')
    t.same([res.fetched, res.lastUid], [1, 1])
    const rows = await rowsOf(next.mailbox)
    t.same(rows.map((r) => `${r.uidValidity === first.uidValidity ? 'old' : 'new'}:${r.uid}`).sort(), ['new:1', 'old:1', 'old:2'])
    const newRows = rows.filter((r) => r.uidValidity === res.uidValidity)
    t.equal(newRows.length, 1)
    t.equal(newRows[0].messageId, '<html-pdf@example.com>')
    t.match(await checkpointOf(next.mailbox), { uidValidity: res.uidValidity, lastUid: 1 })
  })

  await t.test('the worker follows the mailbox (IDLE) and stops cleanly', async (t) => {
    const url = await folder('Worker')
    let resolveStored!: (ids: number[]) => void
    const storedOnce = new Promise<number[]>((r) => { resolveStored = r })
    const worker = await startMailboxWorker({ config: { IMAP_URL: url }, db, log, onStored: (ids) => resolveStored(ids), pollMs: 600_000 })
    t.teardown(() => worker.stop())
    t.ok(worker.ingester)
    // connected, the mailbox selected and its first pass done (a poll behind the worker's own first one): from here on
    // only IDLE can bring the next message in time, polling being every 10 minutes
    await withTimeout(worker.ingester!.pollOnce(), 10_000, 'the first pass')
    const t0 = Date.now()
    await append('Worker', fixtures['plain-utf8.eml'])
    const ids = await withTimeout(storedOnce, 10_000, 'IDLE notification')
    t.equal(ids.length, 1)
    t.comment(`IDLE: stored ${Date.now() - t0} ms after APPEND (polling was every 10 minutes)`)
    await worker.stop()
  })

  await t.test('reconnects after the server goes away and comes back on the same port', async (t) => {
    const url = await folder('Live')
    const seen: number[] = []
    let notify: (() => void) | null = null
    // what the ingester logs, to wait for its reconnect attempts instead of sleeping
    const logged: string[] = []
    let onLog: (() => void) | null = null
    const watchedLog = pino({ level: 'info' }, { write: (line: string) => { logged.push(JSON.parse(line).msg); onLog?.() } })
    const waitLogged = (msg: string, n: number, ms: number) => withTimeout(new Promise<void>((resolve) => {
      const check = () => { if (logged.filter((m) => m === msg).length >= n) resolve() }
      onLog = check
      check()
    }), ms, `${n}× "${msg}"`)
    const ing = ingester(t, {
      url, pollMs: 600_000, backoff: { minMs: 100, maxMs: 1_000 }, log: watchedLog,
      onStored: (ids) => { seen.push(...ids); notify?.() },
    })
    const waitStored = (n: number, ms: number) => withTimeout(new Promise<void>((resolve) => {
      const check = () => { if (seen.length >= n) resolve() }
      notify = check
      check()
    }), ms, `${n} stored`)

    await ing.start() // resolves after the first pass: connected, nothing to fetch yet
    await append('Live', fixtures['gbk.eml'])
    await waitStored(1, 60_000)

    await admin.logout().catch(() => {})
    const scheduled = logged.filter((m) => m === 'mailbox: reconnect scheduled').length
    await dovecot.stop()
    // a failed reconnect or two while it is down
    await waitLogged('mailbox: reconnect scheduled', scheduled + 2, 60_000)
    await dovecot.start()
    const t0 = Date.now()
    const admin2 = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, auth: { user: dovecot.user, pass: dovecot.pass }, logger: false })
    admin2.on('error', () => {})
    await admin2.connect()
    t.teardown(() => admin2.logout().catch(() => admin2.close()))
    await admin2.append('Live', fixtures['big5.eml'], [])
    await waitStored(2, 60_000)
    t.comment(`after the restart the new message was stored in ${Date.now() - t0} ms`)

    // And once more, with the connection cut from the server side while idling.
    await dovecot.stop()
    await dovecot.start()
    await admin2.logout().catch(() => {})
    const admin3 = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, auth: { user: dovecot.user, pass: dovecot.pass }, logger: false })
    admin3.on('error', () => {})
    await admin3.connect()
    t.teardown(() => admin3.logout().catch(() => admin3.close()))
    await admin3.append('Live', fixtures['html-pdf.eml'], [])
    await waitStored(3, 60_000)

    const rows = await rowsOf(ing.mailbox)
    t.same(rows.map((r) => r.uid), [1, 2, 3], 'each once, none lost')
    const lock = await admin3.getMailboxLock('Live')
    try {
      const flags = await admin3.fetchAll('1:*', { uid: true, flags: true })
      t.ok(flags.every((m) => m.flags?.has('\\Seen')), 'all \\Seen')
    } finally {
      lock.release()
    }
    const [cp] = await db.select().from(schema.mailboxCheckpoints).where(eq(schema.mailboxCheckpoints.mailbox, ing.mailbox))
    t.equal(cp.lastUid, 3)
  })
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout
  return Promise.race([p, new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms) })])
    .finally(() => clearTimeout(timer))
}
