// The reporting line (电话): callers first choose an anonymous report (1) or a named one; for an
// anonymous report the number is never written — not in calls, not in the screen pop, not in the case.
import t from 'tap'
import type { FastifyInstance } from 'fastify'
import type WebSocket from 'ws'
import { buildTestApp, signIn } from './helper.js'
import { signedTwilioRequest, startFakeTwilio, twilioCallParams, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, type SignatureMode } from './support/fake-twilio.js'
import type { LiveMessage } from '../src/live/events.js'

const PUBLIC = 'https://rexian.km.gov.cn'
const REPORT = '+868712388000'
const CALLER = '+8613700137000'
const china = (local: string) => new Date(local + '+08:00')

const post = (app: FastifyInstance, url: string, params: Record<string, string>, signature?: SignatureMode) =>
  signedTwilioRequest(app, { url, params, authToken: TEST_AUTH_TOKEN, publicBaseUrl: PUBLIC, signature })

function collect(ws: WebSocket) {
  const messages: LiveMessage[] = []
  ws.on('message', (d) => messages.push(JSON.parse(d.toString())))
  const wait = async (test: (m: LiveMessage) => boolean, ms = 30_000) => {
    const until = Date.now() + ms
    while (Date.now() < until) {
      const m = messages.find(test)
      if (m) return m
      await new Promise((r) => setTimeout(r, 10))
    }
    throw new Error('no such live message')
  }
  return { messages, wait }
}

t.test('anonymous and named reports on the reporting line', async (t) => {
  const fake = await startFakeTwilio()
  t.teardown(() => fake.close())
  const clock = { now: china('2026-11-26T10:00:00') }
  const { app, sql } = await buildTestApp(t, { PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_API_BASE: fake.url, TWILIO_REPORT_NUMBER: REPORT })
  app.voiceLines.now = () => clock.now
  await app.ready()
  const operator = await signIn(app, 'operator', '530100')
  let live: ReturnType<typeof collect> | undefined
  const ws = await app.injectWS('/ws', { headers: { cookie: operator.cookie } }, { onInit: (s) => { live = collect(s) } })
  t.teardown(() => ws.terminate())
  await live!.wait((m) => m.topic === 'live.ready')

  // the caller reported before, by name
  const earlier = (await operator.post('/api/intake/phone', {
    type: 'report', content: '某街道干部在拆迁中收受好处费，请调查。', complainant: { anonymous: false, name: '吴九', phone: '13700137000' },
  })).json()
  t.ok(earlier.id)

  // 1. the menu: nothing about the caller is written yet
  const anon = twilioCallParams({ from: CALLER, to: REPORT })
  const menu = await post(app, '/channels/phone/voice', anon)
  t.equal(menu.body, `<?xml version="1.0" encoding="UTF-8"?><Response><Gather numDigits="1" timeout="5" action="${PUBLIC}/channels/phone/choice" method="POST" actionOnEmptyResult="true" input="dtmf"><Say voice="Polly.Zhiyu" language="cmn-CN">您好，这里是昆明市群众诉求举报电话。匿名举报请按1，实名举报请按2。</Say></Gather></Response>`)
  let [row] = await sql`select * from calls where call_sid = ${anon.CallSid}`
  t.match(row, { line: 'phone', status: 'menu', anonymous: false, caller_enc: null, caller_hash: null, caller_masked: null }, 'stored before answering, without the number')
  t.notMatch(JSON.stringify(row), '13700137000')

  // 2. press 1: anonymous
  const chosen = await post(app, '/channels/phone/choice', { ...anon, Digits: '1' })
  t.match(chosen.body, '<Say voice="Polly.Zhiyu" language="cmn-CN">您选择了匿名举报，本次来电不会保留您的电话号码。正在为您转接工作人员，请稍候。</Say><Enqueue action="https://rexian.km.gov.cn/channels/phone/queue-result" method="POST">suqiu-phone-operators</Enqueue>')
  const replay = await post(app, '/channels/phone/choice', { ...anon, Digits: '2' })
  t.equal(replay.body, chosen.body, 'a replayed (or changed) choice changes nothing')
  ;[row] = await sql`select * from calls where call_sid = ${anon.CallSid}`
  t.match(row, { status: 'queued', anonymous: true, caller_enc: null, caller_hash: null, caller_masked: null }, 'anonymous: the number is not kept')
  t.notMatch(JSON.stringify(row), '13700137000', 'nowhere in the row, raw fields included')
  t.notMatch(JSON.stringify(row), '137****7000')
  const pop = await live!.wait((m) => m.topic === 'call.incoming' && (m.payload as { callSid: string }).callSid === anon.CallSid)
  t.match(pop.payload, { line: 'phone', anonymous: true, callerMasked: null, history: [], openCase: null }, 'the pop shows no number and no history')
  t.notMatch(JSON.stringify(pop), '7000')

  // the operator logs it: the number cannot be recorded, the report is anonymous
  const withNumber = await operator.post('/api/intake/phone', { callSid: anon.CallSid, callerPhone: '13700137000', type: 'report', content: '举报某村干部挪用扶贫资金。', complainant: { anonymous: true } })
  t.equal(withNumber.statusCode, 400, 'an anonymous call takes no caller number')
  const logged = await operator.post('/api/intake/phone', { callSid: anon.CallSid, type: 'report', content: '举报某村干部挪用扶贫资金，金额约五万元。', complainant: { anonymous: true } })
  t.equal(logged.statusCode, 201)
  const [complaint] = await sql`select anonymous, identity, phone_hash, channel from complaints where id = ${logged.json().id}`
  t.match(complaint, { anonymous: true, identity: null, phone_hash: null, channel: 'phone' })
  t.equal(Number((await sql`select case_id from calls where call_sid = ${anon.CallSid}`)[0].case_id), logged.json().id, 'the call is linked to the report')

  // 3. press 2: named; the number is kept and the caller's history pops up
  const named = twilioCallParams({ from: CALLER, to: REPORT })
  await post(app, '/channels/phone/voice', named)
  const namedAnswer = await post(app, '/channels/phone/choice', { ...named, Digits: '2' })
  t.match(namedAnswer.body, '<Response><Say voice="Polly.Zhiyu" language="cmn-CN">正在为您转接工作人员，请稍候。</Say><Enqueue')
  ;[row] = await sql`select * from calls where call_sid = ${named.CallSid}`
  t.match(row, { anonymous: false, caller_masked: '137****7000', caller_hash: /^[0-9a-f]{64}$/ })
  const namedPop = await live!.wait((m) => m.topic === 'call.incoming' && (m.payload as { callSid: string }).callSid === named.CallSid)
  t.match(namedPop.payload, { anonymous: false, callerMasked: null, history: [], openCase: null, waiting: true }, 'waiting: nothing about the caller')
  // on the reporting line an operator who takes the call gets the number, but the caller's earlier cases only a role
  // that handles reports (issue 16, finding 9)
  const takenPop = (await operator.post(`/api/calls/${named.CallSid}/take`, {})).json()
  t.match(takenPop, { anonymous: false, callerMasked: '137****7000', history: [], openCase: null }, 'the operator: no history')
  await sql`update calls set operator_id = null where call_sid = ${named.CallSid}`
  const supervisor = await signIn(app, 'supervisor', '530100')
  const supervised = (await supervisor.post(`/api/calls/${named.CallSid}/take`, {})).json()
  t.match(supervised, { callerMasked: '137****7000', history: [{ id: earlier.id }], openCase: { id: earlier.id } }, 'a supervisor sees the earlier cases')
  await sql`update calls set operator_id = ${operator.user.id} where call_sid = ${named.CallSid}`

  // no key pressed: named
  const silent = twilioCallParams({ from: CALLER, to: REPORT })
  await post(app, '/channels/phone/voice', silent)
  await post(app, '/channels/phone/choice', { ...silent, Digits: '' })
  t.match((await sql`select anonymous, caller_masked from calls where call_sid = ${silent.CallSid}`)[0], { anonymous: false, caller_masked: '137****7000' })

  // after hours, anonymous: voicemail asking not to give a name
  clock.now = china('2026-11-26T23:00:00')
  const night = twilioCallParams({ from: CALLER, to: REPORT })
  await post(app, '/channels/phone/voice', night)
  const nightAnswer = await post(app, '/channels/phone/choice', { ...night, Digits: '1' })
  t.match(nightAnswer.body, '请不要在留言中说出您的姓名')
  t.match(nightAnswer.body, `action="${PUBLIC}/channels/phone/recorded"`)
  t.match((await sql`select status, anonymous, caller_enc from calls where call_sid = ${night.CallSid}`)[0], { status: 'voicemail', anonymous: true, caller_enc: null })

  const forged = await post(app, '/channels/phone/choice', { ...twilioCallParams({ from: CALLER, to: REPORT }), Digits: '1' }, 'wrong')
  t.equal(forged.statusCode, 403)
  t.equal(Number((await sql`select count(*)::int as n from calls`)[0].n), 4, 'a forged request stores nothing')
})
