// Recovery benchmark (issue #18): the compiled service (`node dist/src/main.js`) with its embedded PostgreSQL in a
// temporary data directory. PostgreSQL is killed (kill -9) three times: the service restarts it, and the figure is
// the time from the restarted PostgreSQL accepting connections ("PostgreSQL restarted" in the log) to /ready = 200,
// and from the kill. Then the service itself is killed (kill -9): the time of the next start to /ready (its orphaned
// PostgreSQL found and stopped first). Last, SIGTERM to exit. `npm run bench -- recovery`.
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectRoot } from '../src/paths.js'
import { freePort } from '../src/db/embedded.js'
import { buildServerIfStale, mainJs } from '../src/build-if-stale.mjs'

export const BACK_TO_READY_TARGET_MS = 10_000
export const SIGTERM_TARGET_MS = 5_000
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

interface Running { child: ChildProcess; output: () => string; exited: Promise<void> }

function start(dataDir: string, port: number): Running {
  const env: NodeJS.ProcessEnv = { ...process.env, SUQIU_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' }
  delete env.DATABASE_URL
  let output = ''
  const child = spawn(process.execPath, [mainJs], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (d) => { output += d })
  child.stderr!.on('data', (d) => { output += d })
  return { child, output: () => output, exited: new Promise((r) => child.once('exit', () => r())) }
}

async function until(what: string, cond: () => boolean | Promise<boolean>, ms = 120_000): Promise<number> {
  const started = Date.now()
  while (!(await cond())) {
    if (Date.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`)
    await sleep(20)
  }
  return Date.now()
}

const ready = (port: number) => fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(2000) }).then(async (r) => { await r.body?.cancel(); return r.status === 200 }, () => false)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const verdict = (ms: number, target: number) => `${ms < target ? '✓' : '✗ MISSED'} (target < ${target.toLocaleString('en')} ms)`

export async function benchRecovery(): Promise<string[]> {
  const built = buildServerIfStale({ log: (l: string) => process.stderr.write(l + '\n') })
  if (built) process.stderr.write(`built in ${built} ms\n`)
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'suqiu-bench-recovery-'))
  chmodSync(tmp, 0o755)
  const dataDir = path.join(tmp, 'data')
  const pidOf = () => Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0])
  const port = await freePort()
  let service = start(dataDir, port)
  const lines: string[] = []
  try {
    await until('first start', () => /ready at http/.test(service.output()))
    const fromBack: number[] = []
    const fromKill: number[] = []
    for (let i = 0; i < 3; i++) {
      const restartsBefore = (service.output().match(/PostgreSQL restarted/g) ?? []).length
      const killed = Date.now()
      process.kill(pidOf(), 'SIGKILL')
      await until('/ready fails', async () => !(await ready(port)), 10_000)
      const readyAt = await until('/ready after the restart', () => ready(port))
      const restartLine = service.output().split('\n').filter((l) => l.includes('PostgreSQL restarted'))[restartsBefore]
      const backAt = restartLine ? Number(JSON.parse(restartLine).time) : readyAt
      fromBack.push(readyAt - backAt)
      fromKill.push(readyAt - killed)
    }
    const worst = Math.max(...fromBack)
    if (worst >= BACK_TO_READY_TARGET_MS) process.exitCode = 1
    lines.push(`PostgreSQL killed ×3: back to /ready 200 median ${median(fromBack)} ms, worst ${worst} ms ${verdict(worst, BACK_TO_READY_TARGET_MS)}; from the kill (crash recovery included) median ${median(fromKill)} ms`)

    service.child.kill('SIGKILL')
    await service.exited
    const restarted = Date.now()
    service = start(dataDir, port)
    const readyAt = await until('start after kill -9', () => ready(port))
    lines.push(`service killed (kill -9), next start to /ready 200: ${readyAt - restarted} ms (its orphaned PostgreSQL stopped first: ${/earlier run/.test(service.output()) ? 'yes' : 'no'})`)
    await until('"ready at"', () => /ready at http/.test(service.output()))

    const stopping = Date.now()
    service.child.kill('SIGTERM')
    await service.exited
    const stopMs = Date.now() - stopping
    if (stopMs >= SIGTERM_TARGET_MS) process.exitCode = 1
    lines.push(`SIGTERM to exit: ${stopMs} ms ${verdict(stopMs, SIGTERM_TARGET_MS)}`)
    lines.push(`(${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')})`)
    return lines
  } finally {
    if (service.child.exitCode === null && service.child.signalCode === null) { service.child.kill('SIGKILL'); await service.exited }
    try { process.kill(pidOf(), 'SIGQUIT') } catch { /* not running */ }
    await sleep(500)
    rmSync(tmp, { recursive: true, force: true })
  }
}
