// 工单打印 (issue 20): the A4 work order of a case from any channel, with its whole chain and timeline, as the printing
// user may see it — masked, anonymous kept anonymous, nothing outside the scope; a report's print is audited.
import t from 'tap'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildTestApp, logComplaint, signIn, unitOf } from './helper.js'
import { CHROMIUM_PATH } from '../src/print/pdf.js'

const HUASHAN = '530102001'
const CUIHU = '530102001001'

t.test('a work order prints the case, its chain and timeline, masked as on screen', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const village = await signIn(app, 'officer', CUIHU)
  const sibling = await signIn(app, 'dispatcher', '530103')
  const township = await unitOf(db, HUASHAN)
  const villageUnit = await unitOf(db, CUIHU)
  const named = await logComplaint(operator, { complainant: { anonymous: false, name: '李四', phone: '13912345678' } })
  await dispatcher.post(`/api/cases/${named.id}/events`, { type: 'REGISTER', category: 'village_affairs' })
  await dispatcher.post(`/api/cases/${named.id}/events`, { type: 'DISPATCH', chain: [township.id, villageUnit.id] })
  await village.post(`/api/cases/${named.id}/events`, { type: 'SIGN' })
  await village.post(`/api/cases/${named.id}/events`, { type: 'SUBMIT_REPLY', text: '社区已公示收支明细。', resolved: true })

  const res = await dispatcher.get(`/api/cases/${named.id}/work-order`)
  t.equal(res.statusCode, 200, res.body.slice(0, 200))
  t.match(res.headers['content-type'], /text\/html/)
  t.equal(res.headers['cache-control'], 'no-store')
  const html = res.body
  t.match(html, '诉求工单')
  t.match(html, named.caseNumber)
  t.match(html, '春城热线', 'the channel')
  t.match(html, township.name, 'the chain: the township')
  t.match(html, villageUnit.name, 'and the village')
  t.match(html, '提交办理结果', 'the timeline, in Chinese')
  t.match(html, '社区已公示收支明细', 'with what was done')
  t.match(html, '139****5678', 'the phone masked as on screen')
  t.notMatch(html, '13912345678', 'never the number in clear')
  t.notMatch(html, '李四', 'nor the name')

  const anonymous = await logComplaint(operator, { complainant: { anonymous: true } })
  t.match((await dispatcher.get(`/api/cases/${anonymous.id}/work-order`)).body, /诉求人<\/th><td>匿名/, 'an anonymous case prints 匿名')
  t.equal((await sibling.get(`/api/cases/${named.id}/work-order`)).statusCode, 404, 'outside the scope the case does not exist')
  t.equal((await dispatcher.get(`/api/cases/${named.id}/work-order?format=doc`)).statusCode, 400)

  const report = await logComplaint(operator, { type: 'report' })
  t.equal((await dispatcher.get(`/api/cases/${report.id}/work-order`)).statusCode, 200)
  const reads = await sql`select detail from audit_log where action = 'case.read' and case_id = ${report.id}`
  t.ok(reads.some((r) => r.detail.what === 'work_order'), 'printing a report is a recorded read (查阅留痕)')

  const pdfMissing = !existsSync(CHROMIUM_PATH) || !existsSync('/usr/bin/pdftotext')
  if (pdfMissing && process.env.CI) t.fail('Chromium and pdftotext are needed on CI for the PDF work order')
  await t.test('as an A4 PDF', { skip: pdfMissing ? 'Chromium or pdftotext is not installed' : false }, async (t) => {
    const pdf = await dispatcher.get(`/api/cases/${named.id}/work-order?format=pdf`)
    t.equal(pdf.statusCode, 200)
    t.equal(pdf.headers['content-type'], 'application/pdf')
    t.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-')
    const dir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-wo-'))
    try {
      writeFileSync(path.join(dir, 'w.pdf'), pdf.rawPayload)
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'w.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
      t.match(text, '诉求工单')
      t.match(text, named.caseNumber)
      t.match(text, '交办链')
      const info = execFileSync('pdfinfo', [path.join(dir, 'w.pdf')], { encoding: 'utf8' })
      t.match(info, /Page size:.*\(A4\)/, 'A4')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
