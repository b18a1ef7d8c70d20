/**
 * Deadline rules (issue 3, "Deadlines and supervision"). Pure: every function takes the calendar
 * and the instants it needs. Deadlines are the end (23:59:59.999 +08:00) of a China working day.
 */
import { addDays, endOfShanghaiDay, shanghaiDate, type WorkCalendar } from './workdays.js'

export type Urgency = 'normal' | 'urgent' | 'critical'
export type WarningLevel = 'none' | 'yellow' | 'red'

/** 签收: within 1 working day of the assignment. */
export const SIGN_WORKING_DAYS = 1
/** 办理: 5 working days; urgent 1; critical the same day (n = 0). */
export const HANDLE_WORKING_DAYS: Readonly<Record<Urgency, number>> = Object.freeze({
  normal: 5,
  urgent: 1,
  critical: 0,
})
/** Largest total extension (延期) that may be approved, in working days. */
export const MAX_EXTENSION_WORKING_DAYS = 15
/** 反馈: within 2 working days after the reply is approved. */
export const FEEDBACK_WORKING_DAYS = 2
/** Reports (举报): decide on acceptance within 15 working days. */
export const REPORT_ACCEPTANCE_WORKING_DAYS = 15
/** 评价: no answer within 7 calendar days closes the case. */
export const EVALUATION_TIMEOUT_DAYS = 7
/** 回访: no answer within 3 days, and the complainant has a phone: an operator calls to ask. */
export const EVALUATION_CALLBACK_DAYS = 3
/** Yellow warning when this share of the time is used. */
export const YELLOW_FRACTION = 0.8

export function signDeadline(cal: WorkCalendar, assignedAt: Date): Date {
  return cal.addWorkingDays(assignedAt, SIGN_WORKING_DAYS)
}

/**
 * Handling deadline from signing (or assignment): 5 / 1 / 0 working days by urgency, plus the
 * approved extension days (total 0..15, else RangeError).
 */
export function handleDeadline(
  cal: WorkCalendar,
  signedOrAssignedAt: Date,
  urgency: Urgency,
  extensionDays = 0,
): Date {
  const base = HANDLE_WORKING_DAYS[urgency]
  if (base === undefined) throw new RangeError(`unknown urgency: ${String(urgency)}`)
  if (!Number.isInteger(extensionDays) || extensionDays < 0 || extensionDays > MAX_EXTENSION_WORKING_DAYS) {
    throw new RangeError(`extension must be an integer 0..${MAX_EXTENSION_WORKING_DAYS} working days, got ${extensionDays}`)
  }
  return cal.addWorkingDays(signedOrAssignedAt, base + extensionDays)
}

export function feedbackDeadline(cal: WorkCalendar, approvedAt: Date): Date {
  return cal.addWorkingDays(approvedAt, FEEDBACK_WORKING_DAYS)
}

export function reportAcceptanceDeadline(cal: WorkCalendar, receivedAt: Date): Date {
  return cal.addWorkingDays(receivedAt, REPORT_ACCEPTANCE_WORKING_DAYS)
}

/**
 * When an unanswered evaluation closes the case: the end (23:59:59.999 +08:00) of the 7th
 * calendar day after the China date the feedback was sent (sent 11-27 10:00 → 12-04 23:59:59.999).
 */
export function evaluationTimeout(sentAt: Date): Date {
  return endOfShanghaiDay(addDays(shanghaiDate(sentAt), EVALUATION_TIMEOUT_DAYS))
}

/** When an operator should phone for an evaluation still unanswered: 3 days after the feedback was sent. */
export function evaluationCallbackAt(sentAt: Date): Date {
  return new Date(sentAt.getTime() + EVALUATION_CALLBACK_DAYS * 86_400_000)
}

/** The instant 80% of the span [start, due] is used (rounded up to the millisecond). */
export function yellowAt(start: Date, due: Date): Date {
  const s = start.getTime()
  const span = due.getTime() - s
  if (span <= 0) return new Date(due.getTime())
  return new Date(s + Math.ceil((span * 4) / 5))
}

/** 'red' when now ≥ due; 'yellow' when ≥ 80% of [start, due] is used; else 'none'. */
export function warningLevel(start: Date, due: Date, now: Date): WarningLevel {
  const t = now.getTime()
  if (t >= due.getTime()) return 'red'
  if (t >= yellowAt(start, due).getTime()) return 'yellow'
  return 'none'
}

/** The next instant the warning level changes after `now` (for scheduling), or null when red. */
export function nextWarningAt(start: Date, due: Date, now: Date): { at: Date; level: 'yellow' | 'red' } | null {
  const t = now.getTime()
  const y = yellowAt(start, due)
  if (t < y.getTime() && y.getTime() < due.getTime()) return { at: y, level: 'yellow' }
  if (t < due.getTime()) return { at: new Date(due.getTime()), level: 'red' }
  return null
}
