// Each role signs in to its own page in a real browser at 1366×768: Chinese text, no console errors, a
// screenshot per page; the language switch, sign-out, and a wrong password.
import t from 'tap'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { webRoot } from '../../src/http/static.js'
import { login, logComplaint, sendEvent } from '../helper.js'
import { chineseText, launchBrowser, liveReady, openTab, PASSWORD, screenshot, signInAs, startConsole } from './support.js'

// a real browser on a shared CI box: slower than the 5-minute default of the other test files
t.setTimeout(15 * 60_000)

const CITY = '530100'
const WUHUA = '530102'
const HUASHAN = '530102001'
const CUIHU = '530102001001'

t.test('every role lands on its own page', async (t) => {
  const c = await startConsole(t)
  const browser = await launchBrowser(t)

  // some work in the queues: one case waiting at the centre, one assigned down to the village
  const operator = await c.user('operator', CITY, '王话务')
  const dispatcher = await c.user('dispatcher', CITY, '李派单')
  const op = await login(c.app, operator.username, PASSWORD)
  const disp = await login(c.app, dispatcher.username, PASSWORD)
  await logComplaint(op, { content: '华山街道某小区夜间施工噪音扰民，多次反映未解决。', address: '昆明市五华区华山街道' })
  const assigned = await logComplaint(op)
  t.equal((await sendEvent(disp, assigned.id, { type: 'REGISTER', category: 'village_affairs' })).statusCode, 200)
  const routing = (await disp.get(`/api/cases/${assigned.id}/routing`)).json()
  t.equal((await sendEvent(disp, assigned.id, { type: 'DISPATCH', chain: routing.chain.map((u: { unitId: number }) => u.unitId) })).statusCode, 200)

  const roles = [
    { role: 'operator', division: CITY, landing: '/calls', marker: '[data-test=call-form]', words: ['来电受理', '五要素', '登记'] },
    { role: 'clerk', division: CITY, landing: '/register', marker: '.paper-form', words: ['来信来访登记', '信件编号'] },
    { role: 'dispatcher', division: CITY, landing: '/intake', marker: '[data-test=intake-list]', words: ['受理分拨', '待受理', '待交办'] },
    { role: 'officer', division: CUIHU, landing: '/work', marker: '[data-test=case-table]', words: ['我的工作', '待签收', '办理中', '待审核'] },
    { role: 'supervisor', division: WUHUA, landing: '/work', marker: '[data-test=case-table]', words: ['我的工作', '待审核'] },
    { role: 'inspector', division: CITY, landing: '/board', marker: '[data-test=overdue-list]', words: ['监察看板', '黄牌', '红牌'] },
    { role: 'admin', division: CITY, landing: '/admin/users', marker: '[data-test=users-table]', words: ['用户管理', '系统管理员'] },
  ] as const

  for (const r of roles) {
    await t.test(`${r.role} (${r.division})`, async (t) => {
      const u = await c.user(r.role, r.division)
      const tab = await openTab(browser, c.baseUrl, t)
      await signInAs(tab, u.username)
      t.equal(new URL(tab.page.url()).pathname, r.landing, `lands on ${r.landing}`)
      await tab.page.locator(r.marker).first().waitFor()
      await liveReady(tab.page)
      await tab.page.waitForLoadState('networkidle')
      const text = await chineseText(tab.page, [...r.words])
      t.ok(text.ok, 'the page is in Chinese')
      t.same(text.missing, [], 'with the words of the page')
      const file = await screenshot(tab.page, `role-${r.role}`)
      t.comment(`screenshot ${file}`)
      t.same(tab.errors, [], 'no console errors')
    })
  }

  await t.test('the village officer sees the assigned case in 待签收, with its deadline', async (t) => {
    const u = await c.user('officer', CUIHU)
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, u.username)
    const row = tab.page.locator(`[data-case-number="${assigned.caseNumber}"]`)
    await row.waitFor()
    t.equal(await tab.page.locator('[data-test=count-assigned]').innerText(), '1', 'the tab counts it')
    t.match(await tab.page.locator('.el-table__row').first().innerText(), /剩/, 'the deadline counts down')
    t.same(tab.errors, [])
  })

  await t.test('a change made elsewhere: the page reloads live, and a stale action answers with the Chinese message', async (t) => {
    const u = await c.user('officer', CUIHU)
    const other = await login(c.app, (await c.user('officer', CUIHU)).username, PASSWORD)
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, u.username)
    await tab.page.goto(`/cases/${assigned.id}`)
    await liveReady(tab.page)
    await tab.page.locator('[data-test=case-detail][data-state=assigned]').waitFor()
    await tab.page.locator('[data-test=action-SIGN]').click()
    await tab.page.locator('[data-test=dialog-submit]:visible').waitFor()
    // a colleague signs first
    t.equal((await sendEvent(other, assigned.id, { type: 'SIGN' })).statusCode, 200)
    await tab.page.locator('[data-test=case-detail][data-state=handling]').waitFor()
    t.pass('the case page reloaded by itself')
    await tab.page.locator('[data-test=dialog-submit]:visible').click()
    const toast = tab.page.locator('.el-message--error')
    await toast.waitFor()
    t.match(await toast.innerText(), /诉求当前状态不接受此操作/, 'the server\'s Chinese message')
    // a refusal is no server fault: no request id to read out (issue 20, finding 7; a 5xx shows one)
    t.notMatch(await toast.innerText(), /请求编号/, 'without a request id')
    await screenshot(tab.page, 'stale-action-toast')
    t.same(tab.errors.filter((e) => !/status of 409/.test(e)), [], 'no console errors but the 409 itself')
  })

  await t.test('the language switch, and sign-out', async (t) => {
    const u = await c.user('officer', CUIHU)
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, u.username)
    await tab.page.locator('[data-test=lang-switch]').click()
    await tab.page.locator('[data-test=lang-en]').click()
    await tab.page.getByText('My work').first().waitFor()
    t.match(await tab.page.locator('body').innerText(), /To sign[\s\S]*Handling[\s\S]*To review/, 'English labels')
    t.equal(await tab.page.locator('html').getAttribute('lang'), 'en')
    await screenshot(tab.page, 'officer-english')
    await tab.page.reload()
    await tab.page.getByText('My work').first().waitFor()
    t.pass('the choice survives a reload')
    await tab.page.locator('[data-test=lang-switch]').click()
    await tab.page.locator('[data-test=lang-zh]').click()
    await tab.page.getByText('我的工作').first().waitFor()
    // the lists the language switch reloads answer first: one still on its way when the session ends is a 401 in the
    // browser's console (a request the user no longer sees, not an error they meet)
    await tab.page.waitForLoadState('networkidle')
    await tab.page.locator('[data-test=sign-out]').click()
    await tab.page.waitForURL(/\/login/)
    await tab.page.goto('/work')
    await tab.page.waitForURL(/\/login/)
    t.pass('signed out: pages send back to sign-in')
    t.same(tab.errors, [])
  })

  await t.test('first load: JavaScript under 1.5 MB gzip', async (t) => {
    const u = await c.user('operator', CITY)
    const tab = await openTab(browser, c.baseUrl, t)
    await tab.page.goto('/login')
    await tab.page.locator('[data-test=login-submit]').waitFor()
    // from the start of navigation, as the browser counts it: reported here, held to its 2 s target by `npm run bench -- console`
    const loginMs = Math.round(await tab.page.evaluate('performance.now()') as number)
    await tab.page.locator('[data-test=username]').fill(u.username)
    await tab.page.locator('[data-test=password]').fill(PASSWORD)
    await tab.page.locator('[data-test=login-submit]').click()
    await tab.page.locator('[data-test=call-form]').waitFor()
    const scripts = await tab.page.evaluate(`performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).map((e) => ({ url: e.name, bytes: e.encodedBodySize }))`) as { url: string; bytes: number }[]
    const gzip = scripts.reduce((sum, s) => {
      const file = path.join(webRoot, new URL(s.url).pathname) + '.gz'
      return sum + (existsSync(file) ? statSync(file).size : s.bytes)
    }, 0)
    const wire = scripts.reduce((sum, s) => sum + s.bytes, 0)
    t.comment(`first load: ${scripts.length} scripts, ${(gzip / 1024).toFixed(0)} KiB gzip (${(wire / 1024).toFixed(0)} KiB as sent, brotli), sign-in page interactive in ${loginMs} ms`)
    t.ok(gzip < 1.5 * 1024 * 1024, 'under 1.5 MB of JavaScript (gzip) for the sign-in page and the operator\'s page')
    t.same(tab.errors, [])
  })

  await t.test('an admin adds a user at their own unit', async (t) => {
    const u = await c.user('admin', CITY)
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, u.username)
    await tab.page.locator('[data-test=new-user]').click()
    const dialog = tab.page.locator('.el-dialog:visible')
    await dialog.locator('input').first().fill('zhou_clerk')
    await dialog.locator('input[type=password]').fill('a long enough password')
    await tab.page.locator('[data-test=unit-select]').getByText('昆明市群众诉求中心').waitFor()
    await dialog.getByRole('button', { name: '保存' }).click()
    await tab.page.locator('[data-test=users-table] .mono', { hasText: 'zhou_clerk' }).waitFor()
    t.pass('the new user is listed')
    t.same(tab.errors, [])
  })

  await t.test('a wrong password shows the Chinese message', async (t) => {
    const tab = await openTab(browser, c.baseUrl, t)
    await tab.page.goto('/login')
    await tab.page.locator('[data-test=username]').fill(operator.username)
    await tab.page.locator('[data-test=password]').fill('not the password')
    await tab.page.locator('[data-test=login-submit]').click()
    const alert = tab.page.locator('[data-test=login-error]')
    await alert.waitFor()
    t.match(await alert.innerText(), /用户名或密码错误/)
    t.notMatch(await alert.innerText(), /请求编号/, 'without a 36-character request id (issue 20, finding 7)')
    await screenshot(tab.page, 'login-error')
  })
})
