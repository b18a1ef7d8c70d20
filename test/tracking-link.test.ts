// Every receipt and result message leads to the portal's 进度查询 page (#19 Broken 2): PUBLIC_BASE_URL/portal/track,
// with neither the tracking code nor the PIN in the URL, and in an SMS the URL ends at a space or an ASCII full
// stop (some phones' link detection runs on into Chinese text).
import t from 'tap'
import { buildTestApp, logComplaint, sendEvent, signIn } from './helper.js'
import { runNotify } from './support/jobs.js'
import { fixtures } from './fixtures/mail/build.js'
import { deliverMail } from './fixtures/mail/deliver.js'

const BASE = 'https://suqiu.km.gov.cn'
const PORTAL = `${BASE}/portal/track`

/** Every http(s) URL in a text, as a phone's link detection would take it (up to whitespace). */
const urls = (text: string) => text.match(/https?:\/\/\S+/g) ?? []

t.test('SMS receipt and result link to /portal/track, ended by a space or full stop', async (t) => {
  const { app, sql } = await buildTestApp(t, { PUBLIC_BASE_URL: BASE })
  const operator = await signIn(app, 'operator', '530100')
  const created = await logComplaint(operator)
  await runNotify(app, created.id)
  const [receipt] = await sql`select body from outbound_messages where case_id = ${created.id} and kind = 'receipt'`
  t.same(urls(receipt.body), [PORTAL], `one link, the portal's tracking page: ${receipt.body}`)
  t.notMatch(receipt.body, new RegExp(`${PORTAL}[^\\s.]`), 'the link is followed by a space or a full stop')
  t.notMatch(urls(receipt.body)[0], created.trackingCode)

  // the case is answered at once: the result SMS carries the same link
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  t.equal((await sendEvent(dispatcher, created.id, { type: 'REGISTER', category: 'policy_consultation' })).statusCode, 200)
  t.equal((await sendEvent(dispatcher, created.id, { type: 'ANSWER', text: '公示栏将于本周内更新。' })).statusCode, 200)
  t.equal((await sendEvent(operator, created.id, { type: 'SEND_FEEDBACK', text: '公示栏将于本周内更新。', channel: 'sms' })).statusCode, 200)
  await runNotify(app, created.id)
  const results = await sql`select body from outbound_messages where case_id = ${created.id} and kind = 'result'`
  t.equal(results.length, 1)
  for (const r of results) {
    t.same(urls(r.body).map((u) => u.replace(/\.$/, '')), [PORTAL], r.body)
    t.notMatch(r.body, new RegExp(`${PORTAL}[^\\s.]`))
  }
})

t.test('e-mail receipt links to /portal/track with nothing of the case in the URL', async (t) => {
  const { app, sql } = await buildTestApp(t, { PUBLIC_BASE_URL: BASE })
  const mail = await deliverMail(app, fixtures['plain-utf8.eml'], '<plain-utf8@example.com>')
  t.equal(mail.outcome, 'complaint')
  await runNotify(app, mail.caseId!)
  const [receipt] = await sql`select body, html from outbound_messages where case_id = ${mail.caseId} and kind = 'receipt'`
  t.same([...new Set(urls(receipt.body))], [PORTAL], receipt.body)
  t.match(receipt.html, `href="${PORTAL}"`)
  t.notMatch(receipt.html, /href="[^"]*\/track\?/, 'no query string')
})

t.test('printed receipt and reply letter name the portal page', async (t) => {
  const { app } = await buildTestApp(t, { PUBLIC_BASE_URL: BASE })
  const clerk = await signIn(app, 'clerk', '530100')
  const visit = await clerk.post('/api/intake/visit', {
    type: 'complaint', content: '翠湖西路社区公示栏长期不更新，居民无法了解集体收支情况。', address: '昆明市五华区华山街道翠湖西路社区',
    visitors: [{ name: '李四', phone: '13912345678' }],
  })
  t.equal(visit.statusCode, 201, visit.body)
  const printed = await clerk.get(`/api/cases/${visit.json().id}/receipt`)
  t.equal(printed.statusCode, 200, printed.body.slice(0, 300))
  t.match(printed.body, PORTAL)
  t.notMatch(printed.body, `${BASE}/track`)
})
