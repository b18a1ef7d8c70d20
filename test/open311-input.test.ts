// Open311 GeoReport v2 as clients send it (#19): a point or a photo URL without an address is stored, errors come in
// GeoReport's own shape, plain dates and status=all are understood, a retry without an idempotency key is flagged.
import t from 'tap'
import { buildTestApp, signIn } from './helper.js'

t.test('Open311 input', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const admin = await signIn(app, 'admin', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const key = (await admin.post('/api/api-keys', { label: 'SeeClickFix' })).json().key
  const post = (fields: Record<string, string>, format = 'json') => app.inject({
    method: 'POST', url: `/open311/v2/requests.${format}`, headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ api_key: key, service_code: 'municipal', ...fields }).toString(),
  })
  const [rule] = await sql`select category from routing_rules order by category limit 1`
  const code = rule.category as string

  // only a point, and a photo URL
  const point = await post({ service_code: code, description: '路灯不亮已经一周了', lat: '25.0452', long: '102.7101', media_url: 'https://img.example.com/p/123.jpg' })
  t.equal(point.statusCode, 201, point.body)
  const id = point.json()[0].service_request_id
  const [k] = await sql`select id, address, extra from complaints where case_number = ${id}`
  t.match(k.extra, { lat: 25.0452, long: 102.7101, mediaUrl: 'https://img.example.com/p/123.jpg' }, 'the point and the photo URL are stored')
  t.not(k.address, '昆明市')
  const view = (await dispatcher.get(`/api/cases/${k.id}`)).json()
  t.match(view.extra, { lat: 25.0452, long: 102.7101, mediaUrl: 'https://img.example.com/p/123.jpg' }, 'staff see them')
  const badPoint = await post({ service_code: code, description: '路灯不亮已经一周了', lat: '95', long: '102.7' })
  t.equal(badPoint.statusCode, 400)
  t.match(badPoint.json(), [{ code: 400, description: /lat/ }])

  // GeoReport error shapes, also for what the schema refuses
  const badDate = await app.inject({ method: 'GET', url: '/open311/v2/requests.json?start_date=yesterday' })
  t.equal(badDate.statusCode, 400)
  t.match(badDate.json(), [{ code: 400, description: String }])
  const badXml = await app.inject({ method: 'GET', url: '/open311/v2/requests.xml?status=pending' })
  t.equal(badXml.statusCode, 400)
  t.match(badXml.body, /^<\?xml[^>]*><errors><error><code>400<\/code><description>[^<]+<\/description><\/error><\/errors>$/)

  // plain dates and status=all
  for (const q of ['start_date=2026-12-01', 'start_date=2026-12-01&end_date=2027-01-01', 'status=all', 'status=open,closed']) {
    const res = await app.inject({ method: 'GET', url: `/open311/v2/requests.json?${q}` })
    t.equal(res.statusCode, 200, `${q}: ${res.body.slice(0, 200)}`)
  }

  // the same POST again without an idempotency key (a client's retry): a second case, flagged
  const body = { service_code: code, description: '垃圾桶满了没人清运', address_string: '昆明市五华区华山街道' }
  const first = (await post(body)).json()[0].service_request_id
  const retry = (await post(body)).json()[0].service_request_id
  t.not(retry, first)
  const [flagged] = await sql`select extra from complaints where case_number = ${retry}`
  t.match(flagged.extra, { likelyRetryOf: first })
  const [plain] = await sql`select extra from complaints where case_number = ${first}`
  t.notOk(plain.extra?.likelyRetryOf, 'the first is not flagged')
})
