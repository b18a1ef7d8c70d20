// Web submissions (POST /api/complaints) per second and p99 at a fixed load, beside a bare Fastify route doing
// one INSERT of the same size, in the same run on the same PostgreSQL (target: at least half the bare throughput).
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import Fastify from 'fastify'
import { pgClient } from '../src/db/index.js'
import { startBenchPostgres } from './pg.js'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'

const DURATION_S = Number(process.env.BENCH_WEB_SECONDS ?? 15)
const CONNECTIONS = Number(process.env.BENCH_WEB_CONNECTIONS ?? 16)

// Each submission comes from another person (as the city's traffic does); every 20th repeats an earlier one's
// phone and text, so the duplicate check (重复件) finds and flags something too.
const form = (i: number) => {
  const person = i % 20 === 19 ? i - 10 : i
  return JSON.stringify({
    type: 'complaint', title: '夜间施工扰民',
    content: `拓东街道某工地连续一周夜间施工到凌晨两点，噪音很大，影响居民休息，请尽快处理。编号${person}`,
    address: '昆明市盘龙区拓东街道',
    complainant: { anonymous: false, name: '王五', phone: `138${String(10_000_000 + person).slice(-8)}`, email: `resident${person}@example.com` },
  })
}

async function load(url: string, idempotent: boolean): Promise<autocannon.Result> {
  let n = 0
  return autocannon({
    url, connections: CONNECTIONS, duration: DURATION_S, method: 'POST',
    requests: [{
      method: 'POST',
      setupRequest: (req) => {
        const i = n++
        return { ...req, headers: { 'content-type': 'application/json', ...(idempotent ? { 'idempotency-key': `bench-${process.pid}-${i}` } : {}) }, body: form(i) }
      },
    }],
  })
}

export async function benchWeb(): Promise<string[]> {
  const pg = await startBenchPostgres()
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

    const b = await load(`${bareUrl}/bare`, false)
    const w = await load(`${appUrl}/api/complaints`, true)
    const [{ n, flagged }] = await sql`select count(*)::int as n, count(possible_duplicate_of)::int as flagged from complaints`
    await bare.close()
    await sql.end()
    await app.close()
    const ratio = w.requests.average / b.requests.average
    const line = (name: string, r: autocannon.Result) =>
      `${name}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms (${CONNECTIONS} connections, ${DURATION_S} s, non-2xx ${r.non2xx}, errors ${r.errors})`
    return [
      line('web submissions (POST /api/complaints)', w),
      line('bare Fastify route, one INSERT of the same body', b),
      `${ratio >= 0.5 ? '✓' : '✗'} web/bare throughput ${(ratio * 100).toFixed(0)} % (target ≥ 50 %); ${n} complaints stored, ${flagged} flagged as likely repeats`,
      `   ${await pg.settings()}`,
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
