// Rows of one table written by one statement: the rows travel as one JSON array, read with the table's own row type.
import type { TransactionSql } from 'postgres'

/** The tables written this way; the name goes into the statement as it is, so it is one of these, never input. */
export type RowTable = 'complaints' | 'cases' | 'case_events' | 'audit_log'

/**
 * INSERT of `rows` into `table` (jsonb_populate_recordset), a statement not yet sent: the caller may send it with
 * others or make it part of a WITH. The columns are the first row's keys, named as the table names them;
 * `overridingSystemValue` when the rows carry ids drawn beforehand.
 */
export function insertRows(tx: TransactionSql, table: RowTable, rows: object[], opts: { overridingSystemValue?: boolean } = {}) {
  const columns = tx(Object.keys(rows[0]))
  return tx`insert into ${tx.unsafe(table)} (${columns}) ${tx.unsafe(opts.overridingSystemValue ? 'overriding system value' : '')}
    select ${columns} from jsonb_populate_recordset(null::${tx.unsafe(table)}, ${tx.json(rows as never)})`
}
