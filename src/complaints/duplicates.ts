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

export async function findLikelyDuplicate(tx: TransactionSql, hashes: { phone: string | null; email: string | null; id: string | null }, content: string, now: Date): Promise<number | null> {
  if (!hashes.phone && !hashes.email && !hashes.id) return null
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000)
  // newest first by each hash on its own (an index range each), not all of a frequent complainant's complaints sorted
  const rows = await tx`
    select id, content from (
      (select id, content, received_at from complaints where phone_hash = ${hashes.phone} and received_at >= ${since} order by received_at desc limit 20)
      union
      (select id, content, received_at from complaints where email_hash = ${hashes.email} and received_at >= ${since} order by received_at desc limit 20)
      union
      (select id, content, received_at from complaints where id_hash = ${hashes.id} and received_at >= ${since} order by received_at desc limit 20)
    ) recent
    order by received_at desc limit 20`
  let best: { id: number; score: number } | null = null
  for (const r of rows) {
    const score = textSimilarity(content, r.content)
    if (score >= SIMILARITY && (!best || score > best.score)) best = { id: Number(r.id), score }
  }
  return best?.id ?? null
}
