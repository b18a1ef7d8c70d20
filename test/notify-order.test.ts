// Notifications to one person keep the order of the events (#19): a case answered at once (当场答复) must not tell the
// complainant "已受理，正在交办" after its result, whatever order the worker picks the jobs up in.
import t from 'tap'
import type PgBoss from 'pg-boss'
import { buildTestApp, logComplaint, sendEvent, signIn } from './helper.js'

t.test('an earlier milestone delivered after a later one is dropped as superseded', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const c = await logComplaint(operator, { type: 'consultation', content: '请问社保卡丢失如何补办？', address: '昆明市五华区华山街道', complainant: { anonymous: false, name: '冯五', email: 'fengwu@example.cn' } })
  for (const body of [{ type: 'REGISTER', category: 'policy_consultation' }, { type: 'ANSWER', text: '携带身份证到社保服务网点补办。' }]) t.equal((await sendEvent(dispatcher, c.id, body)).statusCode, 200)
  t.equal((await sendEvent(operator, c.id, { type: 'SEND_FEEDBACK', text: '携带身份证到社保服务网点补办。', channel: 'email' })).statusCode, 200)

  // the receipt first, then the rest as a busy worker may take them: newest first
  const jobs = await sql`select id, data from pgboss.job where name = 'notify' and (data->>'caseId')::int = ${c.id} order by (data->>'kind' = 'receipt') desc, created_on desc`
  t.ok(jobs.map((j) => j.data.kind).includes('accepted'))
  for (const j of jobs) await app.jobHandlers.notify([{ id: j.id, name: 'notify', data: j.data, retryCount: 0, retryLimit: 5 }] as unknown as PgBoss.Job<Record<string, unknown>>[])
  const sent = await sql`select kind from outbound_messages where case_id = ${c.id} order by id`
  t.same(sent.map((r) => r.kind), ['receipt', 'result', 'evaluation_request'], 'no 已受理 after the result')
})
