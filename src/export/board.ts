// 导出督办看板: the board's rows (units of the jurisdiction and the total) as a table, the figures as on screen.
import type { Board, Figures } from '../stats/board.js'
import type { Cell, Column } from './table.js'

export const BOARD_COLUMNS: Column[] = [
  { header: '单位', width: 30 }, { header: '行政区划', width: 16 }, { header: '在办', width: 8 }, { header: '超期', width: 8 },
  { header: '黄灯', width: 8 }, { header: '红灯', width: 8 }, { header: '退回', width: 8 }, { header: '延期', width: 8 },
  { header: '期间受理', width: 10 }, { header: '响应率', width: 9 }, { header: '解决率', width: 9 }, { header: '满意率', width: 9 },
]

const pct = (r: number | null): Cell => (r === null ? '—' : `${(r * 100).toFixed(1)}%`)
const figures = (f: Figures): Cell[] => [f.held, f.overdue, f.yellow, f.red, f.returned, f.extended, f.period.cases, pct(f.rates.response), pct(f.rates.resolution), pct(f.rates.satisfaction)]

export async function* boardRows(board: Board): AsyncIterable<Cell[][]> {
  yield [
    ...board.units.map((u) => [u.self ? `${u.name}（本级）` : u.name, u.divisionName, ...figures(u)]),
    ['合计', `${board.from} 至 ${board.to}`, ...figures(board.total)],
  ]
}
