// Issue 16, finding 4 (last part): a report against the city centre is on the city inspection unit's board, and on
// no board of the accused centre or of the units below it.
import t from 'tap'
import { buildTestApp, login, logComplaint, sendEvent, signIn, unitOf } from './helper.js'
import { createUser } from '../src/users/service.js'

t.test('the inspection unit\'s board counts a report against the city centre; the centre\'s does not', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const city = await unitOf(db, '530100')
  const [insp] = await sql`select id from units where division_code = '530100' and kind = 'inspection'`
  await createUser(app.db, { username: 'insp-board', password: 'correct horse battery', role: 'inspector', unitId: Number(insp.id) })
  await createUser(app.db, { username: 'insp-disp', password: 'correct horse battery', role: 'dispatcher', unitId: Number(insp.id) })
  const inspector = await login(app, 'insp-board', 'correct horse battery')
  const inspDispatcher = await login(app, 'insp-disp', 'correct horse battery')
  const cityOperator = await signIn(app, 'operator', '530100')
  const citySupervisor = await signIn(app, 'supervisor', '530100')
  const board = async (s: typeof inspector) => {
    const res = await s.get('/api/stats/board')
    t.equal(res.statusCode, 200, res.body)
    return res.json() as { total: { held: number } }
  }
  const before = { insp: (await board(inspector)).total.held, city: (await board(citySupervisor)).total.held }
  const c = await logComplaint(cityOperator, { type: 'report', content: '市群众诉求中心工作人员推诿刁难群众。', address: undefined, accusedUnitId: city.id })
  const reg = await sendEvent(inspDispatcher, c.id, { type: 'REGISTER', category: 'other', complaintType: 'report', accusedUnitId: city.id })
  t.equal(reg.statusCode, 200, reg.body)
  t.equal((await board(inspector)).total.held, before.insp + 1, 'held by the inspection unit, on its board')
  t.equal((await board(citySupervisor)).total.held, before.city, 'not on the accused centre\'s board')
})
