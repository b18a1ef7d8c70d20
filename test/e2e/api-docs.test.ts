// /api/docs in Chromium (issue 25): the docs page renders operations of the app's own OpenAPI document, with its
// assets from the same origin under the page's Content-Security-Policy (no CDN, no violation).
import t from 'tap'
import path from 'node:path'
import { buildTestApp } from '../helper.js'
import { launchBrowser, SHOTS, VIEWPORT } from './support.js'

t.test('the API docs render operations from the same origin', async (t) => {
  const { app } = await buildTestApp(t)
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' })
  const browser = await launchBrowser(t)
  const page = await browser.newPage({ viewport: VIEWPORT })
  const problems: string[] = []
  const foreign: string[] = []
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()) })
  page.on('pageerror', (e) => problems.push(String(e)))
  page.on('request', (r) => { if (!r.url().startsWith(baseUrl) && !r.url().startsWith('data:')) foreign.push(r.url()) })

  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { tags: string[]; operationId: string }>> }
  const byTag = new Map<string, string[]>()
  for (const methods of Object.values(doc.paths)) {
    for (const op of Object.values(methods)) byTag.set(op.tags[0], [...(byTag.get(op.tags[0]) ?? []), `operations-${op.tags[0]}-${op.operationId}`])
  }

  const res = await page.goto(`${baseUrl}/api/docs`)
  t.equal(res?.status(), 200)
  await page.locator('.opblock').first().waitFor({ timeout: 30_000 })
  t.match(await page.locator('.info .title').innerText(), /Suqiu 诉求 API/)
  // every tag of the document is on the page at once (not only what a virtualized list has in view)
  const tagsShown = await page.locator('.opblock-tag').evaluateAll((els) => els.map((e) => e.getAttribute('data-tag')))
  t.same([...tagsShown].sort(), [...byTag.keys()].sort(), 'every tag of the document is shown')
  const webhooks = await page.locator('.opblock-summary-description').allInnerTexts()
  t.ok(webhooks.some((s) => s.includes('传真网关推送 / Fax gateway post')), 'the webhooks')

  // each tag opens onto exactly its operations
  for (const [tag, ids] of byTag) {
    const header = page.locator(`.opblock-tag[data-tag="${tag}"]`)
    await header.click()
    await page.locator(`#${ids[0]}`).waitFor({ timeout: 30_000 })
    const shown = await page.locator(`.opblock-tag-section:has(.opblock-tag[data-tag="${tag}"]) .opblock`).evaluateAll((els) => els.map((e) => e.id))
    t.same(shown.sort(), [...ids].sort(), `${tag}: its ${ids.length} operations`)
    await header.click()
    await page.locator(`#${ids[0]}`).waitFor({ state: 'detached', timeout: 30_000 })
  }
  await page.locator('.opblock-tag[data-tag="auth"]').click()
  const summaries = await page.locator('.opblock-summary-description').allInnerTexts()
  t.ok(summaries.some((s) => s.includes('工作人员登录 / Staff sign-in')), 'Chinese and English summaries')

  // the sign-in operation opens with its error codes in both languages
  await page.locator('#operations-auth-postApiAuthLogin .opblock-summary').click()
  await page.locator('#operations-auth-postApiAuthLogin .responses-table').first().waitFor({ timeout: 30_000 })
  t.match(await page.locator('#operations-auth-postApiAuthLogin').innerText(), /bad_credentials[\s\S]*用户名或密码错误/)
  await page.screenshot({ path: path.join(SHOTS, 'api-docs.png') })

  t.same(foreign, [], 'nothing is loaded from another origin')
  t.same(problems.filter((p) => /Content Security Policy|Refused to/.test(p)), [], 'no CSP violation')
})
