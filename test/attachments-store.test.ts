import t from 'tap'
import path from 'node:path'
import { rm } from 'node:fs/promises'
import sharp from 'sharp'
import { detectFileType } from '../src/attachments/detect.js'
import { contentDisposition, safeFilename } from '../src/attachments/names.js'
import { signIn, type Session } from './helper.js'
import { paperApp } from './fixtures/files/app.js'
import { faxTiff, minimalPdf, multipart, scanJpeg, scanPng, silentWav } from './fixtures/files/make.js'
import { blobCount, storeCounts } from './support/store.js'

const ascii = (s: string) => Buffer.from(s, 'latin1')

t.test('types are told by content', async (t) => {
  const solid = sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
  const cases: [string, Buffer, string | null][] = [
    ['png', await scanPng(), 'image/png'],
    ['jpeg', await scanJpeg(), 'image/jpeg'],
    ['gif', await solid.clone().gif().toBuffer(), 'image/gif'],
    ['webp', await solid.clone().webp().toBuffer(), 'image/webp'],
    ['tiff (II)', await faxTiff(2), 'image/tiff'],
    ['tiff (MM)', Buffer.concat([Buffer.from([0x4d, 0x4d, 0x00, 0x2a]), Buffer.alloc(8)]), 'image/tiff'],
    ['pdf', minimalPdf(), 'application/pdf'],
    ['wav', silentWav(), 'audio/wav'],
    ['mp3 with ID3', Buffer.concat([ascii('ID3'), Buffer.from([3, 0, 0, 0, 0, 0, 0]), Buffer.alloc(16)]), 'audio/mpeg'],
    ['mp3 frame', Buffer.from([0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0]), 'audio/mpeg'],
    ['amr', ascii('#!AMR\n\x3c\x00\x00'), 'audio/amr'],
    ['amr-wb', ascii('#!AMR-WB\n\x00'), 'audio/amr'],
    ['m4a', Buffer.concat([Buffer.from([0, 0, 0, 0x20]), ascii('ftypM4A '), Buffer.from([0, 0, 2, 0]), ascii('M4A mp42isom'), Buffer.alloc(8)]), 'audio/mp4'],
    ['mp4 video', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), ascii('ftypisom'), Buffer.from([0, 0, 2, 0]), ascii('isomavc1'), Buffer.alloc(8)]), 'video/mp4'],
    ['aac adts', Buffer.from([0xff, 0xf1, 0x50, 0x80, 0, 0]), null],
    ['html', ascii('<!DOCTYPE html><html><body>x</body></html>'), null],
    ['svg', ascii('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), null],
    ['zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), null],
    ['exe', ascii('MZ\x90\x00\x03\x00\x00\x00'), null],
    ['empty', Buffer.alloc(0), null],
    ['pdf after junk', ascii('junk%PDF-1.4\n'), null],
  ]
  for (const [name, buf, mime] of cases) t.equal(detectFileType(buf)?.mime ?? null, mime, name)
  t.equal(detectFileType(await faxTiff(2))?.paged, true)
})

t.test('names are made safe', async (t) => {
  t.equal(safeFilename('../../etc/passwd', 'png'), 'passwd.png')
  t.equal(safeFilename('C:\\Users\\x\\扫描件.pdf', 'png'), '扫描件.png', 'the extension follows the content')
  t.equal(safeFilename('invoice\u202Egpj.exe', 'pdf'), 'invoicegpj.pdf', 'no direction overrides')
  t.equal(safeFilename('', 'tif', 'fax'), 'fax.tif')
  t.equal(safeFilename('...', 'pdf'), 'file.pdf')
  t.equal(safeFilename('a"b<c>.jpg', 'jpg'), 'a_b_c_.jpg')
  t.equal(Array.from(safeFilename('长'.repeat(300), 'png')).length, 124)
  t.equal(contentDisposition('信件 第1页.png'), `inline; filename="__ _1_.png"; filename*=UTF-8''%E4%BF%A1%E4%BB%B6%20%E7%AC%AC1%E9%A1%B5.png`)
  t.equal(contentDisposition(`it's (1).pdf`, 'attachment'), `attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`)
})



const visit = (over: Record<string, unknown> = {}) => ({
  type: 'complaint', content: '华山街道翠湖西路社区道路破损严重，雨天积水无法通行。', address: '昆明市五华区华山街道翠湖西路社区',
  visitors: [{ name: '刘一', phone: '13612345678' }], ...over,
})

async function upload(s: Session, files: { filename: string; content: Buffer; type?: string }[], data: Record<string, unknown> = visit()) {
  const { body, contentType } = await multipart({ data: JSON.stringify(data) }, files.map((f) => ({ field: 'documents', ...f })))
  return s.inject({ method: 'POST', url: '/api/intake/visit', payload: body, headers: { 'content-type': contentType } })
}

t.test('uploads: limits by content, nothing stored when a part is bad', async (t) => {
  const { app, config } = await paperApp(t)
  const clerk = await signIn(app, 'clerk', '530100')
  const png = await scanPng(1)

  const html = Buffer.from('<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(document.cookie)</script></body></html>')
  const r415 = await upload(clerk, [{ filename: 'ok.png', content: png }, { filename: '扫描件.pdf', content: html, type: 'application/pdf' }])
  t.equal(r415.statusCode, 415)
  const e415 = r415.json().error
  t.equal(e415.code, 'unsupported_file_type')
  t.match(e415.message, '不支持的文件类型')
  t.match(e415.messageEn, 'Unsupported file type')
  t.equal(e415.filename, '扫描件.pdf')
  t.equal(e415.field, 'documents')
  t.ok(e415.accepted.includes('application/pdf'))

  const big = Buffer.alloc(50 * 1024 * 1024, 0x20)
  png.copy(big) // a PNG signature, then 50 MB
  const r413 = await upload(clerk, [{ filename: 'ok.png', content: png }, { filename: 'huge.png', content: big }])
  t.equal(r413.statusCode, 413)
  t.equal(r413.json().error.code, 'file_too_large')
  t.match(r413.json().error.message, '40 MB')
  t.equal(r413.json().error.filename, 'huge.png')

  const eleven = Array.from({ length: 11 }, (_, i) => ({ filename: `p${i}.png`, content: png }))
  const tooMany = await upload(clerk, eleven)
  t.equal(tooMany.statusCode, 413)
  t.equal(tooMany.json().error.code, 'too_many_files')

  const text = await clerk.inject({ method: 'POST', url: '/api/intake/visit', payload: 'hello', headers: { 'content-type': 'text/plain' } })
  t.equal(text.statusCode, 415)

  t.same(await storeCounts(app), { intakes: 0, complaints: 0, attachments: 0 }, 'no row for any refused upload')
  t.equal(blobCount(config.dataDir), 0, 'no file for any refused upload')

  const ok = await upload(clerk, [{ filename: 'a.png', content: png }, { filename: 'same-again.png', content: png }, { filename: 'rec.wav', content: silentWav() }])
  t.equal(ok.statusCode, 201, ok.body)
  t.same(ok.json().attachments.map((a: { mime: string }) => a.mime), ['image/png', 'image/png', 'audio/wav'])
  t.equal(blobCount(config.dataDir), 2, 'the same content is stored once')
  const [sha] = await app.sql`select count(distinct sha256)::int as n, count(*)::int as rows from attachments`
  t.same(sha, { n: 2, rows: 3 })
})

t.test('attachments are served only to users who may see the case', async (t) => {
  const { app } = await paperApp(t)
  const clerk = await signIn(app, 'clerk', '530100')
  const png = await scanPng(3)
  const pdf = minimalPdf()
  const res = await upload(clerk, [{ filename: '现场照片.png', content: png }, { filename: '证明材料.pdf', content: pdf }])
  t.equal(res.statusCode, 201)
  const [photo, doc] = res.json().attachments
  const [other] = await app.sql`select code from divisions where parent_code = '530102' and level = 'township' and code <> '530102001' order by code limit 1`

  const sameTownship = await signIn(app, 'officer', '530102001')  // 华山街道: the case's place
  const county = await signIn(app, 'supervisor', '530102')          // 五华区
  const otherTownship = await signIn(app, 'officer', other.code)   // another street of 五华区
  const otherCounty = await signIn(app, 'supervisor', '530103')    // 盘龙区

  for (const [who, s] of [['same township', sameTownship], ['county', county], ['city clerk', clerk]] as const) {
    const r = await s.get(photo.url)
    t.equal(r.statusCode, 200, `${who} sees it`)
  }
  const r = await county.get(photo.url)
  t.equal(r.headers['content-type'], 'image/png')
  t.equal(r.headers['x-content-type-options'], 'nosniff')
  t.equal(r.headers['cache-control'], 'private, no-store')
  t.match(r.headers['content-security-policy'], /sandbox/)
  t.equal(r.headers['content-length'], String(png.length))
  const p = await county.get(doc.url + '?download=true')
  t.equal(p.headers['content-type'], 'application/pdf')
  t.match(p.headers['content-disposition'], /^attachment; filename="____.pdf"; filename\*=UTF-8''%E8%AF%81%E6%98%8E%E6%9D%90%E6%96%99\.pdf$/)

  for (const [who, s] of [['another township', otherTownship], ['another county', otherCounty]] as const) {
    const denied = await s.get(photo.url)
    t.equal(denied.statusCode, 404, `${who} gets 404`)
    t.equal(denied.json().error.code, 'attachment_not_found')
    t.equal((await s.get(`/api/cases/${res.json().id}/attachments`)).statusCode, 404)
  }
  const nothing = await county.get('/api/attachments/999999')
  t.same({ status: nothing.statusCode, code: nothing.json().error.code }, { status: 404, code: 'attachment_not_found' }, 'the same answer as for an attachment that does not exist')
  t.equal((await county.get(`/api/attachments/${photo.id}/pages/1.png`)).statusCode, 404, 'only a TIFF has pages')
  t.equal((await app.inject({ method: 'GET', url: photo.url })).statusCode, 401, 'not signed in')

  const views = await app.sql`
    select actor_user_id, detail from audit_log where action = 'attachment.view' and case_id = ${res.json().id} order by id`
  t.same(views.map((v) => [Number(v.actor_user_id), v.detail.filename]), [
    [sameTownship.user.id, '现场照片.png'], [county.user.id, '现场照片.png'], [clerk.user.id, '现场照片.png'],
    [county.user.id, '现场照片.png'], [county.user.id, '证明材料.pdf'],
  ], 'every file shown is in the audit log with who opened it; refused requests are not')

  const list = await sameTownship.get(`/api/cases/${res.json().id}/attachments`)
  t.same(list.json().items.map((a: { filename: string }) => a.filename), ['现场照片.png', '证明材料.pdf'])
  t.notOk(JSON.stringify(list.json()).includes('/files/'), 'never a path on disk')

  // a row whose file is gone from the disk (a lost volume, a restore without the attachments' copy): a 4xx that says
  // so, with a stable code — never a 5xx or a cut-off download
  await rm(app.attachments.pathOf(doc.sha256 ?? (await app.attachments.get(doc.id))!.sha256), { force: true })
  const gone = await county.get(doc.url)
  t.same({ status: gone.statusCode, code: gone.json().error?.code }, { status: 410, code: 'attachment_gone' }, 'a missing file is 410 attachment_gone')
  t.match(gone.json().error.message, /不在服务器上/, 'told in Chinese')
  t.equal((await county.get(photo.url)).statusCode, 200, 'the other file still opens')
})
