import t from 'tap'
import { buildTestApp, signIn, unitOf, sendEvent } from './helper.js'

let ipCounter = 1
const nextIp = () => `10.9.${Math.floor(ipCounter / 200)}.${(ipCounter++ % 200) + 1}`

t.test('web submissions, tracking and rating', async (t) => {
  const { app, sql, db } = await buildTestApp(t)
  const submit = (payload: unknown, headers: Record<string, string> = {}, remoteAddress = nextIp()) =>
    app.inject({ method: 'POST', url: '/api/complaints', payload: payload as object, headers, remoteAddress })
  const form = {
    type: 'complaint', title: '小区夜间施工扰民', content: '拓东街道某工地连续一周夜间施工到凌晨两点，噪音很大，影响居民休息。',
    address: '昆明市盘龙区拓东街道', complainant: { anonymous: false, name: '王五', phone: '138 1234 5678', email: 'wangwu@example.com' }, preferredChannel: 'email',
  }

  t.test('a citizen submits and gets a case number, tracking code and PIN', async (t) => {
    const res = await submit(form)
    t.equal(res.statusCode, 201)
    const body = res.json()
    t.match(body, { caseNumber: /^KM\d{14}$/, trackingCode: /^[A-Z2-9]{10}$/, pin: /^\d{6}$/, state: 'intake' })
    t.match(body.next, /工作日/, 'what happens now, in Chinese')
    t.equal(res.headers['cache-control'], 'no-store')
    const [row] = await sql`select division_code, anonymous, identity, phone_hash, identity_masked from complaints where id = ${body.id}`
    t.equal(row.division_code, '530103001', 'the place came from the address')
    t.equal(row.identity_masked.phone, '138****5678')
    t.notMatch(JSON.stringify(row.identity), /13812345678|wangwu/, 'contact data is encrypted at rest')
    t.ok(row.phone_hash)
  })

  t.test('anonymous complaints store no contact data at all', async (t) => {
    const res = await submit({ type: 'report', content: '某单位违规发放津贴补贴，情况属实，请核查。', complainant: { anonymous: true } })
    t.equal(res.statusCode, 201)
    t.match(res.json().next, /匿名/)
    const [row] = await sql`select anonymous, identity, identity_masked, phone_hash, email_hash, id_hash from complaints where id = ${res.json().id}`
    t.same(row, { anonymous: true, identity: null, identity_masked: null, phone_hash: null, email_hash: null, id_hash: null })
    const jobs = await sql`select 1 from pgboss.job where name = 'notify' and (data->>'caseId')::int = ${res.json().id}`
    t.equal(jobs.length, 0, 'no notification can go to an anonymous complainant')
  })

  t.test('the same Idempotency-Key returns the same answer and creates nothing', async (t) => {
    const headers = { 'idempotency-key': 'form-7f3a9c21-retry' }
    const first = await submit(form, headers)
    const second = await submit(form, headers)
    t.equal(first.statusCode, 201)
    t.equal(second.statusCode, 200)
    t.same(second.json(), first.json(), 'same case, tracking code and PIN')
    const [{ n }] = await sql`select count(*)::int as n from intakes where external_id = 'form-7f3a9c21-retry'`
    t.equal(n, 1)
  })

  t.test('bad input gets a clear error per field and stores nothing', async (t) => {
    const [{ before }] = await sql`select count(*)::int as before from complaints`
    const cases: [unknown, string, RegExp][] = [
      [{ ...form, content: undefined }, 'content', /诉求内容/],
      [{ ...form, complainant: { ...form.complainant, phone: '12345' } }, 'complainant.phone', /电话/],
      [{ ...form, complainant: { ...form.complainant, idNumber: '110105194912310021' } }, 'complainant.idNumber', /校验位/],
      [{ ...form, divisionCode: '530199999' }, 'divisionCode', /行政区划/],
      [{ ...form, type: 'gossip' }, 'type', /诉求类型/],
    ]
    for (const [payload, field, zh] of cases) {
      const res = await submit(payload)
      t.equal(res.statusCode, 400, field)
      const error = res.json().error
      t.equal(error.code, 'validation')
      t.ok(error.fields.some((f: { field: string }) => f.field === field), `names ${field}`)
      t.match(error.message, zh)
      t.ok(error.messageEn)
    }
    // a body that is not JSON at all: its own code, said plainly in both languages
    for (const [payload, code, zh] of [['{"type": "complaint", ', 'invalid_json', /不是有效的 JSON/], ['', 'empty_body', /为空/]] as const) {
      const res = await app.inject({ method: 'POST', url: '/api/complaints', payload, headers: { 'content-type': 'application/json' }, remoteAddress: nextIp() })
      t.equal(res.statusCode, 400)
      t.match(res.json().error, { code, message: zh, messageEn: /JSON|empty/ })
    }
    const big = await submit({ ...form, content: 'x'.repeat(2 * 1024 * 1024) })
    t.equal(big.statusCode, 413)
    t.equal(big.json().error.code, 'too_large')
    const [{ after }] = await sql`select count(*)::int as after from complaints`
    t.equal(after, before)
  })

  t.test('submissions are rate-limited per IP', async (t) => {
    const ip = '10.200.0.1'
    const codes: number[] = []
    for (let i = 0; i < 11; i++) codes.push((await submit({ ...form, content: form.content + i }, {}, ip)).statusCode)
    t.equal(codes.filter((c) => c === 201).length, 10)
    t.equal(codes[10], 429)
    t.equal((await submit(form, {}, '10.200.0.2')).statusCode, 201, 'another address is not affected')
  })

  t.test('likely repeats from the same person are flagged for the dispatcher', async (t) => {
    const a = (await submit(form)).json()
    const b = (await submit({ ...form, title: '还是夜间施工', content: form.content + '至今没有改善。' })).json()
    t.equal(b.possibleDuplicateOf, a.id)
    const dispatcher = await signIn(app, 'dispatcher', '530100')
    const view = (await dispatcher.get(`/api/cases/${b.id}`)).json()
    t.equal(view.possibleDuplicateOf.caseNumber, a.caseNumber)
    // the same person about something else, and another person with the same text, are not repeats
    const other = (await submit({ ...form, title: '路灯不亮', content: '盘龙区北京路口的路灯已经坏了半个月，晚上行人过马路很危险，请尽快维修。' })).json()
    t.equal(other.possibleDuplicateOf, null)
    const neighbour = (await submit({ ...form, complainant: { anonymous: false, name: '赵六', phone: '139 8765 4321', email: 'zhaoliu@example.com' } })).json()
    t.equal(neighbour.possibleDuplicateOf, null)
    // found by the e-mail address alone when the phone number differs
    const byMail = (await submit({ ...form, complainant: { ...form.complainant, phone: '137 0000 1111' } })).json()
    t.ok([a.id, b.id].includes(byMail.possibleDuplicateOf), `flagged as a repeat of this person's earlier form about the same thing (${byMail.possibleDuplicateOf})`)
  })

  t.test('two forms from one person sent at the same moment: the later is flagged as a repeat of the earlier', async (t) => {
    // a new person, so only these two can match; sent together they are stored together, in one transaction
    const person = { anonymous: false, name: '钱七', phone: '135 2468 1357', email: 'qianqi@example.com' }
    const text = '五华区龙翔街道菜市场门口每天早上占道经营，车辆无法通行，请城管部门处理。'
    const [first, second] = (await Promise.all([
      submit({ ...form, title: '占道经营', content: text, complainant: person }),
      submit({ ...form, title: '占道经营（补充）', content: text + '已经持续一个月。', complainant: person }),
    ])).map((r) => r.json()).sort((x, y) => x.id - y.id)
    t.equal(first.possibleDuplicateOf, null)
    t.equal(second.possibleDuplicateOf, first.id, 'found although the earlier one was not yet committed')
  })

  t.test('tracking: the public timeline, wrong PINs, material, rating', async (t) => {
    const created = (await submit(form)).json()
    const track = (pin: string, url = `/api/track/${created.trackingCode}`) => app.inject({ method: 'GET', url, headers: { 'x-tracking-pin': pin }, remoteAddress: nextIp() })
    const view = await track(created.pin)
    t.equal(view.statusCode, 200)
    t.equal(view.headers['cache-control'], 'no-store')
    t.equal(view.json().stateLabel, '待受理')
    t.equal(view.json().steps[0].title, '诉求已收到')
    t.notMatch(view.body, /王五|1381234|wangwu/, 'no personal data in the public view')
    t.equal((await app.inject({ url: `/api/track/${created.trackingCode}`, remoteAddress: nextIp() })).json().error.code, 'pin_required')

    // walk the case to evaluation
    const dispatcher = await signIn(app, 'dispatcher', '530100')
    const county = await signIn(app, 'supervisor', '530103')
    const township = await signIn(app, 'officer', '530103001')
    const townshipUnit = await unitOf(db, '530103001')
    const countyUnit = await unitOf(db, '530103')
    const ok = async (s: typeof dispatcher, body: Record<string, unknown>) => t.equal((await sendEvent(s, created.id, body)).statusCode, 200, String(body.type))
    await ok(dispatcher, { type: 'REGISTER', category: 'urban_management' })
    await ok(dispatcher, { type: 'DISPATCH', chain: [countyUnit.id, townshipUnit.id] })
    await ok(township, { type: 'SIGN' })
    await ok(township, { type: 'SUBMIT_REPLY', text: '已责令工地停止夜间施工，并安排城管夜间巡查。', resolved: true })
    const midway = (await track(created.pin)).json()
    t.equal(midway.handling.unit, '拓东街道群众诉求中心')
    t.notMatch(JSON.stringify(midway), /责令工地/, 'the reply is not public before it is approved and sent')

    const material = await app.inject({ method: 'POST', url: `/api/track/${created.trackingCode}/messages`, headers: { 'x-tracking-pin': created.pin }, payload: { text: '补充：施工方是某建筑公司，已拍照留存。' }, remoteAddress: nextIp() })
    t.equal(material.statusCode, 201)
    const [{ n }] = await sql`select count(*)::int as n from case_messages where case_id = ${created.id}`
    t.equal(n, 1)

    await ok(county, { type: 'APPROVE_REPLY' })
    await ok(dispatcher, { type: 'APPROVE_REPLY' })
    await ok(dispatcher, { type: 'SEND_FEEDBACK', text: '经核查，已责令工地停止夜间施工。', channel: 'email' })
    const result = (await track(created.pin)).json()
    t.equal(result.canEvaluate, true)
    t.match(result.result.text, /停止夜间施工/)

    const rate = await app.inject({ method: 'POST', url: `/api/track/${created.trackingCode}/evaluation`, headers: { 'x-tracking-pin': created.pin }, payload: { rating: 'satisfied', comment: '处理及时' }, remoteAddress: nextIp() })
    t.equal(rate.statusCode, 200)
    t.equal(rate.json().state, 'closed')
    t.equal(rate.json().stateLabel, '已办结')
    const again = await app.inject({ method: 'POST', url: `/api/track/${created.trackingCode}/evaluation`, headers: { 'x-tracking-pin': created.pin }, payload: { rating: 'basic' }, remoteAddress: nextIp() })
    t.equal(again.statusCode, 409)
    t.equal(again.json().error.code, 'not_awaiting_evaluation')
    const closedMaterial = await app.inject({ method: 'POST', url: `/api/track/${created.trackingCode}/messages`, headers: { 'x-tracking-pin': created.pin }, payload: { text: '再补充一点' }, remoteAddress: nextIp() })
    t.equal(closedMaterial.statusCode, 409)
  })

  t.test('five wrong PINs lock the code for 15 minutes', async (t) => {
    const created = (await submit(form)).json()
    const wrong = created.pin === '000000' ? '111111' : '000000'
    const codes: string[] = []
    for (let i = 0; i < 5; i++) {
      codes.push((await app.inject({ url: `/api/track/${created.trackingCode}`, headers: { 'x-tracking-pin': wrong }, remoteAddress: nextIp() })).json().error.code)
    }
    t.same(codes, ['bad_pin', 'bad_pin', 'bad_pin', 'bad_pin', 'tracking_locked'])
    const right = await app.inject({ url: `/api/track/${created.trackingCode}`, headers: { 'x-tracking-pin': created.pin }, remoteAddress: nextIp() })
    t.equal(right.statusCode, 423, 'even the right PIN waits out the lock')
    await sql`update complaints set pin_locked_until = now() - interval '1 minute' where id = ${created.id}`
    const later = await app.inject({ url: `/api/track/${created.trackingCode}`, headers: { 'x-tracking-pin': created.pin }, remoteAddress: nextIp() })
    t.equal(later.statusCode, 200, 'after the lock the right PIN works')
    const unknown = await app.inject({ url: '/api/track/ABCDEFGHJK', headers: { 'x-tracking-pin': '123456' }, remoteAddress: nextIp() })
    t.equal(unknown.statusCode, 401, 'an unknown code looks like a wrong PIN')
  })
})

t.test('multipart submissions carry photos, checked by content', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const sharp = (await import('sharp')).default
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c00' } }).png().toBuffer()
  const data = JSON.stringify({ type: 'complaint', content: '路边井盖破损，已拍照，请尽快修复。', address: '昆明市五华区华山街道', complainant: { anonymous: true } })
  const multipart = (files: { name: string; type: string; content: Buffer }[], json = data) => {
    const boundary = '----suqiu' + Math.random().toString(16).slice(2)
    const parts: Buffer[] = [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${json}\r\n`)]
    for (const f of files) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`), f.content, Buffer.from('\r\n'))
    parts.push(Buffer.from(`--${boundary}--\r\n`))
    return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
  }
  const ok = await app.inject({ method: 'POST', url: '/api/complaints', remoteAddress: '10.77.0.1', ...multipart([{ name: '井盖.png', type: 'image/png', content: png }]) })
  t.equal(ok.statusCode, 201)
  const files = await sql`select mime, size, filename from attachments where complaint_id = ${ok.json().id}`
  t.same(files.map((f) => f.mime), ['image/png'])
  const fake = await app.inject({ method: 'POST', url: '/api/complaints', remoteAddress: '10.77.0.2', ...multipart([{ name: 'photo.png', type: 'image/png', content: Buffer.from('<html><script>alert(1)</script></html>') }]) })
  t.equal(fake.statusCode, 415, 'an HTML file named .png is refused')
  t.equal(fake.json().error.code, 'unsupported_file_type')
  const [{ n }] = await sql`select count(*)::int as n from complaints`
  t.equal(n, 1, 'nothing stored for the refused upload')

  t.test('the complainant adds a photo to the open case through tracking', async (t) => {
    const created = ok.json()
    const material = (body: { payload: Buffer; headers: Record<string, string> }, pin = created.pin) =>
      app.inject({ method: 'POST', url: `/api/track/${created.trackingCode}/messages`, payload: body.payload, headers: { ...body.headers, 'x-tracking-pin': pin }, remoteAddress: '10.77.0.3' })
    const withText = (text: string, files: { name: string; type: string; content: Buffer }[]) => multipart(files, JSON.stringify({ text }))
    const before = await sql`select count(*)::int as n from attachments where complaint_id = ${created.id}`

    const wrongPin = await material(withText('又拍了一张', [{ name: '井盖2.png', type: 'image/png', content: png }]), created.pin === '000000' ? '111111' : '000000')
    t.equal(wrongPin.statusCode, 401, 'a wrong PIN stores nothing')

    const added = await material(withText('又拍了一张，井盖旁边还有积水。', [{ name: '井盖2.png', type: 'image/png', content: png }]))
    t.equal(added.statusCode, 201, added.body)
    // the case is anonymous: its files are kept under neutral names (src/privacy/anonymous.ts withNeutralNames)
    t.same(added.json().attachments.map((a: { filename: string; mime: string }) => [a.filename, a.mime]), [['文件1.png', 'image/png']])
    const rows = await sql`select kind, filename from attachments where complaint_id = ${created.id} order by id`
    t.equal(rows.length, before[0].n + 1, 'the photo is one more attachment of the case')
    t.same(rows.at(-1), { kind: 'material', filename: '文件1.png' })
    const [message] = await sql`select source, text from case_messages where case_id = ${created.id}`
    t.same(message, { source: 'tracking', text: '又拍了一张，井盖旁边还有积水。' })

    const photoOnly = await material(withText('', [{ name: '远景.png', type: 'image/png', content: png }]))
    t.equal(photoOnly.statusCode, 201, 'a photo alone is material too')
    const nothing = await material(withText(' ', []))
    t.equal(nothing.statusCode, 400, 'neither text nor file is refused')
    t.equal(nothing.json().error.fields[0].field, 'text')
    const html = await material(withText('看这个', [{ name: 'x.png', type: 'image/png', content: Buffer.from('<html></html>') }]))
    t.equal(html.statusCode, 415, 'files are checked by content here as well')
    const [{ messages }] = await sql`select count(*)::int as messages from case_messages where case_id = ${created.id}`
    t.equal(messages, 2, 'refused requests add nothing')
  })
})
