// 管辖: which cases a staff user may see. Every case query goes through `visibleTo`.
import type { Sql, TransactionSql } from 'postgres'
import { divisionPrefix } from '../auth/jurisdiction.js'
import type { StaffUser } from '../users/service.js'

/**
 * A case is visible to a user whose unit is in its chain, or whose unit's division contains the case's
 * place — unless the user's unit lies in the subtree of a unit the case accuses (回避), which hides it
 * from every list, count and search.
 */
export function visibleTo(sql: Sql | TransactionSql, user: StaffUser, alias = 'c') {
  const c = sql(alias)
  return sql`(
    (${c}.division_code like ${divisionPrefix(user.unit.divisionCode) + '%'} or ${c}.chain_unit_ids @> array[${user.unit.id}]::bigint[])
    and ${notRecused(sql, user, alias)}
  )`
}

/**
 * The recusal half of {@link visibleTo} alone: what is left to check of a case already known to have the user's unit
 * in its chain (the unit queue), for which the jurisdiction half holds anyway.
 */
export function notRecused(sql: Sql | TransactionSql, user: StaffUser, alias = 'c') {
  const c = sql(alias)
  return sql`(${c}.recuse_division_code is null or not starts_with(${user.unit.divisionCode}, ${c}.recuse_division_code))`
}
