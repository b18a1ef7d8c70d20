// The database goes away under load (issue #18): the service does not crash, /ready and the API answer 503
// (`database_unavailable`, Retry-After) within 2 s instead of hanging, everything recovers by itself within 10 s of
// the database returning, and SIGTERM finishes within 5 s, also while the database is down. The test stops and
// kills a PostgreSQL of its own (test/ops/cluster.ts), never the run's shared one.
// It was kept out of `npm test` while it failed now and then (3 runs in 8): requests in flight waited on
// postgres.js's reconnect back-off (up to 20 s) and a lost connection wrapped by drizzle answered 500 (see
// test/outage-pool.test.ts). Every answer from the moment PostgreSQL goes is now held to a success or a 503 within 2 s.
import t from 'tap'
// it starts processes (the service, PostgreSQL, the CLI): tap's 300 s per file is too short on a loaded or slow box; each wait inside has its own bound
t.setTimeout(10 * 60_000)
import { and, eq } from 'drizzle-orm'
import { freePort } from '../src/db/embedded.js'
import { connect, schema } from '../src/db/index.js'
import { createUser } from '../src/users/service.js'
import { ownCluster } from './ops/cluster.js'
import { sleep, startService, waitFor, waitReady, type Service } from './ops/service.js'

const cluster = await ownCluster(t)

interface Answer { status: number; ms: number; code?: string; retryAfter?: string | null }

/** An operator's client: signs in, then logs phone calls; every answer (or a 2 s silence, status 0) is kept. */
async function operator(port: number) {
  const base = `http://127.0.0.1:${port}`
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'outage.operator', password: 'correct horse battery' }) })
  if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`)
  const { csrfToken } = await login.json() as { csrfToken: string }
  const cookie = login.headers.get('set-cookie')!.split(';')[0]
  let n = 0
  const request = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const started = Date.now()
    try {
      const res = await fetch(`${base}${path}`, {
        method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined, signal: AbortSignal.timeout(2000),
      })
      const text = await res.text()
      let code: string | undefined
      try { code = JSON.parse(text)?.error?.code } catch { /* not JSON */ }
      return { status: res.status, ms: Date.now() - started, code, retryAfter: res.headers.get('retry-after') }
    } catch {
      return { status: 0, ms: Date.now() - started }
    }
  }
  const logCall = () => request('POST', '/api/intake/hotline', {
    type: 'complaint', content: `停电期间第${++n}通来电：路灯不亮，夜间出行不便。`, address: '昆明市五华区华山街道翠湖西路社区',
    complainant: { anonymous: false, name: '赵六', phone: '13912345678' },
  })
  return { request, logCall }
}

/** Several callers logging calls without pause until stopped; answers by time. */
function traffic(client: Awaited<ReturnType<typeof operator>>, callers = 4) {
  const answers: (Answer & { at: number })[] = []
  let running = true
  const loops = Array.from({ length: callers }, async () => {
    while (running) {
      const a = await client.logCall()
      answers.push({ ...a, at: Date.now() })
      if (a.status !== 201) await sleep(50)
    }
  })
  return { answers, stop: async () => { running = false; await Promise.all(loops) } }
}

async function startReady(t: Parameters<typeof startService>[0]): Promise<Service> {
  const service = startService(t, { DATABASE_URL: cluster.url, PORT: String(await freePort()), SUQIU_DATA_DIR: undefined, SUQIU_SECRET: 'outage-test-secret-outage-test-secret-0123' })
  await waitReady(service)
  await waitFor('the "ready at" line', () => /ready at http/.test(service.output()), 60_000)
  return service
}

const service = await startReady(t)
{
  // the operator exists once the service has prepared the database
  const { db, end } = connect(cluster.url, { max: 1 })
  const [centre] = await db.select().from(schema.units).where(and(eq(schema.units.divisionCode, '530100'), eq(schema.units.isDefault, true)))
  await createUser(db, { username: 'outage.operator', password: 'correct horse battery', role: 'operator', unitId: centre.id })
  await end()
}

for (const how of ['stop', 'kill'] as const) {
  t.test(`PostgreSQL ${how === 'stop' ? 'stopped (fast shutdown)' : 'killed (kill -9)'} under load: 503 within 2 s, no crash, back within 10 s`, async (t) => {
    const client = await operator(service.port)
    const load = traffic(client)
    await waitFor('some calls logged before the outage', () => load.answers.filter((a) => a.status === 201).length >= 20, 30_000)

    const down = Date.now()
    if (how === 'stop') cluster.stop('fast')
    else cluster.kill()
    await sleep(1500)
    const ready = await fetch(`http://127.0.0.1:${service.port}/ready`, { signal: AbortSignal.timeout(2000) }).then((r) => r.status, () => 0)
    t.equal(ready, 503, '/ready answers 503 within 2 s')
    const health = await fetch(`http://127.0.0.1:${service.port}/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.status, () => 0)
    t.equal(health, 200, '/health: the process is up', { output: service.output().slice(-4000) })
    const call = await client.logCall()
    t.equal(call.status, 503, 'a call logged during the outage: 503 within 2 s', { call })
    t.equal(call.code, 'database_unavailable')
    t.match(call.retryAfter, /^\d+$/, 'with Retry-After')
    const list = await client.request('GET', '/api/cases')
    t.equal(list.status, 503, 'reading a list: 503 within 2 s too', { list })
    await sleep(1000)
    const during = load.answers.filter((a) => a.at > down + 1500)
    t.ok(during.length > 0, 'the load went on during the outage')
    t.same(during.filter((a) => a.status !== 503), [], 'and every answer during the outage was a prompt 503 (no hang, no 500)')
    // the requests in flight when it went, and those before the outage was noticed: stored (201) or a 503, each
    // within 2 s (status 0: no answer within 2 s)
    const inFlight = load.answers.filter((a) => a.at > down && a.at <= down + 1500)
    t.same(inFlight.filter((a) => a.status !== 201 && a.status !== 503), [], `the ${inFlight.length} answers while it was going: 201 or 503 within 2 s, no hang, no 500`)

    cluster.start()
    const back = Date.now()
    const answered = load.answers.length
    await waitFor('/ready = 200 again', async () => (await fetch(`http://127.0.0.1:${service.port}/ready`, { signal: AbortSignal.timeout(2000) }).then((r) => r.status, () => 0)) === 200, 10_000)
    await waitFor('calls logged again', async () => (await client.logCall()).status === 201, 10_000)
    t.pass(`ready and logging calls ${Date.now() - back} ms after PostgreSQL was back`)
    await load.stop()
    const after = load.answers.slice(answered)
    t.same(after.filter((a) => a.status !== 201 && a.status !== 503), [], `the ${after.length} answers after it was back: 201 or 503 within 2 s, no hang, no 500`)
    t.equal(service.child.exitCode, null, 'the service never exited')
    t.notMatch(service.output(), /TypeError|uncaught/i, 'no uncaught error in its log')
  })
}

t.test('SIGTERM while the database is down: exits within 5 s', async (t) => {
  const client = await operator(service.port)
  const load = traffic(client, 2)
  await waitFor('some calls', () => load.answers.some((a) => a.status === 201), 10_000)
  cluster.stop('immediate')
  await sleep(500)
  const started = Date.now()
  service.child.kill('SIGTERM')
  const exited = await Promise.race([service.exited.then(() => true), sleep(5000).then(() => false)])
  t.ok(exited, `exited ${Date.now() - started} ms after SIGTERM`)
  await load.stop()
  cluster.start()
})
