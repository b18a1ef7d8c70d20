/**
 * 登录 like a bank: one answer for an unknown user, a disabled account and a wrong password (401 bad_credentials,
 * the same shape, a password hash's worth of work each time); failed attempts slow down instead of locking.
 * Three counters, each with its own free attempts and growing delay (1 s, 2 s, 4 s … up to a cap):
 * the account from one address (3 free, up to 15 min), one address over all accounts (10 free, up to 15 min)
 * and the account from everywhere (10 free, up to 30 s). A stranger's wrong passwords thus slow the stranger
 * down, never lock the account's owner out; an attempt inside a delay is 429 sign_in_throttled, unchecked.
 */
import { createHash } from 'node:crypto'
import type { Sql } from 'postgres'
import { errors } from '../http/errors.js'
import { hashPassword, verifyPassword } from '../privacy/codes.js'
import { SECOND_FACTOR_ROLES, type Role } from './roles.js'

interface Limit { free: number; capSeconds: number }
const LIMITS = {
  pair: { free: 3, capSeconds: 15 * 60 },
  address: { free: 10, capSeconds: 15 * 60 },
  account: { free: 10, capSeconds: 30 },
} satisfies Record<string, Limit>
type Kind = keyof typeof LIMITS

/** The delay after `failures` failed attempts (0 while they are free). */
export function delaySeconds(failures: number, limit: Limit): number {
  return failures <= limit.free ? 0 : Math.min(limit.capSeconds, 2 ** (failures - limit.free - 1))
}

const digest = (s: string) => createHash('sha256').update(s).digest('hex')

function throttleKeys(username: string, address: string): { kind: Kind; key: string }[] {
  const account = username.trim().toLowerCase()
  return [
    { kind: 'pair', key: digest(`pair:${account}|${address}`) },
    { kind: 'address', key: digest(`addr:${address}`) },
    { kind: 'account', key: digest(`acct:${account}`) },
  ]
}

/** 429 sign_in_throttled (with the seconds to wait) while any of the counters says wait. */
export async function assertNotThrottled(sql: Sql, username: string, address: string): Promise<void> {
  const keys = throttleKeys(username, address).map((k) => k.key)
  const [row] = await sql<{ wait: number | null }[]>`
    select ceil(extract(epoch from max(next_at) - now()))::int as wait from sign_in_throttle where key = any(${keys}) and next_at > now()`
  if (row?.wait) throw errors.signInThrottled({ retryAfterSeconds: Math.max(1, row.wait) })
}

/** Counts one failed attempt on every counter and sets when the next attempt may come. */
export async function recordFailure(sql: Sql, username: string, address: string): Promise<void> {
  for (const { kind, key } of throttleKeys(username, address)) {
    const { free, capSeconds } = LIMITS[kind]
    await sql`
      insert into sign_in_throttle as t (key, failures, next_at, updated_at) values (${key}, 1, null, now())
      on conflict (key) do update set
        failures = t.failures + 1,
        next_at = case when t.failures + 1 > ${free}::int
          then now() + make_interval(secs => least(${capSeconds}::int, power(2, t.failures - ${free}::int))::double precision) else null end,
        updated_at = now()`
  }
  if (Math.random() < 0.01) await sweepOldCounters(sql)
}

/** Counters nobody has failed on for a day are forgotten (run now and then by recordFailure). */
async function sweepOldCounters(sql: Sql): Promise<void> {
  await sql`delete from sign_in_throttle where updated_at < now() - interval '1 day' and (next_at is null or next_at < now())`
}

/** After a success: this account's counters start again (the address's stays: it may be guessing others). */
async function recordSuccess(sql: Sql, username: string, address: string): Promise<void> {
  const keys = throttleKeys(username, address).filter((k) => k.kind !== 'address').map((k) => k.key)
  await sql`delete from sign_in_throttle where key = any(${keys})`
}

export interface SignedIn { userId: number; mustChangePassword: boolean; mustEnrolSecondFactor: boolean }

/** The second step after a right password: true when `code` is good for the user (src/auth/second-factor.ts). */
export type SecondFactorCheck = (userId: number, code: string) => Promise<boolean>

/**
 * Checks a username and password (and, for a user with a second factor, the code) from `address`; throws 429
 * sign_in_throttled, 401 bad_credentials, 401 second_factor_required (the password was right, a code is needed)
 * or 401 bad_second_factor. A wrong code counts as a failed attempt on the same counters as a wrong password, and
 * a right password does not reset them until the code is right too, so codes are throttled like passwords.
 */
export async function checkSignIn(sql: Sql, username: string, password: string, address: string, code?: string, secondFactor?: SecondFactorCheck): Promise<SignedIn> {
  await assertNotThrottled(sql, username, address)
  const [user] = await sql<{ id: string; role: string; password_hash: string; disabled_at: Date | null; must_change_password: boolean; totp_enabled_at: Date | null }[]>`
    select id, role, password_hash, disabled_at, must_change_password, totp_enabled_at from users where username = ${username}`
  // an unknown user costs the same hash as a real check; a disabled account answers as a wrong password would
  const right = user ? await verifyPassword(password, user.password_hash) : (await hashPassword(password), false)
  if (!user || !right || user.disabled_at) {
    await recordFailure(sql, username, address)
    throw errors.badCredentials()
  }
  if (user.totp_enabled_at) {
    if (!code) throw errors.secondFactorRequired()
    if (!secondFactor || !(await secondFactor(Number(user.id), code))) {
      await recordFailure(sql, username, address)
      throw errors.badSecondFactor()
    }
  }
  await recordSuccess(sql, username, address)
  await sql`update users set last_login_at = now(), failed_logins = 0, locked_until = null where id = ${user.id}`
  return {
    userId: Number(user.id), mustChangePassword: user.must_change_password,
    mustEnrolSecondFactor: !user.totp_enabled_at && SECOND_FACTOR_ROLES.includes(user.role as Role),
  }
}
