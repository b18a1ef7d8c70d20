// The spool (issue #18): while the database is down, a signed fax gateway post is kept on local disk (fsync'd)
// and answered 202 instead of 503; when the database is back it becomes a case, exactly once. An unsigned post is
// not spooled. The test stops a PostgreSQL of its own (test/ops/cluster.ts).
import t from 'tap'
import { readdirSync } from 'node:fs'
import { buildApp } from '../src/app.js'
import { connect } from '../src/db/index.js'
import { prepareDatabase } from '../src/bootstrap.js'
import { signFaxBody } from '../channels/fax/verify.js'
import { spoolDir } from '../src/ops/spool.js'
import { faxTiff, multipart } from './fixtures/files/make.js'
import { testConfig } from './helper.js'
import { ownCluster } from './ops/cluster.js'
import { waitFor } from './ops/service.js'

const FAX_SECRET = 'fax-gateway-secret-0123456789'
const cluster = await ownCluster(t)
{
  const { db, sql, end } = connect(cluster.url, { max: 2 })
  await prepareDatabase({ db, sql, url: cluster.url }, '530100', { info: () => {} }, { admin: false })
  await end()
}
const config = testConfig(t, { FAX_WEBHOOK_SECRET: FAX_SECRET })
const app = await buildApp({ config, databaseUrl: cluster.url, logger: false })
t.teardown(() => app.close())
const spooled = () => readdirSync(spoolDir(config.dataDir)).filter((f) => f.endsWith('.json'))
const faxes = async () => (await app.sql`select count(*)::int as n from complaints where channel = 'fax'`)[0].n as number

const { body, contentType } = await multipart({ from: '0871-6312 3456', to: '+868716000000', pages: '1', faxId: 'hylafax-outage-1' }, [{ field: 'file', filename: 'fax1.tif', content: await faxTiff(1), type: 'image/tiff' }])
const post = (signature?: string) => app.inject({ method: 'POST', url: '/channels/fax/inbound', payload: body, headers: { 'content-type': contentType, ...(signature ? { 'x-fax-signature': signature } : {}) } })

t.test('a signed fax during an outage is spooled, and becomes one case when the database is back', async (t) => {
  cluster.stop('fast')
  await waitFor('the outage noticed', () => !app.dbHealth.up, 10_000)

  const unsigned = await post('sha256=' + '0'.repeat(64))
  t.not(unsigned.statusCode, 202, 'a post with a wrong signature is not spooled')
  t.same(spooled(), [], 'nothing in the spool for it')

  const res = await post(signFaxBody(FAX_SECRET, body))
  t.equal(res.statusCode, 202, 'the gateway hears it was received', { body: res.body })
  t.match(res.json(), { received: true, spooled: true })
  t.equal(spooled().length, 1, 'kept in the spool')

  cluster.start()
  await waitFor('the spool replayed', () => spooled().length === 0, 30_000)
  t.equal(await faxes(), 1, 'one case from the fax')
  const again = await post(signFaxBody(FAX_SECRET, body))
  t.equal(again.statusCode, 200, 'the gateway sending it again: already there')
  t.equal(await faxes(), 1, 'still one case')
})
