// Case benchmarks on a real, throw-away PostgreSQL (bench/pg.ts). Events run with PostgreSQL's default durability
// (fsync, synchronous_commit, full_page_writes on); the read-only queue bench loads its million rows with fsync off.
//  1. applyEvent throughput: cases created with createComplaint, REGISTERed and DISPATCHed down to villages all over
//     Kunming, then SIGN / SUBMIT_REPLY / REJECT_REPLY / APPROVE_REPLY ×3 / SEND_FEEDBACK / EVALUATE driven through
//     `applyEvent` with several transactions in flight; events/s, p50/p99, and where the in-flight transactions wait.
//  2. Officer queue: 1,000,000 cases generated in SQL over Kunming's 1,738 villages, then the `GET /api/cases` query
//     (src/cases/routes.ts, `visibleTo` from src/cases/access.ts) for village, township and county users.
// `npx tsx bench/cases.ts` runs both; BENCH_EVENTS, BENCH_IN_FLIGHT, BENCH_QUEUE_CASES, BENCH_QUEUE_RUNS shrink them.
import { readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import postgres from 'postgres'
import { connect, type Sql } from '../src/db/index.js'
import { caseServices } from '../src/cases/plugin.js'
import { applyEvent, type EventInput } from '../src/cases/apply.js'
import { createComplaint } from '../src/complaints/create.js'
import { visibleTo } from '../src/cases/access.js'
import type { CaseServices } from '../src/cases/services.js'
import type { Actor, StaffActor } from '../src/cases/machine.js'
import type { StaffUser } from '../src/users/service.js'
import type { Role } from '../src/auth/roles.js'
import { startBenchPostgres } from './pg.js'

export interface BenchSection { name: string; run(): Promise<string[]> }

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

/** Runs `next()` with `inFlight` callers at once until it returns false. */
async function pool(inFlight: number, next: () => Promise<boolean>): Promise<void> {
  await Promise.all(Array.from({ length: inFlight }, async () => { while (await next()); }))
}

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

/** CPU seconds (user + system) used so far by the PostgreSQL server: the postmaster's live children. */
function serverCpuReader(postmasterPid: number): () => number {
  const tick = 100 // USER_HZ on Linux
  const fields = (pid: string) => readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')
  return () => {
    let ticks = 0
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue
      try {
        const f = fields(pid) // f[0] is field 3 (state): ppid is f[1], utime f[11], stime f[12]
        if (Number(f[1]) === postmasterPid || Number(pid) === postmasterPid) ticks += Number(f[11]) + Number(f[12])
      } catch { /* exited meanwhile */ }
    }
    return ticks / tick
  }
}

async function postmasterPid(sql: Sql): Promise<number | null> {
  try {
    const [{ pid }] = await sql`select pg_backend_pid() as pid`
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1])
  } catch {
    return null // not on this machine's /proc
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

interface Step { input: EventInput; actor: Actor }

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
  const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: 'bench-sampler' } })
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
  const target = opts.events ?? envInt('BENCH_EVENTS', 5_000)
  const inFlight = opts.inFlight ?? envInt('BENCH_IN_FLIGHT', 16)
  const out: string[] = []
  // BENCH_SYNCHRONOUS_COMMIT=off shows what the serialized commit fsync costs (not a setting to run with)
  const syncCommit = process.env.BENCH_SYNCHRONOUS_COMMIT === 'off' ? ['-c', 'synchronous_commit=off'] : []
  const pg = await startBenchPostgres({ flags: ['-c', 'track_wal_io_timing=on', ...syncCommit] })
  try {
    const database = 'suqiu_bench_events'
    const url = await pg.createDatabase(database)
    out.push(`PostgreSQL: ${await pg.settings()}`)
    const conn = connect(url, { max: inFlight + 4 })
    try {
      const { sql } = conn
      const services: CaseServices = await caseServices(sql, SECRET, CITY)
      const root = await rootUnit(sql)
      const all = await villages(sql)

      // Which village each case goes to (spread over the whole city), and its remaining events.
      const plans: { village: Village; reject: boolean }[] = []
      for (let i = 0, events = 0; events < target; i++) {
        const reject = i % 4 === 3
        plans.push({ village: all[(i * 7919) % all.length], reject })
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
      const scripts = plans.map((p, i) => ({ id: ids[i], steps: lifecycle(p.village, root, actor, p.reject), at: 0 }))
      const ready = scripts.map((_, i) => i)
      let head = 0
      let started = 0
      const latencies: number[] = []
      const byType = new Map<string, number[]>()
      const pmPid = await postmasterPid(sql)
      const serverCpu = pmPid ? serverCpuReader(pmPid) : () => NaN
      const loadBefore = load()
      const walBefore = await walFsyncs(sql)
      const cpuBefore = { node: process.cpuUsage(), server: serverCpu() }
      const sampler = waitSampler(url, database)
      t0 = performance.now()
      await pool(inFlight, async () => {
        if (started >= target || head >= ready.length) return false
        const index = ready[head++]
        const s = scripts[index]
        const step = s.steps[s.at++]
        started++
        const t = performance.now()
        await applyEvent(services, s.id, step.input, step.actor)
        const ms = performance.now() - t
        latencies.push(ms)
        const list = byType.get(step.input.type) ?? byType.set(step.input.type, []).get(step.input.type)!
        list.push(ms)
        if (s.at < s.steps.length) ready.push(index)
        return true
      })
      const elapsed = performance.now() - t0
      const nodeCpu = process.cpuUsage(cpuBefore.node)
      const serverCpuMs = (serverCpu() - cpuBefore.server) * 1000
      const waits = await sampler.stop()
      const walAfter = await walFsyncs(sql)
      const sorted = sortNum(latencies)
      out.push(`applyEvent: ${fmtInt((latencies.length * 1000) / elapsed)} events/s (p50 ${fmtMs(percentile(sorted, 0.5))}, p99 ${fmtMs(percentile(sorted, 0.99))}; ${inFlight} in flight; ${fmtInt(latencies.length)} events)`)
      out.push('  by event: ' + [...byType].map(([type, xs]) => `${type} ${fmtInt(xs.length)}× p50 ${fmtMs(percentile(sortNum(xs), 0.5))}`).join(', '))
      out.push(`  where the ${inFlight} connections were (average over ${waits.samples} samples of pg_stat_activity): ` +
        waits.average.map(([k, n]) => `${k} ${n.toFixed(1)}`).join(', '))
      const nodeMs = (nodeCpu.user + nodeCpu.system) / 1000 / latencies.length
      const pgMs = serverCpuMs / latencies.length
      const fsyncs = walAfter.n - walBefore.n
      const fsyncMs = fsyncs > 0 ? (walAfter.ms - walBefore.ms) / fsyncs : NaN
      out.push(`  WAL: ${(fsyncs / latencies.length).toFixed(2)} fsyncs per event, ${fsyncMs.toFixed(2)} ms each on average` +
        (fsyncs / latencies.length > 0.5 ? ` → one commit at a time (the audit lock is held until the commit's fsync ends) allows at most ~${fmtInt(1000 / fsyncMs)} events/s` : ''))
      out.push(`  CPU per event: Node ${nodeMs.toFixed(2)} ms, PostgreSQL ${pgMs.toFixed(2)} ms` +
        ` → ${os.cpus().length} cores could carry ~${fmtInt((os.cpus().length * 1000) / (nodeMs + pgMs))} events/s if commits did not queue; load average ${loadBefore} before, ${load()} after (${os.cpus().length} CPUs, other jobs included)`)
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

// ---------------------------------------------------------------------------------------------
// 2. Officer queue over 1,000,000 cases

type Queue = 'mine' | 'all'
/** A kind of query that is far too slow stops after this long (at least 10 queries). */
const KIND_BUDGET_MS = 8_000

/** The list query of `GET /api/cases` (src/cases/routes.ts), copied verbatim for the queue and page it is asked. */
export function listCases(sql: Sql, user: StaffUser, queue: Queue, page = 1, pageSize = 20) {
  const filters = [visibleTo(sql, user)]
  if (queue === 'mine') filters.push(sql`c.current_unit_id = ${user.unit.id}`)
  const where = filters.reduce((acc, f) => sql`${acc} and ${f}`)
  return sql`
      select c.id, k.case_number, k.title, c.channel, c.type, c.state, c.warning, c.category, c.received_at, c.link_due_at, c.overall_due_at,
             c.current_unit_id, u.name as current_unit, k.anonymous, k.identity_masked, c.division_code, c.return_count, c.supervision_count,
             count(*) over () as total
      from cases c join complaints k on k.id = c.id left join units u on u.id = c.current_unit_id
      where ${where}
      order by c.link_due_at asc nulls last, c.id
      limit ${pageSize} offset ${(page - 1) * pageSize}`
}

/** One real case driven to the end, so the generated rows carry a real snapshot (the same for all). */
export async function templateSnapshot(services: CaseServices, root: number, v: Village, sql: Sql): Promise<unknown> {
  const actor = await staff(sql, [
    { role: 'dispatcher', unitId: root }, { role: 'operator', unitId: root },
    { role: 'officer', unitId: v.village }, { role: 'supervisor', unitId: v.township }, { role: 'supervisor', unitId: v.county },
  ])
  const { id } = await createComplaint(services, draft(0, v), { rootUnitId: root, actor: { userId: actor('operator', root).userId, kind: 'staff' } })
  await applyEvent(services, id, { type: 'REGISTER', category: 'village_affairs' }, actor('dispatcher', root))
  await applyEvent(services, id, { type: 'DISPATCH', chain: [v.county, v.township, v.village] }, actor('dispatcher', root))
  for (const step of lifecycle(v, root, actor, true)) await applyEvent(services, id, step.input, step.actor)
  const [row] = await sql`select snapshot from cases where id = ${id}`
  return row.snapshot
}

/**
 * Generates `n` complaints and cases (ids after the template case) over every village of the city:
 * 80% closed, the rest spread over the open states; 85% handled at the village, 15% at the township;
 * 0.5% are reports against a township (recusal: handled by the county, hidden from the township).
 */
export async function generateCases(pool: Sql, n: number, root: number, snapshot: unknown): Promise<void> {
  // two connections: the complaints and the cases are written side by side
  const sql = await pool.reserve()
  const other = await pool.reserve()
  try {
    await generateOn(sql, other, n, root, snapshot)
  } finally {
    sql.release()
    other.release()
  }
}

async function generateOn(sql: postgres.ReservedSql, other: postgres.ReservedSql, n: number, root: number, snapshot: unknown): Promise<void> {
  const verbose = !!process.env.BENCH_VERBOSE
  const step = async (label: string, work: () => Promise<unknown>) => {
    const t = performance.now()
    await work()
    if (verbose) process.stderr.write(`  [generate] ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s\n`)
  }
  for (const c of [sql, other]) await c`set maintenance_work_mem = '256MB'`
  // secondary indexes are built once after the load (same definitions), which is much faster than row by row
  const secondary = await sql`
    select indexname, indexdef from pg_indexes
    where schemaname = 'public' and tablename in ('cases', 'complaints')
      and indexname not in (select conname from pg_constraint)`
  await sql`

    create unlogged table bench_villages as
    select (row_number() over (order by v.code))::int - 1 as i, v.code, t.code as township_code,
           vu.id as village, tu.id as township, cu.id as county
    from divisions v join divisions t on t.code = v.parent_code join divisions c on c.code = t.parent_code
    join units vu on vu.division_code = v.code and vu.is_default
    join units tu on tu.division_code = t.code and tu.is_default
    join units cu on cu.division_code = c.code and cu.is_default
    where v.level = 'village' and v.city_code = ${CITY}`
  await sql`create unique index on bench_villages (i)`
  for (const ix of secondary) await sql.unsafe(`drop index ${ix.indexname}`)
  const [{ villages: count }] = await sql`select count(*)::int as villages from bench_villages`
  const [{ first }] = await sql`select coalesce(max(id), 0)::bigint + 1 as first from complaints`
  await sql`select setseed(0.42)`
  // one row per case with its random draws (final states first: they are the old ones); both inserts below read it
  await step('random draws', () => sql`
    create unlogged table bench_gen as
    select g::bigint as id, floor(random() * ${count})::int as vi, r, random() as lvl, random() as w,
           now() - (case when r < 0.82 then random() * 1095 else random() * 20 end) * interval '1 day' as received_at,
           (random() * 16 - 4) * interval '1 day' as due_in
    from (select g, random() as r from generate_series(${first}::bigint, ${first}::bigint + ${n} - 1) g) s`)
  await step('rows', () => sql`
    create unlogged table bench_rows as
    select b.id, b.received_at, b.w, v.code as village_code, v.township_code,
           v.village, v.township, v.county,
           case when b.r < 0.80 then 'closed' when b.r < 0.81 then 'rejected' when b.r < 0.815 then 'merged' when b.r < 0.82 then 'withdrawn'
                when b.r < 0.83 then 'intake' when b.r < 0.84 then 'triage' when b.r < 0.87 then 'assigned' when b.r < 0.94 then 'handling'
                when b.r < 0.97 then 'review' when b.r < 0.985 then 'feedback' else 'evaluation' end as state,
           case when b.lvl < 0.005 then 'county' when b.lvl < 0.155 then 'township' else 'village' end as handling,
           b.due_in
    from bench_gen b join bench_villages v on v.i = b.vi`)
  // the ids match the complaints by construction: no per-row foreign-key check while loading the cases
  await other`set session_replication_role = replica`
  const complaints = step('complaints', () => sql`
    insert into complaints (id, case_number, channel, external_id, received_at, type, urgency, title, content, division_code, address, category,
                            anonymous, identity, identity_masked, phone_hash, tracking_code, pin_hash, accused_unit_id, extra, created_at)
    overriding system value
    select id, 'KM' || to_char(received_at, 'YYYYMMDD') || lpad(id::text, 7, '0'),
           (array['hotline','web','phone','letter','visit','fax'])[1 + (id % 6)]::channel, 'gen-' || id, received_at,
           case when handling = 'county' then 'report' else 'complaint' end::complaint_type, 'normal',
           (array['公示栏长期不更新','路灯损坏无人维修','垃圾清运不及时','农田灌溉渠堵塞','集体收支不公开','道路破损影响出行'])[1 + (id % 6)::int],
           '群众反映：' || (array['公示栏长期不更新','路灯损坏无人维修','垃圾清运不及时','农田灌溉渠堵塞','集体收支不公开','道路破损影响出行'])[1 + (id % 6)::int] || '，已反映多次仍未解决，请尽快处理。',
           village_code, '昆明市 ' || village_code, 'village_affairs',
           id % 10 = 0,
           case when id % 10 = 0 then null else jsonb_build_object('name', 'v1.' || md5(id::text), 'phone', 'v1.' || md5('p' || id)) end,
           case when id % 10 = 0 then null else jsonb_build_object('name', '李*', 'phone', '139****' || lpad((id % 10000)::text, 4, '0')) end,
           case when id % 10 = 0 then null else md5('phone' || (id % 400000)) end,
           upper(substr(md5('t' || id), 1, 12)), md5('pin' || id),
           case when handling = 'county' then township end, '{}'::jsonb, received_at
    from bench_rows`)
  const cases = step('cases', () => other`
    insert into cases (id, version, machine_version, snapshot, state, warning, root_unit_id, current_unit_id, chain_unit_ids, handling_level,
                       division_code, recuse_division_code, type, channel, category, received_at, link_started_at, link_due_at, overall_due_at,
                       next_check_at, return_count, redo_count, supervision_count, resolved, rating, dispatched_at, signed_in_time, replied_at, closed_at, updated_at)
    select id, 8, 1, ${sql.json(snapshot as never)}, state,
           (case when state in ('closed','rejected','merged','withdrawn') then 'none'
                 when due_in < interval '0' then 'red' when w < 0.1 then 'yellow' else 'none' end)::warning,
           ${root},
           case when state in ('closed','rejected','merged','withdrawn') then null
                when state in ('intake','triage','feedback','evaluation') then ${root}::bigint
                when state in ('assigned','handling') then case handling when 'village' then village when 'township' then township else county end
                else case handling when 'village' then township when 'township' then county else ${root}::bigint end end,
           case when state in ('intake','triage','rejected','merged','withdrawn') then array[${root}::bigint]
                when handling = 'village' then array[${root}::bigint, county, township, village]
                when handling = 'township' then array[${root}::bigint, county, township]
                else array[${root}::bigint, county] end,
           case when state in ('intake','triage','rejected','merged','withdrawn') then null else handling end::level,
           village_code,
           case when handling = 'county' then township_code end,
           case when handling = 'county' then 'report' else 'complaint' end::complaint_type,
           (array['hotline','web','phone','letter','visit','fax'])[1 + (id % 6)]::channel, 'village_affairs', received_at,
           case when state in ('closed','rejected','merged','withdrawn') then null else now() - interval '1 day' end,
           case when state in ('closed','rejected','merged','withdrawn') then null else now() + due_in end,
           received_at + interval '21 days',
           case when state in ('closed','rejected','merged','withdrawn') then null else now() + due_in - interval '1 day' end,
           (w * 10)::int % 3 / 2, 0, case when w > 0.97 then 1 else 0 end,
           case when state in ('closed','feedback','evaluation') then true end,
           case when state = 'closed' then 'satisfied' end,
           case when state not in ('intake','triage','rejected','merged','withdrawn') then received_at + interval '2 hours' end,
           case when state not in ('intake','triage','assigned','rejected','merged','withdrawn') then true end,
           case when state in ('closed','feedback','evaluation') then received_at + interval '6 days' end,
           case when state in ('closed','rejected','merged','withdrawn') then received_at + interval '9 days' end,
           received_at + interval '9 days'
    from bench_rows`)
  await Promise.all([complaints, cases])
  await other`set session_replication_role = origin`
  await sql`drop table bench_rows`
  await sql`drop table bench_gen`
  await sql`drop table bench_villages`
  const build = async (c: postgres.ReservedSql, table: string) => {
    for (const ix of secondary.filter((x) => x.indexdef.includes(`ON public.${table} `))) await c.unsafe(ix.indexdef)
  }
  await step('indexes', () => Promise.all([build(sql, 'cases'), build(other, 'complaints')]))
  await step('vacuum analyze', () => Promise.all([sql`vacuum analyze cases`, other`vacuum analyze complaints`]))
}

interface Kind { label: string; queue: Queue; users: StaffUser[] }

async function staffUser(sql: Sql, role: Role, divisionCode: string, n: number): Promise<StaffUser> {
  const [u] = await sql`select id, name, division_code, level from units where division_code = ${divisionCode} and is_default`
  return { id: n, username: `bench_${role}_${divisionCode}`, displayName: 'bench', role, unit: { id: Number(u.id), name: u.name, divisionCode: u.division_code, level: u.level } }
}

export async function benchQueue(opts: { cases?: number; runs?: number } = {}): Promise<string[]> {
  const total = opts.cases ?? envInt('BENCH_QUEUE_CASES', 1_000_000)
  const runs = opts.runs ?? envInt('BENCH_QUEUE_RUNS', 200)
  const out: string[] = []
  // Only reads are measured here: durability is off so that the million rows load quickly (a SELECT does not fsync).
  // 2 GB of shared buffers hold the 1.9 GB of cases and complaints, as on a production server with 8 GB of memory.
  const pg = await startBenchPostgres({ flags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'shared_buffers=2GB'] })
  try {
    const url = await pg.createDatabase('suqiu_bench_queue')
    out.push(`PostgreSQL: ${await pg.settings()}`)
    const conn = connect(url, { max: 4 })
    try {
      const { sql } = conn
      const services = await caseServices(sql, SECRET, CITY)
      const root = await rootUnit(sql)
      const all = await villages(sql)
      const snapshot = await templateSnapshot(services, root, all[0], sql)
      let t0 = performance.now()
      await generateCases(sql, total - 1, root, snapshot)
      const [{ n }] = await sql`select count(*)::int as n from cases`
      const [{ size }] = await sql`select pg_size_pretty(pg_total_relation_size('cases') + pg_total_relation_size('complaints')) as size`
      out.push(`generated ${fmtInt(n)} cases over ${fmtInt(all.length)} villages in ${(Math.round(performance.now() - t0) / 1000).toFixed(0)} s (cases + complaints ${size})`)

      // users to query as: several units of each kind, taken in turn
      const pick = <T>(xs: T[], k: number) => Array.from({ length: k }, (_, i) => xs[Math.floor((i * xs.length) / k)])
      const townships = [...new Set(all.map((v) => v.townshipCode))]
      const counties = [...new Set(all.map((v) => v.countyCode))]
      const villageUsers = await Promise.all(pick(all, 20).map((v, i) => staffUser(sql, 'officer', v.code, 1000 + i)))
      const townshipUsers = await Promise.all(pick(townships, 20).map((c, i) => staffUser(sql, 'officer', c, 2000 + i)))
      const countyUsers = await Promise.all(counties.map((c, i) => staffUser(sql, 'inspector', c, 3000 + i)))
      const kinds: Kind[] = [
        { label: 'village, mine', queue: 'mine', users: villageUsers },
        { label: 'township, mine', queue: 'mine', users: townshipUsers },
        { label: 'county inspector, mine', queue: 'mine', users: countyUsers },
        { label: 'village, all', queue: 'all', users: villageUsers },
        { label: 'township, all', queue: 'all', users: townshipUsers },
        { label: 'county inspector, all', queue: 'all', users: countyUsers },
      ]
      out.push(`load average ${load()} before the queries (${os.cpus().length} CPUs, other jobs included)`)
      for (const kind of kinds) {
        for (const user of kind.users.slice(0, 5)) await listCases(sql, user, kind.queue) // warm-up
        const times: number[] = []
        let rows = 0
        const until = performance.now() + KIND_BUDGET_MS
        for (let i = 0; i < runs && (i < 10 || performance.now() < until); i++) {
          const user = kind.users[i % kind.users.length]
          t0 = performance.now()
          const result = await listCases(sql, user, kind.queue)
          times.push(performance.now() - t0)
          rows += result.length ? Number(result[0].total) : 0
        }
        const sorted = sortNum(times)
        const p95 = percentile(sorted, 0.95)
        out.push(`officer queue (${kind.label}): p50 ${fmtMs(percentile(sorted, 0.5))}, p95 ${fmtMs(p95)} over ${fmtInt(n)} cases` +
          ` (${times.length} queries${times.length < runs ? `, cut at ${KIND_BUDGET_MS / 1000} s` : ''}, ${kind.users.length} units, ${fmtInt(rows / times.length)} matching cases on average)`)
        if (kind.queue === 'mine') {
          // the same queries timed inside PostgreSQL: no driver, no socket, no waiting for Node to be scheduled
          const server: number[] = []
          for (let i = 0; i < 50; i++) {
            const [plan] = await sql`explain (analyze, timing off, summary on, format json) ${listCases(sql, kind.users[i % kind.users.length], kind.queue)}`
            const [summary] = plan['QUERY PLAN'] as { 'Planning Time': number; 'Execution Time': number }[]
            server.push(summary['Planning Time'] + summary['Execution Time'])
          }
          const s = sortNum(server)
          out.push(`  inside PostgreSQL (plan + execute, EXPLAIN ANALYZE ×50): p50 ${fmtMs(percentile(s, 0.5))}, p95 ${fmtMs(percentile(s, 0.95))}`)
        }
        if (p95 > 20 || process.env.BENCH_EXPLAIN) {
          const user = kind.users[0]
          const plan = await sql`explain (analyze, buffers, costs off, summary on) ${listCases(sql, user, kind.queue)}`
          out.push(`  EXPLAIN ANALYZE as ${user.unit.name} (${user.unit.divisionCode}):`)
          for (const line of plan) out.push('    ' + line['QUERY PLAN'])
        }
      }
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
  { name: 'officer queue over 1,000,000 cases', run: () => benchQueue() },
]

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const only = process.argv.slice(2)
  for (const section of casesBenchSections.filter((s, i) => only.length === 0 || only.includes(String(i + 1)))) {
    const t0 = performance.now()
    process.stdout.write(`== ${section.name}\n`)
    for (const line of await section.run()) process.stdout.write(line + '\n')
    process.stdout.write(`   (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`)
  }
}
