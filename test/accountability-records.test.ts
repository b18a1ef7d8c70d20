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
  t.match(await refusal(appSql`insert into accountability_records (unit_id, trigger, dedupe_key, decision) values (${unit.id}, 'late_close', 'x:1', 'referred')`), /opened undecided/)
  t.match(await refusal(appSql`insert into accountability_records (unit_id, trigger, dedupe_key) values (${unit.id}, 'rumour', 'x:2')`), /check constraint/)
  t.match(await refusal(appSql`insert into accountability_records (unit_id, trigger, dedupe_key) values (${unit.id}, 'late_close', 'late_close:1:test')`), /duplicate key/, 'one record per dedupe key')
})

t.test('a record is opened undecided, and decided only with a reason', async (t) => {
  t.match(await refusal(appSql`insert into accountability_records (unit_id, case_id, trigger, dedupe_key, state, decision, reason) values (${unit.id}, 1, 'late_close', 'late_close:1:forged', 'decided', 'no_action', '已处理')`), /opened undecided/, 'not born decided')
  t.match(await refusal(appSql`insert into accountability_records (unit_id, trigger, dedupe_key, reason) values (${unit.id}, 'late_close', 'x:3', '预写理由')`), /opened undecided/)
  const [open] = await appSql<{ id: string }[]>`insert into accountability_records (unit_id, trigger, dedupe_key) values (${unit.id}, 'late_close', 'x:4') returning id`
  t.match(await refusal(appSql`update accountability_records set reason = '悄悄写上' where id = ${open.id}`), /only by its decision/, 'no reason without a decision')
  t.match(await refusal(appSql`update accountability_records set state = 'decided', decision = 'no_action', decided_at = now() where id = ${open.id}`), /only by its decision, with a reason/, 'no decision without a reason')
})

t.test('the responsible-people history is ended once, never deleted or rewritten', async (t) => {
  const [p] = await appSql<{ id: string }[]>`insert into unit_responsible_people (unit_id, role, name, valid_from) values (${unit.id}, 'principal', '张三', '2026-01-01') returning id`
  t.match(await refusal(appSql`delete from unit_responsible_people where id = ${p.id}`), /permission denied/)
  t.match(await refusal(appSql`update unit_responsible_people set name = '李替身', valid_from = '2025-01-01' where id = ${p.id}`), /keeps who held which office/, 'who held it and since when never change')
  t.equal(await refusal(appSql`update unit_responsible_people set valid_to = '2026-06-01' where id = ${p.id}`), 'allowed', 'ending it is the one change')
  t.match(await refusal(appSql`update unit_responsible_people set valid_to = '2026-09-01' where id = ${p.id}`), /ended once/, 'and only once')
  t.match(await refusal(owner`update unit_responsible_people set valid_to = null where id = ${p.id}`), /ended once/, 'not reopened, not even by the owner')
  const [row] = await owner`select name, valid_from::text, valid_to::text from unit_responsible_people where id = ${p.id}`
  t.same(row, { name: '张三', valid_from: '2026-01-01', valid_to: '2026-06-01' })
})
