// Ten years of a city's cases (issue 24): the officer queue (bench/queue.ts) and the public statistics
// (bench/stats.ts) over 1,000,000 and 10,000,000 generated cases with their history (case_events and audit_log rows,
// bench/generate.ts), printed side by side; p95 ≤ 20 ms for both at both sizes.
// BENCH_TEN_YEARS_CASES lists the sizes (default 1000000,10000000); a million cases is one year of a city (bench/generate.ts:
// ten million are ten years, the same number open). Before a larger size the disk it needs is estimated from the one
// before: a size whose cases and complaints alone would not fit the free space of the temporary folder (or
// BENCH_TEN_YEARS_DISK_GB, when set) is not generated, and says so; when only the history would not fit, the generator
// stops writing history BENCH_DISK_RESERVE_GB (8) before the disk is full and the output says how much it wrote.
import { freeDiskGb, generatedCity, fmtInt, fmtMs, loadAverage } from './generate.js'
import { measureQueues } from './queue.js'
import { measureStats } from './stats.js'

export const TEN_YEARS_TARGET_MS = 20

export async function benchTenYears(): Promise<string[]> {
  const sizes = (process.env.BENCH_TEN_YEARS_CASES ?? '1000000,10000000').split(',').map(Number).filter((n) => n > 0)
  const diskGb = Number(process.env.BENCH_TEN_YEARS_DISK_GB ?? Infinity)
  const out: string[] = []
  const results: { cases: number; p95s: Map<string, number>; dbBytes: number; liveBytes: number; seconds: number }[] = []
  for (const cases of sizes) {
    const before = results[results.length - 1]
    if (before) {
      const ratio = cases / before.cases
      const needGb = (before.dbBytes * ratio) / 1e9 + 2 // WAL (max_wal_size 1 GB) and an index build's sort
      const liveGb = (before.liveBytes * ratio) / 1e9 + 2
      const freeGb = freeDiskGb()
      const hours = (before.seconds * ratio) / 3600
      const estimate = `~${needGb.toFixed(0)} GB (cases and complaints ~${liveGb.toFixed(0)} GB) and ~${hours.toFixed(1)} h estimated from ${fmtInt(before.cases)}, ${freeGb.toFixed(0)} GB free`
      if (liveGb > Math.min(diskGb, freeGb) || needGb > diskGb) {
        out.push(`${fmtInt(cases)} cases not generated: ${estimate}${Number.isFinite(diskGb) ? ` (limit ${diskGb} GB)` : ''}`)
        continue
      }
      out.push(`${fmtInt(cases)} cases: ${estimate}${needGb > freeGb ? ' — the history will be cut short of the disk' : ''}`)
    }
    const t0 = performance.now()
    const city = await generatedCity(`suqiu_bench_ten_years`, cases, { history: true })
    try {
      const seconds = (performance.now() - t0) / 1000
      const [{ bytes, live }] = await city.sql`
        select pg_database_size(current_database())::bigint as bytes,
               (pg_total_relation_size('cases') + pg_total_relation_size('complaints'))::bigint as live`
      out.push(`── ${fmtInt(cases)} cases`, ...city.about.map((l) => '  ' + l))
      const p95s = new Map<string, number>()
      const queue = await measureQueues(city, undefined, p95s)
      const stats = await measureStats(city, undefined, p95s)
      if (process.env.BENCH_VERBOSE) out.push(...[...queue, ...stats].map((l) => '  ' + l))
      results.push({ cases, p95s, dbBytes: Number(bytes), liveBytes: Number(live), seconds })
      out.push(`  ${loadAverage()} after the queries`)
    } finally {
      await city.stop()
    }
  }
  if (!results.length) return out
  // side by side: every queue kind and statistics query, p95 at each size
  const labels = [...results[0].p95s.keys()]
  out.push(`p95 by query (target ≤ ${TEN_YEARS_TARGET_MS} ms): ${results.map((r) => fmtInt(r.cases)).join(' | ')}`)
  let missed = 0
  for (const label of labels) {
    const cells = results.map((r) => {
      const p = r.p95s.get(label) ?? NaN
      if (p > TEN_YEARS_TARGET_MS) missed++
      return `${fmtMs(p)}${p > TEN_YEARS_TARGET_MS ? ' ✗' : ''}`
    })
    out.push(`  ${label.padEnd(52)} ${cells.join(' | ')}`)
  }
  for (const r of results) {
    const worst = (prefix: (l: string) => boolean) => Math.max(...[...r.p95s].filter(([l]) => prefix(l)).map(([, p]) => p))
    out.push(`${fmtInt(r.cases)}: officer queue worst p95 ${fmtMs(worst((l) => /^(village|township|county),/.test(l)))}, public statistics worst p95 ${fmtMs(worst((l) => !/^(village|township|county),/.test(l)))}; database ${(r.dbBytes / 1e9).toFixed(1)} GB, generated in ${fmtInt(r.seconds)} s`)
  }
  if (missed) process.exitCode = 1
  return out
}
