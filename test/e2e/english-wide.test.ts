// Finding 7's rest (issue 20): the console and the portal in English at 1440×900 — the portal names the city and the
// platform with a space between, the 公开 area selector shows its whole choice, and the board's column headers stay
// on one line (no "Return/ed", "Satisfactio/n").
import t from 'tap'
import { login, logComplaint, sendEvent, unitOf } from '../helper.js'
import { launchBrowser, PASSWORD, screenshot, signInAs, startConsole, type Tab } from './support.js'

t.setTimeout(10 * 60_000)
// names the page functions below use in the browser (the test project is compiled without the DOM library)
declare const document: any, localStorage: any, getComputedStyle: any, NodeFilter: any // eslint-disable-line @typescript-eslint/no-explicit-any
type HTMLElement = any // eslint-disable-line @typescript-eslint/no-explicit-any
const WIDE = { width: 1440, height: 900 }

t.test('English at 1440×900: portal title, 公开 area selector, board headers', async (t) => {
  const c = await startConsole(t)
  const browser = await launchBrowser(t)
  const context = await browser.newContext({ viewport: WIDE, locale: 'en-US', timezoneId: 'Asia/Shanghai', baseURL: c.baseUrl })
  t.teardown(() => context.close().catch(() => {}))
  await context.addInitScript(() => { localStorage.setItem('suqiu.portal.locale', 'en'); localStorage.setItem('suqiu.locale', 'en') })
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`))

  await page.goto('/portal/')
  const title = page.locator('.home-title')
  await title.waitFor()
  t.equal((await title.innerText()).trim(), 'Kunming Citizen Requests', 'the city and the platform apart')
  t.match(await page.locator('header').first().innerText(), 'Kunming Citizen Requests', 'in the header too')

  await page.goto('/portal/open')
  const area = page.locator('[data-test=open-area]')
  await area.waitFor()
  t.match(await area.innerText(), 'Whole city', 'the area selector says what it shows')
  // the chosen label fits its box (not a 40-px stub that shows nothing, or "全" in Chinese)
  const cut = await area.evaluate((el) => {
    const probe = document.createElement('span')
    probe.textContent = (el as HTMLElement).innerText.trim()
    probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${getComputedStyle(el.querySelector('.el-select__wrapper') ?? el).font}`
    document.body.append(probe)
    const need = probe.getBoundingClientRect().width
    probe.remove()
    return need + 30 > el.getBoundingClientRect().width
  })
  t.notOk(cut, 'and not cut off')
  t.equal((await page.locator('[data-test=open-process]').innerText()).trim(), 'How a request is handled (process chart) →', 'the chart link in English (finding 7)')
  await screenshot(page, 'english-open-1440')

  // the board in English: every column header on one line
  const operator = await c.user('operator', '530100')
  const dispatcher = await c.user('dispatcher', '530100')
  const supervisor = await c.user('supervisor', '530100')
  const op = await login(c.app, operator.username, PASSWORD)
  const disp = await login(c.app, dispatcher.username, PASSWORD)
  const k = await logComplaint(op)
  await sendEvent(disp, k.id, { type: 'REGISTER', category: 'village_affairs' })
  await sendEvent(disp, k.id, { type: 'DISPATCH', chain: [(await unitOf(c.db, '530102')).id] })
  const tab: Tab = { page, errors } as unknown as Tab
  await signInAs(tab, supervisor.username)
  await page.goto('/board')
  const headers = page.locator('.el-table__header th .cell')
  await headers.first().waitFor()
  // a header may wrap between words; a word split over two lines ("Return/ed") or text cut at the cell's edge is broken
  const broken = await headers.evaluateAll((cells) => cells.filter((c) => (c as HTMLElement).getClientRects().length).flatMap((c) => {
    const cell = c as HTMLElement
    const out: string[] = []
    if (cell.scrollWidth > cell.clientWidth + 1) out.push(`${cell.innerText} (cut)`)
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? ''
      for (const m of text.matchAll(/[A-Za-z]+/g)) {
        const r = document.createRange()
        r.setStart(n, m.index!)
        r.setEnd(n, m.index! + m[0].length)
        const tops = new Set([...r.getClientRects()].map((x) => Math.round(x.top)))
        if (tops.size > 1) out.push(`${m[0]} (split)`)
      }
    }
    return out
  }))
  t.same(broken, [], 'no header breaks inside a word or runs out of its cell')
  await screenshot(page, 'english-board-1440')

  // a category in English (finding 7): the catalogue's English names, not the Chinese ones
  await page.goto(`/cases/${k.id}`)
  const category = page.locator('[data-test=case-category]')
  // (hasText is case-insensitive: 'Village' would match the raw code village_affairs shown until the catalogue loads)
  await category.filter({ hasText: 'openness and management' }).waitFor()
  t.equal((await category.innerText()).trim(), 'Village (residents\') affairs: openness and management', 'the case shows its category in English')
  t.same(errors, [], 'no page errors')
})
