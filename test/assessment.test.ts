// 月度考核 (issue 22, art. 7): a month's ranking computed from fixture rows and checked against figures worked out by hand
// below; the weights are versioned (a past month keeps its weights when computed again); the ranking is scoped to the
// user's subtree (and a report never counts for the unit it accuses); the export is audited; the public ranking names
// units and figures only.
import t from 'tap'
import ExcelJS from 'exceljs'
import type { Sql } from 'postgres'
import { buildTestApp, signIn, unitOf } from './helper.js'
import { computeAssessment } from '../src/assessment/compute.js'
import { currentMonth, nextMonth, previousMonth } from '../src/assessment/month.js'

const WUHUA = '530102'
const PANLONG = '530103'
const CITY = '530100'

let nextId = 9_000_000
interface Fixture {
  code: string; root: number; at: string; type?: string; signed?: boolean; closed?: boolean; onTime?: boolean
  resolved?: boolean | null; rating?: string | null; returns?: number; recuse?: number | null
}
/** One case row as applyEvent would have left it (the columns the assessment reads), received at `at`. */
async function fixtureCase(sql: Sql, f: Fixture): Promise<number> {
  const id = nextId++
  const at = new Date(f.at)
  const h = (n: number) => new Date(at.getTime() + n * 3_600_000)
  const closed = f.closed ?? true
  await sql`
    insert into cases (id, version, machine_version, snapshot, state, root_unit_id, chain_unit_ids, division_code, recuse_unit_id, type, channel,
      received_at, overall_due_at, dispatched_at, signed_in_time, resolved, rating, closed_at, return_count)
    values (${id}, 9, 2, '{}'::jsonb, ${closed ? 'closed' : 'handling'}, ${f.root}, ${[f.root]}, ${f.code}, ${f.recuse ?? null}, ${f.type ?? 'complaint'}, 'hotline',
      ${at}, ${h(240)}, ${h(1)}, ${f.signed ?? true}, ${f.resolved === undefined ? true : f.resolved}, ${f.rating === undefined ? 'satisfied' : f.rating},
      ${closed ? (f.onTime ?? true ? h(120) : h(480)) : null}, ${f.returns ?? 0})`
  return id
}

async function sheetOf(body: Buffer) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(body as unknown as ArrayBuffer)
  const rows: string[][] = []
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))))
  return rows
}

t.test('a month ranked from fixtures, as worked out by hand; weights versioned; scoped; exported; published', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const month = previousMonth(currentMonth())
  const at = (day: number, m = month) => `${m}-${String(day).padStart(2, '0')}T10:00:00+08:00`
  const child = async (parent: string, n = 0) => (await sql`select code from divisions where parent_code = ${parent} order by code offset ${n} limit 1`)[0].code as string
  const T1 = await child(WUHUA)
  const T2 = await child(WUHUA, 1)
  const V1 = await child(T1)
  const V2 = await child(T1, 1)
  const V3 = await child(T2)
  const B_VILLAGE = await child(await child(PANLONG))
  const root = (await unitOf(db, CITY)).id
  const u = { A: await unitOf(db, WUHUA), B: await unitOf(db, PANLONG), T1: await unitOf(db, T1), T2: await unitOf(db, T2), V1: await unitOf(db, V1), V2: await unitOf(db, V2), V3: await unitOf(db, V3) }
  const c = (code: string, day: number, f: Partial<Fixture> = {}) => fixtureCase(sql, { code, root, at: at(day), ...f })

  // V1, five cases: one signed late, one closed late, one not resolved (rated 基本满意), one rated unsatisfied; one returned twice
  const v1first = await c(V1, 3, { returns: 2 })
  await c(V1, 4, { signed: false })
  await c(V1, 5, { onTime: false })
  await c(V1, 6, { resolved: false, rating: 'basic' })
  await c(V1, 7, { rating: 'unsatisfied' })
  // a report against V1, placed there, handled above it: it counts for T1 and the county, never for V1 (回避)
  await c(V1, 8, { type: 'report', recuse: u.V1.id })
  // not counted anywhere: a 主动治理 task, a case of the month before
  await c(V1, 9, { type: 'proactive', signed: false, rating: 'unsatisfied' })
  await fixtureCase(sql, { code: V1, root, at: at(15, previousMonth(month)), signed: false, rating: 'unsatisfied' })
  // V2, six cases all well handled; its assisting part on V1's case came in late; one 督办单 unanswered, one answered in time
  for (let d = 1; d <= 6; d++) await c(V2, d)
  await sql`insert into case_parts (case_id, seq, unit_id, lead_unit_id, level, status, assigned_at, sign_due_at, due_at, signed_at, signed_in_time, closed_at, late)
    values (${v1first}, 0, ${u.V2.id}, ${u.V1.id}, 'village', 'submitted', ${new Date(at(3))}, ${new Date(at(4))}, ${new Date(at(6))}, ${new Date(at(3))}, true, ${new Date(at(9))}, true)`
  const notice = (n: string, unitId: number, due: number, answered: number | null) => sql`
    insert into supervision_notices (number, case_id, unit_id, issuer_unit_id, reason, required_action, due_at, status, answered_at)
    values (${n}, ${v1first}, ${unitId}, ${u.T1.id}, '办理缓慢', '说明情况', ${new Date(at(due))}, ${answered === null ? 'escalated' : 'answered'}, ${answered === null ? null : new Date(at(answered))})`
  await notice('督办〔test〕第1号', u.V2.id, 12, null)
  await notice('督办〔test〕第2号', u.V2.id, 12, 11)
  // T1: one accountability record opened in the month; one the inspectors decided to take no action on; one of the month before
  const record = async (key: string, opened: string, decided: boolean) => {
    const [r] = await sql`
      insert into accountability_records (unit_id, case_id, trigger, dedupe_key, opened_at)
      values (${u.T1.id}, ${v1first}, 'late_close', ${key}, ${new Date(opened)}) returning id`
    // the inspectors' decision, once (the database lets a record be opened undecided only)
    if (decided) await sql`update accountability_records set state = 'decided', decision = 'no_action', reason = '情况属实已整改', decided_at = ${new Date(opened)} where id = ${r.id}`
  }
  await record('t-1', at(20), false)
  await record('t-2', at(21), true)
  await record('t-3', at(20, previousMonth(month)), false)
  // T2: two cases at the township itself and three in V3, all well handled
  await c(T2, 2)
  await c(T2, 3)
  for (let d = 1; d <= 3; d++) await c(V3, d)
  // 盘龙区: five cases in one village, one rated unsatisfied; and one at the city itself, which no county counts
  for (let d = 1; d <= 4; d++) await c(B_VILLAGE, d)
  await c(B_VILLAGE, 5, { rating: 'unsatisfied' })
  await c(CITY, 5)

  const cityAdmin = await signIn(app, 'admin', CITY)
  const computed = await cityAdmin.post('/api/assessment/compute', { month })
  t.equal(computed.statusCode, 200, computed.body)
  t.match(computed.json(), { month, weightsVersion: 1, recomputed: false })

  const citySup = await signIn(app, 'supervisor', CITY)
  const rank = async (s: typeof citySup, q: string) => {
    const res = await s.get(`/api/assessment?month=${month}${q}`)
    if (res.statusCode !== 200) throw new Error(`${q}: ${res.statusCode} ${res.body}`)
    return res.json()
  }
  type Row = { unitId: number; score: number | null; deduction: number; rank: number | null; rankOf: number | null; countyRank: number | null; counts: Record<string, number>; rates: Record<string, number | null> }
  const byUnit = (rows: Row[]) => new Map(rows.map((r) => [r.unitId, r]))

  // a rate over fewer than 5 samples does not enter the score: its weight goes to the others (here: V2's, T1's and 五华区's
  // one judged part, so their 协办按时率 of 0/1 counts for nothing)
  t.test('figures and scores as worked out by hand (initial weights 20/15/25/30/10; 0.5 per return, 2 per unanswered notice, 3 per record)', async (t) => {
    const villages = byUnit((await rank(citySup, `&level=village&division=${T1}`)).rows)
    // V1: 4/5 on each of the four rates, no parts → (20+15+25+30)·0.8 / 90 = 80; two returns −1 → 79
    t.match(villages.get(u.V1.id), { counts: { cases: 5, dispatched: 5, signedInTime: 4, closed: 5, onTime: 4, replied: 5, resolved: 4, evaluated: 5, satisfied: 4, returns: 2, partsJudged: 0 },
      rates: { onTime: 0.8, response: 0.8, resolution: 0.8, satisfaction: 0.8, parts: null }, deduction: 1, score: 79, rank: 2, rankOf: 2, countyRank: 2 })
    // V2: every rate 1; its one part, late, is one sample (< 5): left out → 90·1 / 90 = 100; one notice unanswered −2 → 98
    t.match(villages.get(u.V2.id), { counts: { cases: 6, partsJudged: 1, partsOnTime: 0, unansweredNotices: 1, returns: 0 }, rates: { parts: 0 }, deduction: 2, score: 98, rank: 1, rankOf: 2, countyRank: 1 })
    const towns = byUnit((await rank(citySup, `&level=township&division=${WUHUA}`)).rows)
    // T1: V1's 5 + V2's 6 + the report = 12; 11/12 on the four rates, parts 0/1 left out → 90·11/12 / 90 = 91.6667;
    // 2 returns (−1), 1 notice (−2), 1 record (−3; the dismissed one and last month's do not count) → 85.6667 = 85.67
    t.match(towns.get(u.T1.id), { counts: { cases: 12, dispatched: 12, signedInTime: 11, closed: 12, onTime: 11, replied: 12, resolved: 11, evaluated: 12, satisfied: 11,
      partsJudged: 1, partsOnTime: 0, returns: 2, unansweredNotices: 1, accountability: 1 }, deduction: 6, score: 85.67, rank: 2, rankOf: 2 })
    // T2: 2 + V3's 3 = 5 cases, all well → 100; V3 alone has 3: 样本不足, no score, no rank
    t.match(towns.get(u.T2.id), { counts: { cases: 5 }, score: 100, rank: 1, rankOf: 2 })
    const v3 = byUnit((await rank(citySup, `&level=village&division=${T2}`)).rows).get(u.V3.id)
    t.match(v3, { counts: { cases: 3 }, score: null, rank: null })
    const counties = byUnit((await rank(citySup, '&level=county')).rows)
    // 五华区: 17 cases (T1 12 + T2 5), 16/17 on the four rates, parts 0/1 left out → 100·16/17 = 94.1176; −6 → 88.1176 = 88.12
    t.match(counties.get(u.A.id), { counts: { cases: 17, signedInTime: 16, onTime: 16, resolved: 16, satisfied: 16, evaluated: 17 }, deduction: 6, score: 88.12, rank: 2, rankOf: 2 })
    // 盘龙区: 5 cases, satisfaction 4/5, no parts → (20+15+25 + 30·0.8) / 90 = 93.33
    t.match(counties.get(u.B.id), { counts: { cases: 5, satisfied: 4, evaluated: 5 }, rates: { satisfaction: 0.8 }, deduction: 0, score: 93.33, rank: 1, rankOf: 2 })
    const audit = await sql`select actor_user_id, detail from audit_log where action = 'assessment.compute'`
    t.equal(audit.length, 1, 'the computation is an audit row')
    t.match(audit[0].detail, { month, weightsVersion: 1, recomputed: false })
  })

  t.test('weights: city admins only, from this month on, summing to 100; a past month keeps its weights', async (t) => {
    const weights = { onTime: 10, response: 10, resolution: 10, satisfaction: 70, parts: 0, perReturn: 1, perUnansweredNotice: 1, perAccountability: 1, maxDeduction: 10 }
    const countyAdmin = await signIn(app, 'admin', WUHUA)
    const refused = await countyAdmin.post('/api/assessment/weights', { weights })
    t.equal(refused.statusCode, 403)
    t.equal(refused.json().error.code, 'city_admin_only')
    const past = await cityAdmin.post('/api/assessment/weights', { weights, effectiveFrom: month })
    t.equal(past.statusCode, 400)
    t.equal(past.json().error.code, 'assessment_weights_past')
    const bad = await cityAdmin.post('/api/assessment/weights', { weights: { ...weights, satisfaction: 65 } })
    t.equal(bad.json().error.code, 'assessment_weights_sum')
    const added = await cityAdmin.post('/api/assessment/weights', { weights, note: '突出群众满意度' })
    t.equal(added.statusCode, 201, added.body)
    t.match(added.json(), { version: 2, effectiveFrom: currentMonth(), weights })
    t.match((await citySup.get('/api/assessment/weights')).json(), { current: { version: 2 }, versions: [{ version: 2 }, { version: 1 }] })
    t.equal((await sql`select count(*)::int as n from audit_log where action = 'admin.assessment_weights'`)[0].n, 1, 'audited')
    await t.rejects(sql`update assessment_weights set weights = '{}'::jsonb where version = 1`, 'a version is never changed')

    // the past month computed again: still version 1, the same scores
    const again = await cityAdmin.post('/api/assessment/compute', { month })
    t.match(again.json(), { weightsVersion: 1, recomputed: true })
    t.equal(byUnit((await rank(citySup, '&level=county')).rows).get(u.B.id)!.score, 93.33)
    // and so by the monthly job
    await app.jobHandlers['assessment-monthly']([])
    t.match((await rank(citySup, '&level=county')).month, { weightsVersion: 1 })
    t.equal((await sql`select count(*)::int as n from audit_log where action = 'assessment.compute' and actor_kind = 'system'`)[0].n, 1, 'the job is audited as the system')

    // this month, once it has ended, is computed with version 2: 盘龙区's five cases again → (10+10+10 + 70·0.8) / 100 = 86
    const thisMonth = currentMonth()
    for (let d = 1; d <= 4; d++) await fixtureCase(sql, { code: B_VILLAGE, root, at: at(d, thisMonth) })
    await fixtureCase(sql, { code: B_VILLAGE, root, at: at(5, thisMonth), rating: 'unsatisfied' })
    t.equal((await cityAdmin.post('/api/assessment/compute', { month: thisMonth })).json().error.code, 'assessment_month_open', 'not before the month ends')
    const later = await computeAssessment(sql, CITY, thisMonth, null, new Date(`${nextMonth(thisMonth)}-01T02:00:00+08:00`))
    t.equal(later.weightsVersion, 2)
    const now = (await citySup.get(`/api/assessment?month=${thisMonth}&level=county`)).json()
    t.equal(now.month.weightsVersion, 2)
    t.equal(byUnit(now.rows).get(u.B.id)!.score, 86)
  })

  t.test('scope: a county sees its own subtree, a village itself; a report never counts for the unit it accuses', async (t) => {
    const countySup = await signIn(app, 'supervisor', WUHUA)
    const own = await rank(countySup, '')
    t.equal(own.level, 'township', 'a county opens on its townships')
    t.match(own.self, { unitId: u.A.id, rank: 2, rankOf: 2 }, 'and its own place among the counties')
    t.ok(own.rows.every((r: { divisionCode: string }) => r.divisionCode.startsWith(WUHUA)))
    t.same((await rank(countySup, '&level=county')).rows.map((r: Row) => r.unitId), [u.A.id], 'no other county')
    const other = await countySup.get(`/api/assessment?month=${month}&division=${PANLONG}`)
    t.equal(other.statusCode, 403)
    t.equal(other.json().error.code, 'outside_jurisdiction')
    const villager = await signIn(app, 'officer', V1)
    const mine = await rank(villager, '')
    t.same(mine.rows.map((r: Row) => r.unitId), [u.V1.id])
    t.equal(mine.rows[0].counts.cases, 5, 'the report against V1 is not in its count')
    t.equal((await villager.get(`/api/assessment?month=${month}&division=${T1}`)).statusCode, 403)
    t.equal((await (await signIn(app, 'operator', CITY)).get(`/api/assessment?month=${month}`)).statusCode, 403, 'an operator has no board')
  })

  t.test('export: the scoped ranking as .xlsx, audited', async (t) => {
    const countySup = await signIn(app, 'supervisor', WUHUA)
    const res = await countySup.get(`/api/assessment/export?month=${month}&level=township`)
    t.equal(res.statusCode, 200)
    t.match(res.headers['content-type'], /spreadsheetml/)
    const rows = await sheetOf(res.rawPayload)
    t.same(rows[0].slice(0, 4), ['排名', '单位', '行政区划', '得分'])
    t.same(rows[1].slice(0, 4), ['1/2', u.T2.name, (await sql`select name from divisions where code = ${T2}`)[0].name, '100'])
    t.same(rows[2].slice(0, 5), ['2/2', u.T1.name, (await sql`select name from divisions where code = ${T1}`)[0].name, '85.67', '6'])
    t.notOk(rows.some((r) => r[1] === u.B.name), 'nothing of another county')
    const [audit] = await sql`select actor_user_id, detail from audit_log where action = 'export.assessment'`
    t.equal(Number(audit.actor_user_id), countySup.user.id)
    t.match(audit.detail, { format: 'xlsx', month, level: 'township' })
  })

  t.test('public: counties and townships with unit names and public scores, no codes, no villages, no deduction', async (t) => {
    const res = await app.inject(`/api/public/assessment?month=${month}`)
    t.equal(res.statusCode, 200)
    const body = res.json()
    // the public score leaves out the 问责线索 and counts under 5 of returns and notices: 五华区 94.1176 less nothing
    // (2 returns, 1 notice, 1 record) = 94.12, ahead of 盘龙区's 93.33, though behind it on the board (88.12)
    t.match(body.counties.slice(0, 2), [{ rank: 1, name: u.A.name, score: 94.12, cases: 17, rates: { satisfaction: 94.1 } }, { rank: 2, name: u.B.name, score: 93.33, cases: 5 }])
    t.equal(body.townships[0].county, u.A.name, 'the townships by the counties\' public ranking')
    const wuhua = body.townships.find((g: { county: string }) => g.county === u.A.name)
    // T1: 91.6667 less nothing = 91.67
    t.match(wuhua.rows.slice(0, 2), [{ rank: 1, name: u.T2.name, score: 100, cases: 5 }, { rank: 2, name: u.T1.name, score: 91.67 }])
    t.notMatch(res.body, '"deduction"', 'no deduction published')
    for (const code of [WUHUA, T1, V1, V2]) t.notMatch(res.body, code, 'no division code')
    t.notMatch(res.body, u.V1.name, 'no village')
    t.notMatch(res.body, 'unitId')
    t.equal((await app.inject('/api/public/assessment')).json().month, currentMonth(), 'the latest computed month by default')
    t.equal((await app.inject('/api/public/assessment?month=1999-01')).statusCode, 404)
    t.equal((await app.inject('/api/public/assessment?month=junk')).statusCode, 400)
  })
})
