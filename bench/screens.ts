// Screenshots of each role's main page (the page a role lands on after signing in) and of the citizens' portal, for
// comparing one version of the app with another (issue 20's "before and after"). Starts the app of --root (this
// checkout by default, or a git worktree of an older commit with node_modules linked) as `npm run dev` does with
// SUQIU_DEMO=1 in a new data directory, logs a few calls as the demo operator so lists are not empty, then in Debian's
// chromium signs in as each demo account (an admin or inspector without an authenticator sets one up when the app asks
// for it; an older app that does not ask just signs in) and saves full-page PNGs to
// test-output/screens/<label>/<role>.png (console 1440×900, portal on a phone, 390×844).
// `npm run screens -- --label after`, `npm run screens -- --root /tmp/old --label before`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type Browser, type Page } from 'playwright-core'
import { projectRoot } from '../src/paths.js'
import { buildIfStale } from '../src/web/build-if-stale.mjs'
import { codeAt, currentStep } from '../src/auth/totp.js'
import { DEMO_PASSWORD } from '../src/users/demo.js'
import { startDemoServer } from './demo-server.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
]
/** each role's demo account; its main page is where the console lands it */
const ROLES = [
  ['operator', 'demo.operator'], ['clerk', 'demo.clerk'], ['dispatcher', 'demo.dispatcher'], ['officer', 'demo.county'],
  ['supervisor', 'demo.supervisor'], ['inspector', 'demo.inspector'], ['admin', 'demo.admin'],
] as const
const ADDRESS = '昆明市五华区华山街道翠湖西路社区'
const CALLS = [
  ['张三', '13812345678', '翠湖西路社区路灯不亮已有一周，夜间出行不便。'],
  ['李四', '13912345678', '翠湖西路社区垃圾清运不及时，气味很大，请尽快处理。'],
  ['王五', '13712345678', '翠湖西路社区下水道堵塞，污水漫到路面。'],
  ['赵六', '13612345678', '翠湖西路社区夜间施工噪音扰民，影响休息。'],
] as const



/** A few calls logged by the demo operator through the API; the first one's tracking code and PIN. */
async function logCalls(baseUrl: string): Promise<{ code: string; pin: string } | null> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'demo.operator', password: DEMO_PASSWORD }),
  })
  if (!login.ok) throw new Error(`demo.operator sign-in: ${login.status} ${await login.text()}`)
  const headers = {
    'content-type': 'application/json', cookie: (login.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; '),
    'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken,
  }
  let first: { code: string; pin: string } | null = null
  for (const [name, phone, content] of CALLS) {
    const res = await fetch(`${baseUrl}/api/intake/hotline`, {
      method: 'POST', headers, body: JSON.stringify({ type: 'complaint', content, address: ADDRESS, complainant: { anonymous: false, name, phone } }),
    })
    if (!res.ok) throw new Error(`a call: ${res.status} ${await res.text()}`)
    const answer = (await res.json()) as { trackingCode?: string; pin?: string }
    if (!first && answer.trackingCode && answer.pin) first = { code: answer.trackingCode, pin: answer.pin }
  }
  return first
}

/** Waits for the page's requests to settle and its charts to draw. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
  await page.waitForTimeout(1200)
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login')
  await page.locator('[data-test=username]').fill(username)
  await page.locator('[data-test=password]').fill(DEMO_PASSWORD)
  await page.locator('[data-test=login-submit]').click()
  await page.waitForURL((u) => !u.pathname.startsWith('/login'))
  await settle(page)
  if (new URL(page.url()).pathname === '/second-factor') {
    // an admin or inspector must set up an authenticator first (the app since the second factor): as a person would
    const start = page.locator('[data-test=tfa-start]')
    if (await start.isVisible()) await start.click()
    const secret = (await page.locator('[data-test=tfa-secret]').innerText()).replace(/\s+/g, '')
    await page.locator('[data-test=tfa-code]').fill(codeAt(secret, currentStep()))
    await page.locator('[data-test=tfa-confirm]').click()
    await page.locator('[data-test=tfa-done]').click()
    await page.goto('/')
    await page.waitForURL((u) => u.pathname !== '/' && u.pathname !== '/second-factor')
    await settle(page)
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { root: { type: 'string', default: projectRoot }, label: { type: 'string', default: 'after' } } })
  const root = path.resolve(values.root!)
  const label = values.label!
  if (!/^[\w.-]+$/.test(label)) throw new Error(`--label ${label}: letters, digits, . _ - only`)
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`)
  // the console of --root, built as its README says
  if (root === projectRoot) await buildIfStale({ log: (m) => process.stdout.write(`${m}\n`) })
  else if (!existsSync(path.join(root, 'dist', 'web', 'index.html'))) {
    const built = spawnSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' })
    if (built.status !== 0) throw new Error(`npm run build:web in ${root} failed`)
  }
  const out = path.join(projectRoot, 'test-output', 'screens', label)
  mkdirSync(out, { recursive: true })
  // the app of `root` as `npm run dev` runs it (tsx), so that an older worktree needs no build of its server
  const server = await startDemoServer({ args: ['--import', 'tsx', 'src/main.ts'], cwd: root, dirPrefix: 'suqiu-screens-', readyWithinMs: 180_000 })
  let browser: Browser | null = null
  try {
    const tracking = await logCalls(server.baseUrl)
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true })
    const files: string[] = []
    for (const [role, username] of ROLES) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: server.baseUrl })
      const page = await context.newPage()
      page.setDefaultTimeout(20_000)
      await signIn(page, username)
      // the console scrolls inside its main pane: the window grows to the pane's whole height, so the page is all there
      const extra = await page.evaluate((): number => {
        let most = 0
        for (const el of (globalThis as any).document.querySelectorAll('*')) {
          const style = (globalThis as any).getComputedStyle(el)
          if (/(auto|scroll)/.test(style.overflowY) && el.clientHeight > 200) most = Math.max(most, el.scrollHeight - el.clientHeight)
        }
        return most
      })
      if (extra > 0) {
        await page.setViewportSize({ width: 1440, height: Math.min(900 + extra, 8000) })
        await page.waitForTimeout(500)
      }
      const file = path.join(out, `${role}.png`)
      await page.screenshot({ path: file, fullPage: true })
      files.push(`${path.relative(projectRoot, file)} (${new URL(page.url()).pathname})`)
      await context.close()
    }
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: server.baseUrl,
    })
    const page = await phone.newPage()
    page.setDefaultTimeout(20_000)
    await page.goto('/portal/')
    await settle(page)
    await page.screenshot({ path: path.join(out, 'citizen-home.png'), fullPage: true })
    files.push(path.relative(projectRoot, path.join(out, 'citizen-home.png')))
    await page.goto('/portal/track')
    await page.locator('[data-test=track-code]').waitFor()
    if (tracking) {
      await page.locator('[data-test=track-code]').fill(tracking.code)
      await page.locator('[data-test=track-pin]').fill(tracking.pin)
      await page.locator('[data-test=track-submit]').click()
      await page.locator('[data-test=track-view]').waitFor()
    }
    await settle(page)
    await page.screenshot({ path: path.join(out, 'citizen-tracking.png'), fullPage: true })
    files.push(path.relative(projectRoot, path.join(out, 'citizen-tracking.png')))
    await phone.close()
    process.stdout.write(`${label}: ${root} (${spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim()})\n`)
    for (const f of files) process.stdout.write(`  ${f}\n`)
  } finally {
    await browser?.close()
    await server.stop()
  }
}

await main()
