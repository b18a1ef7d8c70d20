/**
 * Deadline rules (issue 3, "Deadlines and supervision"). Pure: every function takes the calendar
 * and the instants it needs. Deadlines are the end (23:59:59.999 +08:00) of a China working day.
 */
import { addDays, endOfShanghaiDay, shanghaiDate, type WorkCalendar } from './workdays.js'

export type Urgency = 'normal' | 'urgent' | 'critical'
export type WarningLevel = 'none' | 'yellow' | 'red'

/**
 * The deadline rules as data (issue 23): the clocks the case service enforces (src/cases/derive.ts reads `steps`
 * and `overall`) and the 办理时限 the process chart prints (src/chart) come from this one table.
 */
export interface StepDeadline {
  /** the limit by urgency: working days, or calendar days when `calendarDays` */
  days: Readonly<Record<Urgency, number>>
  /** a report's (举报) limit in this step, when it differs */
  reportDays?: number
  calendarDays?: boolean
  /** where the clock starts: the step's start, the link's assignment, its signing (else assignment), the approval, the feedback */
  from: 'stepStart' | 'assigned' | 'signed' | 'approved' | 'feedbackSent'
  /** approved extensions (延期) add to it */
  extendable?: boolean
  /** what the limit is for, as the chart says it */
  label: string
}

export interface DeadlineRules {
  /** per state of the case region (machine.ts); a state without a rule has no step clock */
  steps: Readonly<Record<string, StepDeadline>>
  /** the case's overall clock from intake, in working days; returns and re-dispatches never reset it */
  overall: Readonly<Record<Urgency, number>>
  maxExtensionWorkingDays: number
  yellowFraction: number
  /** 回访: days after the feedback before an operator calls for the evaluation */
  evaluationCallbackDays: number
}

const same = (n: number): Record<Urgency, number> => ({ normal: n, urgent: n, critical: n })

const STEPS: Readonly<Record<string, StepDeadline>> = {
  // the centre accepts (受理) and dispatches within one working day; a report's acceptance within 15
  intake: { days: same(1), reportDays: 15, from: 'stepStart', label: '受理' },
  triage: { days: same(1), reportDays: 15, from: 'stepStart', label: '交办' },
  assigned: { days: same(1), from: 'assigned', label: '签收' },
  // 办理: 5 working days; urgent 1; critical the same day (0)
  handling: { days: { normal: 5, urgent: 1, critical: 0 }, from: 'signed', extendable: true, label: '办理' },
  review: { days: same(2), from: 'stepStart', label: '审核' },
  decision: { days: same(2), from: 'stepStart', label: '裁定' },
  feedback: { days: same(2), from: 'approved', label: '反馈' },
  // no answer within 7 calendar days closes the case
  evaluation: { days: same(7), calendarDays: true, from: 'feedbackSent', label: '评价' },
}

export const DEADLINE_RULES: DeadlineRules = Object.freeze({
  steps: Object.freeze(STEPS),
  overall: Object.freeze({ normal: 15, urgent: 5, critical: 1 }),
  maxExtensionWorkingDays: 15,
  yellowFraction: 0.8,
  evaluationCallbackDays: 3,
})

/** 签收: within 1 working day of the assignment. */
export const SIGN_WORKING_DAYS = DEADLINE_RULES.steps.assigned.days.normal
/** 办理: 5 working days; urgent 1; critical the same day (n = 0). */
export const HANDLE_WORKING_DAYS: Readonly<Record<Urgency, number>> = DEADLINE_RULES.steps.handling.days
/** Largest total extension (延期) that may be approved, in working days. */
export const MAX_EXTENSION_WORKING_DAYS = DEADLINE_RULES.maxExtensionWorkingDays
/** 反馈: within 2 working days after the reply is approved. */
export const FEEDBACK_WORKING_DAYS = DEADLINE_RULES.steps.feedback.days.normal
/** Reports (举报): decide on acceptance within 15 working days. */
export const REPORT_ACCEPTANCE_WORKING_DAYS = DEADLINE_RULES.steps.intake.reportDays!
/** 评价: no answer within 7 calendar days closes the case. */
export const EVALUATION_TIMEOUT_DAYS = DEADLINE_RULES.steps.evaluation.days.normal
/** 回访: no answer within 3 days, and the complainant has a phone: an operator calls to ask. */
export const EVALUATION_CALLBACK_DAYS = DEADLINE_RULES.evaluationCallbackDays
/** Yellow warning when this share of the time is used. */
export const YELLOW_FRACTION = DEADLINE_RULES.yellowFraction

/** The instants a step's clock may start from (see StepDeadline.from). */
export interface StepAnchors {
  stepStart: Date
  assigned?: Date | null
  signed?: Date | null
  approved?: Date | null
  feedbackSent?: Date | null
}

/**
 * When the step `state` is due under `rules`, or null when the state has no step clock. The end of a working day
 * (or, for calendar days, of the China date that many days after the anchor).
 */
export function stepDue(
  cal: WorkCalendar,
  state: string,
  anchors: StepAnchors,
  c: { urgency: Urgency; isReport: boolean; extensionDays?: number },
  rules: DeadlineRules = DEADLINE_RULES,
): Date | null {
  const rule = rules.steps[state]
  if (!rule) return null
  const anchor = rule.from === 'signed' ? anchors.signed ?? anchors.assigned ?? anchors.stepStart
    : rule.from === 'stepStart' ? anchors.stepStart
      : anchors[rule.from] ?? anchors.stepStart
  const base = c.isReport && rule.reportDays !== undefined ? rule.reportDays : rule.days[c.urgency]
  if (base === undefined) throw new RangeError(`unknown urgency: ${String(c.urgency)}`)
  if (rule.calendarDays) return endOfShanghaiDay(addDays(shanghaiDate(anchor), base))
  const extra = rule.extendable ? Math.min(Math.max(c.extensionDays ?? 0, 0), rules.maxExtensionWorkingDays) : 0
  return cal.addWorkingDays(anchor, base + extra)
}

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
  // integer per cent, so 80 % is span * 80 / 100 exactly (0.8 itself is not a binary fraction)
  return new Date(s + Math.ceil((span * Math.round(YELLOW_FRACTION * 100)) / 100))
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
