// 路由规则: category → handling level, with Kunming's defaults; and the suggested chain for a case.
import type { Sql, TransactionSql } from 'postgres'
import type { Level } from '../cases/machine.js'

export const DEFAULT_RULES: { category: string; label: string; level: Level }[] = [
  { category: 'village_affairs', label: '村（居）务公开与管理', level: 'village' },
  { category: 'village_finance', label: '村集体资金资产资源', level: 'township' },
  { category: 'village_official_misconduct', label: '村（社区）干部作风与违纪', level: 'township' },
  { category: 'township_official_misconduct', label: '乡镇（街道）干部作风与违纪', level: 'county' },
  { category: 'county_official_misconduct', label: '县（区）干部作风与违纪', level: 'city' },
  { category: 'land_demolition', label: '土地征收与房屋拆迁', level: 'county' },
  { category: 'urban_management', label: '市容与城市管理', level: 'township' },
  { category: 'housing_property', label: '住房与物业', level: 'township' },
  { category: 'environment', label: '生态环境', level: 'county' },
  { category: 'social_security', label: '社会保障与就业', level: 'county' },
  { category: 'education_health', label: '教育与医疗卫生', level: 'county' },
  { category: 'transport', label: '交通出行', level: 'county' },
  { category: 'public_security', label: '社会治安', level: 'county' },
  { category: 'market_consumer', label: '市场监管与消费维权', level: 'county' },
  { category: 'policy_consultation', label: '政策咨询', level: 'city' },
  { category: 'other', label: '其他', level: 'county' },
]

export async function seedRoutingRules(sql: Sql): Promise<void> {
  for (const r of DEFAULT_RULES) {
    await sql`insert into routing_rules (category, label, level) values (${r.category}, ${r.label}, ${r.level}) on conflict (category) do nothing`
  }
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
  const [rule] = c.category ? await sql`select level from routing_rules where category = ${c.category}` : []
  let level: Level = (rule?.level as Level) ?? 'county'
  if (!rule) { fallback = true; notes.push('分类不明确，按属地由县（区）兜底办理') }
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
  return { category: c.category, ruleLevel: (rule?.level as Level) ?? null, handlingLevel, chain, notes, fallback }
}

export function levelOfCode(code: string): Level {
  if (code.length === 6) return code.endsWith('00') ? 'city' : 'county'
  return code.length === 9 ? 'township' : 'village'
}
