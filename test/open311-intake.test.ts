// A GeoReport v2 POST (/open311/v2/requests.json) carries the citizen's first_name, last_name, phone and email:
// like every other channel's raw form they are kept only encrypted (issue 16, identity sealed at rest), the
// complainant is found again by the keyed hash of the phone and e-mail, and the posted point stays readable
// for the public feed (published rounded).
import t from 'tap'
import { decrypt, keyedHash } from '../src/privacy/crypto.js'
import { buildTestApp, signIn } from './helper.js'

const FIRST = '小明'
const LAST = '王'
const PHONE = '13911112222'
const EMAIL = 'wang.xiaoming.4471@example.org'
const ADDRESS = '昆明市五华区华山街道翠湖西路8号302'

t.test('an Open311 request keeps the citizen identity only sealed', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const admin = await signIn(app, 'admin', '530100')
  const issued = await admin.post('/api/api-keys', { label: '城市服务小程序' })
  t.equal(issued.statusCode, 201, issued.body)
  const { key } = issued.json()
  const form = new URLSearchParams({
    api_key: key, service_code: 'urban_management', description: '翠湖西路口的路灯不亮已经一周了，晚上很黑。',
    address_string: ADDRESS, lat: '25.0453117', long: '102.7041833',
    first_name: FIRST, last_name: LAST, phone: PHONE, email: EMAIL, device_id: 'device-77aa',
  })
  const res = await app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } })
  t.equal(res.statusCode, 201, res.body)
  const caseNumber = res.json()[0].service_request_id

  const [row] = await sql`select i.raw, i.raw::text as text, k.phone_hash, k.email_hash, k.anonymous
    from intakes i join complaints k on k.id = i.complaint_id where k.case_number = ${caseNumber}`
  for (const needle of [FIRST, LAST + FIRST, PHONE, EMAIL, 'wang.xiaoming', '翠湖西路8号', 'device-77aa', key]) {
    t.notMatch(row.text, needle, `the raw intake does not hold ${needle} in clear`)
  }
  t.equal(row.anonymous, false)
  t.equal(row.phone_hash, keyedHash(app.cases.keys.hashKey, '+86' + PHONE), 'the complainant is found again by the keyed hash of the phone')
  t.equal(row.email_hash, keyedHash(app.cases.keys.hashKey, EMAIL), '… and of the e-mail address')
  t.ok(row.raw.formEnc, 'the posted form is kept sealed')
  const opened = JSON.parse(decrypt(app.cases.keys.encKey, row.raw.formEnc, 'intake:open311'))
  t.match(opened, { first_name: FIRST, last_name: LAST, phone: PHONE, email: EMAIL, address_string: ADDRESS })
  t.notOk('api_key' in opened, 'the API key is not kept, not even sealed')
  t.same(row.raw.open311, { service_code: 'urban_management', lat: '25.0453117', long: '102.7041833' }, 'only the service and the point stay readable')

  // no name: the request is anonymous, and the phone or e-mail sent beside it is kept nowhere, not even sealed
  const anon = new URLSearchParams({ api_key: key, service_code: 'urban_management', description: '拓东路的井盖缺失，存在安全隐患。', phone: PHONE, email: EMAIL })
  const anonRes = await app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: anon.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } })
  t.equal(anonRes.statusCode, 201, anonRes.body)
  const [a] = await sql`select i.raw, k.anonymous, k.phone_hash, k.identity from intakes i join complaints k on k.id = i.complaint_id
    where k.case_number = ${anonRes.json()[0].service_request_id}`
  t.equal(a.anonymous, true)
  t.same([a.phone_hash, a.identity], [null, null])
  const anonForm = decrypt(app.cases.keys.encKey, a.raw.formEnc, 'intake:open311')
  t.notMatch(anonForm, PHONE, 'an anonymous request keeps no phone, even sealed')
  t.notMatch(anonForm, 'wang.xiaoming', '… and no e-mail address')
})
