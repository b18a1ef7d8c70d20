// Finding 8 leftovers (issue 20): what the portal promises matches the deadline the citizen is then shown, and the
// reporting line (channel `phone`, a 12388-style line) has one name everywhere, never the ambiguous "电话".
import t from 'tap'
import { DEADLINE_RULES, HANDLE_WORKING_DAYS } from '../src/calendar/deadlines.js'
import { channelLabels } from '../src/complaints/draft.js'
import { lineLabels } from '../channels/voice/calls.js'
import { CHANNEL_LABELS } from '../src/openness/stats.js'
import portalZh from '../src/web/portal/i18n/zh-CN.js'
import portalEn from '../src/web/portal/i18n/en.js'
import consoleZh from '../src/web/src/i18n/zh-CN.js'
import consoleEn from '../src/web/src/i18n/en.js'

t.test('the portal promises the deadline the tracking page then shows', async (t) => {
  const overall = DEADLINE_RULES.overall.normal
  const zhSteps = portalZh.home.stepList.join('；')
  const enSteps = portalEn.home.stepList.join('; ')
  // the tracking page shows the case's overall deadline (src/tracking/public.ts: overall_due_at)
  t.match(zhSteps, `${overall}个工作日内办结`, 'the promise in Chinese is the overall deadline')
  t.match(zhSteps, `${HANDLE_WORKING_DAYS.normal}个工作日内办理`, 'and the unit\'s own 5 days are said as what they are')
  t.notMatch(zhSteps, new RegExp(`(?<!\\d)${HANDLE_WORKING_DAYS.normal}个工作日内办结`), 'never 5 days to close a case that is due in 15')
  t.match(enSteps, `closed within ${overall} working days`, 'the same in English')
  t.equal(portalZh.track.deadline, '办结时限', 'the date shown is named as the deadline to close')
  t.equal(portalEn.track.deadline, 'To be closed by')
})

t.test('the reporting line has one name', async (t) => {
  for (const [where, name] of [
    ['case channel (exports, prints)', channelLabels.phone], ['voice line (screen pop)', lineLabels.phone],
    ['open data', CHANNEL_LABELS.phone], ['console channel', consoleZh.channel.phone], ['console line', consoleZh.call.lines.phone],
  ] as const) t.equal(name, '举报电话', where)
  t.equal(consoleEn.channel.phone, 'Reporting line')
  t.equal(consoleEn.call.lines.phone, 'Reporting line')
})
