// 单位责任人 cannot be rewritten by the unit a 问责 record would name (issue 22, art. 8; an attacker's pass found it):
// the admins ABOVE a unit keep its people, never its own admins; terms start and end today or later; the past is
// corrected only by a city admin with a reason, audited — and a record already opened keeps the people it named.
import t from 'tap'
import { buildTestApp, signIn, unitOf } from './helper.js'
import { openRecord } from '../src/accountability/open.js'
import { addDays, shanghaiDate } from '../src/calendar/workdays.js'

const WUHUA = '530102'
const HUASHAN = '530102001'

const { app, sql } = await buildTestApp(t)
const unit = await unitOf(app.db, HUASHAN)
const cityAdmin = await signIn(app, 'admin', '530100')
const countyAdmin = await signIn(app, 'admin', WUHUA)
const own = await signIn(app, 'admin', HUASHAN)
// asked per use, not once when the file loads: a run crossing midnight in China must not post yesterday as today
const today = () => shanghaiDate(new Date())
const start = addDays(today(), -340)
const pastDay = addDays(today(), -50)
const url = `/api/admin/units/${unit.id}/responsible-people`
const principalOn = async (day: string) => (await cityAdmin.get(`${url}?on=${day}`)).json().inOffice.principal?.name
// the township's principal, entered back then
const [zhang] = await sql<{ id: string }[]>`insert into unit_responsible_people (unit_id, role, name, valid_from) values (${unit.id}, 'principal', '张主任', ${start}) returning id`
const zhangId = Number(zhang.id)

t.test('the township\'s own admin cannot end its principal\'s term months back nor enter a scapegoat: the past day still shows 张主任', async (t) => {
  t.equal(await principalOn(pastDay), '张主任')
  const ended = await own.post(`/api/admin/responsible-people/${zhangId}/end`, { validTo: addDays(start, 1) })
  t.equal(ended.statusCode, 403, ended.body)
  t.equal(ended.json().error.code, 'responsible_people_own_unit')
  t.match(ended.json().error.message, /上级单位的管理员/, 'told in Chinese who keeps them')
  const replaced = await own.post(url, { role: 'principal', name: '替罪羊', validFrom: addDays(start, 1) })
  t.equal(replaced.statusCode, 403)
  t.equal(replaced.json().error.code, 'responsible_people_own_unit')
  t.equal((await own.post(url, { role: 'principal', name: '替罪羊', validFrom: addDays(today(), 1) })).statusCode, 403, 'not from tomorrow either')
  t.equal(await principalOn(pastDay), '张主任', 'who was in office on a past day is not rewritten')
  const view = (await own.get(url)).json()
  t.equal(view.mayKeep, false, 'the township\'s admin reads its people but is offered no change')

  // a late step on that past day, opened afterwards, names the principal of the day
  const recordId = await app.sql.begin((tx) => openRecord(tx, { unitId: unit.id, caseId: null, trigger: 'late_close', dedupeKey: 'test-backdate:1', facts: {}, factDay: pastDay }))
  const [r] = await sql`select people from accountability_records where id = ${recordId}`
  t.equal(r.people.principal?.name, '张主任')
})

t.test('the county above keeps the township\'s people from today on; a back-dated start or end is refused', async (t) => {
  t.match((await countyAdmin.get(url)).json(), { mayKeep: true, mayCorrect: false })
  const back = await countyAdmin.post(url, { role: 'responsible', name: '李四', validFrom: pastDay })
  t.equal(back.statusCode, 400)
  t.equal(back.json().error.code, 'responsible_person_backdated')
  t.equal((await countyAdmin.post(url, { role: 'responsible', name: '李四', validFrom: pastDay, correctionReason: '补录' })).json().error?.code, 'city_admin_only', 'a county admin does not correct the past')
  const li = await countyAdmin.post(url, { role: 'responsible', name: '李四', validFrom: today() })
  t.equal(li.statusCode, 201, li.body)
  const endBack = await countyAdmin.post(`/api/admin/responsible-people/${zhangId}/end`, { validTo: pastDay })
  t.equal(endBack.json().error?.code, 'responsible_person_backdated')
  t.equal(await principalOn(pastDay), '张主任')
  const endLater = await countyAdmin.post(`/api/admin/responsible-people/${li.json().id}/end`, { validTo: addDays(today(), 30) })
  t.equal(endLater.statusCode, 200, endLater.body)
  const county = await unitOf(app.db, WUHUA)
  t.equal((await countyAdmin.post(`/api/admin/units/${county.id}/responsible-people`, { role: 'principal', name: '自己', validFrom: today() })).json().error?.code, 'responsible_people_own_unit', 'nor its own county\'s')
  const city = await unitOf(app.db, '530100')
  t.match((await cityAdmin.get(`/api/admin/units/${city.id}/responsible-people`)).json(), { mayKeep: true, mayCorrect: true }, 'the city centre\'s own admins keep it, as the top')
  t.equal((await cityAdmin.post(`/api/admin/units/${city.id}/responsible-people`, { role: 'principal', name: '市中心主任', validFrom: today() })).statusCode, 201)
})

t.test('a city admin corrects the past only with a reason, audited; the record already opened still names 张主任', async (t) => {
  const noReason = await cityAdmin.post(`/api/admin/responsible-people/${zhangId}/end`, { validTo: addDays(pastDay, -10) })
  t.equal(noReason.json().error?.code, 'responsible_person_backdated')
  t.equal((await cityAdmin.post(`/api/admin/responsible-people/${zhangId}/end`, { validTo: addDays(pastDay, -10), correctionReason: '   ' })).statusCode, 400, 'a blank reason is no reason')
  const reason = '据市委组织部任免文件更正：张主任实际离任日期'
  const ended = await cityAdmin.post(`/api/admin/responsible-people/${zhangId}/end`, { validTo: addDays(pastDay, -10), correctionReason: reason })
  t.equal(ended.statusCode, 200, ended.body)
  const wang = await cityAdmin.post(url, { role: 'principal', name: '王主任', validFrom: addDays(pastDay, -10), correctionReason: reason })
  t.equal(wang.statusCode, 201, wang.body)
  t.equal(await principalOn(pastDay), '王主任', 'the corrected history reads as corrected')
  const audit = (await sql`select detail from audit_log where action = 'admin.responsible_person.correct' order by id`).map((r) => r.detail)
  t.match(audit, [{ change: 'end', entryId: zhangId, reason }, { change: 'add', name: '王主任', reason }], 'each correction audited with its reason')
  const [r] = await sql`select people from accountability_records where dedupe_key = 'test-backdate:1'`
  t.equal(r.people.principal?.name, '张主任', 'a record already opened keeps the people it named')
})
