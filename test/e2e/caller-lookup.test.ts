// A repeat caller on a desk phone (issue 20, finding 1): the number the operator types brings up the caller's earlier
// cases, is copied into 电话, and 补充到在办诉求 adds the call to the open case instead of making a new one; 诉求查询
// finds the same person by number.
import t from 'tap'
import { login, logComplaint } from '../helper.js'
import { launchBrowser, openTab, PASSWORD, screenshot, signInAs, startConsole } from './support.js'

t.setTimeout(10 * 60_000)

const NUMBER = '13612345678'

t.test('the operator finds a repeat caller by the number typed on the call form', async (t) => {
  const c = await startConsole(t)
  const browser = await launchBrowser(t)
  const operator = await c.user('operator', '530100', '话务员小李')
  const api = await login(c.app, operator.username, PASSWORD)
  const earlier = await logComplaint(api, {
    content: '翠湖西路路灯不亮已有一周，夜间出行不便。', complainant: { anonymous: false, name: '张三', phone: NUMBER },
  })
  const stranger = await logComplaint(api, { complainant: { anonymous: false, name: '李四', phone: '13912345678' } })

  const tab = await openTab(browser, c.baseUrl, t)
  const { page } = tab
  await signInAs(tab, operator.username)
  await page.goto('/calls')
  await page.locator('[data-test=new-call]').click()
  t.ok(await page.locator('[data-test=call-add]').isDisabled(), '补充到在办诉求 is greyed out before a number is known')

  await page.locator('[data-test=caller-number]').fill('136 1234 5678')
  await page.locator(`[data-test=lookup-case][data-case-number="${earlier.caseNumber}"]`).waitFor()
  t.equal(await page.locator('[data-test=lookup-case]').count(), 1, 'the caller\'s earlier case, and no one else\'s')
  t.equal(await page.locator(`[data-case-number="${stranger.caseNumber}"]`).count(), 0)
  t.equal(await page.locator('[data-test=caller-phone]').inputValue(), '136 1234 5678', 'the typed number is copied into 电话')
  await page.locator('[data-test=call-add]:not(.is-disabled)').waitFor()
  t.pass('补充到在办诉求 is offered for the open case')
  await screenshot(page, 'caller-lookup-call-form')

  await page.locator('[data-test=caller-name]').fill('张三')
  await page.locator('[data-test=what]').fill('路灯还是不亮，昨晚有老人摔倒了，请尽快处理。')
  await page.locator('[data-test=call-add]').click()
  await page.locator('[data-test=call-result]').waitFor()
  t.match(await page.locator('[data-test=call-result]').innerText(), earlier.caseNumber, 'the call went to the earlier case')
  const messages = await c.sql`select text from case_messages where case_id = ${earlier.id}`
  t.equal(messages.length, 1, 'added as material to the open case')
  t.match(messages[0]?.text, /老人摔倒/)
  const [{ n }] = await c.sql<{ n: number }[]>`select count(*)::int as n from complaints`
  t.equal(n, 2, 'no new case was made for the repeat caller')

  // 诉求查询: the same person by number
  await page.goto('/cases')
  await page.locator('[data-test=person-value]').fill(NUMBER)
  await page.locator('[data-test=person-submit]').click()
  await page.locator(`[data-test=person-results] [data-case-number="${earlier.caseNumber}"]`).waitFor()
  t.equal(await page.locator(`[data-test=person-results] [data-case-number="${stranger.caseNumber}"]`).count(), 0, 'only that person\'s cases')
  await screenshot(page, 'caller-lookup-case-search')

  const audited = await c.sql`select detail->>'via' as via from audit_log where action = 'identity.search' and actor_user_id = ${operator.id} order by id`
  t.ok(audited.some((r) => r.via === 'call') && audited.some((r) => r.via === 'search'), 'both look-ups are audited')
  t.same(tab.errors, [], 'no console errors')
})
