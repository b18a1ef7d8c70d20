// Issue 16, finding 10: every read of a report's detail is an audit row, and inspectors (and city admins) can list who
// read a case; the accused unit cannot.
import t from 'tap'
import { buildTestApp, logComplaint, sendEvent, signIn, unitOf } from './helper.js'

const HUASHAN = '530102001' // 华山街道, 五华区
const { app, db } = await buildTestApp(t)
const township = await unitOf(db, HUASHAN)
const county = await unitOf(db, '530102')
const operator = await signIn(app, 'operator', '530100')
const dispatcher = await signIn(app, 'dispatcher', '530100')
const countyOfficer = await signIn(app, 'officer', '530102')
const countyInspector = await signIn(app, 'inspector', '530102')
const accusedInspector = await signIn(app, 'inspector', HUASHAN)
const cityAdmin = await signIn(app, 'admin', '530100')
const countyAdmin = await signIn(app, 'admin', '530102')

const report = await logComplaint(operator, { type: 'report', content: '华山街道某干部违规收受礼金，请查处。', accusedUnitId: township.id })
for (const body of [
  { type: 'REGISTER', category: 'township_official_misconduct', complaintType: 'report', accusedUnitId: township.id },
  { type: 'DISPATCH', chain: [county.id] },
]) {
  const res = await sendEvent(dispatcher, report.id, body)
  if (res.statusCode !== 200) throw new Error(`${body.type}: ${res.statusCode} ${res.body}`)
}

t.test('a county officer opens the report; the inspector\'s list names him with the time', async (t) => {
  const before = Date.now()
  t.equal((await countyOfficer.get(`/api/cases/${report.id}`)).statusCode, 200)
  t.equal((await countyOfficer.get(`/api/cases/${report.id}/attachments`)).statusCode, 200)
  t.equal((await countyOfficer.get(`/api/cases/${report.id}/material`)).statusCode, 200)
  const after = Date.now()

  const res = await countyInspector.get(`/api/cases/${report.id}/readers`)
  t.equal(res.statusCode, 200, res.body)
  const body = res.json()
  t.equal(body.caseNumber, report.caseNumber)
  const his = body.readers.filter((r: { user: { id: number } | null }) => r.user?.id === countyOfficer.user.id)
  t.same(his.map((r: { what: string }) => r.what), ['detail', 'attachments', 'material'], 'each read, in order')
  t.match(his[0], { action: 'case.read', unit: { id: county.id }, role: 'officer' })
  const at = Date.parse(his[0].at)
  t.ok(at >= before - 1000 && at <= after + 1000, `read at ${his[0].at}`)
})

t.test('a reveal and an original mail opened are in the list too', async (t) => {
  t.equal((await countyOfficer.post(`/api/cases/${report.id}/reveal`, { field: 'phone', reason: '核实举报人联系方式' })).statusCode, 200)
  const [mail] = await app.sql`insert into inbound_emails (mailbox, uid_validity, uid, raw, outcome, case_id)
    values ('INBOX', 1, 1, ${Buffer.from('Subject: test\r\n\r\nbody\r\n')}, 'material', ${report.id}) returning id`
  t.equal((await countyOfficer.get(`/api/cases/${report.id}/mails/${mail.id}`)).statusCode, 200)
  const readers = (await countyInspector.get(`/api/cases/${report.id}/readers`)).json().readers as { action: string; what: string; user: { id: number } }[]
  const tail = readers.slice(-2).map((r) => [r.action, r.what, r.user.id])
  t.same(tail, [['identity.reveal', 'phone', countyOfficer.user.id], ['mail.original', 'mail', countyOfficer.user.id]])
})

t.test('who may list the readers', async (t) => {
  t.equal((await accusedInspector.get(`/api/cases/${report.id}/readers`)).statusCode, 404, 'the accused unit\'s inspector: no such case')
  const officer = await countyOfficer.get(`/api/cases/${report.id}/readers`)
  t.same([officer.statusCode, officer.json().error.code], [403, 'wrong_role'], 'an officer may not')
  t.same([(await countyAdmin.get(`/api/cases/${report.id}/readers`)).statusCode], [403], 'nor a county admin')
  t.equal((await cityAdmin.get(`/api/cases/${report.id}/readers`)).statusCode, 200, 'a city admin may')
})

t.test('reads of an ordinary complaint are not recorded as report reads', async (t) => {
  const c = await logComplaint(operator)
  t.equal((await countyOfficer.get(`/api/cases/${c.id}`)).statusCode, 200)
  const readers = (await countyInspector.get(`/api/cases/${c.id}/readers`)).json().readers
  t.same(readers, [])
})
