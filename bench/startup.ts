// Start-up benchmark: how long `npm start`'s process takes to answer GET /ready = 200, on a first start
// (empty data directory: PostgreSQL cluster created, migrations applied, Kunming's 1,903 divisions and
// units loaded, admin created) and on later starts reusing that data. Runs the compiled build
// (`node dist/src/main.js`, what `npm start` runs after its build step) in a temporary data directory
// with the embedded PostgreSQL, on a free port, and stops it with SIGTERM each time.
// `npm run bench -- startup`, or `npx tsx bench/startup.ts`.
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { projectRoot } from '../src/paths.js'
import { freePort } from '../src/db/embedded.js'
import { buildServerIfStale, mainJs } from '../src/build-if-stale.mjs'

export const FIRST_START_TARGET_MS = 15_000
export const LATER_START_TARGET_MS = 5_000
const LATER_STARTS = Number(process.env.SUQIU_BENCH_RESTARTS ?? 3)

/** Compiles dist/ (what `npm start` does first) when it is missing or older than its sources. */
function ensureBuilt(log: (line: string) => void = (l) => process.stderr.write(l + '\n')): void {
  const ms = buildServerIfStale({ log })
  if (ms) log(`built in ${ms} ms`)
}

export interface StartResult {
  /** From spawn to the first GET /ready = 200. */
  readyMs: number
  /** From spawn to the "Suqiu 诉求 ready at" log line (workers started as well). */
  startedMs: number
  /** From SIGTERM to the process's exit. */
  stopMs: number
  exitCode: number | null
  /** The first-start admin password line was printed. */
  printedAdminPassword: boolean
  /** GET /api/divisions/530100 children (14 for Kunming). */
  cityChildren: number
  /** The last lines the server printed (shown when it did not exit 0). */
  outputTail: string
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms)
    child.once('exit', () => { clearTimeout(timer); resolve(true) })
  })
}

/** A PostgreSQL left behind (the server was killed hard) is stopped through its postmaster.pid. */
async function stopLeftoverPostgres(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!pid) return
  try { process.kill(pid, 'SIGINT') } catch { return } // SIGINT = PostgreSQL's "fast" shutdown
  for (let i = 0; i < 100; i++) {
    try { process.kill(pid, 0) } catch { return }
    await sleep(100)
  }
  try { process.kill(pid, 'SIGKILL') } catch { /* gone */ }
}

/** One start of the compiled server on `dataDir`, timed to /ready, then stopped with SIGTERM. */
export async function timeStart(dataDir: string): Promise<StartResult> {
  const port = await freePort()
  const env: NodeJS.ProcessEnv = { ...process.env, SUQIU_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' }
  delete env.DATABASE_URL // always the embedded PostgreSQL: that is what a newcomer's first start does
  delete env.PUBLIC_BASE_URL
  let output = ''
  const started = performance.now()
  const child = spawn(process.execPath, [mainJs], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (d) => { output += d })
  child.stderr!.on('data', (d) => { output += d })
  const base = `http://127.0.0.1:${port}`
  try {
    let readyMs = -1
    while (readyMs < 0) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before /ready answered 200:\n${output.trim().split('\n').slice(-15).join('\n')}`)
      }
      if (performance.now() - started > 120_000) throw new Error(`/ready did not answer 200 within 120 s:\n${output.trim().split('\n').slice(-15).join('\n')}`)
      try {
        const res = await fetch(`${base}/ready`, { signal: AbortSignal.timeout(2000) })
        if (res.status === 200) readyMs = performance.now() - started
        await res.body?.cancel()
      } catch { /* not listening yet */ }
      if (readyMs < 0) await sleep(20)
    }
    // main.ts logs "… ready at …" once the workers have started too, a little after /ready first answers;
    // a SIGTERM before that line meets a half-started process, so the stop is measured from there.
    const fullDeadline = performance.now() + 60_000
    while (!/ready at http/.test(output) && child.exitCode === null && performance.now() < fullDeadline) await sleep(20)
    const startedMs = performance.now() - started
    const city = await (await fetch(`${base}/api/divisions/530100`)).json() as { children?: unknown[] }
    const stopping = performance.now()
    child.kill('SIGTERM')
    if (!(await waitForExit(child, 30_000))) throw new Error('the server did not stop within 30 s of SIGTERM')
    return {
      readyMs: Math.round(readyMs),
      startedMs: Math.round(startedMs),
      stopMs: Math.round(performance.now() - stopping),
      exitCode: child.exitCode,
      printedAdminPassword: /password[^\n]*: \S+/.test(output),
      cityChildren: city.children?.length ?? 0,
      outputTail: output.trim().split('\n').slice(-25).map((l) => l.slice(0, 300)).join('\n    '),
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      if (!(await waitForExit(child, 20_000))) { child.kill('SIGKILL'); await waitForExit(child, 5_000) }
    }
    await stopLeftoverPostgres(path.join(dataDir, 'pg'))
  }
}

const verdict = (ms: number, target: number) => `${ms < target ? '✓' : '✗ MISSED'} (target < ${target.toLocaleString('en')} ms)`

/** The bench section: lines to print. Sets process.exitCode = 1 when a target is missed. */
export async function benchStartup(): Promise<string[]> {
  ensureBuilt()
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'suqiu-bench-'))
  chmodSync(tmp, 0o755) // as root the embedded PostgreSQL runs as the `postgres` user, which must reach the cluster
  const dataDir = path.join(tmp, 'data')
  try {
    const first = await timeStart(dataDir)
    const later: StartResult[] = []
    for (let i = 0; i < Math.max(1, LATER_STARTS); i++) later.push(await timeStart(dataDir))
    const worst = Math.max(...later.map((r) => r.readyMs))
    const all = [first, ...later]
    const problems: string[] = []
    if (all.some((r) => r.exitCode !== 0)) {
      problems.push(`SIGTERM exit codes ${all.map((r) => r.exitCode).join(', ')} (expected 0); last lines of the first such run:\n    ${all.find((r) => r.exitCode !== 0)!.outputTail}`)
    }
    if (all.some((r) => r.cityChildren !== 14)) problems.push(`/api/divisions/530100 children ${all.map((r) => r.cityChildren).join(', ')} (expected 14)`)
    if (!first.printedAdminPassword) problems.push('the first start printed no admin password')
    if (later.some((r) => r.printedAdminPassword)) problems.push('a later start printed an admin password again')
    if (first.readyMs >= FIRST_START_TARGET_MS || worst >= LATER_START_TARGET_MS || problems.length) process.exitCode = 1
    return [
      `first start to /ready 200 (new cluster, migrations, 1,903 divisions + units, admin): ${first.readyMs} ms ${verdict(first.readyMs, FIRST_START_TARGET_MS)}`,
      `second start to /ready 200 (data reused): ${later[0].readyMs} ms ${verdict(later[0].readyMs, LATER_START_TARGET_MS)}`,
      ...(later.length > 1 ? [`later starts: ${later.map((r) => r.readyMs).join(' / ')} ms, worst ${worst} ms ${verdict(worst, LATER_START_TARGET_MS)}`] : []),
      `fully started (the "ready at" log line, workers included): ${all.map((r) => r.startedMs).join(' / ')} ms`,
      `stop on SIGTERM (server + PostgreSQL): ${all.map((r) => r.stopMs).join(' / ')} ms, exit ${[...new Set(all.map((r) => r.exitCode))].join('/')}`,
      ...problems.map((p) => `PROBLEM: ${p}`),
      `(node dist/src/main.js, embedded PostgreSQL in a temporary data dir; \`npm start\` adds its tsc build step before this)`,
      `(machine: ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)} at the end: a busy machine starts slower)`,
    ]
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const line of await benchStartup()) process.stdout.write(line + '\n')
}
