// 回访: operators list their line's call-back tasks and record the outcome; a rating on the phone is EVALUATE.
import t from 'tap'
import { buildTestApp, signIn, sendEvent, logComplaint } from './helper.js'
import { createCallbackTask } from '../src/notify/deliver.js'
import { MAX_ATTEMPTS } from '../src/callbacks/tasks.js'
import { scanDeadlines } from '../workers/deadlines.js'

t.test('call-back tasks', async (t) => {
  const { app, sql } = await buildTestApp(t)
  await app.ready()
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const countyOperator = await signIn(app, 'operator', '530112') // 西山区: another county
  const officer = await signIn(app, 'officer', '530102')

  /** A case answered and fed back: awaiting the complainant's evaluation. */
  const awaitingEvaluation = async (channel: 'hotline' | 'phone', phone: string) => {
    const c = await logComplaint(operator, { type: 'consultation', content: '请问社保卡丢失如何补办？', address: '昆明市五华区华山街道', complainant: { anonymous: false, name: '冯五', phone } }, channel)
    for (const body of [{ type: 'REGISTER', category: 'policy_consultation' }, { type: 'ANSWER', text: '携带身份证到社保服务网点补办。' }]) await sendEvent(dispatcher, c.id, body)
    t.equal((await sendEvent(operator, c.id, { type: 'SEND_FEEDBACK', text: '携带身份证到社保服务网点补办。', channel: 'phone' })).statusCode, 200)
    return c
  }
  const a = await awaitingEvaluation('hotline', '13912340001')
  const b = await awaitingEvaluation('phone', '13912340002')
  await createCallbackTask(sql, a.id, 'hotline', 'result_by_phone')
  await createCallbackTask(sql, a.id, 'hotline', 'evaluation_due')
  await createCallbackTask(sql, a.id, 'hotline', 'evaluation_due') // one open task per case and reason
  await createCallbackTask(sql, b.id, 'phone', 'sms_failed')

  const list = (await operator.get('/api/callbacks')).json()
  t.equal(list.items.length, 3)
  t.match(list.items.find((x: { reason: string }) => x.reason === 'result_by_phone'), {
    caseId: a.id, caseNumber: a.caseNumber, line: 'hotline', status: 'open', statusLabel: '待回访', reasonLabel: '电话告知办理结果',
    phoneMasked: '139****0001', attempts: 0, caseState: 'evaluation', resultText: '携带身份证到社保服务网点补办。', dueAt: String,
  })
  t.notMatch(JSON.stringify(list), '13912340001', 'masked numbers only')
  t.same((await operator.get('/api/callbacks?line=phone')).json().items.map((x: { caseId: number }) => x.caseId), [b.id], 'the reporting line\'s tasks')
  t.same((await countyOperator.get('/api/callbacks')).json().items, [], 'an operator elsewhere sees none of the city centre\'s cases')
  t.equal((await officer.get('/api/callbacks')).statusCode, 403)

  // not reached: open again later; closed after MAX_ATTEMPTS
  const taskB = (await operator.get('/api/callbacks?line=phone')).json().items[0]
  for (let i = 1; i <= MAX_ATTEMPTS; i++) {
    const res = await operator.post(`/api/callbacks/${taskB.id}/outcome`, { outcome: 'not_reached', note: `第${i}次未接通` })
    t.equal(res.statusCode, 200)
    t.match(res.json(), { attempts: i, status: i < MAX_ATTEMPTS ? 'open' : 'not_reached' })
  }
  t.equal((await operator.post(`/api/callbacks/${taskB.id}/outcome`, { outcome: 'reached' })).statusCode, 409, 'a task that is done')

  // a rating given on the phone is the case's evaluation
  const taskA = list.items.find((x: { reason: string }) => x.reason === 'result_by_phone')
  t.equal((await operator.post(`/api/callbacks/${taskA.id}/outcome`, { outcome: 'rated' })).statusCode, 400, 'a rating is needed')
  const rated = await operator.post(`/api/callbacks/${taskA.id}/outcome`, { outcome: 'rating_given', rating: 'satisfied', note: '群众表示满意' })
  t.equal(rated.statusCode, 200, rated.body)
  t.match(rated.json(), { status: 'rated', statusLabel: '已评价', caseState: 'closed', outcome: { last: { outcome: 'rated', rating: 'satisfied', note: '群众表示满意', by: operator.user.id } } })
  const [evaluated] = await sql`select state, rating from cases where id = ${a.id}`
  t.match(evaluated, { state: 'closed', rating: 'satisfied' })
  const [event] = await sql`select actor_user_id, actor_kind, payload from case_events where case_id = ${a.id} and type = 'EVALUATE'`
  t.match(event, { actor_kind: 'staff', payload: { rating: 'satisfied', comment: '群众表示满意' } })
  t.equal(Number(event.actor_user_id), operator.user.id)
  t.same((await sql`select reason, status from callback_tasks where case_id = ${a.id} order by reason`).map((r) => ({ ...r })),
    [{ reason: 'evaluation_due', status: 'closed' }, { reason: 'result_by_phone', status: 'rated' }], 'the other open task of the case is closed')
  t.equal((await operator.get('/api/callbacks')).json().items.length, 0, 'nothing left open')
  t.equal((await operator.get('/api/callbacks?status=done')).json().items.length, 3)
  t.equal((await countyOperator.post(`/api/callbacks/${taskA.id}/outcome`, { outcome: 'reached' })).statusCode, 404, 'outside the jurisdiction: not found')
})

t.test('an evaluation unanswered for 3 days becomes a 回访 task, when the complainant can be phoned', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const fedBack = async (complainant: Record<string, unknown>, channel = 'hotline') => {
    const c = await logComplaint(operator, { type: 'consultation', content: '请问居住证怎么办理？', address: '昆明市五华区华山街道', complainant }, channel)
    for (const body of [{ type: 'REGISTER', category: 'policy_consultation' }, { type: 'ANSWER', text: '携带身份证和租房合同到派出所办理。' }]) await sendEvent(dispatcher, c.id, body)
    t.equal((await sendEvent(operator, c.id, { type: 'SEND_FEEDBACK', text: '携带身份证和租房合同到派出所办理。', channel: 'sms' })).statusCode, 200)
    return c
  }
  const named = await fedBack({ anonymous: false, name: '陈六', phone: '13912340011' })
  const reportLine = await fedBack({ anonymous: false, name: '周七', phone: '13912340012' }, 'phone')
  const anonymous = await fedBack({ anonymous: true })
  const [row] = await sql`select next_check_at, link_due_at, snapshot->'context'->'feedback'->>'at' as sent from cases where id = ${named.id}`
  t.equal(row.next_check_at.getTime(), new Date(row.sent).getTime() + 3 * 86_400_000, 'the first look is 3 days after the feedback')

  const tasks = async () => (await sql`select case_id, line, reason, status from callback_tasks order by case_id`).map((r) => ({ ...r, case_id: Number(r.case_id) }))
  const early = await scanDeadlines({ ...app.cases, now: () => new Date(row.next_check_at.getTime() - 60_000) })
  t.equal(early.callbacks, 0, 'not before')
  const due = await scanDeadlines({ ...app.cases, now: () => new Date(row.next_check_at.getTime() + 60_000) })
  t.equal(due.callbacks, 2)
  t.same(await tasks(), [
    { case_id: named.id, line: 'hotline', reason: 'evaluation_due', status: 'open' },
    { case_id: reportLine.id, line: 'phone', reason: 'evaluation_due', status: 'open' },
  ], 'one task each on the line the complainant called; none for the anonymous complainant')
  const list = (await operator.get('/api/callbacks')).json().items
  t.match(list.find((x: { caseId: number }) => x.caseId === named.id), { reasonLabel: '电话回访评价', phoneMasked: '139****0011', caseState: 'evaluation' })

  const [after] = await sql`select next_check_at, link_due_at from cases where id = ${named.id}`
  t.equal(after.next_check_at.getTime(), after.link_due_at.getTime(), 'the next look is the 7-day timeout')
  const again = await scanDeadlines({ ...app.cases, now: () => new Date(row.next_check_at.getTime() + 120_000) })
  t.same([again.checked, again.callbacks], [0, 0], 'no second task, nothing to look at until the timeout')

  const timeout = await scanDeadlines({ ...app.cases, now: () => new Date(row.link_due_at.getTime() + 1000) })
  t.equal(timeout.timedOut, 3, 'unanswered after 7 days: closed, as before')
  const [{ state }] = await sql`select state from cases where id = ${anonymous.id}`
  t.equal(state, 'closed')
  t.same((await operator.get('/api/callbacks')).json().items, [], 'the calls for a rating are gone from the list once their cases are closed')
  const moot = list.find((x: { caseId: number }) => x.caseId === named.id)
  t.equal((await operator.post(`/api/callbacks/${moot.id}/outcome`, { outcome: 'rated', rating: 'basic' })).statusCode, 409, 'and cannot be answered')
})
