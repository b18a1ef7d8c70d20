// Uploads are bounded: files stream to disk (never whole in memory), a request's files together have a cap,
// one client reads only a few forms at a time, and nothing spooled stays behind a refused form.
import t from 'tap'
import http from 'node:http'
import { readdirSync, existsSync } from 'node:fs'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { buildTestApp } from './helper.js'
import { multipart } from './fixtures/files/make.js'
import { MAX_UPLOADS_PER_CLIENT } from '../src/attachments/multipart.js'

const MB = 1024 * 1024
const FORM = { type: 'complaint', content: '小区路灯坏了三天，晚上出行不便。', address: '昆明市五华区华山街道', complainant: { anonymous: true } }

/** A "photo" of `bytes` bytes: a PNG signature, then filler (the store checks type by magic bytes). */
function bigPng(bytes: number, seed = 0): Buffer {
  const buf = Buffer.alloc(bytes, seed)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(buf)
  return buf
}

const spoolDir = (dataDir: string) => path.join(dataDir, 'files', 'tmp')
const spooled = (dataDir: string) => (existsSync(spoolDir(dataDir)) ? readdirSync(spoolDir(dataDir)).filter((f) => f.startsWith('upload-')) : [])

t.test('the files of one request together are capped, and a refused form leaves nothing on disk', async (t) => {
  const { app, sql, config } = await buildTestApp(t)
  // three files under the per-file cap (40 MB) but 57 MB together, over the request's cap (50 MB)
  const files = [0, 1, 2].map((i) => ({ field: 'files', filename: `p${i}.png`, type: 'image/png', content: bigPng(19 * MB, i + 1) }))
  const { body, contentType } = await multipart({ data: JSON.stringify(FORM) }, files)
  const res = await app.inject({ method: 'POST', url: '/api/complaints', headers: { 'content-type': contentType }, payload: body })
  t.equal(res.statusCode, 413, res.body.slice(0, 200))
  t.equal(res.json().error.code, 'request_too_large')
  t.match(res.json().error.message, /合计不能超过 50 MB/)
  t.equal(Number((await sql`select count(*) from attachments`)[0].count), 0, 'no attachment stored')
  t.equal(Number((await sql`select count(*) from complaints`)[0].count), 0, 'no complaint stored')
  t.same(spooled(config.dataDir), [], 'no spooled upload left behind')

  // two of them fit: stored, and their spool files moved into place
  const ok = await multipart({ data: JSON.stringify(FORM) }, files.slice(0, 2))
  const stored = await app.inject({ method: 'POST', url: '/api/complaints', headers: { 'content-type': ok.contentType }, payload: ok.body })
  t.equal(stored.statusCode, 201, stored.body.slice(0, 200))
  const rows = await sql`select sha256, size from attachments order by id`
  t.same(rows.map((r) => Number(r.size)), [19 * MB, 19 * MB])
  t.ok(rows.every((r) => existsSync(app.attachments.pathOf(r.sha256))), 'the files are in the store')
  t.same(spooled(config.dataDir), [], 'spool files moved into place')

  // a wrong type in the second file: refused, and the first file's spool is gone too
  const bad = await multipart({ data: JSON.stringify(FORM) }, [files[0], { field: 'files', filename: 'x.png', type: 'image/png', content: Buffer.alloc(2 * MB, 7) }])
  const refused = await app.inject({ method: 'POST', url: '/api/complaints', headers: { 'content-type': bad.contentType }, payload: bad.body })
  t.equal(refused.statusCode, 415)
  t.same(spooled(config.dataDir), [], 'nothing spooled stays after a refused file')
})

t.test('one client reads only a few uploads at a time', async (t) => {
  const { app, config } = await buildTestApp(t)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as AddressInfo).port
  const { body, contentType } = await multipart({ data: JSON.stringify(FORM) }, [{ field: 'files', filename: 'a.png', type: 'image/png', content: bigPng(4 * MB, 9) }])

  // start uploads that send half their body, then wait
  const half = Math.floor(body.length / 2)
  const held: { req: http.ClientRequest; answer: Promise<{ status: number; body: string }> }[] = []
  const start = () => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/api/complaints', headers: { 'content-type': contentType, 'content-length': body.length } })
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = ''
        res.on('data', (c) => { text += c })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
      })
      req.on('error', reject)
    })
    req.write(body.subarray(0, half))
    return { req, answer }
  }
  for (let i = 0; i < MAX_UPLOADS_PER_CLIENT; i++) held.push(start())
  // wait (bounded, 30 s) until the server is reading all of them: their spool files exist
  for (let i = 0; i < 600 && spooled(config.dataDir).length < MAX_UPLOADS_PER_CLIENT; i++) await new Promise((r) => setTimeout(r, 50))
  t.equal(spooled(config.dataDir).length, MAX_UPLOADS_PER_CLIENT, 'the held uploads are being read')

  const extra = start()
  extra.req.end(body.subarray(half))
  const refused = await extra.answer
  t.equal(refused.status, 429)
  t.equal(JSON.parse(refused.body).error.code, 'too_many_uploads')
  t.match(JSON.parse(refused.body).error.message, /同时上传过多/)

  // the held ones finish normally, and then the client may upload again
  for (const h of held) h.req.end(body.subarray(half))
  const answers = await Promise.all(held.map((h) => h.answer))
  t.same(answers.map((a) => a.status), held.map(() => 201))
  const again = start()
  again.req.end(body.subarray(half))
  t.equal((await again.answer).status, 201)
})
