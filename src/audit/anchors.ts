// Daily anchors (锚点): each day a root over every audit chain's head and row count, stored in audit_anchors, written
// to a file under the data directory's anchors/ folder (where an inspector copies it from) and shown on the public
// page. Once a root has left the database, no one — not even a holder of SUQIU_SECRET — can rewrite the history
// before it without `suqiu audit verify` seeing that the chains no longer give that root.
import { createHash, createHmac } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Sql, TransactionSql } from 'postgres'
import { appendAudit, auditKey, canonical, useAuditKey } from './log.js'

export interface Anchor {
  day: string
  cutoff: string
  chains: number
  rows: number
  digest: string
  prevRoot: string | null
  root: string
}

/** Advisory lock of anchor writing ("SUQA"): two workers never anchor the same day at once. */
const ANCHOR_LOCK = 0x5355_5141
/** China has one time zone and no daylight saving: a day runs from 00:00 to 24:00 at +08:00. */
const DAY_OFFSET = '+08:00'
/** An anchor is made this long after its day ended, so that every transaction begun in the day has committed. */
const SETTLE_MS = 10 * 60_000

export const anchorsDir = (dataDir: string) => path.join(dataDir, 'anchors')

/** The end of a day (its anchor's cutoff): the next day's 00:00 in China. */
export function dayEnd(day: string): Date {
  return new Date(new Date(`${day}T00:00:00${DAY_OFFSET}`).getTime() + 86_400_000)
}

/** The last day that has ended (and settled) at `now`, as YYYY-MM-DD in China. */
export function lastFullDay(now: Date): string {
  const china = new Date(now.getTime() - SETTLE_MS + 8 * 3_600_000 - 86_400_000)
  return china.toISOString().slice(0, 10)
}

/**
 * Every chain as it stood at `cutoff`: for each chain (a case's, or 0 for rows without a case) its row count and the
 * hash of its last row written before the cutoff, folded into one digest in chain order. A chain deleted or cut short,
 * a row added or changed before the cutoff: the digest changes.
 */
export async function chainsAt(tx: Sql | TransactionSql, cutoff: Date): Promise<{ chains: number; rows: number; digest: string }> {
  const h = createHash('sha256')
  let chains = 0
  let rows = 0
  const cursor = tx<{ chain: string; n: number; head: string }[]>`
    select coalesce(case_id, 0) as chain, count(*)::int as n, (array_agg(row_hash order by id desc))[1] as head
    from audit_log where created_at < ${cutoff} group by 1 order by 1`.cursor(2000)
  for await (const batch of cursor) {
    for (const r of batch) {
      h.update(`${r.chain}:${r.n}:${r.head}\n`)
      chains++
      rows += r.n
    }
  }
  return { chains, rows, digest: h.digest('hex') }
}

/** The root of an anchor: keyed, over its day, its cutoff, its chains and the root before it. */
export function anchorRoot(key: Buffer, a: Omit<Anchor, 'root'>): string {
  return createHmac('sha256', key).update(canonical({ v: 1, day: a.day, cutoff: a.cutoff, chains: a.chains, rows: a.rows, digest: a.digest, prev: a.prevRoot })).digest('hex')
}

function fromRow(r: Record<string, unknown>): Anchor {
  return {
    day: String(r.day), cutoff: new Date(r.cutoff as string).toISOString(), chains: Number(r.chains), rows: Number(r.rows),
    digest: String(r.digest), prevRoot: (r.prev_root as string | null) ?? null, root: String(r.root),
  }
}

export async function storedAnchors(sql: Sql | TransactionSql, limit?: number): Promise<Anchor[]> {
  const rows = limit
    ? await sql`select to_char(day, 'YYYY-MM-DD') as day, cutoff, chains, rows, digest, prev_root, root from audit_anchors order by day desc limit ${limit}`
    : await sql`select to_char(day, 'YYYY-MM-DD') as day, cutoff, chains, rows, digest, prev_root, root from audit_anchors order by day desc`
  return rows.map(fromRow)
}

/**
 * Makes the anchor of `day` (once: a day already anchored is returned as it is) and publishes it to the anchors
 * folder. `cutoff` defaults to the day's end; tests pass an earlier one.
 */
export async function makeAnchor(sql: Sql, secret: string, dataDir: string, day: string, cutoff: Date = dayEnd(day)): Promise<Anchor> {
  const key = auditKey(secret)
  const anchor = await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(${ANCHOR_LOCK})`
    const [existing] = await tx`select to_char(day, 'YYYY-MM-DD') as day, cutoff, chains, rows, digest, prev_root, root from audit_anchors where day = ${day}`
    if (existing) return fromRow(existing)
    const [prev] = await tx`select root from audit_anchors where day < ${day} order by day desc limit 1`
    const body = { day, cutoff: cutoff.toISOString(), ...(await chainsAt(tx, cutoff)), prevRoot: (prev?.root as string | undefined) ?? null }
    const a: Anchor = { ...body, root: anchorRoot(key, body) }
    await tx`insert into audit_anchors (day, cutoff, chains, rows, digest, prev_root, root)
      values (${a.day}, ${cutoff}, ${a.chains}, ${a.rows}, ${a.digest}, ${a.prevRoot}, ${a.root})`
    return a
  })
  publishAnchor(dataDir, anchor)
  return anchor
}

/** Writes the anchor's file (never over another root: after a restore, a day may have two). */
export function publishAnchor(dataDir: string, a: Anchor): string {
  const dir = anchorsDir(dataDir)
  mkdirSync(dir, { recursive: true })
  let file = path.join(dir, `${a.day}.json`)
  if (existsSync(file)) {
    if ((JSON.parse(readFileSync(file, 'utf8')) as Anchor).root === a.root) return file
    file = path.join(dir, `${a.day}.${a.root.slice(0, 12)}.json`)
  }
  writeFileSync(file, JSON.stringify(a, null, 2) + '\n')
  return file
}

/** The anchors published in a folder (an inspector's copy, or the data directory's), by day. */
export function publishedAnchors(dir: string): Map<string, Anchor[]> {
  const byDay = new Map<string, Anchor[]>()
  if (!existsSync(dir)) return byDay
  for (const name of readdirSync(dir).filter((n) => /^\d{4}-\d{2}-\d{2}(\.[0-9a-f]+)?\.json$/.test(n)).sort()) {
    try {
      const a = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Anchor
      byDay.set(a.day, [...(byDay.get(a.day) ?? []), a])
    } catch { /* not an anchor file */ }
  }
  return byDay
}

/** The anchor of the last day that has ended, made if it is missing (the workers ask hourly). */
export async function anchorLastDay(sql: Sql, secret: string, dataDir: string, now = new Date()): Promise<Anchor> {
  return makeAnchor(sql, secret, dataDir, lastFullDay(now))
}

/**
 * Records that the database was restored from a backup taken at `backupAt` (an audit row `system.restore`), so that
 * `suqiu audit verify` reports the anchors published after the backup as expected missing, not as tampering. The
 * restore (src/ops backup/restore) calls it on the restored database, right after the restore.
 */
export async function recordRestore(sql: Sql, secret: string, restore: { backupAt: Date; label?: string; restoredAt?: Date }): Promise<void> {
  useAuditKey(secret)
  await sql.begin((tx) => appendAudit(tx, [{
    actorUserId: null, actorKind: 'system', action: 'system.restore', caseId: null,
    detail: { backupAt: restore.backupAt.toISOString(), restoredAt: (restore.restoredAt ?? new Date()).toISOString(), ...(restore.label ? { label: restore.label } : {}) },
  }]))
}
