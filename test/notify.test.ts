import t from 'tap'
import { buildTestApp, signIn, logComplaint, sendEvent } from './helper.js'
import { startSmtp } from './support/smtp.js'
import { startFakeTwilio, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN } from './support/fake-twilio.js'
import { startWorkers } from '../workers/index.js'
import { chooseRoute } from '../src/notify/deliver.js'
import { runNotify, runNotifyJobs } from './support/jobs.js'

/** Runs the notify handler over the jobs the outbox holds for a case, as a worker would. */

t.test('routes: preferred channel, else the channel they came in on', async (t) => {
  const r = { anonymous: false, phone: '+8613812345678', email: 'a@b.cn', name: '张三', preferred: null, channel: 'web' }
  t.equal(chooseRoute('receipt', r, null), 'email', 'web with e-mail → e-mail')
  t.equal(chooseRoute('receipt', { ...r, channel: 'hotline' }, null), 'sms', 'hotline → SMS')
  t.equal(chooseRoute('receipt', { ...r, preferred: 'sms' }, null), 'sms')
  t.equal(chooseRoute('result', r, 'phone'), 'callback', 'a result by phone is a call-back task')
  t.equal(chooseRoute('result', r, 'letter'), 'none', 'a result by letter is printed by a clerk')
  t.equal(chooseRoute('receipt', { ...r, anonymous: true }, null), 'none', 'anonymous: tracking code only')
})

t.test('e-mail notifications reach the SMTP server; SMS without Twilio is recorded', async (t) => {
  const smtp = await startSmtp(t)
  const { app } = await buildTestApp(t, { SMTP_URL: smtp.url })
  await app.ready()
  const res = await app.inject({ method: 'POST', url: '/api/complaints', payload: {
    type: 'complaint', content: '小区路灯损坏三个月无人维修，夜间出行不安全。', address: '昆明市五华区华山街道',
    complainant: { anonymous: false, name: '赵六', email: 'zhaoliu@example.com' },
  } })
  const created = res.json()
  t.same(await runNotify(app, created.id), ['receipt'])
  const [mail] = await smtp.waitFor(1)
  t.match(mail.parsed.subject, created.caseNumber)
  t.match(mail.parsed.text, created.trackingCode)
  t.match(mail.parsed.text, created.pin, 'the receipt carries the PIN, which is stored only encrypted')
  t.same(mail.envelope.to, ['zhaoliu@example.com'])

  const operator = await signIn(app, 'operator', '530100')
  const call = await logComplaint(operator)
  t.same(await runNotify(app, call.id), ['receipt'])
  const [sms] = await app.sql`select channel, status, recipient_masked, body from outbound_messages where case_id = ${call.id}`
  t.match(sms, { channel: 'sms', status: 'recorded', recipient_masked: '139****5678' })
  t.match(sms.body, call.caseNumber)
})

t.test('SMS through Twilio; a failed result SMS becomes a call-back task', async (t) => {
  const fake = await startFakeTwilio()
  t.teardown(() => fake.close())
  const { app, db } = await buildTestApp(t, { TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_API_BASE: fake.url, TWILIO_HOTLINE_NUMBER: '+868712345678' })
  await app.ready()
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const c = await logComplaint(operator)
  await runNotify(app, c.id)
  t.equal(fake.messages.length, 1)
  t.equal(fake.messages[0].to, '+8613912345678')
  t.match(fake.messages[0].body, c.trackingCode)

  for (const body of [{ type: 'REGISTER', category: 'policy_consultation' }, { type: 'ANSWER', text: '可向社区申请公示。' }, { type: 'SEND_FEEDBACK', text: '可向社区申请公示。', channel: 'sms' }]) {
    t.equal((await sendEvent(dispatcher, c.id, body)).statusCode, 200)
  }
  fake.failNext(5, { status: 400, code: 21211, message: 'invalid To' }, 'messages')
  const sendsBefore = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/Messages.json')).length
  const runs = await runNotifyJobs(app, c.id)
  t.equal(fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/Messages.json')).length - sendsBefore, 2, 'one request to Twilio per message')
  t.match(runs, [
    { kind: 'accepted', state: 'completed', attempts: 1, error: null, messages: [{ channel: 'sms', status: 'failed', attempts: 1, detail: /invalid To|21211/ }] },
    { kind: 'result', state: 'completed', attempts: 1, error: null, messages: [{ channel: 'sms', status: 'failed', attempts: 1 }] },
  ], 'a permanent Twilio refusal is not retried: each job ends after one attempt, the refusal recorded in the outbox')
  t.equal(runs.length, 2)
  t.same(await runNotifyJobs(app, c.id), [], 'and nothing is left waiting for a retry')
  const tasks = await app.sql`select line, reason, status from callback_tasks where case_id = ${c.id}`
  t.same(tasks.map((x) => ({ ...x })), [{ line: 'hotline', reason: 'sms_failed', status: 'open' }], 'an operator will phone instead')
  void db
})

t.test('a worker process picks up outbox jobs', async (t) => {
  const { app, url } = await buildTestApp(t)
  await app.ready()
  const handled: unknown[] = []
  const workers = await startWorkers({ databaseUrl: url, services: app.cases, log: app.log, handlers: { notify: async (jobs) => { handled.push(...jobs.map((j) => j.data)) } } })
  t.teardown(() => workers.stop())
  const operator = await signIn(app, 'operator', '530100')
  const c = await logComplaint(operator)
  const deadline = Date.now() + 15_000
  while (!handled.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
  t.match(handled, [{ caseId: c.id, kind: 'receipt' }])
})

t.test('admins see recorded e-mail and SMS in the outbox', async (t) => {
  const { app } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const c = await logComplaint(operator)
  await runNotify(app, c.id)
  const admin = await signIn(app, 'admin', '530100')
  const res = await admin.get('/api/outbox')
  t.equal(res.statusCode, 200)
  const body = res.json()
  t.same(body.transports, { email: 'record', sms: 'record' })
  t.match(body.items[0], { channel: 'sms', kind: 'receipt', caseNumber: c.caseNumber, recipient: '139****5678', status: 'recorded' })
  t.equal((await operator.get('/api/outbox')).statusCode, 403, 'only admins')
  t.equal((await admin.get('/api/jobs/failed')).statusCode, 200)
})
