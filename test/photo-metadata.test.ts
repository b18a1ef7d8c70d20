// A phone photo carries EXIF: the GPS point where it was taken (often the reporter's home), the phone's make and
// model, the owner's name. A photo sent with an anonymous web report, or added later through the portal with
// code + PIN, or attached to an anonymous e-mail report, is stored without any of it, upright; the anonymous mail is
// kept with its text but without the photos as sent (issue 16: anonymous means nothing about the person is kept).
import t, { type Test } from 'tap'
import { readFile } from 'node:fs/promises'
import sharp from 'sharp'
import nodemailer from 'nodemailer'
import { simpleParser } from 'mailparser'
import { buildTestApp, signIn } from './helper.js'
import { deliverMail } from './fixtures/mail/deliver.js'

/** A 40 × 20 JPEG taken "on its side" (EXIF orientation 6), with a GPS point, a make and an artist. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: '#c33' } }).jpeg()
    .withExif({
      IFD0: { Make: 'PlantedPhone', Model: 'X9-7781', Artist: 'Ouyang Nana' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '25/1 2/1 43/1', GPSLongitudeRef: 'E', GPSLongitude: '102/1 42/1 15/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

/** The GPS IFD pointer (tag 0x8825) in an EXIF block, either byte order. */
const hasGps = (exif: Buffer | undefined) => !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])))

function multipart(json: string, files: { name: string; type: string; content: Buffer }[]) {
  const boundary = '----suqiu' + Math.random().toString(16).slice(2)
  const parts: Buffer[] = [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${json}\r\n`)]
  for (const f of files) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`), f.content, Buffer.from('\r\n'))
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

t.test('photos of an anonymous report are stored without EXIF or GPS, upright', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const photo = await phonePhoto()
  const original = await sharp(photo).metadata()
  t.ok(hasGps(original.exif), 'the photo as taken carries a GPS point')
  t.ok(original.exif!.includes('PlantedPhone'), '… and the phone\'s make')

  const stored = async (complaintId: number) => {
    const rows = await sql`select id, sha256, size from attachments where complaint_id = ${complaintId} order by id`
    return Promise.all(rows.map(async (r) => {
      const bytes = await readFile(app.attachments.pathOf(r.sha256))
      return { bytes, meta: await sharp(bytes).metadata(), size: Number(r.size) }
    }))
  }
  const check = (t: Test, files: Awaited<ReturnType<typeof stored>>) => {
    t.equal(files.length, 1)
    const [f] = files
    t.notOk(hasGps(f.meta.exif), 'the stored photo has no GPS point')
    t.equal(f.meta.exif, undefined, 'no EXIF at all')
    t.equal(f.meta.xmp, undefined, 'no XMP')
    t.notOk(f.bytes.includes('PlantedPhone') || f.bytes.includes('Ouyang Nana'), 'neither make nor artist in the bytes')
    t.same([f.meta.format, f.meta.width, f.meta.height, f.meta.orientation], ['jpeg', 20, 40, undefined], 'a JPEG still, turned upright')
    t.equal(f.size, f.bytes.length, 'the row\'s size is the stored file\'s')
  }

  const report = JSON.stringify({ type: 'report', content: '某局干部违规占用公车，照片为证。', complainant: { anonymous: true } })
  const res = await app.inject({ method: 'POST', url: '/api/complaints', remoteAddress: '10.77.1.1', ...multipart(report, [{ name: 'IMG_0001.jpg', type: 'image/jpeg', content: photo }]) })
  t.equal(res.statusCode, 201, res.body)
  check(t, await stored(res.json().id))

  t.test('an anonymous report keeps no file name the sender gave (it can name them)', async (t) => {
    const named = await app.inject({ method: 'POST', url: '/api/complaints', remoteAddress: '10.77.1.3', ...multipart(report, [{ name: '欧阳娜娜拍的公车.jpg', type: 'image/jpeg', content: photo }]) })
    t.equal(named.statusCode, 201, named.body)
    const [row] = await sql`select a.filename, i.raw::text as raw from attachments a join intakes i on i.complaint_id = a.complaint_id where a.complaint_id = ${named.json().id}`
    t.notMatch(row.filename, '欧阳娜娜', 'the stored name is neutral')
    t.match(row.filename, /\.jpg$/, 'with the type\'s extension')
    t.notMatch(row.raw, '欧阳娜娜', 'nor in the raw intake')
  })

  t.test('a photo added through the portal (code + PIN) too', async (t) => {
    const created = res.json()
    const added = await app.inject({
      method: 'POST', url: `/api/track/${created.trackingCode}/messages`, remoteAddress: '10.77.1.2',
      ...(({ payload, headers }) => ({ payload, headers: { ...headers, 'x-tracking-pin': created.pin } }))(multipart(JSON.stringify({ text: '又拍到一次。' }), [{ name: 'IMG_0002.jpg', type: 'image/jpeg', content: photo }])),
    })
    t.equal(added.statusCode, 201, added.body)
    const [m] = await sql`select attachment_ids from case_messages where case_id = ${created.id}`
    const [row] = await sql`select sha256, size from attachments where id = ${m.attachment_ids[0]}`
    const bytes = await readFile(app.attachments.pathOf(row.sha256))
    const meta = await sharp(bytes).metadata()
    t.notOk(hasGps(meta.exif), 'no GPS point')
    t.equal(meta.exif, undefined, 'no EXIF')
    t.same([meta.width, meta.height], [20, 40], 'upright')
    const [named] = await sql`select filename from attachments where id = ${m.attachment_ids[0]}`
    t.notMatch(named.filename, 'IMG_0002', 'the anonymous case keeps no file name the sender gave')
  })
})

t.test('an anonymous e-mail report keeps its photos without EXIF, and its kept mail without the photos as sent', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const photo = await phonePhoto()
  const sent = photo.toString('base64').slice(0, 72) // the first base64 line of the photo as a mail client writes it
  // as a phone's mail app sends it: the photo attached, and the same kind of photo shown inline in the HTML body
  const compose = (subject: string, messageId: string) => nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail({
    from: 'Ouyang Nana <ouyang.nana.7781@example.org>', to: 'complaints@km.gov.cn', subject, messageId,
    text: '某局干部违规占用公车，照片为证。', html: '<p>某局干部违规占用公车，照片为证。</p><img src="cid:photo-1@phone">',
    attachments: [
      { filename: 'IMG_0001.jpg', contentType: 'image/jpeg', content: photo },
      { filename: 'IMG_0002.jpg', contentType: 'image/jpeg', content: photo, cid: 'photo-1@phone' },
      // a file the store refuses (a Word document), under a name that names its author
      { filename: '欧阳娜娜的说明.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: Buffer.from('PK\u0003\u0004 not really a document') },
    ],
  }).then((info) => info.message as Buffer)
  const noPhotoIn = async (t: Test, raw: Buffer, what: string) => {
    t.notOk(raw.includes(sent), `${what}: the photo's bytes as sent are not there`)
    t.notOk(raw.includes(Buffer.from('PK\u0003\u0004 not really').toString('base64').slice(0, 20)), `${what}: nor the document's`)
    const kept = await simpleParser(raw)
    t.match(kept.text, '某局干部违规占用公车', `${what}: its text is`)
    t.match(`${kept.text}${kept.html}`, '匿名举报的原始邮件不保留附件原件', `${what}: a note stands where each file was`)
    for (const a of kept.attachments) {
      t.notOk(a.content.equals(photo), `${what}: ${a.filename ?? a.contentType} is not the photo as sent`)
      t.notOk(a.content.includes('PlantedPhone') || a.content.includes(Buffer.from([0x88, 0x25])) || a.content.includes(Buffer.from([0x25, 0x88])), `${what}: no EXIF/GPS in ${a.filename ?? a.contentType}`)
    }
  }

  const mail = await deliverMail(app, await compose('匿名举报：某局干部违规占用公车', '<anon-photo-1@example.org>'))
  t.equal(mail.outcome, 'complaint')
  const rows = await sql`select sha256, size, filename from attachments where complaint_id = ${mail.caseId} order by id`
  t.equal(rows.length, 2, 'both photos are kept')
  t.same(rows.map((r) => r.filename), ['文件1.jpg', '文件2.jpg'], 'under neutral names')
  const view = (await dispatcher.get(`/api/cases/${mail.caseId}`)).json()
  t.equal(view.extra.refusedFiles?.length, 1, 'the refused document is named to staff')
  t.notMatch(JSON.stringify(view), '欧阳娜娜', '… not by the name its sender gave it')
  for (const r of rows) {
    const bytes = await readFile(app.attachments.pathOf(r.sha256))
    const meta = await sharp(bytes).metadata()
    t.notOk(hasGps(meta.exif), 'the stored photo has no GPS point')
    t.equal(meta.exif, undefined, 'no EXIF at all')
    t.notOk(bytes.includes('PlantedPhone') || bytes.includes('Ouyang Nana'), 'neither make nor artist in the bytes')
    t.same([meta.width, meta.height], [20, 40], 'upright')
  }
  const [kept] = await sql`select raw from inbound_emails where id = ${mail.id}`
  await noPhotoIn(t, kept.raw, 'the kept mail')
  const opened = await dispatcher.get(`/api/cases/${mail.caseId}/mails/${mail.id}`)
  t.equal(opened.statusCode, 200, 'staff open the kept mail')
  await noPhotoIn(t, opened.rawPayload, 'the mail staff open')

  t.test('a reply to the anonymous receipt is kept as the report was', async (t) => {
    const [receipt] = await sql`select message_id from outbound_messages where case_id = ${mail.caseId} and kind = 'receipt'`
    t.ok(receipt?.message_id, 'the receipt went out with a Message-ID')
    const raw = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail({
      from: 'Ouyang Nana <ouyang.nana.7781@example.org>', to: 'complaints@km.gov.cn', subject: 'Re: 您的诉求已收到',
      inReplyTo: receipt.message_id, references: [receipt.message_id], messageId: '<anon-reply-1@example.org>',
      text: '补充：那辆公车的车牌是云A12345。', attachments: [{ filename: 'IMG_0003.jpg', contentType: 'image/jpeg', content: photo }],
    }).then((info) => info.message as Buffer)
    const reply = await deliverMail(app, raw)
    t.equal(reply.outcome, 'material', 'the reply joins the report as added material')
    t.equal(reply.caseId, mail.caseId)
    const [row] = await sql`select raw, message_id from inbound_emails where id = ${reply.id}`
    t.notOk(Buffer.from(row.raw).includes('ouyang.nana') || Buffer.from(row.raw).includes('Ouyang Nana'), 'the kept reply names no sender')
    t.notOk(Buffer.from(row.raw).includes(sent), 'nor the photo as sent')
    t.match((await simpleParser(Buffer.from(row.raw))).text, '云A12345', 'its text is kept')
    t.not(row.message_id, '<anon-reply-1@example.org>', 'its Message-ID kept only as a keyed hash')
    const files = await sql`select filename, sha256 from attachments where complaint_id = ${mail.caseId} order by id`
    t.equal(files.length, 3, 'the added photo is kept')
    t.match(files[2].filename, /^文件\d+\.jpg$/, 'under a neutral name')
    const meta = await sharp(await readFile(app.attachments.pathOf(files[2].sha256))).metadata()
    t.equal(meta.exif, undefined, 'without EXIF')
  })

  t.test('a named sender\'s mail is kept as it came', async (t) => {
    const raw = await compose('关于某局干部违规占用公车的投诉', '<named-photo-1@example.org>')
    const named = await deliverMail(app, raw)
    t.equal(named.outcome, 'complaint')
    const [row] = await sql`select raw from inbound_emails where id = ${named.id}`
    t.ok(Buffer.from(row.raw).equals(raw), 'byte for byte')
  })
})
