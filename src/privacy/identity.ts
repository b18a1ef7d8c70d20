/**
 * Validation and normalization of identity data: PRC resident ID numbers (GB 11643-1999),
 * Chinese phone numbers to E.164, e-mail addresses. Pure functions.
 */

// ---------------------------------------------------------------------------------------------
// Resident ID number (居民身份证号码), 18 characters
// ---------------------------------------------------------------------------------------------

export type IdNumberResult =
  | {
      ok: true
      /** The ID with a trailing x upper-cased. */
      value: string
      /** Birth date encoded in the ID, YYYY-MM-DD. */
      birthDate: string
      /** From the 17th digit (odd: male). */
      sex: 'male' | 'female'
    }
  | { ok: false; reason: 'length' | 'format' | 'birthdate' | 'checksum' }

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK_CHARS = '10X98765432'
/** First two digits: provinces, plus 71/81/82/83 (Taiwan, HK, Macau, residence permits). */
const ID_PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
])

/** The GB 11643 check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]
  return ID_CHECK_CHARS[sum % 11]
}

function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= dim
}

/**
 * Check an 18-character resident ID number: length, format (17 digits + digit/X, known province
 * code), birth date (a real date between 1900-01-01 and `now`), check digit.
 * Surrounding whitespace is ignored; a lower-case x is accepted and returned upper-case.
 */
export function validateIdNumber(input: string, now: Date = new Date()): IdNumberResult {
  const s = (input ?? '').normalize('NFKC').trim()
  if (s.length !== 18) return { ok: false, reason: 'length' }
  if (!/^\d{17}[\dXx]$/.test(s)) return { ok: false, reason: 'format' }
  const value = s.toUpperCase()
  if (!ID_PROVINCES.has(value.slice(0, 2))) return { ok: false, reason: 'format' }
  const y = Number(value.slice(6, 10))
  const m = Number(value.slice(10, 12))
  const d = Number(value.slice(12, 14))
  if (y < 1900 || !isValidDate(y, m, d)) return { ok: false, reason: 'birthdate' }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`
  // Compare with today's date in China (UTC+8).
  const today = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
  if (birthDate > today) return { ok: false, reason: 'birthdate' }
  if (idCheckChar(value) !== value[17]) return { ok: false, reason: 'checksum' }
  const sex = Number(value[16]) % 2 === 1 ? 'male' : 'female'
  return { ok: true, value, birthDate, sex }
}

// ---------------------------------------------------------------------------------------------
// Phone numbers → E.164 (+86…)
// ---------------------------------------------------------------------------------------------

export type PhoneResult = { ok: true; e164: string; kind: 'mobile' | 'landline' } | { ok: false }

export interface NormalizePhoneOptions {
  /**
   * Area code (without the trunk 0) assumed for a bare 7–8 digit local number, e.g. '871' for
   * Kunming. Without it such numbers are rejected.
   */
  defaultAreaCode?: string
}

const MOBILE = /^1[3-9]\d{9}$/
/** Local subscriber numbers start with 2–9. */
const LOCAL = /^[2-9]\d{6,7}$/

/** National significant number (without trunk 0) of a landline, or null. */
function landlineNsn(n: string): string | null {
  // Two-digit area codes: 10 (Beijing), 20–29. Local number 8 digits.
  if (/^(10|2\d)[2-9]\d{7}$/.test(n)) return n
  // Three-digit area codes 3xx–9xx. Local number 7 or 8 digits.
  if (/^[3-9]\d{2}[2-9]\d{6,7}$/.test(n)) return n
  return null
}

/**
 * Normalize a Chinese phone number to E.164.
 * Accepts mobiles (13812345678), landlines with area code and trunk 0 (0871-63123456,
 * 087163123456, (0871) 6312 3456), the +86 / 0086 / 86 prefixes (then the trunk 0 is optional),
 * full-width digits, and spaces, dashes, dots and parentheses anywhere.
 */
export function normalizePhone(input: string, options: NormalizePhoneOptions = {}): PhoneResult {
  if (typeof input !== 'string') return { ok: false }
  let s = input.normalize('NFKC').trim().replace(/[\s\-.()]/g, '')
  let international = false
  if (s.startsWith('+')) {
    if (!s.startsWith('+86')) return { ok: false }
    s = s.slice(3)
    international = true
  } else if (s.startsWith('0086')) {
    s = s.slice(4)
    international = true
  } else if (/^86\d{9,12}$/.test(s)) {
    // '8613812345678' or '8687163123456': a country code written without + or 00.
    s = s.slice(2)
    international = true
  }
  if (!/^\d+$/.test(s)) return { ok: false }

  if (MOBILE.test(s)) return { ok: true, e164: `+86${s}`, kind: 'mobile' }

  if (s.startsWith('0')) {
    const nsn = landlineNsn(s.slice(1))
    return nsn ? { ok: true, e164: `+86${nsn}`, kind: 'landline' } : { ok: false }
  }
  if (international) {
    const nsn = landlineNsn(s)
    return nsn ? { ok: true, e164: `+86${nsn}`, kind: 'landline' } : { ok: false }
  }
  if (options.defaultAreaCode && LOCAL.test(s)) {
    const area = options.defaultAreaCode.replace(/^0/, '')
    const nsn = landlineNsn(area + s)
    return nsn ? { ok: true, e164: `+86${nsn}`, kind: 'landline' } : { ok: false }
  }
  return { ok: false }
}

// ---------------------------------------------------------------------------------------------
// E-mail
// ---------------------------------------------------------------------------------------------

export type EmailResult = { ok: true; email: string } | { ok: false }

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u

/**
 * Trim, lower-case the domain (the local part keeps its case), and check basic validity:
 * one '@', a dot-atom local part of at most 64 characters, a domain of at least two labels
 * with a non-numeric top-level label, 254 characters in all.
 */
export function normalizeEmail(input: string): EmailResult {
  if (typeof input !== 'string') return { ok: false }
  const s = input.normalize('NFKC').trim()
  const at = s.lastIndexOf('@')
  if (at <= 0 || at === s.length - 1) return { ok: false }
  const local = s.slice(0, at)
  const domain = s.slice(at + 1).toLowerCase().replace(/\.$/, '')
  if (local.length > 64 || !LOCAL_PART.test(local)) return { ok: false }
  const labels = domain.split('.')
  if (labels.length < 2 || domain.length > 253) return { ok: false }
  if (!labels.every((l) => DOMAIN_LABEL.test(l))) return { ok: false }
  if (/^\d+$/.test(labels[labels.length - 1])) return { ok: false }
  const email = `${local}@${domain}`
  if (email.length > 254) return { ok: false }
  return { ok: true, email }
}

// ---------------------------------------------------------------------------------------------
// Names (for the look-up by exact name)
// ---------------------------------------------------------------------------------------------

/**
 * The form of a name its keyed hash is taken of: full-width letters folded (NFKC), spaces removed (张 三 = 张三),
 * the middle dots of minority names made one (阿依古丽·买买提), Latin letters lower-cased. Null when nothing is left.
 */
export function normalizeName(input: string): string | null {
  if (typeof input !== 'string') return null
  const s = input.normalize('NFKC').replace(/[\s\u3000]+/g, '').replace(/[•・‧∙⋅．.]/g, '·').toLowerCase()
  return s.length ? s : null
}
