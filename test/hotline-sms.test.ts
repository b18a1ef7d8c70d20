// SMS on the two lines: incoming (MessageSid idempotent: a new complaint, added material, an evaluation)
// and the delivery status of outgoing SMS (signed, idempotent, out of order, a failed result → 回访).
import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { buildTestApp, signIn, sendEvent } from './helper.js'
import {
  signedTwilioRequest, startFakeTwilio, twilioSmsParams, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, type FakeTwilio, type SignatureMode,
} from './support/fake-twilio.js'
import { ratingOf } from '../channels/voice/sms.js'
import { outboundStatusOf } from '../channels/voice/sms-status.js'
import { runNotify } from './support/jobs.js'

const PUBLIC = 'https://rexian.km.gov.cn'
const HOTLINE = '+868712345678'
const REPORT = '+868712388000'
const CITIZEN = '+8613512345678'
type Tap = { teardown(fn: () => unknown): void }

async function smsApp(t: Tap, fake: FakeTwilio) {
  const built = await buildTestApp(t, {
    PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_API_BASE: fake.url,
    TWILIO_HOTLINE_NUMBER: HOTLINE, TWILIO_REPORT_NUMBER: REPORT,
  })
  await built.app.ready()
  return built
}

const sms = (app: FastifyInstance, line: 'hotline' | 'phone', params: Record<string, string>, signature?: SignatureMode) =>
  signedTwilioRequest(app, { url: `/channels/${line}/sms`, params, authToken: TEST_AUTH_TOKEN, publicBaseUrl: PUBLIC, signature })


t.test('incoming SMS: a new complaint, then added material, then an evaluation; replays change nothing', async (t) => {
  const fake = await startFakeTwilio()
  t.teardown(() => fake.close())
  const { app, sql } = await smsApp(t, fake)
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const operator = await signIn(app, 'operator', '530100')

  const first = twilioSmsParams({ from: CITIZEN, to: HOTLINE, body: '华山街道菜市场门口占道经营严重，早晚高峰堵车。' })
  const answers = []
  for (let i = 0; i < 3; i++) answers.push(await sms(app, 'hotline', first))
  t.same(answers.map((a) => a.statusCode), [200, 200, 200])
  t.equal(answers[0].body, '<?xml version="1.0" encoding="UTF-8"?><Response/>', 'no reply now: the receipt with tracking code and PIN goes through the outbox')
  t.equal(answers[2].body, answers[0].body)
  const complaints = await sql`select id, channel, type, title, content, anonymous, phone_hash, preferred_channel from complaints`
  t.equal(complaints.length, 1, 'one complaint for three deliveries')
  t.match(complaints[0], { channel: 'hotline', type: 'complaint', anonymous: false, preferred_channel: 'sms', phone_hash: /^[0-9a-f]{64}$/, content: first.Body })
  const caseId = Number(complaints[0].id)
  const [inbound] = await sql`select * from inbound_sms where message_sid = ${first.MessageSid}`
  t.match(inbound, { line: 'hotline', outcome: 'complaint', body: first.Body })
  t.equal(Number(inbound.case_id), caseId)
  t.notMatch(JSON.stringify(inbound), '13512345678', 'the sender is kept encrypted and hashed')
  const [intake] = await sql`select raw from intakes where complaint_id = ${caseId}`
  t.notMatch(JSON.stringify(intake.raw), '13512345678', 'the raw intake keeps the number encrypted')
  t.same(await runNotify(app, caseId), ['receipt'])
  t.match(fake.messages[0], { to: CITIZEN, from: HOTLINE, body: /诉求已收到/ }, 'the receipt SMS')

  // more text from the same number while the case is open: added material
  const more = twilioSmsParams({ from: CITIZEN, to: HOTLINE, body: '补充：占道摊位主要在早上7点到9点。' })
  const added = await sms(app, 'hotline', more)
  t.match(added.body, /<Message>【诉求中心】您的补充内容已收到，已转交诉求KM\d+的承办单位。<\/Message>/)
  await sms(app, 'hotline', more)
  const messages = await sql`select source, text from case_messages where case_id = ${caseId}`
  t.same(messages.map((m) => ({ ...m })), [{ source: 'sms', text: more.Body }], 'added once')

  // "1" while nothing awaits an evaluation
  const early = await sms(app, 'hotline', twilioSmsParams({ from: CITIZEN, to: HOTLINE, body: '1' }))
  t.match(early.body, '未找到需要您评价的诉求')
  t.equal((await sql`select state from cases where id = ${caseId}`)[0].state, 'intake')

  // the case is answered; the result SMS asks for a rating; "２" (full-width) is 基本满意
  for (const body of [{ type: 'REGISTER', category: 'urban_management' }, { type: 'ANSWER', text: '已转城管部门规范早市经营秩序。' }]) {
    t.equal((await sendEvent(dispatcher, caseId, body)).statusCode, 200)
  }
  t.equal((await sendEvent(operator, caseId, { type: 'SEND_FEEDBACK', text: '已转城管部门规范早市经营秩序。', channel: 'sms' })).statusCode, 200)
  t.same(await runNotify(app, caseId), ['accepted', 'result'])
  t.match(fake.messages.at(-1), { to: CITIZEN, body: /请回复1满意 2基本满意 3不满意/ })
  const rating = twilioSmsParams({ from: CITIZEN, to: HOTLINE, body: ' ２ ' })
  const rated = await sms(app, 'hotline', rating)
  t.match(rated.body, '感谢您的评价（基本满意）')
  t.equal((await sms(app, 'hotline', rating)).body, rated.body, 'a replay gets the same answer')
  const [closed] = await sql`select state, rating from cases where id = ${caseId}`
  t.match(closed, { state: 'closed', rating: 'basic' })
  t.equal(Number((await sql`select count(*)::int as n from case_events where case_id = ${caseId} and type = 'EVALUATE'`)[0].n), 1, 'evaluated once')
  t.match((await sql`select outcome, case_id from inbound_sms where message_sid = ${rating.MessageSid}`)[0], { outcome: 'evaluation' })

  // after the case closed, new text is a new complaint; on the reporting line it is a report
  await sms(app, 'phone', twilioSmsParams({ from: CITIZEN, to: REPORT, body: '举报某社区主任优亲厚友，低保评定不公。' }))
  const [report] = await sql`select channel, type from complaints where id <> ${caseId}`
  t.match(report, { channel: 'phone', type: 'report' })

  // a forged SMS is refused and stores nothing
  const before = Number((await sql`select count(*)::int as n from inbound_sms`)[0].n)
  t.equal((await sms(app, 'hotline', twilioSmsParams({ from: CITIZEN, to: HOTLINE, body: '伪造' }), 'wrong')).statusCode, 403)
  t.equal((await sms(app, 'hotline', twilioSmsParams({ from: CITIZEN, to: HOTLINE, body: '伪造' }), 'missing')).statusCode, 403)
  t.equal(Number((await sql`select count(*)::int as n from inbound_sms`)[0].n), before)

  t.equal(ratingOf('3'), 'unsatisfied')
  t.equal(ratingOf('13'), null)
})

t.test('delivery status callbacks: signed, once per status, never backwards; a failed result SMS becomes a call-back task', async (t) => {
  const fake = await startFakeTwilio()
  t.teardown(() => fake.close())
  const { app, sql } = await smsApp(t, fake)
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const operator = await signIn(app, 'operator', '530100')

  const toResult = async (phone: string) => {
    const c = (await operator.post('/api/intake/hotline', { type: 'consultation', content: '请问老年人乘公交免费政策如何办理？', complainant: { anonymous: false, name: '郑十', phone } })).json()
    await sendEvent(dispatcher, c.id, { type: 'REGISTER', category: 'policy_consultation' })
    await sendEvent(dispatcher, c.id, { type: 'ANSWER', text: '持身份证到社区办理老年卡即可。' })
    await sendEvent(operator, c.id, { type: 'SEND_FEEDBACK', text: '持身份证到社区办理老年卡即可。', channel: 'sms' })
    await runNotify(app, c.id)
    const [m] = await sql`select message_id, status from outbound_messages where case_id = ${c.id} and kind = 'result'`
    return { caseId: c.id as number, sid: m.message_id as string, status: m.status as string }
  }

  const a = await toResult('13611112222')
  t.equal(a.status, 'sent', 'the result SMS went to the fake Twilio')
  t.match(fake.messages.find((m) => m.sid === a.sid), { statusCallback: `${PUBLIC}/channels/twilio/sms-status` })
  // out of order: delivered arrives before sent; then both again
  for (const status of ['delivered', 'sent', 'delivered', 'sent']) t.equal((await fake.deliverStatus(a.sid, status, { app })).statusCode, 204, status)
  t.equal((await sql`select status from outbound_messages where message_id = ${a.sid}`)[0].status, 'delivered', 'a late "sent" does not undo "delivered"')
  t.same((await sql`select status from delivery_events where provider_id = ${a.sid} order by status`).map((r) => r.status), ['delivered', 'sent'], 'one row per (MessageSid, MessageStatus)')
  t.equal((await fake.deliverStatus(a.sid, 'failed', { app, signature: 'wrong' })).statusCode, 403, 'a forged status callback is refused')
  t.equal((await sql`select count(*)::int as n from delivery_events where provider_id = ${a.sid}`)[0].n, 2, 'and stores nothing')

  const b = await toResult('13633334444')
  await fake.deliverStatus(b.sid, 'sent', { app })
  for (let i = 0; i < 2; i++) await fake.deliverStatus(b.sid, 'undelivered', { app, errorCode: 30003 })
  const [failed] = await sql`select status, status_detail from outbound_messages where message_id = ${b.sid}`
  t.match(failed, { status: 'failed', status_detail: 'Twilio undelivered (30003)' })
  const tasks = await sql`select case_id, line, reason, status from callback_tasks where case_id = ${b.caseId}`
  t.same(tasks.map((r) => ({ ...r, case_id: Number(r.case_id) })), [{ case_id: b.caseId, line: 'hotline', reason: 'sms_failed', status: 'open' }], 'one call-back task for the failed result SMS')
  await fake.deliverStatus(b.sid, 'sent', { app })
  t.equal((await sql`select status from outbound_messages where message_id = ${b.sid}`)[0].status, 'failed', 'a late "sent" does not undo "failed"')
  t.equal((await sql`select count(*)::int as n from callback_tasks where case_id = ${a.caseId}`)[0].n, 0, 'a delivered SMS needs no call-back')

  t.equal(outboundStatusOf('queued'), null)
  t.equal(outboundStatusOf('read'), 'delivered')
})
