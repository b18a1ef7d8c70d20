// A city with a million cases for the read benches (bench/queue.ts, bench/stats.ts): one real case driven through
// the statechart for its snapshot, then the rest generated in SQL over Kunming's 1,738 villages on a throw-away
// PostgreSQL (bench/pg.ts) with durability off — only reads are measured, and a SELECT does not fsync.
import { statfsSync } from 'node:fs'
import os from 'node:os'
import postgres from 'postgres'
import { connect, type Sql } from '../src/db/index.js'
import { caseServices } from '../src/cases/plugin.js'
import { applyEvent } from '../src/cases/apply.js'
import { createComplaint } from '../src/complaints/create.js'
import type { StaffActor } from '../src/cases/machine.js'
import type { StaffUser } from '../src/users/service.js'
import type { Role } from '../src/auth/roles.js'
import { DEFAULT_RULES } from '../src/routing/rules.js'
import { startBenchPostgres } from './pg.js'

const CITY = '530100'
const SECRET = 'bench-secret-bench-secret-bench-secret-01'
/** Share of all cases that are consultations answered on the call (issue 24's day: 40 % of intakes). */
const ANSWERED_ON_CALL = 0.4

export const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name])
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback
}

export const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US')
export const fmtMs = (ms: number) => (ms < 10 ? ms.toFixed(1) : ms < 100 ? ms.toFixed(0) : fmtInt(ms)) + ' ms'
export const loadAverage = () => `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (${os.cpus().length} CPUs, other jobs included)`

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}
export const sortNum = (xs: number[]) => [...xs].sort((a, b) => a - b)

/** p50 and p95 of timings in ms, one phrase. */
export function quantiles(times: number[]): { p50: number; p95: number; text: string } {
  const s = sortNum(times)
  const p50 = percentile(s, 0.5)
  const p95 = percentile(s, 0.95)
  return { p50, p95, text: `p50 ${fmtMs(p50)}, p95 ${fmtMs(p95)}` }
}

/**
 * Planning + execution time inside PostgreSQL (EXPLAIN ANALYZE without per-node timing), the rows the query returned
 * and the 8 kB pages it touched: no driver, no socket, no waiting for Node to be scheduled. The pages are the figure
 * that a busy machine does not change.
 */
export async function serverMs(sql: Sql, query: postgres.PendingQuery<postgres.Row[]>): Promise<{ ms: number; rows: number; pages: number }> {
  const [plan] = await sql`explain (analyze, buffers, timing off, summary on, format json) ${query}`
  type Node = { 'Actual Rows': number; 'Shared Hit Blocks': number; 'Shared Read Blocks': number }
  const [summary] = plan['QUERY PLAN'] as { 'Planning Time': number; 'Execution Time': number; Plan: Node }[]
  const { Plan: top } = summary
  return { ms: summary['Planning Time'] + summary['Execution Time'], rows: top['Actual Rows'], pages: top['Shared Hit Blocks'] + top['Shared Read Blocks'] }
}

/** The plan with buffers, one string per line. */
export async function explain(sql: Sql, query: postgres.PendingQuery<postgres.Row[]>): Promise<string[]> {
  const plan = await sql`explain (analyze, buffers, costs off, summary on) ${query}`
  return plan.map((line) => line['QUERY PLAN'] as string)
}

export interface GeneratedCity {
  sql: Sql
  cases: number
  /** what was generated and on which server, for the bench's output */
  about: string[]
  /** the default unit of a division, as a signed-in staff user of that unit would carry it */
  staffUser(role: Role, divisionCode: string): Promise<StaffUser>
  divisions(level: 'county' | 'township' | 'village'): Promise<string[]>
  stop(): Promise<void>
}

/**
 * Starts a throw-away PostgreSQL with `cases` cases (BENCH_CASES, 1,000,000 by default) in database `database`;
 * `history`: each case also gets the case_events and audit_log rows of its life so far (≈ 8 each for a closed case),
 * as ten years of a running centre have them.
 */
export async function generatedCity(database: string, cases = envInt('BENCH_CASES', 1_000_000), opts: { history?: boolean } = {}): Promise<GeneratedCity> {
  // 2 GB of shared buffers hold the cases and complaints, as on a production server with 8 GB of memory.
  // WAL is kept to 1 GB (checkpoints are cheap without fsync): ten years' rows need the disk for themselves.
  const pg = await startBenchPostgres({ flags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'shared_buffers=2GB', '-c', 'max_wal_size=1GB'] })
  try {
    const url = await pg.createDatabase(database)
    const about = [`PostgreSQL: ${await pg.settings()}`]
    const conn = connect(url, { max: 4 })
    const { sql } = conn
    const t0 = performance.now()
    const root = await templateCase(sql)
    const { years, historyCut } = await generateCases(sql, cases - 1, root.rootUnitId, root.snapshot, opts.history ?? false)
    const [{ n }] = await sql`select count(*)::int as n from cases`
    const [{ size }] = await sql`select pg_size_pretty(pg_total_relation_size('cases') + pg_total_relation_size('complaints')) as size`
    if (opts.history) {
      const [h] = await sql`
        select (select count(*) from case_events)::bigint as events, (select count(*) from audit_log)::bigint as audit,
               pg_size_pretty(pg_total_relation_size('case_events') + pg_total_relation_size('audit_log')) as size, pg_size_pretty(pg_database_size(current_database())) as db`
      about.push(`with their history: ${fmtInt(Number(h.events))} case events and ${fmtInt(Number(h.audit))} audit rows (${h.size}); the database ${h.db}`)
      if (historyCut) about.push(historyCut)
    }
    const [{ open }] = await sql`select count(*)::int as open from cases where closed_at is null`
    about.push(`received over ${years} year${years > 1 ? 's' : ''}, ${fmtInt(open)} of them open (the recent weeks'); 40 % consultations answered on the call`)
    about.push(`generated ${fmtInt(n)} cases over Kunming's villages in ${((performance.now() - t0) / 1000).toFixed(0)} s (cases + complaints ${size})`)
    let nextId = 1000
    return {
      sql, cases: n, about,
      async staffUser(role, divisionCode) {
        const [u] = await sql`select id, name, division_code, level from units where division_code = ${divisionCode} and is_default`
        return { id: nextId++, username: `bench_${role}_${divisionCode}`, displayName: 'bench', role, unit: { id: Number(u.id), name: u.name, divisionCode: u.division_code, level: u.level } }
      },
      async divisions(level) {
        return (await sql`select code from divisions where level = ${level} and city_code = ${CITY} order by code`).map((r) => r.code as string)
      },
      async stop() {
        await conn.end()
        await pg.stop()
      },
    }
  } catch (err) {
    await pg.stop()
    throw err
  }
}

/** One real case driven to the end through `applyEvent`, so that the generated rows carry a real snapshot (the same for all). */
export async function templateCase(sql: Sql): Promise<{ rootUnitId: number; snapshot: unknown }> {
  const services = await caseServices(sql, SECRET, CITY)
  const [u] = await sql`
    select r.id as root, cu.id as county, tu.id as township, vu.id as village, v.code
    from divisions v join divisions t on t.code = v.parent_code
    join units vu on vu.division_code = v.code and vu.is_default
    join units tu on tu.division_code = t.code and tu.is_default
    join units cu on cu.division_code = t.parent_code and cu.is_default
    join units r on r.division_code = ${CITY} and r.is_default
    where v.level = 'village' and v.city_code = ${CITY}
    order by v.code limit 1`
  const wanted: [Role, number][] = [['operator', u.root], ['dispatcher', u.root], ['officer', u.village], ['supervisor', u.township], ['supervisor', u.county]]
  const rows = await sql`
    insert into users (username, display_name, password_hash, role, unit_id)
    select 'bench_template_' || r || '_' || u, 'bench', 'bench-no-login', r::role, u
    from unnest(${wanted.map((w) => w[0])}::text[], ${wanted.map((w) => Number(w[1]))}::bigint[]) as t(r, u)
    returning id, role, unit_id`
  const actor = (role: Role, unitId: number): StaffActor => {
    const row = rows.find((r) => r.role === role && Number(r.unit_id) === Number(unitId))!
    return { kind: 'staff', userId: Number(row.id), unitId: Number(unitId), role }
  }
  const root = Number(u.root)
  const officer = actor('officer', u.village)
  const { id } = await createComplaint(services, {
    channel: 'hotline', externalId: 'bench-template', receivedAt: new Date(), type: 'complaint',
    title: '公示栏长期不更新', content: '公示栏长期不更新，已反映多次仍未解决，请尽快处理。', divisionCode: u.code, category: 'village_affairs',
    address: `昆明市 ${u.code}`, complainant: { anonymous: false, name: '李四', phone: '13900000000' }, raw: { bench: 0 },
  }, { rootUnitId: root, actor: { userId: actor('operator', root).userId, kind: 'staff' } })
  const steps: [Parameters<typeof applyEvent>[2], StaffActor][] = [
    [{ type: 'REGISTER', category: 'village_affairs' }, actor('dispatcher', root)],
    [{ type: 'DISPATCH', chain: [Number(u.county), Number(u.township), Number(u.village)] }, actor('dispatcher', root)],
    [{ type: 'SIGN' }, officer],
    [{ type: 'SUBMIT_REPLY', text: '已督促整改。', resolved: true }, officer],
    [{ type: 'REJECT_REPLY', reason: '未写明整改时间' }, actor('supervisor', u.township)],
    [{ type: 'SUBMIT_REPLY', text: '已于本周整改完毕，并在公示栏公示。', resolved: true }, officer],
    [{ type: 'APPROVE_REPLY' }, actor('supervisor', u.township)],
    [{ type: 'APPROVE_REPLY' }, actor('supervisor', u.county)],
    [{ type: 'APPROVE_REPLY' }, actor('dispatcher', root)],
    [{ type: 'SEND_FEEDBACK', text: '您反映的问题已办理完毕。', channel: 'sms' }, actor('operator', root)],
    [{ type: 'EVALUATE', rating: 'satisfied' }, actor('operator', root)],
  ]
  for (const [input, by] of steps) await applyEvent(services, id, input, by)
  const [row] = await sql`select snapshot from cases where id = ${id}`
  return { rootUnitId: root, snapshot: row.snapshot }
}

/**
 * Generates `n` complaints and cases (ids after the template case) all over the city, received over one year per
 * million cases (BENCH_YEARS), with the spread of a 12345 platform: 40% consultations answered on the call (closed at
 * the root, never dispatched), the rest mostly by the hotline, a few categories far more often than the rest; of a
 * year's cases 82% final (about 70% of the closed on time, most rated satisfied) and the recent rest over the open
 * states — older years all final; of the dispatched 85% handled at the village, 15% at the township; 0.5% are reports
 * against a township (回避: handled by the county, hidden from the township).
 */
async function generateCases(pool: Sql, n: number, root: number, snapshot: unknown, history: boolean): Promise<{ years: number; historyCut: string | null }> {
  // two connections: the complaints and the cases are written side by side
  const sql = await pool.reserve()
  const other = await pool.reserve()
  try {
    return await generateOn(sql, other, n, root, snapshot, history)
  } finally {
    sql.release()
    other.release()
  }
}

async function generateOn(sql: postgres.ReservedSql, other: postgres.ReservedSql, n: number, root: number, snapshot: unknown, history: boolean): Promise<{ years: number; historyCut: string | null }> {
  let historyCut: string | null = null
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
    where schemaname = 'public' and tablename in ('cases', 'complaints', ${history ? 'case_events' : 'cases'}, ${history ? 'audit_log' : 'cases'})
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
  // one row per case with its random draws (final states first: they are the old ones); both inserts below read it.
  // power(random(), k) skews a draw towards the first entries of a list: a few categories make most of the cases.
  // A city of about a million cases a year: `years` of them (BENCH_YEARS, else one year per million cases). The open
  // cases are the recent ones and as many as in any one year (18 % of a year's), so ten years hold ten times the
  // closed cases and the same open ones; r < 0.82 draws a final state, r ≥ 0.82 an open one (see bench_rows).
  const years = envInt('BENCH_YEARS', Math.max(1, Math.round(n / 1_000_000)))
  await step('random draws', () => sql`
    create unlogged table bench_gen as
    select g::bigint as id, floor(random() * ${count})::int as vi, r, random() as lvl, random() as w,
           now() - (case when r < 0.82 then random() * 365 * ${years} else random() * 20 end) * interval '1 day' as received_at,
           (random() * 16 - 4) * interval '1 day' as due_in,
           random() as ch, random() as ty, random() < ${ANSWERED_ON_CALL} as answered, 1 + floor(power(random(), 2.5) * ${DEFAULT_RULES.length})::int as cat,
           random() as rt, (2 + random() * 28) * interval '1 day' as took
    from (select g, case when random() < ${0.18 / years} then 0.82 + random() * 0.18 else random() * 0.82 end as r
          from generate_series(${first}::bigint, ${first}::bigint + ${n} - 1) g) s`)
  await step('rows', () => sql`
    create unlogged table bench_rows as
    select b.id, b.received_at, b.w, b.took, b.rt, v.code as village_code, v.township_code,
           v.village, v.township, v.county, b.answered,
           case when b.answered then (case when b.r < 0.82 then 'closed' when b.r < 0.91 then 'feedback' else 'evaluation' end)
                when b.r < 0.80 then 'closed' when b.r < 0.81 then 'rejected' when b.r < 0.815 then 'merged' when b.r < 0.82 then 'withdrawn'
                when b.r < 0.83 then 'intake' when b.r < 0.84 then 'triage' when b.r < 0.87 then 'assigned' when b.r < 0.94 then 'handling'
                when b.r < 0.97 then 'review' when b.r < 0.985 then 'feedback' else 'evaluation' end as state,
           case when b.answered then 'root' when b.lvl < 0.005 then 'county' when b.lvl < 0.155 then 'township' else 'village' end as handling,
           case when b.answered then 'hotline' when b.ch < 0.55 then 'hotline' when b.ch < 0.75 then 'web' when b.ch < 0.85 then 'phone'
                when b.ch < 0.92 then 'letter' when b.ch < 0.97 then 'visit' else 'fax' end::channel as channel,
           case when b.answered then 'consultation' when b.lvl < 0.005 then 'report' when b.ty < 0.55 then 'complaint' when b.ty < 0.75 then 'request'
                when b.ty < 0.87 then 'consultation' when b.ty < 0.95 then 'suggestion' else 'report' end::complaint_type as type,
           (${DEFAULT_RULES.map((r) => r.category)}::text[])[b.cat] as category,
           b.due_in
    from bench_gen b join bench_villages v on v.i = b.vi`)
  // the ids match the complaints by construction: no per-row foreign-key check while loading the cases
  await other`set session_replication_role = replica`
  const titles = ['公示栏长期不更新', '路灯损坏无人维修', '垃圾清运不及时', '农田灌溉渠堵塞', '集体收支不公开', '道路破损影响出行']
  const complaints = step('complaints', () => sql`
    insert into complaints (id, case_number, channel, external_id, received_at, type, urgency, title, content, division_code, address, category,
                            anonymous, identity, identity_masked, phone_hash, tracking_code, pin_hash, accused_unit_id, extra, created_at)
    overriding system value
    select id, 'KM' || to_char(received_at, 'YYYYMMDD') || lpad(id::text, 7, '0'), channel, 'gen-' || id, received_at, type, 'normal',
           (${titles}::text[])[1 + (id % 6)::int],
           '群众反映：' || (${titles}::text[])[1 + (id % 6)::int] || '，已反映多次仍未解决，请尽快处理。',
           village_code, '昆明市 ' || village_code, category,
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
           case when state in ('intake','triage','rejected','merged','withdrawn') or answered then array[${root}::bigint]
                when handling = 'village' then array[${root}::bigint, county, township, village]
                when handling = 'township' then array[${root}::bigint, county, township]
                else array[${root}::bigint, county] end,
           case when state in ('intake','triage','rejected','merged','withdrawn') or answered then null else handling end::level,
           village_code,
           case when handling = 'county' then township_code end,
           type, channel, case when state = 'intake' then null else category end, received_at,
           case when state in ('closed','rejected','merged','withdrawn') then null else now() - interval '1 day' end,
           case when state in ('closed','rejected','merged','withdrawn') then null else now() + due_in end,
           received_at + interval '21 days',
           -- the next check as deriveColumns schedules it (none once red, the deadline once yellow, else 80 % of the
           -- link's time), none of them due: the deadline worker keeps up (its backlog is the overdue list's second branch)
           case when state in ('closed','rejected','merged','withdrawn') or due_in < interval '0' then null
                when w < 0.1 then now() + due_in
                else now() + greatest(due_in * 0.8 - interval '0.2 day', interval '1 hour') end,
           case when answered then 0 else (w * 10)::int % 3 / 2 end, 0, case when w > 0.97 then 1 else 0 end,
           case when state in ('closed','feedback','evaluation') then w < 0.9 end,
           case when state = 'closed' then case when rt < 0.78 then 'satisfied' when rt < 0.9 then 'basic' else 'unsatisfied' end end,
           case when state not in ('intake','triage','rejected','merged','withdrawn') and not answered then received_at + interval '2 hours' end,
           case when state not in ('intake','triage','assigned','rejected','merged','withdrawn') and not answered then rt < 0.94 end,
           case when state in ('closed','feedback','evaluation') then least(received_at + took - interval '2 days', now()) end,
           case when state in ('closed','rejected','merged','withdrawn') then least(received_at + took, now()) end,
           least(received_at + took, now())
    from bench_rows`)
  await Promise.all([complaints, cases])
  await other`set session_replication_role = origin`
  if (history) await step('events and audit rows', async () => { historyCut = await generateHistory(sql, other, envInt('BENCH_DISK_RESERVE_GB', 8)) })
  await sql`drop table bench_rows`
  await sql`drop table bench_gen`
  await sql`drop table bench_villages`
  const build = async (c: postgres.ReservedSql, table: string) => {
    for (const ix of secondary.filter((x) => x.indexdef.includes(`ON public.${table} `))) await c.unsafe(ix.indexdef)
  }
  await step('indexes', () => Promise.all([build(sql, 'cases'), build(other, 'complaints')]))
  if (history) await step('history indexes', () => Promise.all([build(sql, 'case_events'), build(other, 'audit_log')]))
  await step('vacuum analyze', () => Promise.all([sql`vacuum analyze cases`, other`vacuum analyze complaints`]))
  if (history) await step('vacuum analyze history', () => Promise.all([sql`vacuum analyze case_events`, other`vacuum analyze audit_log`]))
  // the gigabytes just written are flushed now, not by a checkpoint running under the measured queries
  await step('checkpoint', () => sql`checkpoint`)
  return { years, historyCut }
}

/**
 * Each generated case's events so far (bench_rows): as many as its state took — 9 for a closed case (REGISTER to
 * EVALUATE), 4 for a consultation answered on the call (REGISTER, ANSWER, SEND_FEEDBACK, EVALUATE), 1 for a rejected,
 * merged or withdrawn one — one case_events row and one keyed audit_log row each, spread over its handling time. The
 * hashes are random hex of the right length: the read benches never verify the chain. Written a million cases at a
 * time; when the disk's free space falls under `reserveGb` (what the index builds and WAL still need) the rest is
 * left without history, and the returned line says how much was written.
 */
async function generateHistory(sql: postgres.ReservedSql, other: postgres.ReservedSql, reserveGb: number): Promise<string | null> {
  const types = ['REGISTER', 'DISPATCH', 'SIGN', 'SUBMIT_REPLY', 'APPROVE_REPLY', 'APPROVE_REPLY', 'APPROVE_REPLY', 'SEND_FEEDBACK', 'EVALUATE']
  const states = ['intake', 'triage', 'assigned', 'handling', 'review', 'review', 'review', 'feedback', 'evaluation', 'closed']
  const answeredTypes = ['REGISTER', 'ANSWER', 'SEND_FEEDBACK', 'EVALUATE']
  const answeredStates = ['intake', 'triage', 'feedback', 'evaluation', 'closed']
  await sql`create index on bench_rows (id)`
  const [{ lo, hi }] = await sql`select min(id)::bigint as lo, max(id)::bigint as hi from bench_rows`
  // the audit rows on the other connection, with the foreign keys and the append-only triggers out of the way
  await other`set session_replication_role = replica`
  const chunk = 1_000_000
  let cut: string | null = null
  for (let from = Number(lo); from <= Number(hi); from += chunk) {
    const freeGb = freeDiskGb()
    if (freeGb < reserveGb) {
      const done = from - Number(lo)
      cut = `history written for ${fmtInt(done)} of ${fmtInt(Number(hi) - Number(lo) + 1)} cases: the disk had ${freeGb.toFixed(1)} GB left (${reserveGb} GB kept for the index builds and WAL)`
      break
    }
    const to = Math.min(from + chunk - 1, Number(hi))
    const rows = (c: postgres.ReservedSql) => c`
      select b.id, b.village, g, e.type, e.from_state, e.to_state, least(b.received_at + b.took * g / 9, now()) as at
      from (select *, case when answered then (case state when 'feedback' then 2 when 'evaluation' then 3 else 4 end)
                           when state in ('rejected', 'merged', 'withdrawn') then 1 else
                             (array[0, 1, 2, 3, 4, 7, 8, 9])[array_position(array['intake', 'triage', 'assigned', 'handling', 'review', 'feedback', 'evaluation', 'closed'], state)] end as n
            from bench_rows where id between ${from} and ${to}) b
      cross join lateral generate_series(1, b.n) g
      cross join lateral (select
        case when b.answered then (${answeredTypes}::text[])[g]
             when b.n = 1 and b.state <> 'triage' then (case b.state when 'rejected' then 'REJECT' when 'merged' then 'MERGE' else 'WITHDRAW' end)
             else (${types}::text[])[g] end as type,
        case when b.answered then (${answeredStates}::text[])[g] else (${states}::text[])[g] end as from_state,
        case when b.answered then (${answeredStates}::text[])[g + 1] when b.n = 1 and b.state <> 'triage' then b.state else (${states}::text[])[g + 1] end as to_state) e`
    const events = sql`
      insert into case_events (case_id, version, type, actor_user_id, actor_unit_id, actor_kind, payload, from_state, to_state, created_at)
      select id, g, type, null, village, 'staff',
             case when type = 'SUBMIT_REPLY' then '{"text": "已于本周整改完毕，并在公示栏公示。", "resolved": true}'::jsonb
                  when type = 'ANSWER' then '{"text": "已在电话中解答：按相关政策办理，详见答复。"}'::jsonb
                  when type = 'EVALUATE' then '{"rating": "satisfied"}'::jsonb else '{}'::jsonb end,
             from_state, to_state, at
      from (${rows(sql)}) r`
    const audit = other`
      insert into audit_log (created_at, actor_user_id, actor_kind, action, case_id, detail, case_state, hash_version, prev_hash, row_hash)
      select at, null, 'staff', 'case.' || type, id,
             jsonb_build_object('version', g, 'from', from_state, 'to', to_state, 'payload', '{}'::jsonb),
             jsonb_build_object('version', g, 'state', to_state, 'snapshot', md5(id || '-' || g) || md5(g || '-' || id), 'resolved', true,
                                'rating', null, 'signedInTime', true, 'closedAt', null),
             2, md5('p' || id || g) || md5('q' || id || g), md5('r' || id || g) || md5('s' || id || g)
      from (${rows(other)}) r`
    await Promise.all([events, audit])
  }
  await other`set session_replication_role = origin`
  return cut
}

/** Free space, in GB, of the folder the bench's PostgreSQL lives in. */
export function freeDiskGb(): number {
  const { bavail, bsize } = statfsSync(os.tmpdir())
  return (bavail * bsize) / 1e9
}
