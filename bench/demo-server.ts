// The app with its demo accounts for the browser benches (console, screens): started as a child process with
// SUQIU_DEMO=1 and an embedded PostgreSQL in a new data directory, until GET /ready answers; stop() ends it (and a
// PostgreSQL a hard kill left behind) and removes the directory.
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort } from '../src/db/embedded.js'

export interface DemoServer { baseUrl: string; readyInMs: number; stop(): Promise<void> }

export interface DemoServerOptions {
  /** node's arguments: the compiled `dist/src/main.js`, or `--import tsx src/main.ts` of a checkout */
  args: string[]
  cwd: string
  /** the temporary data directory's name prefix */
  dirPrefix: string
  readyWithinMs: number
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function startDemoServer(opts: DemoServerOptions): Promise<DemoServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), opts.dirPrefix))
  chmodSync(dataDir, 0o755) // as root the embedded PostgreSQL runs as the `postgres` user, which must reach the cluster
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env, SUQIU_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SUQIU_DEMO: '1', PUBLIC_BASE_URL: baseUrl,
  }
  delete env.DATABASE_URL
  delete env.NODE_ENV
  let output = ''
  const child: ChildProcess = spawn(process.execPath, opts.args, { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (d) => { output += d })
  child.stderr!.on('data', (d) => { output += d })
  const exited = () => child.exitCode !== null || child.signalCode !== null
  const stop = async () => {
    if (!exited()) {
      child.kill('SIGTERM')
      for (let i = 0; i < 250 && !exited(); i++) await sleep(100)
      if (!exited()) child.kill('SIGKILL')
    }
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid') // a PostgreSQL left behind by a hard kill
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
      try { if (pid) process.kill(pid, 'SIGINT') } catch { /* gone */ }
      await sleep(1000)
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  const started = Date.now()
  for (;;) {
    if (exited()) { await stop(); throw new Error(`the server exited (${child.exitCode}): ${output.slice(-800)}`) }
    if (Date.now() - started > opts.readyWithinMs) { await stop(); throw new Error(`no /ready within ${opts.readyWithinMs / 1000} s: ${output.slice(-800)}`) }
    if (await fetch(`${baseUrl}/ready`).then((r) => r.ok, () => false)) break
    await sleep(100)
  }
  return { baseUrl, readyInMs: Date.now() - started, stop }
}
