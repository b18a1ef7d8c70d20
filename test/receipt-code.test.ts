// 查询码 + 查询密码 are the complainant's voice (DESIGN security rule 4). A reprinted receipt shows the tracking code
// only at the receiving centre: a handling unit that had the code could try PINs on the tracking page, locking the
// complainant out (5 failures, 15 minutes, again and again) and, in the end, speak as them.
import t from 'tap'
import { buildTestApp, logComplaint, sendEvent, signIn, unitOf } from './helper.js'

t.test('a reprinted receipt shows the tracking code at the receiving centre only', async (t) => {
  const { app, db } = await buildTestApp(t)
  const county = await unitOf(db, '530102')
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const countyOfficer = await signIn(app, 'officer', '530102')
  const countySupervisor = await signIn(app, 'supervisor', '530102')
  const c = await logComplaint(operator)
  for (const body of [{ type: 'REGISTER', category: 'urban_management' }, { type: 'DISPATCH', chain: [county.id] }]) {
    const res = await sendEvent(dispatcher, c.id, body)
    t.equal(res.statusCode, 200, res.body)
  }
  const atCentre = await dispatcher.get(`/api/cases/${c.id}/receipt`)
  t.equal(atCentre.statusCode, 200)
  t.match(atCentre.body, c.trackingCode, 'the receiving centre reprints the code')
  for (const [who, s] of [['the handling county officer', countyOfficer], ['the county supervisor', countySupervisor]] as const) {
    const res = await s.get(`/api/cases/${c.id}/receipt`)
    t.equal(res.statusCode, 200, `${who} may still print the receipt`)
    t.match(res.body, c.caseNumber, 'with the case number')
    t.notMatch(res.body, c.trackingCode, `but ${who} does not get the tracking code`)
  }
})
