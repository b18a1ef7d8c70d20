// A person named in a cluster's cases never shows as a cluster keyword (DESIGN rule 3): the nightly run's stored
// keywords (hotspot_run_clusters) and the township board's (GET /api/hotspots) hold no part of the name, even when the
// given name also stands on its own elsewhere in the texts (建华小区 … 物业王建华) or jieba splits the name into a
// place and a character (王国庆 → 王国/ns 庆) or reads the surname as a common word (马/n 文华), while the cluster's topic
// words (路灯, 物业) are still shown. Given names jieba's dictionary does not hold (丽娟) or holds as a name (红梅), and
// nicknames (老张), are not shown either: a keyword is shown only when the dictionary knows it as no name.
import t from 'tap'
import { buildTestApp, logComplaint, sendEvent, signIn } from './helper.js'

const COMMUNITY = '昆明市五华区华山街道翠湖西路社区'

/** Parts of `name` of two characters or more (the name itself included). */
const partsOf = (name: string) => {
  const chars = [...name]
  const parts: string[] = []
  for (let i = 0; i < chars.length; i++) for (let j = i + 2; j <= chars.length; j++) parts.push(chars.slice(i, j).join(''))
  return parts
}

for (const [name, given] of [
  ['王建华', '建华'], ['李文华', '文华'], ['王国庆', '国庆'], ['马文华', '文华'], ['马丽娟', '丽娟'], ['张红梅', '红梅'], ['老张', ''],
]) {
  t.test(`no part of ${name} is stored or shown as a cluster keyword`, async (t) => {
    const { app, sql } = await buildTestApp(t)
    const operator = await signIn(app, 'operator', '530100')
    const city = await signIn(app, 'dispatcher', '530100')
    for (let i = 0; i < 6; i++) {
      const c = await logComplaint(operator, {
        content: `${given}小区门口路灯坏了第${i + 1}次，物业${name}不管，${name}说没钱。`, address: COMMUNITY, complainant: { anonymous: true },
      })
      const res = await sendEvent(city, c.id, { type: 'REGISTER', category: 'urban_management' })
      t.equal(res.statusCode, 200, 'registered')
    }
    await app.jobHandlers['hotspots-nightly']([])
    const stored = (await sql`select keywords from hotspot_run_clusters`).flatMap((r) => r.keywords as string[])
    t.ok(stored.length > 0, 'a cluster is stored with keywords')
    t.notOk(stored.some((w) => partsOf(name).includes(w)), `no part of ${name} is stored: ${JSON.stringify(stored)}`)
    t.ok(stored.includes('路灯') && stored.includes('物业'), `the topic words are stored: ${JSON.stringify(stored)}`)

    const township = await signIn(app, 'dispatcher', '530102001')
    const res = await township.get('/api/hotspots')
    t.equal(res.statusCode, 200)
    const shown = (res.json().clusters as { keywords: string[] }[]).flatMap((c) => c.keywords)
    t.notOk(shown.some((w) => partsOf(name).includes(w)), `no part of ${name} is shown: ${JSON.stringify(shown)}`)
    t.ok(shown.includes('路灯') && shown.includes('物业'), `the topic words are shown: ${JSON.stringify(shown)}`)
  })
}
