// Export of a whole city's case list (src/export: caseRows through writeTable, what GET /api/cases/export streams)
// over 100,000 generated cases (bench/generate.ts), as .xlsx and CSV: rows/s and the process's peak RSS.
// BENCH_EXPORT_CASES changes the number of cases.
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { caseRows, CASE_COLUMNS } from '../src/export/cases.js'
import { writeTable, type ExportFormat } from '../src/export/table.js'
import { envInt, fmtInt, generatedCity, loadAverage } from './generate.js'

export const EXPORT_TARGET_ROWS_PER_S = 5_000
export const EXPORT_TARGET_RSS_MB = 512

export async function benchExport(): Promise<string[]> {
  const city = await generatedCity('suqiu_bench_export', envInt('BENCH_EXPORT_CASES', 100_000))
  try {
    const out = [...city.about, `${loadAverage()} before the exports`]
    const user = await city.staffUser('dispatcher', '530100')
    let missed = false
    for (const format of ['xlsx', 'csv'] as ExportFormat[]) {
      global.gc?.()
      const rssBefore = process.memoryUsage().rss
      let peak = rssBefore
      const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss) }, 20)
      let bytes = 0
      const sink = new Writable({ write(chunk: Buffer, _enc, cb) { bytes += chunk.length; cb() } })
      const t0 = performance.now()
      const { stream, done } = writeTable(format, '诉求清单', CASE_COLUMNS, caseRows(city.sql, user, { queue: 'all' }))
      await pipeline(stream, sink)
      const rows = await done
      const seconds = (performance.now() - t0) / 1000
      clearInterval(sampler)
      peak = Math.max(peak, process.memoryUsage().rss)
      const perS = rows / seconds
      const peakMb = peak / 1024 / 1024
      const ok = perS >= EXPORT_TARGET_ROWS_PER_S && peakMb <= EXPORT_TARGET_RSS_MB
      if (!ok) missed = true
      out.push(`${format}: ${fmtInt(rows)} rows in ${seconds.toFixed(1)} s = ${fmtInt(perS)} rows/s, ${(bytes / 1024 / 1024).toFixed(1)} MB; ` +
        `peak RSS ${peakMb.toFixed(0)} MB (${(rssBefore / 1024 / 1024).toFixed(0)} MB before) ${ok ? '✓' : '✗ MISSED'} ` +
        `(target ≥ ${fmtInt(EXPORT_TARGET_ROWS_PER_S)} rows/s, peak RSS ≤ ${EXPORT_TARGET_RSS_MB} MB)`)
    }
    if (missed) process.exitCode = 1
    return out
  } finally {
    await city.stop()
  }
}
