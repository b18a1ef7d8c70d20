// Events carry only their schema: a field the event type does not define is refused (400 unknown_field) and
// nothing is stored; `at` and `actor` come from the server only.
import t from 'tap'
import { buildTestApp, signIn, logComplaint, sendEvent } from './helper.js'

t.test('an event with a field its type does not define is refused and not stored', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const { id } = await logComplaint(operator)
  const count = async () => Number((await sql`select count(*) from case_events where case_id = ${id}`)[0].count)
  const before = await count()

  for (const extra of [{ actor: { kind: 'system' } }, { at: '1999-01-01' }, { reason: '重复' }]) {
    const res = await sendEvent(dispatcher, id, { type: 'REGISTER', category: 'village_affairs', ...extra })
    t.equal(res.statusCode, 400, `${Object.keys(extra)[0]} is refused`)
    t.equal(res.json().error.code, 'unknown_field')
    t.equal(res.json().error.field, Object.keys(extra)[0], 'the answer names the field')
    t.match(res.json().error.message, /不允许的字段/)
  }
  t.equal(await count(), before, 'nothing was stored')
  const [row] = await sql`select state from cases where id = ${id}`
  t.equal(row.state, 'intake', 'the case did not move')

  // a field of another event type is just as unknown here
  const wrongType = await sendEvent(dispatcher, id, { type: 'SIGN', reason: '无' })
  t.equal(wrongType.json().error.code, 'unknown_field')

  // the same event without the extra field goes through; its stored actor and time are the server's
  const ok = await sendEvent(dispatcher, id, { type: 'REGISTER', category: 'village_affairs' })
  t.equal(ok.statusCode, 200, ok.body.slice(0, 200))
  const [event] = await sql`select actor_kind, actor_user_id, payload, created_at from case_events where case_id = ${id} order by version desc limit 1`
  t.equal(event.actor_kind, 'staff')
  t.equal(Number(event.actor_user_id), dispatcher.user.id)
  t.notOk('actor' in event.payload || 'at' in event.payload, 'the payload holds no client actor or time')

  // valid optional fields inside the union are kept, not stripped
  const { id: second } = await logComplaint(operator)
  const withOptional = await sendEvent(dispatcher, second, { type: 'REGISTER', category: 'village_affairs', urgency: 'urgent' })
  t.equal(withOptional.statusCode, 200, withOptional.body.slice(0, 200))
  t.equal(withOptional.json().urgency, 'urgent', 'an optional field of the event is kept')

  // an unknown type or a missing field is still a validation error naming the field
  const unknownType = await sendEvent(dispatcher, second, { type: 'FORGE' })
  t.equal(unknownType.statusCode, 400)
  t.equal(unknownType.json().error.code, 'validation')
  const missing = await sendEvent(dispatcher, second, { type: 'REJECT' })
  t.equal(missing.statusCode, 400)
  t.equal(missing.json().error.code, 'validation')
  t.match(missing.json().error.message, /缺少理由/)
})
