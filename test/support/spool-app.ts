// The outage tests' app (test/spool-twilio.test.ts, test/spool-queue-result.test.ts): a PostgreSQL cluster of the
// test's own, which the test stops and starts under the app; the city prepared on it; the hotline and the reporting
// line on the fake Twilio account; webhooks signed as Twilio signs them; the spool's files and keys.
import type { Test as Tap } from 'tap'
import { readdirSync } from 'node:fs'
import { buildApp } from '../../src/app.js'
import { connect } from '../../src/db/index.js'
import { prepareDatabase } from '../../src/bootstrap.js'
import { spoolDir } from '../../src/ops/spool.js'
import { deriveKeys } from '../../src/privacy/crypto.js'
import { testConfig } from '../helper.js'
import { ownCluster } from '../ops/cluster.js'
import { signedTwilioRequest, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN } from './fake-twilio.js'

export const PUBLIC = 'https://rexian.km.gov.cn'
export const HOTLINE = '+868712345678'
export const REPORT = '+868712388000'

export async function spoolApp(t: Tap) {
  const cluster = await ownCluster(t)
  const { db, sql, end } = connect(cluster.url, { max: 2 })
  await prepareDatabase({ db, sql, url: cluster.url }, '530100', { info: () => {} }, { admin: false })
  await end()
  const config = testConfig(t, {
    PUBLIC_BASE_URL: PUBLIC, TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
    TWILIO_HOTLINE_NUMBER: HOTLINE, TWILIO_REPORT_NUMBER: REPORT,
  })
  const app = await buildApp({ config, databaseUrl: cluster.url, logger: false })
  t.teardown(() => app.close())
  const twilioPost = (url: string, params: Record<string, string>, signature: 'valid' | 'wrong' = 'valid') =>
    signedTwilioRequest(app, { url, publicBaseUrl: PUBLIC, authToken: TEST_AUTH_TOKEN, params, signature })
  const spoolFiles = () => readdirSync(spoolDir(config.dataDir)).filter((f) => f.endsWith('.json'))
  return { cluster, config, app, twilioPost, spoolFiles, keys: deriveKeys(config.SUQIU_SECRET) }
}
