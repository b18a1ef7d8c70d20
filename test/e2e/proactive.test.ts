// 主动治理 in a browser (issue 23): a township dispatcher opens 热点发现, clicks 一键主动治理 on the cluster, and lands
// on the new task's page — a case of type 主动治理 waiting to be dispatched, with no complainant.
import t from 'tap'
import { logComplaint, sendEvent, signIn } from '../helper.js'
import { launchBrowser, openTab, screenshot, signInAs, startConsole } from './support.js'

t.setTimeout(10 * 60_000)

t.test('one click from a hotspot opens a proactive task', async (t) => {
  const c = await startConsole(t)
  const operator = await signIn(c.app, 'operator', '530100')
  const dispatcher = await signIn(c.app, 'dispatcher', '530100')
  const ids: number[] = []
  for (const content of ['门口的路灯坏了，晚上一片漆黑。', '门口路灯一直不亮，夜里走路看不见。', '门口的路灯坏了很久没人修，老人晚上出门不安全。', '门口的路灯坏了，天黑以后没法出门。', '门口路灯晚上不亮，已经摔倒过人。']) {
    const created = await logComplaint(operator, { content, address: '昆明市五华区华山街道翠湖西路社区' })
    t.equal((await sendEvent(dispatcher, created.id, { type: 'REGISTER', category: 'urban_management' })).statusCode, 200)
    ids.push(created.id)
  }
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
  const [row] = await c.app.sql`select k.type, k.anonymous, c.state from complaints k join cases c on c.id = k.id where k.id = ${taskId}`
  t.match(row, { type: 'proactive', anonymous: true, state: 'triage' })
  const links = await c.app.sql`select case_id from proactive_links where task_id = ${taskId}`
  t.same(links.map((l) => Number(l.case_id)).sort(), [...ids].sort(), 'linked to the five cases of the cluster')
  await screenshot(tab.page, 'proactive-task')
  t.same(errors, [], 'no page errors')
})
