// Behind a proxy the client address is the right-most untrusted one in X-Forwarded-For: a forged left-most address
// does not dodge the sign-in throttle, and two real clients behind the same proxy stay apart.
import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { buildTestApp } from './helper.js'
import os from 'node:os'
import { loadConfig, ConfigError } from '../src/config.js'

const trustProxy = (setting: string) => loadConfig({ TRUST_PROXY: setting, SUQIU_SECRET: 'proxy-test-secret-proxy-test-secret-01', SUQIU_DATA_DIR: os.tmpdir() }).TRUST_PROXY

/** Failed sign-ins (a new username each time) from `client` as the proxy reports it, with a forged left-most address. */
async function failedLogins(app: FastifyInstance, n: number, client: string, proxy = '127.0.0.1') {
  const codes: string[] = []
  for (let i = 0; i < n; i++) {
    const res = await app.inject({
      method: 'POST', url: '/api/auth/login', remoteAddress: proxy,
      headers: { 'x-forwarded-for': `198.18.${i % 250}.${(i * 7) % 250}, ${client}` },
      payload: { username: `nobody_${client}_${i}`, password: 'not the password' },
    })
    codes.push(res.json().error.code)
  }
  return codes
}

for (const setting of ['1', '127.0.0.1', '127.0.0.0/8, 10.0.0.0/8']) {
  t.test(`TRUST_PROXY=${setting}: the right-most untrusted address is the client`, async (t) => {
    const { app, sql } = await buildTestApp(t, { TRUST_PROXY: trustProxy(setting) })
    // eleven failures from one address start its 1 s wait; the twelfth attempt comes inside it however slow the box:
    // a wait started is held a minute on (were the forged addresses counted, no counter would have a wait to hold)
    const codes = await failedLogins(app, 11, '203.0.113.77')
    await sql`update sign_in_throttle set next_at = now() + interval '1 minute' where next_at is not null`
    codes.push(...await failedLogins(app, 1, '203.0.113.77'))
    t.ok(codes.includes('sign_in_throttled'), `a forged left-most address does not dodge the throttle (${codes.slice(-3).join(', ')})`)
    const other = await failedLogins(app, 1, '203.0.113.88')
    t.same(other, ['bad_credentials'], 'another client behind the same proxy is not slowed by the first')
  })
}

t.test('TRUST_PROXY takes a hop count or a list of addresses; anything else is refused', async (t) => {
  t.equal(trustProxy('2'), 2)
  t.same(trustProxy('10.0.0.1, 10.1.0.0/16'), ['10.0.0.1', '10.1.0.0/16'])
  t.equal(trustProxy('false'), false)
  t.equal(trustProxy('true'), 1, 'true means the one proxy in front, never the left-most address')
  t.throws(() => trustProxy('everyone'), ConfigError)
})
