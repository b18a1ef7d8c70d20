// An anonymous web report leaves nothing in the database that ties it to its sender's address (DESIGN rule 3): the
// shared rate-limit store keeps its HMAC key beside its counters, readable by the service's role, a DBA or a dump,
// and a counter row starts within milliseconds of the report it counted — so the routes an anonymous sender uses count
// in each process's memory only (found by an attacker's pass, issue 24). The form is still limited.
import t from 'tap'
import { createHmac } from 'node:crypto'
import { buildTestApp } from './helper.js'

t.test('an anonymous web report cannot be linked to its sender\'s address from the database', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const IP = '203.0.113.77'
  const res = await app.inject({
    method: 'POST', url: '/api/complaints', remoteAddress: IP,
    payload: { type: 'report', content: '某局干部长期违规收受礼金，请组织核查。', complainant: { anonymous: true } },
  })
  t.equal(res.statusCode, 201, res.body)
  const { caseNumber } = res.json()

  // the attacker: only the database, as the service's own role (app.sql is suqiu_app)
  const keys = await sql<{ key: Buffer }[]>`select key from rate_limit_keys`
  const hits = await sql<{ key: string; expires_at: Date }[]>`select key, expires_at from rate_limit_hits where key like 'POST /api/complaints:%'`
  const [k] = await sql<{ received_at: Date }[]>`select received_at from complaints where case_number = ${caseNumber}`
  const tag = (key: Buffer) => createHmac('sha256', key).update(IP).digest('base64url')
  const match = hits.find((h) => keys.some((kk) => h.key === `POST /api/complaints:${tag(kk.key)}`))
  // a DESIGN-conforming store would keep no key a database reader can use: this must not be found
  t.notOk(match, 'no row of the database tells that this address sent a web form')
  if (match) {
    const gapMs = Math.abs(match.expires_at.getTime() - 60_000 - k.received_at.getTime())
    t.comment(`the counter of ${IP} started ${gapMs} ms from anonymous report ${caseNumber}'s receipt`)
  }

  t.same(await sql`select key from rate_limit_hits where key like 'POST /api/complaints:%' or key like 'GET /api/track%'`, [], 'the form and tracking keep no counter row at all')

  // still limited: the form allows 10 a minute from one address, in this process
  const statuses: number[] = []
  for (let i = 0; i < 11; i++) {
    const r = await app.inject({ method: 'POST', url: '/api/complaints', remoteAddress: '198.51.100.9', payload: { type: 'report', content: `第${i}次：某局干部长期违规收受礼金，请组织核查。`, complainant: { anonymous: true } } })
    statuses.push(r.statusCode)
  }
  t.equal(statuses.filter((s) => s === 429).length, 1, 'the eleventh form in a minute from one address is refused (429)')
})
