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
// the fixed load at which both routes' latency is compared: well within what either can carry on this machine
const RATE = Number(process.env.BENCH_WEB_RATE ?? 400)
const RATE_S = Number(process.env.BENCH_WEB_RATE_SECONDS ?? 10)
const LOAD = fileURLToPath(new URL('./web-load.ts', import.meta.url))

/** autocannon in a child process (bench/web-load.ts), so that the server's process does only the server's work. */
function load(url: string, idempotent: boolean, seconds: number, first: number, rate = 0): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', LOAD, url, idempotent ? '1' : '0', String(seconds), String(CONNECTIONS), String(first), String(rate)], { maxBuffer: 64 << 20 }, (err, stdout) => {
      if (err) reject(err)
      else resolve(JSON.parse(stdout) as autocannon.Result)
    })
  })
}

interface Measured { result: autocannon.Result; nodeMs: number; pgMs: number }

/** A warm-up (the JIT compiles the route's code; a server runs for days), then the measured run with its CPU per request. */
async function measure(url: string, idempotent: boolean, serverCpu: () => number): Promise<Measured> {
  if (WARM_S > 0) await load(url, idempotent, WARM_S, 0)
  const node = process.cpuUsage()
  const pg = serverCpu()
  const result = await load(url, idempotent, DURATION_S, 10_000_000)
  const used = process.cpuUsage(node)
  const pgUsed = serverCpu() - pg
  const n = Math.max(1, result.requests.total)
  return { result, nodeMs: (used.user + used.system) / 1000 / n, pgMs: (pgUsed * 1000) / n }
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
    // then the latency a citizen sees at a fixed, ordinary load, not at the most the server can take
    const bf = await load(`${bareUrl}/bare`, false, RATE_S, 20_000_000, RATE)
    const wf = await load(`${appUrl}/api/complaints`, true, RATE_S, 20_000_000, RATE)
    const b = bm.result, w = wm.result
    const [{ n, flagged }] = await sql`select count(*)::int as n, count(possible_duplicate_of)::int as flagged from complaints`
    await bare.close()
    await sql.end()
    await app.close()
    const ratio = w.requests.average / b.requests.average
    const line = (name: string, { result: r, nodeMs, pgMs }: Measured) =>
      `${name}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms (${CONNECTIONS} connections, ${DURATION_S} s after ${WARM_S} s warm-up, non-2xx ${r.non2xx}, errors ${r.errors}); ` +
      `CPU per request: Node ${nodeMs.toFixed(2)} ms, PostgreSQL ${pgMs.toFixed(2)} ms`
    const fixedLine = (name: string, f: autocannon.Result) =>
      `   ${name} at a fixed ${RATE} req/s for ${RATE_S} s: p50 ${f.latency.p50} ms, p99 ${f.latency.p99} ms, ${f.requests.average.toFixed(0)} req/s answered (non-2xx ${f.non2xx}, errors ${f.errors})`
    const cores = os.cpus().length
    return [
      line('web submissions (POST /api/complaints)', wm),
      line('bare Fastify route, one INSERT of the same body', bm),
      fixedLine('web submissions', wf),
      fixedLine('bare route', bf),
      `   ${cores} cores could carry at most ~${Math.round((cores * 1000) / (wm.nodeMs + wm.pgMs))} submissions/s and ~${Math.round((cores * 1000) / (bm.nodeMs + bm.pgMs))} bare INSERTs/s at these CPU costs (the load generator's own CPU not counted)`,
      `${ratio >= 0.5 ? '✓' : '✗'} web/bare throughput ${(ratio * 100).toFixed(0)} % (target ≥ 50 %); ${n} complaints stored (warm-up included), ${flagged} flagged as likely repeats`,
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
  process.exit(0)
}
