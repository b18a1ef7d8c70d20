// 分类目录 (issue 20): three levels as 12345 centres use, the flat list migrated into it with its codes (old cases keep
// theirs), search by any word of a name (finding 8: "村务" finds 村（居）务公开与管理), routing rules on any level with the
// most specific winning, and city admins managing it, audited.
import t from 'tap'
import { readFileSync } from 'node:fs'
import { buildTestApp, logComplaint, signIn, testDatabase, testPool } from './helper.js'
import { DEFAULT_RULES } from '../src/routing/rules.js'
import { listCatalogue, lookupCategory, pathLabel, searchCatalogue } from '../src/catalogue/index.js'

type Entry = { code: string; depth: number; label: string; path: string[]; pathLabels: string[]; routingLevel: string | null; active: boolean }

t.test('the catalogue: three levels, found by any word, routed by the most specific rule, managed by city admins', async (t) => {
  const { app, sql } = await buildTestApp(t)
  await app.ready()
  const operator = await signIn(app, 'operator', '530100')
  const admin = await signIn(app, 'admin', '530100')
  const countyAdmin = await signIn(app, 'admin', '530102')

  await t.test('three levels, the flat list as the second with its codes', async (t) => {
    const res = await operator.get('/api/catalogue')
    t.equal(res.statusCode, 200)
    const items = res.json().items as Entry[]
    t.equal(items.filter((e) => e.depth === 1).length, 7, 'seven first-level groups')
    for (const r of DEFAULT_RULES) {
      const e = items.find((i) => i.code === r.category)
      t.match(e, { depth: 2, label: r.label, routingLevel: r.level }, `${r.category} kept at the second level with its rule`)
    }
    const third = items.filter((e) => e.depth === 3)
    t.ok(third.length >= 20, 'third-level items')
    t.same(items.find((e) => e.code === 'village_affairs.disclosure')?.pathLabels, ['基层治理与村（居）务', '村（居）务公开与管理', '村（居）务公开不及时或不真实'])
    const rules = (await operator.get('/api/routing-rules')).json() as { category: string; label: string }[]
    t.ok(DEFAULT_RULES.every((r) => rules.some((x) => x.category === r.category && x.label === r.label)), 'routing_rules still names every old code with its label')
  })

  await t.test('English names for the console in English, the Chinese first and kept (finding 7)', async (t) => {
    const items = (await operator.get('/api/catalogue')).json().items as (Entry & { labelEn: string | null; pathLabelsEn: string[] })[]
    const missing = items.filter((e) => !e.labelEn).map((e) => e.code)
    t.same(missing, [], 'every seeded entry has an English name, at all three levels')
    const disclosure = items.find((e) => e.code === 'village_affairs.disclosure')!
    t.equal(disclosure.label, '村（居）务公开不及时或不真实', 'the Chinese name is the label')
    t.same(disclosure.pathLabelsEn, ['Grassroots governance and village affairs', 'Village (residents\') affairs: openness and management', 'Village affairs not disclosed in time or untruly'])
    t.ok(items.every((e) => !/[\u4e00-\u9fff]/.test(e.labelEn ?? '')), 'no Chinese in an English name')
    const codes = ((await operator.get('/api/catalogue/search?q=street%20lights')).json().items as Entry[]).map((e) => e.code)
    t.ok(codes.includes('urban_management.street_lights'), 'found by an English word too')

    const put = (code: string, body: Record<string, unknown>) => admin.inject({ method: 'PUT', url: `/api/catalogue/${code}`, payload: body })
    const added = await put('general.ebike', { label: '电动自行车管理', parentCode: 'general', handlingLevel: null })
    t.equal(added.statusCode, 200, added.body.slice(0, 200))
    t.same({ en: added.json().labelEn, path: added.json().pathLabelsEn }, { en: null, path: ['Policy questions and other', '电动自行车管理'] }, 'no English name: the Chinese one stands in')
    const named = await put('general.ebike', { label: '电动自行车管理', handlingLevel: null, labelEn: 'E-bikes' })
    t.equal(named.json().labelEn, 'E-bikes', 'an admin gives it one')
    const relabelled = await put('general.ebike', { label: '电动自行车停放与充电', handlingLevel: null })
    t.same({ zh: relabelled.json().label, en: relabelled.json().labelEn }, { zh: '电动自行车停放与充电', en: 'E-bikes' }, 'a change without labelEn keeps the English name')
  })

  await t.test('search by any word of a name (finding 8)', async (t) => {
    const codes = async (q: string) => ((await operator.get(`/api/catalogue/search?q=${encodeURIComponent(q)}`)).json().items as Entry[]).map((e) => e.code)
    t.ok((await codes('村务')).includes('village_affairs'), '"村务" finds 村（居）务公开与管理')
    t.ok((await codes('村务 公开')).includes('village_affairs.disclosure'), 'two words, both in the path')
    t.ok((await codes('路灯')).includes('urban_management.street_lights'), 'a third-level item by its word')
    t.ok((await codes('垃圾')).includes('urban_management.sanitation'))
    t.same(await codes('火星殖民'), [], 'nothing for words in no name')
    t.equal((await operator.get('/api/catalogue/search')).statusCode, 400, 'no query: 400')
  })

  await t.test('routing on any level, the most specific winning', async (t) => {
    const put = (code: string, body: Record<string, unknown>) => admin.inject({ method: 'PUT', url: `/api/catalogue/${code}`, payload: body })
    t.equal((await put('test_group', { label: '测试一级', handlingLevel: 'city' })).statusCode, 200)
    t.equal((await put('test_group.sub', { label: '测试二级', parentCode: 'test_group', handlingLevel: null })).statusCode, 200)
    const leaf = await put('test_group.sub.leaf', { label: '测试三级', parentCode: 'test_group.sub', handlingLevel: 'township', keywords: '测试词' })
    t.equal(leaf.statusCode, 200)
    t.match(leaf.json(), { depth: 3, path: ['test_group', 'test_group.sub', 'test_group.sub.leaf'], routingLevel: 'township' })

    const routed = async (category: string) => {
      const c = await logComplaint(operator, { register: { category } })
      const res = await operator.get(`/api/cases/${c.id}/routing`)
      t.equal(res.statusCode, 200)
      return res.json() as { ruleLevel: string | null; handlingLevel: string; notes: string[] }
    }
    t.equal((await routed('test_group.sub')).ruleLevel, 'city', 'no rule of its own: the first level\'s')
    t.equal((await routed('test_group.sub.leaf')).ruleLevel, 'township', 'the third level\'s own rule wins')
    t.equal((await routed('village_affairs.election')).ruleLevel, 'township', 'a default third-level rule over its parent\'s (village)')
    const disclosure = await routed('village_affairs.disclosure')
    t.equal(disclosure.ruleLevel, 'village', 'no rule of its own: the second level\'s')
    t.match(disclosure.notes.join(), /上级分类/, 'the dispatcher is told the rule came from above')
    t.equal((await routed('village_affairs')).ruleLevel, 'village', 'an old code routes as before')
    const refused = await operator.post('/api/intake/hotline', { type: 'complaint', content: '一个不存在的分类代码的诉求。', complainant: { anonymous: true }, register: { category: 'no_such.category' } })
    t.equal(refused.statusCode, 400, 'an unknown code is refused')
  })

  await t.test('admins: city-wide, three levels at most, codes never move, deactivated not deleted, audited', async (t) => {
    const put = (s: typeof admin, code: string, body: Record<string, unknown>) => s.inject({ method: 'PUT', url: `/api/catalogue/${code}`, payload: body })
    const county = await put(countyAdmin, 'test_other', { label: '县级不能改', handlingLevel: null })
    t.equal(county.statusCode, 403)
    t.equal(county.json().error.code, 'city_admin_only')
    t.equal((await put(operator, 'test_other', { label: '话务员不能改', handlingLevel: null })).statusCode, 403)
    const deep = await put(admin, 'test_group.sub.leaf.x', { label: '四级', parentCode: 'test_group.sub.leaf', handlingLevel: null })
    t.equal(deep.statusCode, 400, 'a fourth level is refused')
    const tooDeep = await put(admin, 'test_group.deeper', { label: '四级', parentCode: 'test_group.sub.leaf', handlingLevel: null })
    t.equal(tooDeep.json().error.code, 'category_too_deep')
    const move = await put(admin, 'test_group.sub', { label: '测试二级', parentCode: 'grassroots', handlingLevel: null })
    t.equal(move.statusCode, 409)
    t.equal(move.json().error.code, 'category_parent_fixed')
    t.equal((await put(admin, 'test_x', { label: '无上级', parentCode: 'no_such', handlingLevel: null })).json().error.code, 'category_parent_not_found')
    t.equal((await put(admin, 'Bad Code', { label: 'x', handlingLevel: null })).statusCode, 400)

    t.equal((await put(admin, 'test_group.sub', { label: '测试二级（停用）', handlingLevel: null, active: false })).statusCode, 200)
    const visible = (await operator.get('/api/catalogue')).json().items as Entry[]
    t.notOk(visible.some((e) => e.code.startsWith('test_group.sub')), 'a deactivated entry and its children leave the pickers')
    t.match((await operator.get('/api/catalogue/test_group.sub.leaf')).json(), { pathLabels: ['测试一级', '测试二级（停用）', '测试三级'] }, 'but its code still names it')
    const all = (await operator.get('/api/catalogue?all=true')).json().items as Entry[]
    t.match(all.find((e) => e.code === 'test_group.sub'), { active: false })

    const audit = await sql`select detail from audit_log where action = 'catalogue.change' and actor_user_id = ${admin.user.id} order by id`
    t.same(audit.map((r) => r.detail.code).filter((c) => c.startsWith('test_group')), ['test_group', 'test_group.sub', 'test_group.sub.leaf', 'test_group.sub'], 'each change is audited')
  })

  await t.test('the module API other helpers read', async (t) => {
    const entries = await listCatalogue(sql)
    const e = await lookupCategory(sql, 'village_affairs.election')
    t.equal(e && pathLabel(e), '基层治理与村（居）务 / 村（居）务公开与管理 / 村（居）委会选举')
    t.ok(searchCatalogue(entries, '村务').some((x) => x.code === 'village_affairs'))
    t.equal(await lookupCategory(sql, 'nothing_here'), null)
  })
})

t.test('migration 0025 turns the flat routing_rules into the catalogue, codes and admin changes kept, twice over', async (t) => {
  const url = await testDatabase(t)
  const { sql } = testPool(t, url)
  const statements = readFileSync(new URL('../db/migrations/0025_daily_desk.sql', import.meta.url), 'utf8').split('--> statement-breakpoint')
  // the database as it was before 0025: the flat table, an admin's change and a code of their own
  await sql.unsafe('drop view routing_rules; drop table categories; alter table complaints drop column name_hash')
  await sql`create table routing_rules (category text primary key, label text not null, level level not null, updated_at timestamptz not null default now())`
  for (const r of DEFAULT_RULES) await sql`insert into routing_rules (category, label, level) values (${r.category}, ${r.label}, ${r.level})`
  await sql`update routing_rules set level = 'county' where category = 'village_affairs'`
  await sql`insert into routing_rules (category, label, level) values ('wildlife', '野生动物保护', 'county')`
  for (let run = 0; run < 2; run++) for (const s of statements) await sql.unsafe(s)
  // and the migrations after it, as an installation runs them: 0033 gives the catalogue its English names
  const englishNames = readFileSync(new URL('../db/migrations/0033_export_jobs.sql', import.meta.url), 'utf8').split('--> statement-breakpoint')
  for (let run = 0; run < 2; run++) for (const s of englishNames) await sql.unsafe(s)

  const entries = await listCatalogue(sql)
  t.match(entries.find((e) => e.code === 'village_affairs'), { depth: 2, path: ['grassroots', 'village_affairs'], handlingLevel: 'county' }, 'the admin\'s change kept, under its group')
  t.match(entries.find((e) => e.code === 'wildlife'), { depth: 1, label: '野生动物保护', handlingLevel: 'county' }, 'a code of their own is a first-level entry')
  t.equal(entries.filter((e) => e.depth === 2).length, DEFAULT_RULES.length, 'every old code at the second level')
  const [view] = await sql`select category, label, level from routing_rules where category = 'village_affairs'`
  t.same({ ...view }, { category: 'village_affairs', label: '村（居）务公开与管理', level: 'county' }, 'routing_rules reads as before')
  t.equal(entries.find((e) => e.code === 'village_affairs')?.labelEn, 'Village (residents\') affairs: openness and management', 'an existing installation gets the English names')
  t.equal(entries.find((e) => e.code === 'wildlife')?.labelEn, null, 'a code of its own has none until an admin gives it one')
})
