// Likely repeats (重复件) from the same person: same keyed phone/e-mail/ID hash and similar text within 30 days.
import type { TransactionSql } from 'postgres'

const WINDOW_DAYS = 30
const SIMILARITY = 0.5

/** Dice coefficient over character bigrams; Chinese text has no spaces, so bigrams work better than words. */
export function textSimilarity(a: string, b: string): number {
  const grams = (s: string) => {
    const clean = s.replace(/\s+/g, '')
    const m = new Map<string, number>()
    for (let i = 0; i < clean.length - 1; i++) m.set(clean.slice(i, i + 2), (m.get(clean.slice(i, i + 2)) ?? 0) + 1)
    return m
  }
  const ga = grams(a), gb = grams(b)
  let overlap = 0, total = 0
  for (const [g, n] of ga) { overlap += Math.min(n, gb.get(g) ?? 0); total += n }
  for (const n of gb.values()) total += n
  return total === 0 ? 0 : (2 * overlap) / total
}

export interface DuplicateQuery { hashes: { phone: string | null; email: string | null; id: string | null }; content: string; now: Date }

/**
 * For each query, the most similar recent complaint from the same person, or null: one statement for them all,
 * the newest 20 by each hash on its own (an index range each), not all of a frequent complainant's complaints sorted.
 */
export async function findLikelyDuplicates(tx: TransactionSql, queries: DuplicateQuery[]): Promise<(number | null)[]> {
  const asked = queries.flatMap((q, n) => q.hashes.phone || q.hashes.email || q.hashes.id
    ? [{ n, phone: q.hashes.phone, email: q.hashes.email, id_hash: q.hashes.id, since: new Date(q.now.getTime() - WINDOW_DAYS * 86_400_000) }]
    : [])
  const out: (number | null)[] = queries.map(() => null)
  if (asked.length === 0) return out
  const rows = await tx<{ n: number; id: string; content: string }[]>`
    select x.n, recent.id, recent.content
    from jsonb_to_recordset(${tx.json(asked as never)}) as x(n int, phone text, email text, id_hash text, since timestamptz)
    cross join lateral (
      select id, content from (
        (select id, content, received_at from complaints where phone_hash = x.phone and received_at >= x.since order by received_at desc limit 20)
        union
        (select id, content, received_at from complaints where email_hash = x.email and received_at >= x.since order by received_at desc limit 20)
        union
        (select id, content, received_at from complaints where id_hash = x.id_hash and received_at >= x.since order by received_at desc limit 20)
      ) r
      order by received_at desc limit 20) recent`
  const best: ({ id: number; score: number } | null)[] = queries.map(() => null)
  for (const r of rows) {
    const score = textSimilarity(queries[r.n].content, r.content)
    const b = best[r.n]
    if (score >= SIMILARITY && (!b || score > b.score)) best[r.n] = { id: Number(r.id), score }
  }
  return best.map((b) => b?.id ?? null)
}
