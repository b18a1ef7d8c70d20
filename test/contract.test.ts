// Contract (issue 25): the main operations are called on the running app (as the DB role suqiu_app, on PostgreSQL) and
// every real answer is validated against the response schema the OpenAPI document declares for its status, with Ajv
// (JSON Schema 2020-12, as OpenAPI 3.1). A route whose answer drifts from its documented schema fails here.
import t from 'tap'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { LightMyRequestResponse } from 'fastify'
import { buildTestApp, signIn, unitOf } from './helper.js'

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>; components: Record<string, unknown> }

t.test('real answers of the main operations match their documented schemas', async (t) => {
  const { app, db } = await buildTestApp(t)
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as Doc
  const ajv = new Ajv2020.default({ strict: false, allErrors: true })
  addFormats.default(ajv)
  ajv.addSchema({ $id: 'doc', components: doc.components }, undefined, undefined, false)

  /** The answer's body against the schema documented for this operation and status; the errors, or [] when it fits. */
  const errorsOf = (method: string, path: string, status: number, body: unknown): string[] => {
    const schema = doc.paths[path]?.[method]?.responses[String(status)]?.content?.['application/json']?.schema
    if (!schema) return [`${method.toUpperCase()} ${path} documents no JSON answer for ${status}`]
    const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')))
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)
  }
  const check = (method: string, path: string, res: LightMyRequestResponse, status: number) => {
    t.equal(res.statusCode, status, `${method.toUpperCase()} ${path} answers ${status}: ${res.statusCode === status ? '' : res.body.slice(0, 300)}`)
    t.same(errorsOf(method, path, res.statusCode, res.json()), [], `${method.toUpperCase()} ${path} ${res.statusCode} fits its documented schema`)
    return res.json()
  }

  // a citizen submits, tracks and adds material
  const submitted = check('post', '/api/complaints', await app.inject({ method: 'POST', url: '/api/complaints', payload: {
    type: 'complaint', title: '小区路灯不亮', content: '五华区某小区门口的路灯坏了一周，晚上出行不安全，请尽快维修。', address: '五华区华山街道',
    complainant: { anonymous: false, name: '张三', phone: '13800138000' }, preferredChannel: 'sms',
  } }), 201) as { id: number; trackingCode: string; pin: string }
  const pin = { 'x-tracking-pin': submitted.pin }
  check('get', '/api/track/{code}', await app.inject({ method: 'GET', url: `/api/track/${submitted.trackingCode}`, headers: pin }), 200)
  check('post', '/api/track/{code}/messages', await app.inject({ method: 'POST', url: `/api/track/${submitted.trackingCode}/messages`, headers: pin, payload: { text: '补充：灯杆编号 WH-017。' } }), 201)
  check('get', '/api/track/{code}', await app.inject({ method: 'GET', url: '/api/track/NOSUCHCODE', headers: { 'x-tracking-pin': '000000' } }), 401)

  // staff sign in, list, open, route, register and dispatch
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  check('get', '/api/me', await dispatcher.get('/api/me'), 200)
  check('post', '/api/auth/login', await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: dispatcher.user.username, password: 'wrong password here' } }), 401)
  check('get', '/api/cases', await dispatcher.get('/api/cases?queue=all'), 200)
  check('get', '/api/cases/{id}', await dispatcher.get(`/api/cases/${submitted.id}`), 200)
  check('get', '/api/cases/{id}/routing', await dispatcher.get(`/api/cases/${submitted.id}/routing`), 200)
  const registered = check('post', '/api/cases/{id}/events', await dispatcher.post(`/api/cases/${submitted.id}/events`, { type: 'REGISTER', category: 'village_affairs' }), 200) as { version: number }
  const county = await unitOf(db, '530102')
  check('post', '/api/cases/{id}/events', await dispatcher.post(`/api/cases/${submitted.id}/events`, { type: 'DISPATCH', chain: [county.id], expectedVersion: registered.version }), 200)
  check('post', '/api/cases/{id}/events', await dispatcher.post(`/api/cases/${submitted.id}/events`, { type: 'SIGN' }), 403)
  check('get', '/api/cases/{id}', await dispatcher.get(`/api/cases/${submitted.id}`), 200)

  // the public: Open311 and the open statistics
  check('get', '/open311/v2/services.{format}', await app.inject({ method: 'GET', url: '/open311/v2/services.json' }), 200)
  check('get', '/open311/v2/requests.{format}', await app.inject({ method: 'GET', url: '/open311/v2/requests.json' }), 200)
  check('get', '/api/public/stats', await app.inject({ method: 'GET', url: '/api/public/stats' }), 200)
})

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
