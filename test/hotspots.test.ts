// Hotspots on generated data (issue 23): 30 similar complaints planted in one village among 10,000 others are found
// as one cluster and nothing else is flagged; a planted weekly spike of a category in a township is flagged, and on
// steady Poisson noise the rule's false-alarm rate stays under 0.5 % of the (township, category) pairs tested.
import t from 'tap'
import { cosine, findClusters, keywordsOf, placeOf, poissonUpperTail, risingCategories } from '../src/hotspots/detect.js'
import { plantedCluster, weeklyCounts } from '../bench/hotspot-data.js'

t.test('similar texts are near, different problems are not', async (t) => {
  const a = keywordsOf('村口的路灯坏了，晚上一片漆黑。')
  const b = keywordsOf('您好，我是本村村民，村口的路灯一直不亮，夜里走路看不见。请尽快处理。')
  const c = keywordsOf('工地夜间施工，凌晨还在打桩，吵得睡不着。')
  t.ok(cosine(a, b) >= 0.4, `same problem: ${cosine(a, b).toFixed(2)}`)
  t.ok(cosine(a, c) < 0.1, `another problem: ${cosine(a, c).toFixed(2)}`)
  t.equal(placeOf('530102001001'), '530102001001')
  t.equal(placeOf('530102001'), '530102001')
  t.equal(placeOf('530102'), null, 'a county alone is not a place')
})

t.test('a planted cluster of 30 in one village among 10,000 others', async (t) => {
  const data = plantedCluster(10_000, 30)
  const clusters = findClusters(data.cases)
  const found = clusters.find((c) => c.place === data.village)
  t.ok(found, 'the village has a cluster')
  const hits = found!.caseIds.filter((id) => data.planted.has(id)).length
  const recall = hits / data.planted.size
  const precision = hits / found!.caseIds.length
  t.comment(`planted cluster: recall ${recall}, precision ${precision}, other clusters flagged ${clusters.length - 1}, keywords ${found!.keywords.join(' ')}`)
  t.ok(recall >= 0.9, `recall ${recall}`)
  t.ok(precision >= 0.9, `precision ${precision}`)
  t.match(found!.keywords, ['路灯'], 'named by its words')
  t.equal(found!.category, 'urban_management')
  t.equal(clusters.length, 1, 'no cluster flagged in the noise')
  // with the planted cases gone, nothing is flagged at all
  t.same(findClusters(data.cases.filter((c) => !data.planted.has(c.id))), [], 'noise alone: nothing flagged')
})

t.test('rising categories: a planted spike is flagged, noise rarely', async (t) => {
  t.ok(Math.abs(poissonUpperTail(3, 1) - (1 - Math.exp(-1) * (1 + 1 + 0.5))) < 1e-12, 'P(X ≥ 3 | λ = 1)')
  t.equal(poissonUpperTail(0, 2), 1)
  const spike = { key: '530102077|environment', count: 12 }
  let found = 0
  let falseAlarms = 0
  let tested = 0
  const runs = 10
  for (let seed = 1; seed <= runs; seed++) {
    const { weeks, keys } = weeklyCounts(9, seed, spike)
    const rising = risingCategories(weeks)
    if (rising.some((r) => `${r.township}|${r.category}` === spike.key)) found++
    falseAlarms += rising.filter((r) => `${r.township}|${r.category}` !== spike.key).length
    tested += keys.length - 1
  }
  const rate = falseAlarms / tested
  t.comment(`spike flagged in ${found}/${runs} runs; false alarms ${falseAlarms} of ${tested} pairs tested (${(rate * 100).toFixed(3)} %)`)
  t.equal(found, runs, 'the spike is flagged every time')
  t.ok(rate < 0.005, `false-alarm rate ${(rate * 100).toFixed(3)} % < 0.5 %`)
  const quiet = weeklyCounts(9, 99)
  t.notOk(risingCategories(quiet.weeks).some((r) => `${r.township}|${r.category}` === spike.key), 'the same pair without the spike is not flagged')
})
