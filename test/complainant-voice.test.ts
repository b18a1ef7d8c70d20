// Only the complainant speaks as the complainant (DESIGN security rule 4; issue 16, finding 5): a PIN reset is done by
// the receiving centre's clerks or dispatchers alone, audited, and the new PIN reaches only the complainant; a unit of
// the chain can neither reset a PIN nor rate; a rating staff enter is recorded as theirs, on the complainant's word.
import t from 'tap'
import { buildTestApp, sendEvent, signIn } from './helper.js'
import { startSmtp } from './support/smtp.js'
import { runNotify } from './support/jobs.js'

t.test('PIN reset and ratings: never by the handling units, never as the complainant', async (t) => {
  const smtp = await startSmtp(t)
  const { app, sql } = await buildTestApp(t, { SMTP_URL: smtp.url })
  await app.ready()
  const submitted = await app.inject({ method: 'POST', url: '/api/complaints', payload: {
    type: 'complaint', content: '华山街道某小区垃圾清运不及时，异味严重。', address: '昆明市五华区华山街道翠湖西路社区',
    complainant: { anonymous: false, name: '钱七', email: 'qianqi@example.com' },
  } })
  t.equal(submitted.statusCode, 201, submitted.body)
  const created = submitted.json() as { id: number; trackingCode: string; pin: string }
  t.same(await runNotify(app, created.id), ['receipt'])
  await smtp.waitFor(1)

  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const clerk = await signIn(app, 'clerk', '530100')
  const operator = await signIn(app, 'operator', '530100')
  const countySup = await signIn(app, 'supervisor', '530102')
  const countyClerk = await signIn(app, 'clerk', '530102')
  const [county] = await sql`select id from units where division_code = '530102' and is_default`
  const ok = async (s: typeof dispatcher, body: Record<string, unknown>) => {
    const res = await sendEvent(s, created.id, body)
    if (res.statusCode !== 200) throw new Error(`${body.type}: ${res.statusCode} ${res.body}`)
    return res.json()
  }
  await ok(dispatcher, { type: 'REGISTER', category: 'urban_management' })
  await ok(dispatcher, { type: 'DISPATCH', chain: [Number(county.id)] })
  t.same(await runNotify(app, created.id), ['accepted'])
  await smtp.waitFor(2)
  const track = (pin: string) => app.inject({ method: 'GET', url: `/api/track/${created.trackingCode}`, headers: { 'x-tracking-pin': pin } })

  t.test('a unit of the chain cannot reset the PIN', async (t) => {
    for (const [who, s] of [['county supervisor', countySup], ['county clerk', countyClerk]] as const) {
      const res = await s.post(`/api/cases/${created.id}/pin-reset`, { reason: '诉求人来电称遗失密码' })
      t.equal(res.statusCode, 403, `${who}: 403`)
      t.notMatch(res.body, /\b\d{6}\b/, `${who}: no PIN in the answer`)
    }
    t.equal((await track(created.pin)).statusCode, 200, 'the complainant\'s own PIN still works')
  })

  t.test('the receiving centre\'s clerk resets it; the new PIN goes to the complainant alone, and it is audited', async (t) => {
    const res = await clerk.post(`/api/cases/${created.id}/pin-reset`, { reason: '诉求人来访遗失回执，已核验身份证' })
    t.equal(res.statusCode, 202, res.body)
    t.same(res.json(), { reset: true, sentTo: 'email' })
    t.equal((await track(created.pin)).statusCode, 401, 'the old PIN no longer works')
    const ran = await runNotify(app, created.id)
    t.same(ran, ['receipt'], 'a new receipt goes out on the complainant\'s channel')
    const mails = await smtp.waitFor(3)
    const text = mails[2].parsed.text ?? ''
    t.same(mails[2].envelope.to, ['qianqi@example.com'])
    const newPin = /查询密码[^0-9]*(\d{6})/.exec(text)?.[1]
    t.ok(newPin, 'the mail carries the new PIN')
    t.equal((await track(newPin!)).statusCode, 200, 'and it works')
    const [audit] = await sql`select actor_user_id, detail from audit_log where action = 'pin.reset' and case_id = ${created.id}`
    t.equal(Number(audit.actor_user_id), clerk.user.id)
    t.equal(audit.detail.reason, '诉求人来访遗失回执，已核验身份证')
    t.notMatch(JSON.stringify(audit.detail), newPin!, 'the audit keeps no PIN')
  })

  t.test('a unit of the chain cannot rate; the centre\'s operator rates on the complainant\'s word, as themselves', async (t) => {
    const countyOfficer = await signIn(app, 'officer', '530102')
    await ok(countyOfficer, { type: 'SIGN' })
    await ok(countyOfficer, { type: 'SUBMIT_REPLY', text: '已安排清运车辆每日清运。', resolved: true })
    await ok(dispatcher, { type: 'APPROVE_REPLY' })
    await ok(dispatcher, { type: 'SEND_FEEDBACK', text: '已安排每日清运。', channel: 'phone' })
    const byCounty = await sendEvent(countySup, created.id, { type: 'EVALUATE', rating: 'satisfied' })
    t.equal(byCounty.statusCode, 403, 'the county cannot rate')
    const view = await ok(operator, { type: 'EVALUATE', rating: 'satisfied', comment: '回访时诉求人表示满意' })
    const rated = view.timeline.find((e: { type: string }) => e.type === 'EVALUATE')
    t.not(rated.actor, '诉求人', 'the timeline does not show the complainant as the one who rated')
    t.equal(rated.payload.onComplainantsWord, true, 'and marks it as taken on the complainant\'s word')
    const [event] = await sql`select actor_kind, actor_user_id, payload from case_events where case_id = ${created.id} and type = 'EVALUATE'`
    t.equal(event.actor_kind, 'staff')
    t.equal(Number(event.actor_user_id), operator.user.id, 'entered by the operator')
    t.equal(event.payload.onComplainantsWord, true, 'on the complainant\'s word')
  })
})
