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

/** The first day an intake received `now` is compared with: its person's complaints received since then. */
export function duplicateSince(now: Date): Date {
  return new Date(now.getTime() - WINDOW_DAYS * 86_400_000)
}

/**
 * A column of the intake statement (src/complaints/create.ts), for its input row `x` (x.phone_hash, x.email_hash,
 * x.id_hash, x.dup_since): the newest 20 complaints from the same person as one JSON array of [id, content], the
 * newest 20 by each hash on its own (an index range each), not all of a frequent complainant's complaints sorted.
 */
export function recentFromSamePerson(tx: TransactionSql) {
  return tx`(
    select coalesce(jsonb_agg(jsonb_build_array(r.id, r.content)), '[]'::jsonb) from (
      select id, content from (
        (select id, content, received_at from complaints where phone_hash = x.phone_hash and received_at >= x.dup_since order by received_at desc limit 20)
        union
        (select id, content, received_at from complaints where email_hash = x.email_hash and received_at >= x.dup_since order by received_at desc limit 20)
        union
        (select id, content, received_at from complaints where id_hash = x.id_hash and received_at >= x.dup_since order by received_at desc limit 20)
      ) u
      order by received_at desc limit 20) r)`
}

/** The keyed hashes a person is known by (null: not given). */
export interface PersonHashes { phone: string | null; email: string | null; id: string | null }

/** The same person as {@link recentFromSamePerson} takes it: the same phone, e-mail or ID number. */
export function samePerson(a: PersonHashes, b: PersonHashes): boolean {
  return (a.phone !== null && a.phone === b.phone) || (a.email !== null && a.email === b.email) || (a.id !== null && a.id === b.id)
}

/** The most similar of `recent` (what {@link recentFromSamePerson} found) to `content`, or null below the threshold. */
export function likelyDuplicate(content: string, recent: [number | string, string][]): number | null {
  let best: { id: number; score: number } | null = null
  for (const [id, text] of recent) {
    const score = textSimilarity(content, text)
    if (score >= SIMILARITY && (!best || score > best.score)) best = { id: Number(id), score }
  }
  return best?.id ?? null
}
