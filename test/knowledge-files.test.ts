// An article's files (申请表.docx、办事指南.pdf) uploaded by its editors (issue 21): listed with name, size and type,
// removed, each change audited; downloaded by staff who may read the article and by the public only for a published,
// public article in force, under the Chinese name (RFC 5987), as a download that never renders (nosniff, attachment);
// type judged by content (an HTML page called .pdf is refused), size bounded (413), photos without EXIF, old Word and
// Excel files taken; the public download leaves no address in the log.
import t from 'tap'
import sharp from 'sharp'
import { buildApp } from '../src/app.js'
import { appRoleUrl, signIn, testConfig, testDatabase, type Session } from './helper.js'
import { minimalPdf, minimalDocx } from './fixtures/files/make.js'
import { capturedLog } from './support/log.js'

const WUHUA = '530102', PANLONG = '530103'
const IP = '203.0.113.91'


/** An OLE compound file (a Word 97–2003 .doc) with one FAT sector and one directory sector naming `stream`. */
function compoundFile(stream: string): Buffer {
  const buf = Buffer.alloc(512 * 3, 0)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0)
  buf.writeUInt16LE(0x3e, 0x18); buf.writeUInt16LE(3, 0x1a); buf.writeUInt16LE(0xfffe, 0x1c); buf.writeUInt16LE(9, 0x1e); buf.writeUInt16LE(6, 0x20)
  buf.writeUInt32LE(1, 0x2c) // one FAT sector
  buf.writeUInt32LE(1, 0x30) // the directory starts at sector 1
  buf.writeUInt32LE(4096, 0x38); buf.writeUInt32LE(0xfffffffe, 0x3c); buf.writeUInt32LE(0xfffffffe, 0x44)
  for (let i = 0; i < 109; i++) buf.writeUInt32LE(0xffffffff, 0x4c + i * 4)
  buf.writeUInt32LE(0, 0x4c) // the FAT is sector 0
  const fat = 512
  for (let i = 0; i < 128; i++) buf.writeUInt32LE(0xffffffff, fat + i * 4)
  buf.writeUInt32LE(0xfffffffd, fat); buf.writeUInt32LE(0xfffffffe, fat + 4)
  const dir = 1024
  const name = (at: number, s: string, type: number) => { buf.write(s, at, 'utf16le'); buf.writeUInt16LE((s.length + 1) * 2, at + 64); buf[at + 66] = type }
  name(dir, 'Root Entry', 5)
  name(dir + 128, stream, 2)
  return buf
}

function form(files: { name: string; content: Buffer; type?: string }[]) {
  const boundary = '----suqiu' + Math.random().toString(16).slice(2)
  const parts: Buffer[] = []
  for (const f of files) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`), f.content, Buffer.from('\r\n'))
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

const upload = (s: Session, id: number, files: Parameters<typeof form>[0]) => s.inject({ method: 'POST', url: `/api/knowledge/articles/${id}/files`, ...form(files) })

const article = (over: Record<string, unknown> = {}) => ({
  title: '城乡居民医疗保险参保登记', questions: ['怎么办理居民医保'], answer: '持身份证到社区服务中心办理，填写参保登记表。',
  category: 'social_security', isPublic: true, attachments: [{ name: '国家医保服务平台', url: 'https://fuwu.nhsa.gov.cn' }], ...over,
})

t.test('an article\'s uploaded files', async (t) => {
  const { lines, logger } = capturedLog()
  const url = await testDatabase(t)
  // as the service connects: the app role, which may add and update file rows but never delete one
  const app = await buildApp({ config: testConfig(t, { LOG_LEVEL: 'trace' }), databaseUrl: await appRoleUrl(url), logger })
  t.teardown(() => app.close())
  await app.ready()
  const officer = await signIn(app, 'officer', WUHUA)
  const supervisor = await signIn(app, 'supervisor', WUHUA)
  const inspector = await signIn(app, 'inspector', WUHUA)
  const otherOfficer = await signIn(app, 'officer', PANLONG)
  const operator = await signIn(app, 'operator', '530100')
  const publicGet = (path: string) => app.inject({ method: 'GET', url: path, remoteAddress: IP })

  const docx = minimalDocx()
  const pdf = minimalPdf('Guide')
  const id = (await officer.post('/api/knowledge/articles', article())).json().id as number

  let formId = 0, guideId = 0
  await t.test('an editor uploads, sees them listed with name, size and type; each upload audited', async (t) => {
    const res = await upload(officer, id, [{ name: '申请表.docx', content: docx }, { name: '办事指南.pdf', content: pdf, type: 'application/pdf' }])
    t.equal(res.statusCode, 201, res.body)
    const files = res.json().files as { id: number; filename: string; size: number; mime: string; url: string }[]
    t.same(files.map((f) => [f.filename, f.size, f.mime]), [
      ['申请表.docx', docx.length, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'], ['办事指南.pdf', pdf.length, 'application/pdf'],
    ])
    ;[formId, guideId] = files.map((f) => f.id)
    const detail = (await officer.get(`/api/knowledge/articles/${id}`)).json()
    t.same(detail.shown.files.map((f: { filename: string }) => f.filename), ['申请表.docx', '办事指南.pdf'], 'the editor sees them in the article')
    t.same(detail.shown.attachments, [{ name: '国家医保服务平台', url: 'https://fuwu.nhsa.gov.cn' }], 'the link attachment stays beside them')
    const audit = await app.sql`select action, detail from audit_log where action like 'knowledge.file%' order by id`
    t.same(audit.map((r) => [r.action, r.detail.filename]), [['knowledge.file_add', '申请表.docx'], ['knowledge.file_add', '办事指南.pdf']])
  })

  await t.test('only editors upload; a draft\'s files are for its unit only', async (t) => {
    t.equal((await upload(otherOfficer, id, [{ name: 'x.pdf', content: pdf }])).statusCode, 404, 'another unit does not see the draft')
    t.equal((await upload(inspector, id, [{ name: 'x.pdf', content: pdf }])).statusCode, 403, 'an inspector watches, does not write')
    const other = await otherOfficer.get(`/api/knowledge/articles/${id}/files/${formId}`)
    t.equal(other.statusCode, 404)
    t.equal(other.json().error.code, 'article_file_not_found')
    const pub = await publicGet(`/api/public/knowledge/articles/${id}/files/${formId}`)
    t.equal(pub.statusCode, 404, 'a draft\'s file is not public')
    t.equal(pub.json().error.code, 'article_file_not_found')
  })

  await t.test('the editor downloads 申请表.docx under its name, as a download that is never sniffed', async (t) => {
    const res = await officer.get(`/api/knowledge/articles/${id}/files/${formId}`)
    t.equal(res.statusCode, 200)
    t.same(res.rawPayload, docx)
    t.match(res.headers['content-disposition'], /^attachment; /)
    t.match(res.headers['content-disposition'], "filename*=UTF-8''%E7%94%B3%E8%AF%B7%E8%A1%A8.docx")
    t.equal(res.headers['x-content-type-options'], 'nosniff')
  })

  await t.test('types by content: an HTML page called .pdf and an SVG called .png are refused; old Word and Excel are taken', async (t) => {
    const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>')
    const bad = await upload(officer, id, [{ name: '办事指南2.pdf', content: html, type: 'application/pdf' }])
    t.equal(bad.statusCode, 415)
    t.equal(bad.json().error.code, 'unsupported_file_type')
    t.match(bad.json().error.message, 'Word（.doc/.docx）')
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>')
    t.equal((await upload(officer, id, [{ name: '图.png', content: svg, type: 'image/png' }])).statusCode, 415)
    const zip = compoundFile('NotAnOfficeStream')
    t.equal((await upload(officer, id, [{ name: '旧表.doc', content: zip }])).statusCode, 415, 'a compound file without a Word or Excel stream')
    const old = await upload(officer, id, [{ name: '旧申请表.doc', content: compoundFile('WordDocument') }, { name: '台账.xls', content: compoundFile('Workbook') }])
    t.equal(old.statusCode, 201, old.body)
    const added = (old.json().files as { filename: string; mime: string }[]).slice(-2)
    t.same(added.map((f) => [f.filename, f.mime]), [['旧申请表.doc', 'application/msword'], ['台账.xls', 'application/vnd.ms-excel']])
    const [count] = await app.sql`select count(*)::int as n from knowledge_files where article_id = ${id}`
    t.equal(count.n, 4, 'nothing of the refused uploads was kept')
  })

  await t.test('an oversize upload is 413 with the stable code', async (t) => {
    const big = Buffer.alloc(app.attachments.limits.maxFileBytes + 1024, 0x20)
    pdf.copy(big)
    const res = await upload(officer, id, [{ name: '大文件.pdf', content: big }])
    t.equal(res.statusCode, 413)
    t.equal(res.json().error.code, 'file_too_large')
  })

  await t.test('a photo loses its EXIF (GPS point, phone)', async (t) => {
    const photo = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#36c' } }).jpeg()
      .withExif({ IFD0: { Make: 'PlantedPhone', Artist: 'Ouyang Nana' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '25/1 2/1 43/1' } }).toBuffer()
    const res = await upload(officer, id, [{ name: '窗口位置.jpg', content: photo }])
    t.equal(res.statusCode, 201, res.body)
    const f = (res.json().files as { id: number; filename: string }[]).find((x) => x.filename === '窗口位置.jpg')!
    const got = await officer.get(`/api/knowledge/articles/${id}/files/${f.id}`)
    t.notOk(got.rawPayload.includes('PlantedPhone'), 'no phone make in the stored photo')
    t.notOk((await sharp(got.rawPayload).metadata()).exif, 'no EXIF at all')
  })

  await t.test('removed from the draft, audited; the rest stay', async (t) => {
    const res = await officer.inject({ method: 'DELETE', url: `/api/knowledge/articles/${id}/files/${guideId}` })
    t.equal(res.statusCode, 200, res.body)
    t.notOk(res.json().files.some((f: { id: number }) => f.id === guideId))
    const [row] = await app.sql`select action from audit_log where action = 'knowledge.file_remove' and (detail->>'fileId')::bigint = ${guideId}`
    t.ok(row, 'the removal is audited')
    await t.rejects(app.sql`delete from knowledge_files where id = ${guideId}`, { code: '42501' }, 'the row stays: the app role cannot delete it')
    const again = await officer.inject({ method: 'DELETE', url: `/api/knowledge/articles/${id}/files/${guideId}` })
    t.equal(again.statusCode, 404)
    t.equal(again.json().error.code, 'article_file_not_found')
  })

  await t.test('published and public: anyone downloads it, leaving no address in the log', async (t) => {
    await officer.post(`/api/knowledge/articles/${id}/submit`, {})
    t.equal((await supervisor.post(`/api/knowledge/articles/${id}/publish`, {})).statusCode, 200)
    const page = (await publicGet(`/api/public/knowledge/articles/${id}`)).json()
    const listed = page.files.find((f: { filename: string }) => f.filename === '申请表.docx')
    t.ok(listed, 'the FAQ lists the form')
    t.equal(listed.url, `/api/public/knowledge/articles/${id}/files/${formId}`)
    t.notOk(page.files.some((f: { id: number }) => f.id === guideId), 'not the removed guide')
    const before = lines.length
    const res = await publicGet(listed.url)
    t.equal(res.statusCode, 200)
    t.same(res.rawPayload, docx)
    t.match(res.headers['content-disposition'], "attachment; filename=\"___.docx\"; filename*=UTF-8''%E7%94%B3%E8%AF%B7%E8%A1%A8.docx")
    t.equal(res.headers['x-content-type-options'], 'nosniff')
    t.ok(lines.slice(before).some((l) => l.includes(`/files/${formId}`)), 'the request was logged')
    t.notOk(lines.some((l) => l.includes(IP)), 'without the downloader\'s address')
    t.equal((await publicGet(`/api/public/knowledge/articles/${id}/files/${guideId}`)).statusCode, 404, 'the removed file is not public')
    t.equal((await operator.get(`/api/knowledge/articles/${id}/files/${formId}`)).statusCode, 200, 'an operator of another unit downloads the published file')
    t.equal((await operator.get(`/api/knowledge/articles/${id}/files/${guideId}`)).statusCode, 404, '… not one the published version does not carry')
  })

  await t.test('a new draft changes the files without touching the published version\'s', async (t) => {
    const res = await officer.inject({ method: 'DELETE', url: `/api/knowledge/articles/${id}/files/${formId}` })
    t.equal(res.statusCode, 200, res.body)
    t.equal(res.json().version, 2, 'a new draft version')
    t.equal((await publicGet(`/api/public/knowledge/articles/${id}/files/${formId}`)).statusCode, 200, 'the published version still carries the form')
  })

  await t.test('an internal (not public) article\'s files are not public', async (t) => {
    const internal = (await officer.post('/api/knowledge/articles', article({ title: '内部工作规程：医保窗口排班', isPublic: false }))).json().id as number
    const up = await upload(officer, internal, [{ name: '排班表.pdf', content: pdf }])
    const fileId = up.json().files[0].id as number
    await officer.post(`/api/knowledge/articles/${internal}/submit`, {})
    await supervisor.post(`/api/knowledge/articles/${internal}/publish`, {})
    t.equal((await publicGet(`/api/public/knowledge/articles/${internal}/files/${fileId}`)).statusCode, 404)
    t.equal((await operator.get(`/api/knowledge/articles/${internal}/files/${fileId}`)).statusCode, 200, 'staff download it')
  })

  await t.test('an expired article\'s files are not public', async (t) => {
    const old = (await officer.post('/api/knowledge/articles', article({ title: '2020年度医保缴费标准', effectiveUntil: '2021-12-31', effectiveFrom: '2020-01-01' }))).json().id as number
    const fileId = (await upload(officer, old, [{ name: '缴费标准.pdf', content: pdf }])).json().files[0].id as number
    await officer.post(`/api/knowledge/articles/${old}/submit`, {})
    await supervisor.post(`/api/knowledge/articles/${old}/publish`, {})
    t.equal((await publicGet(`/api/public/knowledge/articles/${old}/files/${fileId}`)).statusCode, 404)
  })
})
