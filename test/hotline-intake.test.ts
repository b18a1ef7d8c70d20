// The operator's call form: linked to the call, registered or answered at once (one transaction),
// added to an open case instead, idempotent on the CallSid or the Idempotency-Key.
import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { buildTestApp, signIn } from './helper.js'
import { signedTwilioRequest, twilioCallParams, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN } from './support/fake-twilio.js'

const PUBLIC = 'https://rexian.km.gov.cn'
const HOTLINE = '+868712345678'
const china = (local: string) => new Date(local + '+08:00')

async function call(app: FastifyInstance, from: string): Promise<string> {
  const params = twilioCallParams({ from, to: HOTLINE })
  const res = await signedTwilioRequest(app, { url: '/channels/hotline/voice', params, authToken: TEST_AUTH_TOKEN, publicBaseUrl: PUBLIC })
  if (res.statusCode !== 200) throw new Error(`call webhook: ${res.statusCode} ${res.body}`)
  return params.CallSid
}

const FORM = {
  type: 'complaint', content: '翠湖西路社区公示栏长期不更新，居民无法了解集体收支情况。', address: '昆明市五华区华山街道翠湖西路社区',
  complainant: { anonymous: false, name: '钱二' },
}

t.test('logging calls', async (t) => {
  const clock = { now: china('2026-11-26T10:00:00') }
  const { app, sql } = await buildTestApp(t, { PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_HOTLINE_NUMBER: HOTLINE })
  app.voiceLines.now = () => clock.now
  await app.ready()
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const officer = await signIn(app, 'officer', '530102')
  const view = async (id: number) => (await dispatcher.get(`/api/cases/${id}`)).json()

  // with a CallSid: the number that called becomes the complainant's phone
  const sid = await call(app, '+8613811112222')
  const first = await operator.post('/api/intake/hotline', { ...FORM, callSid: sid })
  t.equal(first.statusCode, 201)
  const logged = first.json()
  t.match(logged, { caseNumber: /^KM\d{14}$/, trackingCode: /^[A-Z2-9]{10}$/, pin: /^\d{6}$/, state: 'intake', stateLabel: '待受理', callSid: sid })
  const again = await operator.post('/api/intake/hotline', { ...FORM, callSid: sid, content: '重复提交（网络重试）的同一通来电。' })
  t.equal(again.statusCode, 200, 'a retry with the same CallSid')
  t.equal(again.json().id, logged.id, 'finds the same case')
  t.equal(Number((await sql`select count(*)::int as n from complaints`)[0].n), 1, 'nothing created twice')
  t.match(await view(logged.id), { channel: 'hotline', complainant: { name: '钱*', phone: '138****2222' }, division: { code: '530102001001' } })
  const [linked] = await sql`select case_id, operator_id from calls where call_sid = ${sid}`
  t.same([Number(linked.case_id), Number(linked.operator_id)], [logged.id, operator.user.id], 'the call is linked to the case and the operator')
  t.match((await sql`select extra from complaints where id = ${logged.id}`)[0].extra, { callSid: sid })
  const [intake] = await sql`select raw from intakes where complaint_id = ${logged.id}`
  t.notMatch(JSON.stringify(intake.raw), '钱二', 'the raw form is kept encrypted')

  // register at once (登记即受理) and answer a consultation on the spot (当场答复), each in the one transaction
  const registered = await operator.post('/api/intake/hotline', { ...FORM, callSid: await call(app, '+8613833334444'), register: { category: 'village_affairs' } })
  t.equal(registered.statusCode, 201, registered.body)
  t.match(registered.json(), { state: 'triage', stateLabel: '待交办' })
  const answered = await operator.post('/api/intake/hotline', {
    ...FORM, type: 'consultation', content: '请问办理居住证需要哪些材料？', callSid: await call(app, '+8613855556666'),
    register: { category: 'policy_consultation', complaintType: 'consultation' }, answer: '携带身份证、租房合同到社区服务中心办理。',
  })
  t.equal(answered.statusCode, 201, answered.body)
  t.equal(answered.json().state, 'feedback', 'answered: awaiting feedback')
  const timeline = (await view(answered.json().id)).timeline.map((e: { type: string }) => e.type)
  t.match(timeline, ['RECEIVED', 'REGISTER', 'ANSWER'])

  // a bad category: nothing is stored, the call stays unlogged
  const badSid = await call(app, '+8613877778888')
  const cases = Number((await sql`select count(*)::int as n from complaints`)[0].n)
  const bad = await operator.post('/api/intake/hotline', { ...FORM, callSid: badSid, register: { category: 'no_such_category' } })
  t.equal(bad.statusCode, 400)
  t.equal(Number((await sql`select count(*)::int as n from complaints`)[0].n), cases, 'no complaint without its registration')
  t.equal((await sql`select case_id from calls where call_sid = ${badSid}`)[0].case_id, null, 'the call is not linked')
  t.equal((await operator.post('/api/intake/hotline', { ...FORM, answer: '无分类的答复' })).statusCode, 400, 'an answer needs a category to register')

  // add to an open case instead of a new one (补充到在办诉求)
  const addSid = await call(app, '+8613811112222')
  const add = await operator.post('/api/intake/hotline', { ...FORM, content: '补充：公示栏旁还有违规张贴的广告。', callSid: addSid, addToCaseId: logged.id })
  t.equal(add.statusCode, 201)
  t.match(add.json(), { addedTo: logged.id, id: logged.id, caseNumber: logged.caseNumber, pin: null, callSid: addSid })
  t.equal((await operator.post('/api/intake/hotline', { ...FORM, content: '补充：公示栏旁还有违规张贴的广告。', callSid: addSid, addToCaseId: logged.id })).statusCode, 200, 'retried')
  const messages = await sql`select source, text from case_messages where case_id = ${logged.id}`
  t.same(messages.map((m) => ({ ...m })), [{ source: 'hotline', text: '补充：公示栏旁还有违规张贴的广告。' }], 'added once')
  t.equal(Number((await sql`select case_id from calls where call_sid = ${addSid}`)[0].case_id), logged.id)
  t.equal((await operator.post('/api/intake/hotline', { ...FORM, addToCaseId: 999999 })).statusCode, 404, 'a case the operator cannot see')

  // no CallSid (a phone without Twilio): the Idempotency-Key makes retries safe
  const key = { 'idempotency-key': 'call-form-0001' }
  const plain = await operator.post('/api/intake/hotline', { ...FORM, callerPhone: '0871-63123456' }, key)
  t.equal(plain.statusCode, 201)
  t.equal((await operator.post('/api/intake/hotline', { ...FORM, callerPhone: '0871-63123456' }, key)).json().id, plain.json().id)
  t.match(await view(plain.json().id), { complainant: { phone: '871****3456' } }, 'the typed caller number is the phone')
  t.equal((await operator.post('/api/intake/hotline', { ...FORM, callerPhone: '12345' })).statusCode, 400, 'a bad caller number')

  t.equal((await operator.post('/api/intake/hotline', { ...FORM, callSid: 'CA' + '0'.repeat(32) })).statusCode, 404, 'an unknown call')
  t.equal((await operator.post('/api/intake/phone', { ...FORM, callSid: sid })).statusCode, 404, 'a hotline call is not on the reporting line')
  t.equal((await officer.post('/api/intake/hotline', FORM)).statusCode, 403, 'officers do not take calls')
})
