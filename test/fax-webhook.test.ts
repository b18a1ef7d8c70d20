import t from 'tap'
import sharp from 'sharp'
import type { FastifyInstance } from 'fastify'
import { signFaxBody, verifyFaxSignature } from '../channels/fax/verify.js'
import { cleanFaxNumber, faxNumberFrom, ingestFaxEmail, isFaxGatewaySender } from '../channels/fax/ingest.js'
import { signIn } from './helper.js'
import { FAX_SECRET, paperApp } from './fixtures/files/app.js'
import { faxTiff, minimalPdf, multipart } from './fixtures/files/make.js'
import { blobCount, storeCounts } from './support/store.js'



async function faxForm(faxId: string, file: { filename: string; content: Buffer }, extra: Record<string, string> = {}) {
  return multipart({ from: '0871-6312 3456', to: '+868716000000', pages: '3', faxId, ...extra }, [{ field: 'file', ...file, type: 'image/tiff' }])
}

const post = (app: FastifyInstance, body: Buffer, contentType: string, signature?: string) =>
  app.inject({ method: 'POST', url: '/channels/fax/inbound', payload: body, headers: { 'content-type': contentType, ...(signature ? { 'x-fax-signature': signature } : {}) } })

t.test('signature helpers', async (t) => {
  const body = Buffer.from('hello')
  const sig = signFaxBody('secret-secret-secret', body)
  t.match(sig, /^sha256=[0-9a-f]{64}$/)
  t.ok(verifyFaxSignature('secret-secret-secret', body, sig))
  t.ok(verifyFaxSignature('secret-secret-secret', body, sig.toUpperCase().replace('SHA256=', 'sha256=')), 'hex in either case')
  t.notOk(verifyFaxSignature('secret-secret-secret', Buffer.from('hellO'), sig))
  t.notOk(verifyFaxSignature('another-secret-123', body, sig))
  t.notOk(verifyFaxSignature('secret-secret-secret', body, undefined))
  t.notOk(verifyFaxSignature('secret-secret-secret', body, 'sha256=abc'))
  t.notOk(verifyFaxSignature('secret-secret-secret', body, [sig, sig]))
})

t.test('fax numbers in gateway mails', async (t) => {
  t.equal(faxNumberFrom('Facsimile received from 0871 6312 3456', ''), '+8687163123456')
  t.equal(faxNumberFrom('fax received', 'Sender: +86 871 6312 3456\nPages: 2'), '+8687163123456')
  t.equal(faxNumberFrom('传真', 'CallID1: 13812345678'), '+8613812345678')
  t.equal(faxNumberFrom('收到传真', '发送方：0871-63123456'), '+8687163123456')
  t.equal(faxNumberFrom('Facsimile received from 1 212 555 0100', ''), '12125550100', 'other numbers keep their digits')
  t.equal(faxNumberFrom('hello', 'no number here'), null)
  t.equal(cleanFaxNumber('123'), null)
  t.ok(isFaxGatewaySender({ FAX_GATEWAY_SENDERS: 'fax@hylafax.local, @fax.example.cn' }, 'FAX@hylafax.local'))
  t.ok(isFaxGatewaySender({ FAX_GATEWAY_SENDERS: 'fax@hylafax.local, @fax.example.cn' }, 'gw1@fax.example.cn'))
  t.notOk(isFaxGatewaySender({ FAX_GATEWAY_SENDERS: 'fax@hylafax.local' }, 'citizen@example.com'))
  t.notOk(isFaxGatewaySender({ FAX_GATEWAY_SENDERS: undefined }, 'fax@hylafax.local'))
})

t.test('a multi-page TIFF through the signed webhook', async (t) => {
  const { app, config } = await paperApp(t)
  const tiff = await faxTiff(3)
  t.equal((await sharp(tiff).metadata()).pages, 3, 'the test fax really has three pages')

  const { body, contentType } = await faxForm('hylafax-000123', { filename: 'fax000123.tif', content: tiff })
  const res = await post(app, body, contentType, signFaxBody(FAX_SECRET, body))
  t.equal(res.statusCode, 201, res.body)
  t.match(res.json(), { received: true, faxId: 'hylafax-000123', caseNumber: /^KM\d{14}$/ })
  const caseNumber = res.json().caseNumber

  const [c] = await app.sql`select k.id, k.channel, k.content, k.title, k.anonymous, k.extra, c.state from complaints k join cases c on c.id = k.id where k.case_number = ${caseNumber}`
  t.equal(c.channel, 'fax')
  t.equal(c.content, '传真件待转录')
  t.equal(c.title, '传真件（3页）待转录')
  t.equal(c.state, 'intake')
  t.match(c.extra, { awaitingTranscription: true, faxVia: 'webhook', faxId: 'hylafax-000123', pages: 3, faxFromMasked: '871****3456', faxTo: '+868716000000' })
  const [intake] = await app.sql`select raw from intakes where complaint_id = ${c.id}`
  t.notOk(JSON.stringify(intake.raw).includes('63123456'), 'the sender number is kept encrypted')
  const id = Number(c.id)

  t.test('the same fax again: the same case, nothing new', async (t) => {
    const before = await storeCounts(app)
    const again = await post(app, body, contentType, signFaxBody(FAX_SECRET, body))
    t.equal(again.statusCode, 200)
    t.equal(again.json().caseNumber, caseNumber)
    t.same(await storeCounts(app), before)
  })

  t.test('pages as PNG for staff who may see the case; the original kept', async (t) => {
    const dispatcher = await signIn(app, 'dispatcher', '530100')
    const list = await dispatcher.get(`/api/cases/${id}/attachments`)
    t.equal(list.statusCode, 200)
    const [doc] = list.json().items
    t.match(doc, { mime: 'image/tiff', kind: 'fax', filename: 'fax000123.tif', pages: 3 })
    t.same(doc.pageUrls, [1, 2, 3].map((n) => `/api/attachments/${doc.id}/pages/${n}.png`))
    const original = await dispatcher.get(doc.url)
    t.equal(original.headers['content-type'], 'image/tiff')
    t.ok(Buffer.compare(original.rawPayload, tiff) === 0, 'the original TIFF, byte for byte')
    const page2 = await dispatcher.get(doc.pageUrls[1])
    t.equal(page2.statusCode, 200)
    t.equal(page2.headers['content-type'], 'image/png')
    t.equal(page2.headers['x-content-type-options'], 'nosniff')
    t.match(page2.headers['content-disposition'], /filename\*=UTF-8''fax000123-%E7%AC%AC2%E9%A1%B5\.png/)
    const meta = await sharp(page2.rawPayload).metadata()
    t.match(meta, { format: 'png', width: 432, height: 560 })
    // the fixture's page i has a dark band at y = 40 + 30·i: page 1 is dark at y 50, page 2 at y 80
    const grey = async (n: number, y: number) => {
      const { data, info } = await sharp((await dispatcher.get(doc.pageUrls[n - 1])).rawPayload).greyscale().raw().toBuffer({ resolveWithObject: true })
      return data[y * info.width + 200]
    }
    t.ok((await grey(1, 50)) < 100 && (await grey(1, 80)) > 200, 'page 1 is the first page')
    t.ok((await grey(2, 50)) > 200 && (await grey(2, 80)) < 100, 'page 2 is the second page')
    t.equal((await dispatcher.get(`/api/attachments/${doc.id}/pages/4.png`)).statusCode, 404)
    t.equal((await dispatcher.get(`/api/attachments/${doc.id}/pages/0.png`)).statusCode, 400)
    const township = await signIn(app, 'officer', '530102001')
    t.equal((await township.get(doc.url)).statusCode, 404, 'the fax sits at the city centre: a township does not see it')
    t.equal((await township.get(doc.pageUrls[0])).statusCode, 404)
  })

  t.test('a clerk transcribes the fax; a dispatcher registers it', async (t) => {
    const clerk = await signIn(app, 'clerk', '530100')
    const dispatcher = await signIn(app, 'dispatcher', '530100')
    const transcription = {
      type: 'report', content: '反映华山街道某社区主任违规发放补贴，附有名单复印件。', address: '昆明市五华区华山街道翠湖西路社区',
      complainant: { anonymous: false, name: '钱七' }, useFaxNumberAsPhone: true,
    }
    const res = await clerk.post(`/api/cases/${id}/transcription`, transcription)
    t.equal(res.statusCode, 200, res.body)
    t.equal(res.json().content, transcription.content)
    t.equal(res.json().state, 'intake')
    t.match(res.json().complainant, { name: '钱*', phone: '871****3456' })
    t.equal(res.json().attachments.length, 1)
    const [k] = await app.sql`select type, anonymous, extra, division_code, phone_hash from complaints where id = ${id}`
    t.equal(k.type, 'report')
    t.equal(k.anonymous, false)
    t.equal(k.extra.awaitingTranscription, false)
    t.equal(k.division_code, '530102001001')
    t.ok(k.phone_hash)
    const again = await dispatcher.post(`/api/cases/${id}/transcription`, { ...transcription, register: { category: 'village_official_misconduct' } })
    t.equal(again.statusCode, 200, again.body)
    t.equal(again.json().state, 'triage')
    t.equal(again.json().division.code, '530102001001', 'REGISTER carried the place into the case')
    const late = await clerk.post(`/api/cases/${id}/transcription`, transcription)
    t.equal(late.statusCode, 409)
    t.equal(late.json().error.code, 'already_registered')
    const [audit] = await app.sql`select count(*)::int as n from audit_log where case_id = ${id} and action = 'case.transcribed'`
    t.equal(audit.n, 2)
  })

  t.equal(blobCount(config.dataDir), 1)
})

t.test('bad fax deliveries are refused and store nothing', async (t) => {
  const { app, config } = await paperApp(t)
  const tiff = await faxTiff(2)
  const { body, contentType } = await faxForm('fx-1', { filename: 'f.tif', content: tiff })

  const wrong = await post(app, body, contentType, signFaxBody('not-the-secret-0123456789', body))
  t.equal(wrong.statusCode, 401)
  t.equal(wrong.json().error.code, 'bad_signature')
  t.match(wrong.json().error.message, '签名')
  const missing = await post(app, body, contentType)
  t.equal(missing.statusCode, 401)
  t.equal(missing.json().error.code, 'bad_signature')
  const tampered = Buffer.from(body)
  tampered[tampered.length - 200] ^= 0xff
  t.equal((await post(app, tampered, contentType, signFaxBody(FAX_SECRET, body))).statusCode, 401, 'a body changed after signing')
  const malformed = await post(app, body, contentType, 'sha1=' + 'a'.repeat(40))
  t.equal(malformed.statusCode, 401)

  const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>')
  const renamed = await faxForm('fx-2', { filename: 'fax.pdf', content: html })
  const r415 = await post(app, renamed.body, renamed.contentType, signFaxBody(FAX_SECRET, renamed.body))
  t.equal(r415.statusCode, 415)
  t.equal(r415.json().error.code, 'unsupported_file_type')

  const png = await faxForm('fx-3', { filename: 'fax.tif', content: await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).png().toBuffer() })
  const notFax = await post(app, png.body, png.contentType, signFaxBody(FAX_SECRET, png.body))
  t.equal(notFax.statusCode, 415, 'a fax is a TIFF or a PDF')

  const big = Buffer.alloc(50 * 1024 * 1024, 0)
  tiff.copy(big) // a TIFF header, then 50 MB
  const huge = await faxForm('fx-4', { filename: 'huge.tif', content: big })
  const r413 = await post(app, huge.body, huge.contentType, signFaxBody(FAX_SECRET, huge.body))
  t.equal(r413.statusCode, 413)
  t.equal(r413.json().error.code, 'file_too_large')
  t.match(r413.json().error.message, '40 MB')

  const noId = await multipart({ from: '1' }, [{ field: 'file', filename: 'a.tif', content: tiff }])
  const r400 = await post(app, noId.body, noId.contentType, signFaxBody(FAX_SECRET, noId.body))
  t.equal(r400.statusCode, 400)
  t.equal(r400.json().error.fields[0].field, 'faxId')

  t.same(await storeCounts(app), { intakes: 0, complaints: 0, attachments: 0 })
  t.equal(blobCount(config.dataDir), 0)
})

t.test('without FAX_WEBHOOK_SECRET the webhook is off', async (t) => {
  const { app } = await paperApp(t, { FAX_WEBHOOK_SECRET: undefined })
  const { body, contentType } = await faxForm('fx-1', { filename: 'f.tif', content: await faxTiff(1) })
  const res = await post(app, body, contentType, signFaxBody(FAX_SECRET, body))
  t.equal(res.statusCode, 503)
  t.equal(res.json().error.code, 'fax_webhook_disabled')
})

t.test('fax-to-e-mail: what the mailbox processor hands to ingestFaxEmail', async (t) => {
  const { app } = await paperApp(t, { FAX_GATEWAY_SENDERS: 'faxmaster@hylafax.local' })
  const pdf = minimalPdf('fax page')
  const mail = {
    messageId: '<fax.20260301.0001@hylafax.local>', from: { address: 'FaxMaster@hylafax.local' },
    subject: 'Facsimile received from 0871 6312 3456', text: 'Pages: 1\nQuality: Fine\n', date: new Date(Date.now() - 60_000),
    attachments: [{ filename: 'notes.txt', contentType: 'text/plain', content: Buffer.from('hello') }, { filename: 'fax.pdf', contentType: 'application/octet-stream', content: pdf }],
    inboundEmailId: 7,
  }
  const first = await ingestFaxEmail(app, mail)
  t.equal(first.created.created, true)
  t.equal(first.attachments.length, 1)
  t.equal(first.attachments[0].mime, 'application/pdf')
  t.equal(first.attachments[0].kind, 'fax')
  const [k] = await app.sql`select channel, content, extra, received_at from complaints where id = ${first.created.id}`
  t.match(k, { channel: 'fax', content: '传真件待转录' })
  t.match(k.extra, { faxVia: 'email', pages: 1, faxFromMasked: '871****3456' })
  const [intake] = await app.sql`select external_id, raw from intakes where complaint_id = ${first.created.id}`
  t.equal(intake.external_id, 'email:<fax.20260301.0001@hylafax.local>')
  t.equal(intake.raw.inboundEmailId, 7)

  const second = await ingestFaxEmail(app, mail)
  t.equal(second.created.created, false, 'idempotent on the Message-ID')
  t.equal(second.created.id, first.created.id)
  const [n] = await app.sql`select count(*)::int as n from attachments`
  t.equal(n.n, 1)

  await t.rejects(ingestFaxEmail(app, { ...mail, messageId: '<x@y>', from: { address: 'citizen@example.com' } }), { code: 'not_fax_gateway' })
  await t.rejects(ingestFaxEmail(app, { ...mail, messageId: '<z@y>', attachments: [mail.attachments[0]] }), { code: 'fax_without_document', statusCode: 422 })
})
