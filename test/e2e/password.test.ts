// The first admin (or a user whose password an admin reset) signs in and is taken to 修改密码 before anything else;
// a weak password is refused with the rule it broke; the new one works, the old one no longer does. An admin then sets
// up the authenticator (二次验证) before anything else, and signs in afterwards with the code after the password.
import t from 'tap'
import { launchBrowser, openTab, PASSWORD, screenshot, startConsole } from './support.js'
import { codeAt, currentStep } from '../../src/auth/totp.js'

t.setTimeout(10 * 60_000)

t.test('a password that must change is changed in the console first', async (t) => {
  const c = await startConsole(t)
  const browser = await launchBrowser(t)
  const admin = await c.user('admin', '530100', '首任管理员', { secondFactor: false })
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

  // an admin must have a second factor: the console opens on 二次验证 next, and stays there until it is set up
  await page.waitForURL('**/second-factor')
  await page.locator('[data-test=tfa-forced]').waitFor()
  t.match(await page.locator('[data-test=tfa-forced]').innerText(), /必须使用二次验证/, 'says why')
  await page.goto('/admin/users')
  await page.waitForURL('**/second-factor')
  await page.locator('[data-test=tfa-start]').click()
  const uri = await page.locator('[data-test=tfa-uri]').innerText()
  const secret = (await page.locator('[data-test=tfa-secret]').innerText()).replace(/\s+/g, '')
  t.match(uri, /^otpauth:\/\/totp\//, 'the otpauth:// link an authenticator opens')
  t.ok(uri.includes(`secret=${secret}`), 'and the same key as text')
  await page.locator('[data-test=tfa-code]').fill('000000')
  await page.locator('[data-test=tfa-confirm]').click()
  await page.locator('[data-test=tfa-error]').waitFor()
  t.match(await page.locator('[data-test=tfa-error]').innerText(), /验证码不正确/, 'a wrong first code is refused')
  await page.locator('[data-test=tfa-code]').fill(codeAt(secret, currentStep()))
  await page.locator('[data-test=tfa-confirm]').click()
  await page.locator('[data-test=tfa-recovery-codes]').waitFor()
  const recovery = (await page.locator('[data-test=tfa-recovery-codes] li').allInnerTexts()).map((x) => x.trim())
  t.equal(recovery.length, 8, 'eight recovery codes, shown once')
  await screenshot(page, 'second-factor-recovery')
  await page.locator('[data-test=tfa-done]').click()
  await page.waitForURL('**/admin/users')
  await page.locator('[data-test=users-table]').waitFor()
  t.pass('lands on the admin page once the password is changed and the authenticator set up')

  // the next sign-in asks for the code after the password
  const second = await openTab(browser, c.baseUrl, t)
  await second.page.goto('/login')
  await second.page.locator('[data-test=username]').fill(admin.username)
  await second.page.locator('[data-test=password]').fill(next)
  await second.page.locator('[data-test=login-submit]').click()
  await second.page.locator('[data-test=login-code-step]').waitFor()
  await second.page.locator('[data-test=login-code]').fill('000000')
  await second.page.locator('[data-test=login-code-submit]').click()
  await second.page.locator('[data-test=login-error]').waitFor()
  t.match(await second.page.locator('[data-test=login-error]').innerText(), /验证码错误/, 'a wrong code is refused')
  await screenshot(second.page, 'second-factor-code')
  await second.page.locator('[data-test=login-code]').fill(codeAt(secret, currentStep() + 1))
  await second.page.locator('[data-test=login-code-submit]').click()
  await second.page.waitForURL('**/admin/users')
  await second.page.locator('[data-test=users-table]').waitFor()
  t.pass('the right code signs in')

  const [row] = await c.sql<{ must_change_password: boolean }[]>`select must_change_password from users where id = ${admin.id}`
  t.equal(row.must_change_password, false, 'nothing more to change')
  const old = await c.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: admin.username, password: PASSWORD }, remoteAddress: '10.9.8.7' })
  t.equal(old.statusCode, 401, 'the old password no longer signs in')
  const fresh = await c.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: admin.username, password: next }, remoteAddress: '10.9.8.6' })
  t.equal(fresh.json().error.code, 'second_factor_required', 'the new one does, up to the code')
  t.same([...tab.errors, ...second.errors].filter((e) => !/status of 4\d\d/.test(e)), [], 'no console errors but the refused password and codes')
})
