import t from 'tap'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { signIn, type Session } from './helper.js'
import { paperApp } from './fixtures/files/app.js'
import { minimalPdf, multipart, scanPng } from './fixtures/files/make.js'
import { blobs } from './support/store.js'

const letter = (over: Record<string, unknown> = {}) => ({
  type: 'complaint', content: '华山街道某社区违规收取停车管理费，多次反映未果，请求核查。', address: '昆明市五华区华山街道翠湖西路社区',
  complainant: { anonymous: false, name: '王五', phone: '13712345678' },
  letterNumber: 'XF2026-0001', postmarkDate: '2026-01-05', receivedDate: '2026-01-07', senderAddress: '云南省昆明市五华区翠湖南路12号3单元501室',
  ...over,
})

async function postLetter(s: Session, data: Record<string, unknown>, files: { filename: string; content: Buffer }[]) {
  const { body, contentType } = await multipart({ data: JSON.stringify(data) }, files.map((f) => ({ ...f, field: 'pages' })))
  return s.inject({ method: 'POST', url: '/api/intake/letter', payload: body, headers: { 'content-type': contentType } })
}


t.test('a letter with two scanned pages, a duplicate, a reply letter and its posting', async (t) => {
  const { app, sql, config } = await paperApp(t)
  const clerk = await signIn(app, 'clerk', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const png = await scanPng(1)
  const pdf = minimalPdf('page two')

  const res = await postLetter(clerk, letter(), [{ filename: '第1页.png', content: png }, { filename: 'page2.pdf', content: pdf }])
  t.equal(res.statusCode, 201, res.body)
  const created = res.json()
  t.match(created, { caseNumber: /^KM\d{14}$/, trackingCode: /^[A-Z2-9]{10}$/, pin: /^\d{6}$/, state: 'intake', letterNumber: 'XF2026-0001' })
  t.same(created.attachments.map((a: { mime: string }) => a.mime), ['image/png', 'application/pdf'])
  t.same(created.attachments.map((a: { filename: string }) => a.filename), ['第1页.png', 'page2.pdf'])
  t.equal(blobs(config.dataDir).length, 2, 'two blobs on disk')

  const [c] = await sql`select channel, extra, preferred_channel, received_at, identity_masked from complaints where id = ${created.id}`
  t.equal(c.channel, 'letter')
  t.match(c.extra, { letterNumber: 'XF2026-0001', postmarkDate: '2026-01-05', receivedDate: '2026-01-07' })
  t.equal(c.preferred_channel, 'letter')
  t.equal(new Date(c.received_at).toISOString(), '2026-01-06T16:00:00.000Z', 'the clock runs from the day the letter arrived')
  t.equal(c.identity_masked.address, '云南省昆明市****', 'the sender address is the complainant address, masked in lists')
  const [intake] = await sql`select raw from intakes where complaint_id = ${created.id}`
  t.notOk(JSON.stringify(intake.raw).includes('王五'), 'the raw form is kept encrypted')
  t.notOk(JSON.stringify(intake.raw).includes('翠湖南路'), 'the raw form is kept encrypted')
  const rows = await sql`select kind, complaint_id, intake_id from attachments where complaint_id = ${created.id} order by id`
  t.same(rows.map((r) => r.kind), ['scan', 'scan'])
  t.ok(rows.every((r) => r.intake_id !== null), 'attachments point at the intake too')

  // the scans are served to staff who may see the case
  const scan = await dispatcher.get(created.attachments[0].url)
  t.equal(scan.statusCode, 200)
  t.equal(scan.headers['content-type'], 'image/png')
  t.equal(scan.headers['x-content-type-options'], 'nosniff')
  t.match(scan.headers['content-disposition'], /^inline; filename="_1_.png"; filename\*=UTF-8''%E7%AC%AC1%E9%A1%B5\.png$/)
  t.ok(Buffer.compare(scan.rawPayload, png) === 0, 'the bytes as uploaded')

  t.test('the same letter number again: 409 and nothing stored', async (t) => {
    const before = await sql`select (select count(*) from intakes)::int as i, (select count(*) from complaints)::int as c, (select count(*) from attachments)::int as a`
    const other = await scanPng(7)
    const dup = await postLetter(clerk, letter({ letterNumber: ' xf2026-0001 ', content: '同一封信再次登记，应当被拒绝并且不保存任何内容。' }), [{ filename: 'again.png', content: other }])
    t.equal(dup.statusCode, 409)
    t.equal(dup.json().error.code, 'duplicate_letter_number')
    t.match(dup.json().error.message, /已登记/)
    const after = await sql`select (select count(*) from intakes)::int as i, (select count(*) from complaints)::int as c, (select count(*) from attachments)::int as a`
    t.same(after, before)
    t.equal(blobs(config.dataDir).length, 2, 'no new blob')
  })

  t.test('a clerk cannot print a reply before there is a result', async (t) => {
    const early = await clerk.get(`/api/cases/${created.id}/reply-letter`)
    t.equal(early.statusCode, 409)
    t.equal(early.json().error.code, 'no_result_yet')
  })

  t.test('reply letter and posting', async (t) => {
    let r = await dispatcher.post(`/api/cases/${created.id}/events`, { type: 'REGISTER', category: 'housing_property' })
    t.equal(r.statusCode, 200, r.body)
    r = await dispatcher.post(`/api/cases/${created.id}/events`, { type: 'ANSWER', text: '经核查，该社区停车管理费已按物价部门批复标准收取。\n\n多收部分已于本月退还。' })
    t.equal(r.statusCode, 200, r.body)
    t.equal(r.json().state, 'feedback')

    const page = await clerk.get(`/api/cases/${created.id}/reply-letter`)
    t.equal(page.statusCode, 200, page.body.slice(0, 300))
    t.match(page.headers['content-type'], /^text\/html; charset=utf-8/)
    t.equal(page.headers['cache-control'], 'no-store')
    t.match(page.headers['content-security-policy'], /default-src 'none'/)
    const html = page.body
    t.match(html, '昆明市群众诉求中心')
    t.match(html, created.caseNumber)
    t.match(html, '多收部分已于本月退还')
    t.match(html, '云南省昆明市五华区翠湖南路12号3单元501室', 'the address block is decrypted')
    t.match(html, '王五')
    t.match(html, '来信编号：XF2026-0001')
    t.match(html, '@page')
    t.notMatch(html, /<script/i)
    const [audit] = await sql`select action, actor_user_id, detail from audit_log where case_id = ${created.id} and action = 'identity.reveal' order by id desc limit 1`
    t.equal(Number(audit.actor_user_id), clerk.user.id, 'the reveal is audited')
    t.same(audit.detail.fields, ['name', 'address'])
    t.equal(audit.detail.reason, 'reply_letter')

    const bad = await clerk.post(`/api/cases/${created.id}/letter-posting`, { registeredMailNumber: 'XA123456789CN', postedAt: '2999-01-01' })
    t.equal(bad.statusCode, 400)
    const posted = await clerk.post(`/api/cases/${created.id}/letter-posting`, { registeredMailNumber: 'xa123456789cn', postedAt: '2026-01-20' })
    t.equal(posted.statusCode, 200, posted.body)
    t.equal(posted.json().state, 'evaluation')
    t.match(posted.json().feedback, { channel: 'letter', text: /多收部分/ })
    const [event] = await sql`select type, payload from case_events where case_id = ${created.id} order by version desc limit 1`
    t.equal(event.type, 'SEND_FEEDBACK')
    t.same(event.payload.posting, { registeredMailNumber: 'XA123456789CN', postedAt: '2026-01-19T16:00:00.000Z' })
    const twice = await clerk.post(`/api/cases/${created.id}/letter-posting`, { registeredMailNumber: 'XA123456789CN', postedAt: '2026-01-20' })
    t.equal(twice.statusCode, 409, 'posting is recorded once')

    const reprint = await clerk.get(`/api/cases/${created.id}/reply-letter`)
    t.equal(reprint.statusCode, 200, 'a reprint after posting shows the feedback sent')
  })
})

t.test('register at once, anonymous letters, bad input', async (t) => {
  const { app, sql, config } = await paperApp(t)
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const clerk = await signIn(app, 'clerk', '530100')
  const officer = await signIn(app, 'officer', '530102')

  const reg = await postLetter(dispatcher, letter({ letterNumber: 'XF-2', register: { category: 'village_affairs' } }), [{ filename: 'a.png', content: await scanPng(2) }])
  t.equal(reg.statusCode, 201, reg.body)
  t.equal(reg.json().state, 'triage', 'registered in the same transaction')
  const [ev] = await sql`select count(*)::int as n from case_events where case_id = ${reg.json().id} and type = 'REGISTER'`
  t.equal(ev.n, 1)

  const json = await clerk.post('/api/intake/letter', letter({ letterNumber: 'XF-3' }))
  t.equal(json.statusCode, 201, 'JSON without scans is accepted too')

  const badCat = await postLetter(dispatcher, letter({ letterNumber: 'XF-4', register: { category: 'no_such_category' } }), [{ filename: 'b.png', content: await scanPng(3) }])
  t.equal(badCat.statusCode, 400, 'a failed REGISTER rolls the whole letter back')
  const [none] = await sql`select count(*)::int as n from intakes where channel = 'letter' and external_id like 'letter:XF-4#%'`
  t.equal(none.n, 0)
  const [orphans] = await sql`select count(*)::int as n from attachments`
  const onDisk = readdirSync(path.join(config.dataDir, 'files'), { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && /^[0-9a-f]{64}$/.test(d.name)).length
  t.equal(onDisk, orphans.n, 'the blob of the rolled-back letter was removed')

  const anon = await clerk.post('/api/intake/letter', letter({ letterNumber: 'XF-5', complainant: { anonymous: true } }))
  t.equal(anon.statusCode, 400)
  t.equal(anon.json().error.fields[0].field, 'senderAddress')
  const anon2 = await clerk.post('/api/intake/letter', letter({ letterNumber: 'XF-5', complainant: { anonymous: true }, senderAddress: undefined }))
  t.equal(anon2.statusCode, 201)

  const future = await clerk.post('/api/intake/letter', letter({ letterNumber: 'XF-6', receivedDate: '2999-01-01' }))
  t.equal(future.statusCode, 400)
  t.equal(future.json().error.fields[0].field, 'receivedDate')
  const order = await clerk.post('/api/intake/letter', letter({ letterNumber: 'XF-6', postmarkDate: '2026-01-08' }))
  t.equal(order.statusCode, 400)
  t.equal(order.json().error.fields[0].field, 'postmarkDate')
  const missing = await clerk.post('/api/intake/letter', letter({ letterNumber: undefined }))
  t.equal(missing.statusCode, 400)
  t.equal(missing.json().error.fields[0].field, 'letterNumber')
  const { body, contentType } = await multipart({ data: '{not json' })
  const notJson = await clerk.inject({ method: 'POST', url: '/api/intake/letter', payload: body, headers: { 'content-type': contentType } })
  t.equal(notJson.statusCode, 400)
  t.equal(notJson.json().error.fields[0].field, 'data')

  const forbidden = await officer.post('/api/intake/letter', letter({ letterNumber: 'XF-7' }))
  t.equal(forbidden.statusCode, 403, 'only reception staff register letters')

  const anonPrint = await dispatcher.get(`/api/cases/${anon2.json().id}/reply-letter`)
  t.equal(anonPrint.statusCode, 409)
})
