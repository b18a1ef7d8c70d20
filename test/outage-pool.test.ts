// Why requests already in flight hung past 2 s, or answered 500, when PostgreSQL went away (issue #18), found with
// the outage soak (test/outage.test.ts) and pinned here without load:
// - postgres.js waits before it connects a pool connection again after failed attempts, with a back-off shared by
//   the whole pool that grows to 20 s (3^n / 100 s); a query handed to such a connection waited that long before its
//   connect timeout even started: during the outage and after the database was back;
// - drizzle wraps the lost connection in a DrizzleQueryError (the cause inside), and a write to a closed socket is a
//   `write EPIPE`, so a lost connection went out as a 500 instead of a 503.
import t from 'tap'
import { DrizzleQueryError } from 'drizzle-orm/errors'
import { sql as raw } from 'drizzle-orm'
import { connect } from '../src/db/index.js'
import { isConnectionLost } from '../src/ops/connection-lost.js'
import { ownCluster } from './ops/cluster.js'

const cluster = await ownCluster(t)

/** Settles `p` or says it did not within `ms` (a bound, not a speed target: the 2 s and 10 s). */
const within = <T>(p: Promise<T>, ms: number) => Promise.race([
  p.then((value) => ({ settled: true as const, value }), (error: unknown) => ({ settled: true as const, error })),
  new Promise<{ settled: false }>((r) => setTimeout(() => r({ settled: false }), ms).unref()),
])

t.test('a pool that met a stopped database answers each query within 2 s, and connects within 10 s of its return', async (t) => {
  const { sql, db, end } = connect(cluster.url, { max: 4, connectTimeout: 1.5 })
  t.teardown(end)
  await sql`select 1`
  await db.execute(raw`select 1`)
  cluster.stop('fast')
  try {
    // requests keep coming while the outage is not noticed yet: each failed connect grew the back-off
    for (let i = 0; i < 12; i++) {
      const a = await within(sql`select 1`, 2000)
      t.ok(a.settled, `query ${i + 1} during the outage: an answer within 2 s`)
      if (!a.settled) break
      t.ok('error' in a && isConnectionLost(a.error), `query ${i + 1}: a lost connection (503), not another error`, { error: 'error' in a ? String(a.error) : 'none' })
    }
    const d = await within(db.execute(raw`select 1`), 2000)
    t.ok(d.settled && 'error' in d && isConnectionLost(d.error), 'a drizzle query during the outage: a lost connection within 2 s', { d: d.settled && 'error' in d ? String(d.error) : d })
  } finally {
    cluster.start()
  }
  const back = await within(sql`select 1 as ok`, 10_000)
  t.ok(back.settled && 'value' in back, 'the first query after the database is back: an answer within 10 s', { back: back.settled && 'error' in back ? String(back.error) : back })
})

t.test('a lost connection is recognised inside drizzle\'s wrapper and on a write to a closed socket', async (t) => {
  const closed = Object.assign(new Error('write CONNECTION_CLOSED /tmp/.s.PGSQL.5432'), { code: 'CONNECTION_CLOSED' })
  t.ok(isConnectionLost(new DrizzleQueryError('select 1', [], closed)), 'DrizzleQueryError caused by CONNECTION_CLOSED')
  const refused = Object.assign(new Error('connect ENOENT /tmp/.s.PGSQL.5432'), { code: 'ENOENT', errno: -2, syscall: 'connect' })
  t.ok(isConnectionLost(new DrizzleQueryError('select 1', [], refused)), 'DrizzleQueryError caused by a refused connect')
  t.ok(isConnectionLost(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', errno: -32, syscall: 'write' })), 'write EPIPE')
  t.ok(isConnectionLost(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104, syscall: 'read' })), 'read ECONNRESET')
  const unique = Object.assign(new Error('duplicate key'), { name: 'PostgresError', code: '23505' })
  t.notOk(isConnectionLost(new DrizzleQueryError('insert', [], unique)), 'an error of the statement is not an outage')
  t.notOk(isConnectionLost(Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT', syscall: 'open' })), 'a missing file is not an outage')
})
