// `suqiu backup` and `suqiu restore` (issue #18): an online backup of a running embedded installation, restored into
// another data directory, holds every case, attachment and audit row of the moment it was taken; the audit log
// verifies and records the restore; the backup holds no SUQIU_SECRET, and restore refuses without the right one.
import t from 'tap'
// it starts processes (the service, PostgreSQL, the CLI): tap's 300 s per file is too short on a loaded or slow box; each wait inside has its own bound
t.setTimeout(10 * 60_000)
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { freePort } from '../src/db/embedded.js'
import { pgClient } from '../src/db/index.js'
import { projectRoot } from '../src/paths.js'
import { runningServerUrl } from '../src/ops/backup.js'
import { startService, tempDir, waitFor, waitReady } from './ops/service.js'

const SECRET = 'backup-test-secret-backup-test-secret-0123'
const first = path.join(tempDir(t, 'suqiu-backup-'), 'data')
const second = path.join(tempDir(t, 'suqiu-restored-'), 'data')
const backups = tempDir(t, 'suqiu-backups-')

/** `npx suqiu …` as a child process: exit code and output. */
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

const env = (dataDir: string, port?: number) => ({ SUQIU_DATA_DIR: dataDir, SUQIU_SECRET: SECRET, DATABASE_URL: undefined, ...(port ? { PORT: String(port) } : {}) })

async function counts(dataDir: string) {
  const url = runningServerUrl(path.join(dataDir, 'pg'))!.replace('/postgres?', '/suqiu?')
  const sql = pgClient(url, { max: 1, onnotice: () => {} })
  try {
    const [c] = await sql<{ complaints: number; cases: number; attachments: number; audit: number; restores: number }[]>`select (select count(*)::int from complaints) as complaints, (select count(*)::int from cases) as cases,
      (select count(*)::int from attachments) as attachments, (select count(*)::int from audit_log) as audit,
      (select count(*)::int from audit_log where action = 'system.restore') as restores`
    const files = await sql`select sha256 from attachments`
    return { ...c, files: files.map((f) => f.sha256 as string) }
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
  form.set('data', JSON.stringify({ type: 'complaint', content, address: '昆明市五华区华山街道', complainant: { anonymous: false, name: '钱七', phone: '13700001111' } }))
  if (photo) form.set('files', new Blob([photo], { type: 'image/png' }), '井盖.png')
  const res = await fetch(`http://127.0.0.1:${port}/api/complaints`, { method: 'POST', body: form })
  if (res.status !== 201) throw new Error(`submit: ${res.status} ${await res.text()}`)
}
const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#0a0' } }).png().toBuffer()
await submit('路边井盖破损，已拍照，请尽快修复。', png)
await submit('小区门口路灯连续三晚不亮。')
const atBackup = await counts(first)

t.test('an online backup of the running installation, without the secret', async (t) => {
  const to = path.join(backups, 'b1')
  const r = await cli(['backup', '--to', to], env(first))
  t.equal(r.code, 0, 'backup exits 0', { out: r.out })
  t.match(r.out, /backup written to/)
  t.ok(existsSync(path.join(to, 'pg', 'backup_label')), 'with the backup_label of pg_backup_stop')
  t.ok(readdirSync(path.join(to, 'pg', 'pg_wal')).some((f) => /^[0-9A-F]{24}$/.test(f)), 'and the WAL to recover it')
  t.equal(service.child.exitCode, null, 'the service kept running')
  const everything = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? everything(path.join(dir, e.name)) : [path.join(dir, e.name)])
  t.notOk(everything(to).some((f) => f.endsWith('/secret') || readFileSync(f).includes(SECRET)), 'SUQIU_SECRET is in no file of the backup')
})

t.test('restore into a stopped installation: every case, attachment and audit row, and the restore recorded', async (t) => {
  await submit('备份之后才提交的诉求。') // after the backup: not in it
  service.child.kill('SIGTERM')
  await service.exited

  const refused = await cli(['restore', path.join(backups, 'b1')], { SUQIU_DATA_DIR: second, SUQIU_SECRET: undefined })
  t.not(refused.code, 0, 'without the secret: refused')
  t.match(refused.out, /refused: SUQIU_SECRET/)
  t.notOk(existsSync(path.join(second, 'pg')), 'and nothing restored')
  const wrong = await cli(['restore', path.join(backups, 'b1')], { SUQIU_DATA_DIR: second, SUQIU_SECRET: 'another-secret-another-secret-another-0' })
  t.not(wrong.code, 0, 'with another secret: refused')

  const restored = await cli(['restore', path.join(backups, 'b1')], env(second))
  t.equal(restored.code, 0, 'restore exits 0', { out: restored.out })
  const port2 = await freePort()
  const again = startService(t, env(second, port2))
  await waitReady(again)
  const now = await counts(second)
  t.equal(now.complaints, atBackup.complaints, `every complaint of the backup (${atBackup.complaints})`)
  t.equal(now.cases, atBackup.cases, 'every case')
  t.equal(now.attachments, atBackup.attachments, 'every attachment row')
  t.ok(atBackup.attachments >= 1)
  for (const sha of now.files) t.ok(existsSync(path.join(second, 'files', sha.slice(0, 2), sha.slice(2, 4), sha)), `attachment ${sha.slice(0, 8)} on disk`)
  t.equal(now.restores, 1, 'the restore is an audit row')
  t.equal(now.audit, atBackup.audit + 1, 'every audit row of the backup, plus the restore')
  again.child.kill('SIGTERM')
  await again.exited
  const verify = await cli(['audit', 'verify'], env(second))
  t.equal(verify.code, 0, 'audit verify: intact', { out: verify.out })
})
