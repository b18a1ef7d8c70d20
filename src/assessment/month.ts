// Months of the assessment, in China time (Asia/Shanghai has no daylight saving): `YYYY-MM`.
export const isMonth = (s: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(s)

/** The month `now` falls in, China time. */
export function currentMonth(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 7)
}

/** The month before `month`. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** `YYYY-MM-01`, the month's row key. */
export const monthStart = (month: string): string => `${month}-01`

/** The instants the month starts and ends (exclusive), China time. */
export function monthBounds(month: string): { start: Date; end: Date } {
  return { start: new Date(`${month}-01T00:00:00+08:00`), end: new Date(`${nextMonth(month)}-01T00:00:00+08:00`) }
}
