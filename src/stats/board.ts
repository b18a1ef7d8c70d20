// 督办看板: per-unit figures of one jurisdiction for supervisors and inspectors — what each unit holds now
// (overdue, yellow, red) and the three rates (三率) over a period. Staff only: no small-count masking.
import type { Sql } from 'postgres'
import { divisionPrefix, inSubtree } from '../auth/jurisdiction.js'
import { visibleTo } from '../cases/access.js'
import { pastDue } from '../cases/list.js'
import { errors } from '../http/errors.js'
import { isDateStr } from '../calendar/workdays.js'
import type { StaffUser } from '../users/service.js'
import { emptyPartFigures, partFiguresByRow, sumPartFigures, type PartFigures } from '../cohandling/board.js'
import { boardDirectAnswer, type DirectAnswerFigures } from '../knowledge/insights.js'

type Level = 'city' | 'county' | 'township' | 'village'

/** Code length of a division's children: counties under a city, townships under a county, villages under a township. */
const CHILD_CODE_LENGTH: Record<Level, number | null> = { city: 6, county: 9, township: 12, village: null }

export interface PeriodCounts {
  /** cases received in the period whose place lies in the row's division subtree */
  cases: number
  dispatched: number
  signedInTime: number
  replied: number
  resolved: number
  evaluated: number
  /** satisfied + basic */
  satisfied: number
}

export interface Rates {
  /** 响应率 = signed in time / dispatched */
  response: number | null
  /** 解决率 = resolved / replied */
  resolution: number | null
  /** 满意率 = (satisfied + basic) / evaluated */
  satisfaction: number | null
}

export interface Figures {
  /** open cases held now by the row's units (the current link, a reviewer, or the centre) */
  held: number
  /** of those, past their link deadline or red (the same rule as the overdue list) */
  overdue: number
  yellow: number
  red: number
  /** held cases that were returned (退回) at least once */
  returned: number
  /** held cases with an approved extension (延期) */
  extended: number
  period: PeriodCounts
  rates: Rates
  /** 协办: the row's assisting units on their own parts (issue 22) */
  parts: PartFigures
}

export interface BoardRow extends Figures {
  unitId: number
  name: string
  divisionCode: string
  divisionName: string
  level: Level
  /** the jurisdiction's own unit (本级): it holds only what sits at its own desk; the rows below cover their subtrees */
  self: boolean
}

export interface Board {
  unit: { id: number; name: string; divisionCode: string; level: Level }
  from: string
  to: string
  /** the whole jurisdiction: every row together (a case is counted once) */
  total: Figures
  /** the open cases held in the jurisdiction by state (intake … decision), and how many of them are supervised (督办) */
  byState: Record<string, number>
  supervised: number
  units: BoardRow[]
  /** 主动治理 tasks (type proactive) opened in the period and resolved: counted apart, never in the three rates */
  proactive: { opened: number; resolved: number }
  /** 直接答复率 (issue 21): calls on the two phone lines placed in the board's area in the period, the share answered on the call */
  directAnswer: DirectAnswerFigures
}

const rate = (n: number, d: number): number | null => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null)
const ratesOf = (p: PeriodCounts): Rates => ({
  response: rate(p.signedInTime, p.dispatched), resolution: rate(p.resolved, p.replied), satisfaction: rate(p.satisfied, p.evaluated),
})
const emptyPeriod = (): PeriodCounts => ({ cases: 0, dispatched: 0, signedInTime: 0, replied: 0, resolved: 0, evaluated: 0, satisfied: 0 })

/** This month in China time, as `YYYY-MM-DD` from/to (both inclusive). */
export function thisMonth(now = new Date()): { from: string; to: string } {
  const day = new Date(now.getTime() + 8 * 3_600_000) // Asia/Shanghai has no daylight saving
  const y = day.getUTCFullYear()
  const m = day.getUTCMonth()
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  const mm = String(m + 1).padStart(2, '0')
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` }
}

export interface BoardQuery { division?: string; from?: string; to?: string }

/**
 * The board of `division` (default: the user's own unit's division), which must lie in the user's
 * jurisdiction (403 otherwise). Every count goes through `visibleTo`, so a case the user must recuse
 * themselves from (回避) is in no figure.
 *
 * A row's live figures count the open cases whose current unit lies in the row's subtree (for the own
 * unit: the cases at its own desk): who holds what now. Its rates count the cases received in the
 * period whose place (行政区划) lies in the row's division subtree (the own unit: places at its own
 * division or unknown), with the case-level columns of the public rollup (src/openness/stats.ts): how
 * the cases of that area fared, wherever along the chain they were handled. The chain cannot say this:
 * approvals pop its links on the way back up.
 */
export async function supervisionBoard(sql: Sql, user: StaffUser, q: BoardQuery, now = new Date()): Promise<Board> {
  const period = thisMonth(now)
  const from = q.from ?? period.from
  const to = q.to ?? period.to
  for (const [field, day] of [['from', from], ['to', to]] as const) {
    if (!isDateStr(day)) throw errors.validation({ fields: [{ field, message: `${field === 'from' ? '开始' : '结束'}日期无效`, messageEn: `${field} is not a date` }] })
  }
  if (from > to) throw errors.validation({ fields: [{ field: 'from', message: '开始日期不能晚于结束日期', messageEn: 'from is after to' }] })
  const rootCode = q.division ?? user.unit.divisionCode
  if (!inSubtree(rootCode, user.unit.divisionCode)) throw errors.outsideJurisdiction({ division: rootCode })

  const [rootDivision] = await sql`select code, name, level from divisions where code = ${rootCode}`
  if (!rootDivision) throw errors.divisionNotFound({ division: rootCode })
  const level = rootDivision.level as Level
  const rootUnit = rootCode === user.unit.divisionCode
    ? { id: user.unit.id, name: user.unit.name }
    : (await sql`select id, name from units where division_code = ${rootCode} and is_default`)[0] as { id: number; name: string } | undefined
  if (!rootUnit) throw errors.unitNotFound({ division: rootCode })
  const rootId = Number(rootUnit.id)
  const prefix = divisionPrefix(rootCode)
  const childLength = CHILD_CODE_LENGTH[level]

  // the rows: the unit itself, other units at the same division (city departments …), the default unit of each child division;
  // the city's inspection unit (市纪委监委) stands outside the centre's subtree, so it is a row on its own board only
  const units = await sql`
    select u.id, u.name, u.division_code, u.level, d.name as division_name
    from units u join divisions d on d.code = u.division_code
    where u.active and (u.kind <> 'inspection' or u.id = ${rootId}) and (
      u.division_code = ${rootCode}
      or (${childLength !== null} and u.is_default and d.parent_code = ${rootCode})
    )
    order by (u.id = ${rootId}) desc, (u.division_code = ${rootCode}) desc, u.division_code, u.id`

  // which row a unit of the subtree belongs to: its own row at the root division, else its child division's
  const rowKey = (alias: string) => sql`(case when ${sql(alias)}.division_code = ${rootCode} then 'u' || ${sql(alias)}.id
    else left(${sql(alias)}.division_code, ${childLength ?? 0}) end)`

  const live = await sql`
    select ${rowKey('h')} as key,
      count(*)::int as held,
      count(*) filter (where ${pastDue(sql)})::int as overdue,
      count(*) filter (where c.warning = 'yellow')::int as yellow,
      count(*) filter (where c.warning = 'red')::int as red,
      count(*) filter (where c.return_count > 0)::int as returned,
      count(*) filter (where jsonb_path_exists(c.snapshot, '$.context.chain[*] ? (@.extensionDays > 0)'))::int as extended
    from cases c join units h on h.id = c.current_unit_id
    where c.current_unit_id is not null and h.division_code like ${prefix + '%'} and ${visibleTo(sql, user)}
    group by 1`

  const states = await sql`
    select c.state, count(*)::int as n, count(*) filter (where c.supervision_count > 0)::int as supervised
    from cases c join units h on h.id = c.current_unit_id
    where c.current_unit_id is not null and h.division_code like ${prefix + '%'} and ${visibleTo(sql, user)}
    group by c.state`

  // the case's place: a child division's row, or the own unit's for a place at this division (or unknown)
  const placeKey = childLength === null ? sql`${'u' + rootId}` : sql`(case when c.division_code is null or length(c.division_code) < ${childLength}
    or c.division_code = ${rootCode} then ${'u' + rootId} else left(c.division_code, ${childLength}) end)`
  const rated = await sql`
    with placed as (
      select ${placeKey} as key, c.dispatched_at, c.signed_in_time, c.resolved, c.rating
      from cases c
      where (c.division_code like ${prefix + '%'} or (c.division_code is null and c.root_unit_id = ${rootId}))
        and (c.received_at at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date
        and c.type <> 'proactive' -- 主动治理 tasks are counted apart, never in the three rates
        and ${visibleTo(sql, user)}
    )
    select key,
      count(*)::int as cases,
      count(*) filter (where dispatched_at is not null)::int as dispatched,
      count(*) filter (where signed_in_time)::int as signed_in_time,
      count(*) filter (where resolved is not null)::int as replied,
      count(*) filter (where resolved)::int as resolved,
      count(*) filter (where rating is not null)::int as evaluated,
      count(*) filter (where rating in ('satisfied', 'basic'))::int as satisfied
    from placed group by grouping sets ((key), ())`

  // 主动治理 (issue 23): the tasks opened in the period in the area, and how many of them are resolved, apart from the rates
  const [proactiveRow] = await sql`
    select count(*)::int as opened, count(*) filter (where c.resolved)::int as resolved
    from cases c
    where c.type = 'proactive' and (c.division_code like ${prefix + '%'} or (c.division_code is null and c.root_unit_id = ${rootId}))
      and (c.received_at at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date
      and ${visibleTo(sql, user)}`
  // 协办: each row's assisting units on their own parts (src/cohandling/board.ts)
  const partsBy = await partFiguresByRow(sql, user, { rowKey, prefix, from, to })
  const directAnswer = await boardDirectAnswer(sql, user, { prefix, rootUnitId: rootId }, from, to)
  const liveBy = new Map(live.map((r) => [r.key as string, r]))
  const periodBy = new Map(rated.map((r) => [(r.key as string | null) ?? '*', r]))
  const periodOf = (r: Record<string, unknown> | undefined): PeriodCounts => (r ? {
    cases: Number(r.cases), dispatched: Number(r.dispatched), signedInTime: Number(r.signed_in_time), replied: Number(r.replied),
    resolved: Number(r.resolved), evaluated: Number(r.evaluated), satisfied: Number(r.satisfied),
  } : emptyPeriod())
  const n = (r: Record<string, unknown> | undefined, k: string) => Number(r?.[k] ?? 0)

  const rows: BoardRow[] = units.map((u) => {
    const key = u.division_code === rootCode ? `u${u.id}` : (u.division_code as string)
    const l = liveBy.get(key)
    const p = periodOf(periodBy.get(key))
    return {
      unitId: Number(u.id), name: u.name, divisionCode: u.division_code, divisionName: u.division_name, level: u.level as Level,
      self: Number(u.id) === rootId,
      held: n(l, 'held'), overdue: n(l, 'overdue'), yellow: n(l, 'yellow'), red: n(l, 'red'), returned: n(l, 'returned'), extended: n(l, 'extended'),
      period: p, rates: ratesOf(p), parts: partsBy.get(key) ?? emptyPartFigures(),
    }
  })
  const sum = (k: 'held' | 'overdue' | 'yellow' | 'red' | 'returned' | 'extended') => live.reduce((a, r) => a + Number(r[k]), 0)
  const totalPeriod = periodOf(periodBy.get('*'))
  return {
    unit: { id: rootId, name: rootUnit.name, divisionCode: rootCode, level },
    from, to,
    total: {
      held: sum('held'), overdue: sum('overdue'), yellow: sum('yellow'), red: sum('red'), returned: sum('returned'), extended: sum('extended'),
      period: totalPeriod, rates: ratesOf(totalPeriod), parts: sumPartFigures(partsBy.values()),
    },
    byState: Object.fromEntries(states.map((r) => [r.state as string, Number(r.n)])),
    supervised: states.reduce((a, r) => a + Number(r.supervised), 0),
    units: rows,
    directAnswer,
    proactive: { opened: Number(proactiveRow.opened), resolved: Number(proactiveRow.resolved) },
  }
}
