// Backups of the embedded installation: a consistent online copy of the PostgreSQL cluster through PostgreSQL's
// low-level base-backup API (pg_backup_start, copy, pg_backup_stop, backup_label, then the WAL written meanwhile),
// plus the attachments on disk. Restored into a stopped installation, PostgreSQL replays that WAL on its next start.
// SUQIU_SECRET is never copied: the manifest keeps only a keyed fingerprint, so a restore can tell the right secret.
import { createHmac } from 'node:crypto'
import { chmodSync, chownSync, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pgClient } from '../db/index.js'
import { findPostmaster } from './postmaster.js'
import { isRoot } from '../db/embedded.js'
import { postgresUser } from './preflight.js'

export interface BackupManifest {
  format: 'suqiu-backup-1'
  label: string
  startedAt: string
  finishedAt: string
  /** WAL position the restored cluster recovers to (pg_backup_stop's lsn) */
  stopLsn: string
  /** HMAC of a fixed text under SUQIU_SECRET: tells the right secret without holding it */
  secretFingerprint: string
  files: { cluster: number; attachments: number }
}

/** Cluster files a base backup leaves out (PostgreSQL docs, "Making a Base Backup Using the Low Level API"). */
const SKIP_TOP = new Set(['postmaster.pid', 'postmaster.opts', 'pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans', 'backup_label', 'tablespace_map'])
const EMPTY_DIRS = ['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']

export const secretFingerprint = (secret: string) => createHmac('sha256', secret).update('suqiu backup secret fingerprint v1').digest('hex').slice(0, 32)

/** Copies a tree; files that vanish while it is read (temporary files of a running server) are skipped. */
function copyTree(from: string, to: string, skip: (rel: string) => boolean = () => false, rel = ''): number {
  mkdirSync(to, { recursive: true })
  let n = 0
  let names: string[]
  try { names = readdirSync(from) } catch (err) { if ((err as { code?: string }).code === 'ENOENT') return 0; throw err }
  for (const name of names) {
    const r = rel ? `${rel}/${name}` : name
    if (skip(r)) continue
    const src = path.join(from, name)
    let st
    try { st = lstatSync(src) } catch { continue }
    if (st.isDirectory()) n += copyTree(src, path.join(to, name), skip, r)
    else if (st.isFile()) {
      try { copyFileSync(src, path.join(to, name)); n++ } catch (err) { if ((err as { code?: string }).code !== 'ENOENT') throw err }
    }
  }
  return n
}

/** The URL of the server running on `clusterDir` (the service's, adopted for an online backup), or null. */
export function runningServerUrl(clusterDir: string): string | null {
  const found = findPostmaster(clusterDir)
  if (!found || found === 'stale' || !found.port) return null
  const lines = readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')
  const socketDir = lines[4]?.trim()
  const password = readFileSync(`${clusterDir}.password`, 'utf8').trim()
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${found.port}/postgres${socketDir ? `?host=${encodeURIComponent(socketDir)}` : ''}`
}

/**
 * Makes a backup of the installation in `dataDir` into `to` (a new folder): `pg/` (the cluster, with backup_label
 * and the WAL to recover it), `pg.password` and the app role's password file, `files/` (attachments), manifest.json.
 * `serverUrl` is the superuser's URL of the running cluster.
 */
export async function backupInstallation(opts: { dataDir: string; serverUrl: string; to: string; secret: string; log?: (line: string) => void }): Promise<BackupManifest> {
  const { dataDir, to } = opts
  const log = opts.log ?? (() => {})
  const clusterDir = path.join(dataDir, 'pg')
  if (existsSync(to) && readdirSync(to).length) throw new Error(`${to} is not empty: give a new folder`)
  mkdirSync(to, { recursive: true, mode: 0o700 })
  const label = `suqiu ${new Date().toISOString()}`
  const startedAt = new Date()
  const sql = pgClient(opts.serverUrl, { max: 1, onnotice: () => {} })
  const session = await sql.reserve()
  let clusterFiles = 0
  let stop: { lsn: string; labelfile: string; spcmapfile: string | null }
  try {
    await session`select pg_backup_start(${label}, true)`
    log(`copying the cluster ${clusterDir}`)
    clusterFiles = copyTree(clusterDir, path.join(to, 'pg'), (rel) => SKIP_TOP.has(rel.split('/')[0]) || /(^|\/)\.s\.PGSQL\./.test(rel) || /^pg_stat\//.test(rel))
    ;[stop] = await session`select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)` as unknown as [{ lsn: string; labelfile: string; spcmapfile: string | null }]
    // the WAL from the backup's checkpoint to its stop, switched out so that it is complete on disk
    await session`select pg_switch_wal()`
  } finally {
    session.release()
    await sql.end({ timeout: 5 })
  }
  for (const d of EMPTY_DIRS) mkdirSync(path.join(to, 'pg', d), { recursive: true })
  writeFileSync(path.join(to, 'pg', 'backup_label'), stop.labelfile)
  if (stop.spcmapfile) writeFileSync(path.join(to, 'pg', 'tablespace_map'), stop.spcmapfile)
  copyTree(path.join(clusterDir, 'pg_wal'), path.join(to, 'pg', 'pg_wal'), (rel) => rel.startsWith('archive_status'))
  const startWal = /START WAL LOCATION: .* \(file ([0-9A-F]{24})\)/.exec(stop.labelfile)?.[1]
  if (startWal && !existsSync(path.join(to, 'pg', 'pg_wal', startWal))) {
    throw new Error(`the WAL file ${startWal} the backup starts from was recycled during the copy: run the backup again`)
  }
  for (const f of ['pg.password', 'pg.app-password']) if (existsSync(path.join(dataDir, f))) copyFileSync(path.join(dataDir, f), path.join(to, f))
  log('copying the attachments')
  const attachments = copyTree(path.join(dataDir, 'files'), path.join(to, 'files'))
  const manifest: BackupManifest = {
    format: 'suqiu-backup-1', label, startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), stopLsn: stop.lsn,
    secretFingerprint: secretFingerprint(opts.secret), files: { cluster: clusterFiles, attachments },
  }
  writeFileSync(path.join(to, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
  return manifest
}

export function readManifest(from: string): BackupManifest {
  const file = path.join(from, 'manifest.json')
  if (!existsSync(file)) throw new Error(`${from} is not a Suqiu backup (no manifest.json)`)
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest
  if (manifest.format !== 'suqiu-backup-1') throw new Error(`${from}: unknown backup format ${manifest.format}`)
  return manifest
}

/**
 * Puts a backup in place of a stopped installation's cluster and attachments. What was there is kept beside it
 * (`pg.before-restore-<time>`, `files.before-restore-<time>`), never deleted. The next start recovers the cluster.
 */
export function restoreInstallation(opts: { from: string; dataDir: string }): { keptAside: string[] } {
  const { from, dataDir } = opts
  const clusterDir = path.join(dataDir, 'pg')
  const running = existsSync(clusterDir) ? findPostmaster(clusterDir) : null
  if (running && running !== 'stale') throw new Error(`the installation in ${dataDir} is running (PostgreSQL pid ${running.pid}): stop it first`)
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const keptAside: string[] = []
  mkdirSync(dataDir, { recursive: true })
  for (const name of ['pg', 'files']) {
    const current = path.join(dataDir, name)
    if (existsSync(current)) {
      const aside = `${current}.before-restore-${stamp}`
      renameSync(current, aside)
      keptAside.push(aside)
    }
  }
  copyTree(path.join(from, 'pg'), clusterDir)
  copyTree(path.join(from, 'files'), path.join(dataDir, 'files'))
  for (const f of ['pg.password', 'pg.app-password']) {
    if (existsSync(path.join(from, f))) copyFileSync(path.join(from, f), path.join(dataDir, f))
  }
  rmSync(path.join(clusterDir, 'postmaster.pid'), { force: true })
  chmodSync(clusterDir, 0o700)
  if (isRoot()) {
    const { uid, gid } = postgresUser()
    const own = (p: string) => {
      chownSync(p, uid, gid)
      if (lstatSync(p).isDirectory()) for (const n of readdirSync(p)) own(path.join(p, n))
    }
    own(clusterDir)
  }
  return { keptAside }
}

// ---------------------------------------------------------------------------------------------
// The daily backup of the embedded installation: a base backup into BACKUP_DIR/base/<time>, the WAL archive in
// BACKUP_DIR/wal (PostgreSQL's archive_command copies each finished segment there), and retention.
// ---------------------------------------------------------------------------------------------

/** The pg-boss queue of the daily backup (scheduled at BACKUP_TIME, Beijing time). */
export const BACKUP_QUEUE = 'backup-daily'

export const backupPaths = (backupDir: string) => ({ base: path.join(backupDir, 'base'), wal: path.join(backupDir, 'wal') })

/** 'HH:MM' → the daily cron line. */
export const backupCron = (hhmm: string) => { const [h, m] = hhmm.split(':').map(Number); return `${m} ${h} * * *` }

const WAL_FILE = /^[0-9A-F]{24}$/

/**
 * The PostgreSQL settings that archive every finished WAL segment into `walDir` (created here, and handed to the
 * user postgres when we are root, since the server writes it). A segment already there with the same content counts
 * as archived (a retry after a crash); another one with the same name is refused, so nothing is overwritten.
 */
export function walArchiveFlags(backupDir: string, timeoutSeconds: number): string[] {
  const { wal } = backupPaths(backupDir)
  if (/['\n\r%]/.test(wal)) throw new Error(`BACKUP_DIR ${backupDir}: a path with ', % or a line break cannot be used in archive_command`)
  // the folders on the way keep the usual mode (the user postgres must pass through them); only wal/ is private
  mkdirSync(backupDir, { recursive: true })
  if (!existsSync(wal)) mkdirSync(wal, { mode: 0o700 })
  if (isRoot()) {
    const { uid, gid } = postgresUser()
    chownSync(wal, uid, gid)
  }
  const dest = `'${wal}/%f'`
  const command = `test ! -f ${dest} && cp %p '${wal}/%f.part' && mv '${wal}/%f.part' ${dest} || cmp -s %p ${dest}`
  return ['-c', 'archive_mode=on', '-c', `archive_command=${command}`, '-c', `archive_timeout=${timeoutSeconds}`]
}

/** The WAL file a base backup starts from (its backup_label), or null. */
export function backupStartWal(backupFolder: string): string | null {
  const file = path.join(backupFolder, 'pg', 'backup_label')
  if (!existsSync(file)) return null
  return /START WAL LOCATION: .* \(file ([0-9A-F]{24})\)/.exec(readFileSync(file, 'utf8'))?.[1] ?? null
}

export interface Pruned { backups: string[]; walFiles: number }

/**
 * Retention: base backups finished more than `keepDays` days before `now` are deleted, but never the newest one,
 * and so are folders a failed backup left without a manifest; then every archived WAL segment older than the
 * oldest kept backup's start (no kept backup can need it). Timeline history files stay.
 */
export function pruneBackups(opts: { backupDir: string; keepDays: number; now?: Date; keep?: string }): Pruned {
  const { base, wal } = backupPaths(opts.backupDir)
  const now = (opts.now ?? new Date()).getTime()
  const removed: string[] = []
  const complete: { dir: string; finished: number }[] = []
  for (const name of existsSync(base) ? readdirSync(base) : []) {
    const dir = path.join(base, name)
    if (!lstatSync(dir).isDirectory()) continue
    try {
      complete.push({ dir, finished: new Date(readManifest(dir).finishedAt).getTime() })
    } catch {
      if (dir !== opts.keep) { rmSync(dir, { recursive: true, force: true }); removed.push(dir) }
    }
  }
  complete.sort((a, b) => b.finished - a.finished)
  const cutoff = now - opts.keepDays * 86_400_000
  const kept = complete.filter((b, i) => i === 0 || b.finished >= cutoff || b.dir === opts.keep)
  for (const b of complete) if (!kept.includes(b)) { rmSync(b.dir, { recursive: true, force: true }); removed.push(b.dir) }
  const starts = kept.map((b) => backupStartWal(b.dir)).filter((s): s is string => !!s).sort()
  let walFiles = 0
  if (starts.length && existsSync(wal)) {
    for (const f of readdirSync(wal)) {
      const segment = f.slice(0, 24)
      if (!WAL_FILE.test(segment) || f.endsWith('.history')) continue
      if (segment < starts[0]) { rmSync(path.join(wal, f), { force: true }); walFiles++ }
    }
  }
  return { backups: removed, walFiles }
}

/** The daily job: a base backup into BACKUP_DIR/base/<time>, then retention. */
export async function scheduledBackup(opts: { dataDir: string; backupDir: string; serverUrl: string; secret: string; keepDays: number; now?: Date }): Promise<{ to: string; manifest: BackupManifest; pruned: Pruned }> {
  const now = opts.now ?? new Date()
  const to = path.join(backupPaths(opts.backupDir).base, now.toISOString().replace(/[:.]/g, '-'))
  const manifest = await backupInstallation({ dataDir: opts.dataDir, serverUrl: opts.serverUrl, to, secret: opts.secret })
  const pruned = pruneBackups({ backupDir: opts.backupDir, keepDays: opts.keepDays, now, keep: to })
  return { to, manifest, pruned }
}

/**
 * The WAL archive a base backup made by the daily job belongs to (BACKUP_DIR/wal beside BACKUP_DIR/base/<time>), when
 * it holds segments; null otherwise.
 */
export function archiveOf(backupFolder: string): string | null {
  const wal = path.join(path.dirname(path.dirname(backupFolder)), 'wal')
  return path.basename(path.dirname(backupFolder)) === 'base' && existsSync(wal) && readdirSync(wal).some((f) => WAL_FILE.test(f)) ? wal : null
}

/** The newest segment in a WAL archive and when it was archived. */
export function archiveEnd(wal: string): { segment: string; at: Date } | null {
  const segments = readdirSync(wal).filter((f) => WAL_FILE.test(f)).sort()
  const last = segments.at(-1)
  return last ? { segment: last, at: lstatSync(path.join(wal, last)).mtime } : null
}

/**
 * After restoreInstallation: makes the next start replay the WAL archive to its end (archive recovery: recovery.signal
 * and the restore_command it needs, to be passed as flags to that start).
 */
export function recoverFromArchive(dataDir: string, wal: string): string[] {
  if (/['\n\r%]/.test(wal)) throw new Error(`${wal}: a path with ', % or a line break cannot be used in restore_command`)
  const clusterDir = path.join(dataDir, 'pg')
  writeFileSync(path.join(clusterDir, 'recovery.signal'), '')
  if (isRoot()) { const { uid, gid } = postgresUser(); chownSync(path.join(clusterDir, 'recovery.signal'), uid, gid) }
  return ['-c', `restore_command=cp '${wal}/%f' %p`]
}
