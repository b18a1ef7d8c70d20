// `npm start`'s entry (src/main.ts) as a child process on this file's database (DATABASE_URL: no embedded
// PostgreSQL is started): ready, the admin password printed on the first start only, a clean SIGTERM,
// and a wrong setting refused with one message naming it.
import t from 'tap'
// it starts processes (the service, PostgreSQL, the CLI): tap's 300 s per file is too short on a loaded or slow box; each wait inside has its own bound
t.setTimeout(10 * 60_000)
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectRoot } from '../src/paths.js'
import { freePort } from '../src/db/embedded.js'
import { testDatabase, testPool } from './helper.js'

interface Server {
  child: ChildProcess; port: number; output: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** the process has exited and its stdout and stderr are read to the end: output() is all it ever wrote */
  closed: Promise<void>
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-start-test-'))
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function start(t: { teardown(fn: () => unknown): void }, env: Record<string, string | undefined>): Server {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, SUQIU_DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env }
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k]
  // tap's NODE_OPTIONS loads @tapjs/processinfo, whose signal hooks turn the server's own clean exit on
  // SIGTERM into 143; the server must run as `npm start` runs it.
  delete childEnv.NODE_OPTIONS
  for (const k of Object.keys(childEnv)) if (k.startsWith('_TAPJS_')) delete childEnv[k]
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: projectRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (d) => { output += d })
  child.stderr!.on('data', (d) => { output += d })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()))
  t.teardown(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await Promise.race([exited, sleep(20_000)])
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    }
  })
  return { child, port: Number(env.PORT), output: () => output, exited, closed }
}

async function waitReady(server: Server, ms = 90_000): Promise<number> {
  const started = Date.now()
  for (;;) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) throw new Error(`exited before ready:\n${server.output()}`)
    if (Date.now() - started > ms) throw new Error(`not ready within ${ms} ms:\n${server.output()}`)
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/ready`, { signal: AbortSignal.timeout(2000) })
      if (res.status === 200) return res.status
      await res.body?.cancel()
    } catch { /* not listening yet */ }
    await sleep(50)
  }
}

/** main.ts logs "Suqiu 诉求 ready at …" once everything (workers too) has started; /ready answers a little earlier. */
async function waitStarted(server: Server, ms = 60_000): Promise<void> {
  const started = Date.now()
  while (!/ready at http/.test(server.output())) {
    if (server.child.exitCode !== null || Date.now() - started > ms) throw new Error(`no "ready at" line:\n${server.output()}`)
    await sleep(50)
  }
}

const tail = (text: string) => text.trim().split('\n').slice(-12).join('\n')
const PASSWORD_LINE = /admin[^\n]*password[^\n]*: (\S+)/

const url = await testDatabase(t)
const { sql } = testPool(t, url)

t.test('first start: ready, admin password printed once, SIGTERM exits 0', async (t) => {
  const port = await freePort()
  const server = start(t, { DATABASE_URL: url, PORT: String(port), PUBLIC_BASE_URL: undefined })
  t.equal(await waitReady(server), 200, '/ready answers 200')
  t.equal((await fetch(`http://127.0.0.1:${port}/health`)).status, 200, '/health answers 200')
  const city = await (await fetch(`http://127.0.0.1:${port}/api/divisions/530100`)).json() as { children: unknown[] }
  t.equal(city.children.length, 14, "Kunming's 14 counties and districts")

  await waitStarted(server)
  for (let i = 0; i < 400 && !PASSWORD_LINE.test(server.output()); i++) await sleep(50) // printed right after that line (20 s bound)
  const lines = server.output().split('\n').filter((l) => PASSWORD_LINE.test(l))
  t.equal(lines.length, 1, 'the admin password is printed once')
  const password = PASSWORD_LINE.exec(lines[0] ?? '')?.[1] ?? ''
  t.ok(password.length >= 12, 'a generated password of some length')
  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) })
  t.equal(login.status, 200, 'and it signs admin in')
  t.equal(((await login.json()) as { user: { role: string } }).user.role, 'admin')
  const [admin] = await sql`select u.role, n.division_code from users u join units n on n.id = u.unit_id where u.username = 'admin'`
  t.same({ ...admin }, { role: 'admin', division_code: '530100' }, 'admin belongs to the city centre')

  t.notOk(existsSync(path.join(dataDir, 'pg')), 'with DATABASE_URL no embedded PostgreSQL is created')
  t.notMatch(server.output(), /embedded PostgreSQL/)

  server.child.kill('SIGTERM')
  const { code, signal } = await server.exited
  t.equal(code, 0, 'SIGTERM exits 0', { output: tail(server.output()) })
  t.equal(signal, null)
  t.match(server.output(), /SIGTERM received/)
  t.match(server.output(), /"msg":"stopped"/, 'after a complete shutdown')
})

t.test('second start: ready, no password printed, admin unchanged', async (t) => {
  const port = await freePort()
  const server = start(t, { DATABASE_URL: url, PORT: String(port) })
  t.equal(await waitReady(server), 200)
  await waitStarted(server)
  t.equal((await sql`select count(*)::int as n from users where role = 'admin'`)[0].n, 1, 'still one admin')
  server.child.kill('SIGTERM')
  t.equal((await server.exited).code, 0, 'SIGTERM exits 0', { output: tail(server.output()) })
  // everything the server wrote, from start to exit, has been read: no password anywhere in it
  await server.closed
  t.match(server.output(), /"msg":"stopped"/, 'the whole output, to the end')
  t.notMatch(server.output(), PASSWORD_LINE, 'no password on a second start')
})

t.test('a wrong setting stops start-up with one message naming it', async (t) => {
  for (const [env, setting] of [
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '3000', DATABASE_URL: 'mysql://localhost/suqiu' }, 'DATABASE_URL'],
    [{ PORT: '3000', SUQIU_CITY: 'kunming' }, 'SUQIU_CITY'],
  ] as const) {
    const server = start(t, { DATABASE_URL: url, ...env })
    const { code } = await server.exited
    t.not(code, 0, `${JSON.stringify(env)}: non-zero exit`)
    t.match(server.output(), setting, `the message names ${setting}`)
    t.equal(server.output().trim().split('\n').length, 1, 'one line, no stack trace')
  }
})
