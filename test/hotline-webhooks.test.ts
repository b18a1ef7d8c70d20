// The hotline's Twilio voice webhooks: signed, stored first, idempotent on CallSid, a screen pop with
// the caller's history in working hours, voicemail after hours, recording callbacks and the download worker.
import t from 'tap'
import { existsSync, readFileSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import type PgBoss from 'pg-boss'
import type WebSocket from 'ws'
import { buildTestApp, signIn, type Session } from './helper.js'
import {
  newSid, signedTwilioRequest, startFakeTwilio, twilioCallParams, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, type FakeTwilio, type SignatureMode,
} from './support/fake-twilio.js'
import { AttachmentStore } from '../src/attachments/store.js'
import type { LiveMessage } from '../src/live/events.js'

const PUBLIC = 'https://rexian.km.gov.cn'
const HOTLINE = '+868712345678'
const CALLER = '+8613800138000'
const china = (local: string) => new Date(local + '+08:00')
type Tap = { teardown(fn: () => unknown): void }

async function voiceApp(t: Tap, clock: { now: Date }, fake: FakeTwilio) {
  const built = await buildTestApp(t, {
    PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_API_BASE: fake.url, TWILIO_HOTLINE_NUMBER: HOTLINE,
  })
  const { app } = built
  app.voiceLines.now = () => clock.now
  await app.ready()
  return built
}

/** A socket whose messages can be awaited by topic. */
function watch(ws: WebSocket) {
  const messages: LiveMessage[] = []
  const waiters: { test: (m: LiveMessage) => boolean; resolve: (m: LiveMessage) => void }[] = []
  ws.on('message', (data) => {
    const m = JSON.parse(data.toString()) as LiveMessage
    messages.push(m)
    for (const w of [...waiters]) if (w.test(m)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(m) }
  })
  return {
    messages,
    of: (topic: string) => messages.filter((m) => m.topic === topic),
    wait(test: (m: LiveMessage) => boolean, timeoutMs = 30_000): Promise<LiveMessage> {
      const seen = messages.find(test)
      if (seen) return Promise.resolve(seen)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no such live message within ' + timeoutMs + ' ms')), timeoutMs)
        waiters.push({ test, resolve: (m) => { clearTimeout(timer); resolve(m) } })
      })
    },
  }
}

async function operatorSocket(app: FastifyInstance, s: Session) {
  let w: ReturnType<typeof watch> | undefined
  const ws = await app.injectWS('/ws', { headers: { cookie: s.cookie } }, { onInit: (socket) => { w = watch(socket) } })
  await w!.wait((m) => m.topic === 'live.ready')
  return { ws, ...w! }
}

/** Waits until every NOTIFY sent so far went round (a marker event published last arrives last). */
async function settle(app: FastifyInstance, sock: Awaited<ReturnType<typeof operatorSocket>>) {
  const marker = `sync-${Math.random()}`
  await app.live.publish({ topic: 'test.sync', payload: { marker } })
  await sock.wait((m) => m.topic === 'test.sync' && (m.payload as { marker: string }).marker === marker)
}

const post = (app: FastifyInstance, url: string, params: Record<string, string>, signature?: SignatureMode) =>
  signedTwilioRequest(app, { url, params, authToken: TEST_AUTH_TOKEN, publicBaseUrl: PUBLIC, signature })

const count = async (app: FastifyInstance, table: string) => Number((await app.sql`select count(*)::int as n from ${app.sql(table)}`)[0].n)

t.test('a signed incoming call in working hours: stored once, one screen pop with the caller\'s history', async (t) => {
  const fake = await startFakeTwilio()
  t.teardown(() => fake.close())
  const clock = { now: china('2026-11-26T10:00:00') } // a Thursday
  const { app, sql } = await voiceApp(t, clock, fake)
  const operator = await signIn(app, 'operator', '530100')
  const officer = await signIn(app, 'officer', '530102')
  const sock = await operatorSocket(app, operator)
  const other = await operatorSocket(app, officer)
  t.teardown(() => { sock.ws.terminate(); other.ws.terminate() })

  // an earlier case of this caller, and one of somebody else
  const earlier = (await operator.post('/api/intake/hotline', {
    type: 'complaint', content: '小区门口道路破损严重，下雨天积水无法通行。', address: '昆明市五华区华山街道',
    complainant: { anonymous: false, name: '陈七', phone: '13800138000' },
  })).json()
  t.ok(earlier.id, 'an earlier case')
  await operator.post('/api/intake/hotline', { type: 'complaint', content: '别人的诉求，与来电人无关。', complainant: { anonymous: false, name: '周八', phone: '13900139000' } })

  const params = twilioCallParams({ from: CALLER, to: HOTLINE })
  const answers = []
  for (let i = 0; i < 3; i++) answers.push(await post(app, '/channels/hotline/voice', params))
  t.same(answers.map((a) => a.statusCode), [200, 200, 200], 'the call and two replays are answered')
  t.match(answers[0].headers['content-type'], /^text\/xml/)
  t.match(answers[0].body, '<Enqueue action="https://rexian.km.gov.cn/channels/hotline/queue-result" method="POST">suqiu-hotline-operators</Enqueue>', 'working hours: the operators\' queue')
  t.equal(answers[1].body, answers[0].body, 'a replay gets the same TwiML')
  t.equal(answers[2].body, answers[0].body)

  const rows = await sql`select * from calls`
  t.equal(rows.length, 1, 'one call stored for three deliveries')
  t.match(rows[0], { call_sid: params.CallSid, line: 'hotline', status: 'queued', after_hours: false, anonymous: false, caller_masked: '138****8000' })
  t.notMatch(JSON.stringify(rows[0]), '13800138000', 'the number is kept only encrypted (and hashed)')
  t.notOk('From' in rows[0].raw || 'Caller' in rows[0].raw, 'raw Twilio fields without the caller')
  t.equal(rows[0].raw.CallSid, params.CallSid)

  // every operator hears that a call waits, with no number and no history (issue 16, finding 9)
  const pop = await sock.wait((m) => m.topic === 'call.incoming')
  t.same(pop.payload, { callSid: params.CallSid, line: 'hotline', lineLabel: '春城热线', callerMasked: null, anonymous: false, history: [], openCase: null, waiting: true }, 'waiting: no number, no history')
  t.notMatch(JSON.stringify(pop), '8000', 'not even the masked number on the broadcast')
  // 接听: the operator who takes the call gets the screen pop; another operator then gets 409 and sees nothing of it
  const colleague = await signIn(app, 'operator', '530100')
  const colleagueSock = await operatorSocket(app, colleague)
  t.teardown(() => colleagueSock.ws.terminate())
  const took = await operator.post(`/api/calls/${params.CallSid}/take`, {})
  t.equal(took.statusCode, 200, took.body)
  const payload = took.json() as Record<string, any>
  t.match(payload, { callSid: params.CallSid, line: 'hotline', callerMasked: '138****8000', anonymous: false, waiting: false })
  t.equal(payload.history.length, 1, 'only the caller\'s own cases')
  t.match(payload.history[0], { id: earlier.id, caseNumber: earlier.caseNumber, state: 'intake', stateLabel: '待受理', title: String, receivedAt: String, result: null })
  t.match(payload.openCase, { id: earlier.id, caseNumber: earlier.caseNumber, state: 'intake' }, 'the open case')
  t.notMatch(took.body, '13800138000', 'masked numbers only')
  t.equal((await operator.post(`/api/calls/${params.CallSid}/take`, {})).statusCode, 200, 'taking it again is harmless')
  const late = await colleague.post(`/api/calls/${params.CallSid}/take`, {})
  t.equal(late.statusCode, 409)
  t.equal(late.json().error.code, 'call_taken')
  t.notMatch(late.body, '8000', 'the late operator learns nothing of the caller')
  await colleagueSock.wait((m) => m.topic === 'call.taken' && (m.payload as { callSid: string }).callSid === params.CallSid)
  const theirs = (await colleague.get('/api/calls?status=queued')).json()
  t.match(theirs.items, [{ callSid: params.CallSid, callerMasked: null, history: [], openCase: null, waiting: true, takenByOther: true }], 'their list: waiting, nothing about the caller')
  t.equal((await colleague.post('/api/intake/hotline', { callSid: params.CallSid, type: 'complaint', content: '来电反映小区道路破损积水问题。', complainant: { anonymous: false, name: '陈七' } })).statusCode, 409, 'nor can they log the call')
  await settle(app, sock)
  t.equal(sock.of('call.incoming').length, 1, 'replays pop nothing')
  await settle(app, other)
  t.equal(other.of('call.incoming').length, 0, 'an officer gets no screen pop')

  // a wrong or missing signature stores nothing and pops nothing
  const before = await count(app, 'calls')
  for (const signature of ['wrong', 'missing'] as const) {
    const res = await post(app, '/channels/hotline/voice', twilioCallParams({ from: CALLER, to: HOTLINE }), signature)
    t.equal(res.statusCode, 403, `${signature} signature: 403`)
    t.equal(res.json().error.code, 'bad_signature')
  }
  t.equal(await count(app, 'calls'), before, 'nothing stored')
  await settle(app, sock)
  t.equal(sock.of('call.incoming').length, 1, 'nothing popped')

  // the operators' list of calls waiting now (a pop missed while the page was closed)
  const waiting = (await operator.get('/api/calls?status=queued')).json()
  t.match(waiting.items, [{ callSid: params.CallSid, callerMasked: '138****8000', history: [{ id: earlier.id }] }], 'the operator who took it still sees the pop')
  t.equal((await officer.get('/api/calls')).statusCode, 403, 'officers do not see the calls')

  // the caller leaves the queue: taken by an operator, or hung up
  const hangup = await post(app, '/channels/hotline/queue-result', { ...params, QueueResult: 'hangup', QueueTime: '35' })
  t.equal(hangup.body, '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>')
  t.equal((await sql`select status from calls where call_sid = ${params.CallSid}`)[0].status, 'abandoned')
  t.match((await sock.wait((m) => m.topic === 'call.ended')).payload, { callSid: params.CallSid, status: 'abandoned' })

  const full = twilioCallParams({ from: '+8613600136000', to: HOTLINE })
  await post(app, '/channels/hotline/voice', full)
  const busy = await post(app, '/channels/hotline/queue-result', { ...full, QueueResult: 'queue-full' })
  t.match(busy.body, '话务员正忙，请您留言。', 'a full queue falls back to voicemail')
  t.match(busy.body, '<Record ')
  t.equal((await sql`select status from calls where call_sid = ${full.CallSid}`)[0].status, 'voicemail')

  t.equal((await post(app, '/channels/hotline/voice', { ...params, CallSid: 'not-a-sid' })).statusCode, 400, 'a malformed CallSid')
})

t.test('after hours: voicemail, recording callbacks, the recording downloaded into our store (retried)', async (t) => {
  const fake = await startFakeTwilio()
  t.teardown(() => fake.close())
  const clock = { now: china('2026-11-26T20:15:00') }
  const { app, sql, config } = await voiceApp(t, clock, fake)
  const operator = await signIn(app, 'operator', '530100')
  const sock = await operatorSocket(app, operator)
  t.teardown(() => sock.ws.terminate())

  const params = twilioCallParams({ from: CALLER, to: HOTLINE })
  const answer = await post(app, '/channels/hotline/voice', params)
  t.match(answer.body, '现在是非工作时间。工作时间为法定工作日上午8点30分至下午5点30分。')
  t.match(answer.body, `action="${PUBLIC}/channels/hotline/recorded" method="POST" recordingStatusCallback="${PUBLIC}/channels/hotline/recording-status"`)
  t.notMatch(answer.body, '<Enqueue')
  t.match((await sql`select status, after_hours from calls where call_sid = ${params.CallSid}`)[0], { status: 'voicemail', after_hours: true })

  clock.now = china('2026-10-01T10:00:00') // 国庆节
  t.match((await post(app, '/channels/hotline/voice', twilioCallParams({ from: CALLER, to: HOTLINE }))).body, '<Record ', 'a public holiday is after hours')

  const rec = fake.addRecording({ callSid: params.CallSid })
  const recording = { ...params, RecordingSid: rec.sid, RecordingUrl: rec.mediaUrl, RecordingDuration: '12', RecordingStatus: 'completed', RecordingSource: 'RecordVerb', RecordingChannels: '1' }
  const done = await post(app, '/channels/hotline/recorded', { ...params, RecordingSid: rec.sid, RecordingUrl: rec.mediaUrl, RecordingDuration: '12', Digits: '#' })
  t.match(done.body, '您的留言已收到')
  for (let i = 0; i < 2; i++) t.equal((await post(app, '/channels/hotline/recording-status', recording)).statusCode, 204, 'recording status callback (and its replay)')
  t.equal(Number((await sql`select count(*)::int as n from delivery_events where provider_id = ${rec.sid}`)[0].n), 1, 'one status event per (RecordingSid, RecordingStatus)')
  const [call] = await sql`select recording_sid, recording_url, recording_attachment_id from calls where call_sid = ${params.CallSid}`
  t.match(call, { recording_sid: rec.sid, recording_url: rec.mediaUrl, recording_attachment_id: null }, 'the recording is noted on the call')
  const vm = await sock.wait((m) => m.topic === 'call.voicemail')
  t.match(vm.payload, { callSid: params.CallSid, callerMasked: '138****8000', duration: 12 })

  const jobRows = await sql`select id, data from pgboss.job where name = 'recording-download'`
  t.equal(jobRows.length, 1, 'the action and the status callback queue one download between them')
  t.same(jobRows[0].data, { callSid: params.CallSid, recordingSid: rec.sid })
  const jobs = jobRows.map((r) => ({ id: r.id, name: 'recording-download', data: r.data })) as unknown as PgBoss.Job<Record<string, unknown>>[]

  fake.failNext(1, { status: 500 }, 'recordings')
  await t.rejects(app.jobHandlers['recording-download'](jobs), /Twilio answered 500/, 'a failed download throws for pg-boss to retry')
  t.equal(Number((await sql`select count(*)::int as n from attachments`)[0].n), 0, 'nothing stored by the failed attempt')
  await app.jobHandlers['recording-download'](jobs)
  const [stored] = await sql`select c.recording_attachment_id, a.* from calls c join attachments a on a.id = c.recording_attachment_id where c.call_sid = ${params.CallSid}`
  t.match(stored, { kind: 'recording', mime: 'audio/wav', size: rec.wav.length, complaint_id: null })
  const store = new AttachmentStore(`${config.dataDir}/files`, sql)
  t.ok(existsSync(store.pathOf(stored.sha256)), 'the bytes are in Suqiu\'s own storage')
  t.same(readFileSync(store.pathOf(stored.sha256)), rec.wav, 'as Twilio served them')
  const requests = fake.requests.length
  await app.jobHandlers['recording-download'](jobs)
  t.equal(fake.requests.length, requests, 'a repeated job fetches nothing')
  t.equal(Number((await sql`select count(*)::int as n from attachments`)[0].n), 1)
  fake.recordings.delete(rec.sid) // Twilio's copy deleted: ours stays

  const list = (await operator.get('/api/calls?status=voicemail')).json()
  const item = list.items.find((c: { callSid: string }) => c.callSid === params.CallSid)
  t.match(item, { status: 'voicemail', afterHours: true, recording: { url: `/api/calls/${params.CallSid}/recording` } }, 'voicemails to log')
  const audio = await operator.get(item.recording.url)
  t.equal(audio.statusCode, 200)
  t.equal(audio.headers['content-type'], 'audio/wav')
  t.same(audio.rawPayload, rec.wav, 'the operator plays the message')

  // logged by the operator: the recording follows the case
  const logged = await operator.post('/api/intake/hotline', {
    callSid: params.CallSid, type: 'request', content: '留言反映：小区夜间施工噪音扰民，希望尽快处理。', address: '昆明市五华区华山街道',
    complainant: { anonymous: false, name: '陈七' },
  })
  t.equal(logged.statusCode, 201, 'the voicemail is logged')
  t.equal(Number((await sql`select complaint_id from attachments where id = ${stored.recording_attachment_id}`)[0].complaint_id), logged.json().id, 'the recording belongs to the case')
  t.equal((await operator.get('/api/calls?status=voicemail')).json().items.some((c: { callSid: string }) => c.callSid === params.CallSid), false, 'a logged voicemail leaves the list')

  // nothing said: absent
  const silent = twilioCallParams({ from: CALLER, to: HOTLINE })
  await post(app, '/channels/hotline/voice', silent)
  t.equal((await post(app, '/channels/hotline/recording-status', { ...silent, RecordingSid: newSid('RE'), RecordingStatus: 'absent', RecordingDuration: '0' })).statusCode, 204)
  t.equal((await sql`select status from calls where call_sid = ${silent.CallSid}`)[0].status, 'no_message')

  t.equal((await post(app, '/channels/hotline/recording-status', recording, 'wrong')).statusCode, 403, 'a forged recording callback is refused')
})
