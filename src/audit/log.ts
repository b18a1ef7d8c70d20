// 审计日志: every event and every reveal, hash-chained per case (row_hash = sha256(prev_hash ‖ canonical row)).
import { createHash } from 'node:crypto'
import type { Sql, TransactionSql } from 'postgres'
import { insertRows } from '../db/rows.js'

export interface AuditEntry {
  actorUserId: number | null
  actorKind: 'staff' | 'citizen' | 'system'
  action: string
  caseId: number | null
  detail: Record<string, unknown>
}

const GENESIS = '0'.repeat(64)
/** Advisory lock namespace of the audit chains; held until the transaction ends. audit_chain_head (0008) has it too. */
const AUDIT_LOCK = 0x5355_5149 // "SUQI"

/** Stable JSON: keys sorted at every depth, so the hash does not depend on key order. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']'
  const obj = value as Record<string, unknown>
  return '{' + Object.keys(obj).filter((k) => obj[k] !== undefined).sort().map((k) => JSON.stringify(k) + ':' + canonical(obj[k])).join(',') + '}'
}

export function rowHash(prevHash: string, row: { id: number; at: string; actorUserId: number | null; actorKind: string; action: string; caseId: number | null; detail: unknown }): string {
  return createHash('sha256').update(prevHash).update(canonical({
    id: row.id, at: row.at, actorUserId: row.actorUserId, actorKind: row.actorKind, action: row.action, caseId: row.caseId, detail: row.detail,
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
  detail: Record<string, unknown>; prev_hash: string; row_hash: string
}

export function auditRow(head: AuditHead, entry: AuditEntry): AuditRow {
  // millisecond precision: what a JavaScript Date carries through the driver and back
  const row = { id: head.id, at: new Date().toISOString(), ...entry }
  return {
    id: row.id, created_at: row.at, actor_user_id: entry.actorUserId, actor_kind: entry.actorKind, action: entry.action, case_id: entry.caseId,
    detail: entry.detail, prev_hash: head.prevHash, row_hash: rowHash(head.prevHash, row),
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

export interface VerifyResult { ok: boolean; rows: number; brokenAt?: { id: number; reason: string } }

/** Re-computes every chain from its first row; names the first row (by id) whose hash or link does not match. */
export async function verifyAudit(sql: Sql): Promise<VerifyResult> {
  const heads = new Map<string, string>()
  let rows = 0
  let lastId = 0
  for (;;) {
    const batch = await sql`
      select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, actor_user_id, actor_kind, action, case_id, detail, prev_hash, row_hash
      from audit_log where id > ${lastId} order by id limit 5000`
    if (batch.length === 0) break
    for (const r of batch) {
      const id = Number(r.id)
      const chain = r.case_id === null ? 'none' : String(r.case_id)
      const prev = heads.get(chain) ?? GENESIS
      if (r.prev_hash !== prev) return { ok: false, rows, brokenAt: { id, reason: 'prev_hash does not match the previous row of its chain' } }
      const expected = rowHash(prev, {
        id, at: r.at, actorUserId: r.actor_user_id === null ? null : Number(r.actor_user_id), actorKind: r.actor_kind,
        action: r.action, caseId: r.case_id === null ? null : Number(r.case_id), detail: r.detail,
      })
      if (expected !== r.row_hash) return { ok: false, rows, brokenAt: { id, reason: 'row_hash does not match the row\'s content' } }
      heads.set(chain, r.row_hash)
      rows++
      lastId = id
    }
  }
  return { ok: true, rows }
}
