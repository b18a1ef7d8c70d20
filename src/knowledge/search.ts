// 知识库检索: what the call form's suggestions, the search box, the portal's 常见问题 and the bench all run.
// The query's words and bigrams are weighted by how rare they are among the published articles (knowledge_terms,
// kept by publish and expiry), matched over the GIN index, and scored with a match in the title, question forms or
// keywords counting three times one in the answer; the best hits come back with the matching parts marked.
import type { Sql, TransactionSql } from 'postgres'
import { queryTerms } from './segment.js'
import { plainAnswer } from './render.js'

type Reader = Sql | TransactionSql

/** The row of knowledge_terms that holds the number of published articles. */
export const TOTAL_WORD = ''
/** A term in more than this share of the articles says nothing about which one is meant. */
const COMMON_SHARE = 0.2
const TITLE_FACTOR = 3
const BIGRAM_FACTOR = 0.5
/** the written words a spoken one stands for (synonyms.ts) count a little less than the caller's own words */
const EXPANDED_FACTOR = 0.8

export interface SearchOptions {
  limit?: number
  /** only articles published to the portal (常见问题) */
  publicOnly?: boolean
  /** the day the effective dates are compared with (YYYY-MM-DD; today in Beijing by default) */
  today?: string
}

/** A stretch of text, marked when it matched the query. */
export interface Mark { text: string; hit: boolean }

export interface SearchHit {
  id: number
  version: number
  title: string
  titleMarks: Mark[]
  snippet: Mark[]
  category: string | null
  ownerUnitId: number
  isPublic: boolean
  score: number
}

/** Today's date in Beijing (the effective dates are Beijing days). */
export function beijingToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

interface Weighted { term: string; weight: number }

/**
 * How many article matches one search may read: the query's terms are taken rarest first until their matches add up
 * to this, so a common word in a large base never turns a search into a scan (the rare words decide anyway).
 */
const MAX_POSTINGS = 5_000

/** The query's terms that say something, with their weights (inverse document frequency), rarest first. */
async function weightedTerms(sql: Reader, text: string): Promise<Weighted[]> {
  const { words, bigrams, expanded } = queryTerms(text)
  const all = [...words, ...bigrams, ...expanded]
  if (all.length === 0) return []
  const rows = await sql<{ word: string; ndoc: number }[]>`select word, ndoc from knowledge_terms where word = any(${[TOTAL_WORD, ...all]}::text[])`
  const df = new Map(rows.map((r) => [r.word, Number(r.ndoc)]))
  const total = Math.max(df.get(TOTAL_WORD) ?? 0, 1)
  const isBigram = new Set(bigrams), isExpanded = new Set(expanded)
  const found = all.map((term) => ({ term, n: df.get(term) ?? 0 }))
    .filter(({ n }) => n > 0 && !(total >= 20 && n / total > COMMON_SHARE))
    .sort((a, b) => a.n - b.n)
  const out: Weighted[] = []
  let postings = 0
  for (const { term, n } of found) {
    if (out.length && postings + n > MAX_POSTINGS) break
    postings += n
    const idf = Math.log(1 + total / n)
    out.push({ term, weight: idf * (isBigram.has(term) ? BIGRAM_FACTOR : isExpanded.has(term) ? EXPANDED_FACTOR : 1) })
  }
  return out
}

/**
 * Searches the published articles in force today. Each term is looked up in the GIN indexes on its own (the
 * matches of a plain lexeme need no recheck, so no article's words are read), and an article scores the weight of
 * every term it holds, three times more where the term is in its title, question forms or keywords.
 */
export async function searchArticles(sql: Reader, text: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
  const limit = Math.min(Math.max(opts.limit ?? 5, 1), 20)
  const terms = await weightedTerms(sql, text)
  if (terms.length === 0) return []
  const today = opts.today ?? beijingToday()
  const inForce = (a: string) => sql`${sql(a)}.published_version is not null
    and (${sql(a)}.effective_from is null or ${sql(a)}.effective_from <= ${today}::date)
    and (${sql(a)}.effective_until is null or ${sql(a)}.effective_until >= ${today}::date)
    ${opts.publicOnly ? sql`and ${sql(a)}.is_public` : sql``}`
  const rows = await sql<{ id: string; version: number; title: string; questions: string[]; answer: string; category: string | null; owner_unit_id: string; is_public: boolean; score: number }[]>`
    with q as (
      select to_tsquery('simple', t) as tq, w from unnest(${terms.map((x) => x.term)}::text[], ${terms.map((x) => x.weight)}::float8[]) as u(t, w)
    ), answered as (
      select m.id, sum(q.w) as s from q cross join lateral (select a.id from knowledge_articles a where a.body_tsv @@ q.tq and ${inForce('a')}) m group by m.id
    ), titled as (
      select m.id, sum(q.w) as s from q cross join lateral (select a.id from knowledge_articles a where a.title_tsv @@ q.tq and ${inForce('a')}) m group by m.id
    ), hits as (
      select coalesce(x.id, t.id) as id, coalesce(x.s, 0) + ${TITLE_FACTOR}::float8 * coalesce(t.s, 0) as score
      from answered x full join titled t on t.id = x.id
      order by score desc, 1 limit ${limit}
    )
    select h.id, a.published_version as version, v.title, v.questions, v.answer, v.category, a.owner_unit_id, a.is_public, h.score
    from hits h join knowledge_articles a on a.id = h.id
    join knowledge_versions v on v.article_id = h.id and v.version = a.published_version
    order by h.score desc, h.id`
  const marks = terms.map((t) => t.term)
  return rows.map((r) => ({
    id: Number(r.id), version: r.version, title: r.title, titleMarks: markText(r.title, marks),
    snippet: snippet([r.questions.join('；'), plainAnswer(r.answer)].join('　'), marks),
    category: r.category, ownerUnitId: Number(r.owner_unit_id), isPublic: r.is_public, score: Number(r.score),
  }))
}

/** `text` cut into marked and unmarked stretches (the terms found in it, longest first). */
export function markText(text: string, terms: string[]): Mark[] {
  const hit = hitMask(text, terms)
  const out: Mark[] = []
  for (let i = 0; i < text.length;) {
    let j = i
    while (j < text.length && hit[j] === hit[i]) j++
    out.push({ text: text.slice(i, j), hit: hit[i] })
    i = j
  }
  return out
}

function hitMask(text: string, terms: string[]): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false)
  const lower = text.toLowerCase()
  for (const term of terms) {
    if (!term) continue
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) mask.fill(true, at, at + term.length)
  }
  return mask
}

/** About `width` characters of `text` around its densest stretch of matches, marked. */
export function snippet(text: string, terms: string[], width = 90): Mark[] {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= width) return markText(flat, terms)
  const mask = hitMask(flat, terms)
  let best = 0, bestAt = 0, count = 0
  for (let i = 0; i < flat.length; i++) {
    if (mask[i]) count++
    if (i >= width && mask[i - width]) count--
    if (count > best) { best = count; bestAt = Math.max(0, i - width + 1) }
  }
  const start = Math.max(0, Math.min(bestAt, flat.length - width))
  const piece = flat.slice(start, start + width)
  const marks = markText(piece, terms)
  if (start > 0) marks.unshift({ text: '…', hit: false })
  if (start + width < flat.length) marks.push({ text: '…', hit: false })
  return marks
}
