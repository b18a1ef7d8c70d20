// Twilio webhooks as the app registers them (channels/voice: /channels/hotline/…, /channels/phone/…): X-Twilio-Signature
// over the public URL, and the TwiML each line answers with by the clock.
import t from 'tap'
import { buildTestApp } from './helper.js'
import { newSid, signedTwilioRequest, twilioCallParams, twilioSignature, twilioSmsParams, TEST_AUTH_TOKEN } from './support/fake-twilio.js'
import { verifyTwilioRequest } from '../channels/twilio/verify.js'
import { isWorkingHours } from '../channels/twilio/hours.js'
import { isAnonymousChoice, leftQueueTwiml, operatorPickupTwiml, smsReplyTwiml, spokenTime, voicemailReceivedTwiml } from '../channels/twilio/twiml.js'
import { WorkCalendar } from '../src/calendar/workdays.js'

const HOTLINE = '+8687112345'
const REPORT = '+8687112388'
const CALLER = '+8613800138000'
const calendar = new WorkCalendar()
/** An instant given in China time. */
const china = (local: string) => new Date(local + '+08:00')

const TWILIO = { TWILIO_ACCOUNT_SID: 'AC' + '0'.repeat(32), TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN }

/**
 * The app with the voice lines as src/app.ts registers them (/channels/hotline/…, /channels/phone/…), its clock held
 * at `clock.now`; `stored()` counts the calls the webhooks have written (a refused request writes none).
 */
async function voiceApp(t: Parameters<typeof buildTestApp>[0], env: Record<string, string>, clock: { now: Date }) {
  const { app } = await buildTestApp(t, env)
  app.voiceLines.now = () => clock.now
  await app.ready()
  const stored = async () => Number((await app.sql`select count(*)::int as n from calls`)[0].n)
  return { app, stored }
}

t.test('signatures', async (t) => {
  const publicBaseUrl = 'https://rexian.km.gov.cn'
  const { app, stored } = await voiceApp(t, { PUBLIC_BASE_URL: publicBaseUrl, ...TWILIO }, { now: china('2026-11-26T10:00:00') })
  const call = (o: Partial<Parameters<typeof signedTwilioRequest>[1]> = {}) => signedTwilioRequest(app, {
    url: '/channels/hotline/voice', params: twilioCallParams({ from: CALLER, to: HOTLINE }), authToken: TEST_AUTH_TOKEN, publicBaseUrl, ...o,
  })

  const ok = await call()
  t.equal(ok.statusCode, 200, 'a correctly signed request is answered')
  t.match(ok.headers['content-type'], /^text\/xml/)
  t.equal(await stored(), 1, 'and handled: the call is stored')

  for (const signature of ['wrong', 'missing'] as const) {
    const res = await call({ signature })
    t.equal(res.statusCode, 403, `${signature} signature: 403`)
    t.same(res.json().error.code, 'bad_signature')
    t.equal(res.json().error.message, 'Twilio 签名无效')
    t.ok(res.json().error.requestId, 'with the request id')
  }
  t.equal((await call({ signature: { header: 'bm90IGEgc2lnbmF0dXJl' } })).statusCode, 403, 'garbage signature: 403')
  t.equal(await stored(), 1, 'refused requests reach no handler: nothing is stored')

  // Twilio signed the public URL; a signature over the address the app listens on is not valid.
  t.equal((await call({ publicBaseUrl: 'http://127.0.0.1:3000' })).statusCode, 403, 'signed for the internal URL: refused')

  // A parameter changed after signing.
  const params = twilioCallParams({ from: CALLER, to: HOTLINE })
  const tampered = await signedTwilioRequest(app, {
    url: '/channels/hotline/voice', params, authToken: TEST_AUTH_TOKEN, publicBaseUrl,
    headers: { 'x-twilio-signature': twilioSignature(TEST_AUTH_TOKEN, publicBaseUrl + '/channels/hotline/voice', { ...params, From: '+8613900139000' }) },
  })
  t.equal(tampered.statusCode, 403, 'a body that does not match the signature: refused')
  t.equal(await stored(), 1, 'still nothing stored')

  // The query string is part of what Twilio signs.
  const withQuery = await call({ url: '/channels/hotline/voice?attempt=2' })
  t.equal(withQuery.statusCode, 200, 'a signed URL with a query string')

  // Replays are answered the same way and stored once (idempotent on CallSid).
  const replayParams = twilioCallParams({ from: CALLER, to: HOTLINE, callSid: newSid('CA') })
  const first = await call({ params: replayParams })
  const again = await call({ params: replayParams })
  t.equal(first.statusCode, 200)
  t.equal(again.body, first.body, 'a replayed webhook gets the same TwiML')
  t.equal(await stored(), 3, 'and the call is stored once')

  const smsParams = twilioSmsParams({ from: CALLER, to: HOTLINE, body: '路灯坏了，请派人修理。' })
  const forgedSms = await signedTwilioRequest(app, { url: '/channels/hotline/sms', params: smsParams, authToken: TEST_AUTH_TOKEN, publicBaseUrl, signature: 'wrong' })
  t.equal(forgedSms.statusCode, 403, 'the SMS webhook checks the signature too')
  const sms = await signedTwilioRequest(app, { url: '/channels/hotline/sms', params: smsParams, authToken: TEST_AUTH_TOKEN, publicBaseUrl })
  t.equal(sms.statusCode, 200)
  t.match(sms.headers['content-type'], /^text\/xml/)
  t.match(sms.body, /^<\?xml version="1.0" encoding="UTF-8"\?><Response(\/>|>)/, 'answered with TwiML')
})

t.test('behind a proxy that strips a path prefix', async (t) => {
  // Twilio calls https://www.km.gov.cn/suqiu/channels/hotline/…; the proxy forwards /channels/hotline/… to the app.
  const publicBaseUrl = 'https://www.km.gov.cn/suqiu'
  const { app, stored } = await voiceApp(t, { PUBLIC_BASE_URL: publicBaseUrl, ...TWILIO }, { now: china('2026-11-26T20:00:00') })
  const params = twilioCallParams({ from: CALLER, to: HOTLINE })
  const viaProxy = await signedTwilioRequest(app, {
    url: '/channels/hotline/voice', params, authToken: TEST_AUTH_TOKEN, publicBaseUrl,
    headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'www.km.gov.cn', host: '10.0.0.7:3000' },
  })
  t.equal(viaProxy.statusCode, 200, 'verified against PUBLIC_BASE_URL, not the Host the app sees')
  t.match(viaProxy.body, 'action="https://www.km.gov.cn/suqiu/channels/hotline/recorded"', 'callback URLs are public')
  t.equal(await stored(), 1)
})

t.test('without an auth token every webhook is refused', async (t) => {
  const { app, stored } = await voiceApp(t, { PUBLIC_BASE_URL: 'https://rexian.km.gov.cn' }, { now: china('2026-11-26T10:00:00') })
  for (const url of ['/channels/hotline/voice', '/channels/phone/voice', '/channels/phone/choice']) {
    const res = await signedTwilioRequest(app, { url, params: twilioCallParams({ from: CALLER, to: HOTLINE }), authToken: TEST_AUTH_TOKEN, publicBaseUrl: 'https://rexian.km.gov.cn' })
    t.equal(res.statusCode, 403, `${url}: 403`)
  }
  const sms = await signedTwilioRequest(app, { url: '/channels/hotline/sms', params: twilioSmsParams({ from: CALLER, to: HOTLINE, body: '1' }), authToken: TEST_AUTH_TOKEN, publicBaseUrl: 'https://rexian.km.gov.cn' })
  t.equal(sms.statusCode, 403, 'SMS: 403')
  t.equal(await stored(), 0)
})

t.test('verifyTwilioRequest never throws', async (t) => {
  const secrets = { authToken: TEST_AUTH_TOKEN, publicBaseUrl: 'not a url' }
  t.equal(verifyTwilioRequest({ url: '/x', headers: { 'x-twilio-signature': 'abc' }, body: {} }, secrets), false)
  t.equal(verifyTwilioRequest({ url: '/x', headers: { 'x-twilio-signature': ['a', 'b'] as unknown as string }, body: {} }, { ...secrets, publicBaseUrl: 'https://a.b' }), false)
  t.equal(verifyTwilioRequest({ url: '/x', headers: { 'x-twilio-signature': 'abc' }, body: 'raw' }, { ...secrets, publicBaseUrl: 'https://a.b' }), false, 'an unparsed body')
})

t.test('voice TwiML by the clock', async (t) => {
  const publicBaseUrl = 'https://rexian.km.gov.cn'
  const clock = { now: china('2026-11-26T10:00:00') } // a Thursday
  const { app } = await voiceApp(t, { PUBLIC_BASE_URL: publicBaseUrl, ...TWILIO }, clock)
  const post = (url: string, extra: Record<string, string> = {}) =>
    signedTwilioRequest(app, { url, params: twilioCallParams({ from: CALLER, to: url.includes('phone') ? REPORT : HOTLINE, ...extra }), authToken: TEST_AUTH_TOKEN, publicBaseUrl })

  const working = (await post('/channels/hotline/voice')).body
  t.match(working, /^<\?xml version="1.0" encoding="UTF-8"\?><Response><Say [^>]*>您好，欢迎致电昆明市春城热线。正在为您转接话务员，请稍候。<\/Say><Enqueue[^>]*>suqiu-hotline-operators<\/Enqueue><\/Response>$/, 'working hours: Chinese greeting, then the operator queue')
  t.notMatch(working, '<Record')

  clock.now = china('2026-11-26T19:45:00')
  const evening = (await post('/channels/hotline/voice')).body
  t.match(evening, '您好，欢迎致电昆明市春城热线。现在是非工作时间。工作时间为法定工作日上午8点30分至下午5点30分。请在提示音后留言')
  const record = /<Record [^>]*\/>/.exec(evening)?.[0] ?? ''
  for (const attribute of [
    'maxLength="180"', 'finishOnKey="#"', `action="${publicBaseUrl}/channels/hotline/recorded"`,
    `recordingStatusCallback="${publicBaseUrl}/channels/hotline/recording-status"`, 'recordingStatusCallbackEvent="completed absent"',
  ]) t.match(record, attribute, `after hours: <Record ${attribute}>`)
  t.match(evening, /\/><Say [^>]*>没有收到您的留言。再见。<\/Say><Hangup\/><\/Response>$/, 'nothing recorded: goodbye')
  t.notMatch(evening, '<Enqueue')

  clock.now = china('2026-10-01T10:00:00') // 国庆节, a Thursday
  t.match((await post('/channels/hotline/voice')).body, '<Record', 'a public holiday is after hours')
  clock.now = china('2026-10-10T10:00:00') // a Saturday worked in lieu (调休)
  t.match((await post('/channels/hotline/voice')).body, /<Enqueue[^>]*>suqiu-hotline-operators<\/Enqueue>/, 'a swapped working Saturday is working hours')

  // The reporting line first offers the anonymous option.
  const menu = (await post('/channels/phone/voice')).body
  t.match(menu, `<Gather numDigits="1"`)
  t.match(menu, `action="${publicBaseUrl}/channels/phone/choice"`)
  t.match(menu, '您好，这里是昆明市群众诉求举报电话。匿名举报请按1，实名举报请按2。')

  clock.now = china('2026-11-26T10:00:00')
  const anonymous = (await post('/channels/phone/choice', { Digits: '1' })).body
  t.match(anonymous, /您选择了匿名举报，本次来电不会保留您的电话号码。正在为您转接工作人员，请稍候。<\/Say><Enqueue[^>]*>suqiu-phone-operators<\/Enqueue>/)
  const named = (await post('/channels/phone/choice', { Digits: '2' })).body
  t.match(named, /<Response><Say [^>]*>正在为您转接工作人员，请稍候。<\/Say><Enqueue[^>]*>suqiu-phone-operators<\/Enqueue>/, 'named: no welcome twice')
  const nothing = (await post('/channels/phone/choice', { Digits: '' })).body
  t.notMatch(nothing, '匿名举报', 'no key pressed: named')

  clock.now = china('2026-11-26T23:00:00')
  const anonymousNight = (await post('/channels/phone/choice', { Digits: '1' })).body
  t.match(anonymousNight, '请不要在留言中说出您的姓名')
  t.match(anonymousNight, `action="${publicBaseUrl}/channels/phone/recorded"`)
})

t.test('working hours in Asia/Shanghai', async (t) => {
  const at = (local: string) => isWorkingHours(china(local), calendar)
  t.equal(at('2026-11-26T08:29:59'), false, 'before 08:30')
  t.equal(at('2026-11-26T08:30:00'), true, 'from 08:30')
  t.equal(at('2026-11-26T17:29:59'), true)
  t.equal(at('2026-11-26T17:30:00'), false, 'until 17:30')
  t.equal(at('2026-11-28T10:00:00'), false, 'a Saturday')
  t.equal(at('2026-02-14T09:00:00'), true, 'a Saturday worked in lieu (春节调休)')
  t.equal(isWorkingHours(new Date('2026-11-26T01:00:00Z'), calendar), true, '01:00 UTC is 09:00 in Kunming')
  t.equal(isWorkingHours(new Date('2026-11-25T23:00:00Z'), calendar), false, '23:00 UTC on Wednesday is 07:00 Thursday')
  t.equal(isWorkingHours(china('2026-11-26T19:00:00'), calendar, { start: '09:00', end: '21:00' }), true, 'configurable hours')
  const overridden = new WorkCalendar([['2026-11-26', false]])
  t.equal(isWorkingHours(china('2026-11-26T10:00:00'), overridden), false, 'admin override of the calendar')
  t.throws(() => isWorkingHours(new Date(), calendar, { start: '8:30', end: '17:30' }), RangeError)
  t.throws(() => isWorkingHours(new Date(), calendar, { start: '18:00', end: '09:00' }), RangeError)
  t.equal(spokenTime('08:30'), '上午8点30分')
  t.equal(spokenTime('12:00'), '中午12点')
  t.equal(spokenTime('17:00'), '下午5点')
})

t.test('other TwiML', async (t) => {
  t.equal(smsReplyTwiml(), '<?xml version="1.0" encoding="UTF-8"?><Response/>', 'no reply')
  t.match(voicemailReceivedTwiml({ line: 'hotline' }), '<Say voice="Polly.Zhiyu" language="cmn-CN">您的留言已收到，我们将在工作时间尽快处理。谢谢，再见。</Say><Hangup/>')
  const vm = { line: 'hotline' as const, recordAction: 'https://x/rec', recordingStatusCallback: 'https://x/status' }
  const full = leftQueueTwiml('queue-full', vm)
  t.match(full, '<Say voice="Polly.Zhiyu" language="cmn-CN">话务员正忙，请您留言。请在提示音后留言')
  t.match(full, '<Record ')
  t.equal(leftQueueTwiml('bridged', vm), '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>')
  t.equal(operatorPickupTwiml('phone'), '<?xml version="1.0" encoding="UTF-8"?><Response><Dial><Queue>suqiu-phone-operators</Queue></Dial></Response>')
  t.equal(isAnonymousChoice('1'), true)
  t.equal(isAnonymousChoice(undefined), false)
  t.equal(isAnonymousChoice('12'), false)
  // TwiML escapes what it says.
  t.match(smsReplyTwiml('<a & b>'), '<Message>&lt;a &amp; b&gt;</Message>')
})
