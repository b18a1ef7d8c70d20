// Upload memory: peak RSS of the service while 10 clients each send a maximal web submission at once
// (files up to the request's cap, 50 MB), against a target of ≤ 512 MB. Uploads stream to disk, so the
// figure should stay near the idle process (the bench's client shares the process and holds one 20 MB file).
import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { startBenchPostgres } from './pg.js'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { DEFAULT_LIMITS } from '../src/attachments/store.js'

const PARALLEL = 10
const TARGET_MB = 512
const MB = 1024 * 1024

interface Form { pieces: Buffer[]; length: number; contentType: string }

/**
 * One maximal form: `data` plus files filling the request's cap, each at most the per-file cap. Written from
 * pieces that share one file-sized buffer, so this bench holds ~20 MB, not a 50 MB body and its copies.
 */
function maximalForm(): Form {
  const boundary = 'suqiu-bench-upload-boundary'
  const data = JSON.stringify({ type: 'complaint', content: '上传内存测试：多张照片。', address: '昆明市五华区华山街道', complainant: { anonymous: true } })
  const filler = Buffer.alloc(DEFAULT_LIMITS.maxFileBytes, 0x5a)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(filler)
  const pieces = [Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="data"\r\n\r\n${data}\r\n`)]
  let left = DEFAULT_LIMITS.maxRequestBytes - 64 * 1024
  for (let i = 0; left > 0 && i < DEFAULT_LIMITS.maxFiles; i++) {
    const size = Math.min(DEFAULT_LIMITS.maxFileBytes, left)
    pieces.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="files"; filename="photo-${i}.png"\r\ncontent-type: image/png\r\n\r\n`))
    pieces.push(filler.subarray(0, size), Buffer.from('\r\n'))
    left -= size
  }
  pieces.push(Buffer.from(`--${boundary}--\r\n`))
  return { pieces, length: pieces.reduce((n, p) => n + p.length, 0), contentType: `multipart/form-data; boundary=${boundary}` }
}

/** Sends the form from its own loopback address (one client each: the per-client upload limit applies per address). */
function upload(port: number, n: number, form: Form): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      port, host: '127.0.0.1', localAddress: `127.0.0.${n + 2}`, method: 'POST', path: '/api/complaints',
      headers: { 'content-type': form.contentType, 'content-length': form.length },
    }, (res) => {
      let body = ''
      res.on('data', (c) => { body += c })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    for (const piece of form.pieces) req.write(piece)
    req.end()
  })
}

export async function benchUploads(): Promise<string[]> {
  // built first: making 50 MB of form blocks the event loop, which the service would take for a database outage
  const form = maximalForm()
  const pg = await startBenchPostgres({})
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-bench-uploads-'))
  try {
    const url = await pg.createDatabase('bench_uploads')
    const config = loadConfig({}, { SUQIU_DATA_DIR: dataDir, SUQIU_SECRET: 'bench-secret-bench-secret-bench-secret-01', LOG_LEVEL: 'silent', PORT: 0 })
    const app = await buildApp({ config, databaseUrl: url })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const port = (app.server.address() as AddressInfo).port
    global.gc?.()
    const idle = process.memoryUsage().rss
    let peak = idle
    const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss) }, 20)
    const started = Date.now()
    const answers = await Promise.all(Array.from({ length: PARALLEL }, (_, n) => upload(port, n, form)))
    const statuses = answers.map((a) => a.status)
    clearInterval(sampler)
    const seconds = (Date.now() - started) / 1000
    await app.close()
    const peakMb = peak / MB
    const ok = peakMb <= TARGET_MB && statuses.every((s) => s === 201)
    if (!ok) process.exitCode = 1
    const refused = answers.find((a) => a.status !== 201)
    return [
      ...(refused ? [`a refused upload: ${refused.status} ${refused.body.slice(0, 200)}`] : []),
      `${PARALLEL} parallel web submissions of ${(form.length / MB).toFixed(1)} MB each (${DEFAULT_LIMITS.maxRequestBytes / MB} MB request cap, ${DEFAULT_LIMITS.maxFileBytes / MB} MB per file): answers ${statuses.join(' ')} in ${seconds.toFixed(1)} s`,
      `peak RSS ${peakMb.toFixed(0)} MB (idle ${(idle / MB).toFixed(0)} MB, including the 20 MB file this bench sends from) ${ok ? '✓' : '✗ MISSED'} (target ≤ ${TARGET_MB} MB)`,
    ]
  } finally {
    await pg.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
