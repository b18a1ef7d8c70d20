#!/usr/bin/env node
// `npm start`'s build step: compiles the server (tsc -p tsconfig.build.json into dist/) only when dist/ is
// missing or older than its sources, then the console (src/web/build-if-stale.mjs) likewise, so a second
// start does not wait for tsc. `npm run build` runs it with `--server --force`. Plain JavaScript: it runs
// before anything is compiled.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildIfStale as buildWebIfStale } from './web/build-if-stale.mjs'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const mainJs = path.join(projectRoot, 'dist', 'src', 'main.js')
/** Written after a clean tsc run: tsc emits even when it reports errors, and such a build must not count as fresh. */
const stamp = path.join(projectRoot, 'dist', '.server-built')
/** What tsconfig.build.json compiles (src/web is the console's, built by Vite), and the files that shape it. */
const SOURCE_DIRS = ['src', 'channels', 'db', 'workers']
const SKIP = new Set(['node_modules', 'web'])
const BUILD_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json']

function newestMtime(dir, top = true) {
  let newest = 0
  if (!existsSync(dir)) return newest
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || (top && SKIP.has(entry.name)) || entry.name === 'node_modules') continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full, false))
    else if (/\.(ts|mts|json|sql)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs)
  }
  return newest
}

/** Why dist/ must be rebuilt, or null when the last clean build is newer than every source file. */
export function serverBuildReason() {
  if (!existsSync(mainJs)) return 'dist/src/main.js is missing'
  if (!existsSync(stamp)) return 'the last build did not finish cleanly'
  const built = statSync(stamp).mtimeMs
  const newest = Math.max(
    ...SOURCE_DIRS.map((d) => newestMtime(path.join(projectRoot, d))),
    ...BUILD_FILES.map((f) => statSync(path.join(projectRoot, f), { throwIfNoEntry: false })?.mtimeMs ?? 0),
  )
  return newest > built ? 'sources changed since the last build' : null
}

/** Runs `tsc -p tsconfig.build.json` when the build is stale (or `force`); returns the ms spent (0: fresh). */
export function buildServerIfStale({ log = () => {}, force = false } = {}) {
  const reason = force ? 'asked to' : serverBuildReason()
  if (!reason) return 0
  log(`compiling the server (${reason})…`)
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  const started = Date.now()
  rmSync(stamp, { force: true })
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'] })
  if (result.status !== 0) throw new Error(`tsc exited with ${result.status ?? result.signal}`)
  // stamped with the time the build started: a source saved during the build makes it stale again
  writeFileSync(stamp, '')
  const at = new Date(started)
  utimesSync(stamp, at, at)
  return Date.now() - started
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `--force`: compile the server even when fresh (`npm run build`); `--server`: leave the console alone
  const args = process.argv.slice(2)
  const log = (m) => process.stderr.write(`[build] ${m}\n`)
  try {
    const ms = buildServerIfStale({ log, force: args.includes('--force') })
    if (ms) log(`server compiled in ${ms} ms`)
    if (args.includes('--server')) process.exit(0)
    const webMs = await buildWebIfStale({ log })
    if (webMs) log(`console built in ${webMs} ms`)
  } catch (err) {
    log(`build failed: ${err?.message ?? err}`)
    process.exit(1)
  }
}
