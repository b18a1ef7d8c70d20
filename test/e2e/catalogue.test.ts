// The category catalogue in the console (issue 20, finding 8): typing "村务" in the call form's category picker finds
// 村（居）务公开与管理 and its third-level items; a city admin adds a third-level category with its own handling level, and
// the picker offers it.
import t from 'tap'
import { launchBrowser, openTab, screenshot, signInAs, startConsole } from './support.js'

t.setTimeout(10 * 60_000)

t.test('the catalogue: found by any word in the call form, managed by a city admin', async (t) => {
  const c = await startConsole(t)
  const browser = await launchBrowser(t)
  const operator = await c.user('operator', '530100', '话务员小王')
  const admin = await c.user('admin', '530100', '市管理员')

  const adminTab = await openTab(browser, c.baseUrl, t)
  await signInAs(adminTab, admin.username)
  await adminTab.page.goto('/admin/rules')
  await adminTab.page.locator('[data-test=catalogue-table] [data-category=village_affairs]').waitFor()
  await adminTab.page.locator('[data-test=catalogue-filter]').fill('路灯')
  await adminTab.page.locator('[data-test=catalogue-table] [data-category="urban_management.street_lights"]').waitFor()
  t.equal(await adminTab.page.locator('[data-test=catalogue-table] [data-category=village_affairs]').count(), 0, 'the filter keeps the matching branch only')
  await screenshot(adminTab.page, 'catalogue-admin')
  // a third-level entry through the API the page uses, as a city admin
  const res = await adminTab.page.evaluate(async () => {
    const me = (await (await fetch('/api/me')).json()) as { csrfToken: string }
    const r = await fetch('/api/catalogue/village_affairs.grid', {
      method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({ label: '网格员履职', parentCode: 'village_affairs', handlingLevel: 'township' }),
    })
    return r.status
  })
  t.equal(res, 200, 'the admin adds a third-level category')

  const tab = await openTab(browser, c.baseUrl, t)
  await signInAs(tab, operator.username)
  await tab.page.goto('/calls')
  await tab.page.locator('[data-test=category]').click()
  await tab.page.keyboard.type('村务')
  const option = tab.page.locator('.category-select-popper .el-select-dropdown__item:visible', { hasText: '村（居）务公开与管理' }).first()
  await option.waitFor()
  t.ok(await tab.page.locator('.category-select-popper [data-category="village_affairs.grid"]:visible').count(), 'the new third-level category is offered')
  t.equal(await tab.page.locator('.category-select-popper [data-category=environment]:visible').count(), 0, 'other branches are filtered out')
  await screenshot(tab.page, 'catalogue-call-form')
  await option.click()
  t.match(await tab.page.locator('[data-test=category]').evaluate((el) => (el.closest('.el-select') ?? el).textContent ?? ''), /村（居）务公开与管理/, 'chosen')
  t.same(tab.errors, [], 'no console errors')
  t.same(adminTab.errors, [], 'no console errors on the admin page')
})
