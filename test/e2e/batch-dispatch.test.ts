// 批量交办 in the browser (issue 20): a dispatcher ticks cases in 诉求查询, chooses the chain once (suggested from the
// routing rules), and the dialog lists each case's own outcome; a case still 待受理 says why it was not dispatched.
import t from 'tap'
import { login, logComplaint, sendEvent } from '../helper.js'
import { launchBrowser, openTab, PASSWORD, screenshot, signInAs, startConsole } from './support.js'

t.setTimeout(10 * 60_000)

t.test('批量交办: three cases picked, one chain chosen, each case answers for itself', async (t) => {
  const c = await startConsole(t)
  const operator = await c.user('operator', '530100')
  const dispatcher = await c.user('dispatcher', '530100')
  const op = await login(c.app, operator.username, PASSWORD)
  const disp = await login(c.app, dispatcher.username, PASSWORD)
  const cases = [await logComplaint(op), await logComplaint(op), await logComplaint(op)]
  for (const k of cases.slice(0, 2)) t.equal((await sendEvent(disp, k.id, { type: 'REGISTER', category: 'village_affairs' })).statusCode, 200)

  const browser = await launchBrowser(t)
  const tab = await openTab(browser, c.baseUrl, t)
  await signInAs(tab, dispatcher.username)
  await tab.page.goto('/cases?queue=all&state=intake,triage')
  for (const k of cases) {
    const row = tab.page.locator('.el-table__row', { has: tab.page.locator(`[data-case-number="${k.caseNumber}"]`) })
    await row.locator('.el-checkbox').click()
  }
  await tab.page.locator('[data-test=batch-bar]', { hasText: '已选 3 件' }).waitFor()
  await tab.page.locator('[data-test=batch-dispatch]').click()
  const dialog = tab.page.locator('[data-test=batch-dispatch-dialog]')
  const confirm = dialog.locator('[data-test=batch-dispatch-confirm]')
  await confirm.and(tab.page.locator(':enabled')).waitFor()
  await screenshot(tab.page, 'batch-dispatch-chain')
  await confirm.click()
  await dialog.locator('[data-test=batch-summary]', { hasText: '2 件成功，1 件未成功' }).waitFor()
  const results = dialog.locator('[data-test=batch-result]')
  t.equal(await results.count(), 3, 'one line per case')
  for (const [i, k] of cases.entries()) {
    const line = results.filter({ hasText: k.caseNumber })
    t.equal(await line.getAttribute('data-ok'), String(i < 2), `${k.caseNumber}: ${i < 2 ? 'dispatched' : 'refused'}`)
    if (i < 2) t.match(await line.innerText(), '已交办')
    else t.notMatch(await line.innerText(), '已交办', 'the refused case says why, not 已交办')
  }
  await screenshot(tab.page, 'batch-dispatch-results')
  for (const [i, k] of cases.entries()) {
    const v = (await disp.get(`/api/cases/${k.id}`)).json()
    t.equal(v.state, i < 2 ? 'assigned' : 'intake', `${k.caseNumber} is ${v.state}`)
  }
  const [a, b] = await Promise.all(cases.slice(0, 2).map(async (k) => (await disp.get(`/api/cases/${k.id}`)).json().chain.map((l: { unit: { id: number } }) => l.unit.id)))
  t.same(a, b, 'both went down the one chain chosen')
  t.ok(a.length > 0)
  t.same(tab.errors.filter((e) => !/status of 4\d\d/.test(e)), [], 'no page errors')
})
