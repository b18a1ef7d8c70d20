// 协办 in the browser (issue 22): the dispatch dialog offers assisting units; an assisting unit's officer finds the part
// in 协办任务, signs it and submits the opinion with a file; the lead's case page shows it as it arrives.
import t from 'tap'
import { login, logComplaint, sendEvent, unitOf } from '../helper.js'
import { launchBrowser, openTab, PASSWORD, screenshot, signInAs, startConsole } from './support.js'

t.setTimeout(10 * 60_000)

const WUHUA = '530102'
const HUASHAN = '530102001'

t.test('an assisting unit signs and submits its part from its queue; the lead sees it', async (t) => {
  const c = await startConsole(t)
  const [tB] = (await c.sql`select code from divisions where parent_code = ${WUHUA} and code <> ${HUASHAN} order by code limit 1`).map((r) => r.code as string)
  const operator = await c.user('operator', '530100')
  const dispatcher = await c.user('dispatcher', '530100')
  const assisting = await c.user('officer', tB)
  const lead = await c.user('officer', HUASHAN)
  const op = await login(c.app, operator.username, PASSWORD)
  const disp = await login(c.app, dispatcher.username, PASSWORD)
  const created = await logComplaint(op)
  t.equal((await sendEvent(disp, created.id, { type: 'REGISTER', category: 'village_affairs' })).statusCode, 200)

  const browser = await launchBrowser(t)
  // the dispatcher's dialog offers assisting units
  const d = await openTab(browser, c.baseUrl, t)
  await signInAs(d, dispatcher.username)
  await d.page.goto(`/cases/${created.id}`)
  await d.page.locator('[data-test=action-DISPATCH]').click()
  await d.page.locator('[data-test=assisting-add]:visible').click()
  t.equal(await d.page.locator('[data-test=assisting-row]:visible').count(), 1, 'an assisting unit row is offered')
  await screenshot(d.page, 'cohandling-dispatch-dialog')

  const units = { county: await unitOf(c.db, WUHUA), lead: await unitOf(c.db, HUASHAN), b: await unitOf(c.db, tB) }
  const dispatched = await sendEvent(disp, created.id, { type: 'DISPATCH', chain: [units.county.id, units.lead.id], assisting: [{ unitId: units.b.id, workingDays: 2 }] })
  t.equal(dispatched.statusCode, 200, dispatched.body.slice(0, 200))

  const a = await openTab(browser, c.baseUrl, t)
  await signInAs(a, assisting.username)
  await a.page.goto('/cohandling')
  await a.page.locator(`text=${created.caseNumber}`).click()
  await a.page.waitForURL(/\/cases\/\d+/)
  await a.page.locator('[data-test=case-parts]').waitFor()
  await a.page.locator('[data-test=part-sign]').click()
  await a.page.locator('[data-test=part-sign]').waitFor({ state: 'detached' })
  t.equal(await a.page.locator('[data-test=part-return]').count(), 0, 'signed: only the opinion is left to do')
  await a.page.locator('[data-test=part-submit]').click()
  await a.page.locator('[data-test=part-text]:visible').fill('经核查，本街道辖区内无相关问题，配合主办单位处理。')
  await a.page.locator('[data-test=part-files]').setInputFiles({ name: '核查记录.txt', mimeType: 'text/plain', buffer: Buffer.from('%PDF-1.4\n') })
  await a.page.locator('[data-test=part-confirm]').click()
  await a.page.locator('[data-test=case-part]', { hasText: '已提交' }).waitFor()
  await screenshot(a.page, 'cohandling-part-submitted')

  const l = await openTab(browser, c.baseUrl, t)
  await signInAs(l, lead.username)
  await l.page.goto(`/cases/${created.id}`)
  const part = l.page.locator('[data-test=case-part]')
  await part.waitFor()
  t.match(await part.innerText(), '经核查，本街道辖区内无相关问题', 'the lead reads the opinion')
  t.match(await part.innerText(), '已提交')
  t.same(a.errors.filter((e) => !/status of 4\d\d/.test(e)), [], 'no page errors for the assisting officer')
  t.same(l.errors, [], 'none for the lead')
})

t.test('督办单 from the case page: a county supervisor issues one, the township answers it', async (t) => {
  const c = await startConsole(t)
  const operator = await c.user('operator', '530100')
  const dispatcher = await c.user('dispatcher', '530100')
  const countySup = await c.user('supervisor', WUHUA)
  const township = await c.user('officer', HUASHAN)
  const op = await login(c.app, operator.username, PASSWORD)
  const disp = await login(c.app, dispatcher.username, PASSWORD)
  const created = await logComplaint(op)
  await sendEvent(disp, created.id, { type: 'REGISTER', category: 'village_affairs' })
  const units = { county: await unitOf(c.db, WUHUA), lead: await unitOf(c.db, HUASHAN) }
  t.equal((await sendEvent(disp, created.id, { type: 'DISPATCH', chain: [units.county.id, units.lead.id] })).statusCode, 200)

  const browser = await launchBrowser(t)
  const s = await openTab(browser, c.baseUrl, t)
  await signInAs(s, countySup.username)
  await s.page.goto(`/cases/${created.id}`)
  await s.page.locator('[data-test=notice-issue]').click()
  await s.page.locator('[data-test=notice-reason]:visible').fill('群众反映强烈，办理进度缓慢')
  await s.page.locator('[data-test=notice-action]:visible').fill('3日内查明情况并书面答复')
  await s.page.locator('[data-test=notice-confirm]').click()
  const issued = s.page.locator('[data-test=case-notice]')
  await issued.waitFor()
  t.match(await issued.innerText(), /督办〔\d{4}〕第\d+号/)
  t.match(await issued.innerText(), '华山街道')

  const w = await openTab(browser, c.baseUrl, t)
  await signInAs(w, township.username)
  await w.page.goto('/notices')
  await w.page.locator('[data-test=notices-inbox] .el-table__row').first().waitFor()
  await w.page.goto(`/cases/${created.id}`)
  await w.page.locator('[data-test=notice-answer]').click()
  await w.page.locator('[data-test=notice-answer-text]:visible').fill('已查明情况，正在整改。')
  await w.page.locator('[data-test=notice-confirm]').click()
  await w.page.locator('[data-test=case-notice]', { hasText: '已答复' }).waitFor()
  await screenshot(w.page, 'notice-answered')
  t.same(s.errors, [], 'no page errors for the supervisor')
  t.same(w.errors, [], 'none for the township')
})
