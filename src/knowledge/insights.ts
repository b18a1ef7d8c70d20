// What the knowledge base learns from the calls: the 知识缺口 list (consultations that had to be dispatched, and calls
// marked 知识库无答案, grouped by similar content) and the 直接答复率 (calls answered on the call / calls logged).
import type { Sql } from 'postgres'
import { visibleTo, type ScopedUser } from '../cases/access.js'
import { words } from './segment.js'

export interface GapGroup { size: number; words: string[]; cases: { id: number; caseNumber: string; title: string; receivedAt: string; noAnswerMark: boolean }[] }

/** Word-set similarity at which two questions are taken to ask the same thing. */
const SAME_QUESTION = 0.3
const MAX_CASES = 2000

/**
 * 知识缺口: consultations (咨询) received in [from, to) that were dispatched rather than answered, and cases an
 * operator marked 知识库无答案, within the user's scope, grouped greedily by the overlap of their words, largest first.
 */
export async function knowledgeGaps(sql: Sql, user: ScopedUser, from: Date, to: Date): Promise<GapGroup[]> {
  const rows = await sql<{ id: string; case_number: string; title: string; content: string; received_at: Date; marked: boolean }[]>`
    select c.id, k.case_number, k.title, k.content, c.received_at,
      exists (select 1 from knowledge_uses u where u.case_id = c.id and u.kind = 'no_answer') as marked
    from cases c join complaints k on k.id = c.id
    where c.received_at >= ${from} and c.received_at < ${to} and k.type <> 'report'
      and ((k.type = 'consultation' and c.dispatched_at is not null)
        or exists (select 1 from knowledge_uses u where u.case_id = c.id and u.kind = 'no_answer'))
      and ${visibleTo(sql, user)}
    order by c.received_at desc limit ${MAX_CASES}`
  const items = rows.map((r) => ({ row: r, words: new Set(words(`${r.title} ${r.content}`).filter((w) => w.length > 1)) }))
  const groups: { words: Map<string, number>; members: typeof items }[] = []
  for (const item of items) {
    let best: (typeof groups)[number] | null = null, bestSim = 0
    for (const g of groups) {
      const lead = g.members[0]!.words
      let common = 0
      for (const w of item.words) if (lead.has(w)) common++
      const sim = common / Math.max(1, new Set([...lead, ...item.words]).size)
      if (sim > bestSim) { bestSim = sim; best = g }
    }
    if (best && bestSim >= SAME_QUESTION) best.members.push(item)
    else { best = { words: new Map(), members: [item] }; groups.push(best) }
    for (const w of item.words) best.words.set(w, (best.words.get(w) ?? 0) + 1)
  }
  return groups.sort((a, b) => b.members.length - a.members.length).map((g) => ({
    size: g.members.length,
    words: [...g.words].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([w]) => w),
    cases: g.members.slice(0, 20).map(({ row }) => ({
      id: Number(row.id), caseNumber: row.case_number, title: row.title, receivedAt: row.received_at.toISOString(), noAnswerMark: row.marked,
    })),
  }))
}

export type RateGroup = 'month' | 'day' | 'operator' | 'category'
/** The board's area: cases placed in a division subtree (by its code prefix), or placed nowhere and registered at its unit. */
export interface RatePlace { prefix: string; rootUnitId: number }
export interface RateRow { key: string; label: string; calls: number; answered: number; rate: number | null }

/**
 * 直接答复率: of the calls logged on the two phone lines in [from, to), the share answered on the call (ANSWER), by
 * period, by the operator who logged them, or by category. `user` scopes it to what they may see; null is the
 * city-wide public figure (the caller then hides small counts and never groups by operator).
 */
export async function directAnswerRate(sql: Sql, user: ScopedUser | null, from: Date, to: Date, groupBy: RateGroup, place?: RatePlace): Promise<RateRow[]> {
  const key = groupBy === 'month' ? sql`to_char(c.received_at at time zone 'Asia/Shanghai', 'YYYY-MM')`
    : groupBy === 'day' ? sql`to_char(c.received_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`
    : groupBy === 'operator' ? sql`coalesce(k.created_by::text, '')`
    : sql`coalesce(c.category, '')`
  const label = groupBy === 'operator' ? sql`coalesce(max(us.display_name), '')` : groupBy === 'category' ? sql`coalesce(max(r.label), '')` : sql`''`
  const rows = await sql<{ key: string; label: string; calls: number; answered: number }[]>`
    select ${key} as key, ${label} as label, count(*)::int as calls,
      count(*) filter (where exists (select 1 from case_events e where e.case_id = c.id and e.type = 'ANSWER'))::int as answered
    from cases c join complaints k on k.id = c.id
    left join users us on us.id = k.created_by
    left join routing_rules r on r.category = c.category
    where c.received_at >= ${from} and c.received_at < ${to} and k.channel in ('hotline', 'phone') and k.type <> 'report'
      ${user ? sql`and ${visibleTo(sql, user)}` : sql`and c.state <> 'intake'`}
      ${place ? sql`and (c.division_code like ${place.prefix + '%'} or (c.division_code is null and c.root_unit_id = ${place.rootUnitId}))` : sql``}
    group by 1 order by 1`
  return rows.map((r) => ({ key: r.key, label: r.label || r.key, calls: r.calls, answered: r.answered, rate: r.calls ? r.answered / r.calls : null }))
}

export interface DirectAnswerFigures {
  total: { calls: number; answered: number; rate: number | null }
  /** `day` for a period of up to 31 days, else `month` */
  periodUnit: 'day' | 'month'
  byPeriod: RateRow[]
  /** one row per operator, most calls first, named 话务员1, 话务员2 …: the board names no staff (its rows are units) */
  byOperator: RateRow[]
  byCategory: RateRow[]
}

const boardRate = (answered: number, calls: number) => (calls > 0 ? Math.round((answered / calls) * 10_000) / 10_000 : null)

/**
 * 直接答复率 on the supervision board (src/stats/board.ts): the board's area and period (Beijing days, both inclusive),
 * scoped by `visibleTo` as every board figure is; by period, by operator (unnamed) and by category.
 */
export async function boardDirectAnswer(sql: Sql, user: ScopedUser, place: RatePlace, fromDay: string, toDay: string): Promise<DirectAnswerFigures> {
  const from = new Date(`${fromDay}T00:00:00+08:00`)
  const to = new Date(`${toDay}T00:00:00+08:00`)
  to.setUTCDate(to.getUTCDate() + 1)
  const periodUnit = to.getTime() - from.getTime() <= 31 * 86400_000 ? 'day' : 'month'
  const [byPeriod, operators, categories] = await Promise.all(
    ([periodUnit, 'operator', 'category'] as const).map((g) => directAnswerRate(sql, user, from, to, g, place)))
  const rounded = (r: RateRow): RateRow => ({ ...r, rate: boardRate(r.answered, r.calls) })
  const busiest = (a: RateRow, b: RateRow) => b.calls - a.calls || b.answered - a.answered || a.key.localeCompare(b.key)
  const calls = byPeriod!.reduce((n, r) => n + r.calls, 0)
  const answered = byPeriod!.reduce((n, r) => n + r.answered, 0)
  return {
    total: { calls, answered, rate: boardRate(answered, calls) },
    periodUnit,
    byPeriod: byPeriod!.map(rounded),
    byOperator: operators!.sort(busiest).map((r, i) => ({ key: String(i + 1), label: `话务员${i + 1}`, calls: r.calls, answered: r.answered, rate: boardRate(r.answered, r.calls) })),
    byCategory: categories!.sort(busiest).map((r) => ({ ...rounded(r), label: r.key ? r.label : '未分类' })),
  }
}
