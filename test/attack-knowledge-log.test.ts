// Attack: does a public file download that fails (404, 400, 429) log the downloader's address?
import t from 'tap'
import { buildApp } from '../src/app.js'
import { appRoleUrl, testConfig, testDatabase } from './helper.js'
import { capturedLog } from './support/log.js'

const IP = '203.0.113.77'
t.test('no address in the log on refused public downloads', async (t) => {
  const { lines, logger } = capturedLog()
  const url = await testDatabase(t)
  const app = await buildApp({ config: testConfig(t, { LOG_LEVEL: 'trace' }), databaseUrl: await appRoleUrl(url), logger })
  t.teardown(() => app.close())
  await app.ready()
  const codes = new Set<number>()
  codes.add((await app.inject({ method: 'GET', url: '/api/public/knowledge/articles/1/files/999', remoteAddress: IP })).statusCode)
  codes.add((await app.inject({ method: 'GET', url: '/api/public/knowledge/articles/x/files/y', remoteAddress: IP })).statusCode)
  for (let i = 0; i < 125; i++) codes.add((await app.inject({ method: 'GET', url: `/api/public/knowledge/articles/1/files/${i + 1}`, remoteAddress: IP })).statusCode)
  t.comment(`statuses: ${[...codes]}`)
  t.ok(codes.has(429), 'the rate limit was reached')
  const leaked = lines.filter((l) => l.includes(IP))
  t.comment(leaked.slice(0, 3).join('\n'))
  t.equal(leaked.length, 0, 'the address is in no log line')
})
