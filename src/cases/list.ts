// 工作台列表: the case lists of GET /api/cases (my queue, my unit's, overdue, supervised, all I may see), shared by
// the route and bench/queue.ts so that the bench measures the query the officers get.
import type postgres from 'postgres'
import type { Sql } from 'postgres'
import { stateLabels } from './machine.js'
import { notRecused, visibleTo } from './access.js'
import { casesWithNewMaterial } from './material-read.js'
import type { StaffUser } from '../users/service.js'

export const QUEUES = ['mine', 'unit', 'overdue', 'warning', 'supervised', 'all'] as const
export type Queue = (typeof QUEUES)[number]

/** 筛选: what every list may be narrowed by (kept in the console's URL); dates are China's days (YYYY-MM-DD). */
export interface CaseListFilters {
  channels?: string[]; categories?: string[]; types?: string[]; warnings?: string[]
  /** the unit holding the case now (当前承办单位) */
  unitId?: number
  /** received on or after this day, on or before that one */
  from?: string; to?: string
}

export interface CaseListQuery extends CaseListFilters { queue?: Queue; states?: string[]; q?: string; page?: number; pageSize?: number }

/** The list's filters as SQL conditions on `cases c` (every column they read is in overdueCases' too). */
export function filterConditions(sql: Sql, f: CaseListFilters) {
  const out = []
  if (f.channels?.length) out.push(sql`c.channel::text = any(${f.channels})`)
  if (f.categories?.length) out.push(sql`c.category = any(${f.categories})`)
  if (f.types?.length) out.push(sql`c.type::text = any(${f.types})`)
  if (f.warnings?.length) out.push(sql`c.warning::text = any(${f.warnings})`)
  if (f.unitId) out.push(sql`c.current_unit_id = ${f.unitId}`)
  if (f.from) out.push(sql`c.received_at >= (${f.from}::date)::timestamp at time zone 'Asia/Shanghai'`)
  if (f.to) out.push(sql`c.received_at < (${f.to}::date + 1)::timestamp at time zone 'Asia/Shanghai'`)
  return out
}

/**
 * Beyond this many cases from the start of the page asked for, the total is not counted exactly: counting a
 * county's hundred thousand cases costs far more than the page itself, and no one pages that far. The answer then
 * says `totalExact: false` and `total` is a lower bound ("1,000+"). At least the largest pageSize, so that a full
 * page is always inside it.
 */
export const COUNT_CAP = 1000

function where(sql: Sql, user: StaffUser, query: CaseListQuery, walk = false) {
  const { queue = 'all', states, q } = query
  // The unit queue holds only cases with the user's unit in their chain, which visibleTo admits anyway, so only
  // recusal is checked: the division half of visibleTo would let the planner fetch the unit's whole division
  // from a bitmap (BitmapOr) instead of walking the deadline order (below).
  const filters = [queue === 'unit' ? notRecused(sql, user) : visibleTo(sql, user)]
  if (queue === 'mine') filters.push(sql`c.current_unit_id = ${user.unit.id}`)
  // A unit in the chain of thousands of cases (a township, a county) finds its page sooner by walking
  // cases_list_idx in deadline order and checking the chain in each entry (`= any`, which the GIN index cannot
  // answer) than by fetching all its cases from the GIN index and sorting them. A list of a few hundred (see
  // pageQuery's `few`), and every count, still come from the GIN index.
  if (queue === 'unit') {
    filters.push(walk
      ? sql`${user.unit.id}::bigint = any(c.chain_unit_ids)`
      : sql`c.chain_unit_ids @> array[${user.unit.id}]::bigint[]`)
  }
  // walking the deadline order, the red and overdue cases come first and each entry of cases_list_idx holds all it
  // takes to tell; otherwise they are picked from the red indexes (overdueCases)
  // (as a filter only: offered the rule's two halves, the planner fetched every overdue case of the city from the
  // red and deadline indexes and sorted them — 9,000 rows, 32 ms for a county at ten years — instead of walking)
  if (queue === 'overdue' && walk) filters.push(sql`c.closed_at is null and coalesce(${pastDue(sql)}, false)`)
  if (queue === 'supervised') filters.push(sql`c.supervision_count > 0`)
  // 超期预警: yellow as well as red and past due, open cases only
  if (queue === 'warning') filters.push(sql`c.closed_at is null and (c.warning <> 'none' or ${pastDue(sql)})`)
  if (states?.length) filters.push(sql`c.state = any(${states})`)
  filters.push(...filterConditions(sql, query))
  if (q) filters.push(sql`(k.case_number = ${q.toUpperCase()} or k.title ilike ${'%' + q + '%'} or k.content ilike ${'%' + q + '%'})`)
  const conditions = filters.reduce((acc, f) => sql`${acc} and ${f}`)
  const cases = queue === 'overdue' && !walk ? overdueCases(sql) : sql`cases c`
  // the complaint is read only to search its text; otherwise the cases alone (and cases_list_idx alone) answer
  return { from: q ? sql`${cases} join complaints k on k.id = c.id` : cases, conditions }
}

/** 超期: a case red or past its link deadline — the overdue list's rule and the supervisors' board's (src/stats/board.ts). */
export function pastDue(sql: Sql, alias = 'c') {
  const c = sql(alias)
  return sql`(${c}.warning = 'red' or ${c}.link_due_at < now())`
}

/**
 * 超期, as counted and as read whole: open cases past their link deadline or red (the rule of the supervisors' board,
 * src/stats/board.ts). The deadline worker turns a case red within a minute of its deadline; until it does, the
 * case's next check is due, since deriveColumns never schedules a case's next check after its link deadline while
 * the case is not red (test/case-rules.test.ts holds every case to that). So the list is the red open cases
 * (cases_red_* indexes, migration 0013) and the worker's backlog (cases_next_check_idx): PostgreSQL pushes the
 * caller's conditions into both branches, where the jurisdiction picks its entries from the red indexes. Filtering
 * every open case for red read a county's ~10,000 of them for its ~5,000 overdue. Only the columns `where` reads
 * are taken: a whole row would carry its snapshot along.
 */
function overdueCases(sql: Sql) {
  const columns = sql`id, link_due_at, division_code, recuse_unit_id, chain_unit_ids, current_unit_id, state, supervision_count,
                      channel, category, type, warning, received_at, closed_at`
  return sql`(
    select ${columns} from cases where closed_at is null and warning = 'red'
    union all
    select ${columns} from cases where closed_at is null and warning <> 'red' and next_check_at <= now() and link_due_at < now()
  ) c`
}

const bounds = (query: CaseListQuery) => {
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 20
  return { page, pageSize, offset: (page - 1) * pageSize }
}

/**
 * Which cases of a list a query reads: those with a link deadline (the open ones), most urgent first, or those
 * without (closed), in id order after them — together the list's order, `link_due_at asc nulls last, id`.
 * Unsplit (undefined) reads both at once.
 */
export type ListPart = 'due' | 'nodue' | undefined
const partCondition = (sql: Sql, part: ListPart) =>
  part === 'due' ? sql` and c.link_due_at is not null` : part === 'nodue' ? sql` and c.link_due_at is null` : sql``

/**
 * One page, most urgent first (closed cases, which have no link deadline, last). The page's ids are found first
 * — from cases_list_idx alone when the user sees a large part of the city — and only those 20 rows are joined.
 * `part` reads one part of the list (ListPart), with its own `limit` and `offset` when given.
 */
export function pageQuery(sql: Sql, user: StaffUser, query: CaseListQuery, opts: { few: boolean; part?: ListPart; limit?: number; offset?: number }) {
  const { from, conditions } = where(sql, user, query, !opts.few)
  const bounded = bounds(query)
  const pageSize = opts.limit ?? bounded.pageSize
  const offset = opts.offset ?? bounded.offset
  // A list of a few hundred cases (a village's, a small township's) is read whole and sorted (~600 pages), which
  // beats walking the whole city's deadline order in cases_list_idx (~35,000 entries) — what the planner, costing
  // cached pages as if read from disk, would otherwise choose. An expression of the deadline cannot be read in
  // index order.
  const due = opts.few ? sql`c.link_due_at + interval '0 s'` : sql`c.link_due_at`
  return sql`
    select c.id, k.case_number, k.title, c.channel, c.type, c.state, c.warning, c.category, c.received_at, c.link_due_at, c.overall_due_at,
           c.current_unit_id, u.name as current_unit, k.anonymous, k.identity_masked, k.extra->'raisedBy'->>'unitName' as raised_by, c.division_code, c.return_count, c.supervision_count
    from (select c.id from ${from} where ${conditions}${partCondition(sql, opts.part)} order by ${due} asc nulls last, c.id limit ${pageSize} offset ${offset}) p
    join cases c on c.id = p.id join complaints k on k.id = c.id left join units u on u.id = c.current_unit_id
    order by c.link_due_at asc nulls last, c.id`
}

/** The count stops here: COUNT_CAP past the start of the page asked for. */
const countCap = (query: CaseListQuery) => bounds(query).offset + COUNT_CAP

/**
 * Whether a list's page is read whole and sorted (pageQuery's `few`): a village's always; a township's or county's
 * when its count (taken first) found at most COUNT_CAP cases.
 */
export function readWhole(user: StaffUser, query: CaseListQuery, counted?: number): boolean {
  return user.unit.level === 'village' || (counted !== undefined && counted <= countCap(query))
}

/** How many cases the list (or one part of it) holds, counted up to `limit` (COUNT_CAP past the start of the page asked for) + 1. */
export function countQuery(sql: Sql, user: StaffUser, query: CaseListQuery, part?: ListPart, limit = countCap(query)) {
  const { from, conditions } = where(sql, user, query)
  return sql`select count(*)::int as n from (select 1 from ${from} where ${conditions}${partCondition(sql, part)} limit ${limit + 1}) s`
}

/** The total when the page tells it — a short page is the end of the list — else null: it has to be counted. */
export function totalFromPage(query: CaseListQuery, rowsOnPage: number): number | null {
  const { page, pageSize, offset } = bounds(query)
  return rowsOnPage < pageSize && (rowsOnPage > 0 || page === 1) ? offset + rowsOnPage : null
}

/**
 * Sends a list query unprepared, so PostgreSQL plans it for its own values each time. A prepared statement is
 * planned generically after five runs, for any unit and any division prefix, and the plan that suits a county's
 * hundred thousand cases is the wrong one for a village's few hundred (postgres.js prepares every tagged query
 * unless its options say otherwise; `simple()` sets the same option).
 */
function planEachTime<T>(q: T): T {
  (q as unknown as { options: { prepare?: boolean } }).options.prepare = false
  return q
}

type Send = (make: () => postgres.PendingQuery<postgres.Row[]>) => Promise<postgres.Row[]>

/**
 * The queries of one list, in the order listCases sends them (bench/queue.ts times each inside PostgreSQL), and
 * the page and count they give. Ten years into a centre nearly every case is closed, and a unit's page, most urgent
 * first, is its open cases: the cases with a link deadline are counted and read first (the partial indexes of
 * migration 0038 hold only them), those without only when the page reaches past them or the count is below its cap.
 * Reading a village's ten years whole for its first page took 23 ms at 10,000,000 cases (bench: 6,000 rows).
 */
export async function listRows(sql: Sql, user: StaffUser, query: CaseListQuery, send: Send): Promise<{ rows: postgres.Row[]; counted: number }> {
  const { pageSize, offset } = bounds(query)
  const cap = countCap(query)
  // A list of at most COUNT_CAP open cases is read whole and sorted (a village's always), a longer one found in
  // deadline order (pageQuery). A small township (a few hundred cases) walked the deadline order of the whole city
  // for its page (bench: 19 ms, 28,700 pages, where its 606 cases take 606).
  // The overdue list is open cases only, found from the red indexes (overdueCases): read in one part. Offered the
  // deadline part's condition, the planner ANDed a county's red cases with every open case of the city (partial index
  // of migration 0038: 180,000 entries, 48 ms).
  const part: ListPart = query.queue === 'overdue' ? undefined : 'due'
  let due: number
  let rows: postgres.Row[]
  if (readWhole(user, query)) {
    // a village's: read whole whatever its count, which a short page tells
    rows = await send(() => pageQuery(sql, user, query, { few: true, part }))
    due = totalFromPage(query, rows.length) ?? (await send(() => countQuery(sql, user, query, part)))[0].n
  } else {
    due = (await send(() => countQuery(sql, user, query, part)))[0].n
    rows = await send(() => pageQuery(sql, user, query, { few: readWhole(user, query, due), part }))
  }
  let counted = due
  if (part && due <= cap) {
    const rest = (await send(() => countQuery(sql, user, query, 'nodue', cap - due)))[0].n as number
    counted += rest
    if (rows.length < pageSize && rest > 0) {
      // a village's closed cases are few among the city's: read whole; a township's or county's walked in id order
      const more = await send(() => pageQuery(sql, user, query, { few: user.unit.level === 'village', part: 'nodue', limit: pageSize - rows.length, offset: Math.max(0, offset - due) }))
      rows = rows.concat(more)
    }
  }
  return { rows, counted }
}

export async function listCases(sql: Sql, user: StaffUser, query: CaseListQuery) {
  const { page, pageSize } = bounds(query)
  const cap = countCap(query)
  const { rows, counted } = await listRows(sql, user, query, (make) => planEachTime(make()))
  const withNew = await casesWithNewMaterial(sql, user.unit.id, rows.map((r) => Number(r.id)))
  return {
    total: Math.min(counted, cap), totalExact: counted <= cap, page, pageSize,
    items: rows.map((r) => ({
      id: Number(r.id), caseNumber: r.case_number, title: r.title, channel: r.channel, type: r.type, category: r.category,
      state: r.state, stateLabel: stateLabels[r.state as keyof typeof stateLabels], warning: r.warning,
      receivedAt: r.received_at, linkDueAt: r.link_due_at, overallDueAt: r.overall_due_at,
      currentUnit: r.current_unit_id ? { id: Number(r.current_unit_id), name: r.current_unit } : null,
      // 主动治理: no citizen, the unit that raised the task (never 匿名)
      complainant: r.type === 'proactive' ? { anonymous: false, raisedBy: r.raised_by ?? '' } : r.anonymous ? { anonymous: true } : { anonymous: false, ...r.identity_masked },
      divisionCode: r.division_code, returns: r.return_count, supervisions: r.supervision_count,
      // 新补充材料: the complainant added something no one of the user's unit has read yet
      newMaterial: withNew.has(Number(r.id)),
    })),
  }
}

/**
 * 导出: every case of a list (the same conditions as its pages, so the same scope), most urgent first, with what the
 * list shows — contact data only as the list masks it (identity_masked) — for src/export/cases.ts to read by cursor.
 */
export function exportQuery(sql: Sql, user: StaffUser, query: CaseListQuery) {
  const { from, conditions } = where(sql, user, query)
  return planEachTime(sql`
    select c.id, k.case_number, k.title, c.channel, c.type, c.category, c.state, c.warning, c.received_at, c.link_due_at, c.overall_due_at,
           u.name as current_unit, k.anonymous, k.identity_masked, k.extra->'raisedBy'->>'unitName' as raised_by, c.division_code, c.return_count, c.supervision_count
    from (select c.id from ${from} where ${conditions}) p
    join cases c on c.id = p.id join complaints k on k.id = c.id left join units u on u.id = c.current_unit_id
    order by c.link_due_at asc nulls last, c.id`)
}

/** How many cases the list holds, counted up to `limit` + 1 (enough to tell an export that runs as a job, src/export/jobs.ts). */
export async function countUpTo(sql: Sql, user: StaffUser, query: CaseListQuery, limit: number): Promise<number> {
  const { from, conditions } = where(sql, user, query)
  const [r] = await planEachTime(sql`select count(*)::int as n from (select 1 from ${from} where ${conditions} limit ${limit + 1}) s`)
  return r.n as number
}
