// The console and the portal call the API through the generated types (src/web/shared/api.ts over api-schema.d.ts,
// issue 25): a route whose schema changes must break `npm run typecheck:web`, not a user's screen. The browser code is
// typechecked on a copy as it is (clean), then with the generated types changed as a server change would change them.
import t from 'tap'
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { projectRoot } from '../src/paths.js'

const run = promisify(execFile)
// three vue-tsc runs of the whole console: 240 s of tap's default 300 s on this box under the suite's load, more on a slower one
t.setTimeout(15 * 60_000)
const vueTsc = path.join(projectRoot, 'node_modules', '.bin', 'vue-tsc')

/** A copy of src/ inside the project (so node_modules resolves), its generated types rewritten by `change`. */
function copyWith(t: { teardown(fn: () => void): void }, change: (schema: string) => string): string {
  const dir = mkdtempSync(path.join(projectRoot, '.typecheck-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  cpSync(path.join(projectRoot, 'src'), path.join(dir, 'src'), { recursive: true })
  const file = path.join(dir, 'src', 'web', 'shared', 'api-schema.d.ts')
  const before = readFileSync(file, 'utf8')
  const after = change(before)
  if (after === before) throw new Error('the change found nothing to change in api-schema.d.ts')
  writeFileSync(file, after)
  return dir
}

async function typecheck(dir: string, project: 'src/web/tsconfig.json' | 'src/web/portal/tsconfig.json'): Promise<{ ok: boolean; output: string }> {
  try {
    await run(vueTsc, ['--noEmit', '-p', path.join(dir, project)], { cwd: dir, maxBuffer: 20 * 1024 * 1024 })
    return { ok: true, output: '' }
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string }
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }
  }
}

t.test('the console typechecks against the generated types as they are', async (t) => {
  const dir = copyWith(t, (s) => s.replace('// Generated from', '// (copy) Generated from'))
  const clean = await typecheck(dir, 'src/web/tsconfig.json')
  t.ok(clean.ok, clean.output.split('\n').slice(0, 20).join('\n'))
})

t.test('a renamed route breaks the console build where it is called', async (t) => {
  // the server moves GET /api/cases/:id to /api/cases/:caseId
  const dir = copyWith(t, (s) => s.replace('"/api/cases/{id}": {', '"/api/cases/{caseId}": {'))
  const result = await typecheck(dir, 'src/web/tsconfig.json')
  t.notOk(result.ok, 'vue-tsc fails')
  t.match(result.output, /src\/web\/src\/api\/cases\.ts\(\d+,\d+\): error TS/, 'the call in the console\'s case client is the error')
})

t.test('a changed answer breaks the portal build where it is read', async (t) => {
  // the server answers the submission's tracking code as a number
  const dir = copyWith(t, (s) => {
    const at = s.indexOf('    postApiComplaints: {')
    const field = s.indexOf('trackingCode: string;', at)
    return s.slice(0, field) + 'trackingCode: number;' + s.slice(field + 'trackingCode: string;'.length)
  })
  const result = await typecheck(dir, 'src/web/portal/tsconfig.json')
  t.notOk(result.ok, 'vue-tsc fails')
  t.match(result.output, /src\/web\/portal\/views\/SubmitView\.vue\(\d+,\d+\): error TS/, 'the portal page that hands the code on is the error')
})
