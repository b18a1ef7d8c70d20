// 常用语 in the console (issue 20): a dispatcher rejecting a case picks the centre's reason template in the dialog,
// the text fills 理由, and the case is rejected with it.
import t from 'tap'
import { login, logComplaint } from '../helper.js'
import { launchBrowser, openTab, PASSWORD, screenshot, signInAs, startConsole } from './support.js'

t.setTimeout(10 * 60_000)

const REASON = '不属于本平台受理范围，请向有关部门反映。'

t.test('a reason template fills the reject dialog', async (t) => {
  const c = await startConsole(t)
  const browser = await launchBrowser(t)
  const operator = await c.user('operator', '530100', '话务员')
  const dispatcher = await c.user('dispatcher', '530100', '派单员')
  const [unit] = await c.sql`select id from units where division_code = '530100' and is_default`
  const [tpl] = await c.sql`insert into reason_templates (unit_id, kind, text) values (${unit.id}, 'reject', ${REASON}) returning id`
  const kase = await logComplaint(await login(c.app, operator.username, PASSWORD))

  const tab = await openTab(browser, c.baseUrl, t)
  const { page } = tab
  await signInAs(tab, dispatcher.username)
  await page.goto(`/cases/${kase.id}`)
  await page.locator('[data-test=action-REJECT]').click()
  await page.locator('[data-test=template-open]').click()
  await page.locator(`[data-test=template-${tpl.id}]`).click()
  t.equal(await page.locator('[data-test=form-reason]').inputValue(), REASON, 'the template fills 理由')
  await screenshot(page, 'templates-reject')
  await page.locator('[data-test=dialog-submit]:visible').click()
  await page.locator('[data-test=case-detail][data-state=rejected]').waitFor()
  const [event] = await c.sql`select payload from case_events where case_id = ${kase.id} and type = 'REJECT'`
  t.equal(event?.payload?.reason, REASON, 'rejected with the template\'s text')
  t.same(tab.errors, [], 'no console errors')

  // the admin's page: the centre's templates, one added from the form
  const admin = await c.user('admin', '530100', '管理员')
  const adminTab = await openTab(browser, c.baseUrl, t)
  await signInAs(adminTab, admin.username)
  await adminTab.page.goto('/admin/templates')
  await adminTab.page.locator('[data-test=templates-table] .el-table__row').first().waitFor()
  t.equal(await adminTab.page.locator('[data-test=templates-table] .el-table__row input').first().inputValue(), REASON, 'the centre\'s template is listed')
  await adminTab.page.locator('[data-test=template-text]').fill('请补充诉求发生的时间和地点。')
  await adminTab.page.locator('[data-test=template-add]').click()
  await adminTab.page.locator('[data-test=templates-table] .el-table__row').nth(1).waitFor()
  const [added] = await c.sql`select kind, text from reason_templates where text = '请补充诉求发生的时间和地点。'`
  t.same({ ...added }, { kind: 'reject', text: '请补充诉求发生的时间和地点。' }, 'added from the page')
  await screenshot(adminTab.page, 'templates-admin')
  t.same(adminTab.errors, [], 'no console errors on the admin page')
})
