import t from 'tap'
import { buildTestApp, logComplaint, sendEvent, signIn, unitOf } from './helper.js'

t.test('public statistics and Open311', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const countyOfficer = await signIn(app, 'officer', '530102')
  const county = await unitOf(db, '530102')
  const ok = async (s: typeof operator, id: number, body: Record<string, unknown>) => {
    const res = await sendEvent(s, id, body)
    if (res.statusCode !== 200) throw new Error(`${body.type}: ${res.body}`)
  }
  // six cases handled by 五华区 and rated, one report, two still open
  const closed: number[] = []
  for (let i = 0; i < 6; i++) {
    const c = await logComplaint(operator, { content: `五华区某路段第${i}处井盖缺失，存在安全隐患，请尽快处理。`, address: '昆明市五华区', complainant: { anonymous: false, name: '市民' + i, phone: `1391234560${i}` } })
    await ok(dispatcher, c.id, { type: 'REGISTER', category: 'urban_management' })
    await ok(dispatcher, c.id, { type: 'DISPATCH', chain: [county.id] })
    await ok(countyOfficer, c.id, { type: 'SIGN' })
    await ok(countyOfficer, c.id, { type: 'SUBMIT_REPLY', text: '已补装井盖。', resolved: i < 5 })
    await ok(dispatcher, c.id, { type: 'APPROVE_REPLY' })
    await ok(operator, c.id, { type: 'SEND_FEEDBACK', text: '已补装井盖，感谢监督。', channel: 'sms' })
    await ok(operator, c.id, { type: 'EVALUATE', rating: i < 4 ? 'satisfied' : i === 4 ? 'basic' : 'unsatisfied' })
    closed.push(c.id)
  }
  const report = await logComplaint(operator, { type: 'report', content: '举报某干部违规操办婚宴，涉及公款。', address: undefined, complainant: { anonymous: false, name: '举报人', phone: '13700000001' } })
  const open = await logComplaint(operator, { content: '盘龙区拓东街道某小区垃圾清运不及时。', address: '昆明市盘龙区拓东街道', complainant: { anonymous: false, name: '钱七', phone: '13700000002', idNumber: '11010519491231002X' } })
  await ok(dispatcher, open.id, { type: 'REGISTER', category: 'urban_management' })

  await app.jobHandlers['stats-refresh']([])
  t.test('figures with the three rates; small counts masked', async (t) => {
    const res = await app.inject('/api/public/stats')
    t.equal(res.statusCode, 200)
    const s = res.json()
    t.equal(s.total.received, 8)
    t.equal(s.total.closed, 5, 'five closed: the unsatisfied one went back to triage')
    t.equal(s.total.rates.response, 100, '响应率: every dispatched case was signed in time')
    t.equal(s.total.rates.resolution, 83.3, '解决率 = 5 resolved / 6 replied')
    t.equal(s.total.rates.satisfaction, 83.3, '满意率 = (4 satisfied + 1 basic) / 6 evaluated')
    const byCounty = (await app.inject('/api/public/stats?groupBy=county')).json()
    const wuhua = byCounty.groups.find((g: { key: string }) => g.key === '530102')
    t.equal(wuhua.label, '五华区')
    t.equal(wuhua.received, 6)
    const panlong = byCounty.groups.find((g: { key: string }) => g.key === '530103')
    t.equal(panlong.received, '<5', 'one case in 盘龙区 is not shown exactly')
    t.equal(panlong.rates.satisfaction, null)
    const byChannel = (await app.inject('/api/public/stats?groupBy=channel')).json()
    t.equal(byChannel.groups[0].label, '春城热线')
    const county = (await app.inject('/api/public/stats?division=530102')).json()
    t.equal(county.total.received, 6)
    t.notMatch(JSON.stringify(byCounty) + JSON.stringify(byChannel), /市民|1391234|举报人/, 'no personal data')
    t.equal((await app.inject('/api/public/stats?groupBy=person')).statusCode, 400)
  })

  t.test('Open311 GeoReport v2', async (t) => {
    const services = await app.inject('/open311/v2/services.json')
    t.equal(services.statusCode, 200)
    const list = services.json()
    t.ok(list.length >= 10)
    for (const s of list) t.match(s, { service_code: String, service_name: String, metadata: false, type: 'realtime' })
    const xml = await app.inject('/open311/v2/services.xml')
    t.match(xml.headers['content-type'], /xml/)
    t.match(xml.body, /<services><service><service_code>/)

    const requests = (await app.inject('/open311/v2/requests.json')).json()
    const fields = ['service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description', 'agency_responsible', 'service_notice', 'requested_datetime', 'updated_datetime', 'expected_datetime', 'address', 'address_id', 'zipcode', 'lat', 'long', 'media_url']
    t.equal(requests.length, 7, 'every case but the report (none is at intake)')
    for (const r of requests) t.same(Object.keys(r).sort(), [...fields].sort())
    const body = JSON.stringify(requests)
    t.notMatch(body, /举报/, 'no report at all')
    t.notMatch(body, /市民|钱七|1391234|13700000002|110105/, 'no personal data')
    const done = requests.find((r: { status: string }) => r.status === 'closed')
    t.equal(done.status_notes, '已办结', 'the state in fixed words, not the feedback text')
    t.equal(done.description, null, 'no free text before a public summary is approved')
    t.notMatch(body, /井盖/, 'neither the complaint nor the reply nor the feedback')
    t.equal(done.agency_responsible, '五华区群众诉求中心')
    const [{ case_number: openNumber }] = await sql`select case_number from complaints where id = ${open.id}`
    const openOne = requests.find((r: { service_request_id: string }) => r.service_request_id === openNumber)
    t.equal(openOne.status, 'open')
    t.equal(openOne.address, '昆明市盘龙区拓东街道', 'township precision at most')
    const [{ case_number }] = await sql`select case_number from complaints where id = ${report.id}`
    t.equal((await app.inject(`/open311/v2/requests/${case_number}.json`)).statusCode, 404, 'a report is not found')
    const one = await app.inject(`/open311/v2/requests/${done.service_request_id}.xml`)
    t.match(one.body, /<service_requests><request><service_request_id>KM/)

    const noKey = await app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: 'service_code=urban_management&description=路灯不亮已经一周了', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    t.equal(noKey.statusCode, 403)
    const admin = await signIn(app, 'admin', '530100')
    const { key } = (await admin.post('/api/api-keys', { label: '城市服务小程序' })).json()
    const created = await app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: `api_key=${key}&service_code=urban_management&description=${encodeURIComponent('五华区华山街道路灯不亮已经一周了')}&address_string=${encodeURIComponent('昆明市五华区华山街道')}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    t.equal(created.statusCode, 201)
    t.match(created.json()[0].service_request_id, /^KM\d{14}$/)
    const bad = await app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: `api_key=${key}&service_code=nope&description=xxxxxx`, headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    t.equal(bad.statusCode, 400)
    t.match(bad.json()[0].description, /service_code/)
    void closed
  })
})
