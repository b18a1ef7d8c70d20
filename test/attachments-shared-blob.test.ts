// Case uploads and article files share one content-addressed store (src/attachments/store.ts): a case upload whose
// transaction fails removes the blobs it created only when no row uses them — an article's file of the same bytes,
// committed meanwhile, keeps its blob and stays downloadable. A file row whose blob is gone all the same answers a 4xx
// with a stable code, never a 5xx.
import t from 'tap'
import { rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { buildTestApp, signIn, type Session } from './helper.js'
import { minimalPdf } from './fixtures/files/make.js'

const WUHUA = '530102'

function form(name: string, content: Buffer) {
  const boundary = '----suqiu' + Math.random().toString(16).slice(2)
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`), content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

t.test('an article file\'s blob survives a failed case upload of the same bytes', async (t) => {
  const { app, sql } = await buildTestApp(t)
  await app.ready()
  const officer = await signIn(app, 'officer', WUHUA)
  const supervisor = await signIn(app, 'supervisor', WUHUA)
  const pdf = minimalPdf('Shared blob form 2026')

  const id = (await officer.post('/api/knowledge/articles', {
    title: '城乡居民医疗保险参保登记', questions: ['怎么办理居民医保'], answer: '持身份证到社区服务中心办理，填写参保登记表。', category: 'social_security', isPublic: true,
  })).json().id as number
  const upload = (s: Session) => s.inject({ method: 'POST', url: `/api/knowledge/articles/${id}/files`, ...form('参保登记表.pdf', pdf) })

  // a case upload writes the blob first; while its transaction is open, the article's file of the same bytes commits;
  // then the case's transaction fails and its batch is discarded
  const file = app.attachments.validate({ filename: 'scan.pdf', content: pdf, field: 'files' })
  const batch = app.attachments.batch()
  let fileId = 0
  await t.rejects(sql.begin(async (tx) => {
    await batch.save(tx, [file], { complaintId: null, kind: 'material' })
    const res = await upload(officer)
    t.equal(res.statusCode, 201, res.body)
    fileId = res.json().files[0].id as number
    throw new Error('the case upload fails')
  }), /the case upload fails/)
  await batch.discard()
  t.ok(existsSync(app.attachments.pathOf(file.sha256)), 'the blob the article file uses is kept')

  await officer.post(`/api/knowledge/articles/${id}/submit`, {})
  t.equal((await supervisor.post(`/api/knowledge/articles/${id}/publish`, {})).statusCode, 200)
  const pub = await app.inject({ method: 'GET', url: `/api/public/knowledge/articles/${id}/files/${fileId}` })
  t.equal(pub.statusCode, 200, 'the public downloads the form')
  t.ok(pub.rawPayload.equals(pdf), 'the same bytes')
  const staff = await officer.inject({ method: 'GET', url: `/api/knowledge/articles/${id}/files/${fileId}` })
  t.equal(staff.statusCode, 200, 'staff download it too')

  await t.test('a file row whose blob is missing: a 4xx with a stable code, never a 5xx', async (t) => {
    await rm(app.attachments.pathOf(file.sha256), { force: true })
    for (const [who, res] of [
      ['public', await app.inject({ method: 'GET', url: `/api/public/knowledge/articles/${id}/files/${fileId}` })],
      ['staff', await officer.inject({ method: 'GET', url: `/api/knowledge/articles/${id}/files/${fileId}` })],
    ] as const) {
      t.equal(res.statusCode, 410, `${who}: gone`)
      t.equal(res.json().error.code, 'article_file_gone', `${who}: the stable code`)
    }
  })
})
