// Start-up on a newcomer's machine and after a crash (issue #18): the service comes back by itself after kill -9
// (its orphaned PostgreSQL is found and stopped), supervises its PostgreSQL, and every start-up failure is one line
// naming the cause and what to do — a port in use, root with the data in a folder the user postgres cannot enter,
// a read-only or full disk.
import t from 'tap'
// it starts processes (the service, PostgreSQL, the CLI): tap's 300 s per file is too short on a loaded or slow box; each wait inside has its own bound
t.setTimeout(10 * 60_000)
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { freePort, isRoot } from '../src/db/embedded.js'
import { describeStartupFailure } from '../src/ops/startup-error.js'
import { isAlive } from '../src/ops/postmaster.js'
import { sleep, startService, tempDir, waitFor, waitReady, type Service } from './ops/service.js'

const embeddedEnv = (dataDir: string, port: number) => ({ SUQIU_DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: undefined, SUQIU_SECRET: undefined })
// a stopped orphan may stay a zombie until whoever adopted it reaps it: gone all the same
const alive = isAlive
const postmasterPid = (dataDir: string) => Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0])
const stackFrames = /\n\s+at /

/** The one line a failed start prints on stderr, and its exit code. */
async function failure(service: Service): Promise<{ code: number | null; lines: string[] }> {
  const { code } = await service.exited
  return { code, lines: service.stderr().trim().split('\n').filter(Boolean) }
}

const dataDir = tempDir(t, 'suqiu-crash-')

t.test('kill -9 of the service, then npm start: its orphaned PostgreSQL is stopped and the service is ready again', async (t) => {
  const port = await freePort()
  const first = startService(t, embeddedEnv(dataDir, port))
  await waitReady(first)
  await waitFor('the "ready at" line', () => /ready at http/.test(first.output()), 60_000)
  const orphan = postmasterPid(dataDir)
  first.child.kill('SIGKILL')
  await first.exited
  await sleep(200)
  t.ok(alive(orphan), 'the killed service left its PostgreSQL running')

  const second = startService(t, embeddedEnv(dataDir, await freePort()))
  const ms = await waitReady(second)
  t.pass(`ready again in ${ms} ms`)
  await waitFor('the "ready at" line', () => /ready at http/.test(second.output()), 60_000)
  t.notOk(alive(orphan), 'the orphaned server was stopped')
  t.not(postmasterPid(dataDir), orphan, 'a new server holds the cluster')
  t.match(second.output(), /earlier run \(pid \d+\) still holds/, 'and the log says what was found')

  // supervision: the service's own PostgreSQL dies → it is started again and the service is ready by itself
  const pg = postmasterPid(dataDir)
  process.kill(pg, 'SIGKILL')
  await waitFor('a new PostgreSQL after kill -9 of the old', () => existsSync(path.join(dataDir, 'pg', 'postmaster.pid')) && postmasterPid(dataDir) !== pg, 60_000)
  await waitReady(second, 60_000)
  t.match(second.output(), /PostgreSQL exited unexpectedly/, 'the death is logged')
  t.match(second.output(), /PostgreSQL restarted/, 'and the restart')

  second.child.kill('SIGTERM')
  t.equal((await second.exited).code, 0, 'SIGTERM still exits 0')
  t.notOk(existsSync(path.join(dataDir, 'pg', 'postmaster.pid')), 'and stops PostgreSQL')
})

t.test('a port in use: one line naming it and what to do, and no PostgreSQL left running', async (t) => {
  const blocker = net.createServer()
  const port = await freePort()
  await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', () => r()))
  t.teardown(() => blocker.close())
  const service = startService(t, embeddedEnv(dataDir, port))
  const { code, lines } = await failure(service)
  t.not(code, 0, 'non-zero exit')
  t.equal(lines.length, 1, 'one line on stderr', { stderr: service.stderr() })
  t.match(lines[0], /failed to start/)
  t.match(lines[0], new RegExp(`port ${port}`), 'names the port')
  t.match(lines[0], /set PORT/, 'and what to do')
  t.notMatch(service.stderr(), stackFrames, 'no stack trace')
  t.notMatch(lines[0], /undefined/)
  t.notOk(existsSync(path.join(dataDir, 'pg', 'postmaster.pid')), 'the embedded PostgreSQL it started was stopped again')
})

t.test('data in a folder of mode 700 owned by root', async (t) => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'suqiu-root-home-'))
  t.teardown(() => rmSync(home, { recursive: true, force: true }))
  chmodSync(home, 0o700)
  const service = startService(t, embeddedEnv(path.join(home, 'data'), await freePort()))
  if (!isRoot()) {
    // a regular user runs PostgreSQL as itself, which may enter its own private folders
    t.ok(await waitReady(service), 'as a regular user the service starts')
    return
  }
  const { code, lines } = await failure(service)
  t.not(code, 0, 'as root: non-zero exit')
  t.equal(lines.length, 1, 'one line on stderr', { stderr: service.stderr() })
  t.match(lines[0], /user postgres/, 'says PostgreSQL runs as the user postgres')
  t.match(lines[0], home, 'names the folder it cannot enter')
  t.match(lines[0], /regular user/, 'the first way out')
  t.match(lines[0], /outside that folder/, 'the second way out')
  t.notMatch(service.stderr(), stackFrames, 'no stack trace')
  t.notOk(existsSync(path.join(home, 'data', 'pg', 'PG_VERSION')), 'no half-made cluster')
})

t.test('a read-only or full disk: one clear line', async (t) => {
  // the wording, for every platform
  t.match(describeStartupFailure(Object.assign(new Error('x'), { code: 'EROFS', path: '/mnt/data/secret' })), /read-only.*\/mnt\/data\/secret.*SUQIU_DATA_DIR/)
  t.match(describeStartupFailure(Object.assign(new Error('x'), { code: 'ENOSPC', path: '/mnt/data/pg' })), /disk is full.*free some space/)
  // and on real small disks where this machine lets us mount one (root in a privileged container, CI)
  const mount = (opts: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-disk-'))
    t.teardown(() => {
      try { execFileSync('umount', [dir], { stdio: 'ignore' }) } catch { /* not mounted */ }
      rmSync(dir, { recursive: true, force: true })
    })
    try { execFileSync('mount', ['-t', 'tmpfs', '-o', opts, 'tmpfs', dir], { stdio: 'ignore' }) } catch { return null }
    return dir
  }
  const readOnly = mount('size=4m,ro')
  const small = mount('size=1m,mode=0755')
  if (!readOnly || !small) {
    t.comment('tmpfs cannot be mounted here: the real-disk cases are covered by the wording above only')
    return
  }
  for (const [dir, what] of [[readOnly, /read-only/], [small, /disk is full|only \d+ MB free/]] as const) {
    const service = startService(t, embeddedEnv(path.join(dir, 'data'), await freePort()))
    const { code, lines } = await failure(service)
    t.not(code, 0, 'non-zero exit')
    t.equal(lines.length, 1, 'one line on stderr', { stderr: service.stderr() })
    t.match(lines[0], what)
    t.match(lines[0], /SUQIU_DATA_DIR/, 'and what to do')
    t.notMatch(service.stderr(), stackFrames, 'no stack trace')
  }
})
