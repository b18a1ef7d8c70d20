// 我的导出 (issue 20): a list longer than EXPORT_JOB_ROWS is exported by a job — "正在生成，完成后通知", the file written
// by the worker in the requester's scope (recusal included) and masking, downloaded only by the requester, audited at
// request and download, refused with export_not_ready before it is written, and deleted when it expires.
import t from 'tap'
import { existsSync } from 'node:fs'
import type PgBoss from 'pg-boss'
import { buildTestApp, logComplaint, signIn, unitOf } from './helper.js'

const CITY = '530100', PANLONG = '530103', HUASHAN = '530102001'
const REPORT = { type: 'report', content: '华山街道某干部违规收受礼金，请查处。', address: '昆明市五华区华山街道翠湖西路社区' }

t.test('an export over the limit runs as a job: scope, masking, owner only, audit, expiry', async (t) => {
  const { app, sql } = await buildTestApp(t, { EXPORT_JOB_ROWS: 1 })
  const huashan = await unitOf(app.db, HUASHAN)
  const operator = await signIn(app, 'operator', CITY)
  const owner = await signIn(app, 'dispatcher', HUASHAN)
  const colleague = await signIn(app, 'dispatcher', HUASHAN)
  const named = await logComplaint(operator, { complainant: { anonymous: false, name: '李四', phone: '13912345678' } })
  const anonymous = await logComplaint(operator, { complainant: { anonymous: true } })
  const accused = await logComplaint(operator, { ...REPORT, accusedUnitId: huashan.id })
  const elsewhere = await logComplaint(operator, { address: '昆明市盘龙区拓东街道' })

  const runJobs = async () => {
    const rows = await sql`select id, data from pgboss.job where name = 'export-build' and state = 'created'`
    await app.jobHandlers['export-build'](rows.map((r) => ({ id: r.id, name: 'export-build', data: r.data })) as unknown as PgBoss.Job<Record<string, unknown>>[])
    await sql`update pgboss.job set state = 'completed' where id = any(${rows.map((r) => r.id as string)})`
  }

  const small = await owner.post('/api/exports', { format: 'csv', channel: 'letter' })
  t.equal(small.statusCode, 200, 'a list within the limit streams at once')
  t.equal(small.json().mode, 'stream')
  t.equal((await owner.get(small.json().url)).statusCode, 200, 'from the address it names')

  const asked = await owner.post('/api/exports', { format: 'csv' })
  t.equal(asked.statusCode, 202, asked.body.slice(0, 200))
  const { job, message } = asked.json()
  t.equal(job.state, 'queued')
  t.match(message, /正在生成，完成后通知/, 'the user is told it is being written')
  t.match(message, /我的导出/)

  const early = await owner.get(`/api/exports/${job.id}/file`)
  t.equal(early.statusCode, 409)
  t.equal(early.json().error.code, 'export_not_ready', 'no download before the file is written')

  // the scope is the one at generation time: a case logged after the request is in the file
  const later = await logComplaint(operator, { complainant: { anonymous: false, name: '王五', phone: '13700001111' } })
  await runJobs()

  const mine = (await owner.get('/api/exports')).json().items
  t.equal(mine.length, 1)
  t.equal(mine[0].state, 'ready')
  t.equal(mine[0].rows, 3)
  t.notOk('filePath' in mine[0] || 'file_path' in mine[0], 'the place on disk is not shown')
  t.same((await colleague.get('/api/exports')).json().items, [], 'another user of the same unit lists none of it')
  const theirs = await colleague.get(`/api/exports/${job.id}/file`)
  t.equal(theirs.statusCode, 404, 'only the requester downloads the file, not even a colleague of the same unit')
  t.equal(theirs.json().error.code, 'export_not_found')

  const file = await owner.get(`/api/exports/${job.id}/file`)
  t.equal(file.statusCode, 200)
  t.match(file.headers['content-type'], /text\/csv/)
  t.match(file.headers['content-disposition'], /^attachment; filename="cases-export-\d+\.csv"; filename\*=UTF-8''/)
  t.equal(file.headers['cache-control'], 'no-store')
  const lines = file.body.trim().split('\r\n')
  const numbers = lines.slice(1).map((l) => l.split(',')[0]).sort()
  t.same(numbers, [named.caseNumber, anonymous.caseNumber, later.caseNumber].sort(),
    'the requester\'s scope: the report against their own unit (回避) and the other district\'s case are left out')
  t.notOk(file.body.includes(accused.caseNumber) || file.body.includes(elsewhere.caseNumber))
  t.match(file.body, /139\*\*\*\*5678/, 'masked as on screen')
  t.notMatch(file.body, /13912345678|李四|13700001111|王五/, 'no clear contact data')
  const anonymousLine = lines.find((l) => l.startsWith(anonymous.caseNumber))!
  t.match(anonymousLine, /,匿名,,/, 'an anonymous complainant is 匿名, with no number')

  const requested = await sql`select actor_user_id, detail from audit_log where action = 'export.requested'`
  t.equal(requested.length, 1, 'the request is audited')
  t.equal(Number(requested[0].actor_user_id), owner.user.id)
  t.equal(requested[0].detail.exportId, job.id)
  t.equal(requested[0].detail.format, 'csv')
  const downloads = await sql`select actor_user_id, detail from audit_log where action = 'export.download'`
  t.equal(downloads.length, 1, 'the download is audited; the refused ones download nothing')
  t.equal(Number(downloads[0].actor_user_id), owner.user.id)
  t.equal(downloads[0].detail.exportId, job.id)

  // a requester disabled before the worker runs gets no file
  const leaving = await signIn(app, 'dispatcher', HUASHAN)
  const second = (await leaving.post('/api/exports', { format: 'xlsx' })).json().job
  await sql`update users set disabled_at = now() where id = ${leaving.user.id}`
  await runJobs()
  const [failed] = await sql`select state, file_path from export_jobs where id = ${second.id}`
  t.same({ state: failed.state, file: failed.file_path }, { state: 'failed', file: null }, 'written for no one who may no longer see it')

  // expiry: refused at once when due, and the file deleted by the hourly job
  const [{ file_path: filePath }] = await sql`select file_path from export_jobs where id = ${job.id}`
  t.ok(existsSync(filePath), 'the file is on disk while it is valid')
  await sql`update export_jobs set expires_at = now() - interval '1 minute' where id = ${job.id}`
  const expired = await owner.get(`/api/exports/${job.id}/file`)
  t.equal(expired.statusCode, 410)
  t.equal(expired.json().error.code, 'export_expired')
  t.same(await app.jobHandlers['exports-expire']([]), { expired: 1 })
  t.notOk(existsSync(filePath), 'the expired file is deleted')
  t.equal((await owner.get('/api/exports')).json().items.find((x: { id: number }) => x.id === job.id).state, 'expired')

  t.equal((await owner.post('/api/exports', { format: 'pdf' })).statusCode, 400)
  t.equal((await owner.get('/api/exports/abc/file')).statusCode, 400)
  t.equal((await app.inject({ method: 'GET', url: '/api/exports' })).statusCode, 401)
})
