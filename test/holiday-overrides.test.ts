// 节假日调整: an admin marks a day as a holiday (or a working day); every API process counts deadlines with it.
import t from 'tap'
import { buildTestApp, signIn } from './helper.js'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

t.test('holiday overrides reach every process', async (t) => {
  const a = await buildTestApp(t)
  const b = await buildTestApp(t, {}, a.url) // a second API process on the same database
  const admin = await signIn(a.app, 'admin', '530100')
  const officer = await signIn(a.app, 'officer', '530102001')
  const DAY = '2027-03-10' // a Wednesday, a working day in chinese-days

  /** waits (up to 30 s: the change travels by NOTIFY, which a loaded box may hold back for seconds) until process `b` sees the day as `workday` */
  const seenInB = async (workday: boolean) => {
    for (let i = 0; i < 600 && b.app.cases.calendar.isWorkday(DAY) !== workday; i++) await sleep(50)
    return b.app.cases.calendar.isWorkday(DAY)
  }
  t.equal(a.app.cases.calendar.isWorkday(DAY), true)
  t.equal(b.app.cases.calendar.isWorkday(DAY), true)

  const put = await admin.inject({ method: 'PUT', url: `/api/holiday-overrides/${DAY}`, payload: { isWorkday: false, note: '临时放假' } })
  t.equal(put.statusCode, 200, put.body)
  t.equal(a.app.cases.calendar.isWorkday(DAY), false, 'the process that took the change counts it at once')
  t.equal(await seenInB(false), false, 'the other process as well')
  t.same((await admin.get('/api/holiday-overrides')).json(), [{ day: DAY, isWorkday: false, note: '临时放假' }])

  t.equal((await officer.inject({ method: 'PUT', url: `/api/holiday-overrides/${DAY}`, payload: { isWorkday: true } })).statusCode, 403, 'admins only')
  const bad = await admin.inject({ method: 'PUT', url: '/api/holiday-overrides/2027-02-31', payload: { isWorkday: false } })
  t.same([bad.statusCode, bad.json().error?.code], [400, 'validation'], 'an impossible date is refused', { body: bad.body })

  t.equal((await admin.inject({ method: 'DELETE', url: `/api/holiday-overrides/${DAY}` })).statusCode, 200)
  t.equal(await seenInB(true), true, 'removing the override reaches the other process too')
})
