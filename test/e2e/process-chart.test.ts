// The public process chart (公开 → 办理流程, issue 23) in a browser: reached from the 公开 page, drawn from the
// statechart with its Chinese steps and the nine elements, one chart per case type, and printable (the controls stay
// off the printed page, which is A4). In the console: a township's hotspot with its cases, and a case's chart.
import t from 'tap'
import { streetLightCluster } from './street-lights.js'
import { launchBrowser, openTab, screenshot, signInAs, startConsole } from './support.js'

t.setTimeout(10 * 60_000)

t.test('the public opens the process chart and switches to the report chart', async (t) => {
  const c = await startConsole(t)
  const browser = await launchBrowser(t)
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', baseURL: c.baseUrl })
  t.teardown(() => context.close().catch(() => {}))
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))

  await page.goto('/portal/open')
  await page.locator('[data-test=open-process]').click()
  await page.waitForURL('**/portal/open/process')
  const chart = page.locator('[data-test=process-chart]')
  await chart.locator('svg').waitFor()
  t.equal(await chart.getAttribute('data-type'), 'complaint')
  const svgText = await chart.locator('svg').innerText().catch(async () => (await chart.locator('svg').textContent()) ?? '')
  for (const step of ['待受理', '待交办', '待签收', '办理中', '待审核', '待反馈', '待评价', '已办结']) t.match(svgText, step, `the chart shows ${step}`)
  const panel = await page.locator('[data-test=chart-panel]').innerText()
  for (const title of ['权力主体', '职责权限', '行使条件', '运行程序', '承办岗位', '办理时限', '监督制约环节', '相对人权利', '投诉举报途径和方式']) t.match(panel, title)
  t.match(panel, '昆明市群众诉求中心')
  await screenshot(page, 'process-chart-complaint')

  await page.locator('[data-test=chart-type-report]').click()
  await page.locator('[data-test=process-chart][data-type=report]').waitFor()
  t.match(await page.locator('[data-test=chart-panel]').innerText(), '受理：15个工作日', 'the report chart has the report limit')

  await page.emulateMedia({ media: 'print' })
  t.notOk(await page.locator('[data-test=chart-print]').isVisible(), 'the controls are not printed')
  t.ok(await chart.locator('svg').isVisible(), 'the chart is')
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
  t.ok(pdf.length > 1000, `a printable A4 PDF (${pdf.length} bytes)`)
  t.same(errors, [], 'no page errors')
})

t.test('a township supervisor sees a hotspot and a case\'s chart with its current step', async (t) => {
  const c = await startConsole(t)
  await streetLightCluster(t, c)
  const supervisor = await c.user('supervisor', '530102001', '华山街道审核员')
  const browser = await launchBrowser(t)
  const tab = await openTab(browser, c.baseUrl, t)
  await signInAs(tab, supervisor.username)
  await tab.page.goto(`${c.baseUrl}/hotspots`)
  const cluster = tab.page.locator('[data-test=hotspot-cluster]')
  await cluster.first().waitFor()
  t.equal(await cluster.count(), 1)
  t.match(await cluster.innerText(), '路灯')
  await screenshot(tab.page, 'hotspots-township')
  await cluster.locator('a').first().click()
  await tab.page.waitForURL(/\/cases\/\d+$/)
  await tab.page.locator('[data-test=case-chart] summary').click()
  const chart = tab.page.locator('[data-test=case-chart] [data-test=process-chart]')
  await chart.waitFor()
  t.equal(await chart.getAttribute('data-current'), 'case.triage', 'the current step is marked')
  await screenshot(tab.page, 'case-chart')
})
