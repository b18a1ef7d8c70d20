// 地址解析: finds the deepest division a free Chinese address names, from an in-memory index of one
// city's divisions. Pure and synchronous; the index is built once (a trie over every name variant).
import { committeeSuffix, type DivisionRow, type Level } from '../../db/divisions/source.js'

export type { DivisionRow, Level }

export type ResolveResult =
  | { status: 'found'; division: DivisionRow; path: DivisionRow[] }
  | { status: 'ambiguous'; candidates: { division: DivisionRow; path: DivisionRow[] }[] }
  /** the address names another province or city (外地) */
  | { status: 'outside'; place: string }
  | { status: 'not_found' }

const LEVEL_DEPTH: Record<Level, number> = { city: 0, county: 1, township: 2, village: 3 }

/** Name endings, longest first. Stripping one gives the bare name people also write. */
const SUFFIXES = [
  '社区居民委员会', '社区居委会', '居民委员会', '居委会', '村民委员会', '村委会',
  '街道办事处', '自治县', '街道', '社区', '区', '县', '市', '镇', '乡', '村',
]

/** The 55 minority nationalities, longest first, as they appear in 自治县 / 民族乡 names (石林彝族自治县, 九乡彝族回族乡). */
const NATIONALITIES = [
  '柯尔克孜', '乌孜别克', '维吾尔', '哈萨克', '达斡尔', '俄罗斯', '鄂温克', '鄂伦春', '塔吉克', '塔塔尔',
  '蒙古', '布依', '朝鲜', '土家', '哈尼', '傈僳', '高山', '拉祜', '东乡', '纳西', '景颇', '仫佬', '布朗',
  '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '德昂', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴',
  '基诺', '回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌',
  '怒', '京',
].map((n) => `${n}族`)

/** Removes trailing nationality names (…彝族苗族) so 禄劝彝族苗族自治县 → 禄劝; keeps the name if nothing would remain. */
function stripNationalities(name: string): string {
  let base = name
  for (;;) {
    const n = NATIONALITIES.find((x) => base.endsWith(x) && base.length > x.length)
    if (!n) return base
    base = base.slice(0, -n.length)
  }
}

/**
 * The bare name of a division: its administrative suffix removed (五华区 → 五华, 华山街道 → 华山,
 * 翠湖西路社区居民委员会 → 翠湖西路, 石林彝族自治县 → 石林). Returns the name unchanged when it has no
 * known suffix or nothing would remain.
 */
export function stripSuffix(name: string): string {
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length)
  if (!suffix) return name
  const base = name.slice(0, -suffix.length)
  if (suffix === '自治县' || suffix === '乡' || suffix === '镇') return stripNationalities(base)
  return base
}

const HAN = /\p{Script=Han}/u

/** Names shorter than this never match on their own (a bare 1-character name is noise). */
const MIN_VARIANT_LENGTH = 2
/** Evidence weight: a name written with an administrative suffix is stronger than a bare one. */
const WITH_SUFFIX = 2
const BARE = 1

interface Variant { text: string; weight: number }

/** Every written form of a division's name, each with how strong a match on it is. */
export function nameVariants(row: DivisionRow): Variant[] {
  const out = new Map<string, number>()
  const add = (text: string, weight: number): void => {
    if (text.length < MIN_VARIANT_LENGTH) return
    const prev = out.get(text)
    if (prev === undefined || prev < weight) out.set(text, weight)
  }
  const name = row.name
  add(name, WITH_SUFFIX)
  if (row.level === 'village') {
    const hit = committeeSuffix(name)
    if (hit?.kind === 'community') {
      const base = hit.base
      const core = base.endsWith('社区') && base.length > 2 ? base.slice(0, -2) : base
      for (const s of ['社区居民委员会', '社区居委会', '社区']) add(core + s, WITH_SUFFIX)
      add(`${core}居委会`, WITH_SUFFIX)
      add(core, BARE)
    } else if (hit?.kind === 'village') {
      const base = hit.base
      // 三家村村民委员会: the village is 三家村; people also write 三家村委会 or 三家.
      const core = base.endsWith('村') && base.length > 1 ? base.slice(0, -1) : base
      for (const s of ['村民委员会', '村委会', '村']) add(core + s, WITH_SUFFIX)
      if (core !== base) for (const s of ['村民委员会', '村委会']) add(base + s, WITH_SUFFIX)
      add(core, BARE)
    } else {
      add(stripSuffix(name), BARE)
    }
    return [...out].map(([text, weight]) => ({ text, weight }))
  }
  const base = stripSuffix(name)
  if (base !== name) {
    add(base, BARE)
    // 石林彝族自治县 → 石林县, 双河彝族乡 → 双河乡 (for plain names this is the full name again)
    const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length)
    if (suffix) add(base + (suffix === '自治县' ? '县' : suffix), WITH_SUFFIX)
  }
  return [...out].map(([text, weight]) => ({ text, weight }))
}

interface Entry { row: DivisionRow; weight: number }
interface TrieNode { next: Map<number, TrieNode> | null; entries: Entry[] | null }

/** One occurrence of a name in the address: [start, end) and the divisions it may mean. */
interface Match { start: number; end: number; entries: Entry[] }

/** A reading of the address: the deepest division, the evidence for it per level, and how many
 * ancestor names come after a deeper name (addresses go from the larger place to the smaller). */
interface Chain { score: number; inversions: number; byLevel: number[]; row: DivisionRow; match: number }

export class DivisionIndex {
  private readonly byCode = new Map<string, DivisionRow>()
  private readonly kids = new Map<string, DivisionRow[]>()
  private readonly paths = new Map<string, DivisionRow[]>()
  private readonly root: TrieNode = { next: null, entries: null }
  /** other provinces' and cities' names (outside.ts), by first character */
  private readonly outside = new Map<string, string[]>()

  /** `outsideNames`: places outside the city (outsidePlaceNames); an address naming one resolves to `outside`. */
  constructor(rows: DivisionRow[], outsideNames: string[] = []) {
    for (const name of outsideNames) {
      const list = this.outside.get(name[0]) ?? []
      list.push(name)
      this.outside.set(name[0], list)
    }
    for (const row of rows) this.byCode.set(row.code, row)
    for (const row of rows) {
      if (row.parentCode === null || !this.byCode.has(row.parentCode)) continue
      let list = this.kids.get(row.parentCode)
      if (!list) this.kids.set(row.parentCode, (list = []))
      list.push(row)
    }
    for (const list of this.kids.values()) list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    for (const row of rows) {
      const path: DivisionRow[] = []
      const seen = new Set<string>()
      for (let r: DivisionRow | undefined = row; r && !seen.has(r.code); r = r.parentCode === null ? undefined : this.byCode.get(r.parentCode)) {
        seen.add(r.code)
        path.push(r)
      }
      this.paths.set(row.code, path.reverse())
      for (const v of nameVariants(row)) this.insert(v.text, { row, weight: v.weight })
    }
  }

  get(code: string): DivisionRow | undefined {
    return this.byCode.get(code)
  }

  /** The division's ancestors from the city down, ending with the division itself; [] if unknown. */
  path(code: string): DivisionRow[] {
    return [...(this.paths.get(code) ?? [])]
  }

  children(code: string): DivisionRow[] {
    return [...(this.kids.get(code) ?? [])]
  }

  private insert(text: string, entry: Entry): void {
    let node = this.root
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (!node.next) node.next = new Map()
      let child = node.next.get(c)
      if (!child) node.next.set(c, (child = { next: null, entries: null }))
      node = child
    }
    if (!node.entries) node.entries = []
    node.entries.push(entry)
  }

  /** All name occurrences, minus those overlapping a longer occurrence (五华区 beats 五华 and 华山 inside it). */
  private findMatches(text: string): Match[] {
    const all: Match[] = []
    for (let i = 0; i < text.length; i++) {
      let node: TrieNode | undefined = this.root
      for (let j = i; j < text.length && node?.next; j++) {
        node = node.next.get(text.charCodeAt(j))
        if (node?.entries) all.push({ start: i, end: j + 1, entries: node.entries })
      }
    }
    return all.filter((m) => !all.some((o) => o !== m && o.end - o.start > m.end - m.start && o.start < m.end && m.start < o.end))
  }

  /**
   * Resolves a free address. Every name found proposes divisions; an interpretation is one division
   * plus, for each of its ancestors, at most one other (non-overlapping) name naming that ancestor.
   * Interpretations are ranked by total evidence (named with suffix 2, bare 1), then by the higher
   * levels (a named county outranks a deeper name that contradicts it). A unique best division is
   * 'found'; several equally supported divisions are 'ambiguous'.
   */
  resolve(address: string): ResolveResult {
    const text = address.replace(/\s+/g, '')
    const matches = this.findMatches(text)
    const elsewhere = this.outsidePlace(text)
    // another province or city named, and neither the city nor one of its counties or townships with its suffix
    if (elsewhere && !matches.some((m) => m.entries.some((e) => e.weight === WITH_SUFFIX && e.row.level !== 'village'))) {
      return { status: 'outside', place: elsewhere }
    }
    if (matches.length === 0) return { status: 'not_found' }

    // code → the matches naming it, with their weight
    const naming = new Map<string, { match: number; weight: number }[]>()
    matches.forEach((m, mi) => {
      for (const e of m.entries) {
        let list = naming.get(e.row.code)
        if (!list) naming.set(e.row.code, (list = []))
        list.push({ match: mi, weight: e.weight })
      }
    })

    let best: Chain[] = []
    matches.forEach((m, mi) => {
      for (const e of m.entries) {
        const chain = this.bestChain(e, mi, matches, naming)
        const cmp = best.length === 0 ? 1 : compareChains(chain, best[0])
        if (cmp > 0) best = [chain]
        else if (cmp === 0 && !best.some((b) => b.row === chain.row)) best.push(chain)
      }
    })

    // A village's bare name alone, inside a longer word (朝阳 of 朝阳区, 陆家 of 陆家嘴), is only a candidate.
    const partial = best.length === 1 && best[0].score === BARE && best[0].row.level === 'village' && HAN.test(text[matches[best[0].match].end] ?? '')
    if (best.length === 1 && !partial) {
      const division = best[0].row
      return { status: 'found', division, path: this.path(division.code) }
    }
    best.sort((a, b) => (a.row.code < b.row.code ? -1 : 1))
    return { status: 'ambiguous', candidates: best.map((c) => ({ division: c.row, path: this.path(c.row.code) })) }
  }

  /** The first other province or city the text names (not 北京市场: a market is no city). */
  private outsidePlace(text: string): string | null {
    if (!this.outside.size) return null
    for (let i = 0; i < text.length; i++) {
      for (const name of this.outside.get(text[i]) ?? []) {
        if (text.startsWith(name, i) && text[i + name.length] !== '场') return name
      }
    }
    return null
  }

  /** The best-supported reading with `entry.row` as the deepest division, its own name being match `mi`. */
  private bestChain(entry: Entry, mi: number, matches: Match[], naming: Map<string, { match: number; weight: number }[]>): Chain {
    const path = this.paths.get(entry.row.code) ?? [entry.row]
    const byLevel = [0, 0, 0, 0]
    byLevel[LEVEL_DEPTH[entry.row.level]] = entry.weight
    let best: Chain = { score: entry.weight, inversions: 0, byLevel, row: entry.row, match: mi }
    const used: number[] = [mi]
    // Depth-first over the ancestors: each is either unnamed or named by one unused, non-overlapping match.
    const visit = (k: number, score: number, inversions: number, levels: number[]): void => {
      if (k < 0) {
        const c: Chain = { score, inversions, byLevel: levels, row: entry.row, match: mi }
        if (compareChains(c, best) > 0) best = c
        return
      }
      const ancestor = path[k]
      visit(k - 1, score, inversions, levels)
      for (const n of naming.get(ancestor.code) ?? []) {
        const m = matches[n.match]
        if (used.some((u) => u === n.match || (matches[u].start < m.end && m.start < matches[u].end))) continue
        let after = 0
        for (const u of used) if (matches[u].start < m.start) after++
        used.push(n.match)
        const next = levels.slice()
        next[LEVEL_DEPTH[ancestor.level]] += n.weight
        visit(k - 1, score + n.weight, inversions + after, next)
        used.pop()
      }
    }
    visit(path.length - 2, entry.weight, 0, byLevel)
    return best
  }
}

/** Positive when a is the better reading: more evidence, then names in address order, then stronger
 * evidence at the higher levels (a named county outranks a deeper name that contradicts it). */
function compareChains(a: Chain, b: Chain): number {
  if (a.score !== b.score) return a.score - b.score
  if (a.inversions !== b.inversions) return b.inversions - a.inversions
  for (let i = 0; i < 4; i++) if (a.byLevel[i] !== b.byLevel[i]) return a.byLevel[i] - b.byLevel[i]
  return 0
}
