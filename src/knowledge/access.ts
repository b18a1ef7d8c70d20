// Who may see and do what with an article, in one place (as src/cases/access.ts is for cases): a published article is
// read by all staff; a draft or one in review only by its owner unit and the admins above it; drafts are written by
// the owner unit's staff (inspectors watch, they do not write); the owner unit's supervisor reviews; admins may do
// everything within their subtree.
import type { Sql, TransactionSql } from 'postgres'
import { divisionPrefix, inSubtree } from '../auth/jurisdiction.js'
import type { StaffUser } from '../users/service.js'

type Reader = Sql | TransactionSql
type User = Pick<StaffUser, 'role' | 'unit'>

/** What the rules read of an article. */
export interface ArticleScope { ownerUnitId: number; ownerDivisionCode: string; publishedVersion: number | null }

const adminOver = (user: User, a: ArticleScope) => user.role === 'admin' && inSubtree(a.ownerDivisionCode, user.unit.divisionCode)

/** May read the article's newest version (drafts and reviews included). */
export function canReadDrafts(user: User, a: ArticleScope): boolean {
  return a.ownerUnitId === user.unit.id || adminOver(user, a)
}

/** May read the article at all: its published version, or its drafts as {@link canReadDrafts}. */
export function canRead(user: User, a: ArticleScope): boolean {
  return a.publishedVersion !== null || canReadDrafts(user, a)
}

/** May write a draft of it, and send it for review. */
export function canEdit(user: User, a: ArticleScope): boolean {
  return (a.ownerUnitId === user.unit.id && user.role !== 'inspector') || adminOver(user, a)
}

/** May publish, send back or withdraw it (审核). */
export function canReview(user: User, a: ArticleScope): boolean {
  return (a.ownerUnitId === user.unit.id && user.role === 'supervisor') || adminOver(user, a)
}

/** May start an article owned by `unit`. */
export function canDraftFor(user: User, unit: { id: number; divisionCode: string }): boolean {
  return (unit.id === user.unit.id && user.role !== 'inspector') || (user.role === 'admin' && inSubtree(unit.divisionCode, user.unit.divisionCode))
}

/** The SQL condition of {@link canRead} on knowledge_articles `a` joined with the owner's units row `u`. */
export function readableBy(sql: Reader, user: User) {
  const admin = user.role === 'admin'
  return sql`(a.published_version is not null or a.owner_unit_id = ${user.unit.id}
    or (${admin}::boolean and u.division_code like ${divisionPrefix(user.unit.divisionCode) + '%'}))`
}
