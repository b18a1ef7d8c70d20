// The portal's place picker on a phone (issue 20, finding 6): at 390×844 the page never scrolls sideways and a tap on a
// village's name chooses it (a cascader's third column opened off-screen, and only its tiny radio chose).
import t from 'tap'
import { launchBrowser, screenshot, startConsole } from './support.js'

const PHONE = { width: 390, height: 844 }

t.test('the region picker is usable on a phone', async (t) => {
  const c = await startConsole(t)
  const browser = await launchBrowser(t)
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: c.baseUrl })
  t.teardown(() => context.close().catch(() => {}))
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  await page.goto('/portal/submit')
  await page.locator('[data-test=submit-form]').waitFor()
  const sideways = () => page.evaluate(() => {
    const g = globalThis as any // eslint-disable-line @typescript-eslint/no-explicit-any
    return g.document.scrollingElement.scrollWidth - g.innerWidth
  })
  // options by the name a citizen reads (the list's labels may carry a suffix)
  const choose = async (select: ReturnType<typeof page.locator>, name: string) => {
    const option = select.locator('option', { hasText: name }).first()
    await option.waitFor({ state: 'attached' })
    await select.selectOption((await option.getAttribute('value'))!)
  }
  const county = page.locator('[data-test=place-county]')
  await choose(county, '五华区')
  const township = page.locator('[data-test=place-township]')
  await choose(township, '华山街道')
  const village = page.locator('[data-test=place-village]')
  await village.locator('option', { hasText: '翠湖西路社区' }).waitFor({ state: 'attached' })
  // the village list lies on the screen, as wide as the form at most
  const box = await village.boundingBox()
  t.ok(box && box.x >= 0 && box.x + box.width <= PHONE.width, `the village list is on the screen (${JSON.stringify(box)})`)
  await choose(village, '翠湖西路社区')
  await page.locator('[data-test=division-cascader][data-value="530102001001"]').waitFor()
  t.pass('choosing the village by its name sets the place')
  t.equal(await sideways(), 0, 'the page does not scroll sideways')
  await screenshot(page, 'portal-place-phone')
  // a county alone is a fine answer too; changing it clears what lay below
  await choose(county, '盘龙区')
  await page.locator('[data-test=division-cascader][data-value="530103"]').waitFor()
  t.equal(await village.inputValue(), '', 'the village is cleared with its county')
  t.same(errors, [])
})

t.test('公开 says truthfully how often its figures change (every 5 minutes, not daily)', async (t) => {
  const c = await startConsole(t)
  const browser = await launchBrowser(t)
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, locale: 'zh-CN', baseURL: c.baseUrl })
  t.teardown(() => context.close().catch(() => {}))
  const page = await context.newPage()
  await page.goto('/portal/open')
  const lead = await page.locator('[data-test=open] .lead').innerText({ timeout: 30_000 })
  t.match(lead, /每 5 分钟更新/)
  t.notMatch(lead, /每日更新/)
})
