// 督办单 live (issue 22): a notice issued — by hand, or by escalation to the parent — is a live message to the unit it
// goes to (topic notice.issued), sent with the commit, carrying the notice and the case by number only.
import t from 'tap'
import { buildTestApp, logComplaint, signIn, unitOf } from './helper.js'
import { pgClient } from '../src/db/index.js'
import { compileFilters, decodeLiveNotifications, LIVE_CHANNEL, type LiveNotification } from '../src/live/events.js'
import { escalateOverdueNotices } from '../src/supervision/notices.js'

const WUHUA = '530102'
const HUASHAN = '530102001'

t.test('a notice issued and one escalated each reach the unit they go to', async (t) => {
  const { app, db, sql, url } = await buildTestApp(t)
  const heard: LiveNotification[] = []
  const waiters: (() => void)[] = []
  const listener = pgClient(url, { max: 1, onnotice: () => {} })
  t.teardown(() => listener.end({ timeout: 5 }))
  await listener.listen(LIVE_CHANNEL, (raw) => {
    heard.push(...decodeLiveNotifications(raw))
    for (const w of waiters.splice(0)) w()
  })
  /** The notice.issued messages once `n` have come, or a failure after 10 s (bounded, never a fixed sleep). */
  async function issuedMessages(n: number) {
    const found = () => heard.filter((m) => m.topic === 'notice.issued')
    const deadline = Date.now() + 10_000
    while (found().length < n && Date.now() < deadline) await new Promise<void>((resolve) => { waiters.push(resolve); setTimeout(resolve, 200) })
    return found()
  }

  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const countySup = await signIn(app, 'supervisor', WUHUA)
  const units = { county: await unitOf(db, WUHUA), township: await unitOf(db, HUASHAN) }
  const [sibling] = (await sql`select code from divisions where parent_code = ${WUHUA} and code <> ${HUASHAN} order by code limit 1`).map((r) => r.code as string)
  const siblingUnit = await unitOf(db, sibling)
  const id = (await logComplaint(operator)).id as number
  await dispatcher.post(`/api/cases/${id}/events`, { type: 'REGISTER', category: 'village_affairs' })
  await dispatcher.post(`/api/cases/${id}/events`, { type: 'DISPATCH', chain: [units.county.id, units.township.id] })

  const notice = (await countySup.post(`/api/cases/${id}/notices`, { unitId: units.township.id, reason: '办理进度缓慢', requiredAction: '2日内书面说明', workingDays: 2 })).json()
  const [first] = await issuedMessages(1)
  t.ok(first, 'the notice went out live')
  t.same(first.filters.unitIds, [units.township.id], 'to the unit it goes to')
  t.match(first.payload, { noticeId: notice.id, number: notice.number, caseId: id, unitId: units.township.id, automatic: false })
  const reaches = compileFilters(first.filters)
  t.ok(reaches({ id: 1, role: 'officer', unitId: units.township.id, divisionCode: HUASHAN, ancestorUnitIds: [units.township.id, units.county.id] }), 'a township officer hears it')
  t.notOk(reaches({ id: 2, role: 'officer', unitId: siblingUnit.id, divisionCode: sibling, ancestorUnitIds: [siblingUnit.id, units.county.id] }), 'a sibling township does not')
  for (const secret of ['李四', '13912345678']) t.notMatch(JSON.stringify(first), secret, `no ${secret}`)

  // a minute past its deadline (2 working days: 8 calendar days were not enough from 13 February or 29 September)
  t.equal(await escalateOverdueNotices(app.cases, new Date(new Date(notice.dueAt).getTime() + 60_000)), 1)
  const [, escalated] = await issuedMessages(2)
  t.ok(escalated, 'the escalated notice went out live')
  t.same(escalated.filters.unitIds, [units.county.id], 'to the parent')
  t.match(escalated.payload, { caseId: id, unitId: units.county.id, automatic: true })
})
