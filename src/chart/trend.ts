/**
 * The hotspots' own chart (热点趋势, issue 23): weekly counts of a few categories as lines, drawn as SVG text on the
 * server like the process chart (src/chart/svg.ts), for the board and the portal alike. A week whose count is hidden
 * (null: fewer than 5 on a public chart) is a gap in its line, never a guessed point; a rising category is drawn
 * bold with its baseline (the mean of the weeks before) as a dashed line.
 */
import { textWidth } from './svg.js'

export interface TrendSeries {
  label: string
  /** one per week, oldest first; null: not shown (a public count under 5) */
  counts: (number | null)[]
  /** the mean weekly count of the weeks before the last (the rising rule's λ), drawn dashed */
  baseline?: number | null
  /** flagged by the rising rule */
  rising?: boolean
}

export interface TrendChart {
  title: string
  /** the first day of each week (YYYY-MM-DD, Beijing), oldest first */
  weeks: string[]
  series: TrendSeries[]
  /** a line under the chart: the rule, or what a gap means */
  note?: string
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const COLOURS = ['#1f5fbf', '#d03050', '#2e8b57', '#e6a23c', '#8e44ad', '#16a085', '#7f8c8d', '#c0392b']
const FONT_FAMILY = "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif"

/** A round upper bound for the y axis and its step (1, 2 or 5 times a power of ten, four or five ticks). */
export function axisScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 5, step: 1 }
  const raw = max / 4
  const p = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw)!
  return { top: Math.ceil(max / step) * step, step }
}

export function renderTrendSvg(chart: TrendChart): string {
  const W = 680
  const left = 44
  const right = 16
  const top = 36
  const plotH = 200
  const legendRows = Math.ceil(chart.series.length / 2)
  const H = top + plotH + 28 + legendRows * 18 + (chart.note ? 22 : 0) + 8
  const plotW = W - left - right
  const n = chart.weeks.length
  const x = (i: number) => left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1))
  const max = Math.max(0, ...chart.series.flatMap((s) => [...s.counts.filter((c): c is number => c !== null), s.baseline ?? 0]))
  const { top: yTop, step } = axisScale(max)
  const y = (v: number) => top + plotH - (v / yTop) * plotH
  const out: string[] = []
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(chart.title)}" font-family="${FONT_FAMILY}">`)
  out.push(`<title>${esc(chart.title)}</title>`)
  out.push(`<text x="${W / 2}" y="20" font-size="14" font-weight="bold" text-anchor="middle">${esc(chart.title)}</text>`)
  for (let v = 0; v <= yTop; v += step) {
    out.push(`<line x1="${left}" x2="${W - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${v === 0 ? '#555' : '#e4e7ed'}" stroke-width="1"/>`)
    out.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="10" text-anchor="end" fill="#555">${v}</text>`)
  }
  chart.weeks.forEach((w, i) => {
    if (n > 10 && i % 2 === 1 && i !== n - 1) return
    out.push(`<text x="${x(i).toFixed(1)}" y="${top + plotH + 16}" font-size="10" text-anchor="middle" fill="#555">${esc(w.slice(5))}</text>`)
  })
  if (!chart.series.length) out.push(`<text x="${W / 2}" y="${top + plotH / 2}" font-size="12" text-anchor="middle" fill="#999">暂无数据 / no data</text>`)
  chart.series.forEach((s, k) => {
    const colour = COLOURS[k % COLOURS.length]
    const width = s.rising ? 3 : 1.5
    out.push(`<g class="series${s.rising ? ' rising' : ''}" data-series="${esc(s.label)}">`)
    if (s.baseline !== undefined && s.baseline !== null) {
      out.push(`<line class="baseline" x1="${left}" x2="${W - right}" y1="${y(s.baseline).toFixed(1)}" y2="${y(s.baseline).toFixed(1)}" stroke="${colour}" stroke-width="1" stroke-dasharray="4 3" opacity="0.7"/>`)
    }
    // a hidden week breaks the line: each run of shown weeks is its own polyline
    let run: string[] = []
    const flush = () => {
      if (run.length > 1) out.push(`<polyline points="${run.join(' ')}" fill="none" stroke="${colour}" stroke-width="${width}"/>`)
      run = []
    }
    s.counts.forEach((c, i) => {
      if (c === null) return flush()
      run.push(`${x(i).toFixed(1)},${y(c).toFixed(1)}`)
      out.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(c).toFixed(1)}" r="${s.rising ? 3.5 : 2.5}" fill="${colour}" data-week="${esc(chart.weeks[i] ?? '')}" data-count="${c}"/>`)
    })
    flush()
    out.push('</g>')
  })
  const legendTop = top + plotH + 34
  chart.series.forEach((s, k) => {
    const lx = left + (k % 2) * (plotW / 2)
    const ly = legendTop + Math.floor(k / 2) * 18
    const colour = COLOURS[k % COLOURS.length]
    const label = `${s.label}${s.rising ? ' ↑ 上升' : ''}`
    out.push(`<rect x="${lx}" y="${ly - 8}" width="14" height="${s.rising ? 4 : 2}" fill="${colour}"/>`)
    out.push(`<text x="${lx + 20}" y="${ly}" font-size="11"${s.rising ? ' font-weight="bold"' : ''}>${esc(label.length > 40 ? label.slice(0, 39) + '…' : label)}</text>`)
  })
  if (chart.note) {
    const noteY = legendTop + legendRows * 18 + 6
    const size = textWidth(chart.note, 10) > W - left ? 9 : 10
    out.push(`<text x="${left}" y="${noteY}" font-size="${size}" fill="#666">${esc(chart.note)}</text>`)
  }
  out.push('</svg>')
  return out.join('\n')
}
