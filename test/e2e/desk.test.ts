// The daily desk in the browser (issue 20, findings 2–5 and the lists): Alt+N asks before wiping a half-typed call;
// the case page pops "此诉求刚刚被更新" for others' changes only; the dispatcher's pane follows the case; the whole
// 交办链 on a closed case; 合并 with suggestions, a confirmation and a trace; list filters in the URL and the export.
import { readFileSync } from 'node:fs'
import t from 'tap'
import { logComplaint, login, sendEvent, unitOf, type Session } from '../helper.js'
import { launchBrowser, liveReady, openTab, PASSWORD, screenshot, signInAs, startConsole } from './support.js'

t.setTimeout(10 * 60_000)

const CITY = '530100'
const WUHUA = '530102'
const HUASHAN = '530102001'
const CUIHU = '530102001001'

t.test('the desk', async (t) => {
  const c = await startConsole(t)
  const browser = await launchBrowser(t)
  const people = {
    operator: await c.user('operator', CITY, '话务员甲'),
    dispatcher: await c.user('dispatcher', CITY, '派单员乙'),
    county: await c.user('supervisor', WUHUA, '区审核'),
    township: await c.user('supervisor', HUASHAN, '街道审核'),
    village: await c.user('officer', CUIHU, '社区承办'),
  }
  const api = async (u: { username: string }): Promise<Session> => login(c.app, u.username, PASSWORD)
  const s = {
    operator: await api(people.operator), dispatcher: await api(people.dispatcher), county: await api(people.county),
    township: await api(people.township), village: await api(people.village),
  }
  const units = { county: await unitOf(c.db, WUHUA), township: await unitOf(c.db, HUASHAN), village: await unitOf(c.db, CUIHU) }
  const act = async (who: Session, id: number, body: Record<string, unknown>) => {
    const res = await sendEvent(who, id, body)
    if (res.statusCode !== 200) throw new Error(`${body.type}: ${res.statusCode} ${res.body}`)
    return res.json()
  }
  const dispatched = async () => {
    const k = await logComplaint(s.operator)
    await act(s.dispatcher, k.id, { type: 'REGISTER', category: 'village_affairs' })
    await act(s.dispatcher, k.id, { type: 'DISPATCH', chain: [units.county.id, units.township.id, units.village.id] })
    return k
  }

  await t.test('a wrong password says so, with no request id to read out (finding 7)', async (t) => {
    const tab = await openTab(browser, c.baseUrl, t)
    await tab.page.goto('/login')
    await tab.page.locator('[data-test=username]').fill(people.operator.username)
    await tab.page.locator('[data-test=password]').fill('not the password at all')
    await tab.page.locator('[data-test=login-submit]').click()
    const error = tab.page.locator('[data-test=login-error]')
    await error.waitFor()
    t.match(await error.innerText(), /用户名或密码错误/)
    t.notMatch(await error.innerText(), /请求编号|[0-9a-f]{8}-[0-9a-f]{4}-/, 'no 36-character request id')
  })

  await t.test('Alt+N asks before it wipes a half-typed call, and is labelled once', async (t) => {
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, people.operator.username)
    await tab.page.goto('/calls')
    await tab.page.locator('[data-test=new-call]').click()
    const shortcuts = await tab.page.locator('[data-test=shortcuts]').innerText()
    t.match(shortcuts, /Alt\+N\s*新建来电/, 'Alt+N is 新建来电')
    t.notMatch(shortcuts, /清空表单/, 'and not also 清空表单')
    t.notMatch(await tab.page.locator('[data-test=call-clear]').innerText(), /Alt\+N/, 'the clear button names no shortcut')
    const what = tab.page.locator('[data-test=what] textarea, textarea[data-test=what]').first()
    await what.fill('小区门口下水道堵塞，污水外溢。')
    await tab.page.keyboard.press('Alt+N')
    const confirm = tab.page.locator('.discard-call-confirm')
    await confirm.waitFor()
    await screenshot(tab.page, 'desk-alt-n-confirm')
    await confirm.locator('button', { hasText: '继续填写' }).click()
    await confirm.waitFor({ state: 'hidden' })
    t.equal(await what.inputValue(), '小区门口下水道堵塞，污水外溢。', 'keep typing: nothing lost')
    await tab.page.keyboard.press('Alt+N')
    await confirm.waitFor()
    await confirm.locator('button', { hasText: '清空并新建' }).click()
    await confirm.waitFor({ state: 'hidden' })
    t.equal(await what.inputValue(), '', 'confirmed: a new, empty call')
    t.same(tab.errors, [])
  })

  await t.test('the case page says 此诉求刚刚被更新 for others\' changes, never for the user\'s own', async (t) => {
    const k = await logComplaint(s.operator)
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, people.dispatcher.username)
    await tab.page.goto(`/cases/${k.id}`)
    await liveReady(tab.page)
    await tab.page.locator('[data-test=case-detail][data-state=intake]').waitFor()
    // every message element-plus shows, with its repeat badge (grouped messages)
    await tab.page.evaluate(() => {
      // runs in the page (no DOM types in the test's tsconfig)
      const g = globalThis as any // eslint-disable-line @typescript-eslint/no-explicit-any
      g.shown = []
      new g.MutationObserver((records: any[]) => { // eslint-disable-line @typescript-eslint/no-explicit-any
        for (const r of records) for (const n of r.addedNodes) if (n.classList?.contains('el-message')) g.shown.push(n.innerText)
      }).observe(g.document.body, { childList: true, subtree: true })
    })
    await tab.page.locator('[data-test=action-REGISTER]').click()
    await tab.page.locator('[data-test=register-category]').click()
    await tab.page.locator('.el-select-dropdown__item:visible').first().click()
    // a slow answer (a loaded server): the websocket's notice of the user's own event comes first, and the page
    // reads the case again before the answer arrives
    await tab.page.route(`**/api/cases/${k.id}/events`, async (route) => {
      const reread = tab.page.waitForResponse((r) => r.request().method() === 'GET' && new URL(r.url()).pathname === `/api/cases/${k.id}`, { timeout: 15_000 })
      const answer = await route.fetch()
      await reread.catch(() => {})
      await route.fulfill({ response: answer })
    })
    await Promise.all([
      tab.page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/api/cases/${k.id}/events`),
      tab.page.locator('[data-test=dialog-submit]:visible').click(),
    ])
    await tab.page.locator('[data-test=case-detail][data-state=triage]').waitFor()
    await tab.page.unroute(`**/api/cases/${k.id}/events`)
    // then someone else acts: the case is supervised by the county (a notice that comes after the user's own)
    await act(s.county, k.id, { type: 'SUPERVISE', note: '请尽快交办' })
    await tab.page.locator('.el-message', { hasText: '此诉求刚刚被更新' }).waitFor()
    const shown = await tab.page.evaluate(() => (globalThis as unknown as { shown: string[] }).shown)
    t.equal(shown.filter((m) => m.includes('此诉求刚刚被更新')).length, 1, `one notice, for the county's change (${JSON.stringify(shown)})`)
    t.equal(await tab.page.locator('.el-message', { hasText: '此诉求刚刚被更新' }).locator('.el-badge').count(), 0, 'not repeated')
    t.same(tab.errors, [])
  })

  await t.test('the dispatcher\'s pane follows the case as it moves on', async (t) => {
    const k = await dispatched()
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, people.dispatcher.username)
    await tab.page.goto(`/intake?tab=triage&case=${k.id}`)
    await liveReady(tab.page)
    const pane = tab.page.locator(`[data-test=case-detail][data-case-id="${k.id}"]`)
    await pane.and(tab.page.locator('[data-state=assigned]')).waitFor()
    await act(s.village, k.id, { type: 'SIGN' })
    await act(s.village, k.id, { type: 'SUBMIT_REPLY', text: '已公示收支明细。', resolved: true })
    await pane.and(tab.page.locator('[data-state=review]')).waitFor()
    t.equal(await pane.getAttribute('data-state'), 'review', 'the pane shows 待审核 without a click')
    t.match(await pane.innerText(), /待审核/)
    t.same(tab.errors, [])
  })

  await t.test('a closed case shows the whole 交办链 with each unit\'s status and dates', async (t) => {
    const k = await dispatched()
    await act(s.village, k.id, { type: 'SIGN' })
    await act(s.village, k.id, { type: 'SUBMIT_REPLY', text: '已公示收支明细。', resolved: true })
    await act(s.township, k.id, { type: 'APPROVE_REPLY' })
    await act(s.county, k.id, { type: 'APPROVE_REPLY' })
    await act(s.dispatcher, k.id, { type: 'APPROVE_REPLY' })
    await act(s.operator, k.id, { type: 'SEND_FEEDBACK', text: '已办理。', channel: 'sms' })
    await act(s.operator, k.id, { type: 'EVALUATE', rating: 'satisfied' })
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, people.dispatcher.username)
    await tab.page.goto(`/cases/${k.id}`)
    await tab.page.locator('[data-test=case-detail][data-state=closed]').waitFor()
    const steps = tab.page.locator('[data-test=chain-step]')
    t.equal(await steps.count(), 4, 'the centre and the three units below it')
    const text = await tab.page.locator('[data-test=chain-steps]').innerText()
    for (const u of [units.county.name, units.township.name, units.village.name]) t.match(text, u, `${u} is on the chain`)
    t.equal(await tab.page.locator('[data-test=chain-step][data-link-status=approved]').count(), 3, 'each 审核通过')
    t.match(text, /签收 \d{2}-\d{2}/, 'with the day the village signed')
    await screenshot(tab.page, 'desk-closed-chain')
    t.same(tab.errors, [])
  })

  await t.test('录入评价 starts with no rating chosen (finding 8)', async (t) => {
    const k = await dispatched()
    await act(s.village, k.id, { type: 'SIGN' })
    await act(s.village, k.id, { type: 'SUBMIT_REPLY', text: '已公示收支明细。', resolved: true })
    await act(s.township, k.id, { type: 'APPROVE_REPLY' })
    await act(s.county, k.id, { type: 'APPROVE_REPLY' })
    await act(s.dispatcher, k.id, { type: 'APPROVE_REPLY' })
    await act(s.operator, k.id, { type: 'SEND_FEEDBACK', text: '已办理。', channel: 'sms' })
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, people.operator.username)
    await tab.page.goto(`/cases/${k.id}`)
    await tab.page.locator('[data-test=action-EVALUATE]').click()
    const rating = tab.page.locator('[data-test=form-rating]')
    await rating.waitFor()
    t.equal(await rating.locator('.el-radio.is-checked').count(), 0, 'no rating is pre-set')
    t.ok(await tab.page.locator('[data-test=dialog-submit]:visible').isDisabled(), 'nothing to record until one is chosen')
    await rating.locator('.el-radio', { hasText: '基本满意' }).click()
    t.notOk(await tab.page.locator('[data-test=dialog-submit]:visible').isDisabled())
    await tab.page.locator('[data-test=dialog-submit]:visible').click()
    await tab.page.locator('[data-test=case-detail][data-state=closed]').waitFor()
    t.same(tab.errors, [])
  })

  await t.test('合并 suggests the likely duplicate, asks, and leaves a trace on the surviving case', async (t) => {
    const person = { anonymous: false, name: '王五', phone: '13700001111' }
    const first = await logComplaint(s.operator, { content: '华山南路路灯不亮已有一周，夜间行人很多，存在安全隐患。', complainant: person })
    const second = await logComplaint(s.operator, { content: '华山南路的路灯坏了一周了还没人修，晚上很黑。', complainant: person })
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, people.dispatcher.username)
    await tab.page.goto(`/cases/${second.id}`)
    await tab.page.locator('[data-test=action-MERGE]').click()
    const suggestion = tab.page.locator(`[data-test=merge-suggestion][data-case-number="${first.caseNumber}"]`)
    await suggestion.waitFor()
    t.match(await suggestion.innerText(), /同一诉求人/, 'the same caller\'s case is suggested')
    await suggestion.click()
    await tab.page.locator('[data-test=dialog-submit]:visible').click()
    const confirm = tab.page.locator('.merge-confirm')
    await confirm.waitFor()
    t.match(await confirm.innerText(), new RegExp(`${second.caseNumber}.*${first.caseNumber}`, 's'), 'the confirmation names both cases')
    await screenshot(tab.page, 'desk-merge-confirm')
    await confirm.locator('button', { hasText: '合并' }).click()
    await tab.page.locator('[data-test=case-detail][data-state=merged]').waitFor()
    await tab.page.goto(`/cases/${first.id}`)
    await tab.page.locator('[data-test=merged-cases]', { hasText: second.caseNumber }).waitFor()
    const entry = tab.page.locator('[data-test=timeline-entry][data-type=MERGED_IN]')
    t.match(await entry.innerText(), new RegExp(second.caseNumber), 'the timeline of the surviving case has the merge')
    t.match(await entry.innerText(), /派单员乙/, 'and who merged')
    t.same(tab.errors, [])
  })

  await t.test('the board says 暂无数据 when nothing is open, and downloads as CSV', async (t) => {
    const quiet = await c.user('supervisor', '530103', '盘龙审核')
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, quiet.username)
    await tab.page.goto('/board')
    await tab.page.locator('[data-test=by-state-empty]', { hasText: '暂无数据' }).waitFor()
    t.pass('an empty donut says 暂无数据')
    const [download] = await Promise.all([tab.page.waitForEvent('download'), tab.page.locator('[data-test=board-export-csv]').click()])
    const file = readFileSync((await download.path())!, 'utf8')
    t.match(file, /^\uFEFF单位,行政区划,在办/, 'the board\'s columns')
    t.match(file, /合计/, 'with its total')
    t.same(tab.errors, [])
  })

  await t.test('批量督办: a supervisor supervises several cases at once, each through the statechart', async (t) => {
    const a = await dispatched()
    const b = await dispatched()
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, people.county.username)
    await tab.page.goto('/cases?queue=all&state=assigned')
    for (const k of [a, b]) {
      const row = tab.page.locator('.el-table__row', { has: tab.page.locator(`[data-case-number="${k.caseNumber}"]`) })
      await row.locator('.el-checkbox').click()
    }
    await tab.page.locator('[data-test=batch-bar]', { hasText: '已选 2 件' }).waitFor()
    await tab.page.locator('[data-test=batch-supervise]').click()
    await tab.page.locator('.el-message-box textarea').fill('请本周内办结')
    await tab.page.locator('.el-message-box__btns button', { hasText: '批量督办' }).click()
    await tab.page.locator('.el-message', { hasText: '2 件成功，0 件未成功' }).waitFor()
    for (const k of [a, b]) t.equal((await s.dispatcher.get(`/api/cases/${k.id}`)).json().counts.supervisions, 1, `${k.caseNumber} supervised once`)
    t.same(tab.errors, [])
  })

  await t.test('list filters live in the URL, and the filtered list downloads as CSV', async (t) => {
    const report = await logComplaint(s.operator, { type: 'report' })
    const tab = await openTab(browser, c.baseUrl, t)
    await signInAs(tab, people.dispatcher.username)
    await tab.page.goto('/cases?type=report')
    await tab.page.locator(`[data-case-number="${report.caseNumber}"]`).waitFor()
    const rows = await tab.page.locator('[data-case-number]').count()
    t.equal(rows, 1, 'only the report')
    t.match(tab.page.url(), /type=report/, 'the filter stays in the URL')
    const [download] = await Promise.all([tab.page.waitForEvent('download'), tab.page.locator('[data-test=export-csv]').click()])
    const file = readFileSync((await download.path())!, 'utf8')
    t.match(download.suggestedFilename(), /^cases-\d{8}\.csv$|诉求清单-\d{8}\.csv$/)
    t.match(file, report.caseNumber, 'the report is in the file')
    t.equal(file.trim().split('\r\n').length, 2, 'and nothing the filter leaves out')
    t.match(file, /139\*\*\*\*5678/, 'the phone masked as on screen')
    await screenshot(tab.page, 'desk-filters')
    t.same(tab.errors, [])
  })

  await t.test('the work queue and the dispatcher desk filter as the case list does, kept in the URL', async (t) => {
    const byHotline = await dispatched()
    const byPhone = await logComplaint(s.operator, { content: '翠湖西路社区路灯坏了三个月无人修。' }, 'phone')
    await act(s.dispatcher, byPhone.id, { type: 'REGISTER', category: 'village_affairs' })
    await act(s.dispatcher, byPhone.id, { type: 'DISPATCH', chain: [units.county.id, units.township.id, units.village.id] })
    const officer = await openTab(browser, c.baseUrl, t)
    await signInAs(officer, people.village.username)
    await officer.page.goto('/work?tab=assigned&channel=phone')
    await officer.page.locator(`[data-case-number="${byPhone.caseNumber}"]`).waitFor()
    t.equal(await officer.page.locator(`[data-case-number="${byHotline.caseNumber}"]`).count(), 0, 'the hotline case is filtered out of 待签收')
    t.equal(await officer.page.locator('[data-test=list-filters]').count(), 1, 'the filter bar is on the work queue')
    await officer.page.locator('[data-test=filter-clear]').click()
    await officer.page.locator(`[data-case-number="${byHotline.caseNumber}"]`).waitFor()
    t.notMatch(officer.page.url(), /channel=phone/, 'clearing the filter leaves the URL')
    t.same(officer.errors, [])

    const intakeByPhone = await logComplaint(s.operator, { content: '华山街道某小区噪音扰民。' }, 'phone')
    const intakeByHotline = await logComplaint(s.operator, { content: '华山街道某小区垃圾清运不及时。' })
    const desk = await openTab(browser, c.baseUrl, t)
    await signInAs(desk, people.dispatcher.username)
    await desk.page.goto('/intake?tab=intake&channel=phone')
    await desk.page.locator(`li[data-case-id="${intakeByPhone.id}"]`).waitFor()
    t.equal(await desk.page.locator(`li[data-case-id="${intakeByHotline.id}"]`).count(), 0, 'the dispatcher\'s 待受理 keeps to the channel chosen')
    t.match(desk.page.url(), /channel=phone/, 'the filter stays in the URL')
    t.same(desk.errors, [])
  })
})
