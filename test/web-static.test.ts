// The console's static plugin on the real app: index.html, SPA fallback, long-cached assets, precompressed
// files, and API paths that keep their JSON 404.
import t from 'tap'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { buildTestApp } from './helper.js'
import webConsole from '../src/http/static.js'

function fakeBuild(t: { teardown(fn: () => unknown): void }): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'suqiu-web-'))
  t.teardown(() => rmSync(root, { recursive: true, force: true }))
  mkdirSync(path.join(root, 'assets'))
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><html lang="zh-CN"><title>诉求</title><div id="app"></div><script type="module" src="/assets/index-AbC123.js"></script></html>')
  const js = 'console.log("诉求工作台");'.repeat(100)
  writeFileSync(path.join(root, 'assets', 'index-AbC123.js'), js)
  writeFileSync(path.join(root, 'assets', 'index-AbC123.js.br'), brotliCompressSync(js))
  writeFileSync(path.join(root, 'assets', 'index-AbC123.js.gz'), gzipSync(js))
  writeFileSync(path.join(root, 'robots.txt'), 'User-agent: *\nDisallow: /\n')
  writeFileSync(path.join(root, 'portal.html'), '<!doctype html><html lang="zh-CN"><title>群众诉求</title><div id="app" data-page="portal"></div><script type="module" src="/assets/portal-XyZ789.js"></script></html>')
  writeFileSync(path.join(root, 'assets', 'portal-XyZ789.js'), 'console.log("我要反映");')
  return root
}

t.test('serves the console, falls back to index.html, keeps API 404s as JSON', async (t) => {
  const root = fakeBuild(t)
  const { app } = await buildTestApp(t)
  await app.register(webConsole, { root })

  const index = await app.inject({ method: 'GET', url: '/' })
  t.equal(index.statusCode, 200)
  t.match(index.headers['content-type'], /text\/html/)
  t.equal(index.headers['cache-control'], 'no-store', 'index.html is never cached')
  t.match(index.headers['content-security-policy'], /script-src 'self'/)
  t.match(index.body, /诉求/)

  for (const url of ['/work', '/cases/42', '/admin/users?x=1', '/login']) {
    const res = await app.inject({ method: 'GET', url })
    t.equal(res.statusCode, 200, `${url} falls back to the console`)
    t.match(res.body, /<div id="app">/)
    t.equal(res.headers['cache-control'], 'no-store')
  }

  const asset = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js' })
  t.equal(asset.statusCode, 200)
  t.match(asset.headers['content-type'], /javascript/)
  t.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable', 'hashed assets are cached for a year')

  const br = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'br, gzip' } })
  t.equal(br.headers['content-encoding'], 'br', 'the precompressed file is sent')
  t.match(br.headers['content-type'], /javascript/)
  const gz = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip' } })
  t.equal(gz.headers['content-encoding'], 'gzip')

  const robots = await app.inject({ method: 'GET', url: '/robots.txt' })
  t.equal(robots.statusCode, 200)
  t.equal(robots.headers['cache-control'], 'public, max-age=3600')

  const missingAsset = await app.inject({ method: 'GET', url: '/assets/index-Old999.js' })
  t.equal(missingAsset.statusCode, 404, 'a missing script is a 404, not HTML')
  t.match(missingAsset.headers['content-type'], /application\/json/)

  const api = await app.inject({ method: 'GET', url: '/api/no-such-route' })
  t.equal(api.statusCode, 404)
  t.match(api.headers['content-type'], /application\/json/)
  t.match(api.json(), { error: { code: 'not_found', requestId: String } }, 'the API keeps its JSON 404')

  const apiDeep = await app.inject({ method: 'GET', url: '/api' })
  t.equal(apiDeep.statusCode, 404)
  t.match(apiDeep.json(), { error: { code: 'not_found' } })

  const cases = await app.inject({ method: 'GET', url: '/api/cases' })
  t.equal(cases.statusCode, 401, 'real API routes still answer')
  t.match(cases.json(), { error: { code: 'unauthenticated' } })

  const health = await app.inject({ method: 'GET', url: '/health' })
  t.same(health.json(), { status: 'ok' })

  const post = await app.inject({ method: 'POST', url: '/cases/42', payload: {} })
  t.equal(post.statusCode, 404, 'only GET falls back')
  t.match(post.json(), { error: { code: 'not_found' } })

  for (const url of ['/..%2f..%2fetc%2fpasswd', '/assets/..%2f..%2fpackage.json', '/%2e%2e/package.json']) {
    const res = await app.inject({ method: 'GET', url })
    t.equal(res.statusCode, 404, `${url} is refused`)
    t.notMatch(res.body, /"name"/)
  }

  const head = await app.inject({ method: 'HEAD', url: '/cases/1' })
  t.equal(head.statusCode, 200, 'HEAD works for pages')
})

t.test('the citizens\' portal: /portal and /portal/* answer portal.html with the console\'s headers', async (t) => {
  const root = fakeBuild(t)
  const { app } = await buildTestApp(t)
  await app.register(webConsole, { root })

  // the portal holds a tracking code and PIN in memory, the console a signed-in session: both pages carry these values
  for (const url of ['/', '/portal', '/portal/', '/portal/submit', '/portal/track', '/portal/open', '/portal/no/such/page', '/portal.html']) {
    const res = await app.inject({ method: 'GET', url })
    t.equal(res.statusCode, 200, `${url} answers`)
    if (url !== '/') t.match(res.body, /data-page="portal"/, `${url} is the portal's page`)
    t.equal(res.headers['cache-control'], 'no-store', `${url} is never cached`)
    t.equal(res.headers['x-content-type-options'], 'nosniff', `${url}: X-Content-Type-Options nosniff`)
    t.equal(res.headers['x-frame-options'], 'DENY', `${url}: never framed (X-Frame-Options)`)
    t.match(String(res.headers['referrer-policy']), /^(same-origin|no-referrer)$/, `${url}: no Referer to other sites`)
    const csp = new Map(String(res.headers['content-security-policy'] ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]))
    t.same(csp.get('default-src'), ["'self'"], `${url}: CSP default-src 'self'`)
    t.same(csp.get('script-src'), ["'self'"], `${url}: CSP scripts from the origin only, none inline`)
    t.same(csp.get('connect-src'), ["'self'"], `${url}: CSP connects to the origin only`)
    t.same(csp.get('frame-ancestors'), ["'none'"], `${url}: CSP frame-ancestors 'none'`)
    t.same(csp.get('object-src'), ["'none'"], `${url}: CSP object-src 'none'`)
    t.same(csp.get('base-uri'), ["'self'"], `${url}: CSP base-uri 'self'`)
  }
  const tracked = await app.inject({ method: 'GET', url: '/portal/track?x=1' })
  t.match(tracked.body, /data-page="portal"/, 'a query string does not change the page')

  for (const url of ['/portalx', '/portals/track', '/work', '/index.html']) {
    const res = await app.inject({ method: 'GET', url })
    t.equal(res.statusCode, 200)
    t.notMatch(res.body, /data-page="portal"/, `${url} stays the console's`)
    t.match(res.body, /<div id="app">/)
  }

  const asset = await app.inject({ method: 'GET', url: '/assets/portal-XyZ789.js' })
  t.equal(asset.statusCode, 200, 'the portal\'s assets are shared under /assets/')
  t.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable')
  const missing = await app.inject({ method: 'GET', url: '/portal/missing.js' })
  t.equal(missing.statusCode, 404, 'a missing file under /portal/ is a 404, not HTML')
  t.match(missing.json(), { error: { code: 'not_found' } })
  const traversal = await app.inject({ method: 'GET', url: '/portal/..%2f..%2fpackage.json' })
  t.equal(traversal.statusCode, 404)
  const post = await app.inject({ method: 'POST', url: '/portal/submit', payload: {} })
  t.equal(post.statusCode, 404, 'only GET falls back')
})

t.test('a missing portal build says how to make one, the console still answers', async (t) => {
  const root = fakeBuild(t)
  rmSync(path.join(root, 'portal.html'))
  const { app } = await buildTestApp(t)
  await app.register(webConsole, { root })
  const res = await app.inject({ method: 'GET', url: '/portal/track' })
  t.equal(res.statusCode, 503)
  t.match(res.body, /npm run build:web/)
  t.equal(res.headers['cache-control'], 'no-store')
  t.equal((await app.inject({ method: 'GET', url: '/work' })).statusCode, 200)
})

t.test('a missing build says how to make one', async (t) => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'suqiu-web-empty-'))
  t.teardown(() => rmSync(root, { recursive: true, force: true }))
  const { app } = await buildTestApp(t)
  await app.register(webConsole, { root })
  const res = await app.inject({ method: 'GET', url: '/work' })
  t.equal(res.statusCode, 503)
  t.match(res.body, /npm run build:web/)
  t.equal(res.headers['cache-control'], 'no-store')
  const api = await app.inject({ method: 'GET', url: '/api/nothing' })
  t.equal(api.statusCode, 404)
})
