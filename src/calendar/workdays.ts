/**
 * Working-day calendar for China, computed in Asia/Shanghai (UTC+08:00, no daylight saving time)
 * whatever the machine's time zone.
 *
 * Source of holidays and swapped working days (调休): the `chinese-days` package. Its data file is
 * read directly rather than through its `isWorkday()`, because that function parses 'YYYY-MM-DD'
 * as UTC but formats with local-time getters, so west of UTC it looks up the previous day.
 * The data is the same (checked in test/calendar.test.ts). Years the package does not know yet
 * fall back to Monday–Friday unless an admin override says otherwise.
 */
import chineseDaysData from 'chinese-days/dist/chinese-days.json' with { type: 'json' }

/** A calendar date in China, 'YYYY-MM-DD'. */
export type DateStr = string

const DAY_MS = 86_400_000
/** Asia/Shanghai is UTC+08:00 all year. */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000

interface ChineseDaysData {
  holidays: Record<string, string>
  workdays: Record<string, string>
  inLieuDays: Record<string, string>
}
const DATA = chineseDaysData as unknown as ChineseDaysData

const HOLIDAYS: ReadonlySet<string> = new Set(Object.keys(DATA.holidays))
const SWAPPED_WORKDAYS: ReadonlySet<string> = new Set(Object.keys(DATA.workdays))

function yearsOf(keys: Iterable<string>): number[] {
  const ys = new Set<number>()
  for (const k of keys) ys.add(Number(k.slice(0, 4)))
  return [...ys].sort((a, b) => a - b)
}
const KNOWN_YEARS = yearsOf(HOLIDAYS)

/** First year whose official holiday schedule is in chinese-days. */
export const CHINESE_DAYS_KNOWN_FROM: number = KNOWN_YEARS[0]
/** Last year whose official holiday schedule is in chinese-days (2026 for chinese-days 1.5.7). */
export const CHINESE_DAYS_KNOWN_THROUGH: number = KNOWN_YEARS[KNOWN_YEARS.length - 1]

// ---------------------------------------------------------------------------------------------
// Date helpers (all in China time)
// ---------------------------------------------------------------------------------------------

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Days since 1970-01-01 for a valid 'YYYY-MM-DD'; throws RangeError otherwise. */
function dayNumber(d: DateStr): number {
  const m = DATE_RE.exec(d)
  if (m) {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
    if (new Date(ms).toISOString().slice(0, 10) === d) return ms / DAY_MS
  }
  throw new RangeError(`not a valid YYYY-MM-DD date: ${JSON.stringify(d)}`)
}

function fromDayNumber(n: number): DateStr {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

export function isDateStr(s: unknown): s is DateStr {
  if (typeof s !== 'string') return false
  try {
    dayNumber(s)
    return true
  } catch {
    return false
  }
}

/** The calendar date in China of an instant. */
export function shanghaiDate(instant: Date): DateStr {
  const t = instant.getTime()
  if (!Number.isFinite(t)) throw new RangeError('invalid Date')
  return new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** 00:00:00.000 +08:00 of a China date. */
export function startOfShanghaiDay(d: DateStr): Date {
  return new Date(dayNumber(d) * DAY_MS - SHANGHAI_OFFSET_MS)
}

/** 23:59:59.999 +08:00 of a China date. */
export function endOfShanghaiDay(d: DateStr): Date {
  return new Date((dayNumber(d) + 1) * DAY_MS - SHANGHAI_OFFSET_MS - 1)
}

/** Calendar arithmetic on dates: addDays('2026-12-31', 1) = '2027-01-01'. */
export function addDays(d: DateStr, n: number): DateStr {
  return fromDayNumber(dayNumber(d) + n)
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: DateStr): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7 // 1970-01-01 was a Thursday
}

function toDateStr(x: Date | DateStr): DateStr {
  if (x instanceof Date) return shanghaiDate(x)
  dayNumber(x) // validate
  return x
}

/** Upper bound on the days scanned for one answer (guards against a calendar with no workdays). */
const MAX_SCAN_DAYS = 3660
/** addWorkingDaysDate answers kept per calendar (a few days × a few deadlines in practice). */
const MAX_REMEMBERED_DEADLINES = 10_000

// ---------------------------------------------------------------------------------------------
// WorkCalendar
// ---------------------------------------------------------------------------------------------

export type CalendarSource = 'override' | 'chinese-days' | 'weekdays'

export class WorkCalendar {
  /** Last year covered by chinese-days; later years use overrides, else Monday–Friday. */
  readonly knownThrough: number = CHINESE_DAYS_KNOWN_THROUGH
  /** First year covered by chinese-days. */
  readonly knownFrom: number = CHINESE_DAYS_KNOWN_FROM
  private readonly overrides: ReadonlyMap<DateStr, boolean>
  /** addWorkingDaysDate's answers, 'YYYY-MM-DD+n' → date; a calendar never changes once built. */
  private readonly deadlines = new Map<string, DateStr>()

  /**
   * @param overrides admin overrides, 'YYYY-MM-DD' → is a working day. They win over chinese-days.
   * @throws RangeError for a key that is not a valid date.
   */
  constructor(overrides: ReadonlyMap<DateStr, boolean> | Iterable<readonly [DateStr, boolean]> = new Map()) {
    const m = new Map<DateStr, boolean>()
    for (const [k, v] of overrides) {
      dayNumber(k)
      m.set(k, Boolean(v))
    }
    this.overrides = m
  }

  /** The overrides this calendar was built with. */
  get overrideEntries(): ReadonlyMap<DateStr, boolean> {
    return this.overrides
  }

  /** Where the answer for a date comes from. */
  sourceOf(date: Date | DateStr): CalendarSource {
    const d = toDateStr(date)
    if (this.overrides.has(d)) return 'override'
    const y = Number(d.slice(0, 4))
    return y >= this.knownFrom && y <= this.knownThrough ? 'chinese-days' : 'weekdays'
  }

  /** True when the official schedule of `year` is in chinese-days (else admins should add overrides). */
  knowsYear(year: number): boolean {
    return year >= this.knownFrom && year <= this.knownThrough
  }

  /** Is this China date (or the China date of this instant) a working day? */
  isWorkday(date: Date | DateStr): boolean {
    const d = toDateStr(date)
    const o = this.overrides.get(d)
    if (o !== undefined) return o
    const y = Number(d.slice(0, 4))
    if (y >= this.knownFrom && y <= this.knownThrough) {
      if (SWAPPED_WORKDAYS.has(d)) return true
      if (HOLIDAYS.has(d)) return false
    }
    const dow = dayOfWeek(d)
    return dow !== 0 && dow !== 6
  }

  /** The first working day strictly after `date` (or on it, when `inclusive`). */
  nextWorkday(date: Date | DateStr, inclusive = false): DateStr {
    let d = toDateStr(date)
    if (inclusive && this.isWorkday(d)) return d
    for (let i = 0; i < MAX_SCAN_DAYS; i++) {
      d = addDays(d, 1)
      if (this.isWorkday(d)) return d
    }
    throw new Error(`no working day within ${MAX_SCAN_DAYS} days of ${toDateStr(date)}`)
  }

  /**
   * The China date of the n-th working day after the date of `from`.
   * n = 0: that date itself if it is a working day, else the next working day.
   */
  addWorkingDaysDate(from: Date | DateStr, n: number): DateStr {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be an integer ≥ 0, got ${n}`)
    let d = toDateStr(from)
    // every event of a case asks again for the same deadlines (day by day, a scan of weeks): remembered
    const key = `${d}+${n}`
    const known = this.deadlines.get(key)
    if (known !== undefined) return known
    if (n === 0) d = this.nextWorkday(d, true)
    for (let left = n; left > 0; left--) d = this.nextWorkday(d)
    if (this.deadlines.size >= MAX_REMEMBERED_DEADLINES) this.deadlines.clear()
    this.deadlines.set(key, d)
    return d
  }

  /**
   * Deadline: end (23:59:59.999 +08:00) of the n-th working day after `from`'s China date.
   * n = 0 means the end of the same day if it is a working day, else of the next working day.
   */
  addWorkingDays(from: Date, n: number): Date {
    return endOfShanghaiDay(this.addWorkingDaysDate(from, n))
  }

  /**
   * Working days d with date(from) < d ≤ date(to), in China time; negative when `to` is earlier.
   * Inverse of addWorkingDays for n ≥ 1: workingDaysBetween(x, addWorkingDays(x, n)) === n.
   */
  workingDaysBetween(from: Date | DateStr, to: Date | DateStr): number {
    const a = dayNumber(toDateStr(from))
    const b = dayNumber(toDateStr(to))
    if (b < a) return -this.workingDaysBetween(to, from)
    let count = 0
    for (let n = a + 1; n <= b; n++) if (this.isWorkday(fromDayNumber(n))) count++
    return count
  }

  /** Working days in [from, to], both China dates inclusive, as 'YYYY-MM-DD'. */
  workdaysInRange(from: Date | DateStr, to: Date | DateStr): DateStr[] {
    const a = dayNumber(toDateStr(from))
    const b = dayNumber(toDateStr(to))
    const out: DateStr[] = []
    for (let n = a; n <= b; n++) {
      const d = fromDayNumber(n)
      if (this.isWorkday(d)) out.push(d)
    }
    return out
  }
}
