// Idempotency keys are bound to what they protect (issue 16 finding 6): the same key with another body is a 422
// idempotency_mismatch, staff external ids belong to the registering unit, and no replay hands a code or PIN to
// anyone but the one who sent the first request.
import t from 'tap'
import { buildTestApp, signIn } from './helper.js'

const form = {
  type: 'complaint', content: '拓东街道某工地连续一周夜间施工到凌晨两点，噪音很大，影响居民休息。', address: '昆明市盘龙区拓东街道',
  complainant: { anonymous: false, name: '王五', phone: '13812345678' },
}

t.test('idempotency keys are bound to the body and to who registered', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const submit = (payload: unknown, key: string) =>
    app.inject({ method: 'POST', url: '/api/complaints', payload: payload as object, headers: { 'idempotency-key': key }, remoteAddress: '10.7.0.1' })

  t.test('web: the same key with another body is refused, without the first answer', async (t) => {
    const first = await submit(form, 'web-key-0000001')
    t.equal(first.statusCode, 201)
    const other = await submit({ ...form, content: '我是另一个人，想反映另一件事：北京路路灯不亮已经一周。', complainant: { anonymous: false, name: '赵六', phone: '13987654321' } }, 'web-key-0000001')
    t.equal(other.statusCode, 422)
    t.equal(other.json().error.code, 'idempotency_mismatch')
    t.notMatch(other.body, first.json().trackingCode, 'no tracking code')
    t.notMatch(other.body, first.json().pin, 'no PIN')
    const again = await submit(form, 'web-key-0000001')
    t.equal(again.statusCode, 200, 'the same body again is a retry')
    t.same(again.json(), first.json(), 'and gets the first answer')
  })

  t.test('staff channels: an external id is the registering unit\'s, and the registering user\'s', async (t) => {
    const wuhuaClerk = await signIn(app, 'clerk', '530102')
    const panlongOperator = await signIn(app, 'operator', '530103')
    const fax = { ...form, externalId: 'FAX-20261207-0001' }
    const first = await wuhuaClerk.post('/api/intake/fax', fax)
    t.equal(first.statusCode, 201, first.body)
    const a = first.json()

    const replayed = await panlongOperator.post('/api/intake/fax', fax)
    t.not(replayed.statusCode, 200, 'not a replay of 五华区\'s fax')
    t.notMatch(replayed.body, a.trackingCode, 'no tracking code of the other unit\'s case')
    t.notMatch(replayed.body, a.caseNumber, 'no case number of the other unit\'s case')
    t.notMatch(replayed.body, new RegExp(`"pin":"${a.pin}"`), 'no PIN of the other unit\'s case')
    if (replayed.statusCode === 201) {
      const [row] = await sql`select root_unit_id from cases where id = ${replayed.json().id}`
      t.equal(Number(row.root_unit_id), panlongOperator.user.unit.id, 'a new intake in the operator\'s own unit')
    }

    const colleague = await signIn(app, 'dispatcher', '530102')
    const byColleague = await colleague.post('/api/intake/fax', fax)
    t.equal(byColleague.statusCode, 422, 'another user of the same unit does not get the first answer either')
    t.notMatch(byColleague.body, a.trackingCode)

    const changed = await wuhuaClerk.post('/api/intake/fax', { ...fax, content: '同一编号，另一份传真：某小区电梯故障一个月无人维修。' })
    t.equal(changed.statusCode, 422)
    t.equal(changed.json().error.code, 'idempotency_mismatch')

    const retry = await wuhuaClerk.post('/api/intake/fax', fax)
    t.equal(retry.statusCode, 200, 'the clerk\'s own retry')
    t.same(retry.json(), a, 'gets the first answer, PIN included')
  })

  t.test('a letter number is the registering unit\'s: another unit registers its own letter of that number', async (t) => {
    const letter = (content: string) => ({ type: 'complaint', content, address: '昆明市五华区', complainant: { anonymous: false, name: '吴九', phone: '13755556666' }, letterNumber: 'XF2026-0100' })
    const wuhua = await signIn(app, 'clerk', '530102')
    const panlong = await signIn(app, 'clerk', '530103')
    const first = await wuhua.post('/api/intake/letter', letter('五华区某小区违规收取停车费，请核查。'))
    t.equal(first.statusCode, 201, first.body)
    const own = await panlong.post('/api/intake/letter', letter('盘龙区某路段井盖缺失，存在安全隐患。'))
    t.equal(own.statusCode, 201, '盘龙区\'s letter XF2026-0100 is its own')
    t.notMatch(own.body, first.json().trackingCode)
    const [row] = await sql`select root_unit_id from cases where id = ${own.json().id}`
    t.equal(Number(row.root_unit_id), panlong.user.unit.id)
    const again = await panlong.post('/api/intake/letter', letter('盘龙区某路段井盖缺失，存在安全隐患。'))
    t.equal(again.statusCode, 409, 'within one unit the number is still registered once')
    t.equal(again.json().error.code, 'duplicate_letter_number')
    t.notMatch(again.body, own.json().trackingCode, 'without the case\'s code')
    // a letter registered before numbers were per centre (its external id is the number alone) still counts for its centre
    await sql`update intakes set external_id = 'letter:XF2026-0100' where complaint_id = ${own.json().id}`
    const legacy = await panlong.post('/api/intake/letter', letter('盘龙区某路段井盖缺失，存在安全隐患。'))
    t.equal(legacy.statusCode, 409, 'an older letter of the number is still a duplicate in its centre')
  })

  t.test('a visit and a call form with a reused Idempotency-Key and another body', async (t) => {
    const clerk = await signIn(app, 'clerk', '530100')
    const visit = { type: 'complaint', content: '来访人反映小区物业乱收费，多次协商无果。', visitors: [{ name: '孙七', phone: '13611112222' }] }
    const headers = { 'idempotency-key': 'visit-key-000001' }
    const first = await clerk.post('/api/intake/visit', visit, headers)
    t.equal(first.statusCode, 201, first.body)
    const other = await clerk.post('/api/intake/visit', { ...visit, content: '另一位来访人反映道路积水严重，出行困难。', visitors: [{ name: '周八', phone: '13633334444' }] }, headers)
    t.equal(other.statusCode, 422)
    t.equal(other.json().error.code, 'idempotency_mismatch')
    t.notMatch(other.body, first.json().trackingCode)

    const operator = await signIn(app, 'operator', '530100')
    const callKey = { 'idempotency-key': 'call-key-0000001' }
    const call = await operator.post('/api/intake/hotline', form, callKey)
    t.equal(call.statusCode, 201, call.body)
    const otherCall = await operator.post('/api/intake/hotline', { ...form, content: '另一个来电：某路段井盖缺失，存在安全隐患。' }, callKey)
    t.equal(otherCall.statusCode, 422)
    t.notMatch(otherCall.body, call.json().trackingCode)
    const otherOperator = await signIn(app, 'operator', '530100')
    const sameByOther = await otherOperator.post('/api/intake/hotline', form, callKey)
    t.equal(sameByOther.statusCode, 422, 'another operator replaying the key and body gets no PIN')
  })
})
