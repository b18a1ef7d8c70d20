// The desk call of a repeat caller in the browser (issue 20): what the operator does, counted in key presses, and the
// time from the screen pop appearing to the case number shown. The whole app listens on 127.0.0.1 with the built
// console and the websocket; Debian's chromium (playwright-core) is the operator's console at /calls. Each call is
// Twilio's signed webhook for a caller with an earlier open case; the operator takes it (one click: no key takes a
// call), sees the earlier case in the pop, and with the keyboard only either adds the call to that case (name, Tab to
// 诉求内容, content, Alt+B) or logs a new matter (name, Tab to 地址, address, Tab to 诉求内容, content, Alt+S).
// Every key press is counted; a character typed counts as one key (a pinyin IME needs about three per hanzi).
// Machine-driven without typing pauses: the time is the console's and the server's share, a person adds their own.
// Part of `npm run bench -- desk` (bench/desk.ts); BENCH_DESK_BROWSER_CALLS calls of each kind (10).
import { existsSync } from 'node:fs'
import { chromium, type Page } from 'playwright-core'
import twilio from 'twilio'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { freePort } from '../src/db/embedded.js'
import { createUser } from '../src/users/service.js'
import { buildIfStale } from '../src/web/build-if-stale.mjs'
import type { BenchPostgres } from './pg.js'
import { envInt, fmtInt, loadAverage, quantiles } from './generate.js'

const ACCOUNT_SID = 'AC' + 'e'.repeat(32)
const AUTH_TOKEN = 'bench-auth-token-desk-browser-0123'
const HOTLINE = '+868712345678'
/** Thursday 10:00 in Kunming: the desk is staffed, every call is queued for an operator. */
const WORKING_HOURS = new Date('2026-11-26T10:00:00+08:00')
const PASSWORD = 'correct horse battery staple'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// the flags the browser tests use (test/e2e/support.ts)
const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
]
const NAME = '张三'
const ADDRESS = '昆明市五华区华山街道翠湖西路社区'

type Kind = 'add' | 'new'

/** The field of the call form that has the keyboard focus (its data-test). */
/** the page's document inside page.evaluate (the project's types have no DOM) */
declare const document: { activeElement: any; querySelector(selector: string): any }
const focused = (page: Page) => page.evaluate((): string | null => document.activeElement?.closest('[data-test]')?.getAttribute('data-test') ?? null)
const resultText = (page: Page) => page.evaluate((): string => document.querySelector('[data-test=call-result]')?.textContent ?? '')

export async function benchDeskBrowser(pg: BenchPostgres, dataDir: string): Promise<string[]> {
  if (!existsSync(CHROMIUM)) return [`browser part skipped: no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`]
  const perKind = envInt('BENCH_DESK_BROWSER_CALLS', 10)
  await buildIfStale({ log: () => {} })
  const url = await pg.createDatabase('bench_desk_browser')
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const config = loadConfig({}, {
    SUQIU_DATA_DIR: dataDir, SUQIU_SECRET: 'bench-secret-bench-secret-bench-secret-02', LOG_LEVEL: 'silent', PUBLIC_BASE_URL: baseUrl,
    TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_HOTLINE_NUMBER: HOTLINE,
  })
  const app = await buildApp({ config, databaseUrl: url, logger: false, rateLimitAllowList: ['127.0.0.1'], webConsole: {} })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true })
  try {
    app.voiceLines.now = () => WORKING_HOURS
    await app.listen({ host: '127.0.0.1', port })
    const [centre] = await app.sql`select id from units where division_code = '530100' and is_default`
    await createUser(app.db, { username: 'bench_desk_operator', password: PASSWORD, role: 'operator', unitId: Number(centre.id) })

    // each caller's earlier open case, logged through the API
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bench_desk_operator', password: PASSWORD } })
    if (login.statusCode !== 200) throw new Error(`login: ${login.statusCode} ${login.body}`)
    const headers = { cookie: String(login.headers['set-cookie']).split(';')[0], 'x-csrf-token': login.json().csrfToken as string }
    const calls = 2 * perKind + 1 // the first is a warm-up
    const phoneOf = (i: number) => `137${String(10_000_000 + i)}`
    const earlier: string[] = []
    for (let i = 0; i < calls; i++) {
      const res = await app.inject({
        method: 'POST', url: '/api/intake/hotline', headers, payload: {
          type: 'complaint', content: `翠湖西路社区路灯损坏第${i}号，夜间出行不便。`, address: ADDRESS, complainant: { anonymous: false, name: NAME, phone: phoneOf(i) },
        },
      })
      if (res.statusCode >= 300) throw new Error(`earlier case: ${res.statusCode} ${res.body.slice(0, 200)}`)
      earlier.push(res.json().caseNumber as string)
    }

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: baseUrl })
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    const errors: string[] = []
    page.on('pageerror', (err) => errors.push(err.message))
    await page.goto('/login')
    await page.locator('[data-test=username]').fill('bench_desk_operator')
    await page.locator('[data-test=password]').fill(PASSWORD)
    await page.locator('[data-test=login-submit]').click()
    await page.waitForURL((u) => !u.pathname.startsWith('/login'))
    await page.goto('/calls')
    await page.locator('[data-test=live-status][data-status=open]').waitFor({ state: 'attached' })

    const figures = { add: { keys: [] as { typed: number; tab: number; shortcut: number }[], ms: [] as number[] }, new: { keys: [] as { typed: number; tab: number; shortcut: number }[], ms: [] as number[] } }
    const desk = async (i: number, kind: Kind, record: boolean) => {
      const keys = { typed: 0, tab: 0, shortcut: 0 }
      const type = async (text: string) => { await page.keyboard.type(text); keys.typed += [...text].length }
      const press = async (key: string) => { await page.keyboard.press(key); if (key === 'Tab') keys.tab++; else keys.shortcut++ }
      const tabTo = async (field: string) => {
        for (let n = 0; (await focused(page)) !== field; n++) {
          if (n > 40) throw new Error(`call ${i}: Tab never reached ${field}`)
          await press('Tab')
        }
      }
      const previous = await resultText(page)
      const callSid = `CA${String(i).padStart(32, '0')}`
      const params: Record<string, string> = {
        AccountSid: ACCOUNT_SID, ApiVersion: '2010-04-01', CallSid: callSid, CallStatus: 'ringing', Direction: 'inbound',
        From: `+86${phoneOf(i)}`, To: HOTLINE, Caller: `+86${phoneOf(i)}`, Called: HOTLINE,
      }
      const hook = await app.inject({
        method: 'POST', url: '/channels/hotline/voice', payload: new URLSearchParams(params).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${baseUrl}/channels/hotline/voice`, params) },
      })
      if (hook.statusCode !== 200) throw new Error(`webhook: ${hook.statusCode} ${hook.body.slice(0, 200)}`)
      const pop = page.locator(`[data-test=call-pop][data-call-sid="${callSid}"]`)
      await pop.waitFor()
      const started = performance.now()
      await pop.locator('[data-test=take-call]').click() // 接听: one click
      await pop.filter({ hasText: earlier[i] }).locator('[data-test=pop-open-case]').waitFor() // the earlier case in the pop
      await page.locator('[data-test=call-add]:not(.is-disabled)').waitFor()
      if ((await focused(page)) !== 'caller-name') throw new Error(`call ${i}: the name field has no focus after 接听`)
      await type(NAME)
      if (kind === 'add') {
        await tabTo('what')
        await type(`路灯仍未修复，第${i}号再次来电催办，昨晚有老人摔倒。`)
        await press('Alt+B')
      } else {
        await tabTo('address')
        await type(ADDRESS)
        await tabTo('what')
        await type(`翠湖西路社区第${i}号楼下水道堵塞，污水漫到路面，请尽快疏通。`)
        await press('Alt+S')
      }
      // the case number in the result, once it is not the previous call's
      const shown = await page.waitForFunction((prev) => {
        const text: string = document.querySelector('[data-test=call-result]')?.textContent ?? ''
        return text !== prev && /[A-Z]{2}\d{14}/.exec(text)?.[0]
      }, previous)
      const elapsed = performance.now() - started
      const caseNumber = String(await shown.jsonValue())
      if (kind === 'add' && caseNumber !== earlier[i]) throw new Error(`call ${i}: added to ${caseNumber}, not to the earlier ${earlier[i]}`)
      if (kind === 'new' && caseNumber === earlier[i]) throw new Error(`call ${i}: no new case`)
      if (!record) return
      figures[kind].keys.push(keys)
      figures[kind].ms.push(elapsed)
    }
    await desk(calls - 1, 'add', false) // warm-up
    for (let i = 0; i < 2 * perKind; i++) await desk(i, i % 2 ? 'new' : 'add', true)
    if (errors.length) throw new Error(`page errors: ${errors.slice(0, 3).join('; ')}`)
    const range = (xs: number[]) => (Math.min(...xs) === Math.max(...xs) ? `${xs[0]}` : `${Math.min(...xs)}–${Math.max(...xs)}`)
    const keysText = (ks: { typed: number; tab: number; shortcut: number }[]) =>
      `${range(ks.map((k) => k.typed + k.tab + k.shortcut))} key presses (${range(ks.map((k) => k.typed))} characters typed, ` +
      `${range(ks.map((k) => k.tab))} Tab, ${range(ks.map((k) => k.shortcut))} Alt shortcut) and 1 click`
    return [
      `in the browser (chromium, the console at /calls), ${fmtInt(2 * perKind)} repeat callers, each with an open earlier case shown in the pop:`,
      `  adds the call to the open case (接听 click; name, Tab…, content, Alt+B): ${keysText(figures.add.keys)}; pop → case number ${quantiles(figures.add.ms).text}`,
      `  logs a new matter (接听 click; name, Tab…, address, Tab…, content, Alt+S): ${keysText(figures.new.keys)}; pop → case number ${quantiles(figures.new.ms).text}`,
      `  one character = one key (a pinyin IME needs ~3 per hanzi); no typing pauses, so the time is the console's and the server's share`,
      loadAverage(),
    ]
  } finally {
    await browser.close()
    await app.close()
  }
}
