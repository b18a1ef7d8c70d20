// 查人: the desk's look-up of a person's earlier cases by phone number, e-mail, ID number or exact name, on the keyed
// hashes the complaints carry (nothing is decrypted to search). Within the searcher's scope (access.ts), reports (举报)
// only for the roles that handle them, anonymous cases never (they keep no hash), and every search audited: who
// searched, for what kind of identifier, from where, how many cases they were shown — the hash, never the value.
import type { Sql, TransactionSql } from 'postgres'
import { appendAudit } from '../audit/log.js'
import { visibleTo, type ScopedUser } from '../cases/access.js'
import { stateLabels } from '../cases/machine.js'
import { errors } from '../http/errors.js'
import { keyedHash } from '../privacy/crypto.js'
import { normalizeEmail, normalizeName, normalizePhone, validateIdNumber } from '../privacy/identity.js'

type Reader = Sql | TransactionSql

export const IDENTIFIER_KINDS = ['phone', 'email', 'idNumber', 'name'] as const
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number]

/** Where a search came from: the call form (typed 来电号码), 诉求查询, the screen pop (弹屏). */
export const LOOKUP_VIAS = ['call', 'search', 'pop'] as const
export type LookupVia = (typeof LOOKUP_VIAS)[number]

/**
 * The roles that handle reports (举报): dispatchers accept them, officers and supervisors handle and review them,
 * inspectors watch them. Operators, clerks and admins find a person's other cases, never their reports.
 */
export const REPORT_ROLES: readonly string[] = ['dispatcher', 'officer', 'supervisor', 'inspector']

export function handlesReports(role: string): boolean {
  return REPORT_ROLES.includes(role)
}

const COLUMN: Record<IdentifierKind, string> = { phone: 'phone_hash', email: 'email_hash', idNumber: 'id_hash', name: 'name_hash' }

/** The keyed hash complaints.name_hash holds for a name (domain-separated from the other identifiers). */
export function nameHash(hashKey: Buffer, name: string): string | null {
  const n = normalizeName(name)
  return n ? keyedHash(hashKey, `name:${n}`) : null
}

/** The keyed hash of a typed identifier, as the complaints carry it; a 400 naming `field` when it is not one. */
export function identifierHash(hashKey: Buffer, kind: IdentifierKind, value: string, field = 'value'): string {
  const invalid = (zh: string, en: string) => errors.validation({ fields: [{ field, message: zh, messageEn: en }] })
  switch (kind) {
    case 'phone': {
      const p = normalizePhone(value)
      if (!p.ok) throw invalid('电话号码格式不正确', 'The phone number is not valid')
      return keyedHash(hashKey, p.e164)
    }
    case 'email': {
      const e = normalizeEmail(value)
      if (!e.ok) throw invalid('电子邮箱格式不正确', 'The e-mail address is not valid')
      return keyedHash(hashKey, e.email)
    }
    case 'idNumber': {
      const id = validateIdNumber(value)
      if (!id.ok) throw invalid('身份证号码格式不正确', 'The ID number is not valid')
      return keyedHash(hashKey, id.value)
    }
    case 'name': {
      const h = nameHash(hashKey, value)
      if (!h || value.trim().length < 2) throw invalid('请输入完整姓名', 'Give the full name')
      return h
    }
  }
}

/** A case of the person found, as the desk shows it. */
export interface PersonCase {
  id: number
  caseNumber: string
  type: string
  channel: string
  state: string
  stateLabel: string
  title: string
  receivedAt: string
  /** the masked name and phone of the complainant (as lists show them) */
  complainantMasked: { name: string | null; phone: string | null }
  /** the reply the complainant was given (shortened), if any */
  result: string | null
  rating: string | null
  open: boolean
}

export interface PersonLookup {
  kind: IdentifierKind
  items: PersonCase[]
  /** the newest case still open: what 补充到在办诉求 adds to */
  openCase: PersonCase | null
}

/** A case in one of these states is no longer open. */
export const FINAL_STATES: readonly string[] = ['closed', 'rejected', 'merged', 'withdrawn']

const shorten = (s: string | null, n: number) => (s && s.length > n ? s.slice(0, n) + '…' : s)

export interface Searcher { id: number; role: string; unit: ScopedUser['unit'] }

/**
 * The person's cases the searcher may see, newest first (at most `limit`), without the audit row: callers that
 * search call {@link lookupPerson}; the screen pop audits through {@link auditIdentitySearch} itself.
 */
export async function casesOfPerson(sql: Reader, searcher: Searcher, kind: IdentifierKind, hash: string, limit = 20): Promise<PersonLookup> {
  const column = sql(COLUMN[kind])
  const rows = await sql`
    select k.id, k.case_number, c.type, k.channel, k.title, k.received_at, k.identity_masked, c.state, c.rating,
           coalesce(c.snapshot->'context'->'feedback'->>'text', c.snapshot->'context'->'finalReply'->>'text') as result
    from complaints k join cases c on c.id = k.id
    where k.${column} = ${hash} and not k.anonymous
      and ${visibleTo(sql as Sql, searcher)}
      and (${handlesReports(searcher.role)} or c.type <> 'report')
    order by k.received_at desc, k.id desc
    limit ${limit}`
  const items = rows.map((r): PersonCase => ({
    id: Number(r.id), caseNumber: r.case_number, type: r.type, channel: r.channel, state: r.state,
    stateLabel: stateLabels[r.state as keyof typeof stateLabels] ?? r.state, title: shorten(r.title, 60)!,
    receivedAt: new Date(r.received_at).toISOString(),
    complainantMasked: { name: r.identity_masked?.name ?? null, phone: r.identity_masked?.phone ?? null },
    result: shorten(r.result, 80), rating: r.rating, open: !FINAL_STATES.includes(r.state),
  }))
  return { kind, items, openCase: items.find((i) => i.open) ?? null }
}

/** The audit row of an identity search: who, from which unit and role, what kind, from where, how many shown; the keyed hash as the subject. */
export async function auditIdentitySearch(sql: Reader, searcher: Searcher, search: { kind: IdentifierKind; via: LookupVia; hash: string; found: number }): Promise<void> {
  const entry = {
    actorUserId: searcher.id, actorKind: 'staff' as const, action: 'identity.search', caseId: null,
    detail: { kind: search.kind, via: search.via, subject: search.hash, found: search.found, unitId: searcher.unit.id, role: searcher.role },
  }
  if ('begin' in sql && typeof sql.begin === 'function') await (sql as Sql).begin((tx) => appendAudit(tx, [entry]))
  else await appendAudit(sql as TransactionSql, [entry])
}

/** 查人: a typed identifier's cases within the searcher's scope, audited. */
export async function lookupPerson(sql: Sql, hashKey: Buffer, searcher: Searcher, q: { kind: IdentifierKind; value: string; via: LookupVia; limit?: number }): Promise<PersonLookup> {
  const hash = identifierHash(hashKey, q.kind, q.value)
  const found = await casesOfPerson(sql, searcher, q.kind, hash, q.limit)
  await auditIdentitySearch(sql, searcher, { kind: q.kind, via: q.via, hash, found: found.items.length })
  return found
}
