import t from 'tap'
import { defaultUnitName, readCityDivisions, type DivisionRow } from '../db/divisions/source.js'
import { DivisionIndex, nameVariants, stripSuffix, type ResolveResult } from '../src/divisions/resolve.js'

const started = Date.now()
const rows = await readCityDivisions('530100')
const loadMs = Date.now() - started
const index = new DivisionIndex(rows)
const byName = (name: string): DivisionRow => {
  const hits = rows.filter((r) => r.name === name)
  if (hits.length !== 1) throw new Error(`${name}: ${hits.length} rows`)
  return hits[0]
}
const codeOf = (r: ResolveResult): string | undefined => (r.status === 'found' ? r.division.code : undefined)
const describe = (r: ResolveResult): string =>
  r.status === 'found' ? r.division.code : r.status === 'ambiguous' ? `ambiguous ${r.candidates.map((c) => c.division.code).join(',')}` : 'not_found'

t.test('source: Kunming has 1/14/150/1738 divisions with valid parent links', async (t) => {
  const count = (level: string) => rows.filter((r) => r.level === level).length
  t.same([count('city'), count('county'), count('township'), count('village')], [1, 14, 150, 1738])
  t.equal(rows.length, 1903)
  t.same(rows[0], { code: '530100', name: '昆明市', level: 'city', parentCode: null })
  t.equal(new Set(rows.map((r) => r.code)).size, rows.length, 'codes are unique')

  const codes = new Map(rows.map((r) => [r.code, r]))
  const parentLevel = { county: 'city', township: 'county', village: 'township' } as const
  const codeLength = { city: 6, county: 6, township: 9, village: 12 } as const
  const bad = rows.filter((r) => {
    if (r.code.length !== codeLength[r.level] || !r.code.startsWith('5301')) return true
    if (r.level === 'city') return r.parentCode !== null
    const parent = r.parentCode === null ? undefined : codes.get(r.parentCode)
    if (!parent || parent.level !== parentLevel[r.level]) return true
    return r.level !== 'county' && !r.code.startsWith(parent.code)
  })
  t.same(bad, [], 'every row has the right code length and a parent one level up')
  t.comment(`loaded in ${loadMs} ms (speed is measured by npm run bench, not asserted here)`)
})

t.test('source: progress is reported and unknown cities are refused', async (t) => {
  const stages: string[] = []
  const anning = await readCityDivisions('530100', { onProgress: (stage, n) => stages.push(`${stage}:${n}`) })
  t.equal(anning.length, 1903)
  t.ok(stages.includes('city:1') && stages.includes('counties:14') && stages.includes('townships:150'))
  t.equal(stages.at(-1), 'villages:1738')
  await t.rejects(readCityDivisions('999900'), { message: 'unknown city code 999900' })
  await t.rejects(readCityDivisions('53x100'), /invalid city code/)
})

t.test('source: default unit names', async (t) => {
  t.equal(defaultUnitName(byName('昆明市')), '昆明市群众诉求中心')
  t.equal(defaultUnitName(byName('五华区')), '五华区群众诉求中心')
  t.equal(defaultUnitName(byName('华山街道')), '华山街道群众诉求中心')
  t.equal(defaultUnitName(byName('翠湖西路社区居民委员会')), '翠湖西路社区居务监督委员会')
  const v = (name: string): DivisionRow => ({ code: '530100000000', name, level: 'village', parentCode: null })
  t.equal(defaultUnitName(v('和平社区居委会')), '和平社区居务监督委员会')
  t.equal(defaultUnitName(v('城关居民委员会')), '城关社区居务监督委员会')
  t.equal(defaultUnitName(v('城关居委会')), '城关社区居务监督委员会')
  t.equal(defaultUnitName(v('中所村委会')), '中所村村务监督委员会')
  t.equal(defaultUnitName(v('麻地村民委员会')), '麻地村村务监督委员会')
  t.equal(defaultUnitName(v('三家村村民委员会')), '三家村村务监督委员会')
  t.equal(defaultUnitName(v('中庆社区')), '中庆社区居务监督委员会')
  const villages = rows.filter((r) => r.level === 'village').map(defaultUnitName)
  t.ok(villages.every((n) => n.endsWith('居务监督委员会') || n.endsWith('村务监督委员会')))
  t.equal(new Set(rows.map((r) => r.code)).size, rows.length)
})

t.test('index: get, path, children', async (t) => {
  t.equal(index.get('530102')?.name, '五华区')
  t.equal(index.get('nope'), undefined)
  t.equal(index.children('530100').length, 14)
  t.same(index.path('530102001001').map((r) => r.code), ['530100', '530102', '530102001', '530102001001'])
  t.same(index.path('nope'), [])
  t.same(index.children('530102001001'), [])
})

t.test('stripSuffix', async (t) => {
  const cases: [string, string][] = [
    ['五华区', '五华'], ['富民县', '富民'], ['安宁市', '安宁'], ['昆明市', '昆明'], ['华山街道', '华山'],
    ['汤丹镇', '汤丹'], ['舍块乡', '舍块'], ['双河彝族乡', '双河'], ['石林彝族自治县', '石林'],
    ['寻甸回族彝族自治县', '寻甸'], ['翠湖西路社区居民委员会', '翠湖西路'], ['和平社区居委会', '和平'],
    ['中所村委会', '中所'], ['麻地村民委员会', '麻地'], ['三家村村民委员会', '三家村'], ['中庆社区', '中庆'],
    ['区', '区'], ['翠湖', '翠湖'],
  ]
  for (const [name, bare] of cases) t.equal(stripSuffix(name), bare, name)
})

t.test('resolve: the spec example and full paths', async (t) => {
  const r = index.resolve('云南省昆明市盘龙区拓东街道')
  t.equal(r.status, 'found')
  if (r.status !== 'found') return
  t.equal(r.division.code, '530103001')
  t.same(r.path.map((p) => p.name), ['昆明市', '盘龙区', '拓东街道'])
  t.equal(codeOf(index.resolve('云南省昆明市')), '530100', 'a city-only address names the city')
  t.equal(codeOf(index.resolve('昆明市五华区华山街道翠湖西路社区居民委员会')), '530102001001')

  // every village, named with its full path, resolves to itself
  const wrong = rows
    .filter((v) => v.level === 'village')
    .map((v) => ({ v, addr: `云南省${index.path(v.code).map((p) => p.name).join('')}` }))
    .filter(({ v, addr }) => codeOf(index.resolve(addr)) !== v.code)
    .map(({ addr }) => addr)
  t.same(wrong, [])
})

t.test('resolve: repeated village names are decided by the higher levels', async (t) => {
  const groups = new Map<string, DivisionRow[]>()
  for (const r of rows) if (r.level === 'village') groups.set(r.name, [...(groups.get(r.name) ?? []), r])
  const repeated = [...groups.values()].filter((g) => g.length > 1)
  t.equal(repeated.length, 52, '52 village names repeat inside Kunming')
  const townshipNames = new Map<string, number>()
  for (const r of rows) if (r.level === 'township') townshipNames.set(r.name, (townshipNames.get(r.name) ?? 0) + 1)

  const failures: string[] = []
  let underTownship = 0
  for (const group of repeated) {
    const name = group[0].name
    // naming only the village: ambiguous, listing every village of that name
    const only = index.resolve(name)
    if (only.status !== 'ambiguous') failures.push(`${name}: ${describe(only)}`)
    else {
      const got = new Set(only.candidates.map((c) => c.division.code))
      for (const v of group) if (!got.has(v.code)) failures.push(`${name}: candidate ${v.code} missing`)
      for (const c of only.candidates) {
        if (c.division.level !== 'village' || !nameVariants(c.division).some((x) => x.text === name)) failures.push(`${name}: odd candidate ${c.division.name}`)
        if (c.path.at(-1) !== c.division || c.path[0].code !== '530100') failures.push(`${name}: bad path for ${c.division.code}`)
      }
    }
    for (const v of group) {
      const [, county, township] = index.path(v.code)
      const sameTownship = group.filter((o) => o.parentCode === v.parentCode).length > 1
      if (sameTownship) continue
      underTownship++
      const full = index.resolve(`${county.name}${township.name}${v.name}`)
      if (codeOf(full) !== v.code) failures.push(`${county.name}${township.name}${v.name}: ${describe(full)}`)
      if (townshipNames.get(township.name) === 1) {
        const r = index.resolve(`${township.name}${v.name}`)
        if (codeOf(r) !== v.code) failures.push(`${township.name}${v.name}: ${describe(r)}`)
      }
      // the county alone decides when the name is unique within it
      if (group.filter((o) => o.code.startsWith(county.code)).length === 1) {
        const r = index.resolve(`${county.name}${v.name}`)
        if (codeOf(r) !== v.code) failures.push(`${county.name}${v.name}: ${describe(r)}`)
      }
    }
  }
  t.ok(underTownship > 100, `${underTownship} repeated villages checked under their township`)
  t.same(failures, [])
})

t.test('resolve: a repeated township name without its county is ambiguous', async (t) => {
  const groups = new Map<string, DivisionRow[]>()
  for (const r of rows) if (r.level === 'township') groups.set(stripSuffix(r.name), [...(groups.get(stripSuffix(r.name)) ?? []), r])
  const repeated = [...groups.entries()].filter(([, g]) => g.length > 1)
  t.ok(repeated.length >= 1, `repeated bare township names: ${repeated.map(([n]) => n).join(' ')}`)
  for (const [bare, group] of repeated) {
    const r = index.resolve(`昆明市${bare}`)
    t.equal(r.status, 'ambiguous', bare)
    if (r.status === 'ambiguous') t.same(r.candidates.map((c) => c.division.code).sort(), group.map((g) => g.code).sort())
    for (const tw of group) {
      const county = index.get(tw.parentCode ?? '')!
      t.equal(codeOf(index.resolve(`${stripSuffix(county.name)}${bare}`)), tw.code, `${county.name}${bare}`)
    }
  }
})

t.test('resolve: suffix-less forms', async (t) => {
  t.equal(codeOf(index.resolve('五华')), '530102')
  t.equal(codeOf(index.resolve('盘龙拓东')), '530103001')
  t.equal(codeOf(index.resolve('五华华山翠湖西路')), '530102001001')
  t.equal(codeOf(index.resolve('翠湖西路社区')), '530102001001')
  t.equal(codeOf(index.resolve('翠湖西路')), '530102001001')
  t.equal(codeOf(index.resolve('五华区翠湖西路社区居委会')), '530102001001')
  t.equal(codeOf(index.resolve('石林县')), '530126')
  t.equal(codeOf(index.resolve('寻甸')), '530129')
  const shuanghe = byName('双河彝族乡')
  t.equal(codeOf(index.resolve('晋宁双河乡')), shuanghe.code)
  // every village in the full suffix-less path form: found, or ambiguous only between namesakes of one township
  const bad: string[] = []
  for (const v of rows.filter((r) => r.level === 'village')) {
    const path = index.path(v.code)
    const addr = path.slice(1).map((p) => stripSuffix(p.name)).join('')
    const r = index.resolve(addr)
    if (codeOf(r) === v.code) continue
    if (r.status === 'ambiguous' && r.candidates.some((c) => c.division.code === v.code) &&
      r.candidates.every((c) => c.division.parentCode === v.parentCode && stripSuffix(c.division.name) === stripSuffix(v.name))) continue
    bad.push(`${addr}: ${describe(r)}`)
  }
  t.same(bad, [])
})

t.test('resolve: a county-level city (安宁市) inside 昆明市', async (t) => {
  const anning = byName('安宁市')
  t.equal(anning.level, 'county')
  t.equal(codeOf(index.resolve('云南省昆明市安宁市')), anning.code)
  t.equal(codeOf(index.resolve('安宁市')), anning.code)
  t.equal(codeOf(index.resolve('安宁')), anning.code)
  const lianran = index.children(anning.code).find((c) => c.name === '连然街道')!
  t.equal(codeOf(index.resolve('昆明市安宁市连然街道')), lianran.code)
  t.equal(codeOf(index.resolve('安宁连然街道办事处12号')), lianran.code)
  // a street named like a community of that township lands in the community (金方路社区居委会)
  t.equal(codeOf(index.resolve('安宁市连然街道金方路12号')), index.children(lianran.code).find((c) => c.name === '金方路社区居委会')?.code)
  const r = index.resolve('昆明市安宁市连然街道')
  if (r.status === 'found') t.same(r.path.map((p) => p.level), ['city', 'county', 'township'])
})

t.test('resolve: inconsistent levels fall back to the consistent reading', async (t) => {
  // 拓东街道 is in 盘龙区: a different county named first wins, and a street-name 龙泉 does not move it
  t.equal(codeOf(index.resolve('昆明市五华区拓东街道')), '530102')
  t.equal(codeOf(index.resolve('五华区龙泉路88号')), '530102')
  // 官渡 alone is the district, not the 官渡社区 of the same bare name
  t.equal(codeOf(index.resolve('官渡')), '530111')
  // a longer name beats the shorter names inside it
  t.equal(codeOf(index.resolve('官渡区')), '530111')
})

t.test('resolve: not found', async (t) => {
  t.same(index.resolve('北京市海淀区中关村大街'), { status: 'not_found' })
  t.same(index.resolve(''), { status: 'not_found' })
  t.same(index.resolve('   '), { status: 'not_found' })
})

t.test('resolve: a village unique in the city needs no township or county', async (t) => {
  t.equal(codeOf(index.resolve('翠湖西路社区居民委员会')), '530102001001')
  // every village whose full name is no other division's name form resolves from that name alone
  const owners = new Map<string, number>()
  for (const r of rows) for (const v of nameVariants(r)) owners.set(v.text, (owners.get(v.text) ?? 0) + 1)
  const unique = rows.filter((r) => r.level === 'village' && owners.get(r.name) === 1)
  t.ok(unique.length > 1500, `${unique.length} villages with a unique name`)
  const bad = unique.filter((v) => codeOf(index.resolve(v.name)) !== v.code).map((v) => `${v.name}: ${describe(index.resolve(v.name))}`)
  t.same(bad, [])
})

