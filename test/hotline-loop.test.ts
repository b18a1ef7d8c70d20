// The whole hotline loop on two app instances over one database (two Fastify apps in this one test process, each
// with its own pool and LISTEN connection; the screen-pop bench runs two real processes and times the pop): a signed
// call hits A and pops up on an operator's websocket connected to B, the operator logs and registers it, it is
// routed and handled, the result SMS reaches the fake Twilio, and the citizen's reply "1" closes the case.
import t from 'tap'
import WebSocket from 'ws'
import { buildTestApp, signIn, sendEvent, unitOf, type Session } from './helper.js'
import { signedTwilioRequest, startFakeTwilio, twilioCallParams, twilioSmsParams, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, type FakeTwilio } from './support/fake-twilio.js'
import type { LiveMessage } from '../src/live/events.js'
import { runNotify } from './support/jobs.js'

const PUBLIC = 'https://rexian.km.gov.cn'
const HOTLINE = '+868712345678'
const CITIZEN = '+8613887654321'
type Tap = { teardown(fn: () => unknown): void }

async function appInstance(t: Tap, fake: FakeTwilio, clock: { now: Date }, databaseUrl?: string) {
  const built = await buildTestApp(t, {
    PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_API_BASE: fake.url, TWILIO_HOTLINE_NUMBER: HOTLINE,
  }, databaseUrl)
  built.app.voiceLines.now = () => clock.now
  await built.app.ready()
  return built
}

/** An operator's browser: a real websocket to B's /ws with the session cookie. */
function connect(wsUrl: string, s: Session) {
  return new Promise<{ ws: WebSocket; next(test: (m: LiveMessage) => boolean, ms?: number): Promise<{ m: LiveMessage }> }>((resolve, reject) => {
    const ws = new WebSocket(wsUrl, { headers: { cookie: s.cookie } })
    const seen: { m: LiveMessage }[] = []
    const waiters: { test: (m: LiveMessage) => boolean; resolve: (x: { m: LiveMessage }) => void }[] = []
    ws.on('message', (data) => {
      const entry = { m: JSON.parse(data.toString()) as LiveMessage }
      const w = waiters.find((x) => x.test(entry.m))
      if (w) { waiters.splice(waiters.indexOf(w), 1); w.resolve(entry) } else seen.push(entry)
      if (entry.m.topic === 'live.ready') resolve(api)
    })
    ws.on('error', reject)
    const api = {
      ws,
      next(test: (m: LiveMessage) => boolean, ms = 30_000) {
        const i = seen.findIndex((x) => test(x.m))
        if (i >= 0) return Promise.resolve(seen.splice(i, 1)[0])
        return new Promise<{ m: LiveMessage }>((res, rej) => {
          const timer = setTimeout(() => rej(new Error(`no live message within ${ms} ms`)), ms)
          waiters.push({ test, resolve: (x) => { clearTimeout(timer); res(x) } })
        })
      },
    }
  })
}


t.test('call → screen pop on the other app instance → logged, registered, routed, handled → result SMS → "1" closes it', async (t) => {
  const fake = await startFakeTwilio()
  t.teardown(() => fake.close())
  const clock = { now: new Date('2026-11-26T10:00:00+08:00') }
  const a = await appInstance(t, fake, clock)
  const b = await appInstance(t, fake, clock, a.url)
  const address = await b.app.listen({ port: 0, host: '127.0.0.1' })
  const wsUrl = address.replace(/^http/, 'ws') + '/ws'

  const operator = await signIn(a.app, 'operator', '530100')
  const dispatcher = await signIn(a.app, 'dispatcher', '530100')
  const countyOfficer = await signIn(a.app, 'officer', '530102')
  const countyUnit = await unitOf(a.db, '530102')
  const browser = await connect(wsUrl, operator)
  t.teardown(() => browser.ws.terminate())

  // the caller's earlier, finished case
  const old = (await operator.post('/api/intake/hotline', { type: 'consultation', content: '请问公积金提取需要什么材料？', complainant: { anonymous: false, name: '林一', phone: '13887654321' } })).json()
  for (const body of [{ type: 'REGISTER', category: 'policy_consultation' }, { type: 'ANSWER', text: '携带身份证和购房合同到公积金中心办理。' }]) await sendEvent(dispatcher, old.id, body)
  await sendEvent(operator, old.id, { type: 'SEND_FEEDBACK', text: '携带身份证和购房合同到公积金中心办理。', channel: 'sms' })
  await sendEvent(operator, old.id, { type: 'EVALUATE', rating: 'satisfied' })

  // 1. the call hits A; the pop reaches the operator on B (bounded wait: browser.next fails after 5 s)
  const params = twilioCallParams({ from: CITIZEN, to: HOTLINE })
  const popped = browser.next((m) => m.topic === 'call.incoming' && (m.payload as { callSid: string }).callSid === params.CallSid)
  const answer = await signedTwilioRequest(a.app, { url: '/channels/hotline/voice', params, authToken: TEST_AUTH_TOKEN, publicBaseUrl: PUBLIC })
  const { m: pop } = await popped
  t.equal(answer.statusCode, 200)
  t.match(answer.body, '<Enqueue')
  t.match(pop.payload, { callSid: params.CallSid, line: 'hotline', callerMasked: null, history: [], waiting: true }, 'every operator hears a call waits')
  // 接听: the operator who takes it gets the screen pop
  const took = await operator.post(`/api/calls/${params.CallSid}/take`, {})
  t.match(took.json(), {
    callSid: params.CallSid, line: 'hotline', callerMasked: '138****4321', openCase: null,
    history: [{ id: old.id, caseNumber: old.caseNumber, state: 'closed', stateLabel: '已办结', result: '携带身份证和购房合同到公积金中心办理。', rating: 'satisfied' }],
  }, 'the caller\'s history, newest first, with state and result')

  // 2. the operator logs the call and registers it at once
  const logged = await operator.post('/api/intake/hotline', {
    callSid: params.CallSid, type: 'complaint', content: '五华区华山街道辖区内一处工地夜间违规施工，噪音严重扰民。', address: '昆明市五华区华山街道',
    complainant: { anonymous: false, name: '林一' }, register: { category: 'environment' },
  })
  t.equal(logged.statusCode, 201, logged.body)
  const caseId = logged.json().id as number
  t.equal(logged.json().state, 'triage')
  t.same((await runNotify(a.app, caseId)).sort(), ['accepted', 'receipt'], 'receipt and acceptance by SMS')
  t.match(fake.messages.map((m) => m.to), [CITIZEN, CITIZEN], 'to the number that called')

  // 3. routed and handled
  const routing = (await dispatcher.get(`/api/cases/${caseId}/routing`)).json()
  t.same(routing.chain.map((u: { unitId: number }) => u.unitId), [countyUnit.id], 'environment goes to the county')
  const act = async (s: Session, body: Record<string, unknown>) => {
    const res = await sendEvent(s, caseId, body)
    t.equal(res.statusCode, 200, `${body.type}`)
    return res.json()
  }
  await act(dispatcher, { type: 'DISPATCH', chain: [countyUnit.id] })
  await act(countyOfficer, { type: 'SIGN' })
  await act(countyOfficer, { type: 'SUBMIT_REPLY', text: '已责令施工单位停止夜间施工，并处以罚款。', resolved: true })
  await act(dispatcher, { type: 'APPROVE_REPLY' })
  await act(operator, { type: 'SEND_FEEDBACK', text: '已责令施工单位停止夜间施工，并处以罚款。', channel: 'sms' })

  // 4. the result SMS reaches the fake Twilio, and is delivered
  t.same(await runNotify(a.app, caseId), ['result'])
  const result = fake.messages.at(-1)!
  t.match(result, { to: CITIZEN, from: HOTLINE, body: /已办结：已责令施工单位停止夜间施工.*请回复1满意 2基本满意 3不满意/, statusCallback: `${PUBLIC}/channels/twilio/sms-status` })
  t.equal((await fake.deliverStatus(result.sid, 'delivered', { app: b.app })).statusCode, 204, 'delivered (the callback may hit either instance)')
  t.equal((await a.sql`select status from outbound_messages where message_id = ${result.sid}`)[0].status, 'delivered')

  // 5. the citizen replies "1"
  const reply = await signedTwilioRequest(b.app, { url: '/channels/hotline/sms', params: twilioSmsParams({ from: CITIZEN, to: HOTLINE, body: '1' }), authToken: TEST_AUTH_TOKEN, publicBaseUrl: PUBLIC })
  t.match(reply.body, '感谢您的评价（满意）')
  const [closed] = await a.sql`select state, rating, closed_at from cases where id = ${caseId}`
  t.match(closed, { state: 'closed', rating: 'satisfied' }, 'closed as satisfied')
  t.ok(closed.closed_at)
})
