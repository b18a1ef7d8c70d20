// The e-mail channel as real senders use it (#19, #16 finding 7): the sender's clock decides nothing, a case number in
// a subject joins nothing, a reply to the sender's own mail is flagged, a mail without Message-ID delivered twice is
// one case. Each mail is a file in test/fixtures/mail (written by build.ts).
import t from 'tap'
import { readFileSync } from 'node:fs'
import { buildTestApp, logComplaint, signIn } from './helper.js'
import { deliverMail } from './fixtures/mail/deliver.js'

const load = (name: string) => readFileSync(new URL(`./fixtures/mail/${name}`, import.meta.url))

t.test('received time is ours; the Date: header is kept as sentAt', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  for (const [file, sent] of [['date-future.eml', '2027-06-01T01:00:00.000Z'], ['date-past.eml', '2019-01-01T01:00:00.000Z']]) {
    const mail = await deliverMail(app, load(file))
    t.equal(mail.outcome, 'complaint', file)
    const [row] = await sql`select c.received_at, c.overall_due_at, i.created_at as arrived from cases c, inbound_emails i where c.id = ${mail.caseId} and i.id = ${mail.id}`
    t.equal(new Date(row.received_at).toISOString(), new Date(row.arrived).toISOString(), `${file}: received when it reached our mailbox`)
    const days = (new Date(row.overall_due_at).getTime() - new Date(row.arrived).getTime()) / 86_400_000
    t.ok(days > 0 && days < 60, `${file}: the overall deadline runs from our receipt (${days.toFixed(1)} days)`)
    const view = (await dispatcher.get(`/api/cases/${mail.caseId}`)).json()
    t.equal(view.extra.sentAt, sent, `${file}: the sender's date is kept beside it`)
  }
})

t.test('a case number in the subject (no threading headers) is a new intake flagged for staff, not material', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const target = await logComplaint(operator, { complainant: { anonymous: false, name: '张三', phone: '13912345678', email: 'zhangsan@example.cn' } })
  await sql`update complaints set case_number = 'KM20261207000001' where id = ${target.id}`

  const mail = await deliverMail(app, load('case-number-subject.eml'))
  t.equal(mail.outcome, 'complaint', 'even from the complainant\'s own address (From: is forgeable)')
  t.not(mail.caseId, target.id)
  const [{ n }] = await sql`select count(*)::int as n from case_messages where case_id = ${target.id}`
  t.equal(n, 0, 'nothing was added to the named case')
  const view = (await dispatcher.get(`/api/cases/${mail.caseId}`)).json()
  t.match(view.extra.mentionsCase, { caseId: target.id, caseNumber: 'KM20261207000001', note: /提及诉求KM20261207000001/ })
  t.equal(view.state, 'intake')
  // staff look and link it: MERGE into the named case
  const merged = await dispatcher.post(`/api/cases/${mail.caseId}/events`, { type: 'MERGE', intoCaseId: target.id })
  t.equal(merged.statusCode, 200, merged.body)
})

t.test('a reply to the sender\'s own earlier mail is flagged with that case', async (t) => {
  const { app } = await buildTestApp(t)
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const first = await deliverMail(app, load('plain-utf8.eml'), '<plain-utf8@example.com>')
  const again = await deliverMail(app, load('follow-up-own.eml'), '<follow-up-own@example.com>')
  t.equal(again.outcome, 'complaint')
  t.not(again.caseId, first.caseId)
  const view = (await dispatcher.get(`/api/cases/${again.caseId}`)).json()
  t.match(view.extra.followsUpCase, { caseId: first.caseId, caseNumber: /^KM\d{14}$/ })
})

t.test('the same mail without Message-ID delivered twice is one case', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const a = await deliverMail(app, load('no-message-id.eml'))
  const b = await deliverMail(app, Buffer.concat([Buffer.from('Delivered-To: complaints@suqiu.local\r\n'), load('no-message-id.eml')]))
  t.equal(a.outcome, 'complaint')
  t.equal(b.caseId, a.caseId, 'the second delivery finds the first case')
  const [{ n }] = await sql`select count(*)::int as n from complaints`
  t.equal(n, 1)
})
