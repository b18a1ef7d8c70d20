// applyEvent and createComplaint open their own transaction with `services.sql.begin`. Called from inside
// another transaction (a call form, an incoming SMS, a call-back outcome) they must run as a savepoint of
// it, so that the whole operation commits or fails as one.
import type { Sql, TransactionSql } from 'postgres'
import type { CaseServices } from '../../src/cases/services.js'

/**
 * The case services bound to `tx`: queries run in it and `sql.begin(fn)` becomes `tx.savepoint(fn)`.
 * (Replace with a `tx` parameter on applyEvent/createComplaint once they take one.)
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
