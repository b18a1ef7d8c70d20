// 直接答复率 on the supervision board (GET /api/stats/board, issue 21): calls on the two phone lines in the board's area
// and period, the share answered on the call, by period, operator and category; scoped as the board is; no staff named.
import t from 'tap'
import { buildTestApp, signIn, type Session } from './helper.js'

const CITY = '530100'
const WUHUA = '530102'               // 五华区
const PANLONG = '530103'             // 盘龙区

interface RateRow { key: string; label: string; calls: number; answered: number; rate: number | null }
interface DirectAnswer { total: { calls: number; answered: number; rate: number | null }; periodUnit: string; byPeriod: RateRow[]; byOperator: RateRow[]; byCategory: RateRow[] }

const { app } = await buildTestApp(t)
const zhang = await signIn(app, 'operator', CITY, 'operator_zhangsan')
const wang = await signIn(app, 'operator', CITY, 'operator_wangwu')
const clerk = await signIn(app, 'clerk', CITY)
const citySup = await signIn(app, 'supervisor', CITY)
const wuhuaSup = await signIn(app, 'supervisor', WUHUA)
const panlongOfficer = await signIn(app, 'officer', PANLONG)
const inspector = await signIn(app, 'inspector', CITY)
const admin = await signIn(app, 'admin', CITY)

async function call(who: Session, place: string, over: Record<string, unknown>, channel = 'hotline') {
  const res = await who.post(`/api/intake/${channel}`, {
    type: 'consultation', title: '来电咨询', content: '来电人咨询灵活就业人员参加养老保险在哪里办理。', address: place,
    complainant: { anonymous: false, name: '赵六', phone: '13800002222' }, ...over,
  })
  if (res.statusCode !== 201) throw new Error(`intake ${res.statusCode} ${res.body}`)
  return res.json().id as number
}
const answered = { register: { category: 'social_security', complaintType: 'consultation' }, answer: '可到社保经办机构办理灵活就业参保登记。' }
const registered = { register: { category: 'housing_property', complaintType: 'consultation' } }

// 五华区: 张三 answers two calls on the call and registers one; 盘龙区: 王五 answers one and registers one.
// Not calls, or not counted: a letter in 五华区, and a report by phone (reports are never in this figure).
await call(zhang, '昆明市五华区华山街道', answered)
await call(zhang, '昆明市五华区华山街道', answered)
await call(zhang, '昆明市五华区华山街道', registered)
await call(wang, '昆明市盘龙区', answered)
await call(wang, '昆明市盘龙区', registered)
await call(clerk, '昆明市五华区华山街道', { ...answered, letterNumber: 'XF2026-0100' }, 'letter')
await call(zhang, '昆明市五华区华山街道', { type: 'report', content: '华山街道某干部违规收受礼金，请查处。' }, 'phone')

const [span] = await app.sql`
  select to_char(min(received_at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as first, to_char(max(received_at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as last from cases`
const PERIOD = `from=${span.first}&to=${span.last}`

async function direct(who: Session, query = ''): Promise<{ body: string; d: DirectAnswer }> {
  const res = await who.get(`/api/stats/board?${PERIOD}${query}`)
  if (res.statusCode !== 200) throw new Error(`board ${res.statusCode} ${res.body}`)
  return { body: res.body, d: res.json().directAnswer }
}

t.test('the city supervisor: every call of the city, by day, operator and category', async (t) => {
  const { d } = await direct(citySup)
  t.same(d.total, { calls: 5, answered: 3, rate: 0.6 }, 'five calls, three answered on the call: 60 %')
  t.equal(d.periodUnit, 'day')
  t.equal(d.byPeriod.reduce((n, r) => n + r.calls, 0), 5, 'the days add up to the calls')
  t.match(d.byPeriod[0]!.key, /^\d{4}-\d{2}-\d{2}$/, 'a day is named by its date')
  t.same(d.byOperator.map((r) => [r.label, r.calls, r.answered, r.rate]), [['话务员1', 3, 2, 0.6667], ['话务员2', 2, 1, 0.5]], 'each operator\'s calls, most first')
  const social = d.byCategory.find((r) => r.key === 'social_security')
  t.match(social, { label: '社会保障与就业', calls: 3, answered: 3, rate: 1 }, 'the answered calls by their category')
  t.match(d.byCategory.find((r) => r.key === 'housing_property'), { calls: 2, answered: 0, rate: 0 })
})

t.test('a longer period is shown by month', async (t) => {
  const res = await citySup.get(`/api/stats/board?from=2026-01-01&to=${span.last}`)
  t.equal(res.statusCode, 200)
  const d: DirectAnswer = res.json().directAnswer
  t.equal(d.periodUnit, 'month')
  t.match(d.byPeriod.at(-1)!.key, /^\d{4}-\d{2}$/)
  t.equal(d.total.calls, 5)
})

t.test('the board\'s own scope: a county sees its calls, a drilled-down board its area', async (t) => {
  t.same((await direct(wuhuaSup)).d.total, { calls: 3, answered: 2, rate: 0.6667 }, '五华区: its three calls')
  t.same((await direct(panlongOfficer)).d.total, { calls: 2, answered: 1, rate: 0.5 }, '盘龙区\'s officer: its two')
  t.same((await direct(citySup, `&division=${PANLONG}`)).d.total, { calls: 2, answered: 1, rate: 0.5 }, 'the city board opened at 盘龙区')
  const wuhuaOps = (await direct(wuhuaSup)).d.byOperator
  t.same(wuhuaOps.map((r) => r.calls), [3], 'only the operator whose calls lie in 五华区')
  t.equal((await wuhuaSup.get(`/api/stats/board?${PERIOD}&division=${PANLONG}`)).statusCode, 403, 'another county\'s board stays closed')
})

t.test('no staff named on the board, whoever looks', async (t) => {
  for (const [role, who] of [['supervisor', citySup], ['inspector', inspector], ['admin', admin], ['officer', panlongOfficer]] as const) {
    const { body, d } = await direct(who)
    t.notMatch(body, /zhangsan|wangwu/, `${role}: no operator's name or username`)
    t.ok(d.byOperator.every((r) => /^话务员\d+$/.test(r.label) && /^\d+$/.test(r.key)), `${role}: operators by number only, no user id`)
  }
})
