// The first admin (or a user whose password an admin reset) signs in and is taken to 修改密码 before anything else;
// a weak password is refused with the rule it broke; the new one works, the old one no longer does.
import t from 'tap'
import { launchBrowser, openTab, PASSWORD, screenshot, startConsole } from './support.js'

t.setTimeout(10 * 60_000)

t.test('a password that must change is changed in the console first', async (t) => {
  const c = await startConsole(t)
  const browser = await launchBrowser(t)
  const admin = await c.user('admin', '530100', '首任管理员')
  await c.sql`update users set must_change_password = true where id = ${admin.id}`

  const tab = await openTab(browser, c.baseUrl, t)
  const { page } = tab
  await page.goto('/login')
  await page.locator('[data-test=username]').fill(admin.username)
  await page.locator('[data-test=password]').fill(PASSWORD)
  await page.locator('[data-test=login-submit]').click()
  await page.waitForURL('**/password')
  await page.locator('[data-test=password-forced]').waitFor()
  t.match(await page.locator('[data-test=password-forced]').innerText(), /请先设置您自己的密码/, 'says why the page came first')

  // any other page leads back here until the password is changed
  await page.goto('/admin/users')
  await page.waitForURL('**/password')
  t.equal(new URL(page.url()).pathname, '/password', 'the console stays on 修改密码')

  // a weak password: the server's rule, in Chinese
  await page.locator('[data-test=password-current]').fill(PASSWORD)
  await page.locator('[data-test=password-new]').fill('1111111111')
  await page.locator('[data-test=password-again]').fill('1111111111')
  await page.locator('[data-test=password-submit]').click()
  await page.locator('[data-test=password-error]').waitFor()
  t.match(await page.locator('[data-test=password-error]').innerText(), /密码不符合要求/, 'a weak password is refused with its rule')
  await screenshot(page, 'password-forced')

  const next = 'Dianchi lake at dawn 2026'
  await page.locator('[data-test=password-new]').fill(next)
  await page.locator('[data-test=password-again]').fill(next)
  await page.locator('[data-test=password-submit]').click()
  await page.waitForURL('**/admin/users')
  await page.locator('[data-test=users-table]').waitFor()
  t.pass('lands on the admin page once the password is changed')

  const [row] = await c.sql<{ must_change_password: boolean }[]>`select must_change_password from users where id = ${admin.id}`
  t.equal(row.must_change_password, false, 'nothing more to change')
  const old = await c.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: admin.username, password: PASSWORD }, remoteAddress: '10.9.8.7' })
  t.equal(old.statusCode, 401, 'the old password no longer signs in')
  const fresh = await c.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: admin.username, password: next }, remoteAddress: '10.9.8.6' })
  t.equal(fresh.statusCode, 200, 'the new one does')
  t.same(tab.errors.filter((e) => !/status of 4\d\d/.test(e)), [], 'no console errors but the refused password')
})
