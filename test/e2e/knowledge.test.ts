// 知识库 in the browser: an officer drafts an article and sends it for review, the supervisor publishes it; the
// operator's call form suggests it while the content is typed, Alt+K focuses the search box, 使用此答复 fills 当场答复,
// and the case answered on the call records the article and its version; the portal's 常见问题 finds it, and the
// submit page suggests it before the citizen submits. The officer uploads the form 申请表.docx with the draft; the
// published article's FAQ page offers it for download under its name.
import t from 'tap'
import { launchBrowser, openTab, screenshot, signInAs, startConsole } from './support.js'
import { runLinkJobs } from '../support/jobs.js'
import { minimalDocx } from '../fixtures/files/make.js'

const FORM = '申请表.docx'

t.setTimeout(10 * 60_000)

const WUHUA = '530102'

t.test('draft → review → publish, then answered on a call and found on the portal', async (t) => {
  const c = await startConsole(t)
  const browser = await launchBrowser(t)
  const officer = await c.user('officer', WUHUA, '社保专员')
  const supervisor = await c.user('supervisor', WUHUA, '审核员')
  const operator = await c.user('operator', '530100', '话务员甲')
  const title = '灵活就业人员如何参加职工基本养老保险'

  await t.test('an officer drafts and sends for review; another unit does not see it', async (t) => {
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, officer.username)
    await tab.page.goto('/knowledge')
    await tab.page.locator('[data-test=kb-new]').click().catch(async (err) => { await screenshot(tab.page, 'knowledge-debug'); throw new Error(`${err}\n${tab.errors.join('\n')}`) })
    await tab.page.locator('[data-test=kb-f-title]').fill(title)
    await tab.page.locator('[data-test=kb-f-questions]').fill('个体户能不能自己交养老保险\n自由职业者怎么参保')
    await tab.page.locator('[data-test=kb-f-answer]').fill('无雇工的个体工商户和灵活就业人员，可持身份证到社保经办机构或在 [云南人社](https://hrss.yn.gov.cn) 办理**参保登记**。')
    await tab.page.locator('[data-test=kb-f-keywords]').fill('灵活就业，个体户，养老保险')
    await tab.page.locator('[data-test=kb-f-category]').click()
    await tab.page.locator('.el-select-dropdown__item:visible', { hasText: '社会保障' }).first().click()
    await tab.page.locator('[data-test=kb-f-public]').click()
    // the form to download: chosen with the new article, uploaded when it is saved
    await tab.page.locator('[data-test=kb-file-input]').setInputFiles({ name: FORM, mimeType: 'application/octet-stream', buffer: minimalDocx() })
    await tab.page.locator('[data-test=kb-file-row]', { hasText: FORM }).waitFor()
    await tab.page.locator('[data-test=kb-save]').click()
    await tab.page.locator('[data-test=kb-detail] [data-test=kb-file]', { hasText: FORM }).waitFor()
    t.match(await tab.page.locator('[data-test=kb-detail] [data-test=kb-files]').innerText(), /Word/, 'listed with its type')
    await tab.page.locator('[data-test=kb-submit]').click()
    await tab.page.locator('[data-test=kb-detail]', { hasText: '待审核' }).waitFor()
    t.equal(await tab.page.locator('[data-test=kb-answer] a[href="https://hrss.yn.gov.cn"]').count(), 1, 'the link is rendered')
    t.same(tab.errors, [], 'no console errors')
    const [row] = await c.sql`select state from knowledge_articles where title = ${title}`
    t.equal(row?.state, 'review')
    const other = await c.user('officer', '530103', '盘龙专员')
    const otherTab = await openTab(browser, c.baseUrl, t)
    await signInAs(otherTab, other.username)
    await otherTab.page.goto('/knowledge')
    await otherTab.page.locator('[data-test=kb-list]').waitFor()
    t.equal(await otherTab.page.locator('[data-test=kb-list]', { hasText: title }).count(), 0, 'another unit does not see the draft')
  })

  await t.test('the supervisor publishes it', async (t) => {
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, supervisor.username)
    await tab.page.goto('/knowledge')
    await tab.page.locator('[data-test=kb-list] .el-table__row', { hasText: title }).click()
    await tab.page.locator('[data-test=kb-publish]').click()
    await tab.page.locator('[data-test=kb-detail]', { hasText: '已发布' }).waitFor()
    t.pass('published')
  })

  await t.test('the operator answers a call from it', async (t) => {
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, operator.username)
    await tab.page.goto('/calls')
    await tab.page.locator('[data-test=new-call]').click()
    await tab.page.locator('[data-test=caller-number]').fill('13800001111')
    await tab.page.locator('[data-test=caller-name]').fill('王五')
    await tab.page.locator('[data-test=address]').fill('昆明市五华区华山街道')
    await tab.page.locator('[data-test=what]').fill('来电人开了个小饭馆，没有单位，想自己交养老保险，问去哪里办。')
    const hit = tab.page.locator('[data-test=kb-hit]', { hasText: title })
    await hit.waitFor()
    t.ok(await hit.locator('.hit').count(), 'the matching words are marked')
    await tab.page.keyboard.press('Alt+KeyK')
    await tab.page.locator('[data-test=kb-search]:focus').waitFor()
    t.pass('Alt+K focuses the knowledge search')
    await screenshot(tab.page, 'knowledge-call-desk')
    await hit.locator('[data-test=kb-use]').click()
    await t.resolves(tab.page.locator('[data-test=answer]').evaluate((el: { value: string }) => el.value.includes('参保登记') || Promise.reject(new Error(el.value))), '当场答复 filled from the article')
    await tab.page.locator('[data-test=answer]').fill('可到社保经办机构或在云南人社（https://hrss.yn.gov.cn）办理参保登记，按月缴费。')
    await tab.page.locator('[data-test=kb-send-link]').click()
    await tab.page.locator('[data-test=call-answer]').click()
    await tab.page.locator('[data-test=call-result]').waitFor()
    // the link is recorded right after the case is logged (each look below waits up to 30 s: a bound, not a pause)
    let used: { article_id: string; version: number; kind: string }[] = []
    for (let i = 0; i < 150 && !used.length; i++) {
      used = await c.sql`select u.kind, u.article_id, u.version from knowledge_uses u join complaints k on k.id = u.case_id where k.content like '%小饭馆%'` as never
      if (!used.length) await new Promise((r) => setTimeout(r, 200))
    }
    t.match(used, [{ kind: 'answered', version: 1 }], 'the case records the article and version it was answered from')
    const [cs] = await c.sql`select c.state from cases c join complaints k on k.id = c.id where k.content like '%小饭馆%'`
    t.equal(cs?.state, 'feedback', 'answered on the call')
    // the caller asked for the link: an SMS of its own with the article's portal page, sent by the knowledge-link job
    // (no worker runs beside this console: the test runs the waiting job as the worker would)
    let links: { body: string }[] = []
    for (let i = 0; i < 150 && !links.length; i++) {
      await runLinkJobs(c.app)
      links = await c.sql`select o.body from outbound_messages o join complaints k on k.id = o.case_id where o.kind = 'knowledge_link' and k.content like '%小饭馆%'` as never
      if (!links.length) await new Promise((r) => setTimeout(r, 200))
    }
    t.match(links, [{ body: /\/portal\/faq\?article=\d+/ }], 'the article link went to the caller by SMS')
    t.same(tab.errors, [], 'no console errors')
  })

  await t.test('the city board shows 直接答复率 with the operator numbered, not named', async (t) => {
    const citySupervisor = await c.user('supervisor', '530100', '市级督办')
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, citySupervisor.username)
    await tab.page.goto('/board')
    const panel = tab.page.locator('[data-test=board-direct-answer]')
    await panel.locator('[data-test=board-direct-rate]', { hasText: '100%' }).waitFor()
    await panel.locator('[data-test=direct-by-operator]').click()
    await panel.locator('[data-test=board-direct-table]', { hasText: '话务员1' }).waitFor()
    t.notMatch(await panel.innerText(), /话务员甲/, 'the operator is not named on the board')
    t.same(tab.errors, [], 'no console errors')
  })

  await t.test('the portal finds it in 常见问题 and suggests it before submitting', async (t) => {
    const tab = await openTab(browser, c.baseUrl, t)
    await tab.page.goto('/portal/faq')
    await tab.page.locator('[data-test=faq-search]').fill('个体户交养老保险')
    await tab.page.locator('[data-test=faq-hit]', { hasText: title }).click()
    await tab.page.locator('[data-test=faq-article]', { hasText: '参保登记' }).waitFor()
    t.pass('the article opens')
    const file = tab.page.locator('[data-test=faq-file]', { hasText: FORM })
    await file.waitFor()
    const download = await tab.page.request.get((await file.getAttribute('href'))!)
    t.equal(download.status(), 200, 'the form downloads')
    t.match(download.headers()['content-disposition'], "attachment; filename=\"___.docx\"; filename*=UTF-8''%E7%94%B3%E8%AF%B7%E8%A1%A8.docx", 'under its Chinese name')
    t.same(await download.body(), minimalDocx())
    await tab.page.goto('/portal/submit')
    await tab.page.locator('[data-test=content]').fill('我是个体户，想自己交养老保险，不知道去哪里办理参保。')
    await tab.page.locator('[data-test=faq-suggestion]', { hasText: title }).waitFor()
    await tab.page.locator('[data-test=faq-suggestion]', { hasText: title }).click()
    await tab.page.locator('[data-test=faq-article]').waitFor()
    let left = 0
    for (let i = 0; i < 150 && !left; i++) {
      const [r] = await c.sql`select coalesce(sum(count), 0)::int as n from knowledge_portal_visits where outcome = 'left'`
      left = r!.n
      if (!left) await new Promise((r) => setTimeout(r, 200))
    }
    t.equal(left, 1, 'the visit that ended on the answer, without a submission, is counted')
    await screenshot(tab.page, 'knowledge-portal-faq')
  })
})
