// Issue 16, finding 1: the outbox and the failed jobs are scoped like the cases they belong to, and a receipt's PIN is
// kept readable nowhere (outbox rows, job payloads) except in the one message that reaches the citizen.
import t from 'tap'
import pino from 'pino'
import { buildApp } from '../src/app.js'
import { logComplaint, signIn, testConfig, testDatabase, unitOf } from './helper.js'
import { startSmtp } from './support/smtp.js'
import { startFakeTwilio, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN } from './support/fake-twilio.js'
import { runNotify } from './support/jobs.js'

const HUASHAN = '530102001' // 华山街道, 五华区

const smtp = await startSmtp(t)
const fake = await startFakeTwilio()
t.teardown(() => fake.close())
// the app's whole log, at its most talkative, is searched for PINs too
const logLines: string[] = []
const app = await buildApp({
  config: testConfig(t, {
    SMTP_URL: smtp.url,
    TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_API_BASE: fake.url, TWILIO_HOTLINE_NUMBER: '+868712345678',
  }),
  databaseUrl: await testDatabase(t),
  logger: pino({ level: 'trace' }, { write: (line: string) => { logLines.push(line) } }),
})
t.teardown(() => app.close())
await app.ready()
const { sql, db } = app
const township = await unitOf(db, HUASHAN)
const operator = await signIn(app, 'operator', '530100')
const accusedAdmin = await signIn(app, 'admin', HUASHAN)
const countyAdmin = await signIn(app, 'admin', '530102')
const otherCountyAdmin = await signIn(app, 'admin', '530103')
const cityAdmin = await signIn(app, 'admin', '530100')

/** Everything the database keeps of outbound messages and jobs, as text, without the codes that are not secret. */
async function storedText(c: { trackingCode: string; caseNumber: string }): Promise<string[]> {
  const outbox = await sql`select coalesce(subject, '') || ' ' || coalesce(body, '') || ' ' || coalesce(html, '') || ' ' || coalesce(status_detail, '') as text from outbound_messages`
  const jobs = await sql`select coalesce(data::text, '') || ' ' || coalesce(output::text, '') as text from pgboss.job`
  const archived = await sql`select coalesce(data::text, '') || ' ' || coalesce(output::text, '') as text from pgboss.archive`
  return [...outbox, ...jobs, ...archived].map((r) => (r.text as string).replaceAll(c.trackingCode, '').replaceAll(c.caseNumber, ''))
}

// A report against 华山街道 by phone: its receipt SMS fails once (Twilio unreachable), then goes out on the retry.
const report = await logComplaint(operator, { type: 'report', content: '华山街道某干部违规收受礼金，请查处。', accusedUnitId: township.id })
fake.failNext(1, { status: 503, message: 'unavailable' }, 'messages')
const firstAttempt = await runNotify(app, report.id).then(() => 'sent', () => 'failed')
const retry = await runNotify(app, report.id)

t.test('the receipt SMS failed once and went out on the retry', async (t) => {
  t.equal(firstAttempt, 'failed')
  t.same(retry, ['receipt'])
})

t.test('the citizen receives the PIN in the one SMS', async (t) => {
  const sms = fake.messages.filter((m) => m.body.includes(report.trackingCode))
  t.equal(sms.length, 1)
  t.match(sms[0].body, `查询密码${report.pin}`)
  t.ok(holdsPin(sms[0].body, report.pin), 'the sweep below would see it where it is')
})

t.test('the accused township\'s admin sees neither the outbox rows nor the failed jobs of the report', async (t) => {
  const byCase = await accusedAdmin.get(`/api/outbox?caseId=${report.id}`)
  t.equal(byCase.statusCode, 200)
  t.same(byCase.json().items, [], 'nothing for that case')
  t.equal(byCase.json().total, 0)
  const all = (await accusedAdmin.get('/api/outbox')).json()
  t.notOk(all.items.some((i: { caseId: number }) => i.caseId === report.id), 'nor in the whole list')
  t.notOk(JSON.stringify(all).includes(report.trackingCode))

  // a receipt job of the report that failed for good, and a job of no case (the mailbox)
  await sql`insert into pgboss.job (name, data, state, output) values
    ('notify', ${sql.json({ caseId: report.id, kind: 'receipt', version: 0 })}, 'failed', ${sql.json({ message: 'SMTP down' })}),
    ('mailbox-process', ${sql.json({ mailbox: 'INBOX', uid: 7 })}, 'failed', ${sql.json({ message: 'parse error' })})`
  const failed = await accusedAdmin.get('/api/jobs/failed')
  t.equal(failed.statusCode, 200)
  t.notOk(failed.json().some((j: { data: { caseId?: number } }) => j.data?.caseId === report.id), 'the report\'s failed job is hidden')
  t.notOk(failed.json().some((j: { queue: string }) => j.queue === 'mailbox-process'), 'a job of no case is for city admins only')
  t.notOk((await otherCountyAdmin.get(`/api/outbox?caseId=${report.id}`)).json().items.length, 'another county sees nothing either')

  const countyFailed = (await countyAdmin.get('/api/jobs/failed')).json()
  t.ok(countyFailed.some((j: { data: { caseId?: number } }) => j.data?.caseId === report.id), 'the county handling it sees the job')
  t.notOk(countyFailed.some((j: { queue: string }) => j.queue === 'mailbox-process'))
  const cityFailed = (await cityAdmin.get('/api/jobs/failed')).json()
  t.ok(cityFailed.some((j: { queue: string }) => j.queue === 'mailbox-process'), 'the city admin sees the job of no case')

  // a message of no case (a mail to someone outside any case): the city's admins only
  await sql`insert into outbound_messages (channel, kind, recipient_enc, recipient_masked, subject, body, status)
    values ('email', 'notice', 'x', 'a***@b.cn', '系统通知', '无关联诉求的邮件', 'recorded')`
  const caseless = (s: { items: { caseId: number | null; kind: string }[] }) => s.items.some((i) => i.caseId === null && i.kind === 'notice')
  t.notOk(caseless((await countyAdmin.get('/api/outbox')).json()), 'a county admin does not see a message of no case')
  t.notOk(caseless((await accusedAdmin.get('/api/outbox')).json()))
  t.ok(caseless((await cityAdmin.get('/api/outbox')).json()), 'a city admin does')
})

t.test('an admin in scope sees the receipt with the PIN masked', async (t) => {
  const res = await countyAdmin.get(`/api/outbox?caseId=${report.id}`)
  t.equal(res.statusCode, 200)
  const [row] = res.json().items
  t.match(row, { channel: 'sms', kind: 'receipt', caseId: report.id, status: 'sent' })
  t.match(row.body, report.trackingCode, 'the tracking code is shown')
  t.match(row.body, '查询密码******')
  t.notOk(row.body.includes(report.pin), 'the PIN is not')
})

t.test('an e-mail receipt refused once by the SMTP server, then sent', async (t) => {
  const res = await app.inject({ method: 'POST', url: '/api/complaints', payload: {
    type: 'complaint', content: '小区路灯损坏三个月无人维修，夜间出行不安全。', address: '昆明市五华区华山街道',
    complainant: { anonymous: false, name: '赵六', email: 'zhaoliu@example.com' },
  } })
  t.equal(res.statusCode, 201)
  const web = res.json()
  smtp.failNext(1, 451)
  await t.rejects(runNotify(app, web.id))
  t.same(await runNotify(app, web.id), ['receipt'])
  const [mail] = (await smtp.waitFor(1)).filter((m) => m.parsed.text?.includes(web.trackingCode))
  t.match(mail.parsed.text, web.pin, 'the citizen\'s mail carries the PIN')
  t.match(mail.parsed.html, web.pin)
  t.ok(holdsPin(mail.parsed.html as string, web.pin) && holdsPin(mail.parsed.text!, web.pin), 'the sweep below would see it where it is')
  const [row] = (await cityAdmin.get(`/api/outbox?caseId=${web.id}`)).json().items
  t.match(row, { channel: 'email', kind: 'receipt', status: 'sent' })
  t.match(row.body, '******')
  t.notOk(row.body.includes(web.pin))

  for (const c of [report, web]) {
    const hits = (await storedText(c)).filter((text) => text.includes(c.pin))
    t.same(hits, [], `no outbox row, job or archived job holds the PIN of ${c.caseNumber} in clear`)
  }

  // every table of the database (but the divisions' reference data), and every log line
  const tables = await sql`select table_schema as s, table_name as n from information_schema.tables
    where table_schema in ('public', 'pgboss') and table_type = 'BASE TABLE' and table_name not in ('divisions')`
  t.ok(tables.length > 10)
  for (const c of [report, web]) {
    const found: string[] = []
    for (const { s, n } of tables) {
      for (const row of await sql`select x::text as text from ${sql(s)}.${sql(n)} x`) if (holdsPin(row.text, c.pin)) found.push(`${s}.${n}`)
    }
    t.same([...new Set(found)], [], `no table holds the PIN of ${c.caseNumber} in clear`)
    t.same(logLines.filter((line) => holdsPin(line, c.pin)), [], `no log line holds it (${logLines.length} lines)`)
  }
})

/**
 * Whether a stored text shows the 6-digit PIN as a number of its own: timestamps and long runs of letters and digits
 * (hashes, sealed values, ids, case numbers) are left out, where six digits may appear by chance.
 */
function holdsPin(text: string, pin: string): boolean {
  const cleaned = text.replace(/\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?/g, ' ').replace(/[A-Za-z0-9_-]{12,}/g, ' ')
  return new RegExp(`(?<![0-9])${pin}(?![0-9])`).test(cleaned)
}

t.test('migration 0016 masks the PINs that receipts recorded before it kept in the outbox', async (t) => {
  const { receiptEmail } = await import('../channels/email/templates.js')
  const { smsText } = await import('../src/notify/deliver.js')
  const mail = receiptEmail({ publicBaseUrl: 'http://x', caseNumber: 'KM20260101000009', trackingCode: 'ABCDEFGHJK', pin: '402913' })
  const sms = smsText('receipt', { caseNumber: 'KM20260101000009', trackingCode: 'ABCDEFGHJK', pin: '402913', link: 'http://x/track' })
  const [{ id: mailId }] = await sql`insert into outbound_messages (channel, kind, recipient_enc, recipient_masked, subject, body, html, status)
    values ('email', 'receipt', 'x', 'a***@b.cn', ${mail.subject}, ${mail.text}, ${mail.html}, 'sent') returning id`
  const [{ id: smsId }] = await sql`insert into outbound_messages (channel, kind, recipient_enc, recipient_masked, body, status)
    values ('sms', 'receipt', 'x', '139****5678', ${sms}, 'sent') returning id`
  const { readFileSync } = await import('node:fs')
  const migration = readFileSync(new URL('../db/migrations/0016_confidentiality.sql', import.meta.url), 'utf8')
  for (let run = 0; run < 2; run++) for (const statement of migration.split('--> statement-breakpoint')) await sql.unsafe(statement)
  const rows = await sql`select id, body, html from outbound_messages where id in (${mailId}, ${smsId})`
  for (const r of rows) {
    t.notOk(`${r.body} ${r.html ?? ''}`.includes('402913'), `row ${r.id}: the PIN is gone`)
    t.match(r.body, '******')
    t.match(r.body, 'ABCDEFGHJK', 'the tracking code stays')
  }
  t.match(rows.find((r) => Number(r.id) === Number(mailId))!.html, '<strong>******</strong>')
})

t.test('a call-back task\'s live notice reaches operators who may see the case, none of the accused unit', async (t) => {
  const { createCallbackTask } = await import('../src/notify/deliver.js')
  const { compileFilters, decodeLiveNotifications, LIVE_CHANNEL } = await import('../src/live/events.js')
  const { unitAncestors } = await import('../src/cases/access.js')
  let resolve: (n: ReturnType<typeof decodeLiveNotifications>[number]) => void
  const heard = new Promise<ReturnType<typeof decodeLiveNotifications>[number]>((r) => { resolve = r })
  const listener = await sql.listen(LIVE_CHANNEL, (raw) => {
    for (const n of decodeLiveNotifications(raw)) if (n.topic === 'callback.created' && (n.payload as { caseId: number }).caseId === report.id) resolve(n)
  })
  t.teardown(() => listener.unlisten())
  await createCallbackTask(sql, report.id, 'hotline', 'sms_failed')
  const notice = await Promise.race([heard, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no callback.created within 30 s')), 30_000).unref())])
  const reaches = compileFilters(notice.filters)
  const operatorAt = async (code: string) => {
    const unit = await unitOf(db, code)
    return { id: 0, role: 'operator', unitId: unit.id, divisionCode: code, ancestorUnitIds: await unitAncestors(sql, unit.id) }
  }
  t.notOk(reaches(await operatorAt(HUASHAN)), 'not the accused township\'s operators')
  t.notOk(reaches(await operatorAt('530103')), 'not another county\'s')
  t.ok(reaches(await operatorAt('530102')), 'the county\'s')
  t.ok(reaches(await operatorAt('530100')), 'the city centre\'s')
})
