/**
 * Masking of personal data for lists and default views (issue 3: 138****5678,
 * 5301**********1234). Every function accepts null/undefined and returns '' for them.
 * Lengths are counted in Unicode code points, so rare CJK characters outside the BMP count as one.
 */

type Maybe = string | null | undefined

function chars(s: string): string[] {
  return Array.from(s)
}

/** Keep the first `head` and last `tail` characters, one '*' for every hidden character. */
function keepEnds(s: string, head: number, tail: number): string {
  const c = chars(s)
  if (c.length <= head + tail) {
    // Too short to show both ends: show at most the last 2, hide the rest.
    const show = Math.min(2, Math.floor(c.length / 2))
    return '*'.repeat(c.length - show) + c.slice(c.length - show).join('')
  }
  return c.slice(0, head).join('') + '*'.repeat(c.length - head - tail) + c.slice(c.length - tail).join('')
}

/**
 * '+8613812345678' → '138****5678'; '+8687163123456' → '871****3456'.
 * The +86 / 0086 country code is dropped; spaces and dashes are ignored; other numbers keep the
 * first 3 and last 4 characters.
 */
export function maskPhone(phone: Maybe): string {
  if (!phone) return ''
  let s = phone.normalize('NFKC').replace(/[\s\-().]/g, '')
  if (s.startsWith('+86')) s = s.slice(3)
  else if (s.startsWith('0086')) s = s.slice(4)
  return keepEnds(s, 3, 4)
}

/** '530102199001011234' → '5301**********1234' (first 4, last 4). */
export function maskIdNumber(id: Maybe): string {
  if (!id) return ''
  return keepEnds(id.trim(), 4, 4)
}

/** 'zhangsan@example.com' → 'z***@example.com'. */
export function maskEmail(email: Maybe): string {
  if (!email) return ''
  const s = email.trim()
  const at = s.lastIndexOf('@')
  if (at <= 0) return maskName(s)
  const first = chars(s.slice(0, at))[0]
  return `${first}***${s.slice(at)}`
}

/** '张三' → '张*', '欧阳娜娜' → '欧***'; a one-character name becomes '*'. */
export function maskName(name: Maybe): string {
  if (!name) return ''
  const c = chars(name.trim())
  if (c.length === 0) return ''
  if (c.length === 1) return '*'
  return c[0] + '*'.repeat(c.length - 1)
}

/** '云南省昆明市五华区华山南路100号' → '云南省昆明市****' (first 6 characters, then '****'). */
export function maskAddress(address: Maybe): string {
  if (!address) return ''
  const c = chars(address.trim())
  if (c.length === 0) return ''
  return c.slice(0, 6).join('') + '****'
}
