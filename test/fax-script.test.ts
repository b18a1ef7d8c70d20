// The HylaFAX+ script in channels/fax/README.md, run as written against the app: documentation that is checked.
import t from 'tap'
import { execFile } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { projectRoot } from '../src/paths.js'
import { FAX_SECRET, paperApp } from './fixtures/files/app.js'
import { faxTiff } from './fixtures/files/make.js'

const run = promisify(execFile)
const tools = ['/usr/bin/curl', '/usr/bin/openssl', '/usr/bin/od']
const missing = tools.find((p) => !existsSync(p))
// On CI .ci/run installs curl, openssl and coreutils (od): missing there is a failure, not a skip.
if (missing && process.env.CI) t.fail(`${missing} is missing on CI (apt-get install curl openssl coreutils): the README's fax script cannot be checked`)

/** The `#!/bin/sh` block of the README. */
function scriptFromReadme(): string {
  const readme = readFileSync(path.join(projectRoot, 'channels/fax/README.md'), 'utf8')
  const block = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.startsWith('#!/bin/sh'))
  if (!block) throw new Error('no #!/bin/sh block in channels/fax/README.md')
  return block
}

t.test('the README script posts a fax that the webhook accepts', { skip: missing ? `${missing} missing` : false }, async (t) => {
  const { app } = await paperApp(t)
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  const spool = mkdtempSync(path.join(os.tmpdir(), 'suqiu-hylafax-'))
  t.teardown(() => rmSync(spool, { recursive: true, force: true }))
  mkdirSync(path.join(spool, 'recvq'))
  mkdirSync(path.join(spool, 'bin'))
  writeFileSync(path.join(spool, 'recvq/fax000000042.tif'), await faxTiff(2))
  writeFileSync(path.join(spool, 'secret'), FAX_SECRET + '\n', { mode: 0o600 })
  writeFileSync(path.join(spool, 'suqiu-post'), scriptFromReadme(), { mode: 0o750 })
  // a stand-in for HylaFAX's faxinfo, printing what the real one prints for this fax
  writeFileSync(path.join(spool, 'bin/faxinfo'), '#!/bin/sh\necho "$1:"\necho "          Sender: 0871 6312 3456"\necho "           Pages: 2"\necho "         Quality: Fine"\n')
  chmodSync(path.join(spool, 'bin/faxinfo'), 0o755)

  const env = { ...process.env, PATH: `${path.join(spool, 'bin')}:${process.env.PATH}`, SPOOL: spool, SUQIU_SECRET_FILE: path.join(spool, 'secret'), SUQIU_FAX_URL: `${base}/channels/fax/inbound` }
  const first = await run('sh', [path.join(spool, 'suqiu-post'), 'recvq/fax000000042.tif', '42'], { env, timeout: 60_000 })
  t.match(first.stdout, /posted: \{"received":true/)

  const [c] = await app.sql`select k.channel, k.content, k.extra from complaints k`
  t.match(c, { channel: 'fax', content: '传真件待转录' })
  t.match(c.extra, { faxVia: 'webhook', faxId: `${os.hostname()}-42`, pages: 2, faxFromMasked: '871****3456' })

  const again = await run('sh', [path.join(spool, 'suqiu-post'), 'recvq/fax000000042.tif', '42'], { env, timeout: 60_000 })
  t.match(again.stdout, /posted/, 'a retry is answered 200 and stores nothing')
  const [n] = await app.sql`select count(*)::int as n from complaints`
  t.equal(n.n, 1)

  writeFileSync(path.join(spool, 'secret'), 'a-wrong-secret-0123456789abcdef\n')
  const wrong = await run('sh', [path.join(spool, 'suqiu-post'), 'recvq/fax000000042.tif', '43'], { env, timeout: 60_000 }).catch((err: { stdout: string; code: number }) => err)
  t.equal((wrong as { code?: number }).code, 1, 'a refused fax exits 1 for a person to look at')
  t.match(wrong.stdout, /refused \(401\)/)
})
