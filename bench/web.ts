// Web submissions (POST /api/complaints) per second and p99 at a fixed load, beside a bare Fastify route doing
// one INSERT of the same size, in the same run on the same PostgreSQL (target: at least half the bare throughput).
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { execFile } from 'node:child_process'
import type autocannon from 'autocannon'
import Fastify from 'fastify'
import { pgClient } from '../src/db/index.js'
import { postmasterPid, resetStatements, serverCpuReader, startBenchPostgres, STATEMENT_FLAGS, topStatements } from './pg.js'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'

const DURATION_S = Number(process.env.BENCH_WEB_SECONDS ?? 15)
const WARM_S = Number(process.env.BENCH_WEB_WARM_SECONDS ?? 4)
const CONNECTIONS = Number(process.env.BENCH_WEB_CONNECTIONS ?? 16)
// Throughput is what a route carries when enough requests are in flight to keep it busy: both routes are measured
// again at these numbers of connections, and the target compares the most each carried. A route that commits in
// groups needs more requests in flight than one that commits each request alone (empty: the 16 only).
const SWEEP = (process.env.BENCH_WEB_SWEEP ?? '64,128').split(',').filter(Boolean).map(Number)
// the fixed load at which both routes' latency is compared: well within what either can carry on this machine
const RATE = Number(process.env.BENCH_WEB_RATE ?? 400)
const RATE_S = Number(process.env.BENCH_WEB_RATE_SECONDS ?? 10)
const LOAD = fileURLToPath(new URL('./web-load.ts', import.meta.url))

/** autocannon in a child process (bench/web-load.ts), so that the server's process does only the server's work. */
function load(url: string, idempotent: boolean, seconds: number, first: number, rate = 0, connections = CONNECTIONS): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', LOAD, url, idempotent ? '1' : '0', String(seconds), String(connections), String(first), String(rate)], { maxBuffer: 64 << 20 }, (err, stdout) => {
      if (err) reject(err)
      else resolve(JSON.parse(stdout) as autocannon.Result)
    })
  })
}

interface Measured { result: autocannon.Result; nodeMs: number; pgMs: number; connections: number }

/** Answers in the 2xx range per second: a 4xx or 5xx is not a submission carried, though autocannon's requests.average counts it. */
const ok2xxPerSecond = (r: autocannon.Result) => r['2xx'] / Math.max(r.duration, 1e-9)

/** The target: web submissions carry at least this share of the bare INSERT route's 2xx answers per second. */
export const WEB_TARGET_RATIO = 0.5

/** A warm-up (the JIT compiles the route's code; a server runs for days), then the measured run with its CPU per request. */
async function measure(url: string, idempotent: boolean, serverCpu: () => number, connections = CONNECTIONS): Promise<Measured> {
  // each run numbers its people apart, so the duplicate check finds only the repeats web-load.ts makes on purpose
  // (web-load.ts keeps a number's last 8 digits for the phone): 16 connections number from 16,000,000, 64 from 64,000,000
  const first = 1_000_000 * connections
  if (WARM_S > 0) await load(url, idempotent, WARM_S, first, 0, connections)
  const node = process.cpuUsage()
  const pg = serverCpu()
  const result = await load(url, idempotent, DURATION_S, first + 500_000, 0, connections)
  const used = process.cpuUsage(node)
  const pgUsed = serverCpu() - pg
  const n = Math.max(1, result.requests.total)
  return { result, nodeMs: (used.user + used.system) / 1000 / n, pgMs: (pgUsed * 1000) / n, connections }
}

export async function benchWeb(): Promise<string[]> {
  // BENCH_STATEMENTS=1 prints the statements PostgreSQL spent its time on during the web submissions
  const pg = await startBenchPostgres({ flags: STATEMENT_FLAGS })
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-bench-web-'))
  try {
    const url = await pg.createDatabase('bench_web')
    const config = loadConfig({}, { SUQIU_DATA_DIR: dataDir, SUQIU_SECRET: 'bench-secret-bench-secret-bench-secret-01', LOG_LEVEL: 'silent', PORT: 0 })
    const app = await buildApp({ config, databaseUrl: url, rateLimitAllowList: ['127.0.0.1'] })
    const appUrl = await app.listen({ port: 0, host: '127.0.0.1' })

    // the baseline: one INSERT of the same body, on its own pool of the same size
    const sql = pgClient(url, { max: 10, onnotice: () => {} })
    await sql`create table if not exists bench_bare (id bigserial primary key, body jsonb not null, created_at timestamptz not null default now())`
    const bare = Fastify()
    bare.post('/bare', async (req, reply) => {
      const [row] = await sql`insert into bench_bare (body) values (${sql.json(req.body as never)}) returning id`
      return reply.status(201).send({ id: Number(row.id) })
    })
    const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' })

    const pmPid = await postmasterPid(sql)
    const serverCpu = pmPid ? serverCpuReader(pmPid) : () => NaN
    const bm = await measure(`${bareUrl}/bare`, false, serverCpu)
    await resetStatements(sql)
    const wm = await measure(`${appUrl}/api/complaints`, true, serverCpu)
    const statements = await topStatements(sql)
    const sweep: { bare: Measured; web: Measured }[] = [{ bare: bm, web: wm }]
    for (const c of SWEEP) sweep.push({ bare: await measure(`${bareUrl}/bare`, false, serverCpu, c), web: await measure(`${appUrl}/api/complaints`, true, serverCpu, c) })
    // then the latency a citizen sees at a fixed, ordinary load, not at the most the server can take
    const bf = await load(`${bareUrl}/bare`, false, RATE_S, 20_000_000, RATE)
    const wf = await load(`${appUrl}/api/complaints`, true, RATE_S, 20_000_000, RATE)
    const [{ n, flagged }] = await sql`select count(*)::int as n, count(possible_duplicate_of)::int as flagged from complaints`
    await bare.close()
    await sql.end()
    await app.close()
    const most = (pick: (s: (typeof sweep)[number]) => Measured) => sweep.map(pick).reduce((a, m) => (ok2xxPerSecond(m.result) > ok2xxPerSecond(a.result) ? m : a))
    const bestWeb = most((s) => s.web), bestBare = most((s) => s.bare)
    const ratio = ok2xxPerSecond(bestWeb.result) / ok2xxPerSecond(bestBare.result)
    const ok = ratio >= WEB_TARGET_RATIO
    if (!ok) process.exitCode = 1
    const line = (name: string, { result: r, nodeMs, pgMs, connections }: Measured) =>
      `${name}: ${ok2xxPerSecond(r).toFixed(0)} 2xx/s (${r.requests.average.toFixed(0)} req/s), p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms (${connections} connections, ${DURATION_S} s after ${WARM_S} s warm-up, non-2xx ${r.non2xx}, errors ${r.errors}); ` +
      `CPU per request: Node ${nodeMs.toFixed(2)} ms, PostgreSQL ${pgMs.toFixed(2)} ms`
    const sweepLine = ({ bare: sb, web: sw }: (typeof sweep)[number]) =>
      `   ${String(sw.connections).padStart(3)} connections: web ${ok2xxPerSecond(sw.result).toFixed(0)} 2xx/s (p99 ${sw.result.latency.p99} ms, CPU ${sw.nodeMs.toFixed(2)} + ${sw.pgMs.toFixed(2)} ms, non-2xx ${sw.result.non2xx}), ` +
      `bare ${ok2xxPerSecond(sb.result).toFixed(0)} 2xx/s (p99 ${sb.result.latency.p99} ms, CPU ${sb.nodeMs.toFixed(2)} + ${sb.pgMs.toFixed(2)} ms, non-2xx ${sb.result.non2xx}), ${((100 * ok2xxPerSecond(sw.result)) / ok2xxPerSecond(sb.result)).toFixed(0)} %`
    const fixedLine = (name: string, f: autocannon.Result) =>
      `   ${name} at a fixed ${RATE} req/s for ${RATE_S} s: p50 ${f.latency.p50} ms, p99 ${f.latency.p99} ms, ${f.requests.average.toFixed(0)} req/s answered (non-2xx ${f.non2xx}, errors ${f.errors})`
    const cores = os.cpus().length
    return [
      line('web submissions (POST /api/complaints)', wm),
      line('bare Fastify route, one INSERT of the same body', bm),
      ...(SWEEP.length ? ['   throughput by requests in flight (CPU per request: Node + PostgreSQL):', ...sweep.map(sweepLine)] : []),
      fixedLine('web submissions', wf),
      fixedLine('bare route', bf),
      `   ${cores} cores could carry at most ~${Math.round((cores * 1000) / (wm.nodeMs + wm.pgMs))} submissions/s and ~${Math.round((cores * 1000) / (bm.nodeMs + bm.pgMs))} bare INSERTs/s at these CPU costs (the load generator's own CPU not counted)`,
      `web/bare throughput ${(ratio * 100).toFixed(0)} % ${ok ? '✓' : '✗ MISSED'}: the most 2xx answers/s each carried, web ${ok2xxPerSecond(bestWeb.result).toFixed(0)} at ${bestWeb.connections} connections, bare ${ok2xxPerSecond(bestBare.result).toFixed(0)} at ${bestBare.connections} (target ≥ ${WEB_TARGET_RATIO * 100} %); ${n} complaints stored (warm-up included), ${flagged} flagged as likely repeats`,
      `   ${await pg.settings()}`,
      ...statements,
    ]
  } finally {
    await pg.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const l of await benchWeb()) process.stdout.write(l + '\n')
  process.exit(process.exitCode ?? 0)
}
