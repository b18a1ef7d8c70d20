// 导出考核排名: a ranking as on screen, one row per unit, as .xlsx or CSV (src/export/table.ts).
import type { Cell, Column } from '../export/table.js'
import type { Ranking, RankingRow } from './ranking.js'

export const ASSESSMENT_COLUMNS: Column[] = [
  { header: '排名', width: 8 }, { header: '单位', width: 30 }, { header: '行政区划', width: 16 }, { header: '得分', width: 8 },
  { header: '扣分', width: 8 }, { header: '诉求件数', width: 10 }, { header: '按期办结率', width: 11 }, { header: '响应率', width: 9 },
  { header: '解决率', width: 9 }, { header: '满意率', width: 9 }, { header: '协办按时率', width: 11 }, { header: '退回', width: 8 },
  { header: '逾期未答复督办单', width: 16 }, { header: '问责线索', width: 10 },
]

const pct = (r: number | null): Cell => (r === null ? '—' : `${(r * 100).toFixed(1)}%`)

function rankCell(r: RankingRow, byCounty: boolean): Cell {
  const rank = byCounty ? r.countyRank : r.rank
  const of = byCounty ? r.countyRankOf : r.rankOf
  return rank === null ? '样本不足' : `${rank}/${of}`
}

export async function* assessmentRows(ranking: Ranking): AsyncIterable<Cell[][]> {
  const byCounty = ranking.level === 'village' && ranking.division.level !== 'township'
  yield ranking.rows.map((r) => [
    rankCell(r, byCounty), r.name, r.divisionName, r.score, r.deduction, r.counts.cases, pct(r.rates.onTime), pct(r.rates.response),
    pct(r.rates.resolution), pct(r.rates.satisfaction), pct(r.rates.parts), r.counts.returns, r.counts.unansweredNotices, r.counts.accountability,
  ])
}
