// What the printed pages need from a case: the centre's name, the result text, the recipient's address (a logged reveal).
import type { Sql, TransactionSql } from 'postgres'
import { appendAudit } from '../audit/log.js'
import { caseMachine, type CaseContext, type CaseSnapshot } from '../cases/machine.js'
import { errors } from '../http/errors.js'
import { decrypt } from '../privacy/crypto.js'
import type { StaffUser } from '../users/service.js'

export const printErrors = {
  noResultYet: (state: string) => errors.noResultYet({ state }),
  noPostalAddress: () => errors.noPostalAddress(),
}

export async function unitName(sql: Sql | TransactionSql, unitId: number): Promise<string> {
  const [u] = await sql`select name from units where id = ${unitId}`
  return (u?.name as string) ?? '群众诉求中心'
}

/** A case row (as loadVisibleCase returns it): the persisted snapshot and the state column. */
type CaseRow = Record<string, unknown>

export function contextOf(row: CaseRow): CaseContext {
  return (caseMachine.resolveState(row.snapshot as never) as CaseSnapshot).context
}

/** 办理结果 as told to the complainant: the feedback sent, else the approved reply; 409 when there is none yet. */
export function resultText(row: CaseRow): string {
  const ctx = contextOf(row)
  const text = ctx.feedback?.text ?? ctx.finalReply?.text
  if (!text?.trim()) throw printErrors.noResultYet(String(row.state))
  return text
}

/**
 * The complainant's name and postal address, decrypted for a reply letter. The reveal is written to
 * the audit log (who, which case, which fields, why) before the value leaves the server.
 */
export async function revealForPrint(sql: Sql, encKey: Buffer, caseId: number, user: StaffUser, reason: string): Promise<{ name: string; address: string }> {
  const [row] = await sql`select anonymous, identity from complaints where id = ${caseId}`
  const identity = (row?.identity ?? null) as Record<string, string> | null
  if (!row || row.anonymous || !identity?.name || !identity?.address) throw printErrors.noPostalAddress()
  const value = { name: decrypt(encKey, identity.name), address: decrypt(encKey, identity.address) }
  await sql.begin((tx) => appendAudit(tx, [{
    actorUserId: user.id, actorKind: 'staff', action: 'identity.reveal', caseId,
    detail: { fields: ['name', 'address'], reason, unitId: user.unit.id },
  }]))
  return value
}
