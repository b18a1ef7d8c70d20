// The embedded PostgreSQL server process: an orphan of an earlier run found and stopped, the server started as
// our child with its own output read, and restarted when it dies while the service still needs it.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs'
import path from 'node:path'
import { StartupError } from './startup-error.js'

interface Log { info(msg: string): void; warn?(msg: string): void; debug(msg: string): void; error(msg: string): void }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export function isAlive(pid: number): boolean {
  try { process.kill(pid, 0) } catch (err) { return (err as { code?: string }).code === 'EPERM' }
  // an orphan that exited but was not reaped (a container's init that does not reap) is a zombie: gone
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return true
  }
}

function samePath(a: string, b: string): boolean {
  try { return realpathSync(a) === realpathSync(b) } catch { return path.resolve(a) === path.resolve(b) }
}

/**
 * The postmaster named by `clusterDir/postmaster.pid`, if that process is alive, is a PostgreSQL server and serves
 * this very cluster (a postmaster runs with its data directory as working directory and `-D dir` on its command
 * line). A lock file left by a dead server, or whose pid now belongs to another program, is `stale`.
 */
export function findPostmaster(clusterDir: string): { pid: number; port: number | null } | 'stale' | null {
  const lockFile = path.join(clusterDir, 'postmaster.pid')
  if (!existsSync(lockFile)) return null
  const lines = readFileSync(lockFile, 'utf8').split('\n')
  const pid = Number(lines[0])
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return 'stale'
  if (process.platform === 'linux') {
    let argv: string[] = []
    let cwd = ''
    try { argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0') } catch { return 'stale' }
    try { cwd = readlinkSync(`/proc/${pid}/cwd`) } catch { /* another user's process: judged by its command line */ }
    if (path.basename(argv[0] ?? '') !== 'postgres') return 'stale'
    const d = argv.indexOf('-D')
    const dataDir = d >= 0 ? argv[d + 1] : cwd
    if (!dataDir || !samePath(dataDir, clusterDir)) return 'stale'
  } else if (!samePath(lines[1] ?? '', clusterDir)) {
    return 'stale'
  }
  return { pid, port: Number(lines[3]) || null }
}

/** The Node process that started this postmaster and still runs, if any; an orphan's parent is init or a reaper. */
function liveOwner(pid: number): number | null {
  if (process.platform !== 'linux') return null
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    if (ppid <= 1 || ppid === process.pid) return null
    const argv = readFileSync(`/proc/${ppid}/cmdline`, 'utf8').split('\0')
    const suqiu = argv.some((a) => /(^|\/)(src\/main|src\/cli\/main)\.[jt]s$|suqiu/.test(a))
    return /node/.test(path.basename(argv[0] ?? '')) && suqiu ? ppid : null
  } catch {
    return null
  }
}

/** Waits up to `ms` for `pid` to exit. */
async function exited(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (!isAlive(pid)) return true
    await sleep(50)
  }
  return !isAlive(pid)
}

/**
 * Stops a server an earlier run left behind (after a `kill -9` of the service, its PostgreSQL keeps running and
 * holds the cluster's lock): a fast shutdown (SIGINT, what `pg_ctl stop -m fast` sends), then an immediate one
 * (SIGQUIT), then SIGKILL. A lock file that names no server of this cluster is removed, as PostgreSQL would refuse it.
 */
export async function stopOrphanPostmaster(clusterDir: string, log: Log): Promise<void> {
  const found = findPostmaster(clusterDir)
  if (found === null) return
  if (found === 'stale') {
    rmSync(path.join(clusterDir, 'postmaster.pid'), { force: true })
    return
  }
  const owner = liveOwner(found.pid)
  if (owner) {
    throw new StartupError(`Suqiu 已在运行 / this data directory is in use by a running Suqiu (pid ${owner})`,
      'stop that one first (Ctrl-C or kill ' + owner + '), or point DATABASE_URL at its database')
  }
  ;(log.warn ?? log.info).call(log, `a PostgreSQL server of an earlier run (pid ${found.pid}) still holds ${clusterDir}: stopping it`)
  for (const [signal, ms] of [['SIGINT', 15_000], ['SIGQUIT', 5_000], ['SIGKILL', 5_000]] as const) {
    try { process.kill(found.pid, signal) } catch { /* gone already */ }
    if (await exited(found.pid, ms)) return
  }
  throw new StartupError(`PostgreSQL 进程 ${found.pid} 无法停止 / the PostgreSQL server of an earlier run (pid ${found.pid}) cannot be stopped`,
    `stop process ${found.pid} by hand (kill -9 ${found.pid}), then start again`)
}

export interface PostmasterOptions {
  binary: string
  clusterDir: string
  port: number
  flags: string[]
  /** run as this user (root starts PostgreSQL as `postgres`) */
  user?: { uid: number; gid: number }
  log: Log
}

export interface Postmaster {
  /** resolves once the server accepts connections; rejects with the server's own reason if it exits first */
  readonly ready: Promise<void>
  /** how many times the server was restarted after dying */
  readonly restarts: number
  stop(): Promise<void>
}

/**
 * Starts the server as a child process and keeps it running: when it dies while the service runs (killed, out of
 * memory), it is started again after a short pause (1 s, doubling up to 10 s while it keeps failing), on the same
 * port, so the service's pools reconnect by themselves.
 */
export function supervisePostmaster(opts: PostmasterOptions): Postmaster {
  const { log } = opts
  let child: ChildProcess | null = null
  let stopping = false
  let restarts = 0
  let backoff = 1000
  let restartTimer: NodeJS.Timeout | null = null

  const launch = () => new Promise<void>((resolve, reject) => {
    const lines: string[] = []
    let up = false
    const proc = spawn(opts.binary, ['-D', opts.clusterDir, '-p', String(opts.port), ...opts.flags], {
      ...(opts.user ?? {}), env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'ignore', 'pipe'],
    })
    child = proc
    proc.on('error', (err) => reject(err))
    proc.stderr!.setEncoding('utf8')
    proc.stderr!.on('data', (chunk: string) => {
      for (const l of chunk.split('\n')) {
        if (!l.trim()) continue
        lines.push(l.trim())
        if (lines.length > 20) lines.shift()
        log.debug(l.trim())
      }
      if (!up && chunk.includes('database system is ready to accept connections')) {
        up = true
        backoff = 1000
        resolve()
      }
    })
    proc.on('exit', (code, signal) => {
      if (child === proc) child = null
      const reason = lines.filter((l) => /FATAL|PANIC|ERROR/.test(l)).at(-1) ?? lines.at(-1) ?? `exit ${code ?? signal}`
      if (!up) {
        reject(new StartupError(`PostgreSQL 未能启动 / PostgreSQL did not start: ${reason.replace(/^.*?(FATAL|PANIC|ERROR):\s*/, '')}`,
          `see ${opts.clusterDir}; run again with LOG_LEVEL=debug for its whole log`))
        return
      }
      if (stopping) return
      log.error(`PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}): ${reason}; restarting it`)
      scheduleRestart()
    })
  })

  const scheduleRestart = () => {
    if (stopping || restartTimer) return
    restartTimer = setTimeout(async () => {
      restartTimer = null
      if (stopping) return
      try {
        await launch()
        restarts++
        log.info(`PostgreSQL restarted on port ${opts.port}`)
      } catch (err) {
        log.error(`PostgreSQL restart failed: ${(err as Error).message}; trying again in ${backoff / 1000} s`)
        backoff = Math.min(backoff * 2, 10_000)
        scheduleRestart()
      }
    }, backoff)
  }

  const ready = launch()
  return {
    ready,
    get restarts() { return restarts },
    async stop() {
      stopping = true
      if (restartTimer) clearTimeout(restartTimer)
      const proc = child
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return
      const gone = new Promise<void>((r) => proc.once('exit', () => r()))
      // fast shutdown, then immediate (crash recovery on the next start, nothing committed lost), then kill:
      // a stop never holds the service's own shutdown (SIGTERM to exit within 5 s)
      for (const [signal, ms] of [['SIGINT', 1_400], ['SIGQUIT', 500], ['SIGKILL', 300]] as const) {
        proc.kill(signal)
        const done = await Promise.race([gone.then(() => true), sleep(ms).then(() => false)])
        if (done) return
      }
    },
  }
}
