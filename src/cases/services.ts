// What the case lifecycle needs from the outside world, gathered once per process.
import PgBoss from 'pg-boss'
import type { Sql, TransactionSql } from 'postgres'
import type { WorkCalendar } from '../calendar/workdays.js'
import type { DerivedKeys } from '../privacy/crypto.js'

export interface CaseServices {
  sql: Sql
  calendar: WorkCalendar
  keys: DerivedKeys
  /** enqueues jobs inside a transaction (outbox): a rolled-back transaction leaves no job */
  outbox: Outbox
  cityCode: string
  now?: () => Date
}

export interface OutboxJob { name: string; data: Record<string, unknown>; options?: PgBoss.SendOptions }

export interface Outbox { send(tx: TransactionSql, jobs: OutboxJob[]): Promise<void> }

/** A pg-boss client used only to write jobs through the caller's transaction (it never starts, never polls). */
export function pgBossOutbox(): Outbox {
  const boss = new PgBoss({ db: { executeSql: async () => { throw new Error('outbox sends only inside a transaction') } } })
  return {
    async send(tx, jobs) {
      const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.unsafe(text, (values ?? []).map((v) => (v === undefined ? null : v)) as never[]) }) }
      for (const job of jobs) await boss.send(job.name, job.data, { ...job.options, db })
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
  return { ...services, sql }
}
