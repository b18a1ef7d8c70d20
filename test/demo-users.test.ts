// 演示账号: `suqiu demo` (a child process, as a newcomer runs it) creates one user per role along a real
// Kunming chain; a second run changes nothing; production refuses. SUQIU_DEMO=1 goes through the same function.
import t from 'tap'
// it starts processes (the service, PostgreSQL, the CLI): tap's 300 s per file is too short on a loaded or slow box; each wait inside has its own bound
t.setTimeout(10 * 60_000)
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eq, inArray } from 'drizzle-orm'
import { projectRoot } from '../src/paths.js'
import { schema } from '../src/db/index.js'
import { ConfigError, loadConfig } from '../src/config.js'
import { hashPassword } from '../src/privacy/codes.js'
import { DEMO_PASSWORD, DEMO_USERS, ensureDemoUsers } from '../src/users/demo.js'
import { buildTestApp, login, testDatabase, testPool } from './helper.js'

interface Run { code: number; output: string }

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-demo-test-'))
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))

function suqiu(databaseUrl: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, SUQIU_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl, ...extraEnv }
  delete env.NODE_ENV
  Object.assign(env, extraEnv)
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: projectRoot, env, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, output: stdout + stderr })
    })
  })
}

const names = DEMO_USERS.map((u) => u.username)

/** role and unit division of every demo account, by username */
async function demoRows(db: ReturnType<typeof testPool>['db']) {
  const rows = await db.select({ user: schema.users, unit: schema.units }).from(schema.users)
    .innerJoin(schema.units, eq(schema.units.id, schema.users.unitId)).where(inArray(schema.users.username, names))
  return new Map(rows.map((r) => [r.user.username, r]))
}

t.test('suqiu demo creates one user per role on a real chain, who can all sign in', async (t) => {
  const url = await testDatabase(t)
  const { db } = testPool(t, url)
  const run = await suqiu(url, ['demo'])
  t.equal(run.code, 0, run.output)
  t.match(run.output, new RegExp(DEMO_PASSWORD), 'the password is printed for the newcomer')

  const rows = await demoRows(db)
  t.equal(rows.size, DEMO_USERS.length, 'every demo account exists')
  const expected: Record<string, [string, string]> = {
    'demo.operator': ['operator', '530100'], 'demo.clerk': ['clerk', '530100'], 'demo.dispatcher': ['dispatcher', '530100'],
    'demo.county': ['officer', '530102'], 'demo.township': ['officer', '530102001'], 'demo.village': ['officer', '530102001001'],
    'demo.supervisor': ['supervisor', '530100'], 'demo.county-sup': ['supervisor', '530102'], 'demo.township-sup': ['supervisor', '530102001'],
    'demo.inspector': ['inspector', '530100'], 'demo.admin': ['admin', '530100'],
  }
  for (const [username, [role, division]] of Object.entries(expected)) {
    const row = rows.get(username)
    t.equal(row?.user.role, role, `${username} is ${role}`)
    t.equal(row?.unit.divisionCode, division, `${username} works at ${division} (${row?.unit.name})`)
    // inspectors belong to the city's inspection unit (市纪委监委), outside the centre's subtree; everyone else to a default unit
    if (role === 'inspector') t.equal(row?.unit.kind, 'inspection', 'at the city\'s inspection unit')
    else t.ok(row?.unit.isDefault, 'at the division\'s default unit')
  }
  t.match(rows.get('demo.village')?.unit.name, /翠湖西路社区/, 'the village is 翠湖西路社区, under 华山街道, 五华区')
  const roles = new Set([...rows.values()].map((r) => r.user.role))
  t.same([...roles].sort(), ['admin', 'clerk', 'dispatcher', 'inspector', 'officer', 'operator', 'supervisor'], 'every role has a demo user')

  const { app } = await buildTestApp(t, {}, url)
  for (const u of DEMO_USERS) {
    const session = await login(app, u.username, DEMO_PASSWORD)
    t.equal(session.user.role, u.role, `${u.username} signs in with the README's password`)
  }
})

t.test('a second run changes nothing, and never resets a changed password', async (t) => {
  const url = await testDatabase(t)
  const { db, sql } = testPool(t, url)
  t.equal((await suqiu(url, ['demo'])).code, 0)
  // the operator changed their password
  await db.update(schema.users).set({ passwordHash: await hashPassword('my own password 1') }).where(eq(schema.users.username, 'demo.operator'))
  const before = await sql`select * from users order by id`

  const again = await suqiu(url, ['demo'])
  t.equal(again.code, 0, again.output)
  t.match(again.output, /nothing changed/, 'says so')
  const after = await sql`select * from users order by id`
  t.same(after, before, 'the users table is exactly as it was')

  // the server's SUQIU_DEMO=1 path is the same function: also a no-op
  const direct = await ensureDemoUsers(db, { cityCode: '530100' })
  t.same(direct.created, [], 'nothing created')
  t.equal(direct.existing.length, DEMO_USERS.length)
  t.same(await sql`select * from users order by id`, before)

  const { app } = await buildTestApp(t, {}, url)
  t.match((await login(app, 'demo.operator', 'my own password 1')).user, { username: 'demo.operator', role: 'operator' }, 'the changed password still works')
  await t.rejects(login(app, 'demo.operator', DEMO_PASSWORD), 'the demo password does not')
})

t.test('production refuses demo users', async (t) => {
  const url = await testDatabase(t)
  const { db } = testPool(t, url)
  const run = await suqiu(url, ['demo'], { NODE_ENV: 'production' })
  t.not(run.code, 0, 'a non-zero exit')
  t.match(run.output, /NODE_ENV=production/, 'a clear message')
  t.equal((await demoRows(db)).size, 0, 'no demo user was created')

  // the server: SUQIU_DEMO=1 with NODE_ENV=production is a setting error (exit 78 at start)
  const refused = (() => {
    try { loadConfig({ SUQIU_DEMO: '1', NODE_ENV: 'production', SUQIU_SECRET: 'x'.repeat(32), SUQIU_DATA_DIR: dataDir }) } catch (err) { return err }
    return null
  })()
  t.ok(refused instanceof ConfigError, 'a setting error')
  t.equal((refused as ConfigError).setting, 'SUQIU_DEMO', 'naming SUQIU_DEMO')
  t.match((refused as ConfigError).message, /NODE_ENV=production/)
  t.equal(loadConfig({ SUQIU_DEMO: '1', NODE_ENV: 'development', SUQIU_SECRET: 'x'.repeat(32), SUQIU_DATA_DIR: dataDir }).SUQIU_DEMO, true, 'outside production SUQIU_DEMO=1 is taken')
  await t.rejects(ensureDemoUsers(db, { cityCode: '530100', nodeEnv: 'production' }), { name: 'DemoRefused' }, 'the function refuses too')
})
