// Least privilege (issue 17): the service's role may add audit rows and read them, never change or remove them,
// and cannot reach around the triggers (session_replication_role, DISABLE TRIGGER) or own anything.
import t from 'tap'
import { appRoleUrl, buildTestApp, logComplaint, signIn, testPool } from './helper.js'
import { pgClient } from '../src/db/index.js'
import { checkGrants, grantsScript } from '../src/db/roles.js'
import { startWorkers } from '../workers/index.js'
import { anchorsDir, lastFullDay } from '../src/audit/anchors.js'
import { existsSync } from 'node:fs'
import path from 'node:path'

const { app, url } = await buildTestApp(t)
const owner = testPool(t, url).sql
const appSql = pgClient(await appRoleUrl(url), { max: 2, onnotice: () => {} })
t.teardown(() => appSql.end({ timeout: 5 }))

const clerk = await signIn(app, 'operator', '530100')
const created = await logComplaint(clerk)
const refusal = (p: PromiseLike<unknown>) => Promise.resolve(p).then(() => 'allowed', (e: Error) => e.message)

t.test('the app runs as a role without powers that owns nothing', async (t) => {
  const [me] = await app.sql`
    select r.rolname, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls, r.rolreplication,
      (select count(*)::int from pg_class c where c.relowner = r.oid) as owns
    from pg_roles r where r.rolname = current_user`
  t.equal(me.rolname, 'suqiu_app')
  t.same([me.rolsuper, me.rolcreaterole, me.rolcreatedb, me.rolbypassrls, me.rolreplication], [false, false, false, false, false])
  t.equal(me.owns, 0, 'owns no table, index, sequence or view')
})

t.test('with the app role the audit rows cannot be changed, removed or unprotected', async (t) => {
  const [row] = await appSql`select id from audit_log where case_id = ${created.id} order by id limit 1`
  t.ok(row, 'it reads the audit log')
  t.match(await refusal(appSql.begin((tx) => tx`set local session_replication_role = replica`)), /permission denied/, 'session_replication_role = replica refused')
  t.match(await refusal(appSql`set session_replication_role = replica`), /permission denied/)
  for (const table of ['audit_log', 'case_events']) {
    t.match(await refusal(appSql`update ${appSql(table)} set case_id = case_id where case_id = ${created.id}`), /permission denied/, `UPDATE ${table} refused`)
    t.match(await refusal(appSql`delete from ${appSql(table)} where case_id = ${created.id}`), /permission denied/, `DELETE ${table} refused`)
    t.match(await refusal(appSql`truncate ${appSql(table)}`), /permission denied/, `TRUNCATE ${table} refused`)
    t.match(await refusal(appSql`alter table ${appSql(table)} disable trigger all`), /must be owner/, `DISABLE TRIGGER on ${table} refused`)
  }
  t.match(await refusal(appSql`alter table cases disable trigger cases_no_delete`), /must be owner/)
  t.match(await refusal(appSql`create table sneaky (id int)`), /permission denied/, 'it cannot create tables')
  const [{ n }] = await owner`select count(*)::int as n from audit_log where case_id = ${created.id}`
  t.ok(n >= 1, 'the rows are all still there')
})

t.test('a table the owner creates later gets the app role\'s grants by default', async (t) => {
  await owner`create table later_table (id bigint generated always as identity primary key, note text)`
  await appSql`insert into later_table (note) values ('x')`
  await appSql`update later_table set note = 'y'`
  t.same(await appSql`select note from later_table`, [{ note: 'y' }])
})

t.test('the day\'s case-number sequence and the statistics refresh run as their owner', async (t) => {
  const [{ n }] = await owner`select count(*)::int as n from pg_class where relname like 'case_number_%' and relkind = 'S'`
  t.ok(n >= 1, 'the intake above drew a case number from a sequence made for it')
  t.equal(await refusal(appSql`select refresh_stats()`), 'allowed')
})

t.test('`db grants` text names the roles and gives the audit log only SELECT and INSERT', async (t) => {
  const script = grantsScript('svc', 'owner', 'suqiu')
  t.match(script, /NOSUPERUSER/)
  t.match(script, /REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "audit_log" FROM "svc"/)
  t.match(script, /ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "svc"/)
})

t.test('the workers run on the app role: pg-boss works its queues, and the day\'s audit anchor is made', async (t) => {
  const handled: unknown[] = []
  let done: () => void
  const got = new Promise<void>((resolve) => { done = resolve })
  const workers = await startWorkers({
    databaseUrl: await appRoleUrl(url), services: app.cases, log: app.log, starters: app.workerStarters,
    handlers: { notify: async (jobs) => { handled.push(...jobs.map((j) => j.data)); done() } },
  })
  t.teardown(() => workers.stop())
  await logComplaint(clerk) // its receipt is a notify job, written in the intake's transaction
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000).unref())
  t.not(await Promise.race([got, timeout]), 'timeout', 'a notify job reached its handler')
  t.ok(handled.length >= 1)
  const [anchor] = await owner`select to_char(day, 'YYYY-MM-DD') as day, rows from audit_anchors order by day desc limit 1`
  t.equal(anchor?.day, lastFullDay(new Date()), 'the last full day is anchored by the workers')
  t.ok(existsSync(path.join(anchorsDir(app.config.dataDir), `${anchor.day}.json`)), 'and published to the anchors folder')
})

t.test('an app role without its grants is refused at start with a message that says what to do', async (t) => {
  await owner`create table ungranted_table (id int)`
  await owner`revoke all on ungranted_table from suqiu_app`
  // what the audit plugin runs at start (a start that throws it leaves nothing to close here)
  const refused = await checkGrants(appSql).then(() => 'started', (e: Error) => e.message)
  t.match(refused, /may not read or write public\.ungranted_table: run `suqiu migrate` with DATABASE_OWNER_URL/)
  await owner`drop table ungranted_table`
})
