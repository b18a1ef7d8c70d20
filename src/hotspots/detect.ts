/**
 * Hotspots (主动治理, issue 23), pure: what repeats at one place, and categories rising in a township.
 *
 * Same problem, same place: cases are grouped by place (the village, else the township of the case's division) and,
 * inside a place, by content: each text's TF-IDF keywords (jieba's segmentation and IDF table, @node-rs/jieba) as a
 * weighted vector; two cases are similar when the cosine of their vectors is at least `similarity` (0.4), and a
 * cluster is a connected group of similar cases (single link, union-find). A cluster is flagged when it holds at
 * least `minCases` (5) cases in the window.
 *
 * Rising categories: for each township and category, this week's count x against the mean λ of the `baselineWeeks`
 * (8) weeks before it (λ at least `minBaseline`, 0.5, so a category new to a township is not infinitely surprising):
 * flagged when x ≥ `minCount` (5) and the Poisson upper tail P(X ≥ x | λ) < `alpha` (0.001).
 */
import { createRequire } from 'node:module'
import type { Jieba, TfIdf } from '@node-rs/jieba'

const require = createRequire(import.meta.url)
let segmenter: { jieba: Jieba; tfidf: TfIdf } | null = null
/** jieba and its IDF table, loaded on first use (CommonJS: the dict has no ESM entry point) */
function tools() {
  if (!segmenter) {
    const lib = require('@node-rs/jieba') as typeof import('@node-rs/jieba')
    const { dict, idf } = require('@node-rs/jieba/dict') as { dict: Uint8Array; idf: Uint8Array }
    const jieba = lib.Jieba.withDict(dict)
    const tfidf = lib.TfIdf.withDict(idf)
    segmenter = { jieba, tfidf }
  }
  return segmenter
}

/** Words every complaint uses, which say nothing about which problem it is. */
const STOP_WORDS = new Set([
  '反映', '问题', '情况', '希望', '请求', '要求', '相关', '部门', '尽快', '处理', '解决', '已经', '一直', '没有', '我们', '他们', '这个', '那个',
  '您好', '你好', '本村', '我要', '一下', '有关', '帮忙', '早日', '盼望', '管一管',
  '居民', '群众', '投诉', '举报', '咨询', '建议', '社区', '村民', '附近', '现在', '目前', '多次', '今天', '昨天', '影响', '严重', '非常',
])

export type Keywords = Map<string, number>

/**
 * The text's top TF-IDF keywords (at most `topK`) as a vector normalised to length 1. Each keyword's character pairs
 * join at half its weight, so one word segmented two ways (路灯 不亮 / 路 灯不亮) still meets itself. Words of
 * `ignore` (the place's own names) are left out: every case of a village names it.
 */
export function keywordsOf(text: string, topK = 12, ignore?: ReadonlySet<string>): Keywords {
  const { jieba, tfidf } = tools()
  // a few extra, then the stop words dropped here (setConfig's stopWords does not take a JavaScript Set in v2.0)
  const words = tfidf.extractKeywords(jieba, text, topK + 6)
    .filter((w) => w.keyword.length >= 2 && !STOP_WORDS.has(w.keyword) && !ignore?.has(w.keyword)).slice(0, topK)
  const v = new Map<string, number>()
  for (const { keyword, weight } of words) {
    v.set(keyword, (v.get(keyword) ?? 0) + weight)
    const chars = [...keyword]
    if (chars.length > 2) for (let i = 0; i + 1 < chars.length; i++) {
      const pair = chars[i] + chars[i + 1]
      if (!ignore?.has(pair)) v.set(pair, (v.get(pair) ?? 0) + weight / 2)
    }
  }
  const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0)) || 1
  for (const [k, w] of v) v.set(k, w / norm)
  return v
}

export function cosine(a: Keywords, b: Keywords): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let dot = 0
  for (const [k, w] of small) {
    const v = large.get(k)
    if (v !== undefined) dot += w * v
  }
  return dot
}

export interface HotspotCase {
  id: number
  /** the deepest division known (12-digit village, 9-digit township, or shorter) */
  divisionCode: string | null
  category: string | null
  text: string
  /** precomputed keywords (else computed from text) */
  keywords?: Keywords
}

export interface Cluster {
  /** the village (12 digits) or township (9 digits) the cases share */
  place: string
  caseIds: number[]
  /** the words the cluster's cases share most, by summed weight */
  keywords: string[]
  category: string | null
}

export interface ClusterOptions {
  similarity?: number
  minCases?: number
}

export const CLUSTER_DEFAULTS = { similarity: 0.4, minCases: 5 } as const

/** A keyword with a digit or an '@': a fragment of a phone, ID or house number, or of an e-mail address. */
const CONTACT_LIKE = /[0-9０-９@＠]/

/** Character pairs of a word (the word itself when it has fewer than three characters). */
function pairsOf(word: string): string[] {
  const chars = [...word]
  if (chars.length < 3) return [word]
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1])
}

/**
 * The personal names and place names (addresses) jieba's tagger finds in `texts`, as the character pairs they are made
 * of: a run of person- or place-name tokens (nr…, ns…) is one name, and a one-character surname takes the short token
 * after it (赵 + 铁柱). A cluster's keyword sharing a pair with one of them is never shown.
 */
function namePairs(texts: string[]): Set<string> {
  const { jieba } = tools()
  const pairs = new Set<string>()
  for (const text of texts) {
    const tags = jieba.tag(text)
    for (let i = 0; i < tags.length; i++) {
      if (!/^n[rs]/.test(tags[i].tag)) continue
      let name = tags[i].word
      let j = i + 1
      while (j < tags.length && /^n[rs]/.test(tags[j].tag)) name += tags[j++].word
      if ([...name].length === 1 && j < tags.length && [...tags[j].word].length <= 2 && /^[\u4e00-\u9fff]+$/.test(tags[j].word)) name += tags[j++].word
      if ([...name].length >= 2) for (const p of pairsOf(name)) pairs.add(p)
      i = j - 1
    }
  }
  return pairs
}

/** Whether `keyword` is (part of) a person's or place's name where it stands in `texts`: the first few places it occurs, tagged with the characters around them. */
function isNameIn(keyword: string, texts: string[], looks = 3): boolean {
  const own = pairsOf(keyword)
  let looked = 0
  for (const text of texts) {
    const at = text.indexOf(keyword)
    if (at < 0) continue
    const names = namePairs([text.slice(Math.max(0, at - 8), at + keyword.length + 8)])
    if (own.some((p) => names.has(p))) return true
    if (++looked >= looks) break
  }
  return false
}

/**
 * The keywords a cluster shows (and the nightly run stores): the heaviest by summed weight, never one with a digit or
 * an '@', nor one that jieba's tagger reads as (part of) a person's or place's name where it stands in the cluster's
 * texts. Similarity still uses every word; only the candidates are tagged, a few occurrences each, whatever the size.
 */
export function shownKeywords(weight: Map<string, number>, texts: string[], count = 5): string[] {
  const candidates = [...weight].filter(([k]) => !CONTACT_LIKE.test(k)).sort((a, b) => b[1] - a[1]).map(([k]) => k)
  const shown: string[] = []
  for (const k of candidates) {
    if (shown.length >= count) break
    if (!isNameIn(k, texts)) shown.push(k)
  }
  return shown
}

/** The place a case is grouped by: its village, else its township; null when only the county or less is known. */
export function placeOf(divisionCode: string | null): string | null {
  if (!divisionCode || divisionCode.length < 9) return null
  return divisionCode.length >= 12 ? divisionCode.slice(0, 12) : divisionCode.slice(0, 9)
}

/** Flagged clusters of similar cases at one place, the largest first. */
export function findClusters(cases: HotspotCase[], opts: ClusterOptions = {}): Cluster[] {
  const similarity = opts.similarity ?? CLUSTER_DEFAULTS.similarity
  const minCases = opts.minCases ?? CLUSTER_DEFAULTS.minCases
  const byPlace = new Map<string, HotspotCase[]>()
  for (const c of cases) {
    const place = placeOf(c.divisionCode)
    if (!place) continue
    const list = byPlace.get(place) ?? []
    list.push(c)
    byPlace.set(place, list)
  }
  const clusters: Cluster[] = []
  for (const [place, list] of byPlace) {
    if (list.length < minCases) continue
    const vectors = list.map((c) => c.keywords ?? keywordsOf(c.text))
    const parent = list.map((_, i) => i)
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (cosine(vectors[i], vectors[j]) >= similarity) parent[find(i)] = find(j)
      }
    }
    const groups = new Map<number, number[]>()
    for (let i = 0; i < list.length; i++) {
      const r = find(i)
      groups.set(r, [...(groups.get(r) ?? []), i])
    }
    for (const members of groups.values()) {
      if (members.length < minCases) continue
      const weight = new Map<string, number>()
      const categories = new Map<string, number>()
      for (const i of members) {
        for (const [k, w] of vectors[i]) weight.set(k, (weight.get(k) ?? 0) + w)
        const cat = list[i].category
        if (cat) categories.set(cat, (categories.get(cat) ?? 0) + 1)
      }
      clusters.push({
        place,
        caseIds: members.map((i) => list[i].id).sort((a, b) => a - b),
        keywords: shownKeywords(weight, members.map((i) => list[i].text)),
        category: [...categories].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null,
      })
    }
  }
  return clusters.sort((a, b) => b.caseIds.length - a.caseIds.length)
}

// ---------------------------------------------------------------------------------------------
// Rising categories

export interface RisingOptions { baselineWeeks?: number; minBaseline?: number; minCount?: number; alpha?: number }
export const RISING_DEFAULTS = { baselineWeeks: 8, minBaseline: 0.5, minCount: 5, alpha: 0.001 } as const

/** P(X ≥ x) for X ~ Poisson(λ), by the complement of the lower sum (exact enough for the counts here). */
export function poissonUpperTail(x: number, lambda: number): number {
  if (x <= 0) return 1
  let term = Math.exp(-lambda)
  let below = term
  for (let k = 1; k < x; k++) {
    term *= lambda / k
    below += term
  }
  return Math.max(0, 1 - below)
}

export interface Rising {
  township: string
  category: string
  /** this week's count */
  count: number
  /** the mean weekly count of the baseline weeks */
  baseline: number
  /** P(X ≥ count) under the baseline */
  pValue: number
}

/**
 * `weeks[t]` holds the counts of week t (oldest first) keyed `${township}|${category}`; the last week is the one
 * tested. Returns the rising pairs, the most surprising first.
 */
export function risingCategories(weeks: Map<string, number>[], opts: RisingOptions = {}): Rising[] {
  const o = { ...RISING_DEFAULTS, ...opts }
  if (weeks.length < 2) return []
  const current = weeks[weeks.length - 1]
  const base = weeks.slice(Math.max(0, weeks.length - 1 - o.baselineWeeks), weeks.length - 1)
  const out: Rising[] = []
  for (const [key, count] of current) {
    if (count < o.minCount) continue
    const mean = base.reduce((s, w) => s + (w.get(key) ?? 0), 0) / base.length
    const lambda = Math.max(mean, o.minBaseline)
    const p = poissonUpperTail(count, lambda)
    if (p < o.alpha) {
      const [township, category] = key.split('|')
      out.push({ township, category, count, baseline: Math.round(mean * 100) / 100, pValue: p })
    }
  }
  return out.sort((a, b) => a.pValue - b.pValue)
}
