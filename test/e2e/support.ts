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
import type { Role } from '../../src/auth/roles.js'
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
  /** a user of `role` at the default unit of `divisionCode`, with PASSWORD */
  user(role: Role, divisionCode: string, displayName?: string): Promise<{ id: number; username: string; unitId: number }>
}

let userCounter = 0

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
    async user(role, divisionCode, displayName) {
      const unit = await unitOf(db, divisionCode)
      const username = `${role}_${divisionCode}_${process.pid}_${++userCounter}`
      const u = await createUser(db, { username, password: PASSWORD, role, unitId: unit.id, displayName: displayName ?? username })
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
  page.setDefaultTimeout(15_000)
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
  await page.locator('[data-test=live-status][data-status=open]').waitFor({ state: 'attached', timeout: 15_000 })
}
