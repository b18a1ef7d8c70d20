// 动态验证码 (TOTP, RFC 6238, with the `otpauth` library): 6 digits, 30-second steps, SHA-1 — what every authenticator
// app (Google/Microsoft Authenticator, 腾讯身份验证器 …) reads from an otpauth:// URI. Pure: no database, no keys.
import { randomInt } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'

export const TOTP_PERIOD = 30
/** Codes of the step before and after are accepted too (a phone clock 30 s off). */
const WINDOW = 1
const ISSUER = 'Suqiu 诉求'

const totp = (secretBase32: string, username = '') =>
  new TOTP({ issuer: ISSUER, label: username, secret: Secret.fromBase32(secretBase32), algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD })

/** A new random secret (160 bits), as base32 text. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

/** The otpauth:// URI an authenticator app takes (as a QR code or pasted). */
export function totpUri(secretBase32: string, username: string): string {
  return totp(secretBase32, username).toString()
}

/** The current time step (what a code is for). */
export function currentStep(now = Date.now()): number {
  return Math.floor(now / 1000 / TOTP_PERIOD)
}

/** The time step `code` belongs to, or null when it is not a current code of this secret. */
export function codeStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s+/g, '')
  if (!/^[0-9]{6}$/.test(token)) return null
  const delta = totp(secretBase32).validate({ token, timestamp: now, window: WINDOW })
  return delta === null ? null : currentStep(now) + delta
}

/** The code of a given step (tests, and nothing else, need to make codes). */
export function codeAt(secretBase32: string, step: number): string {
  return totp(secretBase32).generate({ timestamp: step * TOTP_PERIOD * 1000 })
}

export const looksLikeTotpCode = (code: string) => /^[0-9]{6}$/.test(code.replace(/\s+/g, ''))

/** 恢复码: ten characters in two groups (`k7mq2-x9tdw`), from an alphabet without look-alikes (50 bits). */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
export const RECOVERY_CODES = 8
export function newRecoveryCode(): string {
  let s = ''
  for (let i = 0; i < 10; i++) s += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]
  return `${s.slice(0, 5)}-${s.slice(5)}`
}
/** As typed: case, spaces and the dash do not matter. */
export const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]+/g, '')
