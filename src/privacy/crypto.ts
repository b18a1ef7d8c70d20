/**
 * Field-level encryption and keyed hashing for personal data (issue 3: "Personal data encrypted
 * at rest (AES-256-GCM with a key derived from SUQIU_SECRET); phone, e-mail and ID number also as
 * keyed hashes for look-up").
 *
 * Pure: no I/O, no configuration. The caller derives the keys once from SUQIU_SECRET.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomFillSync } from 'node:crypto'

export interface DerivedKeys {
  /** 32-byte AES-256-GCM key. */
  encKey: Buffer
  /** 32-byte HMAC-SHA256 key for look-up hashes. */
  hashKey: Buffer
}

/** Fixed HKDF salt: the secret is the entropy; the salt only separates this application. */
const HKDF_SALT = Buffer.from('suqiu/hkdf-salt/v1', 'utf8')
const INFO_ENC = 'suqiu/field-encryption/aes-256-gcm/v1'
const INFO_HASH = 'suqiu/lookup-hash/hmac-sha256/v1'

const TOKEN_VERSION = 'v1'
const IV_BYTES = 12
const TAG_BYTES = 16
const KEY_BYTES = 32

/** Thrown by {@link decrypt} when a token is malformed, tampered with, or made with another key. */
export class DecryptError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DecryptError'
  }
}

/** Derive the encryption and hashing keys from the application secret (HKDF-SHA256). */
export function deriveKeys(secret: string): DerivedKeys {
  if (typeof secret !== 'string' || secret.length === 0) {
    throw new Error('deriveKeys: the secret must be a non-empty string')
  }
  const ikm = Buffer.from(secret, 'utf8')
  const encKey = Buffer.from(hkdfSync('sha256', ikm, HKDF_SALT, INFO_ENC, KEY_BYTES))
  const hashKey = Buffer.from(hkdfSync('sha256', ikm, HKDF_SALT, INFO_HASH, KEY_BYTES))
  return { encKey, hashKey }
}

function checkKey(key: Buffer, fn: string): void {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) {
    throw new Error(`${fn}: key must be a ${KEY_BYTES}-byte Buffer`)
  }
}

/**
 * IVs are cut from a pool of random bytes filled 4 KiB at a time (as Node does for randomUUID): a call to the
 * system's generator per IV cost more than the encryption of a short field. Each IV's bytes are used once.
 */
const ivPool = Buffer.alloc(IV_BYTES * 341)
let ivAt = ivPool.length
function freshIv(): Buffer {
  if (ivAt + IV_BYTES > ivPool.length) {
    randomFillSync(ivPool)
    ivAt = 0
  }
  const iv = Buffer.from(ivPool.subarray(ivAt, ivAt + IV_BYTES)) // a copy: the pool is refilled later
  ivAt += IV_BYTES
  return iv
}

/**
 * Encrypt `plaintext` with AES-256-GCM and a fresh random 12-byte IV.
 * Returns `v1.<iv>.<tag>.<ciphertext>`, each part base64url without padding.
 * `aad` (optional) binds the token to a context, e.g. `complaint:123:phone`; the same `aad`
 * must be given to {@link decrypt}.
 */
export function encrypt(key: Buffer, plaintext: string, aad?: string): string {
  checkKey(key, 'encrypt')
  if (typeof plaintext !== 'string') throw new TypeError('encrypt: plaintext must be a string')
  const iv = freshIv()
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  if (aad !== undefined) cipher.setAAD(Buffer.from(aad, 'utf8'))
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  const tag = cipher.getAuthTag()
  return [TOKEN_VERSION, iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join('.')
}

const B64URL = /^[A-Za-z0-9_-]*$/

/** Decrypt a token made by {@link encrypt}. Throws {@link DecryptError} on any problem. */
export function decrypt(key: Buffer, token: string, aad?: string): string {
  checkKey(key, 'decrypt')
  if (typeof token !== 'string') throw new DecryptError('decrypt: token must be a string')
  const parts = token.split('.')
  if (parts.length !== 4) throw new DecryptError('decrypt: malformed token (expected v1.<iv>.<tag>.<ct>)')
  const [version, ivPart, tagPart, ctPart] = parts
  if (version !== TOKEN_VERSION) throw new DecryptError(`decrypt: unsupported token version "${version}"`)
  if (!B64URL.test(ivPart) || !B64URL.test(tagPart) || !B64URL.test(ctPart)) {
    throw new DecryptError('decrypt: malformed token (not base64url)')
  }
  const iv = Buffer.from(ivPart, 'base64url')
  const tag = Buffer.from(tagPart, 'base64url')
  const ct = Buffer.from(ctPart, 'base64url')
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new DecryptError('decrypt: malformed token (bad IV or tag length)')
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
    if (aad !== undefined) decipher.setAAD(Buffer.from(aad, 'utf8'))
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8')
  } catch {
    throw new DecryptError('decrypt: authentication failed (token tampered with, or wrong key/context)')
  }
}

/** True when `value` looks like a token produced by {@link encrypt} (no key needed). */
export function isEncryptedToken(value: unknown): value is string {
  return typeof value === 'string' && /^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*$/.test(value)
}

/**
 * Normalization applied before hashing: Unicode NFKC (full-width → ASCII), trim, lower case.
 * Callers should still pass canonical forms (E.164 phone, normalized e-mail, upper-case ID).
 */
export function normalizeForHash(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase()
}

/** HMAC-SHA256 (hex, 64 chars) of the normalized value, for equality look-ups. */
export function keyedHash(hashKey: Buffer, value: string): string {
  checkKey(hashKey, 'keyedHash')
  if (typeof value !== 'string') throw new TypeError('keyedHash: value must be a string')
  return createHmac('sha256', hashKey).update(normalizeForHash(value), 'utf8').digest('hex')
}
