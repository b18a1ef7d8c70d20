// The staff trend of the hotspots (热点趋势, issue 23): the weekly counts behind the rising rule, for the board and
// 热点发现 — the rising (township, category) pairs, or when none rises the busiest of the last week, with each pair's
// baseline (the mean of the weeks before the last). Read from the same scoped weekly counts as the rule itself.
import type { Rising } from './detect.js'

export interface StaffTrendSeries { township: string; category: string; counts: number[]; baseline: number; rising: boolean }

/** At most `shown` pairs: the rising ones first (most surprising first), then the busiest of the last week. */
export function staffTrend(weeks: Map<string, number>[], rising: Rising[], shown = 6): StaffTrendSeries[] {
  if (!weeks.length) return []
  const last = weeks[weeks.length - 1]
  const keys = rising.map((r) => `${r.township}|${r.category}`)
  const busiest = [...last].filter(([k]) => !keys.includes(k)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k)
  return [...keys, ...busiest].slice(0, shown).map((key) => {
    const [township, category] = key.split('|')
    const counts = weeks.map((w) => w.get(key) ?? 0)
    const before = counts.slice(0, -1)
    const baseline = before.length ? Math.round((before.reduce((a, b) => a + b, 0) / before.length) * 100) / 100 : 0
    return { township, category, counts, baseline, rising: keys.includes(key) }
  })
}
