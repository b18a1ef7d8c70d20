import t from 'tap'
import chineseDays from 'chinese-days'
import {
  addDays,
  CHINESE_DAYS_KNOWN_THROUGH,
  dayOfWeek,
  endOfShanghaiDay,
  shanghaiDate,
  startOfShanghaiDay,
  WorkCalendar,
} from '../src/calendar/workdays.js'
import {
  evaluationTimeout,
  feedbackDeadline,
  handleDeadline,
  nextWarningAt,
  reportAcceptanceDeadline,
  signDeadline,
  warningLevel,
  yellowAt,
} from '../src/calendar/deadlines.js'

/** An instant given as China wall-clock time. */
const cn = (s: string) => new Date(`${s}+08:00`)
/** End of a China day as an ISO UTC string, for readable expectations. */
const eod = (d: string) => endOfShanghaiDay(d).toISOString()

const cal = new WorkCalendar()

t.test('agrees with chinese-days (checked in Asia/Shanghai, where the package is right)', async (t) => {
  process.env.TZ = 'Asia/Shanghai'
  let mismatches = 0
  for (let d = '2004-01-01'; d <= `${CHINESE_DAYS_KNOWN_THROUGH}-12-31`; d = addDays(d, 1)) {
    if (cal.isWorkday(d) !== chineseDays.isWorkday(d)) mismatches++
  }
  t.equal(mismatches, 0, 'every day 2004..knownThrough')
  // From here on the process runs in a time zone west of UTC (where chinese-days' own
  // isWorkday('YYYY-MM-DD') looks up the previous day): our results must not change.
  process.env.TZ = 'America/Los_Angeles'
})

t.test('date helpers ignore the process time zone', async (t) => {
  process.env.TZ = 'America/Los_Angeles'
  t.equal(new Date(2026, 0, 1, 12).getTimezoneOffset(), 480, 'process is on US Pacific time')
  t.equal(shanghaiDate(new Date('2026-11-26T16:00:00Z')), '2026-11-27', 'midnight in China')
  t.equal(shanghaiDate(new Date('2026-11-26T15:59:59.999Z')), '2026-11-26')
  t.equal(startOfShanghaiDay('2026-11-27').toISOString(), '2026-11-26T16:00:00.000Z')
  t.equal(eod('2026-11-27'), '2026-11-27T15:59:59.999Z')
  t.equal(addDays('2026-12-31', 1), '2027-01-01')
  t.equal(addDays('2028-03-01', -1), '2028-02-29')
  t.equal(dayOfWeek('2026-10-01'), 4, 'Thursday')
  t.equal(dayOfWeek('2027-01-04'), 1, 'Monday')
  t.throws(() => addDays('2026-02-30', 1), RangeError)
})

t.test('knownThrough', async (t) => {
  t.equal(cal.knownThrough, 2026, 'chinese-days 1.5.7 knows years up to 2026')
  t.equal(CHINESE_DAYS_KNOWN_THROUGH, 2026)
  t.equal(cal.knowsYear(2026), true)
  t.equal(cal.knowsYear(2027), false, '2027 needs admin overrides')
  t.equal(cal.sourceOf('2026-10-01'), 'chinese-days')
  t.equal(cal.sourceOf('2027-10-01'), 'weekdays')
})

t.test('2026 holidays and swapped working days', async (t) => {
  for (let d = '2026-10-01'; d <= '2026-10-07'; d = addDays(d, 1)) t.equal(cal.isWorkday(d), false, `National Day ${d}`)
  t.equal(cal.isWorkday('2026-09-30'), true, 'Wed before National Day')
  t.equal(cal.isWorkday('2026-10-08'), true, 'Thu after National Day')
  // 调休 working days of 2026 as listed in chinese-days' data (all Saturdays or Sundays).
  for (const d of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
    t.ok(dayOfWeek(d) === 0 || dayOfWeek(d) === 6, `${d} is a weekend day`)
    t.equal(cal.isWorkday(d), true, `${d} is a working day`)
  }
  t.equal(cal.isWorkday('2026-10-11'), false, 'an ordinary Sunday')
  t.equal(cal.isWorkday('2026-02-23'), false, 'last day of the Spring Festival break (a Monday)')
  t.equal(cal.isWorkday('2026-01-01'), false, "New Year's Day")
  t.equal(cal.isWorkday(cn('2026-10-01T23:30:00')), false, 'a Date is read in China time')
  t.equal(cal.isWorkday(new Date('2026-09-30T16:30:00Z')), false, '16:30Z on 30 Sep is 1 Oct in China')
  t.equal(cal.isWorkday('2027-01-01'), true, 'unknown year: Friday counts as a working day without an override')
  t.equal(cal.isWorkday('2027-01-02'), false, 'unknown year: Saturday')
})

t.test('addWorkingDays across National Day 2026', async (t) => {
  const wed = cn('2026-09-30T10:00:00')
  t.equal(cal.addWorkingDays(wed, 0).toISOString(), eod('2026-09-30'), 'n=0 on a working day: same day')
  t.equal(cal.addWorkingDays(wed, 1).toISOString(), eod('2026-10-08'))
  t.equal(cal.addWorkingDays(wed, 3).toISOString(), eod('2026-10-10'), 'the swapped Saturday counts')
  t.equal(cal.addWorkingDays(wed, 4).toISOString(), eod('2026-10-12'))
  t.equal(cal.addWorkingDays(cn('2026-10-03T09:00:00'), 0).toISOString(), eod('2026-10-08'), 'n=0 on a holiday: next working day')
  t.equal(cal.addWorkingDays(cn('2026-10-03T09:00:00'), 1).toISOString(), eod('2026-10-08'))
  t.equal(cal.addWorkingDays(new Date('2026-09-29T17:00:00Z'), 1).toISOString(), eod('2026-10-08'), 'UTC 29 Sep 17:00 is already 30 Sep in China')
  t.equal(cal.addWorkingDays(cn('2026-09-30T23:59:59.999'), 1).toISOString(), eod('2026-10-08'))
  t.throws(() => cal.addWorkingDays(wed, -1), RangeError)
  t.throws(() => cal.addWorkingDays(wed, 1.5), RangeError)

  t.equal(cal.workingDaysBetween(wed, cn('2026-10-08T09:00:00')), 1)
  t.equal(cal.workingDaysBetween(cn('2026-10-08T09:00:00'), wed), -1)
  t.equal(cal.workingDaysBetween('2026-10-01', '2026-10-07'), 0)
  t.equal(cal.workingDaysBetween('2026-09-30', '2026-09-30'), 0)
  t.same(cal.workdaysInRange('2026-09-28', '2026-10-11'), ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10'])
  // workingDaysBetween inverts addWorkingDays.
  for (let d = '2025-12-20'; d <= '2027-01-10'; d = addDays(d, 7)) {
    for (const n of [1, 2, 5, 15]) {
      const from = cn(`${d}T14:00:00`)
      t.equal(cal.workingDaysBetween(from, cal.addWorkingDays(from, n)), n, `${d} + ${n}`)
    }
  }
})

t.test('overrides', async (t) => {
  const fri = cn('2027-01-01T10:00:00')
  t.equal(signDeadline(cal, fri).toISOString(), eod('2027-01-04'), 'without overrides: Monday 4 Jan 2027')
  const withHoliday = new WorkCalendar(new Map([['2027-01-04', false]]))
  t.equal(withHoliday.isWorkday('2027-01-04'), false)
  t.equal(withHoliday.sourceOf('2027-01-04'), 'override')
  t.equal(signDeadline(withHoliday, fri).toISOString(), eod('2027-01-05'), 'a holiday on 4 Jan moves it to Tuesday')
  t.equal(handleDeadline(cal, fri, 'normal').toISOString(), eod('2027-01-08'))
  t.equal(handleDeadline(withHoliday, fri, 'normal').toISOString(), eod('2027-01-11'))

  const swapped = new WorkCalendar([['2027-01-02', true], ['2027-01-01', false]])
  t.equal(swapped.addWorkingDays(fri, 0).toISOString(), eod('2027-01-02'), 'override holiday → next day, a working Saturday')
  t.equal(signDeadline(swapped, fri).toISOString(), eod('2027-01-02'))

  const cancelled = new WorkCalendar(new Map([['2026-10-08', false]]))
  t.equal(cancelled.isWorkday('2026-10-08'), false, 'overrides win over chinese-days')
  t.equal(signDeadline(cancelled, cn('2026-09-30T10:00:00')).toISOString(), eod('2026-10-09'))

  t.throws(() => new WorkCalendar(new Map([['2027-1-4', false]])), RangeError, 'bad key')
})

t.test('deadline rules', async (t) => {
  const tue = cn('2026-09-29T10:00:00')
  t.equal(signDeadline(cal, tue).toISOString(), eod('2026-09-30'))
  t.equal(handleDeadline(cal, tue, 'normal').toISOString(), eod('2026-10-12'), '5 working days over National Day')
  t.equal(handleDeadline(cal, tue, 'urgent').toISOString(), eod('2026-09-30'))
  t.equal(handleDeadline(cal, tue, 'critical').toISOString(), eod('2026-09-29'), 'critical: same day')
  t.equal(handleDeadline(cal, cn('2026-10-04T08:00:00'), 'critical').toISOString(), eod('2026-10-08'), 'critical on a holiday')
  t.equal(handleDeadline(cal, tue, 'normal', 3).toISOString(), eod('2026-10-15'), 'approved extension of 3')
  t.equal(handleDeadline(cal, tue, 'normal', 15).toISOString(), eod('2026-11-02'))
  t.throws(() => handleDeadline(cal, tue, 'normal', 16), RangeError, 'extension over 15')
  t.throws(() => handleDeadline(cal, tue, 'normal', -1), RangeError)
  t.equal(feedbackDeadline(cal, cn('2026-02-13T16:00:00')).toISOString(), eod('2026-02-24'), 'Spring Festival: Sat 14 Feb works, then 24 Feb')
  t.equal(reportAcceptanceDeadline(cal, tue).toISOString(), eod('2026-10-26'))
  t.equal(evaluationTimeout(cn('2026-11-27T10:00:00')).toISOString(), eod('2026-12-04'), '7 calendar days')
  t.equal(evaluationTimeout(new Date('2026-11-26T20:00:00Z')).toISOString(), eod('2026-12-04'), 'counted from the China date')
  t.equal(evaluationTimeout(cn('2026-09-30T10:00:00')).toISOString(), eod('2026-10-07'), 'holidays count')
})

t.test('warning levels', async (t) => {
  const start = cn('2026-11-23T08:00:00')
  const due = cn('2026-11-23T18:00:00') // 10 hours
  const y = yellowAt(start, due)
  t.equal(y.toISOString(), cn('2026-11-23T16:00:00').toISOString(), '80% of 10 h is 8 h')
  t.equal(warningLevel(start, due, start), 'none')
  t.equal(warningLevel(start, due, new Date(y.getTime() - 1)), 'none', 'just under 80%')
  t.equal(warningLevel(start, due, y), 'yellow', 'exactly 80%')
  t.equal(warningLevel(start, due, new Date(due.getTime() - 1)), 'yellow')
  t.equal(warningLevel(start, due, due), 'red', 'at the deadline')
  t.equal(warningLevel(start, due, cn('2026-12-01T00:00:00')), 'red')
  t.same(nextWarningAt(start, due, start), { at: y, level: 'yellow' })
  t.same(nextWarningAt(start, due, y), { at: due, level: 'red' })
  t.equal(nextWarningAt(start, due, due), null)

  // A real one: 5 working days from Tue 29 Sep 2026 10:00 to the end of 12 Oct.
  const s = cn('2026-09-29T10:00:00')
  const d = handleDeadline(cal, s, 'normal')
  t.equal(warningLevel(s, d, cn('2026-10-08T09:00:00')), 'none')
  t.equal(warningLevel(s, d, cn('2026-10-10T12:00:00')), 'yellow', 'calendar time: the holiday week counts toward the 80%')
  t.equal(warningLevel(s, d, cn('2026-10-13T00:00:00')), 'red')
  t.equal(yellowAt(s, s).getTime(), s.getTime(), 'empty span')
})
