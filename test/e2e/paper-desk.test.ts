// The clerk's desk in a real browser: a letter registered with a scanned page (multipart), its scan on the
// case page; a group visit of five that the centre's dispatcher hears about at once.
import t from 'tap'
import sharp from 'sharp'
import { launchBrowser, liveReady, openTab, screenshot, signInAs, startConsole } from './support.js'

// a real browser on a shared CI box: slower than the 5-minute default of the other test files
t.setTimeout(15 * 60_000)

const CITY = '530100'

t.test('letters and visits at the clerk\'s desk', async (t) => {
  const c = await startConsole(t)
  const browser = await launchBrowser(t)
  const clerk = await c.user('clerk', CITY, '吴登记')
  const dispatcher = await c.user('dispatcher', CITY, '李派单')
  const scan = await sharp({ create: { width: 420, height: 594, channels: 3, background: '#fdfcf7' } })
    .composite([{ input: Buffer.from('<svg width="420" height="594"><rect x="40" y="60" width="340" height="8" fill="#333"/><rect x="40" y="90" width="300" height="8" fill="#333"/></svg>'), top: 0, left: 0 }])
    .png().toBuffer()

  const tab = await openTab(browser, c.baseUrl, t)
  await signInAs(tab, clerk.username)
  t.equal(new URL(tab.page.url()).pathname, '/register')

  await t.test('a letter with its scanned page', async (t) => {
    await tab.page.locator('[data-test=letter-number]').fill('XF2026-0815')
    await tab.page.locator('[data-test=paper-name]').fill('陈七')
    await tab.page.locator('[data-test=paper-content]').fill('反映华山街道某社区集体土地出租收入未按规定公开，请求调查并答复。')
    await tab.page.locator('.el-upload input[type=file]').setInputFiles({ name: '来信扫描-1.png', mimeType: 'image/png', buffer: scan })
    await tab.page.locator('.thumbs img').first().waitFor()
    t.pass('the scan is previewed before it is sent')
    await screenshot(tab.page, 'clerk-letter')
    await tab.page.locator('[data-test=paper-submit]').click()
    const done = tab.page.locator('[data-test=paper-done]')
    await done.waitFor()
    const caseNumber = /KM\d{14}/.exec(await done.innerText())?.[0]
    t.ok(caseNumber, `registered as ${caseNumber}`)
    t.match(await done.innerText(), /查询码/, 'with the tracking code for the receipt')

    await done.getByRole('link', { name: '打开' }).click()
    await tab.page.locator('[data-test=case-detail]').waitFor()
    await tab.page.locator('.thumb img').first().waitFor()
    t.pass('the case page shows the scan')
    t.match(await tab.page.locator('[data-test=case-detail]').innerText(), /来信扫描-1\.png/)
    t.same(tab.errors, [], 'no console errors')
  })

  await t.test('a group visit: the dispatcher is told at once', async (t) => {
    const disp = await openTab(browser, c.baseUrl, t)
    await signInAs(disp, dispatcher.username)
    await liveReady(disp.page)

    await tab.page.goto('/register')
    await tab.page.getByRole('tab', { name: '来访' }).click()
    const names = ['赵一', '钱二', '孙三', '李四', '周五']
    for (let i = 1; i < names.length; i++) await tab.page.getByRole('button', { name: '增加来访人' }).click()
    const rows = tab.page.locator('.visitor')
    for (let i = 0; i < names.length; i++) await rows.nth(i).locator('input').first().fill(names[i])
    await tab.page.getByText('集体访（5 人及以上）').first().waitFor()
    await tab.page.locator('[data-test=paper-content]').fill('五位村民反映村集体土地征收补偿款迟迟未发放。')
    await tab.page.locator('[data-test=paper-submit]').click()
    await tab.page.locator('[data-test=paper-done]').waitFor()
    await screenshot(tab.page, 'clerk-group-visit')

    const note = disp.page.locator('.el-notification', { hasText: '集体访' })
    await note.waitFor()
    t.match(await note.innerText(), /5 人/, 'the dispatcher sees the group visit')
    await screenshot(disp.page, 'dispatcher-group-visit')
    t.same(disp.errors, [], 'no console errors for the dispatcher')
    t.same(tab.errors, [], 'no console errors for the clerk')
  })
})
