// Screen-pop delivery latency with 1,000 connected operator websockets (issue 5): two API processes — two Node
// processes of their own (bench/screenpop-api.ts, the app as SUQIU_ROLE=api builds it) — on one throw-away
// PostgreSQL (bench/pg.ts); signed hotline calls are posted over HTTP to A, the operators' sockets are connected to
// B, so every pop goes webhook → calls row + NOTIFY on commit → LISTEN on B → 1,000 sockets. What every operator
// gets is the call.incoming notice that a call waits (the caller's history goes only to the operator who takes the
// call, in the answer to POST /api/calls/:callSid/take). The clients run in a worker thread of the bench, so their
// parsing does not queue behind the server's sends.
// `npx tsx bench/screenpop.ts`; BENCH_POP_SOCKETS and BENCH_POP_CALLS change the load.
import { createHash, randomBytes } from 'node:crypto'
import { fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import twilio from 'twilio'
import { pgClient, type Sql } from '../src/db/index.js'
import type { LiveStats } from '../src/live/plugin.js'
import { startBenchPostgres } from './pg.js'

export interface BenchSection { name: string; about: string; run(): Promise<string[]> }

const TARGET_P99_MS = 200
const PUBLIC = 'https://rexian.km.gov.cn'
const ACCOUNT_SID = 'AC' + 'b'.repeat(32)
const AUTH_TOKEN = 'bench-auth-token-0123456789abcdef'
const HOTLINE = '+868712345678'
const CITY = '530100'
const API_SCRIPT = fileURLToPath(new URL('./screenpop-api.ts', import.meta.url))

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

/** One API process (bench/screenpop-api.ts) forked with tsx: its URL, its live-feed counters, and a way to stop it. */
interface ApiProcess { url: string; pid: number; stats(): Promise<LiveStats & { pid: number }>; stop(): Promise<void> }

async function apiProcess(name: string, databaseUrl: string, dataDir: string): Promise<ApiProcess> {
  const child: ChildProcess = fork(API_SCRIPT, [databaseUrl, dataDir, PUBLIC, ACCOUNT_SID, AUTH_TOKEN, HOTLINE], {
    execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  })
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-4000) })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const message = <T>(type: string, timeoutMs: number) => new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => { cleanup(); reject(new Error(`API process ${name}: no ${type} within ${timeoutMs} ms\n${stderr}`)) }, timeoutMs)
    const onMessage = (m: { type: string }) => { if (m.type === type) { cleanup(); resolve(m as T) } }
    const onExit = (code: number | null) => { cleanup(); reject(new Error(`API process ${name} exited (${code}) before ${type}\n${stderr}`)) }
    const cleanup = () => { clearTimeout(timer); child.off('message', onMessage); child.off('exit', onExit) }
    child.on('message', onMessage)
    child.once('exit', onExit)
  })
  const { url, pid } = await message<{ url: string; pid: number }>('listening', 120_000)
  return {
    url, pid,
    stats: () => { const answer = message<LiveStats & { pid: number }>('stats', 10_000); child.send({ type: 'stats' }); return answer },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.send({ type: 'close' })
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** Signed in operators of the city centre: users and sessions written directly (no 1,000 scrypt sign-ins). */
async function operatorCookies(sql: Sql, n: number): Promise<string[]> {
  const [centre] = await sql`select id from units where division_code = ${CITY} and is_default`
  const users = await sql`
    insert into users (username, display_name, password_hash, role, unit_id)
    select 'bench_operator_' || g, '话务员' || g, 'no-password', 'operator', ${centre.id} from generate_series(1, ${n}) g
    returning id`
  const tokens = users.map(() => randomBytes(32).toString('base64url'))
  await sql`
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
  const apis: ApiProcess[] = []
  let worker: Worker | null = null
  let sql: Sql | null = null
  try {
    const url = await pg.createDatabase('screenpop')
    const [a, b] = await Promise.all([apiProcess('A', url, dataDir), apiProcess('B', url, dataDir)])
    apis.push(a, b)
    if (a.pid === b.pid || a.pid === process.pid || b.pid === process.pid) throw new Error('the API processes must be two processes of their own')
    const address = b.url
    sql = pgClient(url, { max: 2, onnotice: () => {} })
    const cookies = await operatorCookies(sql, sockets)

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
    if (connected.sockets !== sockets || (await b.stats()).clients !== sockets) throw new Error(`only ${String(connected.sockets)} of ${sockets} sockets connected`)

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
      const res = await fetch(`${a.url}/channels/hotline/voice`, {
        method: 'POST', body: new URLSearchParams(params).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      })
      const body = await res.text()
      webhookMs.push(now() - t0)
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}: ${body}`)
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
    const bStats = await b.stats()
    return [
      `A and B: two Node processes (pids ${a.pid} and ${b.pid}, the bench ${process.pid}) on one PostgreSQL`,
      `${sockets.toLocaleString('en')} operator websockets on B (connected in ${(connectMs / 1000).toFixed(1)} s), ${calls} signed calls to A, ${each.length.toLocaleString('en')} pops delivered`,
      `pop latency, webhook on A → each socket on B: p50 ${ms(pct(each, 0.5))}, p99 ${ms(pct(each, 0.99))}, max ${ms(each[each.length - 1])} ${ok ? '✓' : '✗ MISSED'} (target p99 < ${TARGET_P99_MS} ms)`,
      `first socket per call: p50 ${ms(pct(first, 0.5))}, p99 ${ms(pct(first, 0.99))}; last socket per call: p50 ${ms(pct(last, 0.5))}, p99 ${ms(pct(last, 0.99))}`,
      `webhook answered (call stored, NOTIFY committed): p50 ${ms(pct(webhookMs, 0.5))}, p99 ${ms(pct(webhookMs, 0.99))}`,
      `B: ${bStats.delivered.toLocaleString('en')} messages sent, ${bStats.dropped} dropped; PostgreSQL: ${await pg.settings()}`,
    ]
  } finally {
    if (worker) {
      worker.postMessage({ type: 'close' })
      await new Promise((r) => setTimeout(r, 200))
      await worker.terminate()
    }
    await sql?.end({ timeout: 5 })
    await Promise.all(apis.map((api) => api.stop()))
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
  process.exit(process.exitCode ?? 0)
}
