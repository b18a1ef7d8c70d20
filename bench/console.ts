// Console bench: what a newcomer's browser pays on first load. Starts the compiled server as `npm start`
// does with SUQIU_DEMO=1 (embedded PostgreSQL in a temporary data directory, the built console served
// from dist/web), then with Debian's chromium (playwright-core), each run in a new context (cold cache):
//  - the JavaScript loaded by the sign-in page, and in all once the operator has signed in (gzip bytes:
//    each script gzipped at level 9, as the build precompresses it; the bytes actually sent are shown too);
//  - time to interactive: navigation start → the sign-in form takes input; and a cold load of the
//    operator's page (signed in) → the call form takes input; and the sign-in click → the call form.
// `npm run bench -- console`, or `npx tsx bench/console.ts`.
import { existsSync } from 'node:fs'
import os from 'node:os'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { projectRoot } from '../src/paths.js'
import { buildServerIfStale, mainJs } from '../src/build-if-stale.mjs'
import { buildIfStale } from '../src/web/build-if-stale.mjs'
import { DEMO_PASSWORD } from '../src/users/demo.js'
import { startDemoServer } from './demo-server.js'

export const JS_TARGET_BYTES = 1.5 * 1024 * 1024
export const INTERACTIVE_TARGET_MS = 2_000
const RUNS = Number(process.env.SUQIU_BENCH_CONSOLE_RUNS ?? 5)
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// the flags the browser tests use (test/e2e/support.ts)
const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
]
const VIEWPORT = { width: 1366, height: 768 }
const OPERATOR = 'demo.operator'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const mark = (ok: boolean) => (ok ? '✓' : '✗ MISSED')


interface Scripts { gzip: number; sent: number; files: number }

/** Every JavaScript response of a page, measured once per URL. */
function watchScripts(page: Page): { done(): Promise<Scripts> } {
  const pending: Promise<{ url: string; gzip: number; sent: number } | null>[] = []
  page.on('response', (res) => {
    const type = res.headers()['content-type'] ?? ''
    if (!/javascript/.test(type) && !/\.m?js(\?|$)/.test(res.url())) return
    pending.push((async () => {
      try {
        const body = await res.body()
        const sizes = await res.request().sizes()
        return { url: res.url(), gzip: gzipSync(body, { level: 9 }).length, sent: sizes.responseBodySize }
      } catch {
        return null
      }
    })())
  })
  return {
    async done() {
      const seen = new Map<string, { gzip: number; sent: number }>()
      for (const r of await Promise.all(pending)) if (r) seen.set(r.url, r)
      const all = [...seen.values()]
      return { gzip: all.reduce((a, r) => a + r.gzip, 0), sent: all.reduce((a, r) => a + r.sent, 0), files: all.length }
    },
  }
}

/**
 * ms from the page's navigation start until a text field under `selector` is shown and enabled, read in the
 * page itself (a requestAnimationFrame poll: it runs only when the main thread is free, so the page answers
 * input by then); then checked that typed characters do end up in it (not timed: those are the driver's
 * round trips, not the page's).
 */
async function interactiveAt(page: Page, selector: string): Promise<number> {
  const at = await page.waitForFunction((sel: string) => {
    // runs in the page; this project compiles without the DOM's types
    type Field = { disabled?: boolean; getClientRects(): { length: number } }
    const el = (globalThis as unknown as { document: { querySelector(s: string): Field | null } }).document.querySelector(sel)
    return el && !el.disabled && el.getClientRects().length > 0 ? performance.now() : null
  }, selector, { polling: 'raf' })
  const ms = (await at.jsonValue()) as number
  const input = page.locator(selector)
  await input.fill('x')
  if ((await input.inputValue()) !== 'x') throw new Error(`${selector} does not take input`)
  await input.fill('')
  return ms
}

interface Run { loginMs: number; loginJs: Scripts; operatorJs: Scripts; signInToUsableMs: number; operatorColdMs: number }

async function oneRun(browser: Browser, baseUrl: string): Promise<Run> {
  // 1. a newcomer opens the console: the sign-in page, cold cache
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: baseUrl })
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(30_000)
    const loginScripts = watchScripts(page)
    await page.goto('/login', { waitUntil: 'commit' })
    const loginMs = await interactiveAt(page, '[data-test=username] input, input[data-test=username]')
    await page.waitForLoadState('networkidle')
    const loginJs = await loginScripts.done()

    // 2. the operator signs in: the scripts of the sign-in page plus what the call desk adds
    const operatorScripts = watchScripts(page)
    await page.locator('[data-test=username] input, input[data-test=username]').fill(OPERATOR)
    await page.locator('[data-test=password] input, input[data-test=password]').fill(DEMO_PASSWORD)
    const clicked = await page.evaluate(() => performance.now())
    await page.locator('[data-test=login-submit]').click()
    await page.waitForURL((u) => u.pathname.startsWith('/calls'))
    const signInToUsableMs = (await interactiveAt(page, '[data-test=what] textarea, textarea[data-test=what]')) - clicked
    await page.waitForLoadState('networkidle')
    const added = await operatorScripts.done()
    const operatorJs = { gzip: loginJs.gzip + added.gzip, sent: loginJs.sent + added.sent, files: loginJs.files + added.files }

    // 3. the operator's page loaded cold with the session (a new context: no HTTP cache, the same cookie)
    const state = await context.storageState()
    const cold = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: baseUrl, storageState: state })
    try {
      const p2 = await cold.newPage()
      p2.setDefaultTimeout(30_000)
      await p2.goto('/calls', { waitUntil: 'commit' })
      const operatorColdMs = await interactiveAt(p2, '[data-test=what] textarea, textarea[data-test=what]')
      return { loginMs, loginJs, operatorJs, signInToUsableMs, operatorColdMs }
    } finally {
      await cold.close()
    }
  } finally {
    await context.close()
  }
}

export async function benchConsole(): Promise<string[]> {
  const log = (l: string) => process.stderr.write(`  [console] ${l}\n`)
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`)
  const built = buildServerIfStale({ log })
  if (built) log(`server built in ${built} ms`)
  const webMs = await buildIfStale({ log })
  if (webMs) log(`console built in ${webMs} ms`)
  const server = await startDemoServer({ args: [mainJs], cwd: projectRoot, dirPrefix: 'suqiu-bench-console-', readyWithinMs: 120_000 })
  log(`server ready in ${server.readyInMs} ms (first start, demo users loaded)`)
  let browser: Browser | null = null
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true })
    await oneRun(browser, server.baseUrl) // warm-up: the server's first requests, the browser's first page
    const runs: Run[] = []
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(browser, server.baseUrl))
    const first = runs[0]
    const loginMs = median(runs.map((r) => r.loginMs))
    const operatorColdMs = median(runs.map((r) => r.operatorColdMs))
    const signInMs = median(runs.map((r) => r.signInToUsableMs))
    const jsOk = first.operatorJs.gzip < JS_TARGET_BYTES && first.loginJs.gzip < JS_TARGET_BYTES
    const loginOk = loginMs < INTERACTIVE_TARGET_MS
    const operatorOk = operatorColdMs < INTERACTIVE_TARGET_MS
    if (!jsOk || !loginOk || !operatorOk) process.exitCode = 1
    const [l1, l5, l15] = os.loadavg()
    return [
      `JavaScript, sign-in page: ${kb(first.loginJs.gzip)} gzip in ${first.loginJs.files} files (${kb(first.loginJs.sent)} sent) ${mark(first.loginJs.gzip < JS_TARGET_BYTES)} (target < 1.5 MB gzip)`,
      `JavaScript, signed in as operator (in all): ${kb(first.operatorJs.gzip)} gzip in ${first.operatorJs.files} files (${kb(first.operatorJs.sent)} sent) ${mark(first.operatorJs.gzip < JS_TARGET_BYTES)} (target < 1.5 MB gzip)`,
      `interactive, sign-in page (navigation → the form takes input): median ${Math.round(loginMs)} ms of ${RUNS} cold loads ${mark(loginOk)} (target < ${INTERACTIVE_TARGET_MS} ms)`,
      `interactive, operator's page loaded cold (navigation → the call form takes input): median ${Math.round(operatorColdMs)} ms ${mark(operatorOk)} (target < ${INTERACTIVE_TARGET_MS} ms)`,
      `sign-in click → the call form takes input: median ${Math.round(signInMs)} ms`,
      `machine: ${os.cpus().length} CPUs, load average ${l1.toFixed(2)} ${l5.toFixed(2)} ${l15.toFixed(2)}`,
    ]
  } finally {
    await browser?.close().catch(() => {})
    await server.stop()
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const line of await benchConsole()) process.stdout.write(`  ${line}\n`)
}
