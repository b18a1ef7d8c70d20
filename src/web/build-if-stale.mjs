#!/usr/bin/env node
// Builds the staff console (dist/web) when it is missing or older than its sources; `npm start` runs it
// before the server, and the browser tests before they start. Plain JavaScript: it runs before tsc.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
export const projectRoot = path.resolve(here, '..', '..')
export const webSources = here
export const webOut = path.join(projectRoot, 'dist', 'web')
const lockDir = path.join(projectRoot, 'dist', '.web-build.lock')
const STALE_LOCK_MS = 5 * 60_000

function newestMtime(dir) {
  let newest = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)
  }
  return newest
}

/** The build is missing, or a source file of the console is newer than it. */
export function webBuildIsStale() {
  const index = path.join(webOut, 'index.html')
  if (!existsSync(index)) return true
  return statSync(index).mtimeMs < newestMtime(webSources)
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/**
 * Builds when stale; processes running side by side (test files) build once: the others wait for the
 * lock and find the build fresh. Resolves to the milliseconds spent building (0 when it was fresh).
 */
export async function buildIfStale({ log = () => {} } = {}) {
  if (!webBuildIsStale()) return 0
  mkdirSync(path.dirname(lockDir), { recursive: true })
  for (;;) {
    try {
      mkdirSync(lockDir)
      break
    } catch {
      const lock = statSync(lockDir, { throwIfNoEntry: false })
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) rmSync(lockDir, { recursive: true, force: true })
      await sleep(500)
      if (!webBuildIsStale()) return 0
    }
  }
  try {
    if (!webBuildIsStale()) return 0
    const vite = path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js')
    if (!existsSync(vite)) {
      log('vite is not installed (npm install --include=dev): the console is not rebuilt')
      return 0
    }
    const started = Date.now()
    log('building the staff console (dist/web)…')
    execFileSync(process.execPath, [vite, 'build', '--config', path.join(webSources, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: projectRoot, stdio: ['ignore', 2, 2] })
    return Date.now() - started
  } finally {
    rmSync(lockDir, { recursive: true, force: true })
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildIfStale({ log: (m) => process.stderr.write(`[web] ${m}\n`) }).then(
    (ms) => { if (ms) process.stderr.write(`[web] built in ${ms} ms\n`) },
    (err) => { process.stderr.write(`[web] build failed: ${err?.message ?? err}\n`); process.exit(1) },
  )
}
