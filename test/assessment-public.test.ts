// 公开的考核排名 tells no small count (issue 22; the leak helper H's attack test showed): a rate over fewer than 5 samples
// does not enter the score, on the board or in public, so the score cannot tell how the one citizen who rated a township
// that month rated it; 问责线索 are internal supervision information, so the public page publishes no deduction and its
// score and rank leave them out; returns and unanswered 督办单 take points off in public only from 5 on.
import t from 'tap'
import type { Sql } from 'postgres'
import { buildTestApp, signIn, unitOf } from './helper.js'
import { currentMonth, previousMonth } from '../src/assessment/month.js'

const WUHUA = '530102'
const CITY = '530100'

let nextId = 9_100_000
/** One closed, well-handled case row as applyEvent would have left it (the columns the assessment reads). */
async function fixtureCase(sql: Sql, f: { code: string; root: number; at: string; rating?: string | null; returns?: number }): Promise<number> {
  const id = nextId++
  const at = new Date(f.at)
  const h = (n: number) => new Date(at.getTime() + n * 3_600_000)
  await sql`
    insert into cases (id, version, machine_version, snapshot, state, root_unit_id, chain_unit_ids, division_code, type, channel,
      received_at, overall_due_at, dispatched_at, signed_in_time, resolved, rating, closed_at, return_count)
    values (${id}, 9, 2, '{}'::jsonb, 'closed', ${f.root}, ${[f.root]}, ${f.code}, 'complaint', 'hotline',
      ${at}, ${h(240)}, ${h(1)}, true, true, ${f.rating ?? null}, ${h(120)}, ${f.returns ?? 0})`
  return id
}

t.test('the public ranking tells neither one rating nor one accountability record', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const month = previousMonth(currentMonth())
  const at = (day: number) => `${month}-${String(day).padStart(2, '0')}T10:00:00+08:00`
  const towns = (await sql`select code from divisions where parent_code = ${WUHUA} order by code limit 4`).map((r) => r.code as string)
  const [T1, T2, T3, T4] = await Promise.all(towns.map((code) => unitOf(db, code)))
  const root = (await unitOf(db, CITY)).id
  // four townships of 五华区, eight cases each, every case signed, closed and resolved in time
  const first: number[] = []
  for (const [i, code] of towns.entries()) {
    for (let d = 1; d <= 8; d++) {
      const id = await fixtureCase(sql, {
        code, root, at: at(d),
        // T1's one rating is 不满意, T2's one rating 满意; T3 has one return, T4 five (one case returned five times)
        rating: d === 1 && i === 0 ? 'unsatisfied' : d === 1 && i === 1 ? 'satisfied' : null,
        returns: d === 1 && i === 2 ? 1 : d === 1 && i === 3 ? 5 : 0,
      })
      if (d === 1) first.push(id)
    }
  }
  // T3: one 督办单 unanswered past its deadline and one 问责线索 opened in the month
  await sql`insert into supervision_notices (number, case_id, unit_id, issuer_unit_id, reason, required_action, due_at, status)
    values ('督办〔pub〕第1号', ${first[2]}, ${T3.id}, ${root}, '办理缓慢', '说明情况', ${new Date(at(12))}, 'escalated')`
  await sql`insert into accountability_records (unit_id, case_id, trigger, dedupe_key, opened_at) values (${T3.id}, ${first[2]}, 'late_close', 'pub-1', ${new Date(at(20))})`

  const computed = await (await signIn(app, 'admin', CITY)).post('/api/assessment/compute', { month })
  t.equal(computed.statusCode, 200, computed.body)
  const res = await app.inject(`/api/public/assessment?month=${month}`)
  t.equal(res.statusCode, 200)
  const body = res.json()
  const county = (await unitOf(db, WUHUA)).name
  const rows = body.townships.find((g: { county: string }) => g.county === county).rows as Record<string, unknown>[]
  const row = (name: string) => rows.find((r) => r.name === name)!

  t.test('a township whose one rating was unhappy reads the same as one whose one rating was happy', async (t) => {
    t.same(row(T1.name), { ...row(T2.name), name: T1.name }, 'rank, score, count and rates alike')
    t.equal(row(T1.name).score, 100, 'the one rating does not enter the score (4 rates on 8 cases, all 100%)')
    t.equal((row(T1.name).rates as Record<string, unknown>).satisfaction, null, 'and its rate is not shown')
  })

  t.test('the board scores them alike too: a rate over fewer than 5 samples is left out there as well', async (t) => {
    const board = (await (await signIn(app, 'supervisor', CITY)).get(`/api/assessment?month=${month}&level=township&division=${WUHUA}`)).json()
    const score = (id: number) => board.rows.find((r: { unitId: number }) => r.unitId === id).score
    t.equal(score(T1.id), 100)
    t.equal(score(T2.id), 100)
    // T3 on the board: 100 less 0.5 (one return) + 2 (one notice) + 3 (one record) = 94.5; T4: 100 less 5 × 0.5 = 97.5
    t.equal(score(T3.id), 94.5, 'the board keeps every deduction')
    t.equal(score(T4.id), 97.5)
  })

  t.test('one accountability record, one return and one unanswered notice show nowhere on the public page', async (t) => {
    t.same(row(T3.name), { ...row(T2.name), name: T3.name }, 'T3 reads as T2: same score, same shared rank')
    t.match(row(T3.name), { rank: 1, score: 100 })
    t.ok(rows.every((r) => !('deduction' in r)), 'no deduction is published')
    t.notMatch(res.body, /"deduction"|"accountability"/, 'nor any accountability figure')
    // 五华区: 32 cases, the four rates 100%; six returns (≥ 5) take 3 off in public; the one notice and the one record
    // nothing (on the board: 100 less 3 + 2 + 3 = 92)
    t.match(body.counties.find((c: { name: string }) => c.name === county), { score: 97 })
  })

  t.test('five returns may be told: they take their points off in public too', async (t) => {
    // 100 less 5 × 0.5 = 97.5, last of the four
    t.match(row(T4.name), { score: 97.5, rank: 4, rankOf: 4 })
  })

  t.test('the page says how its score is made', async (t) => {
    t.match(body.note, /问责/)
    t.match(body.note, /不足5/)
  })
})
