// 公开: public statistics over the stats_daily, stats_monthly and stats_yearly rollups (db/migrations/0007_read_paths.sql,
// 0037_stats_yearly.sql); small counts are not shown exactly (不足5件不公开具体数).
import type { Sql } from 'postgres'
import { errors } from '../http/errors.js'
import { isDateStr } from '../calendar/workdays.js'

export const GROUPS = ['channel', 'county', 'category', 'month', 'type'] as const
export type GroupBy = (typeof GROUPS)[number]
export const SMALL_COUNT = 5

export interface StatsQuery { from?: string; to?: string; division?: string; groupBy?: GroupBy }

interface Counts { received: number; accepted: number; closed: number; on_time: number; dispatched: number; signed_in_time: number; replied: number; resolved: number; evaluated: number; satisfied: number }

/** A count of 1–4 could single a person out: it is shown as "<5". */
export function publicCount(n: number): number | '<5' {
  return n > 0 && n < SMALL_COUNT ? '<5' : n
}

/** A rate over fewer than 5 cases is not shown. */
export function publicRate(numerator: number, denominator: number): number | null {
  return denominator < SMALL_COUNT ? null : Math.round((numerator / denominator) * 1000) / 10
}

function present(c: Counts) {
  return {
    received: publicCount(c.received), accepted: publicCount(c.accepted), closed: publicCount(c.closed), onTime: publicCount(c.on_time),
    rates: {
      response: publicRate(c.signed_in_time, c.dispatched),     // 响应率 = signed in time / dispatched
      resolution: publicRate(c.resolved, c.replied),             // 解决率 = resolved / replied
      satisfaction: publicRate(c.satisfied, c.evaluated),        // 满意率 = satisfied + basic / evaluated
      onTime: publicRate(c.on_time, c.closed),
    },
  }
}

const SUMS = `sum(received)::int as received, sum(accepted)::int as accepted, sum(closed)::int as closed, sum(on_time)::int as on_time,
  sum(dispatched)::int as dispatched, sum(signed_in_time)::int as signed_in_time, sum(replied)::int as replied, sum(resolved)::int as resolved,
  sum(evaluated)::int as evaluated, sum(satisfied)::int as satisfied`
const COUNTS = 'received, accepted, closed, on_time, dispatched, signed_in_time, replied, resolved, evaluated, satisfied'

const day = (s: string) => new Date(s + 'T00:00:00Z')
const iso = (d: Date) => d.toISOString().slice(0, 10)

/**
 * A period split into the calendar years it covers whole, [firstYear, endYear), the whole months beside them,
 * [firstMonth, firstYear) and [endYear, endMonth), and the days before and after the months: the years are read from
 * stats_yearly, the months from stats_monthly, only the ends from stats_daily. Without a whole month, the days
 * before run to the end of the period; without a whole year, the months are one range.
 */
export function splitPeriod(from: string, to: string): { from: string; firstMonth: string; firstYear: string; endYear: string; endMonth: string; to: string } {
  const f = day(from)
  const t = day(to)
  const firstMonth = f.getUTCDate() === 1 ? f : new Date(Date.UTC(f.getUTCFullYear(), f.getUTCMonth() + 1, 1))
  const after = new Date(t.getTime() + 86_400_000)
  const endMonth = new Date(Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), 1))
  if (firstMonth >= endMonth) return { from, firstMonth: iso(after), firstYear: iso(after), endYear: iso(after), endMonth: iso(after), to }
  const firstYear = firstMonth.getUTCMonth() === 0 ? firstMonth : new Date(Date.UTC(firstMonth.getUTCFullYear() + 1, 0, 1))
  const endYear = new Date(Date.UTC(endMonth.getUTCFullYear(), 0, 1))
  if (firstYear >= endYear) return { from, firstMonth: iso(firstMonth), firstYear: iso(endMonth), endYear: iso(endMonth), endMonth: iso(endMonth), to }
  return { from, firstMonth: iso(firstMonth), firstYear: iso(firstYear), endYear: iso(endYear), endMonth: iso(endMonth), to }
}

/** The total (the row with `total` true) and one row per group, summed from the rollups. */
export function statsQuery(sql: Sql, q: StatsQuery) {
  const from = q.from ?? '2000-01-01'
  const to = q.to ?? '2999-12-31'
  for (const [field, value] of [['from', from], ['to', to]]) {
    if (!isDateStr(value)) throw errors.validation({ fields: [{ field, message: '日期无效', messageEn: 'Invalid date' }] })
  }
  const split = splitPeriod(from, to)
  // by month, a year's row would count under its January: the months are read whole
  const period = q.groupBy === 'month' ? { ...split, firstYear: split.endMonth, endYear: split.endMonth } : split
  const prefix = q.division ? (q.division.length === 6 && q.division.endsWith('00') ? q.division.slice(0, 4) : q.division.slice(0, 6)) : ''
  const inDivision = sql`(${prefix} = '' or county_code like ${prefix + '%'} or (${prefix.length === 4} and county_code = ''))`
  // each case has one channel, one category and one type, so the groups of a dimension add up to the total
  const dim = q.groupBy === 'channel' || q.groupBy === 'category' || q.groupBy === 'type' ? q.groupBy : 'all'
  const key = q.groupBy === 'county' ? sql`county_code` : q.groupBy === 'month' ? sql`to_char(day, 'YYYY-MM')` : sql`key`
  return sql`
    select ${key} as key, grouping(${key}) = 1 as total, ${sql.unsafe(SUMS)}
    from (
      select year as day, county_code, key, ${sql.unsafe(COUNTS)} from stats_yearly
      where dim = ${dim} and year >= ${period.firstYear}::date and year < ${period.endYear}::date and ${inDivision}
      union all
      select month as day, county_code, key, ${sql.unsafe(COUNTS)} from stats_monthly
      where dim = ${dim} and month >= ${period.firstMonth}::date and month < ${period.firstYear}::date and ${inDivision}
      union all
      select month as day, county_code, key, ${sql.unsafe(COUNTS)} from stats_monthly
      where dim = ${dim} and month >= ${period.endYear}::date and month < ${period.endMonth}::date and ${inDivision}
      union all
      select day, county_code, key, ${sql.unsafe(COUNTS)} from stats_daily
      where dim = ${dim} and day >= ${period.from}::date and day < ${period.firstMonth}::date and ${inDivision}
      union all
      select day, county_code, key, ${sql.unsafe(COUNTS)} from stats_daily
      where dim = ${dim} and day >= ${period.endMonth}::date and day <= ${period.to}::date and ${inDivision}
    ) s
    group by grouping sets ((${key}), ())
    order by 2 desc, 1`
}

export async function publicStats(sql: Sql, q: StatsQuery, labels: { county(code: string): string | null; category(code: string): string | null }) {
  const rows = await statsQuery(sql, q)
  const all = rows.find((r) => r.total)
  const groups = q.groupBy ? rows.filter((r) => !r.total) : []
  const label = (k: string) => q.groupBy === 'county' ? (k ? labels.county(k) ?? k : '市本级/地点不明') : q.groupBy === 'category' ? labels.category(k) ?? (k === 'uncategorised' ? '未分类' : k) : q.groupBy === 'channel' ? CHANNEL_LABELS[k] ?? k : q.groupBy === 'type' ? TYPE_LABELS[k] ?? k : k
  return {
    from: q.from ?? null, to: q.to ?? null, division: q.division ?? null, groupBy: q.groupBy ?? null,
    total: present(normalize(all)),
    groups: groups.map((r) => ({ key: r.key as string, label: label(r.key as string), ...present(normalize(r)) })),
    note: '不足5件的数量显示为“<5”，样本不足5件的比率不予显示，以免识别到个人。',
  }
}

function normalize(r: Record<string, unknown> | undefined): Counts {
  const n = (k: string) => Number(r?.[k] ?? 0)
  return { received: n('received'), accepted: n('accepted'), closed: n('closed'), on_time: n('on_time'), dispatched: n('dispatched'), signed_in_time: n('signed_in_time'), replied: n('replied'), resolved: n('resolved'), evaluated: n('evaluated'), satisfied: n('satisfied') }
}

export const CHANNEL_LABELS: Record<string, string> = { web: '互联网', hotline: '春城热线', phone: '举报电话', letter: '来信', visit: '来访', fax: '传真' }
const TYPE_LABELS: Record<string, string> = { report: '举报', complaint: '投诉', request: '求助', consultation: '咨询', suggestion: '建议' }

/** The months are summed from the days: stats_daily first. */
export async function refreshStats(sql: Sql): Promise<void> {
  // as the views' owner (migration 0018): the service's role owns nothing
  await sql`select refresh_stats()`
}
