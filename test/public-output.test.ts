// Public-output PII sweep (DESIGN 公开, issue 16 finding 2): names, mobile and landline numbers, ID numbers, e-mail
// and street addresses fed through the web form, the hotline, a letter and an e-mail, and written by officers into
// replies and feedback, reach no public output (Open311 list, one request, services, public stats) — only a public
// summary (公开摘要) a staff member approved is shown; reports and cases still at intake are not published at all.
import t from 'tap'
import nodemailer from 'nodemailer'
import { processInboundEmail } from '../channels/email/process.js'
import { findStaffUser } from '../src/users/service.js'
import { buildTestApp, logComplaint, sendEvent, signIn, unitOf, type Session } from './helper.js'
import { fixtureArticles, publishFixture } from './support/knowledge.js'
import { minimalPdf, multipart } from './fixtures/files/make.js'
import { computeAssessment } from '../src/assessment/compute.js'
import { currentMonth, nextMonth } from '../src/assessment/month.js'

const PLANTED = [
  '张三丰', '王小明', '王喆', '李秀英', '赵铁柱', '周淑芬',
  '13812345678', '13911112222', '13655556666', '13700001111', '138****5678',
  '0871-63211234', '63211234', '0871-65558888', '65558888',
  '53010219900307123X', '11010519491231002X', '530102', // the ID numbers and their first six digits (the place of birth)
  'zhangsf@example.com', 'wxm_88@qq.com',
  '翠湖西路8号', '8号302', '青年路22号', '北京路1188号',
]
// '530102' is also 五华区's division code: no public output may carry it as free text either (stats use county keys
// of six digits, so stats are checked without it)
const IN_STATS_OK = new Set(['530102'])

const builder = nodemailer.createTransport({ streamTransport: true, buffer: true })

t.test('no personal data reaches any public output; a public summary appears once approved', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const clerk = await signIn(app, 'clerk', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const officer = await signIn(app, 'officer', '530102')
  const county = await unitOf(db, '530102')
  const ok = async (s: Session, id: number, body: Record<string, unknown>) => {
    const res = await sendEvent(s, id, body)
    if (res.statusCode !== 200) throw new Error(`${body.type}: ${res.statusCode} ${res.body}`)
  }
  /** the whole way to 已办结, with an officer's reply and a feedback text that name people */
  const close = async (id: number) => {
    await ok(dispatcher, id, { type: 'REGISTER', category: 'urban_management' })
    await ok(dispatcher, id, { type: 'DISPATCH', chain: [county.id] })
    await ok(officer, id, { type: 'SIGN' })
    await ok(officer, id, { type: 'SUBMIT_REPLY', text: '经核实，王喆（电话13655556666，身份证53010219900307123X）反映的青年路22号油烟问题属实，已责令整改。', resolved: true })
    await ok(dispatcher, id, { type: 'APPROVE_REPLY' })
    await ok(operator, id, { type: 'SEND_FEEDBACK', text: '王喆您好，您反映的问题已处理，如有疑问请拨打0871-65558888。', channel: 'sms' })
    await ok(operator, id, { type: 'EVALUATE', rating: 'satisfied' })
  }

  // web: the very texts seen in the feed
  const web = await app.inject({
    method: 'POST', url: '/api/complaints', remoteAddress: '10.1.2.3',
    payload: {
      type: 'complaint', title: '张三丰 13812345678 反映噪音',
      content: '我叫王小明，电话13911112222，住翠湖西路8号302，身份证53010219900307123X，邮箱wxm_88@qq.com，座机0871-63211234。楼下餐馆夜间噪音扰民。',
      address: '昆明市五华区华山街道翠湖西路8号302',
      complainant: { anonymous: false, name: '张三丰', phone: '13812345678', email: 'zhangsf@example.com', idNumber: '11010519491231002X', address: '翠湖西路8号302' },
    },
  })
  t.equal(web.statusCode, 201, web.body)
  // hotline
  const hotline = await logComplaint(operator, {
    title: '李秀英来电 13700001111', content: '来电人李秀英（13700001111）称北京路1188号小区垃圾无人清运，请尽快处理。', address: '昆明市五华区华山街道',
    complainant: { anonymous: false, name: '李秀英', phone: '13700001111' },
  })
  // letter
  const letter = await clerk.post('/api/intake/letter', {
    type: 'complaint', content: '赵铁柱来信：青年路22号门前道路破损，身份证号11010519491231002X，电话0871-63211234。', address: '昆明市五华区华山街道',
    complainant: { anonymous: false, name: '赵铁柱', phone: '13911112222' }, letterNumber: 'PII-0001', senderAddress: '昆明市五华区青年路22号',
  })
  t.equal(letter.statusCode, 201, letter.body)
  // e-mail: a mobile and an ID number typed into the subject
  const mail = (await builder.sendMail({
    from: '周淑芬 <zhangsf@example.com>', to: 'complaints@km.gov.cn', subject: '投诉 13700001111 身份证11010519491231002X',
    text: '我是周淑芬，住北京路1188号，电话13655556666。五华区华山街道路灯不亮已经一周了。', messageId: '<pii-sweep-1@example.com>',
  })).message as Buffer
  const [inbound] = await sql`insert into inbound_emails (mailbox, uid_validity, uid, message_id, raw) values ('INBOX', 1, 1, '<pii-sweep-1@example.com>', ${mail}) returning id`
  const processed = await processInboundEmail(app, Number(inbound.id))
  t.equal(processed.outcome, 'complaint')

  const ids = [web.json().id, hotline.id, letter.json().id, processed.caseId!]
  for (const id of ids) await close(id)
  // a 主动治理 task on those cases whose own text and reply name people, resolved: the public sees its township and day only
  const task = await dispatcher.post('/api/hotspots/proactive', { caseIds: ids, category: 'urban_management', content: '张三丰（13812345678）住翠湖西路8号302，门前噪音集中整治。' })
  t.equal(task.statusCode, 201, task.body)
  await ok(dispatcher, task.json().id, { type: 'DISPATCH', chain: [county.id] })
  await ok(officer, task.json().id, { type: 'SIGN' })
  await ok(officer, task.json().id, { type: 'SUBMIT_REPLY', text: '已约谈王喆（13655556666），青年路22号餐馆停业整改。', resolved: true })
  await ok(dispatcher, task.json().id, { type: 'APPROVE_REPLY' })
  // placed at the city (its cases are at different places): listed with the city's figures
  const shown = (await app.inject('/api/public/hotspots')).json()
  t.equal(shown.city.proactive.tasks.length, 1, 'the resolved task is in the public answer the sweep reads')
  // still at intake, and a report: never published
  const waiting = await logComplaint(operator, { title: '周淑芬 13655556666', content: '周淑芬反映青年路22号有人私搭乱建。', address: '昆明市五华区华山街道' })
  const report = await logComplaint(operator, { type: 'report', title: '举报华山街道某干部', content: '举报人赵铁柱：华山街道某干部收受好处费。', address: '昆明市五华区华山街道' })
  await ok(dispatcher, report.id, { type: 'REGISTER', category: 'urban_management' })
  await app.jobHandlers['stats-refresh']([])
  // 考核排名 (issue 22): this month assessed as if it had ended, so the public ranking names the units these cases count for
  const month = currentMonth()
  await computeAssessment(sql, '530100', month, null, new Date(`${nextMonth(month)}-01T02:00:00+08:00`))
  // one published public 常见问题 article, so the FAQ routes have something to show
  const supervisor = await signIn(app, 'supervisor', '530100')
  const [articleId] = [...(await publishFixture(sql, (await findStaffUser(db, supervisor.user.id))!, fixtureArticles().slice(0, 1))).values()]
  // with a form to download (its file route joins the sweep)
  const { body: formBody, contentType: formType } = await multipart({}, [{ field: 'files', filename: '申请表.pdf', content: minimalPdf('Application form') }])
  const uploaded = await supervisor.inject({ method: 'POST', url: `/api/knowledge/articles/${articleId}/files`, headers: { 'content-type': formType }, payload: formBody })
  t.equal(uploaded.statusCode, 201, uploaded.body)
  const articleFileId = uploaded.json().files[0].id as number
  await supervisor.post(`/api/knowledge/articles/${articleId}/submit`, {})
  t.equal((await supervisor.post(`/api/knowledge/articles/${articleId}/publish`, {})).statusCode, 200)

  const caseNumbers = (await sql`select case_number from complaints where id = any(${ids}) order by id`).map((r) => r.case_number as string)
  const [waitingNumber, reportNumber] = (await sql`select case_number from complaints where id = any(${[waiting.id, report.id]}) order by id`).map((r) => r.case_number as string)

  const outputs = async () => {
    const urls = [
      '/open311/v2/requests.json', '/open311/v2/requests.xml', '/open311/v2/services.json', '/open311/v2/services.xml',
      '/open311/v2/requests.json?status=closed', `/open311/v2/requests.json?service_request_id=${[...caseNumbers, waitingNumber, reportNumber].join(',')}`,
      ...caseNumbers.flatMap((n) => [`/open311/v2/requests/${n}.json`, `/open311/v2/requests/${n}.xml`]),
    ]
    const stats = ['', '?groupBy=channel', '?groupBy=county', '?groupBy=category', '?groupBy=month', '?groupBy=type', '?division=530102'].map((q) => '/api/public/stats' + q)
    const out: { url: string; body: string }[] = []
    for (const url of [...urls, ...stats, '/api/public/anchors', '/api/public/process-chart?type=report', '/api/public/process-chart.svg', '/api/public/hotspots',
      '/api/public/hotspots/chart.svg', '/api/public/hotspots/chart.svg?county=530102',
      '/api/public/knowledge/search?q=' + encodeURIComponent('路灯不亮'), '/api/public/knowledge/search?q=', `/api/public/knowledge/articles/${articleId}`,
      `/api/public/knowledge/articles/${articleId}/files/${articleFileId}`,
      '/api/public/knowledge/direct-rate', '/api/public/knowledge/direct-rate?groupBy=category', '/api/public/assessment', `/api/public/assessment?month=${month}`]) {
      const res = await app.inject(url)
      t.equal(res.statusCode, 200, url)
      out.push({ url, body: res.body })
    }
    return out
  }

  t.test('the sweep reaches every public route', async (t) => {
    const swept = ['/open311/v2/services.:format', '/open311/v2/requests.:format', '/open311/v2/requests/:id.:format', '/api/public/stats', '/api/public/anchors',
      '/api/public/process-chart', '/api/public/process-chart.svg', '/api/public/hotspots', '/api/public/hotspots/chart.svg',
      '/api/public/knowledge/search', '/api/public/knowledge/articles/:id', '/api/public/knowledge/articles/:id/files/:fileId', '/api/public/knowledge/direct-rate', '/api/public/assessment']
    const publicRoutes = app.routeList.filter((r) => r.method === 'GET' && (r.url.startsWith('/open311') || r.url.startsWith('/api/public'))).map((r) => r.url)
    t.ok(publicRoutes.length >= 4, publicRoutes.join(' '))
    t.same(publicRoutes.filter((u) => !swept.includes(u)), [], 'a new public output joins this sweep')
  })

  t.test('no planted string in any public output', async (t) => {
    for (const { url, body } of await outputs()) {
      // the county's code is how stats and the public hotspots name a county
      const found = PLANTED.filter((p) => body.includes(p) && !((url.startsWith('/api/public/stats') || url.startsWith('/api/public/hotspots')) && IN_STATS_OK.has(p)))
      t.same(found, [], url)
    }
  })

  t.test('with the nightly hotspot run stored: the public page reads it, and the run keeps nothing personal', async (t) => {
    await app.jobHandlers['hotspots-nightly']([])
    t.equal((await app.inject('/api/public/hotspots')).json().stored, true, 'read from the stored run')
    for (const { url, body } of (await outputs()).filter((o) => o.url.startsWith('/api/public/hotspots'))) {
      t.same(PLANTED.filter((p) => body.includes(p) && !IN_STATS_OK.has(p)), [], url)
    }
    const stored = JSON.stringify(await sql`
      select (select json_agg(r) from hotspot_runs r) as runs, (select json_agg(c) from hotspot_run_clusters c) as clusters,
             (select json_agg(w) from hotspot_run_weeks w) as weeks`)
    t.same(PLANTED.filter((p) => stored.includes(p) && !IN_STATS_OK.has(p)), [], 'nothing planted in the stored run')
  })

  t.test('what a case shows without a summary: service, status, township, dates', async (t) => {
    const list = (await app.inject('/open311/v2/requests.json')).json() as Record<string, unknown>[]
    const mine = list.filter((r) => caseNumbers.includes(r.service_request_id as string))
    t.equal(mine.length, 4, 'the four closed cases')
    for (const r of mine) {
      t.match(r, { status: 'closed', status_notes: '已办结', service_code: 'urban_management', service_name: String, description: null, media_url: null })
      t.match(r.address, /^昆明市(五华区(华山街道)?)?$/, 'the township at most (the e-mail named no place)')
      t.ok(r.requested_datetime && r.updated_datetime)
    }
    const listed = list.map((r) => r.service_request_id)
    t.notOk(listed.includes(waitingNumber), 'a case at intake is not published')
    t.notOk(listed.includes(reportNumber), 'a report is not published')
    t.equal((await app.inject(`/open311/v2/requests/${waitingNumber}.json`)).statusCode, 404)
    t.equal((await app.inject(`/open311/v2/requests/${reportNumber}.json`)).statusCode, 404)
  })

  t.test('an Open311 request\'s place: coordinates to ~100 m, the address to the township', async (t) => {
    const admin = await signIn(app, 'admin', '530100')
    const { key } = (await admin.post('/api/api-keys', { label: '城市服务小程序' })).json()
    const form = new URLSearchParams({
      api_key: key, service_code: 'urban_management', description: '翠湖西路8号门口的路灯不亮已经一周了，晚上很黑。',
      address_string: '昆明市五华区华山街道翠湖西路8号', lat: '25.0486123', long: '102.7061987', first_name: '喆', last_name: '王',
    })
    const posted = await app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    t.equal(posted.statusCode, 201, posted.body)
    const number = posted.json()[0].service_request_id
    t.equal((await app.inject(`/open311/v2/requests/${number}.json`)).statusCode, 404, 'not published while at intake')
    const [{ id }] = await sql`select id from complaints where case_number = ${number}`
    await ok(dispatcher, Number(id), { type: 'REGISTER', category: 'urban_management' })
    const one = (await app.inject(`/open311/v2/requests/${number}.json`)).json()[0]
    t.match(one, { lat: 25.049, long: 102.706, address: '昆明市五华区华山街道', description: null })
    t.notMatch(JSON.stringify(one), /翠湖西路|王喆|25\.0486|102\.7061/)
  })

  t.test('a public summary: set by staff in scope, audited, then published', async (t) => {
    const id = web.json().id
    const url = `/api/cases/${id}/public-summary`
    const summary = '市民反映华山街道某餐馆夜间噪音扰民，经核实已责令整改。'
    t.equal((await officer.inject({ method: 'PUT', url, payload: { text: summary } })).statusCode, 403, 'an officer does not approve summaries')
    const outsider = await signIn(app, 'dispatcher', '530103')
    t.equal((await outsider.inject({ method: 'PUT', url, payload: { text: summary } })).statusCode, 404, 'another county does not see the case')
    const withPhone = await dispatcher.inject({ method: 'PUT', url, payload: { text: '王喆反映噪音，电话13655556666。' } })
    t.equal(withPhone.statusCode, 400)
    t.equal(withPhone.json().error.code, 'summary_personal_data', 'a summary that holds a phone number is refused')
    const onReport = await dispatcher.inject({ method: 'PUT', url: `/api/cases/${report.id}/public-summary`, payload: { text: summary } })
    t.equal(onReport.statusCode, 409)
    t.equal(onReport.json().error.code, 'report_not_public')

    const set = await dispatcher.inject({ method: 'PUT', url, payload: { text: summary } })
    t.equal(set.statusCode, 200, set.body)
    t.match(set.json(), { text: summary, approvedBy: { id: dispatcher.user.id }, approvedAt: String })
    const [audit] = await sql`select actor_user_id, detail from audit_log where case_id = ${id} and action = 'case.public_summary'`
    t.equal(Number(audit.actor_user_id), dispatcher.user.id, 'audited')
    const one = (await app.inject(`/open311/v2/requests/${web.json().caseNumber}.json`)).json()[0]
    t.equal(one.description, summary)
    t.match((await app.inject(`/open311/v2/requests/${web.json().caseNumber}.xml`)).body, `<description>${summary}</description>`)

    t.equal((await dispatcher.inject({ method: 'DELETE', url })).statusCode, 204)
    t.equal((await app.inject(`/open311/v2/requests/${web.json().caseNumber}.json`)).json()[0].description, null, 'withdrawn')
  })
})
