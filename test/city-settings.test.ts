// Issue 16, finding 8: city-wide settings (working calendar, categories and routing rules, Open311 API keys) belong to
// the city's admins; a county or township admin gets 403 city_admin_only. Admins administer users and units only in
// their own subtree.
import t from 'tap'
import { buildTestApp, signIn, unitOf } from './helper.js'

const HUASHAN = '530102001', TUODONG = '530103001'
const { app, db, sql } = await buildTestApp(t)
const cityAdmin = await signIn(app, 'admin', '530100')
const countyAdmin = await signIn(app, 'admin', '530102')
const townshipAdmin = await signIn(app, 'admin', HUASHAN)
const DAY = '2027-03-10'

const refusal = (res: { statusCode: number; json(): { error?: { code?: string } } }) => [res.statusCode, res.json().error?.code]

t.test('holiday overrides: only city admins change them', async (t) => {
  for (const [who, admin] of [['county', countyAdmin], ['township', townshipAdmin]] as const) {
    const put = await admin.inject({ method: 'PUT', url: `/api/holiday-overrides/${DAY}`, payload: { isWorkday: false, note: '临时放假' } })
    t.same(refusal(put), [403, 'city_admin_only'], `a ${who} admin cannot add one`)
  }
  t.same((await sql`select count(*)::int as n from holiday_overrides where day = ${DAY}`)[0].n, 0, 'nothing was written')
  t.ok(app.cases.calendar.isWorkday(DAY), 'the calendar did not move')

  t.equal((await cityAdmin.inject({ method: 'PUT', url: `/api/holiday-overrides/${DAY}`, payload: { isWorkday: false } })).statusCode, 200)
  for (const [who, admin] of [['county', countyAdmin], ['township', townshipAdmin]] as const) {
    t.same(refusal(await admin.inject({ method: 'DELETE', url: `/api/holiday-overrides/${DAY}` })), [403, 'city_admin_only'], `a ${who} admin cannot remove one`)
  }
  t.notOk(app.cases.calendar.isWorkday(DAY), 'the city\'s override stands')
  t.equal((await cityAdmin.inject({ method: 'DELETE', url: `/api/holiday-overrides/${DAY}` })).statusCode, 200)
  t.ok(app.cases.calendar.isWorkday(DAY))
  t.equal((await townshipAdmin.get('/api/holiday-overrides')).statusCode, 200, 'everyone may read the calendar')
})

t.test('routing rules and categories: only city admins', async (t) => {
  const rule = { label: '测试分类', level: 'county' }
  for (const admin of [countyAdmin, townshipAdmin]) {
    t.same(refusal(await admin.inject({ method: 'PUT', url: '/api/routing-rules/test_category', payload: rule })), [403, 'city_admin_only'])
  }
  t.equal((await cityAdmin.inject({ method: 'PUT', url: '/api/routing-rules/test_category', payload: rule })).statusCode, 200)
})

t.test('Open311 API keys: only city admins issue them', async (t) => {
  for (const admin of [countyAdmin, townshipAdmin]) {
    const res = await admin.post('/api/api-keys', { label: '区里的小程序' })
    t.same(refusal(res), [403, 'city_admin_only'])
    t.notOk(JSON.stringify(res.json()).includes('key":'), 'no key is shown')
  }
  t.same((await sql`select count(*)::int as n from api_keys`)[0].n, 0, 'no key was issued')
  const ok = await cityAdmin.post('/api/api-keys', { label: '城市服务小程序' })
  t.equal(ok.statusCode, 201)
  t.type(ok.json().key, 'string')
})

const county = await unitOf(db, '530102')

t.test('admins administer users and units only inside their subtree', async (t) => {
  const tuodong = await unitOf(db, TUODONG)
  const newUser = (unitId: number, username: string) => ({ username, password: 'correct horse battery', role: 'admin', unitId })

  t.same(refusal(await countyAdmin.post('/api/users', newUser(tuodong.id, 'other_county_admin'))), [403, 'outside_jurisdiction'], 'not in another county')
  t.same(refusal(await townshipAdmin.post('/api/users', newUser(county.id, 'county_admin_by_township'))), [403, 'outside_jurisdiction'], 'not above oneself')
  t.equal((await countyAdmin.post('/api/users', newUser((await unitOf(db, HUASHAN)).id, 'huashan_admin_2'))).statusCode, 201, 'below oneself: yes')

  const listed = (await townshipAdmin.get('/api/users')).json() as { username: string; unitId: number }[]
  t.notOk(listed.some((u) => u.username === countyAdmin.user.username), 'a township admin does not list the county\'s users')
  t.ok(listed.some((u) => u.username === 'huashan_admin_2'))
  t.same(refusal(await townshipAdmin.post(`/api/users/${countyAdmin.user.id}/disable`)), [403, 'outside_jurisdiction'], 'nor disables them')
  t.same(refusal(await countyAdmin.post(`/api/users/${cityAdmin.user.id}/disable`)), [403, 'outside_jurisdiction'])

  t.same(refusal(await townshipAdmin.post('/api/units', { name: '五华区某局', divisionCode: '530102' })), [403, 'outside_jurisdiction'], 'no unit above oneself')
  t.same(refusal(await countyAdmin.post('/api/units', { name: '盘龙区某局', divisionCode: '530103' })), [403, 'outside_jurisdiction'], 'nor in another county')
  t.equal((await countyAdmin.post('/api/units', { name: '五华区市场监管局', divisionCode: '530102' })).statusCode, 201)
})

t.test('the admin scope follows the units tree: the inspection unit and a department\'s neighbours are outside it', async (t) => {
  const { inspectionUnitOf } = await import('../src/cases/access.js')
  const { createUser } = await import('../src/users/service.js')
  const { login } = await import('./helper.js')
  const inspection = await inspectionUnitOf(sql, '530100')
  t.ok(inspection, 'the city has its inspection unit (市纪委监委)')
  const inspector = await createUser(db, { username: 'jiwei_inspector', password: 'correct horse battery', role: 'inspector', unitId: inspection! })
  const newUser = (unitId: number, username: string, role = 'inspector') => ({ username, password: 'correct horse battery', role, unitId })

  // the city centre's admin does not reach the body that inspects the centre
  t.same(refusal(await cityAdmin.post('/api/users', newUser(inspection!, 'planted_inspector'))), [403, 'outside_jurisdiction'], 'no account planted in the inspection unit')
  t.notOk(((await cityAdmin.get('/api/users')).json() as { username: string }[]).some((u) => u.username === 'jiwei_inspector'), 'its inspectors are not listed')
  t.same(refusal(await cityAdmin.post(`/api/users/${inspector.id}/disable`)), [403, 'outside_jurisdiction'], 'nor disabled')

  // a city department (a unit beside the centre's, not above anyone) administers its own unit only
  const dept = await cityAdmin.post('/api/units', { name: '昆明市住房和城乡建设局', divisionCode: '530100' })
  t.equal(dept.statusCode, 201, dept.body)
  t.equal((await cityAdmin.post('/api/users', newUser(dept.json().id, 'zhujian_admin', 'admin'))).statusCode, 201)
  const deptAdmin = await login(app, 'zhujian_admin', 'correct horse battery')
  t.same(refusal(await deptAdmin.post('/api/users', newUser(county.id, 'county_by_dept'))), [403, 'outside_jurisdiction'], 'not the county centre below the city')
  t.equal((await deptAdmin.post('/api/users', newUser(dept.json().id, 'zhujian_officer', 'officer'))).statusCode, 201, 'its own unit: yes')
  const listed = (await deptAdmin.get('/api/users')).json() as { username: string }[]
  t.same(listed.map((u) => u.username).sort(), ['zhujian_admin', 'zhujian_officer'], 'it lists its own unit\'s users only')
  t.same(refusal(await deptAdmin.post('/api/units', { name: '五华区某局', divisionCode: '530102' })), [403, 'outside_jurisdiction'], 'and adds no unit under the county')
  t.same(refusal(await deptAdmin.inject({ method: 'PUT', url: `/api/holiday-overrides/${DAY}`, payload: { isWorkday: false } })), [403, 'city_admin_only'],
    'a department at city level is not the city centre: no city-wide settings')
  t.same(refusal(await deptAdmin.post('/api/api-keys', { label: '住建局' })), [403, 'city_admin_only'])
})
