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
let segmenter: { jieba: Jieba; tfidf: TfIdf; words: Map<string, string> } | null = null
/**
 * jieba, its IDF table and its dictionary's words with their tags (the dict is lines `word freq tag`), loaded on first
 * use (CommonJS: the dict has no ESM entry point)
 */
function tools() {
  if (!segmenter) {
    const lib = require('@node-rs/jieba') as typeof import('@node-rs/jieba')
    const { dict, idf } = require('@node-rs/jieba/dict') as { dict: Uint8Array; idf: Uint8Array }
    const jieba = lib.Jieba.withDict(dict)
    const tfidf = lib.TfIdf.withDict(idf)
    const words = new Map<string, string>()
    for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
      const [word, , tag] = line.trim().split(' ')
      if (word && tag) words.set(word, tag)
    }
    segmenter = { jieba, tfidf, words }
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

/** jieba's tags of person names (nr, nrfg, nrt) and place names (ns, nsf) */
const NAME_TAG = /^n[rs]/
const PERSON_TAG = /^nr/
/** Characters read either side of an occurrence: enough for a surname and a two-character given name around it. */
const AROUND = 3
/** Distinct occurrences (by their surroundings) tagged per candidate keyword, across all of a cluster's texts. */
const LOOKS = 400

/**
 * Whether the occurrence of `keyword` at `at` in `text` is (part of) a person's or place's name. The occurrence is
 * tagged with `AROUND` characters either side, and it is a name when
 * - it overlaps a token jieba tags as a name (王建华/nr, 王国/ns 庆: the 国 of 国庆 is inside 王国), or the short token
 *   right after a one-character surname jieba tags nr (赵/nr 铁柱);
 * - or it is one or two characters (a given name's length) and jieba tags it with the character before it, alone, as
 *   one person's name (王 + 建华 → 王建华/nr) — however the longer context happened to segment;
 * - or it stands right after a one-character token that is no function word (a surname jieba tagged otherwise: 高/a
 *   国庆, 马/n 文华, 刘/zg 文华) and is a given name jieba knows: with 张, 王 or 李 before it, it is tagged as one person's
 *   name (张国庆/nr, 王文华/nr). Topic words never are (张路灯, 王物业, 李噪音 are not), so they still show.
 * `seen` caches verdicts by the tagged strings: a cluster's texts repeat the same surroundings.
 */
/** Tags of words no surname is read as: prepositions, particles, conjunctions, pronouns, numerals, adverbs, punctuation… */
const FUNCTION_TAG = /^[pucrmdxyeof]/

/** Whether jieba's dictionary knows `word` as a given name: after 张, 王 or 李 it is tagged as one person's name. */
function isGivenName(word: string, seen: Map<string, boolean>): boolean {
  const key = `given|${word}`
  let known = seen.get(key)
  if (known === undefined) {
    const { jieba } = tools()
    known = ['张', '王', '李'].some((surname) => {
      const tags = jieba.tag(surname + word)
      return tags.length === 1 && PERSON_TAG.test(tags[0].tag)
    })
    seen.set(key, known)
  }
  return known
}

function nameAt(text: string, at: number, keyword: string, seen: Map<string, boolean>): boolean {
  const { jieba } = tools()
  const from = Math.max(0, at - AROUND)
  const window = text.slice(from, at + keyword.length + AROUND)
  const start = at - from
  const end = start + keyword.length
  const key = `${keyword}|${start}|${window}`
  let verdict = seen.get(key)
  if (verdict === undefined) {
    verdict = false
    const tags = jieba.tag(window)
    let pos = 0
    for (let i = 0; i < tags.length && !verdict; i++) {
      const { word, tag } = tags[i]
      const s = window.indexOf(word, pos)
      if (s < 0) break
      pos = s + word.length
      if (pos <= start || s >= end) continue
      const afterSurname = i > 0 && PERSON_TAG.test(tags[i - 1].tag) && tags[i - 1].word.length === 1 && word.length <= 2 && /^[\u4e00-\u9fff]+$/.test(word)
      const afterOneCharacter = s === start && keyword.length <= 2 && i > 0 && tags[i - 1].word.length === 1
        && /^[\u4e00-\u9fff]$/.test(tags[i - 1].word) && !FUNCTION_TAG.test(tags[i - 1].tag)
      verdict = NAME_TAG.test(tag) || afterSurname || (afterOneCharacter && isGivenName(keyword, seen))
    }
    seen.set(key, verdict)
  }
  if (verdict || start === 0 || keyword.length > 2) return verdict
  const candidate = window[start - 1] + keyword
  let named = seen.get(candidate)
  if (named === undefined) {
    const tags = /^[\u4e00-\u9fff]+$/.test(candidate) ? jieba.tag(candidate) : []
    named = tags.length === 1 && PERSON_TAG.test(tags[0].tag)
    seen.set(candidate, named)
  }
  return named
}

/**
 * Whether `keyword` is (part of) a person's or place's name anywhere it stands in `texts`: every occurrence in every
 * text is looked at (not only the first few: 建华小区 … 物业王建华 names 王建华 at the second), up to `LOOKS` distinct
 * surroundings, each tagged once.
 */
function isNameIn(keyword: string, texts: string[], seen: Map<string, boolean>): boolean {
  const before = seen.size
  for (const text of texts) {
    for (let at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
      if (nameAt(text, at, keyword, seen)) return true
      if (seen.size - before >= LOOKS) return false
    }
  }
  return false
}

/** A nickname: 老, 小 or 阿 and a common surname (老张, 小王, 阿李), which jieba's dictionary holds as a common noun. */
const NICKNAME = /^[老小阿][王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常]$/

/**
 * Whether `keyword` may be shown at all, wherever it stands: only a word jieba's dictionary holds, under a tag that is
 * no person's or place's name (丽娟, 桂英 are not in it; 红梅 is, as nr), that is no nickname (老张), and that no surname
 * turns into a person's name (张春花/nr: 春花 is also a given name). A given name the dictionary does not know is thus
 * never shown, whatever the tagger makes of the text around it.
 */
function mayShow(keyword: string): boolean {
  const tag = tools().words.get(keyword)
  if (tag === undefined || NAME_TAG.test(tag) || NICKNAME.test(keyword)) return false
  let verdict = showable.get(keyword)
  if (verdict === undefined) {
    verdict = [...keyword].length > 2 || !isGivenName(keyword, new Map())
    showable.set(keyword, verdict)
  }
  return verdict
}
/** mayShow's verdicts on dictionary words (so at most one per word of the dictionary), kept across runs */
const showable = new Map<string, boolean>()

/**
 * The keywords a cluster shows (and the nightly run stores): the heaviest by summed weight, never one with a digit or
 * an '@', never one `mayShow` refuses (a word outside jieba's dictionary, a name, a nickname), nor one that jieba's
 * tagger reads as (part of) a person's or place's name where it stands in the cluster's texts. Similarity still uses
 * every word; only the candidates are tagged, in a small window around each occurrence.
 */
export function shownKeywords(weight: Map<string, number>, texts: string[], count = 5): string[] {
  const candidates = [...weight].filter(([k]) => !CONTACT_LIKE.test(k)).sort((a, b) => b[1] - a[1]).map(([k]) => k)
  const shown: string[] = []
  const seen = new Map<string, boolean>()
  for (const k of candidates) {
    if (shown.length >= count) break
    if (mayShow(k) && !isNameIn(k, texts, seen)) shown.push(k)
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
