// Attack on an article's uploaded files (a7e3bfe): id and version games for the public and for other units, hostile
// names in Content-Disposition, a PDF carrying HTML, and malformed uploads (each a 4xx with a stable code, never 5xx).
import t from 'tap'
import { buildTestApp, signIn, type Session } from './helper.js'
import { minimalPdf } from './fixtures/files/make.js'

const WUHUA = '530102', PANLONG = '530103'

function raw(parts: string | Buffer, boundary = 'xx') {
  return { payload: Buffer.isBuffer(parts) ? parts : Buffer.from(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}
function form(files: { name: string; content: Buffer; type?: string }[]) {
  const boundary = '----atk' + Math.random().toString(16).slice(2)
  const parts: Buffer[] = []
  for (const f of files) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`), f.content, Buffer.from('\r\n'))
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return raw(Buffer.concat(parts), boundary)
}
const upload = (s: Session, id: number, files: Parameters<typeof form>[0]) => s.inject({ method: 'POST', url: `/api/knowledge/articles/${id}/files`, ...form(files) })
const article = (over: Record<string, unknown> = {}) => ({
  title: '城乡居民医疗保险参保登记', questions: ['怎么办理居民医保'], answer: '持身份证到社区服务中心办理。', category: 'social_security', isPublic: true, ...over,
})

t.test('attacks on article files', async (t) => {
  const { app } = await buildTestApp(t)
  const officer = await signIn(app, 'officer', WUHUA)
  const supervisor = await signIn(app, 'supervisor', WUHUA)
  const otherOfficer = await signIn(app, 'officer', PANLONG)
  const operator = await signIn(app, 'operator', '530100')
  const pub = (url: string) => app.inject({ method: 'GET', url })
  const pdf = minimalPdf('Guide')
  const publish = async (id: number) => {
    t.equal((await officer.post(`/api/knowledge/articles/${id}/submit`, {})).statusCode, 200)
    t.equal((await supervisor.post(`/api/knowledge/articles/${id}/publish`, {})).statusCode, 200)
  }

  const a = (await officer.post('/api/knowledge/articles', article())).json().id as number
  const first = (await upload(officer, a, [{ name: '申请表.pdf', content: pdf }])).json().files[0].id as number
  await publish(a)
  const draftOnly = (await upload(officer, a, [{ name: '新草稿附件.pdf', content: minimalPdf('draft secret') }]))
  t.equal(draftOnly.statusCode, 201, draftOnly.body)
  const secret = (draftOnly.json().files as { id: number; filename: string }[]).find((f) => f.filename === '新草稿附件.pdf')!.id
  const b = (await officer.post('/api/knowledge/articles', article({ title: '另一篇草稿' }))).json().id as number
  const bFile = (await upload(officer, b, [{ name: 'b.pdf', content: minimalPdf('b draft') }])).json().files[0].id as number

  await t.test('id and version games', async (t) => {
    t.equal((await pub(`/api/public/knowledge/articles/${a}/files/${first}`)).statusCode, 200, 'the published file is public')
    t.equal((await pub(`/api/public/knowledge/articles/${a}/files/${secret}`)).statusCode, 404, 'a file added to the draft of a published article is not')
    t.equal((await pub(`/api/public/knowledge/articles/${a}/files/${bFile}`)).statusCode, 404, 'another (draft) article\'s file through a public article\'s path')
    t.equal((await pub(`/api/public/knowledge/articles/${b}/files/${bFile}`)).statusCode, 404, 'a draft article\'s file')
    t.equal((await operator.get(`/api/knowledge/articles/${a}/files/${secret}`)).statusCode, 404, 'other staff: not the draft\'s file')
    t.equal((await operator.get(`/api/knowledge/articles/${a}/files/${bFile}`)).statusCode, 404, 'other staff: not another article\'s file by this one')
    const page = (await pub(`/api/public/knowledge/articles/${a}`)).json()
    t.notOk(JSON.stringify(page).includes('新草稿附件'), 'the FAQ does not list the draft\'s file')
    const foreign = (await operator.get(`/api/knowledge/articles/${a}`)).json()
    t.notOk(JSON.stringify(foreign).includes('新草稿附件'), 'other staff do not see it listed')
    // the draft made internal and published: the earlier public version's file stops being public
    t.equal((await officer.inject({ method: 'PUT', url: `/api/knowledge/articles/${a}`, payload: article({ isPublic: false }) })).statusCode, 200)
    t.equal((await pub(`/api/public/knowledge/articles/${a}/files/${first}`)).statusCode, 200, 'still public while the internal draft is unpublished')
    await publish(a)
    t.equal((await pub(`/api/public/knowledge/articles/${a}/files/${first}`)).statusCode, 404, 'internal now: not public')
  })

  await t.test('another unit cannot upload or remove', async (t) => {
    const c = (await officer.post('/api/knowledge/articles', article({ title: '公开文章' }))).json().id as number
    const f = (await upload(officer, c, [{ name: 'c.pdf', content: pdf }])).json().files[0].id as number
    await publish(c)
    const up = await upload(otherOfficer, c, [{ name: 'evil.pdf', content: pdf }])
    t.ok([403, 404].includes(up.statusCode), `upload by another unit: ${up.statusCode}`)
    const del = await otherOfficer.inject({ method: 'DELETE', url: `/api/knowledge/articles/${c}/files/${f}` })
    t.ok([403, 404].includes(del.statusCode), `removal by another unit: ${del.statusCode}`)
    t.equal((await pub(`/api/public/knowledge/articles/${c}/files/${f}`)).statusCode, 200, 'the file stays')
    const anon = await app.inject({ method: 'POST', url: `/api/knowledge/articles/${c}/files`, ...form([{ name: 'x.pdf', content: pdf }]) })
    t.ok([401, 403].includes(anon.statusCode), `no session: ${anon.statusCode}`)
  })

  await t.test('hostile names and contents', async (t) => {
    const names = ['a"; filename="evil.html', '..\\..\\..\\etc\\passwd.pdf', '../../x.pdf', '申请\u202Efdp.exe', 'x\r\nX-Injected: 1.pdf', '%0d%0aSet-Cookie: a=b.pdf']
    const polyglot = Buffer.concat([minimalPdf('p'), Buffer.from('<html><script>alert(1)</script></html>')])
    for (const name of names) {
      const res = await upload(officer, b, [{ name, content: polyglot, type: 'text/html' }])
      if (res.statusCode !== 201) { t.ok(res.statusCode < 500 && res.statusCode >= 400, `${JSON.stringify(name)} → ${res.statusCode}`); continue }
      const row = (res.json().files as { id: number; filename: string }[]).at(-1)!
      t.notMatch(row.filename, /[\\/\r\n"\u202e]/, `stored name ${JSON.stringify(row.filename)}`)
      t.match(row.filename, /\.pdf$/, 'the detected extension')
      const got = await officer.get(`/api/knowledge/articles/${b}/files/${row.id}`)
      t.equal(got.statusCode, 200)
      t.equal(got.headers['content-type'], 'application/pdf')
      t.match(got.headers['content-disposition'], /^attachment; filename="[^"\r\n]*"; filename\*=UTF-8''[A-Za-z0-9%._~!-]*$/, String(got.headers['content-disposition']))
      t.notOk('x-injected' in got.headers || 'set-cookie' in got.headers, 'no header injected')
      t.equal(got.headers['x-content-type-options'], 'nosniff')
    }
  })

  await t.test('malformed uploads: 4xx with a stable code, never 5xx', async (t) => {
    const cases: [string, { payload: Buffer | string; headers: Record<string, string> }][] = [
      ['zero-byte file', form([{ name: 'empty.pdf', content: Buffer.alloc(0) }])],
      ['no file', form([])],
      ['truncated multipart', raw('--xx\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\n\r\n%PDF-1.4 trunc')],
      ['no boundary', { payload: 'abc', headers: { 'content-type': 'multipart/form-data' } }],
      ['json body', { payload: '{}', headers: { 'content-type': 'application/json' } }],
      ['text body', { payload: 'hello', headers: { 'content-type': 'text/plain' } }],
      ['21 files', form(Array.from({ length: 21 }, (_, i) => ({ name: `f${i}.pdf`, content: minimalPdf(`f${i}`) })))],
      ['binary junk', form([{ name: 'junk.pdf', content: Buffer.from([0, 1, 2, 3, 255, 254]) }])],
    ]
    for (const [what, body] of cases) {
      const res = await officer.inject({ method: 'POST', url: `/api/knowledge/articles/${b}/files`, ...body })
      t.ok(res.statusCode >= 400 && res.statusCode < 500, `${what}: ${res.statusCode} ${res.body.slice(0, 160)}`)
      t.match(res.json(), { error: { code: String } }, `${what}: a stable code`)
    }
    const big = await officer.get(`/api/knowledge/articles/99999999/files/1`)
    t.equal(big.statusCode, 404)
    const bad = await pub(`/api/public/knowledge/articles/1/files/99999999999999999999`)
    t.ok(bad.statusCode >= 400 && bad.statusCode < 500, `huge id: ${bad.statusCode}`)
  })
})
