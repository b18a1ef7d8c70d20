// Twilio as it really calls us (#19): the call status callback ends a call the caller hung up in the greeting, and
// <Say> uses a voice that speaks Mandarin. Every webhook is signed with twilio.getExpectedTwilioSignature.
import t from 'tap'
import { buildTestApp, signIn } from './helper.js'
import { signedTwilioRequest, startFakeTwilio, twilioCallParams, newSid, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN } from './support/fake-twilio.js'

const PUBLIC = 'https://rexian.km.gov.cn'
const HOTLINE = '+868712345678'
const CALLER = '+8613800138000'

t.test('call status callback: a caller who hangs up in the greeting is no longer queued', async (t) => {
  const fake = await startFakeTwilio()
  t.teardown(() => fake.close())
  const { app } = await buildTestApp(t, { PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_API_BASE: fake.url, TWILIO_HOTLINE_NUMBER: HOTLINE })
  app.voiceLines.now = () => new Date('2026-12-07T10:00:00+08:00') // a Monday, working hours
  await app.ready()
  const operator = await signIn(app, 'operator', '530100')
  const statusOf = async (sid: string) => ((await operator.get('/api/calls')).json().items as { callSid: string; status: string }[]).find((c) => c.callSid === sid)?.status

  const outcomes: Record<string, string> = {}
  for (const callStatus of ['completed', 'busy', 'no-answer', 'failed', 'canceled']) {
    const sid = newSid('CA')
    const voice = await signedTwilioRequest(app, { url: '/channels/hotline/voice', publicBaseUrl: PUBLIC, authToken: TEST_AUTH_TOKEN, params: twilioCallParams({ from: CALLER, to: HOTLINE, callSid: sid }) })
    t.equal(voice.statusCode, 200)
    t.equal(await statusOf(sid), 'queued')
    const status = await signedTwilioRequest(app, { url: '/channels/hotline/status', publicBaseUrl: PUBLIC, authToken: TEST_AUTH_TOKEN, params: twilioCallParams({ from: CALLER, to: HOTLINE, callSid: sid, callStatus }) })
    t.equal(status.statusCode, 204, status.body)
    outcomes[callStatus] = (await statusOf(sid))!
  }
  t.same(outcomes, { completed: 'abandoned', busy: 'busy', 'no-answer': 'no-answer', failed: 'failed', canceled: 'canceled' })

  const unsigned = await app.inject({ method: 'POST', url: '/channels/hotline/status', payload: 'CallSid=CA' + '0'.repeat(32) + '&CallStatus=completed', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
  t.equal(unsigned.statusCode, 403, 'unsigned status callbacks are refused')
})

t.test('<Say> speaks with a Mandarin voice (Polly.Zhiyu, cmn-CN)', async (t) => {
  const fake = await startFakeTwilio()
  t.teardown(() => fake.close())
  const { app } = await buildTestApp(t, { PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_API_BASE: fake.url, TWILIO_HOTLINE_NUMBER: HOTLINE })
  app.voiceLines.now = () => new Date('2026-12-07T10:00:00+08:00')
  await app.ready()
  for (const line of ['hotline', 'phone']) {
    const res = await signedTwilioRequest(app, { url: `/channels/${line}/voice`, publicBaseUrl: PUBLIC, authToken: TEST_AUTH_TOKEN, params: twilioCallParams({ from: CALLER, to: HOTLINE, callSid: newSid('CA') }) })
    const says = res.body.match(/<Say[^>]*>/g) ?? []
    t.ok(says.length > 0, line)
    t.ok(says.every((s) => s.includes('voice="Polly.Zhiyu"') && s.includes('language="cmn-CN"')), `${line}: ${says.join(' ')}`)
  }
})

t.test('the reporting line\'s receipt SMS is sent from the reporting line\'s number', async (t) => {
  const fake = await startFakeTwilio()
  t.teardown(() => fake.close())
  const REPORT = '+868712388000'
  const { app } = await buildTestApp(t, { PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_API_BASE: fake.url, TWILIO_HOTLINE_NUMBER: HOTLINE, TWILIO_REPORT_NUMBER: REPORT })
  await app.ready()
  const operator = await signIn(app, 'operator', '530100')
  const { logComplaint } = await import('./helper.js')
  const { runNotify } = await import('./support/jobs.js')
  const onReportLine = await logComplaint(operator, { complainant: { anonymous: false, name: '李四', phone: '13912340001' } }, 'phone')
  const onHotline = await logComplaint(operator, { complainant: { anonymous: false, name: '王五', phone: '13912340002' } }, 'hotline')
  await runNotify(app, onReportLine.id)
  await runNotify(app, onHotline.id)
  const sent = fake.messages.map((m) => ({ to: m.to, from: m.from }))
  t.same(sent.sort((a, b) => a.to.localeCompare(b.to)), [{ to: '+8613912340001', from: REPORT }, { to: '+8613912340002', from: HOTLINE }])
})
