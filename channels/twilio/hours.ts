// 工作时间: whether a call is answered by operators (working day, office hours in Asia/Shanghai) or by voicemail.
import { SHANGHAI_OFFSET_MS, type WorkCalendar } from '../../src/calendar/workdays.js'

/** Office hours as 'HH:MM' in China time; `start` inclusive, `end` exclusive. */
export interface OfficeHours { start: string; end: string }

export const DEFAULT_OFFICE_HOURS: Readonly<OfficeHours> = Object.freeze({ start: '08:30', end: '17:30' })

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Minutes after midnight of an 'HH:MM'; throws RangeError otherwise. */
export function minutesOf(hhmm: string): number {
  const m = HHMM.exec(hhmm)
  if (!m) throw new RangeError(`not an HH:MM time: ${JSON.stringify(hhmm)}`)
  return Number(m[1]) * 60 + Number(m[2])
}

/** Minutes after midnight, China time, of an instant. */
export function shanghaiMinutes(instant: Date): number {
  const t = instant.getTime()
  if (!Number.isFinite(t)) throw new RangeError('invalid Date')
  const shifted = new Date(t + SHANGHAI_OFFSET_MS)
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes()
}

/**
 * True on a China working day (holidays and swapped working days from the calendar) between
 * `hours.start` (inclusive) and `hours.end` (exclusive), China time, whatever the machine's zone.
 */
export function isWorkingHours(now: Date, calendar: Pick<WorkCalendar, 'isWorkday'>, hours: OfficeHours = DEFAULT_OFFICE_HOURS): boolean {
  const start = minutesOf(hours.start)
  const end = minutesOf(hours.end)
  if (end <= start) throw new RangeError(`office hours end (${hours.end}) must be after start (${hours.start})`)
  if (!calendar.isWorkday(now)) return false
  const minutes = shanghaiMinutes(now)
  return minutes >= start && minutes < end
}
