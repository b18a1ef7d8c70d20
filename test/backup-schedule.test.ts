// The daily backup of the embedded installation (issue #18): the running service archives its WAL into
// BACKUP_DIR/wal and has a daily backup job; run directly (as its schedule would), the job writes a base backup into
// BACKUP_DIR/base/<time> and removes backups older than BACKUP_KEEP_DAYS with the WAL only they needed; a restore
// from that backup replays the archive and finds every case, attachment and audit row written up to the last
// archived segment — also those written after the base backup.
import t from 'tap'
// it starts processes (the service, PostgreSQL, the CLI): tap's 300 s per file is too short on a loaded or slow box; each wait inside has its own bound
t.setTimeout(10 * 60_000)
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import PgBoss from 'pg-boss'
import sharp from 'sharp'
import { freePort } from '../src/db/embedded.js'
import { pgClient } from '../src/db/index.js'
import { projectRoot } from '../src/paths.js'
import { backupStartWal, runningServerUrl } from '../src/ops/backup.js'
import { startService, tempDir, waitFor, waitReady } from './ops/service.js'

const SECRET = 'backup-schedule-secret-backup-schedule-01'
const first = path.join(tempDir(t, 'suqiu-daily-'), 'data')
const second = path.join(tempDir(t, 'suqiu-daily-restored-'), 'data')
const backupDir = path.join(first, 'backups')

function cli(args: string[], env: Record<string, string | undefined>): Promise<{ code: number | null; out: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: undefined, ...env }
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k]
  delete childEnv.NODE_OPTIONS
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: projectRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.on('data', (d) => { out += d })
  child.stderr.on('data', (d) => { out += d })
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out })))
}

const env = (dataDir: string, port?: number) => ({ SUQIU_DATA_DIR: dataDir, SUQIU_SECRET: SECRET, DATABASE_URL: undefined, BACKUP_KEEP_DAYS: '3', ...(port ? { PORT: String(port) } : {}) })
const superuser = (dataDir: string, db = 'suqiu') => pgClient(runningServerUrl(path.join(dataDir, 'pg'))!.replace('/postgres?', `/${db}?`), { max: 1, onnotice: () => {} })

async function counts(dataDir: string) {
  const sql = superuser(dataDir)
  try {
    const [c] = await sql<{ complaints: number; cases: number; attachments: number; audit: number; restores: number }[]>`select (select count(*)::int from complaints) as complaints, (select count(*)::int from cases) as cases,
      (select count(*)::int from attachments) as attachments, (select count(*)::int from audit_log) as audit,
      (select count(*)::int from audit_log where action = 'system.restore') as restores`
    return c
  } finally {
    await sql.end()
  }
}

const port = await freePort()
const service = startService(t, env(first, port))
await waitReady(service)
await waitFor('the "ready at" line', () => /ready at http/.test(service.output()), 60_000)

const submit = async (content: string, photo?: Buffer) => {
  const form = new FormData()
  form.set('data', JSON.stringify({ type: 'complaint', content, address: '昆明市五华区华山街道', complainant: { anonymous: false, name: '孙八', phone: '13700002222' } }))
  if (photo) form.set('files', new Blob([photo], { type: 'image/png' }), '路面.png')
  const res = await fetch(`http://127.0.0.1:${port}/api/complaints`, { method: 'POST', body: form })
  if (res.status !== 201) throw new Error(`submit: ${res.status} ${await res.text()}`)
}
const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#00a' } }).png().toBuffer()

/** Switches to a new WAL segment and waits until the finished one is in the archive. */
async function archiveNow(): Promise<string> {
  const sql = superuser(first, 'postgres')
  try {
    const [{ walfile }] = await sql`select pg_walfile_name(pg_switch_wal()) as walfile`
    await waitFor(`WAL segment ${walfile} archived`, () => existsSync(path.join(backupDir, 'wal', walfile)), 60_000)
    return walfile as string
  } finally {
    await sql.end()
  }
}

t.test('the service archives its WAL and schedules a daily backup', async (t) => {
  await submit('人行道地砖松动，雨天踩下去溅水。', png)
  const sql = superuser(first)
  try {
    const [{ archive_mode: mode }] = await sql`select current_setting('archive_mode') as archive_mode`
    t.equal(mode, 'on', 'archive_mode is on')
    const schedules = await sql`select name, cron, options->>'tz' as tz from pgboss.schedule where name = 'backup-daily'`
    t.match(schedules, [{ name: 'backup-daily', cron: '30 2 * * *', tz: 'Asia/Shanghai' }], 'a daily backup at 02:30 Beijing time')
  } finally {
    await sql.end()
  }
  const walfile = await archiveNow()
  t.ok(walfile, `segment ${walfile} copied into BACKUP_DIR/wal`)
})

t.test('the daily backup job: a base backup, and backups older than BACKUP_KEEP_DAYS removed with their WAL', async (t) => {
  // a backup from ten days ago (kept by an earlier job), which needed the archive from its first segment on
  const old = path.join(backupDir, 'base', '2026-01-01T02-30-00-000Z')
  mkdirSync(path.join(old, 'pg'), { recursive: true })
  writeFileSync(path.join(old, 'manifest.json'), JSON.stringify({ format: 'suqiu-backup-1', label: 'old', startedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(), finishedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(), stopLsn: '0/1000000', secretFingerprint: 'x', files: { cluster: 0, attachments: 0 } }))
  writeFileSync(path.join(old, 'pg', 'backup_label'), 'START WAL LOCATION: 0/1000028 (file 000000010000000000000001)\n')
  const archivedBefore = readdirSync(path.join(backupDir, 'wal')).filter((f) => /^[0-9A-F]{24}$/.test(f)).sort()
  t.ok(archivedBefore.length >= 1, `archive before the job: ${archivedBefore.join(', ')}`)

  // trigger the scheduled job now, as its schedule does: a job in its queue, which the service's worker runs
  const boss = new PgBoss({ connectionString: runningServerUrl(path.join(first, 'pg'))!.replace('/postgres?', '/suqiu?'), max: 1, supervise: false, schedule: false })
  boss.on('error', () => {})
  await boss.start()
  await boss.send('backup-daily', {})
  await boss.stop({ graceful: false, wait: true })
  const base = () => readdirSync(path.join(backupDir, 'base')).filter((d) => existsSync(path.join(backupDir, 'base', d, 'manifest.json')))
  await waitFor('the daily backup written', () => base().some((d) => d !== path.basename(old)), 120_000)
  await waitFor('the job done (its log line)', () => /daily backup written to/.test(service.output()), 30_000)

  const now = base()
  t.equal(now.length, 1, 'one base backup kept: the new one', { now })
  t.notOk(existsSync(old), 'the ten-day-old backup is removed')
  const start = backupStartWal(path.join(backupDir, 'base', now[0]))!
  t.ok(start, `the new backup starts at WAL ${start}`)
  const archived = readdirSync(path.join(backupDir, 'wal')).filter((f) => /^[0-9A-F]{24}$/.test(f)).sort()
  t.same(archived.filter((f) => f < start), [], 'no archived segment older than the kept backup\'s start is left')
  t.ok(archivedBefore.some((f) => f < start), 'and there were some before')
})

t.test('restore from the daily backup replays the archive: every row, also those written after the backup', async (t) => {
  await submit('备份之后提交的诉求：桥下积水。', png)
  await submit('备份之后提交的第二件诉求。')
  await archiveNow()
  const atEnd = await counts(first)
  service.child.kill('SIGTERM')
  await service.exited

  const [daily] = readdirSync(path.join(backupDir, 'base'))
  const restored = await cli(['restore', path.join(backupDir, 'base', daily)], env(second))
  t.equal(restored.code, 0, 'restore exits 0', { out: restored.out })
  t.match(restored.out, /replaying the WAL archive .* to its end: segment [0-9A-F]{24}/, 'it says what it restores to')
  const port2 = await freePort()
  const again = startService(t, { ...env(second, port2), BACKUP_DIR: path.join(second, 'backups') })
  await waitReady(again)
  const now = await counts(second)
  t.equal(now.complaints, atEnd.complaints, `every complaint (${atEnd.complaints}), the two after the base backup too`)
  t.equal(now.cases, atEnd.cases, 'every case')
  t.equal(now.attachments, atEnd.attachments, `every attachment row (${atEnd.attachments})`)
  t.equal(now.audit, atEnd.audit + 1, 'every audit row, plus the restore')
  t.equal(now.restores, 1)
  again.child.kill('SIGTERM')
  await again.exited
  const verify = await cli(['audit', 'verify'], { ...env(second), BACKUP_KEEP_DAYS: '0' })
  t.equal(verify.code, 0, 'audit verify: intact', { out: verify.out })
})
