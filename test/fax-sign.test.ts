// `suqiu fax-sign FILE` (issue 25) as a gateway's installer runs it: the body file and headers it prints are accepted
// by the fax route as they are; the worked example in the OpenAPI document is signed as the route checks.
import t from 'tap'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectRoot } from '../src/paths.js'
import { verifyFaxSignature } from '../channels/fax/verify.js'
import { FAX_EXAMPLE_BODY, FAX_EXAMPLE_SECRET, FAX_EXAMPLE_SIGNATURE } from '../src/http/openapi-webhooks.js'
import { FAX_SECRET, paperApp } from './fixtures/files/app.js'
import { faxTiff } from './fixtures/files/make.js'
import { signIn } from './helper.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-fax-sign-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))

function suqiu(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: projectRoot, env: { ...process.env, SUQIU_DATA_DIR: dir, LOG_LEVEL: 'warn', ...env }, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, output: stdout + stderr })
    })
  })
}

t.test('the printed request is accepted by the fax route', async (t) => {
  const file = path.join(dir, 'fax.tif')
  writeFileSync(file, await faxTiff(2))
  const run = await suqiu(['fax-sign', file, '--fax-id', 'gw-cli-1', '--from', '+868716000001'], { FAX_WEBHOOK_SECRET: FAX_SECRET, PUBLIC_BASE_URL: 'http://gateway.test' })
  t.equal(run.code, 0, run.output)
  const header = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(run.stdout)?.[1]
  const contentType = header('Content-Type')
  const signature = header('X-Fax-Signature')
  t.match(signature, /^sha256=[0-9a-f]{64}$/)
  t.match(run.stdout, /curl -X POST --data-binary @.* http:\/\/gateway\.test\/channels\/fax\/inbound/)
  const body = readFileSync(`${file}.multipart`)

  const { app } = await paperApp(t)
  const res = await app.inject({ method: 'POST', url: '/channels/fax/inbound', headers: { 'content-type': contentType!, 'x-fax-signature': signature! }, payload: body })
  t.equal(res.statusCode, 201, res.body)
  t.equal(res.json().faxId, 'gw-cli-1')
  const clerk = await signIn(app, 'clerk', '530100')
  const list = (await clerk.inject({ method: 'GET', url: '/api/cases?state=intake' })).json()
  const fax = list.items.find((c: { channel: string }) => c.channel === 'fax')
  t.ok(fax, 'the fax is a case at intake')
  const files = (await clerk.inject({ method: 'GET', url: `/api/cases/${fax.id}/attachments` })).json().items
  t.equal(files[0]?.mime, 'image/tiff', 'the document is kept as sent')

  const wrong = await app.inject({ method: 'POST', url: '/channels/fax/inbound', headers: { 'content-type': contentType!, 'x-fax-signature': signature!.replace(/.$/, (c) => (c === '0' ? '1' : '0')) }, payload: body })
  t.equal(wrong.statusCode, 401)
  t.equal(wrong.json().error.code, 'bad_signature')
})

t.test('without the secret it says what is missing', async (t) => {
  const file = path.join(dir, 'doc.pdf')
  writeFileSync(file, '%PDF-1.4 test')
  const run = await suqiu(['fax-sign', file], { FAX_WEBHOOK_SECRET: '' })
  t.equal(run.code, 78)
  t.match(run.output, /FAX_WEBHOOK_SECRET/)
})

t.test('the worked example in the document verifies', async (t) => {
  t.ok(verifyFaxSignature(FAX_EXAMPLE_SECRET, Buffer.from(FAX_EXAMPLE_BODY), FAX_EXAMPLE_SIGNATURE))
})
