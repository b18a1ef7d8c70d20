// Browser tests: the real app (its own database, the websocket, the built console) on 127.0.0.1, and
// Debian's chromium driven by playwright-core. Screenshots go to test-output/e2e/ (not committed).
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core'
import type { FastifyInstance } from 'fastify'
import { buildTestApp, unitOf } from '../helper.js'
import { projectRoot } from '../../src/paths.js'
import { freePort } from '../../src/db/embedded.js'
import { createUser } from '../../src/users/service.js'
import webConsole from '../../src/http/static.js'
import { buildIfStale } from '../../src/web/build-if-stale.mjs'
import { SECOND_FACTOR_ROLES, type Role } from '../../src/auth/roles.js'
import { factorKeys } from '../../src/auth/second-factor.js'
import { codeAt, currentStep, newTotpSecret } from '../../src/auth/totp.js'
import { encrypt } from '../../src/privacy/crypto.js'
import type { Db, Sql } from '../../src/db/index.js'
import type { RawConfig } from '../../src/config.js'

type Tap = { teardown(fn: () => unknown): void; comment(...args: unknown[]): void }

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
]
export const VIEWPORT = { width: 1366, height: 768 }
export const SHOTS = path.join(projectRoot, 'test-output', 'e2e')
export const PASSWORD = 'correct horse battery'

/** Builds the console when it is missing or stale (test files running side by side build it once). */
export async function ensureWebBuild(t: Tap): Promise<void> {
  const ms = await buildIfStale({ log: (m) => t.comment(m) })
  if (ms) t.comment(`built the console in ${ms} ms`)
}

export interface Console {
  app: FastifyInstance
  baseUrl: string
  db: Db
  sql: Sql
  /**
   * a user of `role` at the default unit of `divisionCode`, with PASSWORD; an admin or inspector with an authenticator
   * already set up (signInAs types its code), unless `secondFactor: false`
   */
  user(role: Role, divisionCode: string, displayName?: string, opts?: { secondFactor?: boolean }): Promise<{ id: number; username: string; unitId: number }>
}

let userCounter = 0
/** the authenticators of the users made here: their secret and the last step typed */
const authenticators = new Map<string, { secret: string; lastStep: number }>()

/** The code the user's authenticator shows now (a step not typed before; waits for the next step when both are used). */
export async function authenticatorCode(username: string): Promise<string> {
  const a = authenticators.get(username)
  if (!a) throw new Error(`${username} has no authenticator made by the test`)
  while (a.lastStep + 1 > currentStep() + 1) await new Promise((resolve) => setTimeout(resolve, 1000))
  a.lastStep = Math.max(currentStep(), a.lastStep + 1)
  return codeAt(a.secret, a.lastStep)
}

export interface ConsoleOptions {
  config?: Partial<RawConfig>
  /** registers what the app does not register yet (a channel's routes), before it listens */
  before?: (app: FastifyInstance) => Promise<void>
}

/** The whole app listening on 127.0.0.1 with the websocket and the built console. */
export async function startConsole(t: Tap, opts: ConsoleOptions = {}): Promise<Console> {
  await ensureWebBuild(t)
  // the websocket checks the Origin against PUBLIC_BASE_URL, so the port is chosen first
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const { app, db, sql } = await buildTestApp(t, { ...opts.config, PUBLIC_BASE_URL: baseUrl })
  if (!app.hasPlugin('live')) {
    const { default: live } = await import('../../src/live/plugin.js')
    await app.register(live, { allowedOrigins: [baseUrl] })
  }
  await opts.before?.(app)
  await app.register(webConsole)
  await app.listen({ host: '127.0.0.1', port })
  return {
    app, baseUrl, db, sql,
    async user(role, divisionCode, displayName, opts = {}) {
      const unit = await unitOf(db, divisionCode)
      const username = `${role}_${divisionCode}_${process.pid}_${++userCounter}`
      const u = await createUser(db, { username, password: PASSWORD, role, unitId: unit.id, displayName: displayName ?? username })
      if (SECOND_FACTOR_ROLES.includes(role) && opts.secondFactor !== false) {
        const secret = newTotpSecret()
        const sealed = encrypt(factorKeys(app.config.SUQIU_SECRET).encKey, secret, `user:${u.id}:totp`)
        await sql`update users set totp_secret_enc = ${sealed}, totp_enabled_at = now() where id = ${u.id}`
        authenticators.set(username, { secret, lastStep: -1 })
      }
      return { id: Number(u.id), username, unitId: unit.id }
    },
  }
}

export async function launchBrowser(t: Tap): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: the browser tests need it (apt-get install chromium, or set CHROMIUM_PATH)`)
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true })
  t.teardown(() => browser.close())
  return browser
}

export interface Tab {
  page: Page
  context: BrowserContext
  /** console errors and uncaught exceptions so far */
  errors: string[]
}

export async function openTab(browser: Browser, baseUrl: string, t: Tap): Promise<Tab> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: baseUrl })
  t.teardown(() => context.close().catch(() => {}))
  const page = await context.newPage()
  // a bound for every wait on the page, not a pause: a loaded CI box has taken more than 15 s to show what a user waits for
  page.setDefaultTimeout(30_000)
  const errors: string[] = []
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() !== 'error') return
    errors.push(`${msg.text()} ${msg.location()?.url ?? ''}`.trim())
  })
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`))
  return { page, context, errors }
}

export async function signInAs(tab: Tab, username: string, password = PASSWORD): Promise<void> {
  const { page } = tab
  await page.goto('/login')
  await page.locator('[data-test=username]').fill(username)
  await page.locator('[data-test=password]').fill(password)
  await page.locator('[data-test=login-submit]').click()
  if (authenticators.has(username)) {
    await page.locator('[data-test=login-code]').fill(await authenticatorCode(username))
    await page.locator('[data-test=login-code-submit]').click()
    await page.waitForURL((u) => !u.pathname.startsWith('/login'))
    // the password step's answer, 401 second_factor_required, is what asks for the code: Chromium logs every 4xx
    const asked = tab.errors.findIndex((e) => /status of 401 .*\/api\/auth\/login/.test(e))
    if (asked >= 0) tab.errors.splice(asked, 1)
  }
  await page.waitForURL((u) => !u.pathname.startsWith('/login'))
  await page.locator('[data-test=who]').waitFor()
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true })
  const file = path.join(SHOTS, `${name}.png`)
  await page.screenshot({ path: file, fullPage: false })
  return file
}

/** Visible text of the page has Chinese characters (and, if given, each of `words`). */
export async function chineseText(page: Page, words: string[] = []): Promise<{ ok: boolean; missing: string[] }> {
  const text = await page.locator('body').innerText()
  return { ok: /[\u4e00-\u9fff]{2,}/.test(text), missing: words.filter((w) => !text.includes(w)) }
}

/** Waits until the websocket of the page is open (the header's live dot). */
export async function liveReady(page: Page): Promise<void> {
  await page.locator('[data-test=live-status][data-status=open]').waitFor({ state: 'attached', timeout: 30_000 })
}
