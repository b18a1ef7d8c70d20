// 主动治理 in a browser (issue 23): a township dispatcher opens 热点发现, clicks 一键主动治理 on the cluster, and lands
// on the new task's page — a case of type 主动治理 waiting to be dispatched, raised by the township (no complainant,
// never 匿名); the county's board shows the task and the hotspots with their trend; the public 公开 page its own view.
import t from 'tap'
import { streetLightCluster } from './street-lights.js'
import { launchBrowser, openTab, screenshot, signInAs, startConsole } from './support.js'

t.setTimeout(10 * 60_000)

/** In the page: the <img> has loaded and has a size (the SVG the server drew). No DOM types here: a plain shape. */
const imageDrawn = (el: unknown) => { const img = el as { complete: boolean; naturalWidth: number }; return img.complete && img.naturalWidth > 0 }

t.test('one click from a hotspot opens a proactive task', async (t) => {
  const c = await startConsole(t)
  const ids = await streetLightCluster(t, c)
  const township = await c.user('dispatcher', '530102001', '华山街道派单员')
  const browser = await launchBrowser(t)
  const tab = await openTab(browser, c.baseUrl, t)
  const errors: string[] = []
  tab.page.on('pageerror', (err) => errors.push(err.message))
  await signInAs(tab, township.username)
  await tab.page.goto(`${c.baseUrl}/hotspots`)
  const cluster = tab.page.locator('[data-test=hotspot-cluster]')
  await cluster.first().waitFor()
  await cluster.locator('[data-test=open-proactive]').click()
  await tab.page.waitForURL(/\/cases\/\d+$/)
  const taskId = Number(new URL(tab.page.url()).pathname.split('/').pop())
  t.notOk(ids.includes(taskId), 'a case of its own')
  await tab.page.getByText('主动治理').first().waitFor()
  const [row] = await c.app.sql`select k.type, k.channel::text as channel, k.anonymous, c.state from complaints k join cases c on c.id = k.id where k.id = ${taskId}`
  t.match(row, { type: 'proactive', channel: 'proactive', anonymous: false, state: 'triage' })
  // no citizen and no anonymous one: the page names the township that raised it
  const raised = tab.page.locator('[data-test=raised-by]')
  await raised.waitFor()
  t.match(await raised.innerText(), '主动发现：华山街道')
  t.match(await raised.innerText(), '华山街道派单员', 'and who did')
  t.notMatch(await tab.page.locator('[data-test=complainant]').innerText(), '匿名')
  const links = await c.app.sql`select case_id from proactive_links where task_id = ${taskId}`
  t.same(links.map((l) => Number(l.case_id)).sort(), [...ids].sort(), 'linked to the five cases of the cluster')
  await screenshot(tab.page, 'proactive-task')
  t.same(errors, [], 'no page errors')

  // the county's board: the 主动治理 figure, the cluster and the trend chart the server drew
  const supervisor = await c.user('supervisor', '530102', '五华区督办员')
  const boardTab = await openTab(browser, c.baseUrl, t)
  await signInAs(boardTab, supervisor.username)
  await boardTab.page.goto(`${c.baseUrl}/board`)
  const panel = boardTab.page.locator('[data-test=board-hotspots]')
  await panel.waitFor()
  await panel.locator('[data-test=board-hotspot-clusters]').waitFor()
  // the figure comes with the board's own figures (GET /api/stats/board), the lists with the hotspots
  await panel.locator('[data-test=board-proactive-opened]', { hasText: /主动治理任务\s*1/ }).waitFor()
  t.pass('one task opened this month')
  t.match(await panel.locator('[data-test=board-hotspot-clusters]').innerText(), '翠湖西路社区')
  const chart = panel.locator('[data-test=board-hotspot-chart]')
  await boardTab.page.waitForFunction(imageDrawn, await chart.elementHandle(), { timeout: 30_000 })
  t.pass('the trend chart is drawn')
  await screenshot(boardTab.page, 'board-hotspots')

  // the public: 公开 → 诉求热点与主动治理, the county's top categories and the city's trend chart
  const pub = await openTab(browser, c.baseUrl, t)
  await pub.page.goto(`${c.baseUrl}/portal/open`)
  await pub.page.locator('[data-test=open-hotspots-link]').click()
  await pub.page.waitForURL('**/portal/open/hotspots')
  const county = pub.page.locator('[data-test=hotspots-county][data-county="530102"]')
  await county.waitFor()
  t.match(await county.innerText(), '五华区')
  t.notMatch(await pub.page.locator('[data-test=open-hotspots]').innerText(), /路灯坏了|翠湖西路/, 'no text and no place below the township')
  const publicChart = pub.page.locator('[data-test=hotspots-chart]')
  await pub.page.waitForFunction(imageDrawn, await publicChart.elementHandle(), { timeout: 30_000 })
  t.pass('the public trend chart is drawn')
  await screenshot(pub.page, 'open-hotspots')
})
