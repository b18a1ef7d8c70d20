// The error codes the document lists for each route are the codes the route really answers (issue 25): every route is
// sent hostile and representative requests (no session, the wrong role, bogus ids, broken JSON, unknown fields, empty
// bodies) and each 4xx/5xx answer's `code` must be one its operation lists; every listed code is declared once in
// src/http/errors.ts.
import t from 'tap'
import { buildTestApp, signIn, type Session } from './helper.js'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { errors } from '../src/http/errors.js'
import { projectRoot } from '../src/paths.js'

function sources(dir: string): string[] {
  return readdirSync(path.join(projectRoot, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name))
}

type Operation = { 'x-error-codes'?: string[]; 'x-roles'?: string[]; requestBody?: unknown; parameters?: { in: string; name: string }[] }
type Doc = { paths: Record<string, Record<string, Operation>> }

const CITY = '530100'

/** Path parameters as a caller who guesses would send them: a number that names nothing, or a word. */
function fill(path: string, kind: 'number' | 'word'): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'format') return 'json'
    if (name === 'channel') return 'web'
    if (name === 'day') return '2026-01-01'
    if (name === 'n') return '1'
    return kind === 'number' ? '987654321' : 'zzz-nothing'
  })
}

t.test('every documented code is declared once in the error table', async (t) => {
  const { app } = await buildTestApp(t)
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as Doc
  const declared = new Set(Object.values(errors).map((make) => make().code))
  const missing = new Set<string>()
  for (const methods of Object.values(doc.paths)) for (const op of Object.values(methods)) for (const c of op['x-error-codes'] ?? []) if (!declared.has(c)) missing.add(c)
  t.same([...missing].sort(), [], 'codes the document lists that src/http/errors.ts does not declare')
  // a module words a declared code for its case with restate(errors.x, …); it never makes up a code of its own
  const strays = ['src', 'channels', 'workers'].flatMap(sources)
    .filter((f) => !f.endsWith(path.join('src', 'http', 'errors.ts')) && !f.includes(`${path.sep}web${path.sep}`))
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/new AppError\('([a-z_]+)'/g)].map((m) => `${path.relative(projectRoot, f)}: ${m[1]}`))
  t.same(strays, [], 'errors made outside the table')
  // an error body a module writes itself (a webhook's refusal, the websocket's) names a code the table declares
  const written = ['src', 'channels', 'workers'].flatMap(sources)
    .filter((f) => !f.endsWith(path.join('src', 'http', 'errors.ts')) && !f.includes(`${path.sep}web${path.sep}`))
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/error: \{ code: '([a-z_]+)'|refuse\([^,]+, \d{3}, '([a-z_]+)'/g)].map((m) => ({ f, code: m[1] ?? m[2] })))
  t.same(written.filter((w) => !declared.has(w.code)).map((w) => `${path.relative(projectRoot, w.f)}: ${w.code}`), [], 'error bodies written by hand with a code the table does not declare')
})

t.test('routes answer only the error codes their operation lists', async (t) => {
  const { app } = await buildTestApp(t)
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as Doc
  const sessions: Record<string, Session> = {
    admin: await signIn(app, 'admin', CITY), operator: await signIn(app, 'operator', CITY),
    officer: await signIn(app, 'officer', '530102'), inspector: await signIn(app, 'inspector', CITY),
  }
  const undocumented: string[] = []
  const serverErrors: string[] = []
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const listed = new Set(op['x-error-codes'] ?? [])
      const M = method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'DELETE'
      const attempts: { who: string | null; url: string; payload?: string; headers?: Record<string, string> }[] = []
      for (const kind of ['number', 'word'] as const) {
        const url = fill(path, kind)
        attempts.push({ who: null, url })
        for (const who of Object.keys(sessions)) {
          attempts.push({ who, url })
          if (M !== 'GET' && M !== 'DELETE') {
            attempts.push({ who, url, payload: '{"broken', headers: { 'content-type': 'application/json' } })
            attempts.push({ who, url, payload: JSON.stringify({ surprise: 'field', text: 'x' }), headers: { 'content-type': 'application/json' } })
          }
        }
      }
      for (const a of attempts) {
        const s = a.who ? sessions[a.who] : null
        const res = s
          ? await s.inject({ method: M, url: a.url, ...(a.payload !== undefined ? { payload: a.payload } : M !== 'GET' && M !== 'DELETE' ? { payload: {} } : {}), headers: a.headers })
          : await app.inject({ method: M, url: a.url, ...(a.payload !== undefined ? { payload: a.payload } : {}), headers: a.headers })
        if (res.statusCode < 400) continue
        const where = `${M} ${path} (${a.who ?? 'no session'}, ${a.url}${a.payload ? ' ' + a.payload : ''}) → ${res.statusCode}`
        if (res.statusCode >= 500 && res.statusCode !== 503) serverErrors.push(`${where} ${res.body.slice(0, 200)}`)
        let code: unknown
        try { code = (res.json() as { error?: { code?: unknown } }).error?.code } catch { code = undefined }
        // Open311 answers GeoReport v2's own error list, not this API's codes; TwiML and files are not JSON errors
        if (path.startsWith('/open311/') || typeof code !== 'string') continue
        if (!listed.has(code)) undocumented.push(`${where} ${code}`)
      }
    }
  }
  t.same(serverErrors, [], 'no route answers a guess with a 5xx')
  t.same([...new Set(undocumented)], [], 'every error a route answered is listed for it in the document')
})
