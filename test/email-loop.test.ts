// The internet channel end to end with real servers: mail in over IMAP (Dovecot), notifications out over SMTP.
import t from 'tap'
import PgBoss from 'pg-boss'
import nodemailer from 'nodemailer'
import { ImapFlow } from 'imapflow'
import pino from 'pino'
import { buildTestApp, sendEvent, signIn, unitOf, type Session } from './helper.js'
import { startSmtp } from './support/smtp.js'
import { DOVECOT_MISSING, findDovecot, startDovecot } from './support/dovecot.js'
import { fixtures } from './fixtures/mail/build.js'
import { faxTiff } from './fixtures/files/make.js'
import { MailboxIngester } from '../channels/email/mailbox.js'

const builder = nodemailer.createTransport({ streamTransport: true, buffer: true })
/** A raw RFC 5322 message, as a citizen's mail program would send it. */
const compose = async (mail: Record<string, unknown>) => (await builder.sendMail(mail as never)).message as Buffer

async function runJobs(app: Awaited<ReturnType<typeof buildTestApp>>['app'], queue: string) {
  const rows = await app.sql`select id, data from pgboss.job where name = ${queue} and state = 'created' order by created_on`
  await app.sql`update pgboss.job set state = 'completed' where id = any(${rows.map((r) => r.id)}::uuid[])`
  await app.jobHandlers[queue](rows.map((r) => ({ id: r.id, name: queue, data: r.data, retryCount: 0, retryLimit: 5 })) as unknown as PgBoss.Job<Record<string, unknown>>[])
}

if (!findDovecot()) {
  if (process.env.CI) t.fail(DOVECOT_MISSING)
  else t.test('e-mail loop against Dovecot', { skip: DOVECOT_MISSING }, async () => {})
} else {
  t.test('mail in, cases routed four levels, result mailed, rated, closed', async (t) => {
    const dovecot = await startDovecot(t)
    const smtp = await startSmtp(t)
    const { app, db, sql } = await buildTestApp(t, { IMAP_URL: dovecot.url, SMTP_URL: smtp.url, SMTP_FROM: '昆明市群众诉求中心 <noreply@km.suqiu.local>', FAX_GATEWAY_SENDERS: 'fax@gateway.km.gov.cn' })
    await app.ready()
    const imap = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, auth: { user: dovecot.user, pass: dovecot.pass }, logger: false })
    imap.on('error', () => {})
    await imap.connect()
    t.teardown(() => imap.logout().catch(() => imap.close()))
    const ingester = new MailboxIngester({ url: dovecot.url, db, log: pino({ level: 'silent' }), pollMs: 600_000 })
    t.teardown(() => ingester.stop())
    const ingest = async () => {
      const r = await ingester.pollOnce()
      if (r.stored.length) await app.jobHandlers['mailbox-process']([{ id: 'x', name: 'mailbox-process', data: { ids: r.stored } }] as never)
      return r.stored
    }

    await imap.append('INBOX', fixtures['gbk.eml'], [])
    await imap.append('INBOX', fixtures['auto-reply.eml'], [])
    await imap.append('INBOX', fixtures['bounce.eml'], [])
    await imap.append('INBOX', await compose({
      from: 'fax@gateway.km.gov.cn', to: 'complaints@km.gov.cn', subject: 'Fax received from 0871-63123456', text: 'Pages: 2',
      messageId: '<fax-0001@gateway.km.gov.cn>', attachments: [{ filename: 'fax.tif', content: await faxTiff(2), contentType: 'image/tiff' }],
    }), [])
    t.equal((await ingest()).length, 4)
    const outcomes = await sql`select outcome, case_id from inbound_emails order by id`
    t.same(outcomes.map((o) => o.outcome), ['complaint', 'ignored', 'ignored', 'fax'], 'GBK mail → complaint; auto-reply and bounce → nothing; gateway mail → fax')
    const [gbk] = await sql`select k.channel, k.title, k.content, k.identity_masked, c.state from complaints k join cases c on c.id = k.id where k.id = ${outcomes[0].case_id}`
    t.equal(gbk.channel, 'web')
    t.match(gbk.content, /华山南路100号/, 'GBK decoded')
    t.equal(gbk.state, 'intake')
    const [fax] = await sql`select k.channel, (select count(*)::int from attachments a where a.complaint_id = k.id) as files from complaints k where k.id = ${outcomes[3].case_id}`
    t.same({ ...fax }, { channel: 'fax', files: 1 })
    t.equal((await ingest()).length, 0, 'nothing is ingested twice')

    // a citizen writes in; the case goes down four levels and back up
    await imap.append('INBOX', await compose({
      from: '孙八 <sunba@example.cn>', to: 'complaints@km.gov.cn', subject: '翠湖西路社区村务公开问题', messageId: '<citizen-1@example.cn>',
      text: '翠湖西路社区的居务公开栏半年没有更新，请督促公开集体收支。',
    }), [])
    await ingest()
    const [{ case_id: caseId }] = await sql`select case_id from inbound_emails where message_id = '<citizen-1@example.cn>'`
    await runJobs(app, 'notify')
    const receipts = await smtp.waitFor(2)
    t.same(receipts.map((m) => m.envelope.to[0]).sort(), ['sunba@example.cn', 'zhangsan@example.cn'], 'both writers got a receipt')

    const dispatcher = await signIn(app, 'dispatcher', '530100')
    const countySup = await signIn(app, 'supervisor', '530102')
    const townshipSup = await signIn(app, 'supervisor', '530102001')
    const village = await signIn(app, 'officer', '530102001001')
    const ok = async (s: Session, body: Record<string, unknown>) => t.equal((await sendEvent(s, Number(caseId), body)).statusCode, 200, String(body.type))
    const units = [await unitOf(db, '530102'), await unitOf(db, '530102001'), await unitOf(db, '530102001001')]
    await ok(dispatcher, { type: 'REGISTER', category: 'village_affairs', divisionCode: '530102001001' })
    await ok(dispatcher, { type: 'DISPATCH', chain: units.map((u) => u.id) })
    await ok(village, { type: 'SIGN' })
    await ok(village, { type: 'SUBMIT_REPLY', text: '社区已公示2026年上半年集体收支明细。', resolved: true })
    await ok(townshipSup, { type: 'APPROVE_REPLY' })
    await ok(countySup, { type: 'APPROVE_REPLY' })
    await ok(dispatcher, { type: 'APPROVE_REPLY' })
    await ok(dispatcher, { type: 'SEND_FEEDBACK', text: '社区已公示2026年上半年集体收支明细，今后按月更新。', channel: 'email' })
    await runJobs(app, 'notify')
    const mails = await smtp.waitFor(5)
    const result = mails.find((m) => /今后按月更新/.test(m.parsed.text ?? ''))
    t.ok(result, 'the result reached the SMTP server')
    t.ok(result!.parsed.references, 'the result threads under the earlier mails')

    // the citizen answers "1" to the result mail: an evaluation, the case closes
    await imap.append('INBOX', await compose({
      from: 'sunba@example.cn', to: 'noreply@km.suqiu.local', subject: 'Re: ' + result!.parsed.subject, inReplyTo: result!.parsed.messageId,
      references: result!.parsed.messageId, text: '1\n\n> 社区已公示…',
    }), [])
    await ingest()
    const [closed] = await sql`select state, rating from cases where id = ${caseId}`
    t.same({ ...closed }, { state: 'closed', rating: 'satisfied' })
  })
}
