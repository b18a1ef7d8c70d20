import t from 'tap'
import { eq } from 'drizzle-orm'
import { randomBytes } from 'node:crypto'
import { schema, type Db } from '../src/db/index.js'
import { decrypt, deriveKeys } from '../src/privacy/crypto.js'
import { createMailer, domainOf, EmailSendError } from '../channels/email/send.js'
import { receiptEmail, acceptedEmail } from '../channels/email/templates.js'
import { classifyInbound, parseEmail } from '../channels/email/parse.js'
import { dbInboundLookups } from '../channels/email/lookups.js'
import { freePort } from '../src/db/embedded.js'
import { testDatabase, testPool, unitOf } from './helper.js'
import { startSmtp } from './support/smtp.js'

const FROM = '昆明市群众诉求中心 <noreply@suqiu.local>'
const { encKey } = deriveKeys('test-secret-test-secret-test-secret-0123')

const url = await testDatabase(t)
const { db } = testPool(t, url)
const smtp = await startSmtp(t)

let seq = 0
/** A complaint and its case, inserted directly (this file tests the transport, not intake). */
async function makeCase(db: Db): Promise<{ id: number; caseNumber: string }> {
  const unit = await unitOf(db, '530100')
  const caseNumber = `KM20250301${String(++seq).padStart(6, '0')}`
  const now = new Date()
  const [c] = await db.insert(schema.complaints).values({
    caseNumber, channel: 'web', externalId: `email-test-${randomBytes(4).toString('hex')}`, receivedAt: now, type: 'complaint',
    title: '夜间施工噪音', content: '工地夜间施工', anonymous: false, trackingCode: randomBytes(5).toString('hex').toUpperCase(), pinHash: 'x',
  }).returning({ id: schema.complaints.id })
  await db.insert(schema.cases).values({
    id: c.id, machineVersion: 1, snapshot: {}, state: 'intake', rootUnitId: unit.id, type: 'complaint', channel: 'web', receivedAt: now,
  })
  return { id: c.id, caseNumber }
}

const rowOf = async (id: number) => (await db.select().from(schema.outboundMessages).where(eq(schema.outboundMessages.id, id)))[0]

t.test('domainOf', async (t) => {
  t.equal(domainOf(FROM), 'suqiu.local')
  t.equal(domainOf('noreply@Example.CN'), 'example.cn')
  t.equal(domainOf('nonsense'), 'suqiu.local')
})

t.test('a receipt arrives with its subject, body, Message-ID; the row is encrypted and masked', async (t) => {
  const mailer = createMailer({ smtpUrl: smtp.url, from: FROM, db, encKey })
  t.teardown(() => mailer.close())
  t.equal(mailer.mode, 'smtp')
  const kase = await makeCase(db)
  const mail = receiptEmail({ publicBaseUrl: 'https://suqiu.example.cn', caseNumber: kase.caseNumber, trackingCode: 'K7WQ3MZP9D', pin: '004817', title: '夜间施工噪音', name: '张三' })
  const before = smtp.messages.length
  const res = await mailer.send({ to: 'zhangsan@example.cn', ...mail, kind: 'receipt', caseId: kase.id, dedupeKey: `receipt:${kase.id}` })
  t.equal(res.status, 'sent')
  t.equal(res.duplicate, false)
  t.match(res.messageId, new RegExp(`^<case-${kase.id}\\.[0-9a-f]{16}@suqiu\\.local>$`))
  const [got] = (await smtp.waitFor(before + 1)).slice(before)
  t.equal(got.parsed.subject, `【诉求已收到】案件编号 ${kase.caseNumber}`)
  t.equal(got.parsed.messageId, res.messageId)
  t.match(got.parsed.text, '查询码：K7WQ3MZP9D')
  t.match(got.parsed.text, '查询密码：004817')
  t.match(got.parsed.text, 'https://suqiu.example.cn/portal/track')
  t.match(got.parsed.html, '<strong>K7WQ3MZP9D</strong>')
  t.equal(got.parsed.from?.value[0].address, 'noreply@suqiu.local')
  t.equal(got.parsed.from?.value[0].name, '昆明市群众诉求中心')
  t.same(got.envelope.to, ['zhangsan@example.cn'])
  t.equal(got.parsed.headers.get('auto-submitted'), 'auto-generated', 'vacation responders are asked to stay quiet')
  t.notOk(got.parsed.inReplyTo, 'the first mail of a case answers nothing')

  const row = await rowOf(res.id)
  t.match(row, { channel: 'email', kind: 'receipt', caseId: kase.id, status: 'sent', attempts: 1, messageId: res.messageId, recipientMasked: 'z***@example.cn' })
  t.not(row.recipientEnc, 'zhangsan@example.cn')
  t.equal(decrypt(encKey, row.recipientEnc), 'zhangsan@example.cn')
  t.ok(row.sentAt)
  t.match(row.statusDetail, /^250/)

  await t.test('the next mail of the case threads under it; a reply from the citizen resolves to the case', async (t) => {
    const accepted = acceptedEmail({ publicBaseUrl: 'https://suqiu.example.cn', caseNumber: kase.caseNumber })
    const res2 = await mailer.send({ to: 'zhangsan@example.cn', ...accepted, kind: 'accepted', caseId: kase.id })
    const got2 = smtp.messages.find((m) => m.parsed.messageId === res2.messageId)!
    t.equal(got2.parsed.inReplyTo, res.messageId)
    t.same([got2.parsed.references].flat(), [res.messageId])

    // The citizen answers the second mail: the reply finds the case through our Message-ID.
    const reply = await parseEmail(Buffer.from([
      'From: zhangsan@example.cn', 'To: noreply@suqiu.local', 'Subject: Re: accepted', 'Message-ID: <citizen-1@example.cn>',
      `In-Reply-To: ${res2.messageId}`, `References: ${res.messageId} ${res2.messageId}`, '', '谢谢，另补充一张照片。', '',
    ].join('\r\n')))
    t.same(await classifyInbound(reply, dbInboundLookups(db)), { reply: kase.id, via: 'thread' })
    const bySubject = await parseEmail(Buffer.from(`From: a@b.cn\r\nSubject: ${kase.caseNumber}\r\n\r\nx\r\n`))
    // a case number in the subject alone joins nothing: From: is forgeable and case numbers are published (#16)
    t.equal(await classifyInbound(bySubject, dbInboundLookups(db)), 'new', 'a subject naming the case is a new intake, not material')
    const unrelated = await parseEmail(Buffer.from('From: a@b.cn\r\nSubject: KM20250301999999\r\nIn-Reply-To: <nope@x.cn>\r\n\r\nx\r\n'))
    t.equal(await classifyInbound(unrelated, dbInboundLookups(db)), 'new')

    // Our answer to that reply threads to the citizen's Message-ID.
    const res3 = await mailer.send({
      to: 'zhangsan@example.cn', subject: `Re: ${accepted.subject}`, text: '材料已收到。', kind: 'material_ack', caseId: kase.id,
      inReplyTo: reply.messageId!, references: reply.references,
    })
    const got3 = smtp.messages.find((m) => m.parsed.messageId === res3.messageId)!
    t.equal(got3.parsed.inReplyTo, '<citizen-1@example.cn>')
    t.same(got3.parsed.references, [res.messageId, res2.messageId, '<citizen-1@example.cn>'])
  })
})

t.test('a 4xx answer: send throws, attempts and status_detail are recorded; the retry sends once, same Message-ID', async (t) => {
  const mailer = createMailer({ smtpUrl: smtp.url, from: FROM, db, encKey })
  t.teardown(() => mailer.close())
  const kase = await makeCase(db)
  const before = smtp.messages.length
  smtp.failNext(1, 451)
  const msg = { to: 'lisi@example.com', subject: '测试 4xx', text: '正文', kind: 'result', caseId: kase.id, dedupeKey: `result:${kase.id}` }
  const err = await mailer.send(msg).then(() => null, (e: unknown) => e)
  t.type(err, EmailSendError)
  const e = err as EmailSendError
  t.equal(e.code, 'EMAIL_SEND_FAILED')
  t.equal(e.responseCode, 451)
  t.equal(e.permanent, false)
  t.equal(e.attempts, 1)
  const failed = await rowOf(e.outboundId)
  t.match(failed, { status: 'failed', attempts: 1 })
  t.match(failed.statusDetail, /451/)
  t.equal(smtp.messages.length, before, 'nothing delivered')

  const ok = await mailer.send(msg)
  t.equal(ok.status, 'sent')
  t.equal(ok.id, e.outboundId, 'the same row')
  t.equal(ok.messageId, failed.messageId, 'the same Message-ID')
  t.match(await rowOf(ok.id), { status: 'sent', attempts: 2 })
  t.equal(smtp.messages.length, before + 1)

  smtp.failNext(1, 550)
  const perm = await mailer.send({ ...msg, dedupeKey: `perm:${kase.id}` }).then(() => null, (e: unknown) => e as EmailSendError)
  t.equal(perm?.responseCode, 550)
  t.equal(perm?.permanent, true, '5xx is permanent')
})

t.test('an unreachable server: send throws, temporary', async (t) => {
  const port = await freePort()
  const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`, from: FROM, db, encKey })
  t.teardown(() => mailer.close())
  const err = await mailer.send({ to: 'a@example.com', subject: 's', text: 't', kind: 'receipt' }).then(() => null, (e: unknown) => e as EmailSendError)
  t.type(err, EmailSendError)
  t.equal(err?.permanent, false)
  t.match(await rowOf(err!.outboundId), { status: 'failed', attempts: 1, statusDetail: /ECONNREFUSED|connect/i })
})

t.test('no SMTP_URL: recorded, not sent, visible in the table', async (t) => {
  const mailer = createMailer({ from: FROM, db, encKey })
  t.equal(mailer.mode, 'record')
  const before = smtp.messages.length
  const kase = await makeCase(db)
  const res = await mailer.send({ to: 'wangwu@example.com', subject: '离线', text: '记录', kind: 'receipt', caseId: kase.id, dedupeKey: `rec:${kase.id}` })
  t.equal(res.status, 'recorded')
  t.match(await rowOf(res.id), { status: 'recorded', attempts: 0, statusDetail: /SMTP_URL/, recipientMasked: 'w***@example.com', body: '记录' })
  const again = await mailer.send({ to: 'wangwu@example.com', subject: '离线', text: '记录', kind: 'receipt', caseId: kase.id, dedupeKey: `rec:${kase.id}` })
  t.same([again.status, again.duplicate, again.id], ['recorded', true, res.id])
  t.equal(smtp.messages.length, before)
})

t.test('dedupeKey: a retried job after success does not send twice, even concurrently', async (t) => {
  const mailer = createMailer({ smtpUrl: smtp.url, from: FROM, db, encKey })
  t.teardown(() => mailer.close())
  const kase = await makeCase(db)
  const before = smtp.messages.length
  const msg = { to: 'zhaoliu@example.com', subject: '只发一次', text: '正文', kind: 'evaluation_request', caseId: kase.id, dedupeKey: `evaluation_request:${kase.id}` }
  const first = await mailer.send(msg)
  const second = await mailer.send(msg)
  t.same([first.duplicate, second.duplicate], [false, true])
  t.equal(second.messageId, first.messageId)

  const other = { ...msg, dedupeKey: `concurrent:${kase.id}` }
  const results = await Promise.all([mailer.send(other), mailer.send(other), mailer.send(other)])
  t.equal(results.filter((r) => !r.duplicate).length, 1, 'one of three concurrent sends sent')
  t.equal(new Set(results.map((r) => r.messageId)).size, 1)
  // the server counts a mail before it answers 250, and every send above has had its answer: the count is final
  await smtp.waitFor(before + 2)
  t.equal(smtp.messages.length, before + 2, 'two mails arrived in all')
  const rows = await db.select().from(schema.outboundMessages).where(eq(schema.outboundMessages.caseId, kase.id))
  t.equal(rows.length, 2)
})

t.test('refuses what is not an address', async (t) => {
  const mailer = createMailer({ from: FROM, db, encKey })
  await t.rejects(mailer.send({ to: 'not-an-address', subject: 's', text: 't', kind: 'receipt' }), TypeError)
  await t.rejects(mailer.send({ to: 'a@b.cn\r\nBcc: x@y.cn', subject: 's', text: 't', kind: 'receipt' }), TypeError)
})
