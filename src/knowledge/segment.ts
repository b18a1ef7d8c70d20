// 分词: Chinese text into the words the knowledge base indexes and searches — jieba's search-mode words plus the
// character bigrams of every run of Han characters, so that a partial word a caller or operator types (“宅基”,
// “社保卡丢”) still meets the article's words. PostgreSQL's 'simple' configuration then takes the space-joined words
// as they are (pg_trgm and the default parser do nothing for Chinese in a C-locale cluster).
import { createRequire } from 'node:module'
import type { Jieba } from '@node-rs/jieba'
import { writtenForms } from './synonyms.js'

const require = createRequire(import.meta.url)
let jieba: Jieba | null = null

/** The segmenter, loaded on first use (its dictionary takes about 0.4 s to load). */
function segmenter(): Jieba {
  if (!jieba) {
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba')
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array }
    jieba = JiebaClass.withDict(dict)
  }
  return jieba
}

/** Loads the dictionary now (at start, so the first search does not wait for it). */
export function warmSegmenter(): void {
  segmenter()
}

// words that carry no subject in a caller's question (function words, question words, fillers)
const STOP = new Set(('我 你 他 她 它 我们 你们 他们 咱们 人家 的 地 得 了 着 过 是 在 有 吗 呢 吧 啊 呀 嘛 么 哦 噢 和 与 及 或 就 都 也 还 又 要 想 能 会 可 可以 ' +
  '能不能 可不可以 会不会 是不是 有没有 要不要 行不行 怎么 怎么办 怎么样 怎样 如何 什么 啥 哪里 哪儿 哪 哪个 哪些 去 到 给 让 被 把 这 那 这个 那个 这些 那些 ' +
  '一个 一下 一 个 说 问 请问 咨询 一直 现在 已经 没有 没 不 很 太 好 多 几 时候 什么时候 为什么 咋 咋个 弄 搞 下 上 里 呢 啦 哈 嗯 对 但 但是 ' +
  '因为 所以 如果 然后 还是 或者 而且 自己 人 等 等等 从 对于 关于 需要 应该 办理 情况 问题 这样 那样 知道 告诉 帮 帮忙 谢谢 您 请').split(' '))

const HAN = /\p{Script=Han}/u
const HAN_RUN = /\p{Script=Han}+/gu
/** What a word may hold once cleaned: Han characters, ASCII letters and digits (safe in a tsquery without quoting). */
const NOT_WORD = /[^\p{Script=Han}a-z0-9]/gu

function clean(word: string): string {
  return word.toLowerCase().normalize('NFKC').replace(NOT_WORD, '')
}

/** Character bigrams of the Han runs of `text` (a run of one character is itself). */
export function bigrams(text: string): string[] {
  const out: string[] = []
  for (const [run] of text.matchAll(HAN_RUN)) {
    if (run.length === 1) { out.push(run); continue }
    for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2))
  }
  return out
}

/** jieba's search-mode words of `text`, cleaned, without stop words. */
export function words(text: string): string[] {
  const out: string[] = []
  for (const w of segmenter().cutForSearch(text.normalize('NFKC'), true)) {
    const c = clean(w)
    if (!c || STOP.has(c)) continue
    // Latin or digits alone: only when they say something (a number like 12345, a word like app)
    if (!HAN.test(c) && c.length < 2) continue
    out.push(c)
  }
  return out
}

/** The words an article's text is indexed under: its words and its bigrams, space-joined for to_tsvector. */
export function indexWords(text: string): string {
  return [...words(text), ...bigrams(text)].join(' ')
}

export interface QueryTerms {
  /** jieba's words of the query */
  words: string[]
  /** bigrams of the query that are not already words */
  bigrams: string[]
  /** words of the written forms of what the query says in spoken words (synonyms.ts), not already among them */
  expanded: string[]
}

/** The distinct terms of a query, at most `max` of each kind (a pasted page stays a bounded query). */
export function queryTerms(text: string, max = 24): QueryTerms {
  const w = [...new Set(words(text))].slice(0, max)
  const seen = new Set(w)
  const b = [...new Set(bigrams(text))].filter((x) => !seen.has(x) && !STOP.has(x)).slice(0, max)
  for (const x of b) seen.add(x)
  const e = [...new Set(writtenForms(text.normalize('NFKC')).flatMap(words))].filter((x) => !seen.has(x)).slice(0, max)
  return { words: w, bigrams: b, expanded: e }
}
