// 二次验证 (second factor): enrolment (a sealed pending secret, confirmed by a first code, then recovery codes shown
// once), the check at sign-in (a code of a time step not used before, or an unused recovery code) and an admin's reset.
// The secret is sealed like complainants' identities (AES-256-GCM, src/privacy/crypto.ts); recovery codes are kept
// only as keyed hashes. Required for admins and inspectors (SECOND_FACTOR_ROLES), optional for everyone else.
import { createHmac, hkdfSync } from 'node:crypto'
import type { Sql, TransactionSql } from 'postgres'
import { decrypt, deriveKeys, encrypt } from '../privacy/crypto.js'
import { appendAudit } from '../audit/log.js'
import { errors } from '../http/errors.js'
import { SECOND_FACTOR_ROLES, type Role } from './roles.js'
import { codeStep, looksLikeTotpCode, newRecoveryCode, newTotpSecret, normalizeRecoveryCode, RECOVERY_CODES, totpUri } from './totp.js'

export interface FactorKeys { encKey: Buffer; recoveryKey: Buffer }

/** The sealing key (the field key of crypto.ts) and the recovery codes' hash key, both from SUQIU_SECRET. */
export function factorKeys(secret: string): FactorKeys {
  const recoveryKey = Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.from('suqiu/hkdf-salt/v1', 'utf8'), 'suqiu/totp-recovery/hmac-sha256/v1', 32))
  return { encKey: deriveKeys(secret).encKey, recoveryKey }
}

/** A sealed secret is bound to its user: moved to another row it does not open. */
const sealContext = (userId: number) => `user:${userId}:totp`
const recoveryHash = (keys: FactorKeys, userId: number, code: string) =>
  createHmac('sha256', keys.recoveryKey).update(`${userId}|${normalizeRecoveryCode(code)}`).digest('hex')

export const secondFactorRequired = (role: Role) => SECOND_FACTOR_ROLES.includes(role)

interface Me { id: number; username: string; role: Role; unit: { id: number } }

export interface SecondFactorStatus { enabled: boolean; required: boolean; enabledAt: string | null; recoveryCodesLeft: number }

export async function secondFactorStatus(sql: Sql, me: Me): Promise<SecondFactorStatus> {
  const [row] = await sql<{ totp_enabled_at: Date | null; left: number }[]>`
    select totp_enabled_at, (select count(*)::int from totp_recovery_codes where user_id = ${me.id} and used_at is null) as left
    from users where id = ${me.id}`
  const enabledAt = row?.totp_enabled_at ? new Date(row.totp_enabled_at).toISOString() : null
  return { enabled: !!enabledAt, required: secondFactorRequired(me.role), enabledAt, recoveryCodesLeft: enabledAt ? row.left : 0 }
}

/** 绑定 step 1: a new secret, sealed and pending until a first code confirms it; shown once (URI and base32 text). */
export async function startEnrolment(sql: Sql, keys: FactorKeys, me: Me): Promise<{ secret: string; uri: string }> {
  const secret = newTotpSecret()
  const [row] = await sql`update users set totp_pending_enc = ${encrypt(keys.encKey, secret, sealContext(me.id))}
    where id = ${me.id} and totp_enabled_at is null returning id`
  if (!row) throw errors.secondFactorEnrolled()
  return { secret, uri: totpUri(secret, me.username) }
}

/**
 * 绑定 step 2: a first code of the pending secret turns it on; the recovery codes are made and returned (once), the
 * user's other sessions end, and the enrolment is audited. Null when the code is wrong (the caller counts a failure).
 */
export async function confirmEnrolment(sql: Sql, keys: FactorKeys, me: Me, code: string, keepSessionHash: string): Promise<{ recoveryCodes: string[] } | null> {
  const [row] = await sql<{ totp_pending_enc: string | null; totp_enabled_at: Date | null }[]>`select totp_pending_enc, totp_enabled_at from users where id = ${me.id}`
  if (row?.totp_enabled_at) throw errors.secondFactorEnrolled()
  if (!row?.totp_pending_enc) throw errors.noPendingSecondFactor()
  const step = codeStep(decrypt(keys.encKey, row.totp_pending_enc, sealContext(me.id)), code)
  if (step === null) return null
  const recoveryCodes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode)
  const done = await sql.begin(async (tx) => {
    const [on] = await tx`update users set totp_secret_enc = totp_pending_enc, totp_pending_enc = null, totp_enabled_at = now(), totp_last_step = ${step}
      where id = ${me.id} and totp_enabled_at is null and totp_pending_enc = ${row.totp_pending_enc} returning id`
    if (!on) return false
    await replaceRecoveryCodes(tx, keys, me.id, recoveryCodes)
    await tx`delete from sessions where user_id = ${me.id} and token_hash <> ${keepSessionHash}`
    await appendAudit(tx, [{ actorUserId: me.id, actorKind: 'staff', action: 'user.second_factor_enrolled', caseId: null, detail: { userId: me.id, unitId: me.unit.id } }])
    return true
  })
  if (!done) throw errors.secondFactorEnrolled()
  return { recoveryCodes }
}

async function replaceRecoveryCodes(tx: TransactionSql, keys: FactorKeys, userId: number, codes: string[]): Promise<void> {
  await tx`delete from totp_recovery_codes where user_id = ${userId}`
  const rows = codes.map((c) => ({ user_id: userId, code_hash: recoveryHash(keys, userId, c) }))
  await tx`insert into totp_recovery_codes ${tx(rows, 'user_id', 'code_hash')}`
}

/**
 * The sign-in check after a right password: a 6-digit code of a time step later than the last one used (a code
 * is good once, even within its 30 s), or a recovery code not used before (each good once, its use audited).
 */
export async function checkSecondFactor(sql: Sql, keys: FactorKeys, userId: number, code: string): Promise<'totp' | 'recovery' | null> {
  if (looksLikeTotpCode(code)) {
    const [row] = await sql<{ totp_secret_enc: string | null }[]>`select totp_secret_enc from users where id = ${userId}`
    if (!row?.totp_secret_enc) return null
    const step = codeStep(decrypt(keys.encKey, row.totp_secret_enc, sealContext(userId)), code)
    if (step === null) return null
    const [used] = await sql`update users set totp_last_step = ${step} where id = ${userId} and coalesce(totp_last_step, -1) < ${step} returning id`
    return used ? 'totp' : null
  }
  if (normalizeRecoveryCode(code).length !== 10) return null
  return sql.begin(async (tx) => {
    const [used] = await tx`update totp_recovery_codes set used_at = now()
      where user_id = ${userId} and code_hash = ${recoveryHash(keys, userId, code)} and used_at is null returning user_id`
    if (!used) return null
    const [{ left }] = await tx<{ left: number }[]>`select count(*)::int as left from totp_recovery_codes where user_id = ${userId} and used_at is null`
    await appendAudit(tx, [{ actorUserId: userId, actorKind: 'staff', action: 'user.recovery_code_used', caseId: null, detail: { userId, recoveryCodesLeft: left } }])
    return 'recovery' as const
  })
}

/** 重置二次验证: an admin clears a user's factor (the user enrols again at the next sign-in); sessions end; audited. */
export async function resetSecondFactor(sql: Sql, admin: Me, userId: number, reason: string): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`update users set totp_secret_enc = null, totp_pending_enc = null, totp_enabled_at = null, totp_last_step = null where id = ${userId}`
    await tx`delete from totp_recovery_codes where user_id = ${userId}`
    await tx`delete from sessions where user_id = ${userId}`
    await appendAudit(tx, [{ actorUserId: admin.id, actorKind: 'staff', action: 'user.second_factor_reset', caseId: null, detail: { userId, reason, unitId: admin.unit.id } }])
  })
}
