// Contract (issue 25): the OpenAPI document's request examples of the main operations are sent to the running app (as
// the DB role suqiu_app, on PostgreSQL; path parameters, ids and keys from the test's own fixtures) and every real
// answer is validated against the response schema the document declares for its status, with Ajv (JSON Schema
// 2020-12, as OpenAPI 3.1). Every example in the document is checked against its own schema, so none can drift.
import t from 'tap'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { ROUTE_DOCS } from '../src/http/openapi-routes.js'
import { buildTestApp, sendEvent, signIn, unitOf, type Session } from './helper.js'

type Media = { schema?: unknown; example?: unknown; examples?: Record<string, { summary: string; value: unknown }> }
type Operation = {
  parameters?: { in: string; name: string; example?: unknown }[]
  requestBody?: { content: Record<string, Media> }
  responses: Record<string, { content?: Record<string, Media> }>
}
type Doc = { paths: Record<string, Record<string, Operation>>; components: Record<string, unknown> }

/** Ajv over the document's components: `validatorOf(schema)` checks a value against a schema of the document. */
function validatorsFor(doc: Doc) {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true })
  addFormats.default(ajv)
  ajv.addSchema({ $id: 'doc', components: doc.components }, undefined, undefined, false)
  return (schema: unknown) => {
    const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')))
    return (value: unknown): string[] => validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)
  }
}

/** What the caller fills in an example: path parameters and the fixture's own values over the body (ids, keys, passwords). */
interface Fill { params?: Record<string, string | number>; example?: string; over?: Record<string, unknown>; headers?: Record<string, string> }

t.test('the document\'s request examples, sent to the running app, answer as documented', async (t) => {
  const { app, db } = await buildTestApp(t)
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as Doc
  const validatorOf = validatorsFor(doc)

  /** The answer's body against the schema documented for this operation and status; the errors, or [] when it fits. */
  const errorsOf = (method: string, path: string, status: number, body: unknown): string[] => {
    const schema = doc.paths[path]?.[method]?.responses[String(status)]?.content?.['application/json']?.schema
    if (!schema) return [`${method.toUpperCase()} ${path} documents no JSON answer for ${status}`]
    return validatorOf(schema)(body)
  }
  const check = (method: string, path: string, res: LightMyRequestResponse, status: number) => {
    t.equal(res.statusCode, status, `${method.toUpperCase()} ${path} answers ${status}: ${res.statusCode === status ? '' : res.body.slice(0, 300)}`)
    t.same(errorsOf(method, path, res.statusCode, res.json()), [], `${method.toUpperCase()} ${path} ${res.statusCode} fits its documented schema`)
    return res.json()
  }
  /** The request the document's example makes: its path filled from the fixtures, its query example, its body example. */
  const exampleRequest = (method: string, path: string, fill: Fill): InjectOptions => {
    const op = doc.paths[path]?.[method]
    if (!op) throw new Error(`${method} ${path} is not in the document`)
    const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = fill.params?.[name]
      if (value === undefined) throw new Error(`${method} ${path}: no fixture for {${name}}`)
      return encodeURIComponent(String(value))
    })
    const query = new URLSearchParams()
    for (const p of op.parameters ?? []) if (p.in === 'query' && p.example !== undefined) query.set(p.name, String(p.example))
    const headers: Record<string, string> = { ...fill.headers }
    const [mediaType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? []
    let payload: InjectOptions['payload']
    if (media) {
      const name = fill.example ?? Object.keys(media.examples ?? {})[0]
      const value = media.examples?.[name]?.value as Record<string, unknown> | undefined
      if (!value) throw new Error(`${method} ${path} has no request example ${name ?? ''}`)
      const body = { ...value, ...fill.over }
      headers['content-type'] = mediaType
      payload = mediaType === 'application/x-www-form-urlencoded' ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body)
    }
    return { method: method.toUpperCase() as InjectOptions['method'], url: query.size ? `${url}?${query}` : url, headers, payload }
  }
  const send = async (who: Session | null, method: string, path: string, fill: Fill, status: number) =>
    check(method, path, await (who ? who.inject(exampleRequest(method, path, fill)) : app.inject(exampleRequest(method, path, fill))), status)

  // a citizen submits, tracks and adds material
  const submitted = await send(null, 'post', '/api/complaints', {}, 201) as { id: number; trackingCode: string; pin: string }
  const tracking = { params: { code: submitted.trackingCode }, headers: { 'x-tracking-pin': submitted.pin } }
  await send(null, 'get', '/api/track/{code}', tracking, 200)
  await send(null, 'post', '/api/track/{code}/messages', tracking, 201)
  check('get', '/api/track/{code}', await app.inject({ method: 'GET', url: '/api/track/NOSUCHCODE', headers: { 'x-tracking-pin': '000000' } }), 401)

  // staff sign in, list, open, register and dispatch
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const countyStaff = await signIn(app, 'supervisor', '530102')
  await send(null, 'post', '/api/auth/login', { over: { username: dispatcher.user.username, password: 'correct horse battery' } }, 200)
  check('post', '/api/auth/login', await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: dispatcher.user.username, password: 'wrong password here' } }), 401)
  await send(dispatcher, 'get', '/api/me', {}, 200)
  await send(dispatcher, 'get', '/api/cases', {}, 200)
  const ofCase = { params: { id: submitted.id } }
  await send(dispatcher, 'get', '/api/cases/{id}', ofCase, 200)
  check('get', '/api/cases/{id}/routing', await dispatcher.get(`/api/cases/${submitted.id}/routing`), 200)
  const registered = await send(dispatcher, 'post', '/api/cases/{id}/events', { ...ofCase, example: 'REGISTER' }, 200) as { version: number }
  const county = await unitOf(db, '530102')
  await send(dispatcher, 'post', '/api/cases/{id}/events', { ...ofCase, example: 'DISPATCH', over: { chain: [county.id], expectedVersion: registered.version } }, 200)
  check('post', '/api/cases/{id}/events', await dispatcher.post(`/api/cases/${submitted.id}/events`, { type: 'SIGN' }), 403)
  check('get', '/api/cases/{id}', await dispatcher.get(`/api/cases/${submitted.id}`), 200)

  // the district handles it, the centre approves and answers, the citizen rates the result
  for (const [who, event] of [
    [countyStaff, { type: 'SIGN' }], [countyStaff, { type: 'SUBMIT_REPLY', text: '已安排五华区路灯所更换灯具，已恢复照明。', resolved: true }],
    [dispatcher, { type: 'APPROVE_REPLY' }], [operator, { type: 'SEND_FEEDBACK', text: '您反映的翠湖北路路灯已更换灯具，恢复照明。', channel: 'sms' }],
  ] as const) check('post', '/api/cases/{id}/events', await sendEvent(who, submitted.id, event), 200)
  const rated = await send(null, 'post', '/api/track/{code}/evaluation', tracking, 200) as { state: string }
  t.equal(rated.state, 'closed', 'the rating closes the case')

  // the public: Open311 (a civic tool posts with the api_key an admin issued) and the open statistics
  const admin = await signIn(app, 'admin', '530100')
  const issued = (await admin.post('/api/api-keys', { label: '昆明市民热线小程序' })).json() as { key: string }
  const json = { params: { format: 'json' } }
  await send(null, 'get', '/open311/v2/services.{format}', json, 200)
  await send(null, 'get', '/open311/v2/requests.{format}', json, 200)
  await send(null, 'post', '/open311/v2/requests.{format}', { ...json, over: { api_key: issued.key } }, 201)
  await send(null, 'get', '/api/public/stats', {}, 200)
})

t.test('every example in the document fits the schema it stands beside', async (t) => {
  const { app } = await buildTestApp(t)
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as Doc
  const validatorOf = validatorsFor(doc)
  let shown = 0
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const where = `${method.toUpperCase()} ${path}`
      for (const p of op.parameters ?? []) {
        if (p.example === undefined) continue
        shown++
        t.same(validatorOf((p as { schema?: unknown }).schema ?? {})(p.in === 'path' || p.in === 'query' ? coerce(p.example, (p as { schema?: { type?: string } }).schema?.type) : p.example), [], `${where}: the example of ${p.in} ${p.name} fits`)
      }
      for (const [mediaType, media] of Object.entries(op.requestBody?.content ?? {})) {
        for (const [name, { value }] of Object.entries(media.examples ?? {})) {
          shown++
          t.same(validatorOf(media.schema)(value), [], `${where}: the request example ${name} (${mediaType}) fits its schema`)
        }
      }
      for (const [status, response] of Object.entries(op.responses)) {
        for (const media of Object.values(response.content ?? {})) {
          if (media.example === undefined) continue
          shown++
          t.same(validatorOf(media.schema)(media.example), [], `${where}: the ${status} example fits its schema`)
        }
      }
    }
  }
  // every example a route doc declares is shown (none dropped for a status or media type the route does not answer)
  let declared = 0
  for (const d of Object.values(ROUTE_DOCS)) {
    const ex = d.examples
    if (!ex) continue
    declared += Object.keys(ex.body ?? {}).length + Object.keys(ex.responses ?? {}).length + Object.keys(ex.query ?? {}).length + Object.keys(ex.params ?? {}).length
  }
  t.ok(declared >= 30, `the main operations have examples (${declared})`)
  t.equal(shown, declared, 'the document shows every declared example')

  // and a drifted example would be caught
  const submit = doc.paths['/api/complaints'].post.responses['201'].content!['application/json']
  const { trackingCode: _dropped, ...withoutCode } = submit.example as Record<string, unknown>
  t.notSame(validatorOf(submit.schema)(withoutCode), [], 'an example without its tracking code does not fit')
})

/** A path or query example is text on the wire; its schema may say integer. */
function coerce(value: unknown, type: string | undefined): unknown {
  return (type === 'integer' || type === 'number') && typeof value === 'string' ? Number(value) : value
}

t.test('the check fails on an answer that drifted from its schema', async (t) => {
  const { app } = await buildTestApp(t)
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as Doc
  const ajv = new Ajv2020.default({ strict: false })
  addFormats.default(ajv)
  const schema = doc.paths['/api/complaints'].post.responses['201'].content!['application/json'].schema
  const validate = ajv.compile(schema as object)
  t.ok(validate({ id: 1, caseNumber: 'KM1', trackingCode: 'ABC', pin: '123456', state: 'intake', possibleDuplicateOf: null, next: '…' }), 'the documented shape fits')
  t.notOk(validate({ id: 1, caseNumber: 'KM1', pin: '123456', state: 'intake', next: '…' }), 'an answer without its tracking code does not')
  t.notOk(validate({ id: '1', caseNumber: 'KM1', trackingCode: 'ABC', pin: '123456', state: 'somewhere', next: '…' }), 'nor one with a state the machine does not have')
})
