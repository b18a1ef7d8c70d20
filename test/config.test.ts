import t from 'tap'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigError, loadConfig } from '../src/config.js'

t.test('defaults: port 3000, Kunming, a secret generated once and kept in the data dir', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-cfg-'))
  const c1 = loadConfig({ SUQIU_DATA_DIR: dir })
  t.equal(c1.PORT, 3000)
  t.equal(c1.SUQIU_CITY, '530100')
  t.equal(c1.PUBLIC_BASE_URL, 'http://localhost:3000')
  t.ok(c1.SUQIU_SECRET.length >= 32)
  t.equal(readFileSync(path.join(dir, 'secret'), 'utf8').trim(), c1.SUQIU_SECRET)
  t.equal(loadConfig({ SUQIU_DATA_DIR: dir }).SUQIU_SECRET, c1.SUQIU_SECRET, 'second start reuses the secret')
})

t.test('a wrong setting stops start-up with a message naming it', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-cfg-'))
  const cases: [Record<string, string>, string][] = [
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ SUQIU_CITY: '5301' }, 'SUQIU_CITY'],
    [{ SUQIU_SECRET: 'short' }, 'SUQIU_SECRET'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TWILIO_ACCOUNT_SID: 'AC123' }, 'TWILIO_AUTH_TOKEN'],
  ]
  for (const [env, setting] of cases) {
    let caught: unknown
    try { loadConfig({ SUQIU_DATA_DIR: dir, ...env }) } catch (err) { caught = err }
    t.ok(caught instanceof ConfigError, `${JSON.stringify(env)} is refused`)
    t.equal((caught as ConfigError).setting, setting)
    t.match((caught as ConfigError).message, setting, 'the message names the setting')
  }
})
