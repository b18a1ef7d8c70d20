// The citizens' portal on a phone (390×844): submit with a photo, keep the tracking code and PIN, follow
// the case while staff move it (through the API) to awaiting evaluation, rate it; a wrong PIN and the
// lock-out; the 公开 page's charts. The PIN must never appear in any URL the browser requests.
import t from 'tap'
import sharp from 'sharp'
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core'
import { sendEvent, signIn, unitOf } from '../helper.js'
import { refreshStats } from '../../src/openness/stats.js'
import { chineseText, launchBrowser, screenshot, startConsole } from './support.js'

// a real browser on a shared CI box
t.setTimeout(10 * 60_000)

const PHONE = { width: 390, height: 844 }
const CITY = '530100'
const PANLONG = '530103'
const TUODONG = '530103001'

/** A phone-sized tab that records every request URL and the console errors that are not expected answers. */
async function phoneTab(context: BrowserContext) {
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  const errors: string[] = []
  const urls: string[] = []
  /** Cache-Control of every tracking answer, errors included */
  const trackCaching: string[] = []
  page.on('request', (r) => urls.push(r.url()))
  page.on('response', (r) => { if (r.url().includes('/api/track/')) trackCaching.push(`${r.status()} ${r.headers()['cache-control'] ?? 'none'}`) })
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) urls.push(f.url()) })
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() !== 'error') return
    const url = msg.location()?.url ?? ''
    // Chromium logs every 4xx answer; these are the answers the test provokes (bad form, wrong PIN, lock-out, the cut connection)
    if (/status of (400|401|423)/.test(msg.text()) && /\/api\/(complaints|track\/)/.test(url)) return
    if (/net::ERR_FAILED/.test(msg.text()) && /\/api\/complaints/.test(url)) return
    errors.push(`${msg.text()} ${url}`.trim())
  })
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`))
  return { page, errors, urls, trackCaching }
}

async function fieldError(page: Page, testId: string): Promise<string> {
  const item = page.locator('.el-form-item', { has: page.locator(`[data-test=${testId}]`) })
  return (await item.locator('.el-form-item__error').innerText({ timeout: 30_000 })).trim()
}

t.test('a citizen submits, follows and rates a case on a phone', async (t) => {
  const c = await startConsole(t)
  const browser = await launchBrowser(t)
  const context = await browser.newContext({
    viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: c.baseUrl, acceptDownloads: true,
  })
  t.teardown(() => context.close().catch(() => {}))
  const { page, errors, urls, trackCaching } = await phoneTab(context)
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a7' } }).png().toBuffer()
  const content = '拓东街道某工地连续一周夜间施工到凌晨两点，噪音很大，影响居民休息，已拍照。'
  let receipt = { caseNumber: '', trackingCode: '', pin: '' }

  await t.test('the home page offers the two actions, in Chinese', async (t) => {
    await page.goto('/portal/')
    await page.locator('[data-test=go-submit]').waitFor()
    const text = await chineseText(page, ['我要反映', '进度查询', '公开', '12345'])
    t.ok(text.ok, 'Chinese text')
    t.same(text.missing, [], 'the actions and the hotline')
    await screenshot(page, 'portal-home')
    // the language switch, and back
    await page.locator('[data-test=lang-switch]').click()
    await page.locator('[data-test=go-track]', { hasText: 'Track progress' }).waitFor()
    await page.locator('[data-test=lang-switch]').click()
    await page.locator('[data-test=go-track]', { hasText: '进度查询' }).waitFor()
    t.pass('English on the switch, Chinese again')
  })

  await t.test('submit with a photo: field errors, a cut connection, one case', async (t) => {
    await page.locator('[data-test=go-submit]').click()
    await page.waitForURL('**/portal/submit')
    await page.locator('[data-test=submit-form]').waitFor()

    // nothing filled: the browser's own checks, beside the fields
    await page.locator('[data-test=submit]').click()
    t.match(await fieldError(page, 'content'), /诉求内容/, 'content is required')
    t.match(await fieldError(page, 'privacy'), /个人信息保护说明/, 'the privacy notice must be accepted')

    await page.locator('[data-test=type-complaint]').click()
    await page.locator('[data-test=title]').fill('小区夜间施工扰民')
    await page.locator('[data-test=content]').fill(content)
    await page.locator('[data-test=place-address]').click()
    await page.locator('[data-test=address]').fill('昆明市盘龙区拓东街道')
    await page.locator('[data-test=resolver][data-status=found]').waitFor()
    t.match(await page.locator('[data-test=resolver]').innerText(), /盘龙区 \/ 拓东街道/, 'the resolver\'s answer is shown')
    await page.locator('[data-test=file-input]').setInputFiles({ name: '工地.png', mimeType: 'image/png', buffer: photo })
    await page.locator('[data-test=file-item]').waitFor()
    t.match(await page.locator('[data-test=file-item]').innerText(), /工地\.png/, 'the photo is listed')
    t.equal(await page.locator('[data-test=file-item] img').count(), 1, 'with a preview')

    // the anonymous switch explains itself
    await page.locator('[data-test=anonymous]').click()
    t.match(await page.locator('[data-test=anonymous-hint]').innerText(), /查询码/, 'anonymous: reached only by tracking code')
    t.equal(await page.locator('[data-test=name]').count(), 0, 'no contact fields when anonymous')
    await page.locator('[data-test=anonymous]').click()

    await page.locator('[data-test=name]').fill('王五')
    await page.locator('[data-test=phone]').fill('12345')
    await page.locator('[data-test=preferred-sms]').click()
    await page.locator('[data-test=privacy]').click()
    await screenshot(page, 'portal-submit-form')

    // the API's per-field message lands beside the phone field
    await page.locator('[data-test=submit]').click()
    t.match(await fieldError(page, 'phone'), /电话/, `the API's message beside the field`)
    const [{ n: none }] = await c.sql`select count(*)::int as n from complaints`
    t.equal(none, 0, 'nothing stored for the refused form')

    await page.locator('[data-test=phone]').fill('13812345678')
    // the first attempt reaches the server, but the answer is lost on the way back
    const lost: { answer?: { caseNumber: string } } = {}
    const keys: string[] = []
    page.on('request', (r) => { if (r.url().endsWith('/api/complaints')) keys.push(r.headers()['idempotency-key'] ?? '') })
    await page.route('**/api/complaints', async (route) => {
      const res = await route.fetch()
      lost.answer = await res.json()
      await route.abort('failed')
    }, { times: 1 })
    await page.locator('[data-test=submit]').click()
    await page.locator('[data-test=form-error]').waitFor()
    t.match(await page.locator('[data-test=form-error]').innerText(), /网络连接失败[\s\S]*不会重复登记/, 'a lost answer says a retry is safe')
    t.ok(lost.answer?.caseNumber, 'the server had the first attempt')

    // the retry, double-tapped
    await page.locator('[data-test=submit]').dblclick()
    await page.locator('[data-test=receipt]').waitFor()
    receipt = {
      caseNumber: (await page.locator('[data-test=case-number]').innerText()).trim(),
      trackingCode: (await page.locator('[data-test=tracking-code]').innerText()).trim(),
      pin: (await page.locator('[data-test=pin]').innerText()).trim(),
    }
    t.match(receipt, { caseNumber: /^KM\d{14}$/, trackingCode: /^[A-Z2-9]{10}$/, pin: /^\d{6}$/ }, 'case number, tracking code and PIN shown')
    t.equal(receipt.caseNumber, lost.answer?.caseNumber, 'the retry returned the case of the lost answer')
    t.ok(keys.length >= 2 && keys.every((k) => k && k === keys[0]), `one Idempotency-Key for the attempt and its retries (${keys.length} requests)`)
    const rows = await c.sql`select id, division_code from complaints`
    t.equal(rows.length, 1, 'one case for the lost answer, the retry and the double tap')
    t.equal(rows[0].division_code, TUODONG, 'routed to the resolved township')
    const files = await c.sql`select mime from attachments where complaint_id = ${rows[0].id}`
    t.same(files.map((f) => f.mime), ['image/png'], 'the photo is stored')
    t.match(await page.locator('[data-test=receipt]').innerText(), /12345/, 'the hotline on the receipt')
    await screenshot(page, 'portal-receipt')

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=save-image]').click()])
    t.equal(download.suggestedFilename(), `诉求回执-${receipt.caseNumber}.png`, 'save as image downloads a PNG')
    const saved = await download.path()
    const meta = await sharp(saved!).metadata()
    t.equal(meta.format, 'png')
    t.ok((meta.width ?? 0) >= 600, 'a readable image')
  })

  await t.test('follow the case: straight from the receipt, material, the result, the rating', async (t) => {
    if (!receipt.pin) return t.fail('needs the submitted case')
    await page.locator('[data-test=receipt-track]').click()
    await page.waitForURL('**/portal/track')
    await page.locator('[data-test=track-view][data-state=intake]').waitFor()
    t.match(await page.locator('[data-test=track-state]').innerText(), /待受理/)
    t.match(await page.locator('[data-test=timeline]').innerText(), /诉求已收到/)

    await page.locator('[data-test=material-text]').fill('补充：施工方是某建筑公司，夜间十点后仍在施工。')
    await page.locator('[data-test=material] [data-test=file-input]').setInputFiles({ name: '夜间施工.png', mimeType: 'image/png', buffer: photo })
    await page.locator('[data-test=material-submit]').click()
    await page.locator('[data-test=material-sent]').waitFor()
    const [{ n: messages }] = await c.sql`select count(*)::int as n from case_messages`
    t.equal(messages, 1, 'the material reached the case')
    const added = await c.sql`select filename, kind from attachments where kind = 'material'`
    t.same(added.map((a) => ({ ...a })), [{ filename: '夜间施工.png', kind: 'material' }], 'with its photo')
    t.equal(await page.locator('[data-test=material] [data-test=file-item]').count(), 0, 'the form is cleared for the next addition')

    // staff move the case down to the township and back up to the complainant
    const [{ id }] = await c.sql`select id from complaints`
    const caseId = Number(id)
    const dispatcher = await signIn(c.app, 'dispatcher', CITY)
    const county = await signIn(c.app, 'supervisor', PANLONG)
    const township = await signIn(c.app, 'officer', TUODONG)
    const countyUnit = await unitOf(c.db, PANLONG)
    const townshipUnit = await unitOf(c.db, TUODONG)
    const steps: [typeof dispatcher, Record<string, unknown>][] = [
      [dispatcher, { type: 'REGISTER', category: 'urban_management' }],
      [dispatcher, { type: 'DISPATCH', chain: [countyUnit.id, townshipUnit.id] }],
      [township, { type: 'SIGN' }],
      [township, { type: 'SUBMIT_REPLY', text: '已责令工地停止夜间施工，并安排城管夜间巡查。', resolved: true }],
      [county, { type: 'APPROVE_REPLY' }],
      [dispatcher, { type: 'APPROVE_REPLY' }],
      [dispatcher, { type: 'SEND_FEEDBACK', text: '经核查，已责令工地停止夜间施工，城管部门将持续夜间巡查。', channel: 'tracking' }],
    ]
    for (const [who, event] of steps) {
      const res = await sendEvent(who, caseId, event)
      t.equal(res.statusCode, 200, `${event.type}`)
      if (event.type === 'SIGN') {
        // midway: where it is being handled, and by when
        await page.locator('[data-test=track-refresh]').click()
        await page.locator('[data-test=track-view][data-state=handling]').waitFor()
        t.match(await page.locator('[data-test=track-handling]').innerText(), /乡镇（街道）级 · 拓东街道/, 'at which level and unit')
        t.match(await page.locator('[data-test=track-deadline]').innerText(), /\d{4}/, 'with the deadline')
        await screenshot(page, 'portal-track-handling')
      }
    }

    await page.locator('[data-test=track-refresh]').click()
    await page.locator('[data-test=track-view][data-state=evaluation]').waitFor()
    t.match(await page.locator('[data-test=track-result]').innerText(), /停止夜间施工/, 'the result is shown')
    t.match(await page.locator('[data-test=timeline]').innerText(), /办理结果已反馈[\s\S]*已交办[\s\S]*拓东街道/, 'the public timeline, newest first')
    await screenshot(page, 'portal-track-result')

    await page.locator('[data-test=rating-satisfied]').click()
    await page.locator('[data-test=rating-comment]').fill('处理及时，谢谢。')
    await page.locator('[data-test=rate-submit]').click()
    await page.locator('[data-test=track-view][data-state=closed]').waitFor()
    t.match(await page.locator('[data-test=track-rated]').innerText(), /满意/, 'the rating is shown')
    t.equal(await page.locator('[data-test=evaluation]').count(), 0, 'no second rating')
    const [row] = await c.sql`select state from cases where id = ${caseId}`
    t.equal(row.state, 'closed', 'the case is closed')
    await screenshot(page, 'portal-track-closed')
  })

  await t.test('a wrong PIN, then the lock-out after five', async (t) => {
    if (!receipt.pin) return t.fail('needs the submitted case')
    const wrong = receipt.pin === '000000' ? '111111' : '000000'
    const fresh = await phoneTab(context)
    await fresh.page.goto('/portal/track')
    await fresh.page.locator('[data-test=track-code]').fill(receipt.trackingCode.toLowerCase())
    await fresh.page.locator('[data-test=track-pin]').fill(wrong)
    await fresh.page.locator('[data-test=track-pin]').press('Enter')
    const error = fresh.page.locator('[data-test=track-error]')
    await error.waitFor()
    t.match(await error.innerText(), /查询码或查询密码（PIN）错误[\s\S]*还可尝试 4 次/, 'wrong PIN, with the attempts left')
    t.equal(new URL(fresh.page.url()).search, '', 'Enter submitted nothing into the page URL')
    await screenshot(fresh.page, 'portal-track-wrong-pin')

    const attempt = () => Promise.all([
      fresh.page.waitForResponse((r) => r.url().includes('/api/track/')),
      fresh.page.locator('[data-test=track-submit]').click(),
    ])
    for (let i = 0; i < 4; i++) await attempt()
    await fresh.page.locator('[data-test=track-error][data-code=tracking_locked]').waitFor()
    t.match(await error.innerText(), /错误次数过多[\s\S]*15 分钟/, 'locked after five wrong PINs')
    // even the right PIN waits out the lock
    await fresh.page.locator('[data-test=track-pin]').fill(receipt.pin)
    const [locked] = await attempt()
    t.equal(locked.status(), 423, 'the right PIN is refused while locked (423)')
    // the page has the 423 answer: it shows the lock-out, not the case
    await fresh.page.locator('[data-test=track-error][data-code=tracking_locked]').waitFor({ timeout: 30_000 })
    t.equal(await fresh.page.locator('[data-test=track-view]').count(), 0, 'locked: nothing shown')
    t.equal(await error.getAttribute('data-code'), 'tracking_locked')
    await screenshot(fresh.page, 'portal-track-locked')
    t.same(fresh.errors, [], 'no console errors')
    t.ok(fresh.trackCaching.some((c) => c.startsWith('401')) && fresh.trackCaching.some((c) => c.startsWith('423')), 'wrong-PIN and lock-out answers seen')
    t.same(fresh.trackCaching.filter((c) => !c.endsWith(' no-store')), [], 'every tracking answer, errors too, is Cache-Control: no-store')
    urls.push(...fresh.urls)
  })

  await t.test('公开: the figures and their charts, small counts as "<5"', async (t) => {
    await refreshStats(c.sql)
    const tab = await phoneTab(context)
    const echartsBefore = [...urls, ...tab.urls].filter((u) => /echarts/.test(u))
    t.same(echartsBefore, [], 'no ECharts loaded on the home, submit and track pages')
    await tab.page.goto('/portal/open')
    for (const s of ['month', 'channel', 'county']) await tab.page.locator(`[data-test=section-${s}] canvas`).first().waitFor()
    t.pass('month, channel and county charts are drawn')
    t.equal(await tab.page.locator('[data-test=kpi-received] .kpi-value').innerText(), '<5', 'one case is shown as "<5"')
    t.match(await tab.page.locator('[data-test=rates]').innerText(), /响应率[\s\S]*解决率[\s\S]*满意率/, 'the three rates')
    t.match(await tab.page.locator('[data-test=open-note]').innerText(), /不足5件/)
    const text = await chineseText(tab.page, ['按月', '按渠道', '按县（区）', '收到诉求', '满意率'])
    t.same(text.missing, [], 'Chinese labels')
    await tab.page.locator('[data-test=section-channel] summary').click()
    t.match(await tab.page.locator('[data-test=section-channel] table').innerText(), /互联网\s+<5/, 'the table beside the chart, "<5" as the API gives it')
    await screenshot(tab.page, 'portal-open')
    // one county
    await tab.page.locator('[data-test=open-area]').click()
    await tab.page.locator('.el-select-dropdown__item:visible', { hasText: '盘龙区' }).click()
    await tab.page.locator('[data-test=section-county]').waitFor({ state: 'detached' })
    await tab.page.locator('[data-test=section-month] canvas').first().waitFor()
    t.pass('a county\'s figures')
    // also fine on a desktop screen: the top navigation instead of the tab bar
    await tab.page.setViewportSize({ width: 1280, height: 800 })
    await tab.page.goto('/portal/')
    await tab.page.locator('[data-test=nav-track]').waitFor()
    t.equal(await tab.page.locator('.tabbar').isVisible(), false, 'no tab bar on a desktop')
    await screenshot(tab.page, 'portal-home-desktop')
    t.same(tab.errors, [], 'no console errors')
    urls.push(...tab.urls)
  })

  t.test('the PIN never travels in a URL, nor the tracking code in the page URL', async (t) => {
    t.ok(urls.length > 10, `${urls.length} URLs recorded`)
    t.same(urls.filter((u) => receipt.pin && u.includes(receipt.pin)), [], 'no URL holds the PIN')
    const pages = urls.filter((u) => new URL(u).pathname.startsWith('/portal'))
    t.same(pages.filter((u) => u.toUpperCase().includes(receipt.trackingCode)), [], 'no page URL holds the tracking code')
    t.same(pages.filter((u) => new URL(u).search), [], 'no page URL has a query')
    t.same(errors, [], 'no console errors on the main tab')
    t.ok(trackCaching.length >= 4, 'tracking answers seen on the main tab')
    t.same(trackCaching.filter((c) => !c.endsWith(' no-store')), [], 'each with Cache-Control: no-store')
    t.end()
  })
})
