// The real twilio client against the local fake of the Twilio REST API: sends, failures, status callbacks, recordings.
import t from 'tap'
import Fastify from 'fastify'
import formbody from '@fastify/formbody'
import { startFakeTwilio, newSid, type FakeTwilio } from './support/fake-twilio.js'
import { createSmsSender, isTwilioSmsError, rebaseTwilioUrl, twilioBasicAuth, TwilioSmsError } from '../channels/twilio/sms.js'
import { requireTwilioSignature } from '../channels/twilio/verify.js'

const HOTLINE = '+8687112345'
const CITIZEN = '+8613800138000'
const PUBLIC = 'https://rexian.km.gov.cn'
const STATUS_URL = `${PUBLIC}/api/twilio/sms/status`

async function fake(t: { teardown(fn: () => unknown): void }): Promise<FakeTwilio> {
  const f = await startFakeTwilio()
  t.teardown(() => f.close())
  return f
}

const senderFor = (f: FakeTwilio, from = HOTLINE) =>
  createSmsSender({ accountSid: f.accountSid, authToken: f.authToken, apiBase: f.url, from, statusCallbackUrl: STATUS_URL })

/** What a send threw, as a TwilioSmsError. */
async function failure(p: Promise<unknown>): Promise<TwilioSmsError> {
  try {
    await p
  } catch (err) {
    if (isTwilioSmsError(err)) return err
    throw err
  }
  throw new Error('expected the send to fail')
}

t.test('a message reaches the fake', async (t) => {
  const f = await fake(t)
  const sms = senderFor(f)
  const body = '【昆明市群众诉求中心】您的诉求已受理，编号KM20261126001，查询码A7K9Q2。'
  const sent = await sms.send(CITIZEN, body)
  t.match(sent.sid, /^SM[0-9a-f]{32}$/)
  t.equal(sent.status, 'queued')
  t.equal(f.messages.length, 1)
  t.match(f.messages[0], { sid: sent.sid, to: CITIZEN, from: HOTLINE, body, statusCallback: STATUS_URL })
  t.match(f.requests[0], { method: 'POST', path: `/2010-04-01/Accounts/${f.accountSid}/Messages.json`, failed: false })

  const long = '您'.repeat(150)
  const longSent = await sms.send(CITIZEN, long, { statusCallbackUrl: `${PUBLIC}/other` })
  t.equal(f.messages[1].body, long, 'a text longer than one segment is sent whole, in one request (Twilio splits it)')
  t.equal(f.messages[1].sid, longSent.sid)
  t.equal(f.messages[1].statusCallback, `${PUBLIC}/other`, 'per-message status callback')

  const service = 'MG' + 'b'.repeat(32)
  await senderFor(f, service).send(CITIZEN, '测试')
  t.match(f.messages[2], { from: null, messagingServiceSid: service }, 'a Messaging Service SID as sender')
})

t.test('failures surface the Twilio code', async (t) => {
  const f = await fake(t)
  const sms = senderFor(f)

  f.failNext(1, { status: 400, code: 21610, message: 'Attempt to send to unsubscribed recipient' })
  const unsubscribed = await failure(sms.send(CITIZEN, '结果通知'))
  t.match(unsubscribed, { name: 'TwilioSmsError', code: 'twilio_sms_failed', twilioCode: 21610, httpStatus: 400, retryable: false, message: 'Attempt to send to unsubscribed recipient' })
  t.equal(unsubscribed.moreInfo, 'https://www.twilio.com/docs/errors/21610')
  t.ok(unsubscribed instanceof TwilioSmsError)
  t.equal(f.messages.length, 0, 'a failed send records no message')

  f.failNext(2, { status: 503, code: 20503, message: 'Service Unavailable' })
  t.match(await failure(sms.send(CITIZEN, 'a')), { twilioCode: 20503, httpStatus: 503, retryable: true }, '5xx: retry later')
  t.match(await failure(sms.send(CITIZEN, 'a')), { twilioCode: 20503, retryable: true })
  t.match(await sms.send(CITIZEN, 'a'), { status: 'queued' }, 'the third attempt goes through')

  f.failNext(1, { status: 429, code: 20429, message: 'Too Many Requests' })
  t.match(await failure(sms.send(CITIZEN, 'a')), { twilioCode: 20429, httpStatus: 429, retryable: true }, '429: retry later')

  f.failNext(1, 'disconnect')
  t.match(await failure(sms.send(CITIZEN, 'a')), { twilioCode: null, httpStatus: null, retryable: true }, 'connection dropped: retry later')

  t.match(await failure(sms.send('12345', 'a')), { twilioCode: 21211, httpStatus: 400, retryable: false }, 'an invalid number, as Twilio answers it')

  const wrongToken = createSmsSender({ accountSid: f.accountSid, authToken: 'not-the-token', apiBase: f.url, from: HOTLINE })
  t.match(await failure(wrongToken.send(CITIZEN, 'a')), { twilioCode: 20003, httpStatus: 401, retryable: false }, 'bad credentials')

  const before = f.requests.length
  t.match(await failure(sms.send(CITIZEN, 'x'.repeat(1601))), { twilioCode: 21617, retryable: false }, 'too long: refused before sending')
  t.match(await failure(sms.send(CITIZEN, '')), { retryable: false })
  t.equal(f.requests.length, before, 'no request for a body that cannot be sent')

  const closed = await startFakeTwilio()
  await closed.close()
  const unreachable = createSmsSender({ accountSid: f.accountSid, authToken: f.authToken, apiBase: closed.url, from: HOTLINE })
  t.match(await failure(unreachable.send(CITIZEN, 'a')), { twilioCode: null, retryable: true, message: /ECONNREFUSED/ }, 'Twilio unreachable')
})

t.test('signed status callbacks', async (t) => {
  const f = await fake(t)
  const app = Fastify()
  t.teardown(() => app.close())
  const statuses: Record<string, string>[] = []
  await app.register(formbody)
  app.post<{ Body: Record<string, string> }>('/api/twilio/sms/status', {
    preHandler: requireTwilioSignature(() => ({ authToken: f.authToken, publicBaseUrl: PUBLIC })),
  }, async (request, reply) => {
    statuses.push(request.body)
    return reply.code(204).send()
  })
  const address = await app.listen({ port: 0, host: '127.0.0.1' })

  const { sid } = await senderFor(f).send(CITIZEN, '办理结果：已解决。')
  const sent = await f.deliverStatus(sid, 'sent', { app })
  t.equal(sent.statusCode, 204, 'through app.inject')
  const delivered = await f.deliverStatus(sid, 'delivered', { sendTo: `${address}/api/twilio/sms/status` })
  t.equal(delivered.statusCode, 204, 'over HTTP, signed for the public URL')
  t.match(statuses, [
    { MessageSid: sid, MessageStatus: 'sent', SmsStatus: 'sent', To: CITIZEN, From: HOTLINE, AccountSid: f.accountSid },
    { MessageSid: sid, MessageStatus: 'delivered' },
  ])

  const { sid: failedSid } = await senderFor(f).send(CITIZEN, '评价请求')
  await f.deliverStatus(failedSid, 'undelivered', { app })
  t.match(statuses[2], { MessageSid: failedSid, MessageStatus: 'undelivered', ErrorCode: '30003' })

  const forged = await f.deliverStatus(sid, 'failed', { app, signature: 'wrong' })
  t.equal(forged.statusCode, 403, 'a forged status callback is refused')
  t.equal(statuses.length, 3)
})

t.test('recording media', async (t) => {
  const f = await fake(t)
  const rec = f.addRecording()
  t.match(rec.mediaUrl, /^https:\/\/api\.twilio\.com\/2010-04-01\/Accounts\/AC[0-9a-f]{32}\/Recordings\/RE[0-9a-f]{32}$/, 'the URL Twilio puts in callbacks')
  const auth = { authorization: twilioBasicAuth(f.accountSid, f.authToken) }
  const wav = await fetch(rebaseTwilioUrl(rec.mediaUrl + '.wav', f.url), { headers: auth })
  t.equal(wav.status, 200)
  t.equal(wav.headers.get('content-type'), 'audio/x-wav')
  t.equal(Buffer.from(await wav.arrayBuffer()).subarray(0, 4).toString(), 'RIFF')
  const mp3 = await fetch(rebaseTwilioUrl(rec.mediaUrl + '.mp3', f.url), { headers: auth })
  t.equal(Buffer.from(await mp3.arrayBuffer()).subarray(0, 3).toString(), 'ID3')
  t.equal((await fetch(rebaseTwilioUrl(rec.mediaUrl, f.url), { headers: auth })).headers.get('content-type'), 'audio/x-wav', 'no extension: WAV')
  t.equal((await fetch(rebaseTwilioUrl(rec.mediaUrl + '.wav', f.url))).status, 401, 'credentials required')
  const missing = rec.mediaUrl.replace(rec.sid, newSid('RE'))
  t.equal((await fetch(rebaseTwilioUrl(missing + '.wav', f.url), { headers: auth })).status, 404)
  f.failNext(1, { status: 500 }, 'recordings')
  t.equal((await fetch(rebaseTwilioUrl(rec.mediaUrl + '.wav', f.url), { headers: auth })).status, 500, 'downloads fail on demand')
  t.equal((await fetch(rebaseTwilioUrl(rec.mediaUrl + '.wav', f.url), { headers: auth })).status, 200)
})

t.test('rebaseTwilioUrl', async (t) => {
  t.equal(rebaseTwilioUrl('https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?x=1', 'http://127.0.0.1:9/'), 'http://127.0.0.1:9/2010-04-01/Accounts/AC1/Messages.json?x=1')
  t.equal(rebaseTwilioUrl('https://api.sydney.au1.twilio.com/2010-04-01/x', 'http://proxy/twilio'), 'http://proxy/twilio/2010-04-01/x')
  t.equal(rebaseTwilioUrl('https://example.com/a', 'http://127.0.0.1:9'), 'https://example.com/a', 'other hosts untouched')
  t.equal(rebaseTwilioUrl('https://api.twilio.com/a', undefined), 'https://api.twilio.com/a')
})
