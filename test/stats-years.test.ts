// Public statistics over several years (issue 24): a period's whole years come from stats_yearly, the months beside
// them from stats_monthly and only the days at its ends from stats_daily. Cases received at the edges of days,
// months and years (China time) are counted once each, in the right year, month and group, for every period shape.
import t from 'tap'
import { buildTestApp, logComplaint, sendEvent, signIn } from './helper.js'
import { splitPeriod, statsQuery, GROUPS, type StatsQuery } from '../src/openness/stats.js'

t.test('the split of a period into days, months and whole years', async (t) => {
  t.same(splitPeriod('2023-06-15', '2025-03-31'), { from: '2023-06-15', firstMonth: '2023-07-01', firstYear: '2024-01-01', endYear: '2025-01-01', endMonth: '2025-04-01', to: '2025-03-31' })
  t.same(splitPeriod('2024-01-01', '2024-12-31'), { from: '2024-01-01', firstMonth: '2024-01-01', firstYear: '2024-01-01', endYear: '2025-01-01', endMonth: '2025-01-01', to: '2024-12-31' })
  // no whole year: the months are one range; no whole month: the days run through
  t.same(splitPeriod('2024-02-10', '2024-11-30'), { from: '2024-02-10', firstMonth: '2024-03-01', firstYear: '2024-12-01', endYear: '2024-12-01', endMonth: '2024-12-01', to: '2024-11-30' })
  t.same(splitPeriod('2024-02-10', '2024-02-20'), { from: '2024-02-10', firstMonth: '2024-02-21', firstYear: '2024-02-21', endYear: '2024-02-21', endMonth: '2024-02-21', to: '2024-02-20' })
})

t.test('figures over years, months and days add up to the cases received in the period', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  // received at the edges of years, months and days, China time; registered under two categories, one left in intake
  const received = [
    '2022-12-31T23:30:00+08:00', '2023-01-01T00:10:00+08:00', '2023-06-15T10:00:00+08:00', '2023-12-31T23:59:00+08:00',
    '2024-01-01T00:00:30+08:00', '2024-02-29T12:00:00+08:00', '2024-12-31T16:30:00+08:00', '2025-01-01T08:00:00+08:00',
    '2025-03-10T09:00:00+08:00', '2025-03-31T23:50:00+08:00', '2025-04-01T00:05:00+08:00', '2025-04-01T00:06:00+08:00',
  ]
  for (const [i, at] of received.entries()) {
    const c = await logComplaint(operator, { content: `第${i}件：五华区某路段路灯损坏，夜间出行不便，请尽快维修。` })
    if (i % 4 !== 3) t.equal((await sendEvent(dispatcher, c.id, { type: 'REGISTER', category: i % 2 ? 'urban_management' : 'village_affairs' })).statusCode, 200)
    // as if received then, some of them by letter (the channel a group is counted under)
    await sql`update cases set received_at = ${at}::timestamptz, channel = ${i % 3 ? 'hotline' : 'letter'} where id = ${c.id}`
  }
  await app.jobHandlers['stats-refresh']([])
  const years = await sql`select to_char(year, 'YYYY') as year, received from stats_yearly where dim = 'all' and county_code <> '' order by 1`
  t.same(years.map((r) => [r.year, r.received]), [['2022', 1], ['2023', 3], ['2024', 3], ['2025', 5]], 'a row a year in stats_yearly')

  // what each group counts, from the cases themselves
  const direct = async (q: StatsQuery) => {
    const key = q.groupBy === 'county' ? sql`county_code` : q.groupBy === 'month' ? sql`to_char(day, 'YYYY-MM')` : q.groupBy ? sql.unsafe(q.groupBy) : sql`''`
    const rows = await sql`
      select ${key} as key, count(*)::int as received, count(*) filter (where state <> 'intake')::int as accepted
      from (select (received_at at time zone 'Asia/Shanghai')::date as day, coalesce(category, 'uncategorised') as category, channel::text as channel, type::text as type,
                   case when length(division_code) >= 6 and right(left(division_code, 6), 2) <> '00' then left(division_code, 6) else '' end as county_code, state
            from cases where type::text <> 'proactive') c
      where day >= ${q.from ?? '2000-01-01'}::date and day <= ${q.to ?? '2999-12-31'}::date
      group by 1 order by 1`
    return rows.map((r) => `${q.groupBy ? r.key : 'total'}: ${r.received} received, ${r.accepted} accepted`)
  }
  const fromRollups = async (q: StatsQuery) => {
    const rows = await statsQuery(sql, q)
    return rows.filter((r) => (q.groupBy ? !r.total : r.total) && r.received > 0)
      .sort((a, b) => String(a.key).localeCompare(String(b.key)))
      .map((r) => `${q.groupBy ? r.key : 'total'}: ${r.received} received, ${r.accepted} accepted`)
  }
  const periods: { from?: string; to?: string; about: string }[] = [
    { about: 'all time' },
    { from: '2023-01-01', to: '2024-12-31', about: 'two whole years' },
    { from: '2022-12-31', to: '2025-01-01', about: 'whole years and a day each side' },
    { from: '2023-06-15', to: '2025-03-31', about: 'days, months, a year, months' },
    { from: '2024-02-29', to: '2024-02-29', about: 'one day' },
    { from: '2024-02-01', to: '2025-04-01', about: 'months across a year end and a day' },
  ]
  for (const p of periods) {
    for (const groupBy of [undefined, ...GROUPS]) {
      const q: StatsQuery = { groupBy, ...(p.from ? { from: p.from, to: p.to } : {}) }
      const want = await direct(q)
      t.ok(want.length > 0, `${p.about}: some cases in it`)
      t.same(await fromRollups(q), want, `${p.about}, ${groupBy ? `by ${groupBy}` : 'totals'}`)
    }
  }
  // the public route over all time: twelve cases, none hidden as "<5"
  const all = (await app.inject('/api/public/stats?groupBy=month')).json()
  t.equal(all.total.received, 12)
  t.same(all.groups.map((g: { key: string }) => g.key), ['2022-12', '2023-01', '2023-06', '2023-12', '2024-01', '2024-02', '2024-12', '2025-01', '2025-03', '2025-04'], 'by month over years: each month its own, not its year\'s January')
})
