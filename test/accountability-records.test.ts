// 问责 records (issue 22, art. 8) are never deleted and, once decided, never changed — refused by the database itself,
// as the service's role (suqiu_app) and as anyone else.
import t from 'tap'
import { appRoleUrl, testDatabase, testPool, unitOf } from './helper.js'
import { pgClient } from '../src/db/index.js'

const url = await testDatabase(t)
const owner = testPool(t, url).sql
const appSql = pgClient(await appRoleUrl(url), { max: 2, onnotice: () => {} })
t.teardown(() => appSql.end({ timeout: 5 }))
const refusal = (p: PromiseLike<unknown>) => Promise.resolve(p).then(() => 'allowed', (e: Error) => e.message)

const unit = await unitOf(testPool(t, url).db, '530102')
const [rec] = await appSql<{ id: string }[]>`
  insert into accountability_records (unit_id, case_id, trigger, dedupe_key, facts)
  values (${unit.id}, 1, 'late_close', 'late_close:1:test', ${appSql.json({ lateWorkingDays: 2 })}) returning id`

t.test('the app role cannot delete or truncate a record, open or decided', async (t) => {
  t.match(await refusal(appSql`delete from accountability_records where id = ${rec.id}`), /permission denied/)
  t.match(await refusal(appSql`truncate accountability_records`), /permission denied/)
  t.match(await refusal(owner`delete from accountability_records where id = ${rec.id}`), /never deleted/, 'not even the owner deletes one')
})

t.test('an open record keeps its facts; it is decided once and then never changes', async (t) => {
  t.match(await refusal(appSql`update accountability_records set facts = '{}'::jsonb where id = ${rec.id}`), /keeps its facts/)
  t.match(await refusal(appSql`update accountability_records set unit_id = unit_id + 1 where id = ${rec.id}`), /keeps its facts/)
  t.equal(await refusal(appSql`update accountability_records set state = 'decided', decision = 'reminder_talk', reason = '约谈', decided_at = now() where id = ${rec.id}`), 'allowed')
  t.match(await refusal(appSql`update accountability_records set decision = 'no_action' where id = ${rec.id}`), /decided and never changes/)
  t.match(await refusal(appSql`update accountability_records set reason = 'x' where id = ${rec.id}`), /decided and never changes/)
  t.match(await refusal(owner`update accountability_records set state = 'open', decision = null where id = ${rec.id}`), /decided and never changes/, 'not even the owner reopens one')
  const [row] = await owner`select state, decision, reason from accountability_records where id = ${rec.id}`
  t.same(row, { state: 'decided', decision: 'reminder_talk', reason: '约谈' })
})

t.test('a decision without its record\'s state, or an unknown trigger, is refused', async (t) => {
  t.match(await refusal(appSql`insert into accountability_records (unit_id, trigger, dedupe_key, decision) values (${unit.id}, 'late_close', 'x:1', 'referred')`), /check constraint/)
  t.match(await refusal(appSql`insert into accountability_records (unit_id, trigger, dedupe_key) values (${unit.id}, 'rumour', 'x:2')`), /check constraint/)
  t.match(await refusal(appSql`insert into accountability_records (unit_id, trigger, dedupe_key) values (${unit.id}, 'late_close', 'late_close:1:test')`), /duplicate key/, 'one record per dedupe key')
})

t.test('the responsible-people history is ended, never deleted', async (t) => {
  const [p] = await appSql<{ id: string }[]>`insert into unit_responsible_people (unit_id, role, name, valid_from) values (${unit.id}, 'principal', '张三', '2026-01-01') returning id`
  t.match(await refusal(appSql`delete from unit_responsible_people where id = ${p.id}`), /permission denied/)
})
