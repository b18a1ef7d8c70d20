import t from 'tap'
import { idCheckChar } from '../src/privacy/identity.js'
import { decodeLiveNotification, LIVE_CHANNEL } from '../src/live/events.js'
import { signIn, unitOf } from './helper.js'
import { paperApp } from './fixtures/files/app.js'
import { multipart, scanJpeg } from './fixtures/files/make.js'
import { blobCount } from './support/store.js'

/** A valid resident ID number born on `birth` (YYYYMMDD), with sequence `seq`. */
const idNumber = (birth: string, seq: number) => {
  const first17 = `530102${birth}${String(seq).padStart(3, '0')}`
  return first17 + idCheckChar(first17)
}
/** The same number with a wrong check character. */
const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0')

const matter = {
  type: 'complaint', content: '小区六户居民反映翠湖西路社区电梯长期故障无人维修，要求尽快处理。', address: '昆明市五华区华山街道翠湖西路社区',
}


t.test('a group visit of 6 is flagged live to the city centre', async (t) => {
  const { app, sql, config } = await paperApp(t)
  const clerk = await signIn(app, 'clerk', '530100')
  const city = await unitOf(app.db, '530100')

  const heard: string[] = []
  const listener = await sql.listen(LIVE_CHANNEL, (payload) => { heard.push(payload) })
  t.teardown(() => listener.unlisten())

  const visitors = Array.from({ length: 6 }, (_, i) => ({ name: ['张三', '李四', '王五', '赵六', '钱七', '孙八'][i], idNumber: idNumber(`1980010${i + 1}`, 11 + i), ...(i === 0 ? { phone: '13812345678' } : {}) }))
  const photo = await scanJpeg(2)
  const { body, contentType } = await multipart({ data: JSON.stringify({ ...matter, visitors, visitorAddress: '昆明市五华区翠湖西路8号' }) }, [{ field: 'documents', filename: '材料照片.jpg', content: photo }])
  const res = await clerk.inject({ method: 'POST', url: '/api/intake/visit', payload: body, headers: { 'content-type': contentType, 'idempotency-key': 'visit-group-0001' } })
  t.equal(res.statusCode, 201, res.body)
  const created = res.json()
  t.match(created, { visitors: 6, groupVisit: true, state: 'intake', pin: /^\d{6}$/, receipt: `/api/cases/${created.id}/receipt` })
  t.equal(created.attachments.length, 1)
  t.equal(created.attachments[0].mime, 'image/jpeg')
  t.equal(created.attachments[0].kind, 'document')

  // the notification is delivered on commit; give the LISTEN connection a moment (up to 30 s on a loaded box)
  for (let i = 0; i < 300 && !heard.some((p) => p.includes('visit.group')); i++) await new Promise((r) => setTimeout(r, 100))
  const flag = heard.map((p) => decodeLiveNotification(p)).find((n) => n?.topic === 'visit.group')
  t.ok(flag, 'the group visit was announced on suqiu_live')
  t.same(flag?.filters, { unitIds: [city.id], roles: ['dispatcher', 'inspector', 'supervisor'] })
  t.same(flag?.payload, { caseId: created.id, caseNumber: created.caseNumber, visitors: 6 })

  const [c] = await sql`select extra, identity_masked, id_hash, preferred_channel from complaints where id = ${created.id}`
  t.equal(c.extra.groupVisit, true)
  t.equal(c.extra.visitors, 6)
  t.equal(c.extra.visitorsMasked[1].name, '李*')
  t.equal(c.extra.visitorsMasked[1].idNumber, '5301**********' + visitors[1].idNumber.slice(14))
  t.equal(c.extra.visitorIdHashes.length, 6)
  t.notOk(JSON.stringify(c.extra).includes(visitors[3].idNumber), 'no clear ID number in extra')
  t.notOk(JSON.stringify(c.extra).includes('赵六'), 'no clear name in extra')
  t.equal(c.identity_masked.name, '张*', 'the first visitor is the complainant')
  t.ok(c.id_hash)
  t.equal(c.preferred_channel, 'sms')

  t.test('the same submission again (Idempotency-Key) stores nothing new', async (t) => {
    const again = await clerk.inject({ method: 'POST', url: '/api/intake/visit', payload: body, headers: { 'content-type': contentType, 'idempotency-key': 'visit-group-0001' } })
    t.equal(again.statusCode, 200)
    t.equal(again.json().id, created.id)
    t.equal(again.json().pin, created.pin)
    const [n] = await sql`select count(*)::int as n from attachments`
    t.equal(n.n, 1)
    t.equal(blobCount(config.dataDir), 1)
  })

  t.test('a returning visitor is recognised by ID hash', async (t) => {
    const byQuery = await clerk.get(`/api/visitors/lookup?idNumber=${visitors[0].idNumber}`)
    t.equal(byQuery.statusCode, 200, byQuery.body)
    t.equal(byQuery.json().openCases.length, 1)
    t.match(byQuery.json().openCases[0], { id: created.id, caseNumber: created.caseNumber, asComplainant: true, groupVisit: true, state: 'intake', stateLabel: '待受理' })
    t.equal(byQuery.json().idNumber, '5301**********' + visitors[0].idNumber.slice(14))
    const coVisitor = await clerk.post('/api/visitors/lookup', { idNumber: visitors[4].idNumber })
    t.equal(coVisitor.statusCode, 200)
    t.equal(coVisitor.json().openCases.length, 1, 'a co-visitor of a group visit is recognised too')
    t.equal(coVisitor.json().openCases[0].asComplainant, false)
    const stranger = await clerk.post('/api/visitors/lookup', { idNumber: idNumber('19900101', 99) })
    t.same(stranger.json().openCases, [])
    const bad = await clerk.post('/api/visitors/lookup', { idNumber: wrongCheck(visitors[0].idNumber) })
    t.equal(bad.statusCode, 400)
    const other = await signIn(app, 'clerk', '530103') // 盘龙区: the case lies in 五华区
    const elsewhere = await other.post('/api/visitors/lookup', { idNumber: visitors[0].idNumber })
    t.same(elsewhere.json().openCases, [], 'only cases the user may see')
    const [audit] = await sql`select detail from audit_log where action = 'visitor.lookup' order by id limit 1`
    t.equal(audit.detail.found, 1)
    t.notOk(JSON.stringify(audit.detail).includes(visitors[0].idNumber), 'the audit row holds the masked number')
  })

  t.test('the receipt: with the PIN right after intake, without it on a reprint', async (t) => {
    const withPin = await clerk.post(created.receipt, { pin: created.pin })
    t.equal(withPin.statusCode, 200, withPin.body.slice(0, 200))
    t.match(withPin.headers['content-type'], /^text\/html/)
    t.equal(withPin.headers['cache-control'], 'no-store')
    t.match(withPin.body, `<span class="code">${created.pin}</span>`)
    t.match(withPin.body, created.trackingCode)
    t.match(withPin.body, created.caseNumber)
    t.match(withPin.body, '共 6 人，集体访')
    t.match(withPin.body, `${config.PUBLIC_BASE_URL}/portal/track`)
    t.notMatch(withPin.body, '李四', 'visitors are masked on the receipt')

    const wrong = String((Number(created.pin) + 1) % 1_000_000).padStart(6, '0')
    const bad = await clerk.post(created.receipt, { pin: wrong })
    t.equal(bad.statusCode, 400)
    t.equal(bad.json().error.code, 'wrong_pin')
    t.equal(bad.json().error.attemptsLeft, 4, 'wrong PINs count against the tracking lock-out')
    await sql`update complaints set pin_failures = 0 where id = ${created.id}`

    const colleague = await signIn(app, 'clerk', '530100')
    const notMine = await colleague.post(created.receipt, { pin: created.pin })
    t.equal(notMine.statusCode, 409, 'only the clerk who took the visit prints the PIN')
    t.equal(notMine.json().error.code, 'pin_print_expired')

    const reprint = await colleague.get(created.receipt)
    t.equal(reprint.statusCode, 200)
    t.notMatch(reprint.body, `<span class="code">${created.pin}</span>`)
    t.match(reprint.body, '补打的回执不显示查询密码')

    // 重置: the receiving centre's clerk, with an ID shown; the new PIN goes to the complainant's own phone or mail as
    // a new receipt (an outbox job), never to the clerk, and the old one stops working (test/complainant-voice.test.ts)
    const reset = await clerk.post(`/api/cases/${created.id}/pin-reset`, { reason: '来访人遗失回执，已核验身份证' })
    t.equal(reset.statusCode, 202, reset.body)
    t.notMatch(reset.body, /\d{6}/, 'the clerk is not shown the new PIN')
    t.equal((await clerk.post(created.receipt, { pin: created.pin })).statusCode, 400, 'the old PIN no longer matches')
    const [resetAudit] = await sql`select detail from audit_log where action = 'pin.reset' and case_id = ${created.id}`
    t.equal(resetAudit.detail.reason, '来访人遗失回执，已核验身份证')
    const anon = await clerk.post('/api/intake/letter', { ...matter, complainant: { anonymous: true }, letterNumber: 'ANON-1' })
    t.equal(anon.statusCode, 201, anon.body)
    const noReset = await clerk.post(`/api/cases/${anon.json().id}/pin-reset`, { reason: '匿名来信' })
    t.equal(noReset.statusCode, 409, 'an anonymous complainant cannot be identified at the window')
    t.equal(noReset.json().error.code, 'anonymous_pin_reset')

    const [stored] = await sql`select pin_hash, extra from complaints where id = ${created.id}`
    t.match(stored.pin_hash, /^[0-9a-f]{64}$/, 'only a keyed hash of the PIN is stored')
    t.notMatch(JSON.stringify(stored.extra), `"${created.pin}"`)
  })
})

t.test('an ID number with a wrong check digit: 400 naming the visitor, nothing stored', async (t) => {
  const { app, sql, config } = await paperApp(t)
  const clerk = await signIn(app, 'clerk', '530100')
  const good = idNumber('19750315', 21)
  const visitors = [{ name: '周九', idNumber: good }, { name: '吴十', idNumber: wrongCheck(idNumber('19820620', 33)) }, { name: '郑一', phone: '12345' }]
  const { body, contentType } = await multipart({ data: JSON.stringify({ ...matter, visitors }) }, [{ field: 'documents', filename: 'doc.jpg', content: await scanJpeg(4) }])
  const res = await clerk.inject({ method: 'POST', url: '/api/intake/visit', payload: body, headers: { 'content-type': contentType } })
  t.equal(res.statusCode, 400)
  const error = res.json().error
  t.equal(error.code, 'validation')
  t.same(error.fields.map((f: { field: string }) => f.field), ['visitors.1.idNumber', 'visitors.2.phone'])
  t.match(error.fields[0].message, '第2位来访人的身份证号码校验位错误')
  const [counts] = await sql`select (select count(*) from intakes)::int as i, (select count(*) from complaints)::int as c, (select count(*) from attachments)::int as a`
  t.same(counts, { i: 0, c: 0, a: 0 })
  t.equal(blobCount(config.dataDir), 0, 'no file written')

  const none = await clerk.post('/api/intake/visit', { ...matter, visitors: [] })
  t.equal(none.statusCode, 400, 'at least one visitor')
  const twice = await clerk.post('/api/intake/visit', { ...matter, visitors: [{ name: '甲', idNumber: good }, { name: '乙', idNumber: good }] })
  t.equal(twice.statusCode, 400)
  t.equal(twice.json().error.fields[0].field, 'visitors.1.idNumber')

  const single = await clerk.post('/api/intake/visit', { ...matter, visitors: [{ name: '周九', idNumber: good }] })
  t.equal(single.statusCode, 201, 'JSON without documents, one visitor')
  t.equal(single.json().groupVisit, false)
})
