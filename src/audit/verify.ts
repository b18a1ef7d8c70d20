// `suqiu audit verify`: what the audit log proves, checked in one consistent snapshot of the database.
// 1. Every chain links row to row and each row's keyed hash matches its content (no row inserted, changed, removed
//    from the middle or moved; unkeyed legacy rows only before the first anchor).
// 2. Every case has a chain, every chain a case, each case's stored state is the one its last audited event recorded
//    (a rating or outcome changed by hand shows), and its event rows (case_events) are its audited events.
// 3. The anchors: linked one to the next, the same as the published copies (a published day missing from the
//    database is tampering, unless a restore from an older backup explains it), and the chains as they are now still
//    give the latest anchor's root (else the first day that no longer does is named).
import type { Sql, TransactionSql } from 'postgres'
import { anchorRoot, anchorsDir as defaultAnchorsDir, chainsAt, publishedAnchors, storedAnchors, type Anchor } from './anchors.js'
import { auditKey, auditedState, canonical, CASE_STATE_COLUMNS, KEYED_HASH, keyedRowHash, rowHash, type CaseState } from './log.js'

const GENESIS = '0'.repeat(64)

export interface Problem {
  kind: 'row' | 'case' | 'chain' | 'anchor'
  /** the audit row (kind row) */
  id?: number
  caseId?: number
  /** the anchor's day (kind anchor) */
  day?: string
  reason: string
}

export interface VerifyResult {
  ok: boolean
  rows: number
  chains: number
  cases: number
  anchors: number
  /** the first broken row, when a row is (kept for callers of the earlier verify) */
  brokenAt?: { id: number; reason: string }
  problems: Problem[]
  /** what is not a break but should be known: restores, legacy rows */
  notes: string[]
}

export interface VerifyOptions {
  /** SUQIU_SECRET: the chain's key is derived from it */
  secret: string
  /** the published anchors (the data directory's anchors/ folder, or an inspector's copy) */
  anchorsDir?: string
  dataDir?: string
  /** stop listing problems after this many (default 50) */
  maxProblems?: number
}

interface ChainState { prev: string; count: number; lastState: CaseState | null; lastStateRow: number | null; seen?: boolean; keyed?: boolean; firstLegacy?: number }

export async function verifyAudit(sql: Sql, opts: VerifyOptions): Promise<VerifyResult> {
  const key = auditKey(opts.secret)
  const max = opts.maxProblems ?? 50
  const problems: Problem[] = []
  const notes: string[] = []
  const add = (p: Problem) => { if (problems.length < max) problems.push(p) }
  const dir = opts.anchorsDir ?? (opts.dataDir ? defaultAnchorsDir(opts.dataDir) : null)

  const result = await sql.begin('isolation level repeatable read read only', async (tx) => {
    const anchors = (await storedAnchors(tx)).reverse() // oldest first
    const firstCutoff = anchors.length ? new Date(anchors[0].cutoff).getTime() : null
    const chains = new Map<number, ChainState>()
    const restores: { backupAt: string; restoredAt: string }[] = []
    let rows = 0
    let legacy = 0
    let brokenAt: VerifyResult['brokenAt']
    for (let lastId = 0; ;) {
      const batch = await tx`
        select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, actor_user_id, actor_kind, action,
          case_id, detail, case_state, hash_version, prev_hash, row_hash
        from audit_log where id > ${lastId} order by id limit 5000`
      if (batch.length === 0) break
      for (const r of batch) {
        const id = Number(r.id)
        lastId = id
        rows++
        const chainId = r.case_id === null ? 0 : Number(r.case_id)
        const chain = chains.get(chainId) ?? { prev: GENESIS, count: 0, lastState: null, lastStateRow: null }
        chains.set(chainId, chain)
        const fail = (reason: string) => {
          brokenAt ??= { id, reason }
          add({ kind: 'row', id, ...(chainId ? { caseId: chainId } : {}), reason })
        }
        if (r.prev_hash !== chain.prev) {
          fail(chain.count === 0
            ? 'the first row of its chain links to a row that is not there (the rows before it were removed)'
            : 'does not link to the row before it in its chain (a row was removed, inserted or moved between them)')
        }
        const fields = {
          id, at: r.at, actorUserId: r.actor_user_id === null ? null : Number(r.actor_user_id), actorKind: r.actor_kind,
          action: r.action, caseId: r.case_id === null ? null : Number(r.case_id), detail: r.detail, caseState: r.case_state,
        }
        if (Number(r.hash_version) === KEYED_HASH) {
          if (keyedRowHash(key, r.prev_hash, fields) !== r.row_hash) fail('row_hash does not match the row\'s content (changed after it was written, or hashed without the key)')
          chain.keyed = true
        } else if (chain.keyed) {
          fail('an unkeyed row after the keyed rows of its chain (re-hashed without the key)')
        } else if (firstCutoff !== null && Date.parse(r.at) >= firstCutoff) {
          fail('an unkeyed (legacy) row written after the first anchor')
        } else if (rowHash(r.prev_hash, fields) !== r.row_hash) {
          fail('row_hash does not match the row\'s content (legacy unkeyed row)')
        } else {
          legacy++
          chain.firstLegacy ??= id
        }
        chain.prev = r.row_hash
        chain.count++
        if (r.case_state && Number(r.hash_version) === KEYED_HASH) { chain.lastState = r.case_state as CaseState; chain.lastStateRow = id }
        if (r.action === 'system.restore' && r.detail?.backupAt) restores.push({ backupAt: r.detail.backupAt, restoredAt: r.detail.restoredAt })
      }
    }
    // every chain has been sealed with a keyed row (sealLegacyChains) or began keyed: one without is re-hashed
    for (const [chainId, chain] of chains) {
      if (chain.keyed || chain.firstLegacy === undefined) continue
      const reason = `the chain ${chainId ? `of case ${chainId}` : 'of rows without a case'} has no keyed row: its rows were re-hashed without the key`
      brokenAt ??= { id: chain.firstLegacy, reason }
      add({ kind: 'chain', id: chain.firstLegacy, ...(chainId ? { caseId: chainId } : {}), reason })
    }
    if (legacy) notes.push(`${legacy} rows written before the chain was keyed (unkeyed SHA-256; each chain sealed by a keyed row after them)`)

    const cases = await checkCases(tx, chains, add, notes)
    await checkEvents(tx, chains, add)
    for (const [caseId, chain] of chains) {
      if (caseId !== 0 && !chain.seen) add({ kind: 'chain', caseId, reason: `the audit chain of case ${caseId} (${chain.count} rows) has no case row: the case was removed` })
    }
    await checkAnchors(tx, key, anchors, dir ? publishedAnchors(dir) : new Map(), restores, add, notes)
    return { rows, chains: chains.size, cases, anchors: anchors.length, brokenAt }
  })
  return { ok: problems.length === 0, ...result, problems, notes }
}

/** Each case against its chain: it has one, and its row is in the state its last audited event left it. */
async function checkCases(tx: TransactionSql, chains: Map<number, ChainState>, add: (p: Problem) => void, notes: string[]): Promise<number> {
  let count = 0
  let unbound = 0
  const columns = tx(['id', ...CASE_STATE_COLUMNS])
  for (let lastId = 0; ;) {
    const batch = await tx`select ${columns} from cases where id > ${lastId} order by id limit 2000`
    if (batch.length === 0) break
    for (const c of batch) {
      const caseId = Number(c.id)
      lastId = caseId
      count++
      const chain = chains.get(caseId)
      if (!chain) { add({ kind: 'case', caseId, reason: 'has no audit rows: its chain was removed' }); continue }
      chain.seen = true
      if (!chain.lastState) {
        if (chain.keyed) add({ kind: 'case', caseId, reason: 'no audited event of its keyed chain records its state (its event rows were removed)' })
        else unbound++
        continue
      }
      const now = auditedState(c as never)
      const differ = (Object.keys(now) as (keyof CaseState)[]).filter((k) => JSON.stringify(now[k]) !== JSON.stringify(chain.lastState![k]))
      if (differ.length) {
        add({
          kind: 'case', caseId, id: chain.lastStateRow!,
          reason: `${differ.map((k) => `${k} is ${JSON.stringify(now[k])} in cases, its last audited event (row ${chain.lastStateRow}) left ${JSON.stringify(chain.lastState![k])}`).join('; ')}`,
        })
      }
    }
  }
  if (unbound) notes.push(`${unbound} cases whose last event predates the keyed chain: their stored state is not bound yet`)
  return count
}

/**
 * Each case's event rows (its timeline) against its audited events: the same versions, and each event's type, states
 * and payload as its audit row recorded them. Cases are taken 500 at a time, by id.
 */
async function checkEvents(tx: TransactionSql, chains: Map<number, ChainState>, add: (p: Problem) => void): Promise<void> {
  for (let lo = 0; ;) {
    const [range] = await tx<{ hi: string | null }[]>`select max(id) as hi from (select id from cases where id > ${lo} order by id limit 500) c`
    if (range.hi === null) return
    const hi = Number(range.hi)
    const events = await tx`
      select case_id, version, type, from_state, to_state, payload from case_events
      where case_id > ${lo} and case_id <= ${hi} order by case_id, version`
    const audited = await tx`
      select id, case_id, action, detail from audit_log
      where case_id > ${lo} and case_id <= ${hi} and (action = 'case.received' or action ~ '^case\.[A-Z_]+$') order by case_id, id`
    const byCase = new Map<number, Map<number, { id: number; type: string; detail: Record<string, unknown> }>>()
    for (const a of audited) {
      const caseId = Number(a.case_id)
      const version = a.action === 'case.received' ? 0 : Number(a.detail?.version)
      if (!byCase.has(caseId)) byCase.set(caseId, new Map())
      byCase.get(caseId)!.set(version, { id: Number(a.id), type: a.action === 'case.received' ? 'RECEIVED' : String(a.action).slice(5), detail: a.detail })
    }
    for (const e of events) {
      const caseId = Number(e.case_id)
      if (!chains.has(caseId)) continue // the whole chain is gone: said once, by checkCases
      const a = byCase.get(caseId)?.get(e.version)
      if (!a) { add({ kind: 'case', caseId, reason: `event ${e.version} (${e.type}) in case_events has no audit row: it was added by hand` }); continue }
      byCase.get(caseId)!.delete(e.version)
      const differ: string[] = []
      if (a.type !== e.type) differ.push(`type ${e.type} (audited ${a.type})`)
      if (e.type !== 'RECEIVED') {
        if (a.detail.from !== e.from_state) differ.push(`from ${e.from_state} (audited ${String(a.detail.from)})`)
        if (a.detail.to !== e.to_state) differ.push(`to ${e.to_state} (audited ${String(a.detail.to)})`)
        if (canonical(a.detail.payload ?? {}) !== canonical(e.payload ?? {})) differ.push('payload')
      }
      if (differ.length) add({ kind: 'case', caseId, id: a.id, reason: `event ${e.version} in case_events differs from its audit row ${a.id}: ${differ.join(', ')}` })
    }
    for (const [caseId, left] of byCase) {
      for (const [version, a] of left) add({ kind: 'case', caseId, id: a.id, reason: `audited event ${version} (${a.type}, row ${a.id}) is missing from case_events` })
    }
    lo = hi
  }
}

async function checkAnchors(
  tx: TransactionSql, key: Buffer, stored: Anchor[], published: Map<string, Anchor[]>, restores: { backupAt: string; restoredAt: string }[],
  add: (p: Problem) => void, notes: string[],
): Promise<void> {
  // each stored anchor: its own root (made with the key) and its link to the one before
  let prev: Anchor | null = null
  for (const a of stored) {
    if (anchorRoot(key, a) !== a.root) add({ kind: 'anchor', day: a.day, reason: `the anchor of ${a.day} was changed in the database (its root does not match its content)` })
    if ((a.prevRoot ?? null) !== (prev?.root ?? null)) add({ kind: 'anchor', day: a.day, reason: `the anchor of ${a.day} does not link to the anchor before it${prev ? ` (${prev.day})` : ''}: an anchor was removed or inserted` })
    prev = a
  }
  // the published copies: the database must still hold each, unless a restore from an older backup explains its absence
  const byDay = new Map(stored.map((a) => [a.day, a]))
  const latestRestore = restores.at(-1)
  for (const [day, copies] of published) {
    const here = byDay.get(day)
    if (here) {
      if (!copies.some((c) => c.root === here.root)) add({ kind: 'anchor', day, reason: `the anchor of ${day} in the database differs from the published one (${copies[0].root.slice(0, 16)}…)` })
      continue
    }
    const explained = restores.find((r) => Date.parse(r.backupAt) < Date.parse(copies[0].cutoff))
    if (explained) notes.push(`restored at ${explained.restoredAt} from a backup of ${explained.backupAt}: the anchor of ${day}, published after the backup, is expected missing`)
    else add({ kind: 'anchor', day, reason: `the published anchor of ${day} is missing from the database (anchors or the rows they cover were removed)` })
  }
  if (latestRestore && !published.size) notes.push(`restored at ${latestRestore.restoredAt} from a backup of ${latestRestore.backupAt}`)
  // the chains as they are now still give the anchored roots: the latest first, then back to the first that does
  let firstBroken: Anchor | null = null
  for (let i = stored.length - 1; i >= 0; i--) {
    const a = stored[i]
    const now = await chainsAt(tx, new Date(a.cutoff))
    if (now.digest === a.digest && now.chains === a.chains && now.rows === a.rows) break
    firstBroken = a
  }
  if (firstBroken) {
    const now = await chainsAt(tx, new Date(firstBroken.cutoff))
    add({
      kind: 'anchor', day: firstBroken.day,
      reason: `history up to ${firstBroken.day} was rewritten: the chains now give ${now.chains} chains and ${now.rows} rows at its cutoff, the anchor recorded ${firstBroken.chains} and ${firstBroken.rows}${now.chains === firstBroken.chains && now.rows === firstBroken.rows ? ' (same counts, different heads: rows were changed and re-hashed)' : ''}`,
    })
  }
}

/** One line per finding, as the CLI prints them. */
export function describeResult(r: VerifyResult): string[] {
  const lines: string[] = []
  if (r.ok) lines.push(`audit log intact: ${r.rows} rows in ${r.chains} chains verified, ${r.cases} cases match their last audited event, ${r.anchors} anchors hold`)
  else {
    lines.push(`audit log BROKEN: ${r.problems.length} problem(s) (${r.rows} rows, ${r.chains} chains, ${r.cases} cases, ${r.anchors} anchors checked)`)
    for (const p of r.problems) {
      const where = p.kind === 'row' ? `row ${p.id}${p.caseId ? ` (case ${p.caseId})` : ''}` : p.kind === 'anchor' ? `day ${p.day}` : `case ${p.caseId}`
      lines.push(`  ${where}: ${p.reason}`)
    }
  }
  for (const n of r.notes) lines.push(`  note: ${n}`)
  return lines
}
