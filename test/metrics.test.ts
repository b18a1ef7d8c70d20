// GET /metrics (issue #18): Prometheus text with the families operators watch, and never public — a bearer token
// (METRICS_TOKEN), or only this machine when no token is set.
import t from 'tap'
import { buildTestApp } from './helper.js'

const TOKEN = 'metrics-token-0123456789abcdef'
const { app } = await buildTestApp(t, { METRICS_TOKEN: TOKEN })

t.test('refused without the token, or with a wrong one', async (t) => {
  for (const authorization of [undefined, 'Bearer wrong-token-0123456789', `Basic ${TOKEN}`]) {
    const res = await app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} })
    t.equal(res.statusCode, 401, `${authorization ?? 'no header'}: 401`)
    t.equal(res.json().error.code, 'metrics_token')
    t.notMatch(res.body, /suqiu_/, 'and no figures')
  }
})

t.test('with the token: the families, with figures from the requests and the database', async (t) => {
  const submitted = await app.inject({ method: 'POST', url: '/api/complaints', remoteAddress: '10.9.0.1', payload: {
    type: 'complaint', title: '路灯不亮', content: '翠湖西路社区路灯连续一周不亮，夜间出行不便。', address: '昆明市五华区华山街道翠湖西路社区',
    complainant: { anonymous: true },
  } })
  t.equal(submitted.statusCode, 201)
  const res = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } })
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /text\/plain/)
  for (const family of ['suqiu_http_request_duration_seconds', 'suqiu_intakes', 'suqiu_case_events', 'suqiu_open_cases', 'suqiu_jobs',
    'suqiu_outbox_messages', 'suqiu_db_connections', 'suqiu_database_up', 'suqiu_process_cpu_seconds_total']) {
    t.match(res.body, new RegExp(`^# TYPE ${family} `, 'm'), family)
  }
  t.match(res.body, /suqiu_http_request_duration_seconds_count\{method="POST",route="\/api\/complaints",status="201"\} 1/, 'the submission, by route')
  t.match(res.body, /suqiu_intakes\{channel="web"\} 1/, 'one web intake')
  t.match(res.body, /suqiu_open_cases\{state="intake",warning="none"\} 1/, 'one open case at intake')
  t.match(res.body, /suqiu_database_up 1/)
})

t.test('without a token set, only this machine may read it', async (t) => {
  const { app } = await buildTestApp(t)
  t.equal((await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' })).statusCode, 200, 'loopback: 200')
  t.equal((await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '10.1.2.3' })).statusCode, 401, 'another address: 401')
  t.equal((await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.9' } })).statusCode, 401, 'through a proxy: 401')
})
