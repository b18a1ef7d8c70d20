// 常用语 (issue 20): reason templates for 不予受理, 退回, 督办 and reply texts, kept by admins per unit; a unit's staff are
// offered their own unit's and its ancestors' (nearest first), never another subtree's; admins keep only their subtree's;
// every change is audited.
import t from 'tap'
import { buildTestApp, signIn, unitOf } from './helper.js'

t.test('reason templates per unit: offered down the tree, kept by the admins above', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  await app.ready()
  const [city, wuhua, panlong] = await Promise.all(['530100', '530102', '530103'].map((c) => unitOf(db, c)))
  const cityAdmin = await signIn(app, 'admin', '530100')
  const wuhuaAdmin = await signIn(app, 'admin', '530102')
  const panlongAdmin = await signIn(app, 'admin', '530103')
  const huashanOfficer = await signIn(app, 'officer', '530102001')
  const cityDispatcher = await signIn(app, 'dispatcher', '530100')

  const add = async (s: typeof cityAdmin, unitId: number, kind: string, text: string, sort?: number) =>
    s.post('/api/admin/templates', { unitId, kind, text, ...(sort === undefined ? {} : { sort }) })
  const cityReject = await add(cityAdmin, city.id, 'reject', '不属于本平台受理范围，请向有关部门反映。')
  t.equal(cityReject.statusCode, 201)
  t.match(cityReject.json(), { kind: 'reject', unit: { id: city.id }, active: true })
  t.equal((await add(wuhuaAdmin, wuhua.id, 'reject', '诉求内容不清，请补充时间、地点后重新反映。')).statusCode, 201)
  t.equal((await add(wuhuaAdmin, wuhua.id, 'return', '不属于本单位职责范围，请改派。')).statusCode, 201)
  t.equal((await add(panlongAdmin, panlong.id, 'reject', '盘龙区的常用语。')).statusCode, 201)
  t.equal((await add(cityAdmin, city.id, 'reply', '经核实，已安排维修，感谢您的监督。')).statusCode, 201)

  await t.test('a unit is offered its own and its ancestors\' templates, nearest first', async (t) => {
    const res = await huashanOfficer.get('/api/templates?kind=reject')
    t.equal(res.statusCode, 200)
    const texts = (res.json().items as { text: string }[]).map((i) => i.text)
    t.same(texts, ['诉求内容不清，请补充时间、地点后重新反映。', '不属于本平台受理范围，请向有关部门反映。'], 'Wuhua\'s, then the city\'s; not Panlong\'s')
    const all = (await huashanOfficer.get('/api/templates')).json().items as { kind: string }[]
    t.same([...new Set(all.map((i) => i.kind))].sort(), ['reject', 'reply', 'return'], 'every kind without a filter')
    const city = (await cityDispatcher.get('/api/templates?kind=reject')).json().items as { text: string; own: boolean }[]
    t.same(city.map((i) => [i.text, i.own]), [['不属于本平台受理范围，请向有关部门反映。', true]], 'the city sees only its own (nothing of the units below)')
    t.equal((await huashanOfficer.get('/api/templates?kind=praise')).statusCode, 400, 'an unknown kind is a 400')
  })

  await t.test('admins keep their subtree\'s templates only', async (t) => {
    const above = await add(wuhuaAdmin, city.id, 'reject', '县级管理员不能给市级单位加常用语。')
    t.equal(above.statusCode, 403)
    t.equal(above.json().error.code, 'outside_jurisdiction')
    t.equal((await add(wuhuaAdmin, panlong.id, 'reject', '也不能给别的县加。')).statusCode, 403)
    t.equal((await add(huashanOfficer, wuhua.id, 'reject', '承办人不能加常用语。')).statusCode, 403)
    t.equal((await add(wuhuaAdmin, wuhua.id, 'praise', '未知类型')).statusCode, 400)
    t.equal((await add(wuhuaAdmin, wuhua.id, 'reject', ' ')).statusCode, 400)
    const huashan = await unitOf(db, '530102001')
    t.equal((await add(wuhuaAdmin, huashan.id, 'supervise', '请于三个工作日内办结并反馈。')).statusCode, 201, 'a county admin keeps a township\'s')
    const cityId = cityReject.json().id
    const edit = await wuhuaAdmin.inject({ method: 'PUT', url: `/api/admin/templates/${cityId}`, payload: { text: '改市级的' } })
    t.equal(edit.statusCode, 404, 'another subtree\'s template answers as none')
    t.equal((await wuhuaAdmin.get(`/api/admin/templates?unitId=${city.id}`)).statusCode, 403)
  })

  await t.test('a template switched off is offered no more; each change is audited', async (t) => {
    const cityId = cityReject.json().id
    const off = await cityAdmin.inject({ method: 'PUT', url: `/api/admin/templates/${cityId}`, payload: { active: false } })
    t.equal(off.statusCode, 200)
    t.equal(off.json().active, false)
    const texts = ((await huashanOfficer.get('/api/templates?kind=reject')).json().items as { text: string }[]).map((i) => i.text)
    t.same(texts, ['诉求内容不清，请补充时间、地点后重新反映。'])
    const kept = (await cityAdmin.get(`/api/admin/templates?unitId=${city.id}`)).json().items as { id: number; active: boolean }[]
    t.match(kept.find((i) => i.id === cityId), { active: false }, 'the admin still sees it')
    const audit = await sql`select actor_user_id, detail from audit_log where action = 'template.change' order by id`
    t.equal(audit.length, 7, 'six templates added and one switched off')
    t.match(audit[audit.length - 1].detail, { templateId: cityId, active: false })
  })
})
