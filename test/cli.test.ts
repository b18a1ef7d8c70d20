// The `suqiu` CLI as a user runs it: a child process (src/cli/main.ts through tsx) on this file's database.
import t from 'tap'
// it starts processes (the service, PostgreSQL, the CLI): tap's 300 s per file is too short on a loaded or slow box; each wait inside has its own bound
t.setTimeout(10 * 60_000)
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { projectRoot } from '../src/paths.js'
import { schema } from '../src/db/index.js'
import { buildTestApp, login, testDatabase, testPool, unitOf } from './helper.js'

interface Run { code: number; stdout: string; stderr: string; output: string }

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-cli-test-'))
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))

function suqiu(databaseUrl: string | undefined, args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, SUQIU_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extraEnv }
  delete env.DATABASE_URL
  if (databaseUrl) env.DATABASE_URL = databaseUrl
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: projectRoot, env, timeout: 120_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0
      resolve({ code, stdout, stderr, output: stdout + stderr })
    })
  })
}

const url = await testDatabase(t)
const { db, sql } = testPool(t, url)

t.test('user add creates a user who can sign in', async (t) => {
  const run = await suqiu(url, ['user', 'add', '--username', 'cli_officer', '--password', 'long password 1', '--role', 'officer', '--unit', '530102001', '--name', '王承办'])
  t.equal(run.code, 0, run.output)
  t.match(run.stdout, /cli_officer/)

  const unit = await unitOf(db, '530102001')
  const [user] = await db.select().from(schema.users).where(eq(schema.users.username, 'cli_officer'))
  t.ok(user, 'the users table has the row')
  t.equal(user.role, 'officer')
  t.equal(user.unitId, unit.id, 'in the default unit of the division given (华山街道)')
  t.equal(user.displayName, '王承办')
  t.not(user.passwordHash, 'long password 1', 'the password is stored hashed')
  t.match(user.passwordHash, /scrypt/i, 'with scrypt')

  const { app } = await buildTestApp(t, {}, url)
  const session = await login(app, 'cli_officer', 'long password 1')
  t.equal(session.user.role, 'officer')
  const me = await session.get('/api/me')
  t.equal(me.statusCode, 200)
  t.equal(me.json().user.unit.name, '华山街道群众诉求中心')
})

t.test('user add takes a unit id as well as a division code', async (t) => {
  const unit = await unitOf(db, '530102')
  const run = await suqiu(url, ['user', 'add', '--username', 'cli_clerk', '--password', 'long password 2', '--role', 'clerk', '--unit', String(unit.id)])
  t.equal(run.code, 0, run.output)
  const [user] = await db.select().from(schema.users).where(eq(schema.users.username, 'cli_clerk'))
  t.equal(user?.unitId, unit.id)
})

t.test('user add refuses bad input with a clear message and a non-zero exit', async (t) => {
  const count = async () => (await sql`select count(*)::int as n from users`)[0].n as number
  const before = await count()

  // Independent refusals, run side by side (each is a process start).
  const [badRole, missing, noUnit, taken] = await Promise.all([
    suqiu(url, ['user', 'add', '--username', 'cli_boss', '--password', 'long password 3', '--role', 'boss', '--unit', '530102001']),
    suqiu(url, ['user', 'add', '--username', 'cli_nobody']),
    suqiu(url, ['user', 'add', '--username', 'cli_nounit', '--password', 'long password 4', '--role', 'officer', '--unit', '530199999']),
    suqiu(url, ['user', 'add', '--username', 'cli_officer', '--password', 'long password 5', '--role', 'officer', '--unit', '530102001']),
  ])
  t.not(badRole.code, 0, 'a bad role fails')
  t.match(badRole.output, /--role/, 'the message names the option')
  t.match(badRole.output, /officer/, 'and lists the roles')

  t.not(missing.code, 0, 'missing options fail')
  t.match(missing.output, /--password/)

  t.not(noUnit.code, 0, 'an unknown unit fails')
  t.match(noUnit.output, /530199999/, 'naming the unit')

  t.not(taken.code, 0, 'a taken username fails')
  t.match(taken.output, /taken|已/i)

  t.equal(await count(), before, 'no user was created by any of them')
})

t.test('user add applies the password policy of the API, with a one-line refusal', async (t) => {
  const count = async () => (await sql`select count(*)::int as n from users`)[0].n as number
  const before = await count()
  const add = (username: string, password: string) => suqiu(url, ['user', 'add', '--username', username, '--password', password, '--role', 'admin', '--unit', '530100'])
  const [repeated, short, common, withName] = await Promise.all([
    add('cli_weak1', '1111111111'), add('cli_weak2', 'short1'), add('cli_weak3', '1234567890'), add('cli_weak4', 'cli_weak4-password'),
  ])
  for (const [run, why] of [[repeated, /同一个字符|repeated/], [short, /10/], [common, /常见|common/], [withName, /用户名|username/]] as const) {
    t.equal(run.code, 2, `refused (${run.output.trim()})`)
    t.match(run.output, /weak_password|密码不符合要求/, 'says the password is refused')
    t.match(run.output, why, 'and why')
    t.equal(run.output.trim().split('\n').length, 1, 'on one line')
  }
  t.equal(await count(), before, 'no user was created')
})

t.test('migrate is idempotent', async (t) => {
  const journal = JSON.parse(readFileSync(path.join(projectRoot, 'db', 'migrations', 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }
  const applied = async () => (await sql`select count(*)::int as n from drizzle.__drizzle_migrations`)[0].n as number
  for (const round of [1, 2]) {
    const run = await suqiu(url, ['migrate'])
    t.equal(run.code, 0, `round ${round}: ${run.output}`)
    t.match(run.stdout, /migrations applied/)
    t.equal(await applied(), journal.entries.length, `round ${round}: every migration recorded once`)
  }
})

t.test('divisions import shows progress and can run again', async (t) => {
  const [run, badCity] = await Promise.all([suqiu(url, ['divisions', 'import', '--city', '530100']), suqiu(url, ['divisions', 'import', '--city', '53010'])])
  t.equal(run.code, 0, run.output)
  t.match(run.stdout, /villages: \d+/, 'progress lines while reading')
  t.match(run.stdout, /saved: 1903/, 'and while saving')
  t.match(run.stdout, /imported 1903 divisions/)
  t.match(run.stdout, /0 new units/, 'the template already had them: nothing is duplicated')
  const counts = await sql`select level, count(*)::int as n from divisions where city_code = '530100' group by level`
  t.same(Object.fromEntries(counts.map((r) => [r.level, r.n])), { city: 1, county: 14, township: 150, village: 1738 })

  t.not(badCity.code, 0)
  t.match(badCity.output, /--city/)
})

t.test('usage, unknown commands and wrong settings', async (t) => {
  const [bare, unknown, wrong] = await Promise.all([suqiu(url, []), suqiu(url, ['frobnicate']), suqiu('mysql://nowhere/x', ['migrate'])])
  t.equal(bare.code, 0)
  for (const command of ['migrate', 'divisions import', 'user add']) t.match(bare.stdout, command, `usage lists ${command}`)

  t.not(unknown.code, 0, 'an unknown command fails')
  t.match(unknown.output, /usage: suqiu/)

  t.not(wrong.code, 0, 'a wrong setting fails')
  t.match(wrong.output, /DATABASE_URL/, 'naming the setting')
})
