// 补充材料 reaches staff (#19 Broken 1): what a complainant adds on the portal, by e-mail reply or through an operator
// shows in the staff case view and timeline, flags "new material" in the queue until the unit reads it, and shows
// in the complainant's own timeline — and never to a unit outside the case's scope.
import t from 'tap'
import { buildTestApp, logComplaint, signIn } from './helper.js'
import { fixtures, PNG } from './fixtures/mail/build.js'
import { deliverMail } from './fixtures/mail/deliver.js'

t.test('added material in the case view, timeline, queue and tracking timeline', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const stranger = await signIn(app, 'dispatcher', '530111') // 官渡区: another county
  const created = await logComplaint(operator, { complainant: { anonymous: false, name: '张三', phone: '13912345678', email: 'zhangsan@example.cn' } })
  const caseId = created.id

  const queueItem = async () => ((await dispatcher.get('/api/cases?queue=all')).json().items as { id: number; newMaterial: boolean }[]).find((i) => i.id === caseId)!
  t.equal((await queueItem()).newMaterial, false, 'nothing new before any material')

  // 1. the portal: code + PIN, text and a photo
  const portal = await app.inject({
    method: 'POST', url: `/api/track/${created.trackingCode}/messages`, headers: { 'x-tracking-pin': created.pin },
    payload: { text: '补充：施工时间是每晚十一点到凌晨两点。' },
  })
  t.equal(portal.statusCode, 201, portal.body)

  // 2. an e-mail reply threaded on a mail we sent to the complainant (reply.eml answers <case-42.0a1b2c3d4e5f6071@suqiu.local>)
  await sql`insert into outbound_messages (channel, kind, case_id, recipient_enc, recipient_masked, subject, body, message_id, status)
            values ('email', 'receipt', ${caseId}, 'x', 'z***@example.cn', '【诉求已受理】', '…', '<case-42.0a1b2c3d4e5f6071@suqiu.local>', 'sent')`
  const mail = await deliverMail(app, fixtures['reply.eml'], '<reply-1@example.cn>')
  t.same({ outcome: mail.outcome, caseId: mail.caseId }, { outcome: 'material', caseId })

  // 3. the complainant calls in and the operator takes it down on the case
  const call = await operator.post('/api/intake/hotline', { addToCaseId: caseId, type: 'complaint', content: '来电补充：工地负责人姓王，电话已打不通。', complainant: { anonymous: false, name: '张三', phone: '13912345678' } })
  t.equal(call.statusCode, 201, call.body)

  const view = (await dispatcher.get(`/api/cases/${caseId}`)).json()
  t.same(view.material.map((m: { channel: string }) => m.channel), ['tracking', 'email', 'hotline'], 'all three pieces, in order')
  t.match(view.material[0], { from: '诉求人', channelLabel: '网上进度查询页', text: /每晚十一点/, read: false })
  t.match(view.material[1], { from: '诉求人', channel: 'email', text: /某某建筑公司/ })
  t.match(view.material[2], { from: /^话务员.*代录/, text: /工地负责人姓王/ })
  t.equal(view.newMaterial, 3)
  const entries = view.timeline.filter((e: { type: string }) => e.type === 'MATERIAL')
  t.equal(entries.length, 3, 'each piece is a timeline entry')
  t.match(entries[0], { actor: '诉求人', payload: { text: /每晚十一点/, channel: 'tracking' } })
  t.ok(view.timeline.findIndex((e: { type: string }) => e.type === 'MATERIAL') > 0, 'after the case was received')

  t.equal((await queueItem()).newMaterial, true, 'the queue says new material')
  t.equal((await stranger.get(`/api/cases/${caseId}/material`)).statusCode, 404, 'another county does not see it')
  t.equal((await stranger.post(`/api/cases/${caseId}/material/read`, {})).statusCode, 404)

  const read = await dispatcher.post(`/api/cases/${caseId}/material/read`, {})
  t.equal(read.statusCode, 200, read.body)
  t.equal((await queueItem()).newMaterial, false, 'read by the unit: no longer new')
  const list = (await dispatcher.get(`/api/cases/${caseId}/material`)).json()
  t.same({ unread: list.unread, read: list.items.map((m: { read: boolean }) => m.read) }, { unread: 0, read: [true, true, true] })

  // another unit of the same centre has its own marker
  const otherDispatcher = await signIn(app, 'supervisor', '530100')
  t.equal((await otherDispatcher.get(`/api/cases/${caseId}`)).json().newMaterial, 0, 'same unit: read for all its staff')

  // the complainant's own timeline
  const tracked = await app.inject({ method: 'GET', url: `/api/track/${created.trackingCode}`, headers: { 'x-tracking-pin': created.pin } })
  const steps = tracked.json().steps as { title: string; detail: string | null }[]
  t.equal(steps.filter((s) => s.title.startsWith('您补充了材料')).length, 3)
  t.ok(steps.some((s) => s.detail?.includes('某某建筑公司')), 'the e-mail reply is in the citizen\'s timeline')
})

t.test('files added on the portal are listed with the material they came with', async (t) => {
  const { app } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const created = await logComplaint(operator)
  const boundary = 'b0undary'
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n{"text":"现场照片一张"}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="现场.png"\r\nContent-Type: image/png\r\n\r\n`), PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const res = await app.inject({ method: 'POST', url: `/api/track/${created.trackingCode}/messages`, headers: { 'x-tracking-pin': created.pin, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body })
  t.equal(res.statusCode, 201, res.body)
  const [item] = (await dispatcher.get(`/api/cases/${created.id}/material`)).json().items
  t.match(item, { text: '现场照片一张', attachments: [{ mime: 'image/png' }] })
  t.equal((await dispatcher.get(item.attachments[0].url)).statusCode, 200, 'the file opens')
})

t.test('an SMS from the complainant\'s own number (a signed Twilio webhook) reaches staff as material', async (t) => {
  const { signedTwilioRequest, startFakeTwilio, twilioSmsParams, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN } = await import('./support/fake-twilio.js')
  const fake = await startFakeTwilio()
  t.teardown(() => fake.close())
  const PUBLIC = 'https://rexian.km.gov.cn'
  const HOTLINE = '+868712345678'
  const { app } = await buildTestApp(t, { PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_API_BASE: fake.url, TWILIO_HOTLINE_NUMBER: HOTLINE })
  await app.ready()
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const created = await logComplaint(operator, { complainant: { anonymous: false, name: '张三', phone: '13912345678' } })
  const sms = await signedTwilioRequest(app, { url: '/channels/hotline/sms', publicBaseUrl: PUBLIC, authToken: TEST_AUTH_TOKEN, params: twilioSmsParams({ from: '+8613912345678', to: HOTLINE, body: '补充：噪音每晚十一点开始，持续到凌晨两点。' }) })
  t.equal(sms.statusCode, 200, sms.body)
  const view = (await dispatcher.get(`/api/cases/${created.id}`)).json()
  t.match(view.material, [{ channel: 'sms', channelLabel: '短信', from: '诉求人', text: /凌晨两点/, read: false }])
  t.ok(view.timeline.some((e: { type: string; payload: { channel?: string } }) => e.type === 'MATERIAL' && e.payload.channel === 'sms'))
})
