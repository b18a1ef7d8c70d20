// 路由规则: category → handling level, the most specific level of the catalogue (src/catalogue) that has one winning;
// and the suggested chain for a case.
import type { Sql, TransactionSql } from 'postgres'
import type { Level } from '../cases/machine.js'
import { routingLevelOf, seedCatalogue } from '../catalogue/index.js'

export { DEFAULT_RULES } from '../catalogue/defaults.js'


/** The routing rules live in the category catalogue (src/catalogue): a new installation gets its default one. */
export async function seedRoutingRules(sql: Sql): Promise<void> {
  await seedCatalogue(sql)
}

const DEPTH: Record<Level, number> = { city: 0, county: 1, township: 2, village: 3 }
const LEVELS: Level[] = ['city', 'county', 'township', 'village']

export interface SuggestedUnit { unitId: number; name: string; level: Level; divisionCode: string }
export interface Suggestion {
  category: string | null
  ruleLevel: Level | null
  handlingLevel: Level
  chain: SuggestedUnit[]
  /** why the suggestion is what it is, in Chinese, for the dispatcher */
  notes: string[]
  fallback: boolean
}

/**
 * The chain from below the holding unit down to the handling level along the complaint's division path.
 * Unclear category → the county (兜底); a report is handled at least one level above the accused unit (回避).
 */
export async function suggestChain(sql: Sql | TransactionSql, c: { category: string | null; divisionCode: string | null; holderDivision: string; accusedLevel: Level | null; accusedDivision: string | null }): Promise<Suggestion> {
  const notes: string[] = []
  let fallback = false
  const rule = c.category ? await routingLevelOf(sql, c.category) : null
  let level: Level = rule?.level ?? 'county'
  if (!rule) { fallback = true; notes.push('分类不明确，按属地由县（区）兜底办理') }
  else if (rule.from !== c.category) notes.push(`按上级分类（${rule.depth === 1 ? '一级' : '二级'}）的分办规则确定承办层级`)
  if (c.accusedLevel) {
    const maxDepth = DEPTH[c.accusedLevel] - 1
    if (DEPTH[level] > maxDepth) {
      level = LEVELS[Math.max(0, maxDepth)]
      notes.push('举报件回避：由被举报单位的上一级办理')
    }
  }
  const place = c.divisionCode ?? c.holderDivision
  const path = await sql`
    with recursive up as (
      select code, name, level, parent_code from divisions where code = ${place}
      union all
      select d.code, d.name, d.level, d.parent_code from divisions d join up on d.code = up.parent_code
    )
    select up.code, up.level, u.id as unit_id, u.name as unit_name
    from up join units u on u.division_code = up.code and u.is_default and u.active`
  const ordered = path.sort((a, b) => DEPTH[a.level as Level] - DEPTH[b.level as Level])
  const holderDepth = DEPTH[levelOfCode(c.holderDivision)]
  const chain = ordered
    .filter((p) => DEPTH[p.level as Level] > holderDepth && DEPTH[p.level as Level] <= DEPTH[level])
    .filter((p) => !c.accusedDivision || !String(p.code).startsWith(c.accusedDivision))
    .map((p) => ({ unitId: Number(p.unit_id), name: p.unit_name as string, level: p.level as Level, divisionCode: p.code as string }))
  const deepest = ordered[ordered.length - 1]
  if (!c.divisionCode || (deepest && DEPTH[deepest.level as Level] < DEPTH[level])) {
    if (!c.divisionCode) notes.push('诉求地点不明确，请核实地点后交办')
    else notes.push(`地点只明确到${deepest?.level === 'county' ? '县（区）' : '上级'}，由已知最深一级承办`)
    fallback = true
  }
  const handlingLevel = chain.length ? chain[chain.length - 1].level : level
  return { category: c.category, ruleLevel: rule?.level ?? null, handlingLevel, chain, notes, fallback }
}

export function levelOfCode(code: string): Level {
  if (code.length === 6) return code.endsWith('00') ? 'city' : 'county'
  return code.length === 9 ? 'township' : 'village'
}
