// Chaos (issue #18), bounded: under a load of logged phone calls, kill -9 the service, kill -9 its PostgreSQL, and
// both at once. After each the service is ready again by itself (or on the next start), every acknowledged intake
// exists exactly once, none that was not acknowledged is half-stored, and `suqiu audit verify` finds the log intact.
import t from 'tap'
// it starts processes (the service, PostgreSQL, the CLI): tap's 300 s per file is too short on a loaded or slow box; each wait inside has its own bound
t.setTimeout(10 * 60_000)
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { and, eq } from 'drizzle-orm'
import { freePort } from '../src/db/embedded.js'
import { connect, pgClient, schema } from '../src/db/index.js'
import { projectRoot } from '../src/paths.js'
import { runningServerUrl } from '../src/ops/backup.js'
import { createUser } from '../src/users/service.js'
import { sleep, startService, tempDir, waitFor, waitReady, type Service } from './ops/service.js'

const dataDir = path.join(tempDir(t, 'suqiu-chaos-'), 'data')
const port = await freePort()
const env = { SUQIU_DATA_DIR: dataDir, SUQIU_SECRET: 'chaos-test-secret-chaos-test-secret-012345', DATABASE_URL: undefined, PORT: String(port) }
const base = `http://127.0.0.1:${port}`
const clusterDir = path.join(dataDir, 'pg')
const dbUrl = () => runningServerUrl(clusterDir)!.replace('/postgres?', '/suqiu?')

async function up(): Promise<{ service: Service; ms: number }> {
  const started = Date.now()
  const service = startService(t, env)
  await waitReady(service)
  await waitFor('the "ready at" line', () => /ready at http/.test(service.output()), 60_000)
  return { service, ms: Date.now() - started }
}

let { service } = await up()
{
  const { db, end } = connect(dbUrl(), { max: 1 })
  const [centre] = await db.select().from(schema.units).where(and(eq(schema.units.divisionCode, '530100'), eq(schema.units.isDefault, true)))
  await createUser(db, { username: 'chaos.operator', password: 'correct horse battery', role: 'operator', unitId: centre.id })
  await end()
}
const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'chaos.operator', password: 'correct horse battery' }) })
const { csrfToken } = await login.json() as { csrfToken: string }
const cookie = login.headers.get('set-cookie')!.split(';')[0]

/** Acknowledged calls: marker → case number. */
const acknowledged = new Map<string, string>()
let sent = 0
function load(callers = 4) {
  let running = true
  const loops = Array.from({ length: callers }, async () => {
    while (running) {
      const marker = `#chaos-${++sent}`
      try {
        const res = await fetch(`${base}/api/intake/hotline`, {
          method: 'POST', signal: AbortSignal.timeout(5000),
          headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'complaint', content: `来电反映路灯不亮，夜间出行不便 ${marker}`, address: '昆明市五华区华山街道翠湖西路社区', complainant: { anonymous: false, name: '孙八', phone: '13600002222' } }),
        })
        if (res.status === 201) acknowledged.set(marker, ((await res.json()) as { caseNumber: string }).caseNumber)
        else { await res.body?.cancel(); await sleep(100) }
      } catch { await sleep(100) }
    }
  })
  return async () => { running = false; await Promise.all(loops) }
}
const postmasterPid = () => Number(readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0])
const acksNow = () => acknowledged.size

t.test('kill -9 of the service mid-load, then a start: ready again', async (t) => {
  const stop = load()
  const before = acksNow()
  await waitFor('calls acknowledged', () => acksNow() >= before + 30, 60_000)
  service.child.kill('SIGKILL')
  await service.exited
  await stop()
  const again = await up()
  service = again.service
  t.pass(`ready ${again.ms} ms after the start that followed kill -9`)
})

t.test('kill -9 of PostgreSQL mid-load: the service restarts it and is ready again by itself', async (t) => {
  const stop = load()
  const before = acksNow()
  await waitFor('calls acknowledged', () => acksNow() >= before + 30, 60_000)
  const killed = Date.now()
  process.kill(postmasterPid(), 'SIGKILL')
  await sleep(300)
  await waitReady(service, 60_000)
  t.pass(`ready again ${Date.now() - killed} ms after PostgreSQL was killed`)
  const after = acksNow()
  await waitFor('calls acknowledged after the restart', () => acksNow() >= after + 10, 60_000)
  await stop()
  t.equal(service.child.exitCode, null, 'the service never exited')
})

t.test('kill -9 of both at once mid-load, then a start: ready again', async (t) => {
  const stop = load()
  const before = acksNow()
  await waitFor('calls acknowledged', () => acksNow() >= before + 30, 60_000)
  const pg = postmasterPid()
  service.child.kill('SIGKILL')
  process.kill(pg, 'SIGKILL')
  await service.exited
  await stop()
  const again = await up()
  service = again.service
  t.pass(`ready ${again.ms} ms after the start that followed kill -9 of both`)
})

t.test('every acknowledged intake exists once, nothing half-stored, the audit log intact', async (t) => {
  const sql = pgClient(dbUrl(), { max: 1, onnotice: () => {} })
  t.teardown(() => sql.end())
  const rows = await sql<{ case_number: string; marker: string }[]>`
    select case_number, substring(content from '#chaos-[0-9]+') as marker from complaints where content like '%#chaos-%'`
  const found = new Map<string, number>()
  for (const r of rows) found.set(r.marker, (found.get(r.marker) ?? 0) + 1)
  const missing = [...acknowledged.keys()].filter((m) => !found.has(m))
  const twice = [...found].filter(([, n]) => n > 1).map(([m]) => m)
  t.comment(`acknowledged ${acknowledged.size} of ${sent} sent; found ${[...acknowledged.keys()].filter((m) => found.has(m)).length} of them, ${rows.length} chaos intakes in all`)
  t.same(missing, [], 'every acknowledged intake is there')
  t.same(twice, [], 'none twice')
  const byNumber = new Map(rows.map((r) => [r.marker, r.case_number]))
  t.same([...acknowledged].filter(([m, n]) => byNumber.get(m) !== n), [], 'with the case number that was acknowledged')
  const [half] = await sql<{ intakes: number; complaints: number }[]>`select
    (select count(*)::int from intakes where complaint_id is null and error is null) as intakes,
    (select count(*)::int from complaints c where not exists (select 1 from cases k where k.id = c.id)) as complaints`
  t.same({ ...half }, { intakes: 0, complaints: 0 }, 'no intake without its complaint, no complaint without its case')
  service.child.kill('SIGTERM')
  t.equal((await service.exited).code, 0, 'SIGTERM exits 0')
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env }
  delete childEnv.DATABASE_URL
  delete childEnv.NODE_OPTIONS
  const verify = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'audit', 'verify'], { cwd: projectRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  verify.stdout.on('data', (d) => { out += d })
  verify.stderr.on('data', (d) => { out += d })
  const code = await new Promise((r) => verify.once('exit', r))
  t.equal(code, 0, 'suqiu audit verify: intact', { out })
})
