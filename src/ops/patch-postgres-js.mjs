#!/usr/bin/env node
// Guards postgres.js 3.4.x against two faults that take a service down when its database goes away (issue #18;
// upstream porsager/postgres#1066, #1154, #1208 and pull requests #1168, #1209, not released yet):
//  1. a write scheduled with setImmediate runs after the socket closed: `socket.write` on null throws outside any
//     promise (TypeError: Cannot read properties of null (reading 'write')) and kills the process. Guarded: the
//     connection's queries fail with CONNECTION_CLOSED instead, as they would have a moment earlier.
//  2. close and terminate cancel that scheduled write without forgetting it: the connection keeps the stale bytes
//     and never schedules another small write, so after the database returns it hangs on its first message.
//     Cleared: a closed connection starts clean.
//  3. a new connection fetches the array types without awaiting the promise (`return fetchArrayTypes()` in the
//     ReadyForQuery handler): when the database goes in that moment (`write EPIPE`), the rejection is unhandled and
//     Node ends the process. Caught: the connection's own error path already fails the queries waiting on it.
// Run by `npm install` (postinstall) and by the Dockerfile; safe to repeat; leaves other versions alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const MARK = '/* suqiu: closed-socket guard */'
let root
try {
  root = path.dirname(createRequire(import.meta.url).resolve('postgres/package.json'))
} catch {
  // `exports` may hide package.json: walk up from the entry point
  const entry = createRequire(import.meta.url).resolve('postgres')
  root = entry.slice(0, entry.lastIndexOf(`${path.sep}node_modules${path.sep}postgres${path.sep}`) + `${path.sep}node_modules${path.sep}postgres`.length)
}

const edits = [
  ['  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)',
    `  function nextWrite(fn) {\n    if (!socket) { ${MARK}\n      chunk = nextWriteTimer = null\n      error(Errors.connection('CONNECTION_CLOSED', options))\n      return true\n    }\n    const x = socket.write(chunk, fn)`],
  ['  function terminate() {\n    terminated = true\n    if (stream || query || initial || sent.length)\n      error(Errors.connection(\'CONNECTION_DESTROYED\', options))\n\n    clearImmediate(nextWriteTimer)\n',
    '  function terminate() {\n    terminated = true\n    if (stream || query || initial || sent.length)\n      error(Errors.connection(\'CONNECTION_DESTROYED\', options))\n\n    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n'],
  ['    remaining = 0\n    incomings = null\n    clearImmediate(nextWriteTimer)\n    socket.removeListener(\'data\', data)',
    '    remaining = 0\n    incomings = null\n    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    socket.removeListener(\'data\', data)'],
  ['        return fetchArrayTypes()\n',
    '        return fetchArrayTypes().catch(() => {}) /* suqiu: type fetch guard */\n'],
]

let patched = 0
for (const file of ['src/connection.js', 'cjs/src/connection.js', 'cf/src/connection.js'].map((f) => path.join(root, f))) {
  if (!existsSync(file)) continue
  let text = readFileSync(file, 'utf8')
  // each edit once: a file patched by an earlier version of this script gets the edits it lacks
  const missing = edits.filter(([, to]) => !text.includes(to))
  if (!missing.length) continue
  if (!missing.every(([from]) => text.includes(from))) {
    process.stderr.write(`postgres.js at ${root} is not the version this guard was written for: ${file} left unchanged\n`)
    continue
  }
  for (const [from, to] of missing) text = text.replace(from, to)
  writeFileSync(file, text)
  patched++
}
if (patched) process.stdout.write(`postgres.js: closed-socket guard added to ${patched} file(s)\n`)
