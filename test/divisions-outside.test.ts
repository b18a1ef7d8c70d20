// Addresses outside the city do not resolve inside it (#19 Broken 4): a name of another province or city makes the
// address "outside"; a bare village name that is only part of a longer word is at most a candidate.
import t from 'tap'
import { buildTestApp } from './helper.js'

t.test('GET /api/divisions/resolve: other provinces and cities are outside Kunming', async (t) => {
  const { app } = await buildTestApp(t)
  const resolve = async (address: string) => (await app.inject({ method: 'GET', url: `/api/divisions/resolve?address=${encodeURIComponent(address)}` })).json()

  t.match(await resolve('北京市朝阳区望京街道'), { status: 'outside', place: '北京市' }, 'not 安宁市八街街道朝阳村委会')
  t.match(await resolve('上海市浦东新区陆家嘴街道'), { status: 'outside', place: '上海市' }, 'not 西山区福海街道陆家社区居委会')
  t.match(await resolve('四川省成都市武侯区浆洗街'), { status: 'outside' })
  t.match(await resolve('云南省曲靖市麒麟区南宁街道'), { status: 'outside', place: '曲靖市' }, 'another city of the same province')
  t.match(await resolve('大理白族自治州大理市'), { status: 'outside' })

  // the city's own addresses still resolve, including street names that sound like other cities
  t.match(await resolve('云南省昆明市五华区华山街道翠湖西路社区'), { status: 'found', division: { code: '530102001001' } })
  t.match(await resolve('盘龙区北京路'), { status: 'found', division: { code: '530103' } })
  t.match(await resolve('翠湖西路'), { status: 'found', division: { code: '530102001001' } }, 'a bare name that is the whole address')
})

t.test('a bare village name inside a longer word is a candidate, never found', async (t) => {
  const { app } = await buildTestApp(t)
  const resolve = async (address: string) => (await app.inject({ method: 'GET', url: `/api/divisions/resolve?address=${encodeURIComponent(address)}` })).json()
  const chaoyang = await resolve('朝阳区望京街道')
  t.equal(chaoyang.status, 'ambiguous', '朝阳 of 朝阳区 is not the village 朝阳村')
  t.ok(chaoyang.candidates.some((c: { division: { name: string } }) => c.division.name.startsWith('朝阳')))
  const lujiazui = await resolve('陆家嘴街道')
  t.equal(lujiazui.status, 'ambiguous')
  // named with its suffix, or under its township, the village is found
  t.match(await resolve('安宁市八街街道朝阳村委会'), { status: 'found' })
})
