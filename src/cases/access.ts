// 管辖与回避: the one rule of who may see a case (DESIGN "Security and privacy", rule 1), in the shape of Discourse's
// Guardian: a SQL condition for every list, count and search (`visibleTo`), and the same rule for one case already
// read (`canSeeCase`), for the websocket fan-out and anything else that holds a case in hand. Nothing checks access
// on its own.
//
// A case is visible to a user whose unit is in its chain, or whose unit's division contains the case's place —
// unless the user's unit is the accused unit (recuse_unit_id) or lies below it in the units tree (回避). The units
// tree (migration 0015, `unit_ancestors`): a default unit's parent is its parent division's default unit, any other
// unit hangs under its own division's default unit, and the city's inspection unit (市纪委监委) is a root of its own,
// so a report against the city centre stays visible to it.
import type { Sql, TransactionSql } from 'postgres'
import { divisionPrefix } from '../auth/jurisdiction.js'
import type { StaffUser } from '../users/service.js'

type Reader = Sql | TransactionSql

/** What the SQL conditions read of a user (a StaffUser is one). */
export type ScopedUser = Pick<StaffUser, 'unit'> | { unit: { id: number; divisionCode: string } }

/** What the rule reads of a case. */
export interface CaseScope {
  /** the case's place (its division code), or the registering centre's division when the place is unknown */
  divisionCode: string | null
  /** the units of its chain, root first */
  chainUnitIds: readonly number[]
  /** the accused unit of a report (回避), if any */
  recuseUnitId: number | null
}

/** What the rule reads of a user: their unit, its division and the unit's ancestors (itself first). */
export interface Viewer {
  unitId: number
  divisionCode: string
  ancestorUnitIds: readonly number[]
}

/**
 * The SQL condition of {@link canSeeCase} on the cases row `alias`: jurisdiction (the user's division subtree, or the
 * user's unit in the chain) and not recused.
 */
export function visibleTo(sql: Reader, user: ScopedUser, alias = 'c') {
  const c = sql(alias)
  return sql`(
    (${c}.division_code like ${divisionPrefix(user.unit.divisionCode) + '%'} or ${c}.chain_unit_ids @> array[${user.unit.id}]::bigint[])
    and ${notRecused(sql, user, alias)}
  )`
}

/**
 * The recusal half of {@link visibleTo} alone: what is left to check of a case already known to have the user's unit
 * in its chain (the unit queue), for which the jurisdiction half holds anyway. The user's ancestors are read once per
 * query (an InitPlan), then each row compares one column with them, as cases_list_idx carries it.
 */
export function notRecused(sql: Reader, user: ScopedUser, alias = 'c') {
  const c = sql(alias)
  return sql`(${c}.recuse_unit_id is null or ${c}.recuse_unit_id <> all((select unit_ancestors(${user.unit.id}::bigint))::bigint[]))`
}

/** Whether the accused unit `recuseUnitId` hides a case from the viewer: their unit is it or lies below it. */
export function isRecused(viewer: Pick<Viewer, 'ancestorUnitIds'>, recuseUnitId: number | null): boolean {
  return recuseUnitId !== null && viewer.ancestorUnitIds.includes(recuseUnitId)
}

/** The rule of {@link visibleTo} for one case in hand. */
export function canSeeCase(viewer: Viewer, scope: CaseScope): boolean {
  if (isRecused(viewer, scope.recuseUnitId)) return false
  const inDivision = scope.divisionCode !== null && scope.divisionCode.startsWith(divisionPrefix(viewer.divisionCode))
  return inDivision || scope.chainUnitIds.includes(viewer.unitId)
}

/** The scope columns of a cases row as read from the database. */
export function caseScopeOf(row: { division_code: string | null; chain_unit_ids: readonly (number | string)[] | null; recuse_unit_id: number | string | null }): CaseScope {
  return {
    divisionCode: row.division_code,
    chainUnitIds: (row.chain_unit_ids ?? []).map(Number),
    recuseUnitId: row.recuse_unit_id === null ? null : Number(row.recuse_unit_id),
  }
}

/** Units never move in the tree (divisions are loaded once), so a unit's ancestors are read once per pool. */
const ancestorCache = new WeakMap<object, Map<number, readonly number[]>>()

/** A unit and its ancestors in the units tree, itself first, nearest next. */
export async function unitAncestors(sql: Reader, unitId: number): Promise<readonly number[]> {
  let cache = ancestorCache.get(sql)
  if (!cache) ancestorCache.set(sql, (cache = new Map()))
  const known = cache.get(unitId)
  if (known) return known
  const [row] = await sql<{ ids: (string | number)[] }[]>`select unit_ancestors(${unitId}::bigint) as ids`
  const ids = (row?.ids ?? []).map(Number)
  if (ids.length) cache.set(unitId, ids)
  return ids
}

/** A staff user as the rule reads them. */
export async function viewerOf(sql: Reader, user: { unit: { id: number; divisionCode: string } }): Promise<Viewer> {
  return { unitId: user.unit.id, divisionCode: user.unit.divisionCode, ancestorUnitIds: await unitAncestors(sql, user.unit.id) }
}

/**
 * The unit a case is received by (受理中心): `rootUnitId`, unless it must recuse itself from a report against
 * `accusedUnitId` (it is that unit or lies below it); then the accused unit's parent, and above the city centre the
 * city's inspection unit (市纪委监委). DESIGN: a report registered at the accused unit moves up by itself.
 */
export async function receivingUnit(sql: Reader, rootUnitId: number, accusedUnitId: number | null | undefined): Promise<number> {
  if (!accusedUnitId) return rootUnitId
  const [row] = await sql<{ id: string | number }[]>`select receiving_unit(${rootUnitId}::bigint, ${accusedUnitId}::bigint) as id`
  return row ? Number(row.id) : rootUnitId
}

/** Of `unitIds`, those the accused unit's subtree holds (回避: they may not handle the case). */
export async function unitsInSubtree(sql: Reader, accusedUnitId: number, unitIds: readonly number[]): Promise<number[]> {
  if (!unitIds.length) return []
  const rows = await sql<{ id: string }[]>`
    select u.id from units u where u.id = any(${unitIds as number[]}::bigint[]) and ${accusedUnitId}::bigint = any(unit_ancestors(u.id))`
  return rows.map((r) => Number(r.id))
}

/** The city's inspection unit (市纪委监委), where reports against the city centre go. */
export async function inspectionUnitOf(sql: Reader, cityCode: string): Promise<number | null> {
  const [row] = await sql<{ id: string }[]>`select id from units where division_code = ${cityCode} and kind = 'inspection' and active order by id limit 1`
  return row ? Number(row.id) : null
}
