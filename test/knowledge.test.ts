// 知识库 through the API: draft → review → publish → expire with versions and audit rows; who may do what, and a
// unit's draft unseen by others until published; a call answered from an article (case, article and version linked);
// the public 常见问题 search; the knowledge-gap list; 直接答复率; the expiry reminder and withdrawal.
import t from 'tap'
import ExcelJS from 'exceljs'
import { buildTestApp, signIn, sendEvent, type Session } from './helper.js'
import { runExpiry } from '../src/knowledge/expiry.js'
import { beijingToday } from '../src/knowledge/search.js'

const WUHUA = '530102', PANLONG = '530103'

const article = (over: Record<string, unknown> = {}) => ({
  title: '灵活就业人员如何参加职工基本养老保险',
  questions: ['个体户能不能自己交养老保险'],
  answer: '无雇工的个体工商户和灵活就业人员，可持身份证到社保经办机构或在 [云南人社](https://hrss.yn.gov.cn) 办理**参保登记**。\n- 缴费基数自选',
  category: 'social_security', source: '《社会保险法》第十条', keywords: ['灵活就业', '个体户'], isPublic: true,
  ...over,
})

async function search(s: Session, q: string) {
  const res = await s.get(`/api/knowledge/search?q=${encodeURIComponent(q)}`)
  if (res.statusCode !== 200) throw new Error(`search ${res.statusCode} ${res.body}`)
  return res.json().items as { id: number; version: number; title: string; titleMarks: { text: string; hit: boolean }[]; snippet: { text: string; hit: boolean }[] }[]
}

t.test('knowledge base', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const officer = await signIn(app, 'officer', WUHUA)
  const supervisor = await signIn(app, 'supervisor', WUHUA)
  const otherOfficer = await signIn(app, 'officer', PANLONG)
  const otherSupervisor = await signIn(app, 'supervisor', PANLONG)
  const operator = await signIn(app, 'operator', '530100')
  const cityAdmin = await signIn(app, 'admin', '530100')

  let id = 0
  await t.test('draft → review → publish, seen by its own unit only until published', async (t) => {
    const created = await officer.post('/api/knowledge/articles', article())
    t.equal(created.statusCode, 201, "draft created")
    id = created.json().id
    t.equal(created.json().state, 'draft')

    t.equal((await otherOfficer.get(`/api/knowledge/articles/${id}`)).statusCode, 404, 'another unit does not see the draft')
    t.notOk((await otherOfficer.get('/api/knowledge/articles')).json().items.some((a: { id: number }) => a.id === id), 'nor in its list')
    t.equal((await cityAdmin.get(`/api/knowledge/articles/${id}`)).statusCode, 200, 'the city admin does')
    t.same(await search(operator, '个体户交养老保险'), [], 'a draft is not offered')
    t.equal((await otherOfficer.post(`/api/knowledge/articles/${id}/submit`, {})).statusCode, 404, 'another unit cannot send it for review')

    t.equal((await officer.post(`/api/knowledge/articles/${id}/submit`, {})).json().state, 'review')
    const edit = await officer.inject({ method: 'PUT', url: `/api/knowledge/articles/${id}`, payload: article() })
    t.equal(edit.statusCode, 409, 'no edit while in review')
    t.equal(edit.json().error.code, 'article_wrong_state')
    const byOfficer = await officer.post(`/api/knowledge/articles/${id}/publish`, {})
    t.equal(byOfficer.statusCode, 403, 'an officer does not publish')
    t.equal((await otherSupervisor.post(`/api/knowledge/articles/${id}/publish`, {})).statusCode, 404, 'another unit\'s supervisor does not review it')
    const rejected = await supervisor.post(`/api/knowledge/articles/${id}/reject`, { reason: '请补充缴费方式' })
    t.equal(rejected.json().state, 'draft', 'sent back')
    await officer.inject({ method: 'PUT', url: `/api/knowledge/articles/${id}`, payload: article({ answer: article().answer + '\n按月、按季或按年缴费。' }) })
    await officer.post(`/api/knowledge/articles/${id}/submit`, {})
    const published = await supervisor.post(`/api/knowledge/articles/${id}/publish`, {})
    t.equal(published.json().state, 'published', published.body)

    const seen = await otherOfficer.get(`/api/knowledge/articles/${id}`)
    t.equal(seen.statusCode, 200, 'published: every unit reads it')
    t.match(seen.json().answerHtml, /<a href="https:\/\/hrss\.yn\.gov\.cn" target="_blank" rel="noopener noreferrer">云南人社<\/a>/)
    t.match(seen.json().answerHtml, /<strong>参保登记<\/strong>/)
    t.same(seen.json().versions, [], 'others see no draft history')
    const hits = await search(operator, '我开小饭馆的，想自己交养老，个体户怎么弄')
    t.equal(hits[0]?.id, id, 'offered to the operator')
    t.ok(hits[0]!.titleMarks.some((m) => m.hit) || hits[0]!.snippet.some((m) => m.hit), 'with the matching words marked')

    const audit = await sql`select action, detail->>'version' as version from audit_log where action like 'knowledge.%' and (detail->>'articleId')::bigint = ${id} order by id`
    t.same(audit.map((r) => r.action), ['knowledge.draft', 'knowledge.submit', 'knowledge.reject', 'knowledge.draft', 'knowledge.submit', 'knowledge.publish'], 'each change audited')
  })

  await t.test('a new version is drafted while the published one stays offered', async (t) => {
    const res = await officer.inject({ method: 'PUT', url: `/api/knowledge/articles/${id}`, payload: article({ title: '灵活就业人员参加养老保险（修订）' }) })
    t.equal(res.json().version, 2)
    const hits = await search(operator, '个体户交养老保险')
    t.equal(hits[0]?.id, id)
    t.equal(hits[0]?.version, 1, 'version 1 is what is offered')
    t.equal(hits[0]?.title, '灵活就业人员如何参加职工基本养老保险')
    const own = (await officer.get(`/api/knowledge/articles/${id}`)).json()
    t.same(own.versions.map((v: { version: number }) => v.version), [2, 1], 'versions kept')
  })

  await t.test('a call answered from an article: the case links article and version; 知识库无答案', async (t) => {
    const call = await operator.post('/api/intake/hotline', {
      type: 'consultation', title: '个体户交养老保险', content: '来电人开小饭馆，想自己交养老保险，问在哪里办理。', address: '昆明市五华区华山街道',
      complainant: { anonymous: false, name: '王五', phone: '13800001111' },
      register: { category: 'social_security', complaintType: 'consultation' }, answer: '可到社保经办机构或在云南人社办理灵活就业参保登记。',
    })
    t.equal(call.statusCode, 201, "call logged")
    const caseId = call.json().id
    const used = await operator.post('/api/knowledge/uses', { caseId, kind: 'answered', articleId: id })
    t.equal(used.statusCode, 201, "article linked")
    t.equal(used.json().version, 1, 'the version given is recorded')
    const linked = (await operator.get(`/api/cases/${caseId}/knowledge`)).json().items
    t.match(linked, [{ kind: 'answered', articleId: id, version: 1, title: '灵活就业人员如何参加职工基本养老保险' }])

    const open = await operator.post('/api/intake/hotline', {
      type: 'consultation', title: '问路灯', content: '来电人问翠湖边的路灯归谁管。', address: '昆明市五华区华山街道',
      complainant: { anonymous: false, name: '赵六', phone: '13800002222' },
    })
    const notAnswered = await operator.post('/api/knowledge/uses', { caseId: open.json().id, kind: 'answered', articleId: id })
    t.equal(notAnswered.statusCode, 409, 'a case not answered on the call takes no article')
    t.equal(notAnswered.json().error.code, 'article_not_answered')
    t.equal((await operator.post('/api/knowledge/uses', { caseId: open.json().id, kind: 'no_answer' })).statusCode, 201, '知识库无答案 marked')
  })

  await t.test('the knowledge-gap list groups dispatched consultations, within scope', async (t) => {
    const dispatcher = await signIn(app, 'dispatcher', '530100')
    for (const content of ['来电人问小区停车位月租谁定价，物业收费太高。', '来电人咨询小区停车位收费标准由谁定价。', '来电人咨询小区停车位收费是否有规定。']) {
      const c = await operator.post('/api/intake/hotline', {
        type: 'consultation', title: '小区停车位收费', content, address: '昆明市五华区华山街道',
        complainant: { anonymous: false, name: '钱七', phone: '13800003333' }, register: { category: 'housing_property', complaintType: 'consultation' },
      })
      t.equal(c.statusCode, 201, "logged")
      const routing = (await dispatcher.get(`/api/cases/${c.json().id}/routing`)).json()
      const sent = await sendEvent(dispatcher, c.json().id, { type: 'DISPATCH', chain: routing.chain.map((u: { unitId: number }) => u.unitId) })
      t.equal(sent.statusCode, 200, "dispatched")
    }
    const gaps = (await dispatcher.get('/api/knowledge/gaps')).json().groups
    t.equal(gaps[0].size, 3, 'the three parking-fee questions are one group')
    t.ok(gaps[0].words.includes('停车位'), 'named by their words')
    t.ok(gaps.some((g: { cases: { noAnswerMark: boolean }[] }) => g.cases.some((c) => c.noAnswerMark)), 'the 知识库无答案 call is listed too')
    const elsewhere = (await otherSupervisor.get('/api/knowledge/gaps')).json().groups
    t.same(elsewhere, [], 'another county does not see Wuhua\'s cases')
  })

  await t.test('直接答复率 by operator and category, and in public', async (t) => {
    const rows = (await supervisor.get('/api/knowledge/direct-rate?groupBy=category')).json().rows
    const social = rows.find((r: { key: string }) => r.key === 'social_security')
    t.match(social, { calls: 1, answered: 1, rate: 1 })
    const byOperator = (await cityAdmin.get('/api/knowledge/direct-rate?groupBy=operator')).json().rows
    t.equal(byOperator.length, 1)
    t.equal(byOperator[0].calls, 5)
    t.equal(byOperator[0].answered, 1)
    const pub = await app.inject({ method: 'GET', url: '/api/public/knowledge/direct-rate?groupBy=category' })
    t.equal(pub.statusCode, 200)
    t.notMatch(pub.body, /王五|138|operator_/, 'no personal data')
    t.ok(pub.json().rows.every((r: { calls: number | null }) => r.calls === null || r.calls >= 5), 'counts under 5 hidden')
    t.equal((await app.inject({ method: 'GET', url: '/api/public/knowledge/direct-rate?groupBy=operator' })).statusCode, 400, 'never by operator in public')
  })

  await t.test('public 常见问题: public published articles only, no internal fields', async (t) => {
    const internal = await officer.post('/api/knowledge/articles', article({ title: '内部口径：养老保险补缴内部处理流程', questions: [], keywords: ['补缴'], isPublic: false }))
    const iid = internal.json().id
    await officer.post(`/api/knowledge/articles/${iid}/submit`, {})
    await supervisor.post(`/api/knowledge/articles/${iid}/publish`, {})
    const res = await app.inject({ method: 'GET', url: `/api/public/knowledge/search?q=${encodeURIComponent('个体户养老保险补缴')}` })
    t.equal(res.statusCode, 200)
    const items = res.json().items
    t.ok(items.some((i: { id: number }) => i.id === id), 'the public article is found')
    t.notOk(items.some((i: { id: number }) => i.id === iid), 'the internal one is not')
    t.notOk('ownerUnitId' in items[0], 'no owner unit or score in public')
    t.equal((await app.inject({ method: 'GET', url: `/api/public/knowledge/articles/${iid}` })).statusCode, 404)
    const one = await app.inject({ method: 'GET', url: `/api/public/knowledge/articles/${id}` })
    t.match(one.json(), { title: '灵活就业人员如何参加职工基本养老保险', source: '《社会保险法》第十条' })
    t.equal((await app.inject({ method: 'POST', url: '/api/public/knowledge/visits', payload: { outcome: 'left' } })).statusCode, 204)
    t.equal((await app.inject({ method: 'POST', url: '/api/public/knowledge/visits', payload: { outcome: 'elsewhere' } })).statusCode, 400)
  })

  await t.test('expiry: reminded 30 days before, withdrawn after the last day, audited', async (t) => {
    const today = beijingToday()
    const until = new Date(Date.parse(today) + 20 * 86400_000).toISOString().slice(0, 10)
    const r = await officer.post('/api/knowledge/articles', article({ title: '2026年城乡居民医保集中缴费期', questions: ['今年居民医保什么时候交'], keywords: ['医保缴费'], effectiveUntil: until }))
    const eid = r.json().id
    await officer.post(`/api/knowledge/articles/${eid}/submit`, {})
    await supervisor.post(`/api/knowledge/articles/${eid}/publish`, {})
    t.match(await runExpiry(sql, today), { reminded: 1, expired: 0 })
    t.match(await runExpiry(sql, today), { reminded: 0 }, 'reminded once')
    const reminders = (await officer.get('/api/knowledge/reminders')).json().items
    t.match(reminders, [{ articleId: eid, effectiveUntil: until }], 'the owner unit sees the reminder')
    t.same((await otherOfficer.get('/api/knowledge/reminders')).json().items, [], 'other units do not')
    const after = new Date(Date.parse(until) + 86400_000).toISOString().slice(0, 10)
    t.match(await runExpiry(sql, after), { expired: 1 })
    t.equal((await officer.get(`/api/knowledge/articles/${eid}`)).json().state, 'expired')
    t.notOk((await search(operator, '居民医保什么时候交')).some((h) => h.id === eid), 'an expired article is not offered')
    const [row] = await sql`select actor_kind from audit_log where action = 'knowledge.expire' and (detail->>'articleId')::bigint = ${eid}`
    t.equal(row?.actor_kind, 'system')
    // withdrawn by hand
    const w = await supervisor.post(`/api/knowledge/articles/${id}/expire`, { reason: '政策调整' })
    t.equal(w.statusCode, 200, w.body)
    t.notOk((await search(operator, '个体户交养老保险')).some((h) => h.id === id))
  })

  await t.test('import from Excel and Markdown with a report of what was refused and why', async (t) => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('知识')
    sheet.addRow(['标题', '问法', '答复', '分类', '政策依据', '关键词', '失效日期', '公开'])
    sheet.addRow(['住房公积金租房提取', '租房能取公积金吗；公积金交房租', '无房职工租房可申请提取住房公积金。', 'housing_property', '《住房公积金管理条例》第二十四条', '公积金，租房', '2030-12-31', '是'])
    sheet.addRow(['没有答复的条目', '', '', 'housing_property', '', '', '', ''])
    sheet.addRow(['分类不存在的条目', '', '答复内容', 'no_such_category', '', '', '', ''])
    sheet.addRow(['住房公积金租房提取', '', '重复的标题', '', '', '', '', ''])
    sheet.addRow(['日期错的条目', '', '答复内容', '', '', '', '2030年1月', ''])
    const xlsx = Buffer.from(await book.xlsx.writeBuffer())
    const md = '# 燃气泄漏怎么办\n分类：urban_management\n关键词：燃气，漏气\n\n## 问法\n- 家里有煤气味\n\n## 答复\n立即关闭阀门，开窗通风，到室外拨打抢险电话。\n'
    const res = await officer.post('/api/knowledge/import', { files: [
      { name: '知识库.xlsx', data: xlsx.toString('base64') },
      { name: '燃气.md', data: Buffer.from(md).toString('base64') },
      { name: '空.md', data: Buffer.from('只有一段文字').toString('base64') },
    ] })
    t.equal(res.statusCode, 200, res.body)
    const report = res.json()
    t.same(report.created.map((c: { title: string }) => c.title).sort(), ['住房公积金租房提取', '燃气泄漏怎么办'].sort())
    const reasons = Object.fromEntries(report.refused.map((r: { row: string; reason: string }) => [r.row, r.reason]))
    t.match(reasons['知识库.xlsx:3'], /缺少答复/)
    t.match(reasons['知识库.xlsx:4'], /未知分类/)
    t.match(reasons['知识库.xlsx:5'], /同名/)
    t.match(reasons['知识库.xlsx:6'], /YYYY-MM-DD/)
    t.match(reasons['空.md'], /缺少标题/)
    const imported = (await officer.get(`/api/knowledge/articles/${report.created[0].id}`)).json()
    t.equal(imported.state, 'draft', 'imported as a draft, reviewed as any other')
    t.equal((await otherOfficer.get(`/api/knowledge/articles/${report.created[0].id}`)).statusCode, 404, 'unseen by other units')
    const bad = await officer.post('/api/knowledge/import', { files: [{ name: 'x.xlsx', data: Buffer.from('not a workbook').toString('base64') }] })
    t.equal(bad.statusCode, 400)
    t.equal(bad.json().error.code, 'import_unreadable')
  })

  await t.test('hostile input answers 4xx', async (t) => {
    t.equal((await operator.get('/api/knowledge/search?q=' + 'x'.repeat(3000))).statusCode, 400)
    t.same(await search(operator, '！！！'), [], 'punctuation alone finds nothing')
    t.equal((await officer.post('/api/knowledge/articles', article({ effectiveFrom: '2026-05-01', effectiveUntil: '2026-01-01' }))).statusCode, 400)
    t.equal((await officer.post('/api/knowledge/articles', article({ attachments: [{ name: 'x', url: 'javascript:alert(1)' }] }))).statusCode, 400)
    t.equal((await officer.get('/api/knowledge/articles/999999')).statusCode, 404)
  })
})
