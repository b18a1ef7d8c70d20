// 分类目录: the three-level category catalogue (一级/二级/三级) every form, routing, statistics and the knowledge base read.
// The API other modules use: listCatalogue (all entries with their path), lookupCategory (one code), pathLabel
// ("一级 / 二级 / 三级"), topLevelOf, routingLevelOf (the most specific handling level), searchCatalogue (any word of a
// name). A case's category is a code of any level; codes never change, so old cases keep theirs.
import type { Sql, TransactionSql } from 'postgres'
import type { Level } from '../cases/machine.js'
import { DEFAULT_CATALOGUE } from './defaults.js'
import { matchesWords } from './search.js'

type Reader = Sql | TransactionSql

export { DEFAULT_CATALOGUE } from './defaults.js'
export { matchesWords, queryWords, searchForms } from './search.js'

export const MAX_DEPTH = 3
/** A code: lower-case words, dotted below the first level (village_affairs.disclosure). */
export const CODE_PATTERN = '^[a-z][a-z0-9_]{1,39}(\\.[a-z0-9_]{1,30}){0,2}$'

export interface CatalogueEntry {
  code: string
  parentCode: string | null
  /** 1 一级, 2 二级, 3 三级 */
  depth: 1 | 2 | 3
  label: string
  /** the English name (console in English); null: none given, the Chinese one is shown */
  labelEn: string | null
  /** the entry's own routing rule, if it has one */
  handlingLevel: Level | null
  keywords: string
  sort: number
  active: boolean
  /** codes from the first level down to this one */
  path: string[]
  /** labels from the first level down to this one */
  pathLabels: string[]
  /** the same in English, each level's Chinese label where it has no English one */
  pathLabelsEn: string[]
  /** the handling level routing applies: this entry's, else its parent's, else the first level's; null when none has one */
  routingLevel: Level | null
  /** the code of the entry whose rule gives routingLevel */
  routingFrom: string | null
}

interface Row { code: string; parent_code: string | null; depth: number; label: string; label_en: string | null; handling_level: Level | null; keywords: string; sort: number; active: boolean }

function withPaths(rows: Row[]): CatalogueEntry[] {
  const byCode = new Map(rows.map((r) => [r.code, r]))
  const entries = rows.map((r): CatalogueEntry => {
    const chain: Row[] = []
    for (let at: Row | undefined = r; at && chain.length < MAX_DEPTH; at = at.parent_code ? byCode.get(at.parent_code) : undefined) chain.unshift(at)
    const rule = [...chain].reverse().find((c) => c.handling_level)
    return {
      code: r.code, parentCode: r.parent_code, depth: r.depth as 1 | 2 | 3, label: r.label, labelEn: r.label_en, handlingLevel: r.handling_level,
      keywords: r.keywords, sort: r.sort, active: r.active, path: chain.map((c) => c.code), pathLabels: chain.map((c) => c.label),
      pathLabelsEn: chain.map((c) => c.label_en ?? c.label),
      routingLevel: rule?.handling_level ?? null, routingFrom: rule?.code ?? null,
    }
  })
  // parents before children, each level in its admins' order
  const key = (e: CatalogueEntry) => e.path.map((c) => String(byCode.get(c)!.sort).padStart(6, '0') + c).join('/')
  return entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

/** Every entry (the inactive ones too when asked: old cases still name them), parents first. */
export async function listCatalogue(sql: Reader, opts: { includeInactive?: boolean } = {}): Promise<CatalogueEntry[]> {
  const rows = await sql<Row[]>`select code, parent_code, depth, label, label_en, handling_level, keywords, sort, active from categories`
  const all = withPaths(rows)
  return opts.includeInactive ? all : all.filter((e) => e.active && e.path.every((c) => rows.find((r) => r.code === c)?.active))
}

/** One entry by its code (of any level, active or not), or null. */
export async function lookupCategory(sql: Reader, code: string): Promise<CatalogueEntry | null> {
  const rows = await sql<Row[]>`
    with recursive up as (
      select code, parent_code, depth, label, label_en, handling_level, keywords, sort, active from categories where code = ${code}
      union all
      select c.code, c.parent_code, c.depth, c.label, c.label_en, c.handling_level, c.keywords, c.sort, c.active from categories c join up on c.code = up.parent_code
    ) select * from up`
  return withPaths(rows).find((e) => e.code === code) ?? null
}

/** 一级 / 二级 / 三级 */
export function pathLabel(entry: Pick<CatalogueEntry, 'pathLabels'>, separator = ' / '): string {
  return entry.pathLabels.join(separator)
}

/** The first-level code an entry belongs to (for statistics by 一级分类). */
export function topLevelOf(entry: Pick<CatalogueEntry, 'path'>): string {
  return entry.path[0]
}

/** The handling level routing applies to a category: the most specific level that has a rule wins; null: none has one. */
export async function routingLevelOf(sql: Reader, code: string): Promise<{ level: Level; from: string; depth: number } | null> {
  const entry = await lookupCategory(sql, code)
  if (!entry?.routingLevel || !entry.routingFrom) return null
  return { level: entry.routingLevel, from: entry.routingFrom, depth: entry.path.indexOf(entry.routingFrom) + 1 }
}

/** The entries any word of whose name (or its ancestors' names, or its keywords) matches every word of `query`. */
export function searchCatalogue(entries: readonly CatalogueEntry[], query: string): CatalogueEntry[] {
  return entries.filter((e) => matchesWords([...e.pathLabels, ...e.pathLabelsEn, e.keywords, e.code], query))
}

/** The default catalogue, for a new installation; entries already there (an admin may have changed them) are kept, given the English name only where they have none. */
export async function seedCatalogue(sql: Reader): Promise<void> {
  const rows = DEFAULT_CATALOGUE.map((e) => ({
    code: e.code, parent_code: e.parentCode, depth: e.parentCode ? (e.code.includes('.') ? 3 : 2) : 1, label: e.label, label_en: e.labelEn ?? null,
    handling_level: e.handlingLevel, keywords: e.keywords ?? '', sort: e.sort,
  }))
  await sql`
    insert into categories (code, parent_code, depth, label, label_en, handling_level, keywords, sort)
    select code, parent_code, depth, label, label_en, handling_level::level, keywords, sort
    from jsonb_to_recordset(${sql.json(rows as never)}) as x(code text, parent_code text, depth smallint, label text, label_en text, handling_level text, keywords text, sort int)
    order by depth
    on conflict (code) do update set label_en = excluded.label_en where categories.label_en is null`
}
