// Anonymity sweep (DESIGN security rule 3, issue 16 finding 3): after an anonymous web report, an anonymous call on
// the reporting line and an anonymous e-mail report, the planted name, phone number, e-mail address, IP address and
// user agent are found in no text, jsonb or bytea column of any table, in no encrypted raw form, and in no log line;
// the reports can still be followed by code + PIN.
import t from 'tap'
import nodemailer from 'nodemailer'
import { processInboundEmail } from '../channels/email/process.js'
import { buildApp } from '../src/app.js'
import { decrypt } from '../src/privacy/crypto.js'
import { signIn, testConfig, testDatabase } from './helper.js'
import { signedTwilioRequest, startFakeTwilio, twilioCallParams, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN } from './support/fake-twilio.js'
import { capturedLog } from './support/log.js'

const PUBLIC = 'https://rexian.km.gov.cn'
const REPORT = '+868712388000'

const NAME = '欧阳娜娜'
const PHONE = '13566667777'
const IP = '203.0.113.77'
const USER_AGENT = 'Mozilla/5.0 (planted-agent-55aa91)'
const CALLER_PHONE = '13588889999'
const MAIL_FROM = 'ouyang.nana.7781@example.org'
/** what each planted value may look like once stored: as typed, normalized, masked */
const NEEDLES = [NAME, '欧阳', PHONE, '+86' + PHONE, '135****7777', IP, '203.0.113', 'planted-agent-55aa91', CALLER_PHONE, '+86' + CALLER_PHONE, '135****9999', MAIL_FROM, 'ouyang.nana']

t.test('an anonymous report keeps nothing about the person, on the web and on the reporting line', async (t) => {
  const fake = await startFakeTwilio()
  t.teardown(() => fake.close())
  const { lines, logger } = capturedLog()
  const url = await testDatabase(t)
  const config = testConfig(t, { PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_API_BASE: fake.url, TWILIO_REPORT_NUMBER: REPORT, LOG_LEVEL: 'trace' })
  const app = await buildApp({ config, databaseUrl: url, logger })
  t.teardown(() => app.close())
  await app.ready()
  const sql = app.sql

  // the web form: the citizen ticks 匿名 but the browser still sends the name and phone fields it had filled in
  const web = await app.inject({
    method: 'POST', url: '/api/complaints', remoteAddress: IP,
    headers: { 'user-agent': USER_AGENT, 'idempotency-key': 'anon-web-0001-sweep' },
    payload: { type: 'report', content: '某局干部长期违规收受礼金，请组织核查。', complainant: { anonymous: true, name: NAME, phone: PHONE } },
  })
  t.equal(web.statusCode, 201, web.body)
  const webAnswer = web.json()

  // the reporting line: the caller presses 1 (anonymous); the operator logs the call
  const operator = await signIn(app, 'operator', '530100')
  const call = twilioCallParams({ from: '+86' + CALLER_PHONE, to: REPORT })
  const post = (path: string, params: Record<string, string>) => signedTwilioRequest(app, { url: path, params, authToken: TEST_AUTH_TOKEN, publicBaseUrl: PUBLIC })
  t.equal((await post('/channels/phone/voice', call)).statusCode, 200)
  t.equal((await post('/channels/phone/choice', { ...call, Digits: '1' })).statusCode, 200)
  const taken = await operator.post(`/api/calls/${call.CallSid}/take`)
  t.equal(taken.statusCode, 200, taken.body)
  t.notMatch(taken.body, CALLER_PHONE.slice(-4), 'the operator taking the call sees no number')
  const phone = await operator.post('/api/intake/phone', { callSid: call.CallSid, type: 'report', content: '举报某村干部挪用扶贫资金，金额约五万元。', complainant: { anonymous: true, name: NAME } })
  t.equal(phone.statusCode, 201, phone.body)
  const phoneAnswer = phone.json()
  t.equal((await post('/channels/phone/queue-result', { ...call, QueueResult: 'hangup' })).statusCode, 200)
  t.equal((await post('/channels/phone/status', { ...call, CallStatus: 'completed', CallDuration: '95' })).statusCode, 204, 'the call status callback (it carries From again)')

  // e-mail: 匿名 in the subject (channels/email/anonymous.ts); the sender's name and address are in its headers
  const mail = (await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail({
    from: `${NAME} <${MAIL_FROM}>`, replyTo: MAIL_FROM, to: 'complaints@km.gov.cn', subject: '匿名举报：某局干部违规报销',
    text: '某局干部多次用公款报销私人旅游费用，请核查。', messageId: '<anon-sweep-1@example.org>',
  })).message as Buffer
  const [inbound] = await sql`insert into inbound_emails (mailbox, uid_validity, uid, message_id, raw) values ('INBOX', 1, 1, '<anon-sweep-1@example.org>', ${mail}) returning id`
  const emailed = await processInboundEmail(app, Number(inbound.id))
  t.equal(emailed.outcome, 'complaint')

  t.test('no text or jsonb column of any table holds them', async (t) => {
    const columns = await sql`
      select table_schema, table_name, column_name from information_schema.columns
      where table_schema not in ('pg_catalog', 'information_schema') and data_type in ('text', 'jsonb', 'json', 'character varying', 'ARRAY')
        and (table_schema, table_name) in (select table_schema, table_name from information_schema.tables where table_type = 'BASE TABLE')`
    t.ok(columns.length > 20, `${columns.length} columns scanned`)
    const found: string[] = []
    for (const c of columns) {
      const rows = await sql`select ${sql(c.column_name)}::text as v from ${sql(c.table_schema)}.${sql(c.table_name)} where ${sql(c.column_name)}::text like any(${NEEDLES.map((n) => `%${n}%`)})`
      for (const r of rows) found.push(`${c.table_schema}.${c.table_name}.${c.column_name}: ${String(r.v).slice(0, 200)}`)
    }
    // raw bytes (the kept mail): searched for each needle's UTF-8 bytes
    const binary = await sql`
      select table_schema, table_name, column_name from information_schema.columns
      where table_schema not in ('pg_catalog', 'information_schema') and data_type = 'bytea'`
    for (const c of binary) {
      for (const n of NEEDLES) {
        const [hit] = await sql`select 1 from ${sql(c.table_schema)}.${sql(c.table_name)} where position(${Buffer.from(n)}::bytea in ${sql(c.column_name)}) > 0 limit 1`
        if (hit) found.push(`${c.table_schema}.${c.table_name}.${c.column_name} (bytes): ${n}`)
      }
    }
    const [kept] = await sql`select position(${Buffer.from('complaints@km.gov.cn')}::bytea in raw) > 0 as found from inbound_emails where id = ${inbound.id}`
    t.ok(kept?.found, 'the byte search reads the kept mail (its To: address is there)')
    t.same(found, [], 'found nowhere')
  })

  t.test('the sealed raw forms do not hold them either', async (t) => {
    const intakes = await sql`select channel, raw from intakes where complaint_id = any(${[webAnswer.id, phoneAnswer.id, emailed.caseId]})`
    t.equal(intakes.length, 3)
    for (const i of intakes) {
      const form = i.raw.formEnc ? decrypt(app.cases.keys.encKey, i.raw.formEnc, `intake:${i.channel}`) : ''
      for (const n of NEEDLES) t.notOk(form.includes(n) || JSON.stringify(i.raw).includes(n), `${i.channel}: no ${n}`)
    }
    for (const id of [webAnswer.id, phoneAnswer.id, emailed.caseId]) {
      const [complaint] = await sql`select anonymous, identity, phone_hash, email_hash, id_hash from complaints where id = ${id}`
      t.same({ ...complaint }, { anonymous: true, identity: null, phone_hash: null, email_hash: null, id_hash: null }, 'no hash that links reports')
    }
  })

  t.test('the log does not hold them', async (t) => {
    t.ok(lines.some((l) => l.includes('/api/complaints')), 'the request was logged')
    for (const n of NEEDLES) t.notOk(lines.some((l) => l.includes(n)), `no ${n} in ${lines.length} log lines`)
  })

  t.test('each report can still be followed with its code and PIN', async (t) => {
    for (const a of [webAnswer, phoneAnswer]) {
      const res = await app.inject({ method: 'GET', url: `/api/track/${a.trackingCode}`, remoteAddress: IP, headers: { 'x-tracking-pin': a.pin, 'user-agent': USER_AGENT } })
      t.equal(res.statusCode, 200, res.body)
      t.equal(res.json().caseNumber, a.caseNumber)
    }
    t.notOk(lines.some((l) => l.includes(IP)), 'following it leaves no address in the log either')
  })

  t.test('anonymous forms are still rate-limited, without keeping the address', async (t) => {
    const codes: number[] = []
    for (let i = 0; i < 11; i++) {
      codes.push((await app.inject({ method: 'POST', url: '/api/complaints', remoteAddress: '198.51.100.9', payload: { type: 'report', content: `匿名举报第${i}件，某单位违规公款吃喝。`, complainant: { anonymous: true } } })).statusCode)
    }
    t.equal(codes.filter((c) => c === 201).length, 10, 'ten from one address within the minute')
    t.equal(codes.at(-1), 429)
    t.notOk(lines.some((l) => l.includes('198.51.100.9')), 'the limited address is not logged')
  })
})
