// The document shows the bodies of the routes that read their own multipart form (issue 25): a citizen's submission and
// added material take JSON, or multipart with the same JSON in `data` and the files; both are sent as documented.
import t from 'tap'
import { buildTestApp } from './helper.js'

type Media = { schema: { properties?: Record<string, { type?: string; items?: { format?: string }; description?: string }>; required?: string[] } }
type Op = { requestBody?: { content: Record<string, Media> } }

t.test('multipart routes declare their JSON and multipart bodies', async (t) => {
  const { app } = await buildTestApp(t)
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, Op>> }
  const cases: [string, string[]][] = [['/api/complaints', ['type', 'content', 'complainant']], ['/api/track/{code}/messages', ['text']]]
  for (const [path, jsonFields] of cases) {
    const content = doc.paths[path]?.post?.requestBody?.content
    t.ok(content, `${path} declares a request body`)
    if (!content) continue
    const json = content['application/json']?.schema
    t.ok(json, `${path} takes JSON`)
    for (const f of jsonFields) t.ok(json?.properties?.[f], `${path}: the JSON body names ${f}`)
    const form = content['multipart/form-data']?.schema
    t.ok(form, `${path} takes multipart/form-data`)
    t.equal(form?.properties?.data?.type, 'string', `${path}: the form's data field holds the JSON`)
    t.equal(form?.properties?.files?.items?.format, 'binary', `${path}: the form's files are binary`)
  }
})

t.test('the documented bodies are the ones the routes take, as JSON and as multipart', async (t) => {
  const { app } = await buildTestApp(t)
  const form = { type: 'request', content: '小区门口路灯坏了三天，晚上很黑，请尽快修理。', complainant: { anonymous: true } }
  const json = await app.inject({ method: 'POST', url: '/api/complaints', payload: form })
  t.equal(json.statusCode, 201, json.body)
  const boundary = '----suqiu' + Date.now()
  const parts = [
    `--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${JSON.stringify(form)}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="note.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n`,
    `--${boundary}--\r\n`,
  ]
  const multi = await app.inject({ method: 'POST', url: '/api/complaints', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: parts.join('') })
  t.equal(multi.statusCode, 201, multi.body)
  const { trackingCode, pin } = multi.json() as { trackingCode: string; pin: string }
  const added = await app.inject({ method: 'POST', url: `/api/track/${trackingCode}/messages`, headers: { 'x-tracking-pin': pin }, payload: { text: '补充：路灯编号 A-17。' } })
  t.equal(added.statusCode, 201, added.body)
  t.match(added.json(), { id: Number, at: String, attachments: [] }, 'the answer names the material and when it came')
})
