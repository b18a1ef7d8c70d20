// Several processes starting a new release on one empty database: each applies the migrations, none fails.
import t from 'tap'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { connect, migrate } from '../src/db/index.js'
import { projectRoot } from '../src/paths.js'
import { testDatabase } from './helper.js'

const journal = JSON.parse(readFileSync(path.join(projectRoot, 'db', 'migrations', 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] }

t.test('three processes migrating one empty database at once all succeed, and each migration runs once', async (t) => {
  const url = await testDatabase(t, { empty: true })
  const pools = [connect(url, { max: 2 }), connect(url, { max: 2 }), connect(url, { max: 2 })]
  t.teardown(() => Promise.all(pools.map((p) => p.end())))

  const results = await Promise.allSettled(pools.map((p) => migrate(p.db)))
  t.same(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'fulfilled'], 'every process migrates without an error',
    { errors: results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : [])) })

  const { sql } = pools[0]
  const [{ n }] = await sql`select count(*)::int as n from drizzle.__drizzle_migrations`
  t.equal(n, journal.entries.length, 'every migration is recorded once')
  const [{ tables }] = await sql`select count(*)::int as tables from information_schema.tables where table_schema = 'public' and table_name in ('cases', 'complaints', 'audit_log', 'divisions')`
  t.equal(tables, 4, 'and the schema is there')

  // the lock is released: a later start migrates (nothing to do) without waiting
  await migrate(pools[1].db)
  const [{ held }] = await sql`select count(*)::int as held from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())`
  t.equal(held, 0, 'no advisory lock is left behind')
})

t.test('a URL with ?host=/dir reaches the server over its Unix-domain socket, as libpq reads it', async (t) => {
  const url = await testDatabase(t, { empty: true })
  t.match(new URL(url).searchParams.get('host') ?? '', /^\//, 'the test server is named by its socket folder')
  const { sql, end } = connect(url, { max: 1 })
  t.teardown(end)
  const [row] = await sql`select inet_server_addr() as addr, current_database() as db`
  t.equal(row.addr, null, 'not over TCP')
  t.equal(row.db, new URL(url).pathname.slice(1), 'and in the database the URL names')
  // without the host parameter the same URL is TCP on 127.0.0.1
  const tcp = new URL(url)
  tcp.searchParams.delete('host')
  const over = connect(tcp.toString(), { max: 1 })
  t.teardown(over.end)
  const [viaTcp] = await over.sql`select host(inet_server_addr()) as addr`
  t.equal(viaTcp.addr, '127.0.0.1')
})
