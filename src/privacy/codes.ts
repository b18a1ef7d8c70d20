/**
 * Codes handed to people: tracking codes (查询码), PINs, case numbers (案件编号), and the scrypt
 * hashing used for PINs and staff passwords. Pure apart from randomness.
 */
import { randomInt, randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// ---------------------------------------------------------------------------------------------
// Tracking code
// ---------------------------------------------------------------------------------------------

/** Upper-case letters without I, L, O and digits 2–9: 31 symbols, no look-alikes (0/O, 1/I/L). */
export const TRACKING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const TRACKING_CODE_LENGTH = 10
/** log2(31^10) ≈ 49.5 bits. */
export const TRACKING_CODE_BITS = TRACKING_CODE_LENGTH * Math.log2(TRACKING_ALPHABET.length)

/** A new random tracking code: 10 characters from {@link TRACKING_ALPHABET}, e.g. 'K7WQ3MZP9D'. */
export function newTrackingCode(): string {
  let out = ''
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) out += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)]
  return out
}

/**
 * What a person typed → the canonical code, or null when it cannot be one. Upper-cases, drops
 * spaces, dashes, underscores and dots, turns full-width characters into ASCII. Characters outside
 * the alphabet (including 0, O, 1, I, L) are rejected, not guessed.
 */
export function normalizeTrackingCode(input: string): string | null {
  if (typeof input !== 'string') return null
  const s = input.normalize('NFKC').toUpperCase().replace(/[\s\-_.]/g, '')
  if (s.length !== TRACKING_CODE_LENGTH) return null
  for (const ch of s) if (!TRACKING_ALPHABET.includes(ch)) return null
  return s
}

/** True when `s` is already a canonical tracking code. */
export function isTrackingCode(s: string): boolean {
  return typeof s === 'string' && normalizeTrackingCode(s) === s
}

// ---------------------------------------------------------------------------------------------
// PIN
// ---------------------------------------------------------------------------------------------

/** Six uniformly random digits, leading zeros kept ('004817'). */
export function newPin(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0')
}

// ---------------------------------------------------------------------------------------------
// scrypt hashing: `scrypt$N$r$p$<salt b64url>$<hash b64url>`
// ---------------------------------------------------------------------------------------------

export interface ScryptParams {
  N: number
  r: number
  p: number
}

/** PINs: 2^14 (16 MiB). The 6-digit space is small, so lock-outs/rate limits must back this up. */
export const PIN_SCRYPT: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 14, r: 8, p: 1 })
/** Staff passwords: 2^15 (32 MiB). */
export const PASSWORD_SCRYPT: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 15, r: 8, p: 1 })

const SALT_BYTES = 16
const HASH_BYTES = 32
/** Bounds accepted when verifying, so a crafted stored value cannot exhaust memory or CPU. */
const MAX_N = 2 ** 20
const MAX_R = 32
const MAX_P = 16
const MAX_MEM = 256 * 1024 * 1024

function scryptAsync(secret: string, salt: Buffer, keylen: number, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    // Needed memory is about 128·N·r bytes; leave headroom over Node's 32 MiB default.
    maxmem: 256 * params.N * params.r + 1024 * 1024,
  }
  return new Promise((resolve, reject) => {
    scryptCb(secret.normalize('NFKC'), salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key)))
  })
}

/** Hash a secret with scrypt and a random 16-byte salt. */
export async function scryptHash(secret: string, params: ScryptParams): Promise<string> {
  if (typeof secret !== 'string') throw new TypeError('scryptHash: secret must be a string')
  const salt = randomBytes(SALT_BYTES)
  const hash = await scryptAsync(secret, salt, HASH_BYTES, params)
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), hash.toString('base64url')].join('$')
}

/** Parse a stored `scrypt$N$r$p$salt$hash`; null when malformed or outside the accepted bounds. */
export function parseScryptHash(stored: string): (ScryptParams & { salt: Buffer; hash: Buffer }) | null {
  if (typeof stored !== 'string') return null
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null
  const [, nS, rS, pS, saltS, hashS] = parts
  if (!/^\d+$/.test(nS) || !/^\d+$/.test(rS) || !/^\d+$/.test(pS)) return null
  const N = Number(nS)
  const r = Number(rS)
  const p = Number(pS)
  if (N < 2 || N > MAX_N || (N & (N - 1)) !== 0 || r < 1 || r > MAX_R || p < 1 || p > MAX_P) return null
  if (128 * N * r > MAX_MEM) return null
  if (!/^[A-Za-z0-9_-]+$/.test(saltS) || !/^[A-Za-z0-9_-]+$/.test(hashS)) return null
  const salt = Buffer.from(saltS, 'base64url')
  const hash = Buffer.from(hashS, 'base64url')
  if (salt.length < 8 || hash.length < 16 || hash.length > 64) return null
  return { N, r, p, salt, hash }
}

/** Check a secret against a stored scrypt hash (timing-safe). Malformed hashes verify false. */
export async function scryptVerify(secret: string, stored: string): Promise<boolean> {
  if (typeof secret !== 'string') return false
  const parsed = parseScryptHash(stored)
  if (!parsed) return false
  const actual = await scryptAsync(secret, parsed.salt, parsed.hash.length, parsed)
  return timingSafeEqual(actual, parsed.hash)
}

/** True when a stored hash uses weaker parameters than `params` (re-hash after a good login). */
export function needsRehash(stored: string, params: ScryptParams): boolean {
  const parsed = parseScryptHash(stored)
  return !parsed || parsed.N < params.N || parsed.r < params.r || parsed.p < params.p
}

export function hashPin(pin: string): Promise<string> {
  return scryptHash(pin.trim(), PIN_SCRYPT)
}

export function verifyPin(pin: string, stored: string): Promise<boolean> {
  if (typeof pin !== 'string') return Promise.resolve(false)
  return scryptVerify(pin.trim(), stored)
}

export function hashPassword(password: string): Promise<string> {
  return scryptHash(password, PASSWORD_SCRYPT)
}

export function verifyPassword(password: string, stored: string): Promise<boolean> {
  return scryptVerify(password, stored)
}

// ---------------------------------------------------------------------------------------------
// Case number: KM + YYYYMMDD (Asia/Shanghai) + 6-digit sequence
// ---------------------------------------------------------------------------------------------

const CASE_SEQ_MAX = 999_999

/** 'KM20261127000123' for 2026-11-27 (China time) and sequence 123. */
export function formatCaseNumber(date: Date, seq: number, prefix = 'KM'): string {
  const t = date.getTime()
  if (!Number.isFinite(t)) throw new RangeError('formatCaseNumber: invalid date')
  if (!Number.isInteger(seq) || seq < 0 || seq > CASE_SEQ_MAX) {
    throw new RangeError(`formatCaseNumber: seq must be an integer 0..${CASE_SEQ_MAX}, got ${seq}`)
  }
  if (!/^[A-Z]{1,8}$/.test(prefix)) throw new RangeError('formatCaseNumber: prefix must be 1–8 upper-case letters')
  // China has no daylight saving time: Asia/Shanghai is UTC+08:00 all year.
  const ymd = new Date(t + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '')
  return `${prefix}${ymd}${String(seq).padStart(6, '0')}`
}

/** Inverse of {@link formatCaseNumber}: { prefix, date: 'YYYY-MM-DD', seq } or null. */
export function parseCaseNumber(s: string): { prefix: string; date: string; seq: number } | null {
  if (typeof s !== 'string') return null
  const m = /^([A-Z]{1,8})(\d{4})(\d{2})(\d{2})(\d{6})$/.exec(s.trim().toUpperCase())
  if (!m) return null
  const [, prefix, y, mo, d, seq] = m
  const date = `${y}-${mo}-${d}`
  const probe = new Date(`${date}T00:00:00Z`)
  if (Number.isNaN(probe.getTime()) || probe.toISOString().slice(0, 10) !== date) return null
  return { prefix, date, seq: Number(seq) }
}
