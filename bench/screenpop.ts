// Screen-pop delivery latency with 1,000 connected operator websockets (issue 5): two API processes on one
// throw-away PostgreSQL (bench/pg.ts); signed hotline calls hit A, the operators' sockets are connected to
// B, so every pop goes webhook → calls row + NOTIFY on commit → LISTEN on B → 1,000 sockets. The clients
// run in a worker thread, so their parsing does not queue behind the server's sends.
// `npx tsx bench/screenpop.ts`; BENCH_POP_SOCKETS and BENCH_POP_CALLS change the load.
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import twilio from 'twilio'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import voiceLines from '../channels/voice/plugin.js'
import { startBenchPostgres } from './pg.js'

export interface BenchSection { name: string; about: string; run(): Promise<string[]> }

const TARGET_P99_MS = 200
const PUBLIC = 'https://rexian.km.gov.cn'
const ACCOUNT_SID = 'AC' + 'b'.repeat(32)
const AUTH_TOKEN = 'bench-auth-token-0123456789abcdef'
const HOTLINE = '+868712345678'
/** Thursday 10:00 in Kunming: working hours, so every call is queued and popped. */
const WORKING_HOURS = new Date('2026-11-26T10:00:00+08:00')

const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name])
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback
}
const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
const ms = (x: number) => `${x.toFixed(1)} ms`
const now = () => performance.timeOrigin + performance.now()

/** The operators' browsers: N sockets in a worker thread, each noting when every call.incoming arrived. */
const CLIENTS = `
const { parentPort, workerData } = require('node:worker_threads')
const { performance } = require('node:perf_hooks')
const WebSocket = require(workerData.wsPath)
const now = () => performance.timeOrigin + performance.now()
const arrivals = new Map() // callSid -> [ms]
const sockets = []
let ready = 0
function open(cookie) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(workerData.url, { headers: { cookie }, perMessageDeflate: false })
    ws.on('message', (data) => {
      const at = now()
      const m = JSON.parse(data.toString())
      if (m.topic === 'live.ready') { ready++; resolve(); return }
      if (m.topic !== 'call.incoming') return
      let list = arrivals.get(m.payload.callSid)
      if (!list) arrivals.set(m.payload.callSid, (list = []))
      list.push(at)
      if (list.length === sockets.length) parentPort.postMessage({ type: 'all', callSid: m.payload.callSid })
    })
    ws.on('error', reject)
    sockets.push(ws)
  })
}
parentPort.on('message', async (msg) => {
  if (msg.type === 'connect') {
    for (let i = 0; i < workerData.cookies.length; i += 50) await Promise.all(workerData.cookies.slice(i, i + 50).map(open))
    parentPort.postMessage({ type: 'connected', sockets: ready })
  } else if (msg.type === 'collect') {
    parentPort.postMessage({ type: 'arrivals', arrivals: [...arrivals] })
  } else if (msg.type === 'close') {
    for (const ws of sockets) ws.terminate()
    parentPort.postMessage({ type: 'closed' })
  }
})
`

async function apiProcess(databaseUrl: string, dataDir: string): Promise<FastifyInstance> {
  const config = loadConfig({}, {
    SUQIU_DATA_DIR: dataDir, SUQIU_SECRET: 'bench-secret-bench-secret-bench-secret-01', LOG_LEVEL: 'silent',
    PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_HOTLINE_NUMBER: HOTLINE,
  })
  const app = await buildApp({ config, databaseUrl, logger: false, live: { heartbeatMs: 600_000, sessionRecheckMs: 600_000 } })
  if (!app.hasPlugin('voice-lines')) await app.register(voiceLines)
  app.voiceLines.now = () => WORKING_HOURS
  await app.ready()
  return app
}

/** Signed in operators of the city centre: users and sessions written directly (no 1,000 scrypt sign-ins). */
async function operatorCookies(app: FastifyInstance, n: number): Promise<string[]> {
  const [centre] = await app.sql`select id from units where division_code = ${app.config.SUQIU_CITY} and is_default`
  const users = await app.sql`
    insert into users (username, display_name, password_hash, role, unit_id)
    select 'bench_operator_' || g, '话务员' || g, 'no-password', 'operator', ${centre.id} from generate_series(1, ${n}) g
    returning id`
  const tokens = users.map(() => randomBytes(32).toString('base64url'))
  await app.sql`
    insert into sessions (token_hash, user_id, csrf_token, expires_at)
    select h, u::bigint, c, now() + interval '2 hours'
    from unnest(${tokens.map((x) => createHash('sha256').update(x).digest('hex'))}::text[], ${users.map((u) => String(u.id))}::text[],
                ${tokens.map(() => randomBytes(12).toString('hex'))}::text[]) as s(h, u, c)`
  return tokens.map((x) => `suqiu_session=${x}`)
}

export async function benchScreenPop(opts: { sockets?: number; calls?: number } = {}): Promise<string[]> {
  const sockets = opts.sockets ?? envInt('BENCH_POP_SOCKETS', 1000)
  const calls = opts.calls ?? envInt('BENCH_POP_CALLS', 50)
  const pg = await startBenchPostgres()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-bench-pop-'))
  const apps: FastifyInstance[] = []
  let worker: Worker | null = null
  try {
    const url = await pg.createDatabase('screenpop')
    const a = await apiProcess(url, dataDir)
    apps.push(a)
    const b = await apiProcess(url, dataDir)
    apps.push(b)
    const address = await b.listen({ port: 0, host: '127.0.0.1' })
    const cookies = await operatorCookies(a, sockets)

    worker = new Worker(CLIENTS, { eval: true, workerData: { url: address.replace(/^http/, 'ws') + '/ws', cookies, wsPath: createRequire(import.meta.url).resolve('ws') } })
    const w = worker
    const inbox: { type: string; [k: string]: unknown }[] = []
    const waiters: { type: string; resolve: (m: { type: string; [k: string]: unknown }) => void }[] = []
    let failure: Error | null = null
    w.on('error', (err) => {
      failure = err
      for (const x of waiters.splice(0)) x.resolve({ type: 'error' })
    })
    w.on('message', (m) => {
      const i = waiters.findIndex((x) => x.type === m.type && (m.type !== 'all' || (x as { callSid?: string }).callSid === m.callSid))
      if (i >= 0) waiters.splice(i, 1)[0].resolve(m)
      else inbox.push(m)
    })
    const next = (type: string, callSid?: string, timeoutMs = 120_000) => new Promise<{ type: string; [k: string]: unknown }>((resolve, reject) => {
      if (failure) return reject(failure)
      const i = inbox.findIndex((m) => m.type === type && (callSid === undefined || m.callSid === callSid))
      if (i >= 0) return resolve(inbox.splice(i, 1)[0])
      const timer = setTimeout(() => reject(new Error(`bench: no ${type} within ${timeoutMs} ms`)), timeoutMs)
      waiters.push(Object.assign({ type, resolve: (m: { type: string; [k: string]: unknown }) => { clearTimeout(timer); resolve(m) } }, { callSid }))
    })

    const connectStart = performance.now()
    w.postMessage({ type: 'connect' })
    const connected = await next('connected')
    const connectMs = performance.now() - connectStart
    if (connected.sockets !== sockets || b.live.stats().clients !== sockets) throw new Error(`only ${String(connected.sockets)} of ${sockets} sockets connected`)

    const started = new Map<string, number>()
    const webhookMs: number[] = []
    const call = async (i: number) => {
      const callSid = 'CA' + createHash('md5').update(`bench-${i}-${Math.random()}`).digest('hex')
      const params: Record<string, string> = {
        AccountSid: ACCOUNT_SID, ApiVersion: '2010-04-01', CallSid: callSid, CallStatus: 'ringing', Direction: 'inbound',
        From: `+86139${String(10_000_000 + i)}`, To: HOTLINE, Caller: `+86139${String(10_000_000 + i)}`, Called: HOTLINE,
      }
      const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC}/channels/hotline/voice`, params)
      const all = next('all', callSid)
      const t0 = now()
      started.set(callSid, t0)
      const res = await a.inject({
        method: 'POST', url: '/channels/hotline/voice', payload: new URLSearchParams(params).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      })
      webhookMs.push(now() - t0)
      if (res.statusCode !== 200) throw new Error(`webhook answered ${res.statusCode}: ${res.body}`)
      await all
    }
    for (let i = 0; i < 3; i++) await call(-1 - i) // warm-up: connections, prepared statements, JIT
    started.clear()
    webhookMs.length = 0
    for (let i = 0; i < calls; i++) await call(i)

    w.postMessage({ type: 'collect' })
    const { arrivals } = (await next('arrivals')) as unknown as { arrivals: [string, number[]][] }
    const each: number[] = [], last: number[] = [], first: number[] = []
    for (const [callSid, times] of arrivals) {
      const t0 = started.get(callSid)
      if (t0 === undefined) continue
      const lat = times.map((x) => x - t0).sort((x, y) => x - y)
      each.push(...lat)
      first.push(lat[0])
      last.push(lat[lat.length - 1])
    }
    for (const list of [each, first, last, webhookMs]) list.sort((x, y) => x - y)
    const ok = pct(each, 0.99) < TARGET_P99_MS
    if (!ok) process.exitCode = 1
    return [
      `${sockets.toLocaleString('en')} operator websockets on B (connected in ${(connectMs / 1000).toFixed(1)} s), ${calls} signed calls to A, ${each.length.toLocaleString('en')} pops delivered`,
      `pop latency, webhook on A → each socket on B: p50 ${ms(pct(each, 0.5))}, p99 ${ms(pct(each, 0.99))}, max ${ms(each[each.length - 1])} ${ok ? '✓' : '✗ MISSED'} (target p99 < ${TARGET_P99_MS} ms)`,
      `first socket per call: p50 ${ms(pct(first, 0.5))}, p99 ${ms(pct(first, 0.99))}; last (1,000th) socket per call: p50 ${ms(pct(last, 0.5))}, p99 ${ms(pct(last, 0.99))}`,
      `webhook answered (call stored, history read, NOTIFY committed): p50 ${ms(pct(webhookMs, 0.5))}, p99 ${ms(pct(webhookMs, 0.99))}`,
      `B: ${b.live.stats().delivered.toLocaleString('en')} messages sent, ${b.live.stats().dropped} dropped; PostgreSQL: ${await pg.settings()}`,
    ]
  } finally {
    if (worker) {
      worker.postMessage({ type: 'close' })
      await new Promise((r) => setTimeout(r, 200))
      await worker.terminate()
    }
    for (const app of apps.reverse()) await app.close().catch(() => undefined)
    await pg.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

export const screenpopBenchSections: BenchSection[] = [{
  name: 'screenpop',
  about: `screen-pop delivery, signed call on one API process → 1,000 operator websockets on another: p99 < ${TARGET_P99_MS} ms`,
  run: () => benchScreenPop(),
}]

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const section of screenpopBenchSections) {
    process.stdout.write(`\n== ${section.name}: ${section.about}\n`)
    const t0 = Date.now()
    for (const line of await section.run()) process.stdout.write(`  ${line}\n`)
    process.stdout.write(`  (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`)
  }
}
