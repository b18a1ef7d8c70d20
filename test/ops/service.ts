// Spawns the service (`src/main.ts`, as `npm start` runs it) for the resilience tests, and waits on it with bounds.
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectRoot } from '../../src/paths.js'

export interface Service {
  child: ChildProcess
  port: number
  output: () => string
  stderr: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

type Tap = { teardown(fn: () => unknown): void }
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A temporary folder the user `postgres` can enter (the embedded server runs as that user when we are root). */
export function tempDir(t: Tap, prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  chmodSync(dir, 0o755)
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

export function startService(t: Tap, env: Record<string, string | undefined>): Service {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env }
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k]
  delete childEnv.NODE_OPTIONS
  for (const k of Object.keys(childEnv)) if (k.startsWith('_TAPJS_')) delete childEnv[k]
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: projectRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  let stderr = ''
  child.stdout!.on('data', (d) => { output += d })
  child.stderr!.on('data', (d) => { output += d; stderr += d })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
  t.teardown(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await Promise.race([exited, sleep(20_000)])
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    }
  })
  return { child, port: Number(env.PORT), output: () => output, stderr: () => stderr, exited }
}

/** Waits for `GET /ready` = 200; throws with the service's output when it exits or `ms` passes. */
export async function waitReady(service: Service, ms = 120_000): Promise<number> {
  const started = Date.now()
  for (;;) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) throw new Error(`exited before ready:\n${service.output()}`)
    if (Date.now() - started > ms) throw new Error(`not ready within ${ms} ms:\n${service.output()}`)
    try {
      const res = await fetch(`http://127.0.0.1:${service.port}/ready`, { signal: AbortSignal.timeout(2000) })
      await res.body?.cancel()
      if (res.status === 200) return Date.now() - started
    } catch { /* not listening yet */ }
    await sleep(100)
  }
}

/** Waits for `cond` to hold, polling; throws after `ms`. */
export async function waitFor(what: string, cond: () => boolean | Promise<boolean>, ms = 30_000): Promise<number> {
  const started = Date.now()
  while (!(await cond())) {
    if (Date.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`)
    await sleep(50)
  }
  return Date.now() - started
}
