// 查人 (issue 20, finding 1): a person's earlier cases by phone number, e-mail, ID number or exact name, on the keyed
// hashes — within the searcher's scope, recusal holding, reports only for the roles that handle them, anonymous cases
// never, and every search audited without the value; names written before the name hash existed get it at start-up;
// the screen pop follows the same rules.
import t from 'tap'
import { randomBytes } from 'node:crypto'
import { buildTestApp, logComplaint, signIn, unitOf } from './helper.js'
import { backfillNameHashes } from '../src/lookup/backfill.js'
import { phoneHash } from '../channels/voice/calls.js'

const PHONE = '13700001111'
const EMAIL = 'Wang.Wu@example.cn'
const ID = '53010219800101001X' // a valid check digit is worked out below
const NAME = '王五'

function validId(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * w[i]
  return first17 + '10X98765432'[sum % 11]
}

t.test('the desk finds a person\'s cases within scope, reports only for report roles, anonymous never, audited', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  await app.ready()
  const idNumber = validId(ID.slice(0, 17))
  const wuhua = await unitOf(db, '530102')
  const cityOperator = await signIn(app, 'operator', '530100')
  const cityDispatcher = await signIn(app, 'dispatcher', '530100')
  const wuhuaDispatcher = await signIn(app, 'dispatcher', '530102')
  const panlongOfficer = await signIn(app, 'officer', '530103')

  const person = { anonymous: false, name: NAME, phone: PHONE, email: EMAIL, idNumber }
  const complaint = await logComplaint(cityOperator, { complainant: person })
  const elsewhere = await logComplaint(cityOperator, { complainant: person, address: undefined, divisionCode: '530103001', content: '拓东街道某小区垃圾清运不及时，异味严重。' })
  const report = await logComplaint(cityOperator, { type: 'report', complainant: person, content: '五华区某局干部在审批中索要好处费。', accusedUnitId: wuhua.id })
  const anonymous = await logComplaint(cityOperator, { type: 'report', complainant: { anonymous: true }, content: `王五（电话${PHONE}）匿名反映：华山街道干部违规发放补贴。` })
  const stranger = await logComplaint(cityOperator, { complainant: { anonymous: false, name: '赵六', phone: '13900002222' } })

  const find = (s: typeof cityOperator, kind: string, value: string, via = 'search') => s.post('/api/lookup/person', { kind, value, via })
  const ids = (res: Awaited<ReturnType<typeof find>>) => (res.json().items as { id: number }[]).map((i) => i.id).sort((a, b) => a - b)

  await t.test('by phone, as typed on a desk', async (t) => {
    const res = await find(cityDispatcher, 'phone', '137-0000-1111')
    t.equal(res.statusCode, 200)
    t.same(ids(res), [complaint.id, elsewhere.id, report.id].sort((a, b) => a - b), 'the city dispatcher finds the complaints and the report')
    t.notOk(ids(res).includes(anonymous.id), 'an anonymous case is never found, even when its text names the number')
    t.notOk(ids(res).includes(stranger.id), 'nor another person\'s case')
    t.equal(res.headers['cache-control'], 'no-store')
    const item = res.json().items.find((i: { id: number }) => i.id === complaint.id)
    t.equal(item.complainantMasked.phone, '137****1111', 'the number is shown masked')
    t.notMatch(res.body, /13700001111|\+8613700001111|王五/, 'no clear identity in the answer')
    t.ok(res.json().openCase, 'the newest open case is offered for 补充到在办诉求')
  })

  await t.test('reports only for the roles that handle them', async (t) => {
    const res = await find(cityOperator, 'phone', PHONE, 'call')
    t.same(ids(res), [complaint.id, elsewhere.id].sort((a, b) => a - b), 'the operator finds the complaints, not the report')
    t.notMatch(res.body, new RegExp(`"id":${report.id}[,}]`), 'the report is nowhere in the operator\'s answer')
  })

  await t.test('within the searcher\'s jurisdiction, and never the accused unit', async (t) => {
    const wuhuaFound = ids(await find(wuhuaDispatcher, 'phone', PHONE))
    t.same(wuhuaFound, [complaint.id], 'Wuhua\'s dispatcher: the Wuhua complaint only — not Panlong\'s case, not the report against Wuhua (回避)')
    const panlongFound = ids(await find(panlongOfficer, 'idNumber', idNumber.toLowerCase()))
    t.same(panlongFound, [elsewhere.id], 'Panlong\'s officer, by ID number: the Panlong case only')
  })

  await t.test('by e-mail and by exact name', async (t) => {
    t.same(ids(await find(cityDispatcher, 'email', 'wang.wu@EXAMPLE.cn')), [complaint.id, elsewhere.id, report.id].sort((a, b) => a - b), 'e-mail, the domain in any case')
    t.same(ids(await find(cityDispatcher, 'name', ' 王 五 ')), [complaint.id, elsewhere.id, report.id].sort((a, b) => a - b), 'the exact name, spaces aside')
    t.same(ids(await find(cityDispatcher, 'name', '王五五')), [], 'another name finds nothing')
  })

  await t.test('bad input is a 400 with a stable code', async (t) => {
    for (const [kind, value] of [['phone', '12345'], ['email', 'not-an-address'], ['idNumber', '530102198001010011'], ['name', '王'], ['passport', 'E1234567']]) {
      const res = await find(cityDispatcher, kind, value)
      t.equal(res.statusCode, 400, `${kind} ${value}`)
      t.equal(res.json().error.code, 'validation')
    }
    t.equal((await cityDispatcher.post('/api/lookup/person', { kind: 'phone', value: PHONE, extra: 1 })).statusCode, 400, 'an unknown field is refused')
  })

  await t.test('every identity search is audited, without the value', async (t) => {
    const rows = await sql<{ actor_user_id: string; detail: Record<string, unknown> }[]>`
      select actor_user_id, detail from audit_log where action = 'identity.search' order by id`
    const byDispatcher = rows.filter((r) => Number(r.actor_user_id) === cityDispatcher.user.id)
    t.same(byDispatcher.map((r) => r.detail.kind), ['phone', 'email', 'name', 'name'], 'each successful search of the city dispatcher, by kind')
    const call = rows.find((r) => Number(r.actor_user_id) === cityOperator.user.id)
    t.match(call?.detail, { kind: 'phone', via: 'call', found: 2, role: 'operator' }, 'who, from where, what kind, how many shown')
    t.match(String(call?.detail.subject), /^[0-9a-f]{64}$/, 'the subject is the keyed hash')
    t.notMatch(JSON.stringify(rows), /1370000|Wang|王五|王 五|53010219800101/i, 'no searched value in clear')
  })

  await t.test('names written before the name hash get it at start-up', async (t) => {
    t.equal(await app.nameHashBackfill, 0, 'the start-up backfill found nothing left to do')
    await sql`update complaints set name_hash = null where id = any(${[complaint.id, stranger.id]})`
    t.same(ids(await find(cityDispatcher, 'name', NAME)), [elsewhere.id, report.id].sort((a, b) => a - b), 'a row without its hash is not found')
    t.equal(await backfillNameHashes(sql, app.cases.keys), 2, 'the two rows get their hash')
    t.same(ids(await find(cityDispatcher, 'name', NAME)), [complaint.id, elsewhere.id, report.id].sort((a, b) => a - b), 'found again')
    t.equal(await backfillNameHashes(sql, app.cases.keys), 0, 'a second run has nothing to do')
  })

  await t.test('the screen pop: the same rules, audited', async (t) => {
    const callSid = 'CA' + randomBytes(16).toString('hex')
    const hash = phoneHash(app.cases.keys, '+86' + PHONE)
    await sql`insert into calls (call_sid, line, status, anonymous, caller_hash, caller_masked, raw) values (${callSid}, 'hotline', 'in-progress', false, ${hash}, '137****1111', '{}')`
    const res = await cityOperator.post(`/api/calls/${callSid}/take`)
    t.equal(res.statusCode, 200)
    const history = (res.json().history as { id: number }[]).map((h) => h.id).sort((a, b) => a - b)
    t.same(history, [complaint.id, elsewhere.id].sort((a, b) => a - b), 'the operator\'s pop shows the complaints, not the report')
    const [audit] = await sql<{ detail: Record<string, unknown> }[]>`
      select detail from audit_log where action = 'identity.search' and actor_user_id = ${cityOperator.user.id} and detail->>'via' = 'pop'`
    t.match(audit?.detail, { kind: 'phone', via: 'pop', found: 2, subject: hash }, 'the pop\'s look-up is audited')
  })
})
