// #19: the kinds of files citizens send. The mail that showed attachments dropped — a 21.5 MB PDF, a Word document, an iPhone photo (HEIC) and a phone
// video — now keeps all of them (the photo as JPEG without its EXIF); what is still refused (a program) is named to staff
// and to the sender; the web form's iPhone photo is stored as JPEG too. The files are genuine (test/support/real-files.ts).
import t from 'tap'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import sharp from 'sharp'
import MailComposer from 'nodemailer/lib/mail-composer'
import { buildTestApp, signIn } from './helper.js'
import { deliverMail } from './fixtures/mail/deliver.js'
import { runNotify } from './support/jobs.js'
import { excelWorkbook, iphoneHeic, mp4Video, pdfOfSize, wordDocument } from './support/real-files.js'
import { detectFileType } from '../src/attachments/detect.js'

const compose = (mail: ConstructorParameters<typeof MailComposer>[0]) =>
  new Promise<Buffer>((resolve, reject) => new MailComposer(mail).compile().build((err, message) => (err ? reject(err) : resolve(message))))

t.test('the contents are recognised by their bytes', async (t) => {
  t.equal(detectFileType(await wordDocument('情况说明'))?.mime, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  t.equal(detectFileType(await excelWorkbook([['日期', '事项']]))?.mime, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  t.equal(detectFileType(mp4Video())?.mime, 'video/mp4')
  t.equal(detectFileType(iphoneHeic())?.mime, 'image/heic')
  t.equal(detectFileType(pdfOfSize(2000))?.mime, 'application/pdf')
  const plainZip = Buffer.from('504b0304140000000000000000000000000000000000000000000500000068656c6c6f', 'hex')
  t.equal(detectFileType(plainZip), null, 'a ZIP that is not an Office document is not taken')
})

t.test('a mail with a 21.5 MB PDF, a .docx, a .xlsx, a .heic and an .mp4 keeps them all; a program is refused and named', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const pdf = pdfOfSize(Math.round(21.5 * 1024 * 1024), 'scan')
  const raw = await compose({
    from: '林先生 <lin@example.com>', to: 'complaints@suqiu.local', subject: '违建举报材料', messageId: '<all-kinds@example.com>',
    text: '官渡区某小区顶楼违建，扫描件、情况说明、照片和视频见附件。',
    attachments: [
      { filename: '扫描件.pdf', content: pdf, contentType: 'application/pdf' },
      { filename: '情况说明.docx', content: await wordDocument('顶楼违建情况说明'), contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
      { filename: '住户名单.xlsx', content: await excelWorkbook([['户号', '意见'], ['1-101', '同意拆除']]), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      { filename: 'IMG_0001.HEIC', content: iphoneHeic(), contentType: 'image/heic' },
      { filename: '现场.mp4', content: mp4Video(), contentType: 'video/mp4' },
      { filename: 'setup.exe', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510)]), contentType: 'application/octet-stream' },
    ],
  })
  const delivered = await deliverMail(app, raw)
  t.equal(delivered.outcome, 'complaint')
  const kept = (await dispatcher.get(`/api/cases/${delivered.caseId}/attachments`)).json().items as { id: number; filename: string; mime: string; size: number }[]
  t.same(kept.map((f) => [f.filename, f.mime]), [
    ['扫描件.pdf', 'application/pdf'],
    ['情况说明.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['住户名单.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['IMG_0001.jpg', 'image/jpeg'],
    ['现场.mp4', 'video/mp4'],
  ], 'every file is kept, the iPhone photo as JPEG')
  t.equal(kept[0].size, pdf.length, 'the PDF over 20 MB whole')

  const photo = await dispatcher.get(`/api/attachments/${kept[3].id}`)
  t.equal(photo.statusCode, 200)
  const meta = await sharp(photo.rawPayload).metadata()
  t.same([meta.format, meta.width, meta.height], ['jpeg', 160, 120], 'a JPEG of the photo')
  t.equal(meta.exif, undefined, 'without EXIF')
  t.notOk(photo.rawPayload.includes('iPhone'), 'no phone model left in it')

  const view = (await dispatcher.get(`/api/cases/${delivered.caseId}`)).json()
  t.match(view.extra.refusedFiles, [{ filename: 'setup.exe', reason: 'unsupported_file_type', note: /Word\/Excel/ }], 'the program is named to staff')
  t.equal(view.extra.refusedFiles.length, 1, 'and nothing else is refused')
  await runNotify(app, delivered.caseId!)
  const [receipt] = await sql`select body from outbound_messages where case_id = ${delivered.caseId} and kind = 'receipt'`
  t.match(receipt.body, '以下附件未能保存：setup.exe（文件类型不支持', 'and to the sender, in the receipt')
  t.notMatch(receipt.body, /扫描件\.pdf（|情况说明\.docx（|IMG_0001/, 'the kept files are not listed as refused')
})

t.test('an iPhone photo sent with the web form is stored as a JPEG without EXIF, and the HEIC is not kept', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const heic = iphoneHeic()
  t.ok(heic.includes('iPhone 13 Pro'), 'the photo as taken names the phone')
  const boundary = '----suqiu-heic'
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${JSON.stringify({ type: 'complaint', content: '小区门口路面塌陷，照片见附件。', address: '昆明市五华区华山街道', complainant: { anonymous: true } })}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="IMG_2040.HEIC"\r\nContent-Type: image/heic\r\n\r\n`), heic, Buffer.from('\r\n'),
    Buffer.from(`--${boundary}--\r\n`),
  ])
  const res = await app.inject({ method: 'POST', url: '/api/complaints', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload })
  t.equal(res.statusCode, 201, res.body.slice(0, 300))
  const rows = await sql`select sha256, size, mime, filename from attachments order by id`
  t.same(rows.map((r) => [r.mime, r.filename]), [['image/jpeg', '文件1.jpg']], 'a JPEG (under a neutral name: the report is anonymous)')
  const bytes = readFileSync(app.attachments.pathOf(rows[0].sha256))
  const meta = await sharp(bytes).metadata()
  t.same([meta.format, meta.width, meta.height, meta.exif], ['jpeg', 160, 120, undefined], 'the picture, as JPEG, without EXIF')
  t.equal(Number(rows[0].size), bytes.length)
  const stored = readdirSync(app.attachments.root, { recursive: true }).map(String)
  t.notOk(stored.some((f) => f.endsWith(createHash('sha256').update(heic).digest('hex'))), 'the HEIC with its EXIF is not kept')
})
