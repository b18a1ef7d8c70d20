// Hotspots over HTTP (issue 23): the township sees the cluster of similar complaints at one of its communities, with
// the cases behind it; a report against that township, about the same problem, is in the county's cluster and never
// in the township's (recusal holds in clusters); a unit asking about a division outside its own gets 403.
import t from 'tap'
import { buildTestApp, logComplaint, sendEvent, signIn, unitOf } from './helper.js'

const PLACE = '昆明市五华区华山街道翠湖西路社区'
const TEXTS = [
  '翠湖西路社区门口的路灯坏了，晚上一片漆黑。',
  '社区门口路灯一直不亮，夜里走路看不见。',
  '您好，门口的路灯坏了很久没人修，老人晚上出门不安全。',
  '门口的路灯坏了，天黑以后没法出门。',
  '门口路灯晚上不亮，已经摔倒过人。',
]

t.test('clusters are scoped: the accused township never sees the report in its cluster', async (t) => {
  const { app, db } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const huashan = await unitOf(db, '530102001')
  const ids: number[] = []
  for (const content of TEXTS) {
    const c = await logComplaint(operator, { content, address: PLACE })
    t.equal((await sendEvent(dispatcher, c.id, { type: 'REGISTER', category: 'urban_management' })).statusCode, 200)
    ids.push(c.id)
  }
  const report = await logComplaint(operator, { type: 'report', content: '社区门口路灯坏了一直不亮，街道干部收了维修款不修路灯。', address: PLACE, accusedUnitId: huashan.id })
  t.equal((await sendEvent(dispatcher, report.id, { type: 'REGISTER', category: 'urban_management', accusedUnitId: huashan.id })).statusCode, 200)
  // noise: another problem at the same place
  const other = await logComplaint(operator, { content: '小区物业乱收费，停车费上涨了一倍。', address: PLACE })
  t.equal((await sendEvent(dispatcher, other.id, { type: 'REGISTER', category: 'housing_property' })).statusCode, 200)

  const township = await signIn(app, 'supervisor', '530102001')
  const mine = await township.get('/api/hotspots')
  t.equal(mine.statusCode, 200, mine.body.slice(0, 300))
  const [cluster, ...rest] = mine.json().clusters
  t.same(rest, [], 'one cluster')
  t.same(cluster.cases.map((c: { id: number }) => c.id).sort(), [...ids].sort(), 'the five complaints, and not the report against the township')
  t.match(cluster.keywords, ['路灯'])
  t.match(mine.json().rule.clusters, '余弦相似度')
  t.notMatch(mine.body, report.caseNumber, 'the report is nowhere in the township\'s answer')

  const county = await signIn(app, 'supervisor', '530102')
  const theirs = await county.get('/api/hotspots')
  t.equal(theirs.statusCode, 200)
  t.same(theirs.json().clusters[0].cases.map((c: { id: number }) => c.id).sort(), [...ids, report.id].sort(), 'the county sees the report in the cluster')
  t.match(theirs.json().clusters[0].placeName, /翠湖西路/, `named by its place: ${theirs.json().clusters[0].placeName}`)

  const sibling = await signIn(app, 'supervisor', '530102002')
  t.equal((await sibling.get('/api/hotspots?division=530102001')).statusCode, 403)
  t.equal((await sibling.get('/api/hotspots?division=abc')).statusCode, 400)
  const operatorAsks = await operator.get('/api/hotspots')
  t.equal(operatorAsks.statusCode, 403, 'operators do not get hotspots')

  // 公开: per county, the top categories as counts (under 5 as <5), no report, no text, no place below the county
  const pub = await app.inject({ method: 'GET', url: '/api/public/hotspots' })
  t.equal(pub.statusCode, 200)
  const wuhua = pub.json().counties.find((c: { county: string }) => c.county === '530102')
  t.same(wuhua.categories.map((c: { category: string; count: unknown }) => [c.category, c.count]), [['urban_management', 5], ['housing_property', '<5']],
    'five complaints counted, the report not')
  t.notMatch(pub.body, /路灯|翠湖|华山/, 'no text and no place below the county')
})
