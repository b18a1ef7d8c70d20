// 审计日志: every event and every reveal, hash-chained per case and keyed: row_hash = HMAC-SHA256(k, prev_hash ‖
// canonical row), k derived from SUQIU_SECRET. A case's event rows also carry the state the event left the case in
// (case_state), so that a change of the cases row no event explains shows (verify.ts); daily anchors (anchors.ts)
// fix every chain's head where the database cannot reach it.
import { createHash, createHmac, hkdfSync } from 'node:crypto'
import type { Sql, TransactionSql } from 'postgres'
import { insertRows } from '../db/rows.js'

export interface AuditEntry {
  actorUserId: number | null
  actorKind: 'staff' | 'citizen' | 'system'
  action: string
  caseId: number | null
  detail: Record<string, unknown>
  /** the case's stored state after this event (events only: applyEvent, intake) */
  caseState?: CaseState | null
}

/**
 * What a case's row says that an audited event must explain: its version and state, the machine snapshot (by its
 * digest), and the derived figures the statistics and accountability read (rating, resolved, signed in time, closed).
 */
export interface CaseState {
  version: number; state: string; snapshot: string; resolved: boolean | null; rating: string | null
  signedInTime: boolean | null; closedAt: string | null
}

/** The columns of `cases` that {@link auditedState} reads (verify.ts selects them). */
export const CASE_STATE_COLUMNS = ['version', 'state', 'snapshot', 'resolved', 'rating', 'signed_in_time', 'closed_at'] as const

export function auditedState(row: { version: number; state: string; snapshot: unknown; resolved: boolean | null; rating: string | null; signed_in_time: boolean | null; closed_at: Date | string | null }): CaseState {
  // the snapshot as the database gives it back (jsonb): JSON, keys in any order
  const snapshot = createHash('sha256').update(canonicalJson(row.snapshot ?? null)).digest('hex')
  const closedAt = row.closed_at === null ? null : new Date(row.closed_at).toISOString()
  return { version: row.version, state: row.state, snapshot, resolved: row.resolved ?? null, rating: row.rating ?? null, signedInTime: row.signed_in_time ?? null, closedAt }
}

const GENESIS = '0'.repeat(64)
/** Advisory lock namespace of the audit chains; held until the transaction ends. audit_chain_head (0008) has it too. */
const AUDIT_LOCK = 0x5355_5149 // "SUQI"
/** Rows written before the chain was keyed (migration 0017): unkeyed SHA-256, accepted only before the first anchor. */
export const LEGACY_HASH = 1
export const KEYED_HASH = 2

/** The chain's key, from SUQIU_SECRET (HKDF, as the field keys in src/privacy/crypto.ts, with its own label). */
export function auditKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.from('suqiu/hkdf-salt/v1', 'utf8'), 'suqiu/audit-chain/hmac-sha256/v1', 32))
}

let chainKey: Buffer | null = null
/** Sets the key the rows of this process are hashed with (the case services do, from SUQIU_SECRET). */
export function useAuditKey(secret: string): void {
  chainKey = auditKey(secret)
}
function currentKey(): Buffer {
  if (!chainKey) throw new Error('audit chain key not set: useAuditKey(SUQIU_SECRET) before writing audit rows')
  return chainKey
}

/** Stable JSON: keys sorted at every depth, so the hash does not depend on key order. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonical(value[i])
    return out + ']'
  }
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj).sort()
  let out = '{'
  for (const k of keys) {
    const v = obj[k]
    if (v === undefined) continue
    out += (out.length > 1 ? ',' : '') + JSON.stringify(k) + ':' + canonical(v)
  }
  return out + '}'
}

/**
 * `canonical(JSON.parse(JSON.stringify(value)))` in one pass: the value as JSON would carry it (toJSON, dates as
 * strings, no undefined, function or symbol members), keys sorted. The snapshot's digest, of a snapshot in hand or
 * as the database gives it back, without copying it through JSON text first.
 */
export function canonicalJson(value: unknown): string {
  const out = jsonValue(value)
  return out === undefined ? 'null' : out
}

/** The canonical text of a value as JSON.stringify would see it; undefined where JSON leaves a member out. */
function jsonValue(value: unknown): string | undefined {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') value = (value as { toJSON(): unknown }).toJSON()
  switch (typeof value) {
    case 'string': return JSON.stringify(value)
    case 'number': return Number.isFinite(value) ? JSON.stringify(value) : 'null'
    case 'boolean': return value ? 'true' : 'false'
    case 'bigint': return JSON.stringify(value) // throws, as JSON.stringify does
    case 'undefined': case 'function': case 'symbol': return undefined
  }
  if (value === null) return 'null'
  if (value instanceof Number || value instanceof String || value instanceof Boolean) return jsonValue(value.valueOf())
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + (jsonValue(value[i]) ?? 'null')
    return out + ']'
  }
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj).sort()
  let out = '{'
  for (const k of keys) {
    const v = jsonValue(obj[k])
    if (v === undefined) continue
    out += (out.length > 1 ? ',' : '') + JSON.stringify(k) + ':' + v
  }
  return out + '}'
}

export interface HashedFields { id: number; at: string; actorUserId: number | null; actorKind: string; action: string; caseId: number | null; detail: unknown; caseState?: CaseState | null }

/** The legacy (version 1) hash: unkeyed, without the case's state. */
export function rowHash(prevHash: string, row: HashedFields): string {
  return createHash('sha256').update(prevHash).update(canonical({
    id: row.id, at: row.at, actorUserId: row.actorUserId, actorKind: row.actorKind, action: row.action, caseId: row.caseId, detail: row.detail,
  })).digest('hex')
}

/** The keyed (version 2) hash: HMAC over the link, the row and the case state it records. */
export function keyedRowHash(key: Buffer, prevHash: string, row: HashedFields): string {
  return createHmac('sha256', key).update(prevHash).update(canonical({
    v: KEYED_HASH, id: row.id, at: row.at, actorUserId: row.actorUserId, actorKind: row.actorKind, action: row.action, caseId: row.caseId,
    detail: row.detail, caseState: row.caseState ?? null,
  })).digest('hex')
}

/** Where the next row of a chain goes: the id it gets and the hash it links to. */
export interface AuditHead { id: number; prevHash: string }

/**
 * Takes the chain's lock and reads its head, with a fresh id, in one statement (the database function
 * audit_chain_head, migration 0008): the lock is taken first and the head read after it is held, so it is the
 * chain's last committed row. Each case has its own chain, so writers of different cases never wait for each
 * other; rows without a case form one more chain. The lock (transaction-scoped) serializes a chain's writers
 * until commit.
 */
export async function lockAuditChain(tx: TransactionSql, caseId: number | null): Promise<AuditHead> {
  const [head] = await tx<{ prev: string | null; id: string }[]>`select prev, id from audit_chain_head(${caseId}::bigint)`
  return auditHead(head)
}

/** The head as audit_chain_head (or cases_for_events, as audit_prev and audit_id) returns it. */
export function auditHead(row: { prev: string | null; id: string | number }): AuditHead {
  return { id: Number(row.id), prevHash: row.prev ?? GENESIS }
}

/**
 * The head of the chain of a case created in this transaction: it has no row yet. `id` comes from
 * `nextval('audit_log_id_seq')`; the caller takes the chain's lock with {@link lockChains}.
 */
export function newChainHead(id: number): AuditHead {
  return { id, prevHash: GENESIS }
}

/** The locks of new cases' chains, a statement not yet sent (a SELECT, so it may end a WITH). */
export function lockChains(tx: TransactionSql, caseIds: number[]) {
  return tx`select pg_advisory_xact_lock(${AUDIT_LOCK}, id::integer) from unnest(${caseIds}::bigint[]) as id`
}

/** The row `entry` becomes after `head`, hashed: what audit_log stores. */
export interface AuditRow {
  id: number; created_at: string; actor_user_id: number | null; actor_kind: string; action: string; case_id: number | null
  detail: Record<string, unknown>; case_state: CaseState | null; hash_version: number; prev_hash: string; row_hash: string
}

export function auditRow(head: AuditHead, entry: AuditEntry, at: Date = new Date()): AuditRow {
  // millisecond precision: what a JavaScript Date carries through the driver and back
  const row = { id: head.id, at: at.toISOString(), ...entry, caseState: entry.caseState ?? null }
  return {
    id: row.id, created_at: row.at, actor_user_id: entry.actorUserId, actor_kind: entry.actorKind, action: entry.action, case_id: entry.caseId,
    detail: entry.detail, case_state: row.caseState, hash_version: KEYED_HASH, prev_hash: head.prevHash, row_hash: keyedRowHash(currentKey(), head.prevHash, row),
  }
}

/** The INSERT of hashed rows (ids drawn beforehand), not yet sent: the caller may send it with other statements. */
export function insertAuditRows(tx: TransactionSql, rows: AuditRow[]) {
  return insertRows(tx, 'audit_log', rows, { overridingSystemValue: true })
}

/** Appends entries inside the caller's transaction, two round trips each. */
export async function appendAudit(tx: TransactionSql, entries: AuditEntry[]): Promise<void> {
  for (const e of entries) await insertAuditRows(tx, [auditRow(await lockAuditChain(tx, e.caseId), e)])
}

/**
 * Seals the chains written before the chain was keyed (migration 0017): each chain whose last row is unkeyed gets one
 * keyed row, `audit.sealed`, linking to that row and — for a case — recording the case's state as it is now. From
 * then on a legacy row cannot change without breaking the keyed row after it, and a chain that has no keyed row at
 * all is a break (verify.ts). Run at every start (the audit plugin); nothing to do after the first.
 */
export async function sealLegacyChains(sql: Sql): Promise<number> {
  // the chains with an unkeyed row (a partial index holds just those) whose last row is unkeyed
  const open = await sql<{ case_id: string | null }[]>`
    select l.case_id from (select distinct case_id from audit_log where hash_version = 1) l
    where coalesce(
      (select b.hash_version from audit_log b where b.case_id = l.case_id order by b.id desc limit 1),
      (select b.hash_version from audit_log b where l.case_id is null and b.case_id is null order by b.id desc limit 1)) = ${LEGACY_HASH}`
  let sealed = 0
  for (let i = 0; i < open.length; i += 200) {
    await sql.begin(async (tx) => {
      for (const { case_id } of open.slice(i, i + 200)) {
        const caseId = case_id === null ? null : Number(case_id)
        const head = await lockAuditChain(tx, caseId)
        const [last] = caseId === null
          ? await tx`select hash_version from audit_log where case_id is null order by id desc limit 1`
          : await tx`select hash_version from audit_log where case_id = ${caseId} order by id desc limit 1`
        if (!last || Number(last.hash_version) !== LEGACY_HASH) continue // another process sealed it meanwhile
        const [c] = caseId === null ? [] : await tx`select version, state, snapshot, resolved, rating, signed_in_time, closed_at from cases where id = ${caseId}`
        await insertAuditRows(tx, [auditRow(head, {
          actorUserId: null, actorKind: 'system', action: 'audit.sealed', caseId, detail: { legacyHead: head.prevHash },
          caseState: c ? auditedState(c as never) : null,
        })])
        sealed++
      }
    })
  }
  return sealed
}
