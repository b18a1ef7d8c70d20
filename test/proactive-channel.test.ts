// 主动治理 tasks come in on a channel of their own (主动发现), raised by a unit, not by a citizen (issue 23): never listed,
// filtered or exported under 互联网, never shown as an anonymous report, and a task stored before (channel `web`,
// anonymous) is put right by the migration.
import t from 'tap'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { migrate as drizzleMigrate } from 'drizzle-orm/postgres-js/migrator'
import { buildTestApp, logComplaint, sendEvent, signIn, testDatabase, testPool, unitOf } from './helper.js'
import { migrate } from '../src/db/index.js'
import { projectRoot } from '../src/paths.js'
import { refreshStats } from '../src/openness/stats.js'

const PLACE = '昆明市五华区华山街道翠湖西路社区'

t.test('a task is on the 主动发现 channel and shows the unit that raised it', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const city = await signIn(app, 'dispatcher', '530100')
  const huashan = await unitOf(db, '530102001')
  const ids: number[] = []
  for (const content of ['门口的路灯坏了', '路灯一直不亮', '门口路灯坏了很久', '路灯坏了没人修', '路灯晚上不亮']) {
    const c = await logComplaint(operator, { content, address: PLACE, complainant: { anonymous: false, name: '张一', phone: '13911110001' } }, 'web')
    t.equal((await sendEvent(city, c.id, { type: 'REGISTER', category: 'urban_management' })).statusCode, 200)
    ids.push(c.id)
  }
  const township = await signIn(app, 'dispatcher', '530102001')
  const opened = await township.post('/api/hotspots/proactive', { caseIds: ids, category: 'urban_management', content: '翠湖西路社区门口路灯集中维修' })
  t.equal(opened.statusCode, 201, opened.body)
  const task = opened.json()

  const [row] = await sql`
    select k.channel::text as k, c.channel::text as c, k.anonymous, k.identity, k.identity_masked,
           (select string_agg(i.channel::text, ',') from intakes i where i.complaint_id = k.id) as i
    from complaints k join cases c on c.id = k.id where k.id = ${task.id}`
  t.match(row, { k: 'proactive', c: 'proactive', i: 'proactive', anonymous: false, identity: null, identity_masked: null },
    'stored on its own channel, and not as an anonymous complaint')

  const view = (await township.get(`/api/cases/${task.id}`)).json()
  t.equal(view.channel, 'proactive')
  t.equal(view.channelLabel, '主动发现')
  t.equal(view.anonymous, false, 'the case page does not say 匿名')
  t.equal(view.complainant, null, 'no citizen')
  t.equal(view.raisedBy?.unit?.id, huashan.id, 'but the unit that raised it')
  t.equal(view.raisedBy?.unit?.name, huashan.name)
  t.equal(typeof view.raisedBy?.by, 'string', 'and who did')

  // the channel filter of the lists and exports
  const web = (await township.get('/api/cases?channel=web&pageSize=100')).json()
  t.notOk(web.items.some((c: { id: number }) => c.id === task.id), 'not listed under 互联网')
  const own = (await township.get('/api/cases?channel=proactive&pageSize=100')).json()
  t.same(own.items.map((c: { id: number }) => c.id), [task.id], 'listed under 主动发现 alone')
  t.match(own.items[0].complainant, { anonymous: false, raisedBy: huashan.name }, 'the list names the unit, not 匿名')
  const csv = await township.get('/api/cases/export?format=csv')
  t.equal(csv.statusCode, 200)
  const line = csv.body.split('\r\n').find((l) => l.startsWith(task.caseNumber)) ?? ''
  t.match(line, '主动发现', 'the export names the channel')
  t.match(line, huashan.name, 'and the unit that raised it')
  t.notMatch(line, '匿名')
  t.notMatch(line, '互联网')

  // no citizen can come in on it
  const posted = await operator.post('/api/intake/proactive', { type: 'complaint', content: '路灯坏了', address: PLACE, complainant: { anonymous: true } })
  t.equal(posted.statusCode, 400, 'nothing is taken in on the proactive channel: it is no way in for a citizen')

  // public outputs never show it: the channel statistics leave it out
  await refreshStats(sql)
  const byChannel = (await app.inject('/api/public/stats?groupBy=channel')).json()
  t.notMatch(JSON.stringify(byChannel), /proactive|主动发现/, 'public statistics by channel have no 主动发现 row')
})

t.test('a task stored before on channel web, anonymous, is moved to its own channel by the upgrade', async (t) => {
  const url = await testDatabase(t, { empty: true })
  const { sql, db } = testPool(t, url)
  // migrate to the last migration before 0034
  const folder = mkdtempSync(path.join(os.tmpdir(), 'suqiu-mig-'))
  t.teardown(() => rmSync(folder, { recursive: true, force: true }))
  cpSync(path.join(projectRoot, 'db', 'migrations'), folder, { recursive: true })
  const journalFile = path.join(folder, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] }
  journal.entries = journal.entries.filter((e) => e.tag < '0034')
  writeFileSync(journalFile, JSON.stringify(journal))
  await drizzleMigrate(db, { migrationsFolder: folder })

  const unit = { id: 42 } // cases.root_unit_id has no foreign key: no units table rows are needed here
  const stored = async (n: number, type: string) => {
    const [k] = await sql`
      insert into complaints (case_number, channel, external_id, received_at, type, title, content, anonymous, tracking_code, pin_hash, extra)
      values (${'T' + n}, 'web', ${type === 'proactive' ? `proactive:${n}` : `web:${n}`}, now(), ${type}, '路灯', '路灯集中维修', true, ${'TC' + n}, 'x', ${sql.json(type === 'proactive' ? { proactive: true } : {})})
      returning id`
    await sql`insert into intakes (channel, external_id, raw, complaint_id) values ('web', ${type === 'proactive' ? `proactive:${n}` : `web:${n}`}, '{}', ${k.id})`
    await sql`
      insert into cases (id, machine_version, snapshot, state, root_unit_id, type, channel, received_at)
      values (${k.id}, 1, '{}', 'triage', ${unit.id}, ${type}, 'web', now())`
    return Number(k.id)
  }
  const taskId = await stored(1, 'proactive')
  const citizenId = await stored(2, 'complaint')

  await migrate(db)
  const rows = await sql`
    select k.id, k.channel::text as k, c.channel::text as c, k.anonymous, k.extra,
           (select i.channel::text from intakes i where i.complaint_id = k.id) as i
    from complaints k join cases c on c.id = k.id order by k.id`
  const task = rows.find((r) => Number(r.id) === taskId)!
  const citizen = rows.find((r) => Number(r.id) === citizenId)!
  t.match(task, { k: 'proactive', c: 'proactive', i: 'proactive', anonymous: false }, 'the task is on its own channel, not anonymous')
  t.equal(Number(task.extra.raisedBy?.unitId), Number(unit.id), 'raised by the unit it was registered at')
  t.match(citizen, { k: 'web', c: 'web', i: 'web', anonymous: true }, 'a citizen\'s anonymous web complaint is untouched')
  const [{ left }] = await sql`select to_regclass('proactive_channel_pending') is not null as left`
  t.equal(left, false, 'nothing is left to do')
  await migrate(db)
  t.pass('a later start migrates again without an error')
})
