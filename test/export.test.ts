// 导出 (issue 20): every list and the board as .xlsx and CSV — within the user's scope, masked as on screen,
// formula-safe, audited; bad input is a 400.
import t from 'tap'
import ExcelJS from 'exceljs'
import { buildTestApp, logComplaint, signIn } from './helper.js'

const WUHUA = '530102'
const PANLONG = '530103'

async function sheetOf(body: Buffer) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(body as unknown as ArrayBuffer)
  const ws = wb.worksheets[0]
  const rows: string[][] = []
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))))
  return rows
}

t.test('case lists export as xlsx and CSV, scoped, masked and audited', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const sibling = await signIn(app, 'dispatcher', PANLONG)
  const named = await logComplaint(operator, { title: '=HYPERLINK("http://evil")', complainant: { anonymous: false, name: '李四', phone: '13912345678' } })
  const anonymous = await logComplaint(operator, { complainant: { anonymous: true } })

  const res = await dispatcher.get('/api/cases/export?format=xlsx')
  t.equal(res.statusCode, 200, res.statusCode === 200 ? 'exported' : res.body.slice(0, 200))
  t.match(res.headers['content-type'], /spreadsheetml/)
  t.match(res.headers['content-disposition'], /^attachment; filename="cases-\d{8}\.xlsx"; filename\*=UTF-8''/)
  const rows = await sheetOf(res.rawPayload)
  t.same(rows[0].slice(0, 3), ['诉求编号', '标题', '渠道'])
  const byNumber = new Map(rows.slice(1).map((r) => [r[0], r]))
  t.same([...byNumber.keys()].sort(), [named.caseNumber, anonymous.caseNumber].sort(), 'every case of the list, and no other')
  const row = byNumber.get(named.caseNumber)!
  t.equal(row[7], '李*', 'the name masked as on screen')
  t.equal(row[8], '139****5678', 'the phone masked as on screen')
  t.equal(row[1], '\'=HYPERLINK("http://evil")', 'a formula is written as text')
  t.equal(byNumber.get(anonymous.caseNumber)![7], '匿名')
  t.notOk(rows.flat().some((c) => c.includes('13912345678') || c.includes('李四')), 'no clear contact data anywhere')

  const csv = await dispatcher.get('/api/cases/export?format=csv&channel=hotline')
  t.equal(csv.statusCode, 200)
  t.match(csv.headers['content-type'], /text\/csv/)
  t.ok(csv.body.startsWith('\uFEFF诉求编号,标题'), 'UTF-8 with a BOM for Excel, the headers in Chinese')
  t.equal(csv.body.trim().split('\r\n').length, 3, 'the header and the two hotline cases')
  t.match(csv.body, /139\*\*\*\*5678/)
  t.notMatch(csv.body, /13912345678/)
  const letters = await dispatcher.get('/api/cases/export?format=csv&channel=letter')
  t.equal(letters.body.trim().split('\r\n').length, 1, 'the filters of the list apply')

  const outside = await sibling.get('/api/cases/export?format=csv')
  t.equal(outside.body.trim().split('\r\n').length, 1, 'another district exports none of these cases')

  const audit = await sql`select actor_user_id, detail from audit_log where action = 'export.cases' order by id`
  t.equal(audit.length, 4, 'every export is audited')
  t.equal(Number(audit[1].actor_user_id), dispatcher.user.id)
  t.same(audit[1].detail.filters, { channel: 'hotline' })
  t.equal(audit[1].detail.format, 'csv')

  t.equal((await dispatcher.get('/api/cases/export?format=pdf')).statusCode, 400)
  t.equal((await dispatcher.get('/api/cases/export?from=2026-02-31')).statusCode, 400)
  t.equal((await app.inject({ method: 'GET', url: '/api/cases/export' })).statusCode, 401)
})

t.test('the board exports with its total row; roles without a board get 403', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const supervisor = await signIn(app, 'supervisor', WUHUA)
  await logComplaint(operator)
  const res = await supervisor.get('/api/stats/board/export?format=xlsx')
  t.equal(res.statusCode, 200, res.statusCode === 200 ? 'exported' : res.body.slice(0, 200))
  const rows = await sheetOf(res.rawPayload)
  t.same(rows[0].slice(0, 4), ['单位', '行政区划', '在办', '超期'])
  t.ok(rows.length > 3, 'a row per unit')
  t.equal(rows[rows.length - 1][0], '合计')
  const csv = await supervisor.get('/api/stats/board/export?format=csv')
  t.match(csv.body, /五华区/)
  t.equal((await operator.get('/api/stats/board/export')).statusCode, 403)
  t.equal((await sql`select count(*)::int as n from audit_log where action = 'export.board'`)[0].n, 2)
})
