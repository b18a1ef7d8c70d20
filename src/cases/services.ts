// What the case lifecycle needs from the outside world, gathered once per process.
import PgBoss from 'pg-boss'
import type { Sql, TransactionSql } from 'postgres'
import type { WorkCalendar } from '../calendar/workdays.js'
import type { DerivedKeys } from '../privacy/crypto.js'
import { isConnectionLost } from '../ops/connection-lost.js'

export interface CaseServices {
  sql: Sql
  calendar: WorkCalendar
  keys: DerivedKeys
  /** enqueues jobs inside a transaction (outbox): a rolled-back transaction leaves no job */
  outbox: Outbox
  cityCode: string
  now?: () => Date
  /**
   * Set by {@link servicesIn}: the services run inside a caller's transaction, so their live events are
   * NOTIFYed inside it too (delivered on its commit, never on its rollback) instead of after their own commit.
   */
  enclosing?: TransactionSql
  /**
   * false: a batch of events (src/cases/apply.ts) is written in one statement once all its events are decided,
   * instead of in two halves, the first sent while the second is decided (the events bench compares the two).
   */
  splitEventWrites?: boolean
}

export interface OutboxJob { name: string; data: Record<string, unknown>; options?: PgBoss.SendOptions }

export interface Outbox { send(tx: TransactionSql, jobs: OutboxJob[]): Promise<void> }

/** Job options pg-boss's insert() reads as send() does. */
const INSERTABLE = new Set(['id', 'priority', 'retryLimit', 'retryDelay', 'retryBackoff', 'singletonKey', 'expireInSeconds', 'deadLetter'])

/** A pg-boss client used only to write jobs through the caller's transaction (it never starts, never polls). */
export function pgBossOutbox(): Outbox {
  const boss = new PgBoss({ db: { executeSql: async () => { throw new Error('outbox sends only inside a transaction') } } })
  return {
    async send(tx, jobs) {
      if (jobs.length === 0) return
      // prepared once per connection; the jobs go out together, with whatever the caller sends beside them
      const run = (text: string, values: unknown[]) => tx.unsafe(text, values.map((v) => (v === undefined ? null : v)) as never[], { prepare: true })
      // several jobs in one statement when their options are the plain ones insert() reads as send() does
      if (jobs.length > 1 && jobs.every((j) => Object.keys(j.options ?? {}).every((k) => INSERTABLE.has(k)))) {
        // insert() passes the jobs as one JSON text (json_to_recordset($1)): parsed and typed json (oid 114), or postgres.js would quote it once more
        const db = { executeSql: async (text: string, [list, ...rest]: unknown[]) => ({ rows: await run(text, [tx.typed(JSON.parse(list as string), 114), ...rest]) }) }
        await boss.insert(jobs.map((j) => ({ ...(j.options as Record<string, unknown>), name: j.name, data: j.data })) as PgBoss.JobInsert[], { db } as never)
        return
      }
      const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await run(text, values ?? []) }) }
      await Promise.all(jobs.map((job) => boss.send(job.name, job.data, { ...job.options, db })))
    },
  }
}

/**
 * The case services bound to an open transaction: applyEvent and createComplaint, which open their own with
 * `sql.begin`, then run as a savepoint of it, so a call form or an intake with files commits or fails as one.
 */
export function servicesIn(services: CaseServices, tx: TransactionSql): CaseServices {
  const sql = new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop === 'begin') return (fn: (t: TransactionSql) => unknown) => target.savepoint(fn)
      return Reflect.get(target, prop, receiver)
    },
  }) as unknown as Sql
  return { ...services, sql, enclosing: tx }
}

/** What a short transaction decided, once it has read what it needed: its result and the statements that write it. */
export interface Decided<T> { result: T; writes: PromiseLike<unknown>[] }

/**
 * Runs a short transaction in as few round trips as it allows. `decide` reads (awaiting as it must) and then
 * returns its writes unawaited; on a connection of its own, BEGIN goes out with the first reads and COMMIT right
 * behind the writes, so the usual transaction costs two round trips instead of four. Under servicesIn it is a
 * savepoint of the caller's transaction instead, as `sql.begin` would make it; pass `savepoints` when decide
 * needs `tx.savepoint` (a reserved connection has none) to get a plain `sql.begin` as well.
 */
export async function transact<T>(services: CaseServices, decide: (tx: TransactionSql) => Promise<Decided<T>>, opts: { savepoints?: boolean } = {}): Promise<T> {
  if (services.enclosing || opts.savepoints) {
    return services.sql.begin(async (tx) => {
      const { result, writes } = await decide(tx)
      await Promise.all(writes)
      return result
    }) as Promise<T>
  }
  const c = await services.sql.reserve()
  // A connection that died under the transaction takes nothing more: no ROLLBACK (the server rolled it back) and no
  // release, which would hand the dead connection back to the pool as an open one (postgres.js then writes to a
  // closed socket). Left reserved, the pool reconnects it when its close arrives.
  let lost = false
  try {
    // the same statements as a transaction's, minus savepoints: never used on this path
    const tx = c as unknown as TransactionSql
    const begun = c`begin`.execute()
    // handled here: when the connection is lost under `decide`, nothing awaits BEGIN (its failure is the same loss)
    begun.catch(() => {})
    let decided: Decided<T>
    try {
      decided = await decide(tx)
    } catch (err) {
      lost = isConnectionLost(err)
      if (!lost) await Promise.allSettled([begun, c`rollback`])
      throw err
    }
    // The first failure is the cause: the statements after it only report the aborted transaction, which COMMIT
    // then rolls back. BEGIN fails only with the connection, and then so does every statement behind it.
    const settled = await Promise.allSettled([begun, ...decided.writes, c`commit`])
    const failed = settled.find((s) => s.status === 'rejected')
    if (failed) {
      lost = settled.some((s) => s.status === 'rejected' && isConnectionLost(s.reason))
      throw (failed as PromiseRejectedResult).reason
    }
    return decided.result
  } finally {
    if (!lost) c.release()
  }
}
