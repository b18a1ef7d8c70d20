// Every route the app registers gets the hostile corpus (test/fixtures/hostile): a 4xx with a stable code and a
// Chinese message, or a 2xx where the input happens to be valid; never a 5xx, never a hang; healthy afterwards.
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { buildApp } from '../src/app.js'
import { testConfig, testDatabase, signIn, logComplaint, type Session } from './helper.js'
import { ROLES, type Role } from '../src/auth/roles.js'

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'hostile')
const stringsFile = JSON.parse(readFileSync(path.join(dir, 'strings.json'), 'utf8')) as Record<string, unknown>
const repeat = stringsFile._repeat as Record<string, number>
const hostileStrings = Object.entries(stringsFile).filter(([k]) => !k.startsWith('_')).map(([name, v]) => {
  const s = v as string
  return { name, value: repeat[name] ? s.repeat(Math.ceil(repeat[name] / Buffer.byteLength(s))) : s }
})
// in URLs (path parameters, query strings) the text that matters there; every string goes into bodies
const URL_STRINGS = ['nul', 'lone_high_surrogate', 'lone_low_surrogate', 'rtl_override', 'path_traversal', 'crlf', 'sql_quote']
const urlValues = (numbersText: string[]) => [...numbersText, ...hostileStrings.filter((s) => URL_STRINGS.includes(s.name)).map((s) => urlText(s.value))]
const numbers = JSON.parse(readFileSync(path.join(dir, 'numbers.json'), 'utf8')) as { json: string[]; text: string[] }
const rawBodies = readdirSync(dir).filter((f) => f.endsWith('.json') && !['strings.json', 'numbers.json'].includes(f))
  .map((f) => ({ name: f, body: readFileSync(path.join(dir, f)) }))
const multipartBodies = readdirSync(dir).filter((f) => f.startsWith('multipart-')).map((f) => ({ name: f, body: readFileSync(path.join(dir, f)) }))

/** Percent-encoding that also writes lone surrogates (as their WTF-8 bytes), which encodeURIComponent refuses. */
function urlText(s: string): string {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[^]/gu, (c) => {
    if (c.length > 1 || !/[\ud800-\udfff]/.test(c)) return encodeURIComponent(c)
    const u = c.charCodeAt(0)
    return [0xe0 | (u >> 12), 0x80 | ((u >> 6) & 0x3f), 0x80 | (u & 0x3f)].map((b) => '%' + b.toString(16).toUpperCase()).join('')
  })
}

const PER_REQUEST_MS = 15_000
const CJK = /[\u4e00-\u9fff]/

type JsonSchema = Record<string, unknown> & { type?: string; properties?: Record<string, JsonSchema>; required?: string[] }

/** A value the schema accepts (enough to get past validation), or the kitchen-sink form for routes that read their own body. */
function sample(s: JsonSchema | undefined, id: number, depth = 0): unknown {
  if (!s || depth > 8) return undefined
  if ('const' in s) return s.const
  if (Array.isArray(s.enum)) return s.enum[0]
  if (s.default !== undefined) return s.default
  const alt = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined
  if (alt) return sample(alt[0], id, depth + 1)
  switch (s.type) {
    case 'object': return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(v, id, depth + 1)]).filter(([, v]) => v !== undefined))
    case 'array': return Array.from({ length: Math.max(1, Number(s.minItems ?? 1)) }, () => sample(s.items as JsonSchema, id, depth + 1))
    case 'integer': case 'number': return Math.max(Number(s.minimum ?? id), Math.min(id, Number(s.maximum ?? id)))
    case 'boolean': return true
    case 'string': {
      if (typeof s.pattern === 'string') {
        const re = new RegExp(s.pattern)
        return ['530102001001', '530100', '2026-03-02', 'complaint', 'general', 'abc_def', 'A1b2C3d4e5', '+8613912345678'].find((c) => re.test(c)) ?? 'x'
      }
      if (s.format === 'date-time') return '2026-03-02T08:00:00Z'
      if (s.format === 'date') return '2026-03-02'
      if (s.format === 'email') return 'a@example.com'
      return 'x'.repeat(Math.max(1, Number(s.minLength ?? 1)))
    }
    default: return undefined
  }
}

/** The form of the complaint routes that read their own body (multipart or JSON). */
const KITCHEN_SINK = {
  type: 'complaint', content: '路灯坏了三天', address: '昆明市五华区', title: '路灯', text: '内容', reason: '理由', note: '备注', name: '名称',
  label: '标签', externalId: 'ext-1', username: 'nobody', password: 'nothing-here-1', q: '路灯', unitId: 1, page: 1,
  complainant: { anonymous: false, name: '李四', phone: '13912345678', address: '翠湖' },
}

const NUMBER_MARK = '__hostile_number__'
/** Replaces every free-text string leaf (no pattern, enum or format) with `text`, every number with a marker. */
function poison(value: unknown, s: JsonSchema | undefined, text: string | null, num: string | null): unknown {
  if (typeof value === 'string') return text !== null && !(s && (s.pattern || s.enum || s.format || 'const' in s)) ? text : value
  if (typeof value === 'number') return num !== null ? NUMBER_MARK : value
  if (Array.isArray(value)) return value.map((v) => poison(v, s?.items as JsonSchema, text, num))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, s?.properties?.[k], text, num)]))
  }
  return value
}
const jsonWithNumber = (value: unknown, num: string | null) => {
  const json = JSON.stringify(value)
  return num === null ? json : json.replaceAll(JSON.stringify(NUMBER_MARK), num)
}

t.test('hostile corpus against every route', async (t) => {
  const started = Date.now()
  // the webhooks configured, so their signature checks (not a 'not configured' 503) meet the corpus
  const config = testConfig(t, { FAX_WEBHOOK_SECRET: 'hostile-fax-secret-0123456789', TWILIO_ACCOUNT_SID: 'AC' + '0'.repeat(32), TWILIO_AUTH_TOKEN: 'hostile-twilio-token' })
  const logger = process.env.SUQIU_TEST_LOG ? { level: process.env.SUQIU_TEST_LOG, file: '/tmp/hostile-app.log' } : false
  const app = await buildApp({ config, databaseUrl: await testDatabase(t), logger, rateLimitAllowList: ['127.0.0.1'] })
  t.teardown(() => app.close())
  await app.ready()

  const sessions = new Map<Role, Session>()
  const sessionFor = async (role: Role) => {
    if (!sessions.has(role)) sessions.set(role, await signIn(app, role, '530100'))
    return sessions.get(role)!
  }
  // every role signed in before the corpus: its failed sign-ins slow down this address (src/auth/sign-in.ts)
  for (const role of ROLES) await sessionFor(role)
  const operator = await sessionFor('operator')
  const created = await logComplaint(operator)
  const caseId = created.id

  const routes = app.routeList.filter((r) => r.method !== 'OPTIONS')
  let requests = 0
  const failures: string[] = []

  async function send(label: string, opts: InjectOptions, session: Session | null): Promise<LightMyRequestResponse | null> {
    requests++
    const inject = session ? session.inject(opts) : app.inject(opts)
    let timer: NodeJS.Timeout | undefined
    const res = await Promise.race([inject, new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), PER_REQUEST_MS) })])
    clearTimeout(timer)
    if (!res) { failures.push(`${label}: no answer within ${PER_REQUEST_MS} ms`); return null }
    if (res.statusCode >= 500) failures.push(`${label}: ${res.statusCode} ${res.body.slice(0, 200)}`)
    else if (res.statusCode >= 400 && !stableError(res)) failures.push(`${label}: ${res.statusCode} without a stable code and a Chinese message: ${res.body.slice(0, 200)}`)
    return res
  }

  const slowest: { route: string; ms: number }[] = []
  for (const route of routes) {
    const routeStarted = Date.now()
    const schema = (route.schema ?? {}) as Record<string, JsonSchema>
    const paramNames = [...route.url.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1])
    const paramsSample = (sample(schema.params, caseId) ?? {}) as Record<string, unknown>
    const urlWith = (values: Record<string, string>) => route.url
      .replace(/:([A-Za-z_]+)/g, (_, name: string) => values[name] ?? encodeURIComponent(String(paramsSample[name] ?? caseId)))
      .replace(/\*$/, values['*'] ?? 'index.html')
    const baseUrl = urlWith({})
    const hasBody = !['GET', 'DELETE'].includes(route.method)
    const bodySchema = schema.body
    const validBody = bodySchema ? sample(bodySchema, caseId) : KITCHEN_SINK
    const querySchema = schema.querystring
    const queryKeys = [...new Set([...Object.keys(querySchema?.properties ?? {}), 'q', 'page', 'pageSize', 'unitId'])]

    // the session of a role the route accepts: ask once with a valid body, as an admin
    let session: Session | null = route.url === '/api/auth/logout' ? null : await sessionFor('admin')
    const probe = await send(`${route.method} ${baseUrl} (probe)`, { method: route.method as InjectOptions['method'], url: baseUrl, ...(hasBody ? { payload: validBody as object } : {}) }, session)
    const allowed = (parseJson(probe?.body)?.error?.allowedRoles as Role[] | undefined)
    if (allowed?.length && session) session = await sessionFor(allowed[0])
    const label = (what: string) => `${route.method} ${route.url} [${what}]`
    const m = route.method as InjectOptions['method']

    const queue: (() => Promise<unknown>)[] = []
    for (const name of paramNames.length ? urlValues(numbers.text) : []) {
      queue.push(() => send(label(`param ${name.slice(0, 30)}`), { method: m, url: urlWith(Object.fromEntries(paramNames.map((p) => [p, name]))) }, session))
    }
    if (route.url.endsWith('*')) {
      for (const p of ['../../../../etc/passwd', '..%2F..%2F..%2Fetc%2Fpasswd', '%2e%2e/%2e%2e/package.json', 'a%00.html']) queue.push(() => send(label(`path ${p}`), { method: m, url: urlWith({ '*': p }) }, session))
    }
    // query strings where a route reads them: every value where its schema names keys, a few on other GETs
    const queryValues = querySchema ? urlValues(numbers.text) : route.method === 'GET' ? urlValues(['1e300', 'Infinity', '9223372036854775808']) : []
    for (const v of queryValues) {
      queue.push(() => send(label(`query ${v.slice(0, 30)}`), { method: m, url: `${baseUrl}?${queryKeys.map((k) => `${k}=${v}`).join('&')}`, ...(hasBody ? { payload: validBody as object } : {}) }, session))
    }
    if (hasBody) {
      for (const s of hostileStrings) {
        queue.push(() => send(label(`text ${s.name}`), { method: m, url: baseUrl, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(poison(validBody, bodySchema, s.value, null)) }, session))
      }
      for (const n of numbers.json) {
        queue.push(() => send(label(`number ${n}`), { method: m, url: baseUrl, headers: { 'content-type': 'application/json' }, payload: jsonWithNumber(poison(validBody, bodySchema, null, n), n) }, session))
      }
      for (const b of rawBodies) {
        queue.push(() => send(label(b.name), { method: m, url: baseUrl, headers: { 'content-type': 'application/json' }, payload: b.body }, session))
      }
      const deep = 10_000
      queue.push(() => send(label('deep arrays'), { method: m, url: baseUrl, headers: { 'content-type': 'application/json' }, payload: '['.repeat(deep) + ']'.repeat(deep) }, session))
      queue.push(() => send(label('deep objects'), { method: m, url: baseUrl, headers: { 'content-type': 'application/json' }, payload: '{"a":'.repeat(deep) + '1' + '}'.repeat(deep) }, session))
      for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'application/octet-stream', 'application/json; charset=utf-16']) {
        queue.push(() => send(label(`content-type ${type}`), { method: m, url: baseUrl, headers: { 'content-type': type }, payload: 'content=%00&a[__proto__][x]=1' }, session))
      }
      for (const b of multipartBodies) {
        const type = b.name === 'multipart-garbage.txt' ? 'multipart/form-data' : 'multipart/form-data; boundary=XBOUNDARY'
        queue.push(() => send(label(b.name), { method: m, url: baseUrl, headers: { 'content-type': type }, payload: b.body }, session))
      }
    }
    await inParallel(queue, 6)
    slowest.push({ route: `${route.method} ${route.url}`, ms: Date.now() - routeStarted })
  }

  const health = await app.inject({ method: 'GET', url: '/health' })
  t.equal(health.statusCode, 200, 'healthy after the corpus')
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  t.comment(`hostile corpus: ${routes.length} routes, ${requests} requests in ${seconds} s`)
  console.log(`# hostile corpus: ${routes.length} routes, ${requests} requests in ${seconds} s`)
  t.comment('slowest routes: ' + slowest.sort((a, b) => b.ms - a.ms).slice(0, 5).map((r) => `${r.route} ${r.ms} ms`).join(', '))
  t.ok(routes.length >= 50, `the route list comes from Fastify (${routes.length} routes)`)
  // one line per route and answer, so a broken route reads as one finding
  const byKind = new Map<string, { n: number; example: string }>()
  for (const f of failures) {
    const key = f.replace(/ \[[^\]]*\]/, '').replace(/ \(probe\)/, '').replace(/requestId[^,}]*/, '').slice(0, 160)
    const seen = byKind.get(key)
    if (seen) seen.n++
    else byKind.set(key, { n: 1, example: f.slice(0, 300) })
  }
  t.same([...byKind.values()].map((k) => `${k.n}× ${k.example}`), [], `no 5xx, no hang, every 4xx with a stable code and a Chinese message (${failures.length} failures)`)
})

/** Runs the thunks with at most `width` in flight. */
async function inParallel(thunks: (() => Promise<unknown>)[], width: number): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < thunks.length) await thunks[next++]()
  }))
}

function parseJson(text: string | undefined): { error?: Record<string, unknown> } | null {
  try { return text ? JSON.parse(text) : null } catch { return null }
}

/** `{ error: { code, message } }` with a Chinese message, or Open311's `[{ code, description }]`, or its XML. */
function stableError(res: LightMyRequestResponse): boolean {
  const type = String(res.headers['content-type'] ?? '')
  if (type.includes('xml')) return /<code>\d+<\/code>/.test(res.body) && CJK.test(res.body)
  let body: unknown
  try { body = res.json() } catch { return false }
  if (Array.isArray(body)) return body.every((e) => typeof e?.code === 'number' && CJK.test(String(e?.description ?? '')))
  const err = (body as { error?: { code?: unknown; message?: unknown } })?.error
  return typeof err?.code === 'string' && /^[a-z][a-z0-9_]*$/.test(err.code) && CJK.test(String(err.message ?? ''))
}
