// A user moved to another unit after asking for an export does not download it: the file was written in the scope of
// the unit they have left (src/export/jobs.ts ownExport; found by an attacker's pass, issue 20).
import t from 'tap'
import type PgBoss from 'pg-boss'
import { buildTestApp, logComplaint, signIn, unitOf } from './helper.js'

const CITY = '530100', PANLONG_TUODONG = '530103001', HUASHAN = '530102001'

t.test('a user moved out of the unit no longer downloads the old unit\'s export', async (t) => {
  const { app, sql } = await buildTestApp(t, { EXPORT_JOB_ROWS: 1 })
  const operator = await signIn(app, 'operator', CITY)
  const mover = await signIn(app, 'dispatcher', HUASHAN)
  const c1 = await logComplaint(operator, {})
  const c2 = await logComplaint(operator, {})
  const asked = await mover.post('/api/exports', { format: 'csv' })
  t.equal(asked.statusCode, 202, asked.body.slice(0, 200))
  const job = asked.json().job
  const rows = await sql`select id, data from pgboss.job where name = 'export-build' and state = 'created'`
  await app.jobHandlers['export-build'](rows.map((r) => ({ id: r.id, name: 'export-build', data: r.data })) as unknown as PgBoss.Job<Record<string, unknown>>[])
  t.equal((await mover.get(`/api/exports/${job.id}/file`)).statusCode, 200, 'the file is theirs while they are in the unit')

  // moved to a township of another district (as an admin's change of unit would)
  const other = await unitOf(app.db, PANLONG_TUODONG)
  await sql`update users set unit_id = ${other.id} where id = ${mover.user.id}`
  const list = await mover.get('/api/cases?queue=all')
  t.equal(list.statusCode, 200)
  t.notOk(list.body.includes(c1.caseNumber), 'the list no longer shows the old unit\'s case')
  const file = await mover.get(`/api/exports/${job.id}/file`)
  t.not(file.statusCode, 200, 'the export of a scope no longer theirs is not handed over')
  t.notOk(file.body.includes(c1.caseNumber) || file.body.includes(c2.caseNumber), 'no case of the old unit reaches them')
})
