// Several processes, one truth (issue 24): two API processes (A, B) and two worker processes (W1, W2) of the service,
// started as `npm start` starts it (src/main.ts, SUQIU_ROLE=api|worker, as the app role suqiu_app), on one test
// database. Each part shows what a user would notice if a process kept its own truth: a rate limit that two processes
// allow twice, a live event that stays in the process that applied it, a session signed out in A still open in B,
// a calendar changed in A that B does not count with, two mailbox readers (or none once the reader dies), a screen
// pop that reaches the wrong operator. Every wait is for an event, with a bound.
import t from 'tap'
// it starts processes (the service, PostgreSQL, the CLI): tap's 300 s per file is too short on a loaded or slow box; each wait inside has its own bound
t.setTimeout(10 * 60_000)
import { createHash } from 'node:crypto'
import WebSocket from 'ws'
import twilio from 'twilio'
import { ImapFlow } from 'imapflow'
import { and, eq } from 'drizzle-orm'
import { freePort } from '../src/db/embedded.js'
import { connect, schema } from '../src/db/index.js'
import { createUser } from '../src/users/service.js'
import { publishLiveEvent } from '../src/live/events.js'
import { codeAt, currentStep } from '../src/auth/totp.js'
import { shanghaiDate } from '../src/calendar/workdays.js'
import { KEY_EPOCH_MS } from '../src/http/rate-store.js'
import { appRoleUrl, testDatabase } from './helper.js'
import { startService, tempDir, waitFor, waitReady, type Service } from './ops/service.js'
import { DOVECOT_MISSING, findDovecot, startDovecot } from './support/dovecot.js'

const CITY = '530100'
const CUIHU = '530102001001' // 翠湖西路社区 (五华区)
const TUODONG = '530103001' // 拓东街道 (盘龙区)
const PUBLIC = 'https://rexian.km.gov.cn'
const ACCOUNT_SID = 'AC' + 'c'.repeat(32)
const AUTH_TOKEN = 'multi-process-auth-token-0123456789'
const HOTLINE = '+868712345678'
const PASSWORD = 'correct horse battery'

const ownerUrl = await testDatabase(t)
const appUrl = await appRoleUrl(ownerUrl)
const dataDir = tempDir(t, 'suqiu-multi-')
const dovecot = findDovecot() ? await startDovecot(t) : null

const common = {
  DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl, SUQIU_DATA_DIR: dataDir, SUQIU_SECRET: 'multi-process-secret-multi-process-secret',
  PUBLIC_BASE_URL: PUBLIC, OFFICE_HOURS: '00:00-23:59', TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  TWILIO_HOTLINE_NUMBER: HOTLINE, TWILIO_API_BASE: 'http://127.0.0.1:9', MAILBOX_LEASE_SECONDS: '3', IMAP_URL: dovecot?.url,
}
async function start(role: 'api' | 'worker'): Promise<Service> {
  const service = startService(t, { ...common, SUQIU_ROLE: role, PORT: String(await freePort()) })
  if (role === 'api') await waitReady(service)
  await waitFor(`${role} ready`, () => {
    if (service.child.exitCode !== null) throw new Error(`exited:\n${service.output()}`)
    return /ready at http/.test(service.output())
  }, 120_000)
  return service
}
// the first prepares the database (migrations, grants, the city's divisions); the others then start side by side
const A = await start('api')
const [B, W1, W2] = await Promise.all([start('api'), start('worker'), start('worker')])
const base = (s: Service) => `http://127.0.0.1:${s.port}`

const { db, sql, end } = connect(ownerUrl, { max: 2 })
t.teardown(end)
const unitAt = async (code: string) => {
  const [u] = await db.select().from(schema.units).where(and(eq(schema.units.divisionCode, code), eq(schema.units.isDefault, true)))
  return u.id
}
const centre = await unitAt(CITY)
const users = {
  operator: await createUser(db, { username: 'mp.operator', password: PASSWORD, role: 'operator', unitId: centre }),
  operator2: await createUser(db, { username: 'mp.operator2', password: PASSWORD, role: 'operator', unitId: centre }),
  dispatcher: await createUser(db, { username: 'mp.dispatcher', password: PASSWORD, role: 'dispatcher', unitId: centre }),
  village: await createUser(db, { username: 'mp.village', password: PASSWORD, role: 'officer', unitId: await unitAt(CUIHU) }),
  elsewhere: await createUser(db, { username: 'mp.tuodong', password: PASSWORD, role: 'officer', unitId: await unitAt(TUODONG) }),
  admin: await createUser(db, { username: 'mp.admin', password: PASSWORD, role: 'admin', unitId: centre }),
  calendarAdmin: await createUser(db, { username: 'mp.admin2', password: PASSWORD, role: 'admin', unitId: centre }),
}

interface Client { cookie: string; csrf: string; port: number; call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> }
/** Signs in over HTTP at one process; the session's cookie works at any. An admin sets up the second factor first. */
async function signIn(s: Service, username: string): Promise<Client> {
  const res = await fetch(`${base(s)}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) })
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`)
  const body = await res.json() as { csrfToken: string; mustEnrolSecondFactor: boolean }
  const client = at(s, res.headers.get('set-cookie')!.split(';')[0], body.csrfToken)
  if (body.mustEnrolSecondFactor) {
    const { json } = await client.call('POST', '/api/me/second-factor/enrol')
    const confirmed = await client.call('POST', '/api/me/second-factor/confirm', { code: codeAt(json.secret, currentStep()) })
    if (confirmed.status !== 200) throw new Error(`second factor: ${confirmed.status}`)
  }
  return client
}
/** The same session, talking to another process. */
function at(s: Service, cookie: string, csrf: string): Client {
  return {
    cookie, csrf, port: s.port,
    async call(method, path, body) {
      const res = await fetch(`${base(s)}${path}`, {
        method, headers: { cookie, 'x-csrf-token': csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(30_000),
      })
      const text = await res.text()
      let json: unknown = null
      try { json = JSON.parse(text) } catch { /* not JSON */ }
      return { status: res.status, json }
    },
  }
}

interface Live { messages: { topic: string; payload: any }[]; closed: Promise<number>; socket: WebSocket; next(topic: string, match?: (p: any) => boolean): Promise<any>; ping(): Promise<void> }
/** A staff socket on one process: every message kept, in order. */
async function live(s: Service, client: Client): Promise<Live> {
  const socket = new WebSocket(`ws://127.0.0.1:${s.port}/ws`, { headers: { cookie: client.cookie } })
  const messages: Live['messages'] = []
  const listeners = new Set<() => void>()
  socket.on('message', (data) => { messages.push(JSON.parse(data.toString())); for (const l of listeners) l() })
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)))
  t.teardown(() => socket.terminate())
  const next = (topic: string, match: (p: any) => boolean = () => true, ms = 30_000) => new Promise<any>((resolve, reject) => {
    const look = () => {
      const m = messages.find((x) => x.topic === topic && match(x.payload))
      if (m) { listeners.delete(look); clearTimeout(timer); resolve(m.payload) }
    }
    const timer = setTimeout(() => { listeners.delete(look); reject(new Error(`no ${topic} within ${ms} ms: ${JSON.stringify(messages.map((x) => x.topic))}`)) }, ms)
    listeners.add(look)
    look()
  })
  await next('live.ready')
  let pings = 0
  return {
    messages, closed, socket, next,
    // the server answers in order: once the pong is here, whatever it sent this socket before has arrived
    ping: async () => { const n = ++pings; socket.send(JSON.stringify({ type: 'ping' })); await next('pong', () => messages.filter((x) => x.topic === 'pong').length >= n) },
  }
}

t.test('1. rate limits: two API processes allow what one would', async (t) => {
  // a staff route's limit is shared: POST /api/me/password allows 10 a minute per address; 5 here and 5 there are the 10
  // (an empty body is refused as 400 after it is counted)
  const inA = await signIn(A, 'mp.operator2')
  const inB = at(B, inA.cookie, inA.csrf)
  // the counter is keyed by an HMAC whose key changes every ten minutes of the wall clock (KEY_EPOCH_MS): requests on
  // both sides of a change count under two keys, and no 429 would come. Started a minute or more before the next change.
  await waitFor('a minute clear of the next rate-limit key', () => KEY_EPOCH_MS - (Date.now() % KEY_EPOCH_MS) > 60_000, 90_000)
  const codes: number[] = []
  for (let i = 0; i < 5; i++) for (const c of [inA, inB]) codes.push((await c.call('POST', '/api/me/password', {})).status)
  t.notOk(codes.includes(429), `10 attempts across both processes are allowed (${[...new Set(codes)].join(',')})`)
  t.equal((await inA.call('POST', '/api/me/password', {})).status, 429, 'the 11th is refused, although A itself saw 6')
  t.equal((await inB.call('POST', '/api/me/password', {})).status, 429, 'and so is the 12th at B')
  const rows = await sql`select key, hits from rate_limit_hits where key like 'POST /api/me/password:%'`
  t.equal(rows.length, 1, 'one counter for the address on that route')
  t.notOk(rows.some((r) => r.key.includes('127.0.0.1')), 'keyed by a hash, not by the address')

  // a route open to anyone (here tracking, which anonymous reporters use) counts in each process only: no row at all,
  // so nothing in the database can tie an address to a report by the time (the proxy's limit holds across processes)
  for (let i = 0; i < 3; i++) for (const s of [A, B]) await fetch(`${base(s)}/api/track/NOSUCHCODE${i}`)
  t.same(await sql`select key from rate_limit_hits where key like 'GET /api/track%'`, [], 'a public route keeps no counter row')
  const keys = await sql`select epoch from rate_limit_keys`
  t.equal(keys.length, 1, 'one HMAC key, for the current ten minutes only')

  // the sign-in throttle was shared already (a table); its address counter is now keyed with the secret too
  const wrong = await fetch(`${base(B)}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'mp.nobody', password: 'wrong password!' }) })
  t.equal(wrong.status, 401)
  const plain = createHash('sha256').update('addr:127.0.0.1').digest('hex')
  const counters = await sql`select key from sign_in_throttle`
  t.equal(counters.length, 3, 'the failure is counted (account and address, account, address)')
  t.notOk(counters.some((c) => c.key === plain), 'not under a plain hash of the address, which anyone can undo')
})

t.test('3. a session signed out in A ends in B at once, its websocket too', async (t) => {
  const inA = await signIn(A, 'mp.operator2')
  const inB = at(B, inA.cookie, inA.csrf)
  t.equal((await inB.call('GET', '/api/me')).status, 200, 'the session signed in at A works at B')
  const socket = await live(B, inA)
  t.equal((await inA.call('POST', '/api/auth/logout')).status, 200)
  t.equal((await inB.call('GET', '/api/me')).status, 401, 'B no longer knows it')
  // B re-checks its sockets' sessions only every 60 s; the end of the session reaches it by NOTIFY
  const code = await Promise.race([socket.closed, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 20_000))])
  t.equal(code, 4401, 'the socket on B is closed with 4401 (session ended)')
})

t.test('2 and 4. live events and the calendar across processes', async (t) => {
  const operator = await signIn(A, 'mp.operator')
  const dispatcherA = await signIn(A, 'mp.dispatcher')
  const dispatcherB = at(B, dispatcherA.cookie, dispatcherA.csrf)
  const admin = await signIn(A, 'mp.admin')
  const village = await live(B, await signIn(B, 'mp.village'))
  const elsewhere = await live(B, await signIn(B, 'mp.tuodong'))
  const villageA = await live(A, await signIn(A, 'mp.village'))
  const elsewhereA = await live(A, await signIn(A, 'mp.tuodong'))

  // 4: an admin at A makes the next fourteen days holidays; B, which read the calendar at start, counts with them
  const today = shanghaiDate(new Date())
  const day = (n: number) => shanghaiDate(new Date(Date.now() + n * 86_400_000))
  t.equal((await admin.call('PUT', `/api/holiday-overrides/${today}`, { isWorkday: true, note: '多进程测试' })).status, 200)
  for (let n = 1; n <= 14; n++) t.equal((await admin.call('PUT', `/api/holiday-overrides/${day(n)}`, { isWorkday: false, note: '多进程测试' })).status, 200)

  const logged = await operator.call('POST', '/api/intake/hotline', {
    type: 'complaint', content: '翠湖西路社区公示栏长期不更新，居民无法了解集体收支情况。', address: '昆明市五华区华山街道翠湖西路社区',
    complainant: { anonymous: false, name: '李四', phone: '13912345678' },
  })
  t.equal(logged.status, 201)
  const id = logged.json.id as number
  t.equal((await dispatcherA.call('POST', `/api/cases/${id}/events`, { type: 'REGISTER', category: 'village_affairs' })).status, 200)
  const routing = await dispatcherA.call('GET', `/api/cases/${id}/routing`)
  const chain = routing.json.chain.map((u: { unitId: number }) => u.unitId)
  // applied at B: B computes the village's sign deadline (1 working day) with A's change
  const dispatched = await dispatcherB.call('POST', `/api/cases/${id}/events`, { type: 'DISPATCH', chain })
  t.equal(dispatched.status, 200)
  const due = shanghaiDate(new Date(dispatched.json.deadlines.link))
  t.ok(due > day(14), `the sign deadline (${due}) lies after the fourteen holidays set at A`)

  // 2: the event applied at B reaches the village's sockets on B and on A; one applied at A reaches B
  t.equal((await village.next('case.assigned', (p) => p.caseId === id)).state, 'assigned')
  t.equal((await villageA.next('case.assigned', (p) => p.caseId === id)).state, 'assigned', 'applied at B, heard at A')
  const villageOfficer = await signIn(A, 'mp.village')
  t.equal((await villageOfficer.call('POST', `/api/cases/${id}/events`, { type: 'SIGN' })).status, 200, '签收 at A')
  t.equal((await village.next('case.changed', (p) => p.caseId === id && p.event === 'SIGN')).state, 'handling', 'applied at A, heard at B')
  // scope holds in the receiving process: the officer of another district heard nothing of the case, in A or in B
  await elsewhere.ping()
  await elsewhereA.ping()
  t.notOk([...elsewhere.messages, ...elsewhereA.messages].some((m) => m.payload?.caseId === id), 'nothing of the case reached 拓东街道')

  // a payload beyond NOTIFY's 8000 bytes arrives as its id, to be loaded
  await publishLiveEvent(sql, { topic: 'case.changed', userIds: [users.village.id], payload: { id, note: '长'.repeat(4000) } })
  const big = await village.next('case.changed', (p) => p.truncated === true)
  t.same(big, { truncated: true, id }, 'too large for NOTIFY: the id only')
})

t.test('6. the screen pop goes to the operator who takes the call, across processes', async (t) => {
  const taker = await signIn(B, 'mp.operator')
  const other = await signIn(B, 'mp.operator2')
  // A call pops up only in office hours (OFFICE_HOURS 00:00-23:59 here) of a working day, and test 4 made the next
  // fourteen days holidays: today and tomorrow (China time) are made working days here, whatever day the test runs,
  // and the one minute a day outside those hours (23:59) is waited out
  const admin = await signIn(A, 'mp.admin2')
  for (const day of [shanghaiDate(new Date()), shanghaiDate(new Date(Date.now() + 86_400_000))]) {
    t.equal((await admin.call('PUT', `/api/holiday-overrides/${day}`, { isWorkday: true, note: '多进程测试：来电弹屏' })).status, 200)
  }
  const shanghaiMinute = () => { const d = new Date(Date.now() + 8 * 3_600_000); return d.getUTCHours() * 60 + d.getUTCMinutes() }
  await waitFor('office hours (past 23:59 in China)', () => shanghaiMinute() < 23 * 60 + 59, 90_000)
  const takerLive = await live(B, taker)
  const otherLive = await live(A, other)
  const callSid = 'CA' + 'd'.repeat(32)
  const caller = '+8613987654321'
  const params: Record<string, string> = {
    AccountSid: ACCOUNT_SID, ApiVersion: '2010-04-01', CallSid: callSid, CallStatus: 'ringing', Direction: 'inbound',
    From: caller, To: HOTLINE, Caller: caller, Called: HOTLINE,
  }
  const res = await fetch(`${base(A)}/channels/hotline/voice`, {
    method: 'POST', body: new URLSearchParams(params).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC}/channels/hotline/voice`, params) },
  })
  t.equal(res.status, 200, await res.text())
  const waiting = await takerLive.next('call.incoming', (p) => p.callSid === callSid)
  await otherLive.next('call.incoming', (p) => p.callSid === callSid)
  t.equal(waiting.callerMasked, null, 'while it waits, no operator gets the number')
  const taken = await taker.call('POST', `/api/calls/${callSid}/take`)
  t.equal(taken.status, 200)
  const pop = await takerLive.next('call.pop', (p) => p.callSid === callSid)
  t.match(pop, { callSid, waiting: false }, 'the screen pop reaches the taker\'s socket, in the other process')
  t.ok(typeof pop.callerMasked === 'string' && pop.callerMasked.includes('*') && !pop.callerMasked.includes('13987654321'), `masked number ${pop.callerMasked}`)
  await otherLive.next('call.taken', (p) => p.callSid === callSid)
  await otherLive.ping()
  t.notOk(otherLive.messages.some((m) => m.topic === 'call.pop' || JSON.stringify(m.payload ?? '').includes('4321')), 'the other operator got no pop and no number')
})

t.test('5. one mailbox reader across workers, taken over when it dies', { skip: dovecot ? false : DOVECOT_MISSING }, async (t) => {
  const workers = [W1, W2]
  const holderOf = async () => {
    const [row] = await sql`select holder from worker_leases where name like 'mailbox:%' and expires_at > now()`
    return row ? workers.find((w) => row.holder.includes(`:${w.child.pid}:`)) : undefined
  }
  const imap = new ImapFlow({ host: dovecot!.host, port: dovecot!.port, secure: false, auth: { user: dovecot!.user, pass: dovecot!.pass }, logger: false })
  await imap.connect()
  t.teardown(() => imap.logout().catch(() => {}))
  const mail = (n: number) => Buffer.from(`From: citizen${n}@example.cn\r\nTo: complaints@km.gov.cn\r\nSubject: =?UTF-8?B?${Buffer.from(`路灯不亮 ${n}`).toString('base64')}?=\r\nMessage-ID: <mp-${n}@example.cn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n五华区翠湖西路路灯不亮第${n}天。\r\n`)
  const stored = async () => Number((await sql`select count(*)::int as n from inbound_emails`)[0].n)
  await imap.append('INBOX', mail(1), [])
  await waitFor('the first mail stored', async () => (await stored()) === 1, 30_000)
  const readers = workers.filter((w) => /mailbox: connected/.test(w.output()))
  t.equal(readers.length, 1, 'one worker reads the mailbox, not both')
  const reader = readers[0]
  const standby = workers.find((w) => w !== reader)!
  t.equal(await holderOf(), reader, 'the reader holds the lease')

  reader.child.kill('SIGKILL')
  await reader.exited
  // the lease (3 s here, MAILBOX_LEASE_SECONDS) runs out and the standby takes over
  await waitFor('the standby takes the mailbox over', async () => (await holderOf()) === standby, 30_000)
  await imap.append('INBOX', mail(2), [])
  await waitFor('the second mail stored by the new reader', async () => (await stored()) === 2, 30_000)
  t.match(standby.output(), /mailbox: connected/, 'the standby reads the mailbox now')
  t.equal(await stored(), 2, 'each mail stored once')
})
