// GET /api/stats/board: the figures a supervisor would look at, from real cases walked through the API.
import t from 'tap'
import { buildTestApp, logComplaint, sendEvent, signIn, unitOf, type Session } from './helper.js'
import { scanDeadlines } from '../workers/deadlines.js'
import { thisMonth } from '../src/stats/board.js'

const CITY = '530100'
const WUHUA = '530102'               // 五华区
const PANLONG = '530103'             // 盘龙区
const HUASHAN = '530102001'          // 华山街道, 五华区
const CUIHU = '530102001001'         // 翠湖西路社区

interface Row {
  unitId: number; name: string; divisionCode: string; self: boolean; held: number; overdue: number; yellow: number; red: number; returned: number
  period: { cases: number; dispatched: number; signedInTime: number; replied: number; resolved: number; evaluated: number; satisfied: number }
  rates: { response: number | null; resolution: number | null; satisfaction: number | null }
}
interface Board { unit: { divisionCode: string }; from: string; to: string; total: Omit<Row, 'unitId' | 'name' | 'divisionCode' | 'self'>; byState: Record<string, number>; supervised: number; units: Row[] }

const { app, db } = await buildTestApp(t)
const operator = await signIn(app, 'operator', CITY)
const dispatcher = await signIn(app, 'dispatcher', CITY)
const citySup = await signIn(app, 'supervisor', CITY)
const countySup = await signIn(app, 'supervisor', WUHUA)
const townshipSup = await signIn(app, 'supervisor', HUASHAN)
const townshipOfficer = await signIn(app, 'officer', HUASHAN)
const villageOfficer = await signIn(app, 'officer', CUIHU)
const county = await unitOf(db, WUHUA)
const township = await unitOf(db, HUASHAN)

async function ok(who: Session, id: number, body: Record<string, unknown>) {
  const res = await sendEvent(who, id, body)
  if (res.statusCode !== 200) throw new Error(`${body.type} on ${id}: ${res.statusCode} ${res.body}`)
  return res.json()
}
async function dispatched(body: Record<string, unknown> = {}, register: Record<string, unknown> = { category: 'village_affairs' }) {
  const c = await logComplaint(operator, body)
  await ok(dispatcher, c.id, { type: 'REGISTER', ...register })
  const routing = (await dispatcher.get(`/api/cases/${c.id}/routing`)).json()
  await ok(dispatcher, c.id, { type: 'DISPATCH', chain: routing.chain.map((u: { unitId: number }) => u.unitId) })
  return c.id
}
/** the village replies; the township, the county and the centre approve; the result goes out */
async function toFeedback(id: number, resolved: boolean) {
  await ok(villageOfficer, id, { type: 'SIGN' })
  await ok(villageOfficer, id, { type: 'SUBMIT_REPLY', text: resolved ? '社区已公示收支明细。' : '经核实暂无法解决，已向上级说明。', resolved })
  await ok(townshipSup, id, { type: 'APPROVE_REPLY' })
  await ok(countySup, id, { type: 'APPROVE_REPLY' })
  await ok(dispatcher, id, { type: 'APPROVE_REPLY' })
  await ok(operator, id, { type: 'SEND_FEEDBACK', text: '您反映的问题已办理完毕。', channel: 'sms' })
}
/** The board, for the days the test's cases were received on (PERIOD) unless the query names its own period. */
async function board(who: Session, query = ''): Promise<Board> {
  const withPeriod = query.includes('from=') ? query : `${query ? query + '&' : '?'}${PERIOD}`
  const res = await who.get('/api/stats/board' + withPeriod)
  if (res.statusCode !== 200) throw new Error(`board: ${res.statusCode} ${res.body}`)
  return res.json()
}
const row = (b: Board, code: string) => b.units.find((u) => u.divisionCode === code && (code !== b.unit.divisionCode || u.self))!

// A: closed and rated satisfied; B: waiting for the village to sign; C: replied "not resolved", waiting for feedback;
// D: in 盘龙区; E: a report against 华山街道, handled by the county (回避); F: logged, not yet registered.
const A = await dispatched()
await toFeedback(A, true)
await ok(operator, A, { type: 'EVALUATE', rating: 'satisfied' })
const B = await dispatched()
const C = await dispatched()
await toFeedback(C, false)
const D = await dispatched({ address: '昆明市盘龙区', content: '盘龙区某小区门前道路破损多日无人修理。' })
const E = await logComplaint(operator, { type: 'report', content: '华山街道某干部违规收受礼金，请查处。', accusedUnitId: township.id })
await ok(dispatcher, E.id, { type: 'REGISTER', category: 'township_official_misconduct', complaintType: 'report', accusedUnitId: township.id })
await ok(dispatcher, E.id, { type: 'DISPATCH', chain: [county.id] })
const F = await logComplaint(operator)
// The period asked for: the days (China time) the cases were received on, not "this month", which a run at a
// month's end would cross. The default period is checked apart, against the clock around the request.
const [span] = await app.sql`
  select to_char(min(received_at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as first, to_char(max(received_at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as last
  from cases where id = any(${[A, B, C, D, E.id, F.id]}::bigint[])`
const PERIOD = `from=${span.first}&to=${span.last}`

t.test('six cases set up', async (t) => {
  for (const [name, id] of Object.entries({ A, B, C, D, E: E.id, F: F.id })) t.match(id, Number, `case ${name}`)
  t.equal(new Set([A, B, C, D, E.id, F.id]).size, 6, 'each its own')
})

t.test('the default period is this month in China time', async (t) => {
  t.same(thisMonth(new Date('2026-01-31T16:30:00Z')), { from: '2026-02-01', to: '2026-02-28' }, '00:30 on 1 February in Kunming is February')
  t.same(thisMonth(new Date('2028-02-29T15:59:59Z')), { from: '2028-02-01', to: '2028-02-29' }, 'a leap February')
  t.same(thisMonth(new Date('2026-12-31T16:00:00Z')), { from: '2027-01-01', to: '2027-01-31' }, 'new year in Kunming while still 31 December in UTC')
  const before = new Date()
  const res = await citySup.get('/api/stats/board')
  const after = new Date()
  t.equal(res.statusCode, 200)
  const { from, to } = res.json()
  const expected = [thisMonth(before), thisMonth(after)]
  t.ok(expected.some((p) => p.from === from && p.to === to), `no period asked: this month (${from}–${to}; expected ${expected[0].from}–${expected[0].to})`)
})

t.test('the city supervisor sees each county and the centre itself', async (t) => {
  const b = await board(citySup)
  t.equal(b.unit.divisionCode, CITY)
  t.same({ from: b.from, to: b.to }, { from: span.first, to: span.last }, 'the period asked for')
  t.equal(b.units[0].self, true, 'the own unit comes first')
  t.equal(b.units.filter((u) => !u.self).length, 14, 'one row per county of Kunming')

  t.equal(b.total.held, 5, 'five open cases in the city (A is closed)')
  t.equal(row(b, CITY).held, 2, 'the centre holds C (feedback) and F (intake)')
  t.equal(row(b, WUHUA).held, 2, '五华区 holds B (at the village) and E (at the county)')
  t.equal(row(b, PANLONG).held, 1, '盘龙区 holds D')
  t.equal(b.total.red + b.total.overdue, 0, 'nothing overdue yet')
  t.equal(Object.values(b.byState).reduce((a, n) => a + n, 0), 5, 'the open cases by state add up to what is held')
  t.same(b.byState, { intake: 1, assigned: 3, evaluation: 1 }, 'F waits in 待受理; B, D and E to be signed; C for its rating')
  t.equal(b.supervised, 0, 'none supervised yet')

  const wuhua = row(b, WUHUA)
  t.same(wuhua.period, { cases: 5, dispatched: 4, signedInTime: 2, replied: 2, resolved: 1, evaluated: 1, satisfied: 1 }, 'A, B, C, E and F are about places in 五华区; F is not dispatched yet')
  t.same(wuhua.rates, { response: 0.5, resolution: 0.5, satisfaction: 1 }, '响应率 2/4, 解决率 1/2, 满意率 1/1')
  t.same(row(b, PANLONG).rates, { response: 0, resolution: null, satisfaction: null }, 'D dispatched, not signed; nothing replied')
  t.equal(b.total.period.cases, 6, 'every case of the period')
  t.same(b.total.rates, { response: 0.4, resolution: 0.5, satisfaction: 1 }, '响应率 2/5 over the city')

  const past = await board(citySup, '?from=2020-01-01&to=2020-01-31')
  t.equal(past.total.period.cases, 0, 'another period: no cases received')
  t.same(past.total.rates, { response: null, resolution: null, satisfaction: null })
  t.equal(past.total.held, 5, 'what is held now does not depend on the period')
})

t.test('drilling down: the county and the township', async (t) => {
  const c = await board(countySup)
  t.equal(row(c, WUHUA).held, 1, 'the county itself holds E')
  t.equal(row(c, HUASHAN).held, 1, '华山街道 holds B (at its village)')
  t.equal(c.total.held, 2)

  const s = await board(townshipSup)
  t.equal(s.units[0].divisionCode, HUASHAN)
  t.equal(row(s, CUIHU).held, 1, '翠湖西路社区 holds B')
  t.equal(s.total.held, 1)
  t.equal(s.total.period.cases, 4, 'A, B, C and F are about places in 华山街道; E, the report against it, is in no figure (回避)')
  t.equal(row(c, HUASHAN).period.cases, 5, 'the county counts E under 华山街道')

  const drill = await board(citySup, `?division=${WUHUA}`)
  t.same(drill.total, c.total, 'the city supervisor may open the county board: the same figures')
})

t.test('overdue and red after the deadlines pass', async (t) => {
  const scan = await scanDeadlines(app.cases, new Date(Date.now() + 30 * 86_400_000))
  t.ok(scan.warned >= 4, 'the worker turned the open cases red')
  const b = await board(citySup)
  t.equal(row(b, WUHUA).red, 2, '五华区: B and E are red')
  t.equal(row(b, WUHUA).overdue, 2)
  t.equal(row(b, PANLONG).red, 1)
  t.ok(b.total.red >= 3)
  const list = (await citySup.get('/api/cases?queue=overdue&pageSize=100')).json()
  t.equal(b.total.overdue, list.total, 'the same count as the overdue list')
})

t.test('roles and jurisdiction are checked on the server', async (t) => {
  const other = await townshipOfficer.get(`/api/stats/board?division=${PANLONG}`)
  t.equal(other.statusCode, 403, 'a township officer may not see another county')
  t.equal(other.json().error.code, 'outside_jurisdiction')
  const up = await townshipOfficer.get(`/api/stats/board?division=${WUHUA}`)
  t.equal(up.statusCode, 403, 'nor the county above')
  t.equal((await townshipOfficer.get('/api/stats/board')).statusCode, 200, 'an officer sees their own subtree')
  t.equal((await villageOfficer.get('/api/stats/board')).json().units.length, 1, 'a village has only itself')

  const op = await operator.get('/api/stats/board')
  t.equal(op.statusCode, 403, 'operators work at intake, not on the board')
  t.equal(op.json().error.code, 'wrong_role')
  t.equal((await app.inject({ method: 'GET', url: '/api/stats/board' })).statusCode, 401)
  t.equal((await citySup.get('/api/stats/board?from=2026-02-30')).statusCode, 400, 'a day that does not exist')
  t.equal((await citySup.get('/api/stats/board?from=2026-03-01&to=2026-02-01')).statusCode, 400, 'from after to')
})
