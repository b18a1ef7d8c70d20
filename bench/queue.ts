// Officer queue over a million cases (bench/generate.ts): `listCases` (src/cases/list.ts), the function behind
// GET /api/cases, page and total, for village, township and county users; p95 ≤ 20 ms.
// BENCH_CASES and BENCH_QUEUE_RUNS shrink it; BENCH_EXPLAIN=1 prints every plan, not only those of a miss.
import type { Sql } from '../src/db/index.js'
import { listCases, listRows, type CaseListQuery } from '../src/cases/list.js'
import type { StaffUser } from '../src/users/service.js'
import { envInt, explain, fmtInt, fmtMs, generatedCity, loadAverage, percentile, quantiles, serverMs, sortNum, type GeneratedCity } from './generate.js'

export const QUEUE_TARGET_MS = 20
/** A kind of query that is far too slow stops after this long (at least 10 queries). */
const KIND_BUDGET_MS = 8_000

interface Kind { label: string; query: CaseListQuery; users: StaffUser[] }

export async function benchQueue(): Promise<string[]> {
  const city = await generatedCity('suqiu_bench_queue', undefined, { history: process.env.BENCH_HISTORY !== '0' })
  try {
    return [...city.about, ...(await measureQueues(city))]
  } finally {
    await city.stop()
  }
}

/** The queues as officers open them, and the counts behind the console's queue tabs; a miss sets the exit code. */
export async function measureQueues(city: Pick<GeneratedCity, 'sql' | 'cases' | 'staffUser' | 'divisions'>, runs = envInt('BENCH_QUEUE_RUNS', 200), p95s?: Map<string, number>): Promise<string[]> {
  const { sql } = city
  const out: string[] = []
  // several units of each level, taken in turn; every county
  const pick = <T>(xs: T[], k: number) => Array.from({ length: Math.min(k, xs.length) }, (_, i) => xs[Math.floor((i * xs.length) / Math.min(k, xs.length))])
  const users = async (level: 'village' | 'township' | 'county', k: number) =>
    Promise.all(pick(await city.divisions(level), k).map((code) => city.staffUser('officer', code)))
  const levels = { village: await users('village', 20), township: await users('township', 20), county: await users('county', 14) }
  const kinds: Kind[] = Object.entries(levels).flatMap(([level, us]) => [
    { label: `${level}, mine`, query: { queue: 'mine' }, users: us },
    { label: `${level}, all (the default)`, query: { queue: 'all' }, users: us },
    { label: `${level}, unit (its chain)`, query: { queue: 'unit' }, users: us },
    { label: `${level}, overdue`, query: { queue: 'overdue' }, users: us },
    { label: `${level}, supervised`, query: { queue: 'supervised' }, users: us },
    { label: `${level}, mine in handling, count only`, query: { queue: 'mine', states: ['handling'], pageSize: 1 }, users: us },
  ] satisfies Kind[])
  out.push(`${loadAverage()} before the queries`)
  let missed = 0
  for (const kind of kinds) {
    // Each unit's first list reads its cases into shared buffers: timed apart (the first open of the day), then the
    // p95 is over the opens after it, as an officer's queue is opened again and again through the day
    const first: number[] = []
    for (const user of kind.users) {
      const t0 = performance.now()
      await listCases(sql, user, kind.query)
      first.push(performance.now() - t0)
    }
    const times: number[] = []
    let matching = 0
    let capped = 0
    const until = performance.now() + KIND_BUDGET_MS
    for (let i = 0; i < runs && (i < 10 || performance.now() < until); i++) {
      const t0 = performance.now()
      const list = await listCases(sql, kind.users[i % kind.users.length], kind.query)
      times.push(performance.now() - t0)
      matching += list.total
      if (!list.totalExact) capped++
    }
    // the same page and count timed inside PostgreSQL: no driver, no socket, no waiting for Node to be scheduled
    const server: number[] = []
    const pages: number[] = []
    let heaviest = { user: kind.users[0], pages: -1 }
    let slowest = { user: kind.users[0], ms: -1 }
    for (let i = 0; i < Math.min(40, runs); i++) {
      const user = kind.users[i % kind.users.length]
      const s = await serverTime(sql, user, kind.query)
      server.push(s.ms)
      pages.push(s.pages)
      if (s.pages > heaviest.pages) heaviest = { user, pages: s.pages }
      if (s.ms > slowest.ms) slowest = { user, ms: s.ms }
    }
    const node = quantiles(times)
    const inside = quantiles(server)
    const ok = node.p95 <= QUEUE_TARGET_MS
    if (!ok) missed++
    p95s?.set(kind.label, node.p95)
    out.push(`${kind.label}: ${node.text} ${ok ? '✓' : '✗ MISSED'}; inside PostgreSQL ${inside.text}, ${fmtInt(percentile(sortNum(pages), 0.95))} pages p95` +
      ` (${times.length} lists${times.length < runs ? `, cut at ${KIND_BUDGET_MS / 1000} s` : ''}, ${kind.users.length} units,` +
      ` ${fmtInt(matching / times.length)} cases per list on average${capped ? `, ${capped} totals shown as 1,000+` : ''});` +
      ` each unit's first list (cold) p50 ${fmtMs(percentile(sortNum(first), 0.5))}, max ${fmtMs(Math.max(...first))}`)
    if (!ok || process.env.BENCH_EXPLAIN) {
      // the unit whose lists touched the most pages, and the slowest one when it is another (a walk of many index
      // entries in few pages is slow without reading much)
      const shown = slowest.user === heaviest.user ? [[heaviest.user, 'touched the most pages and took longest']] as const
        : [[heaviest.user, 'touched the most pages'], [slowest.user, `took longest (${fmtMs(slowest.ms)})`]] as const
      for (const [user, why] of shown) {
        out.push(`  EXPLAIN ANALYZE of each query listCases sent as ${user.unit.name} (${user.unit.divisionCode}), whose lists ${why}:`)
        await listRows(sql, user, kind.query, async (make) => {
          for (const line of await explain(sql, make())) out.push('    ' + line)
          return make()
        })
      }
    }
  }
  if (process.env.BENCH_INDEX_USAGE) {
    const used = await sql`select indexrelname as name, idx_scan as scans from pg_stat_user_indexes where relname = 'cases' order by idx_scan desc`
    out.push('index scans on cases: ' + used.map((r) => `${r.name} ${r.scans}`).join(', '))
  }
  out.push(`${loadAverage()} after; target p95 ≤ ${QUEUE_TARGET_MS} ms as measured from Node over ${fmtInt(city.cases)} cases`)
  if (missed) process.exitCode = 1
  return out
}

/** What listCases costs inside PostgreSQL: each query it sends (listRows), timed by EXPLAIN ANALYZE, then run for its answer. */
async function serverTime(sql: Sql, user: StaffUser, query: CaseListQuery): Promise<{ ms: number; pages: number }> {
  let ms = 0
  let pages = 0
  await listRows(sql, user, query, async (make) => {
    const one = await serverMs(sql, make())
    ms += one.ms
    pages += one.pages
    return make()
  })
  return { ms, pages }
}
