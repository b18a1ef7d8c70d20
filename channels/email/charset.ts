// 字符集纠正: mail whose charset label is missing or wrong (a GBK body sent unlabelled, or labelled utf-8 or
// iso-8859-1; UTF-8 labelled gb2312; a subject in raw 8-bit GBK). Before mailparser reads the message, each text part's
// bytes are checked against their label and, where they do not fit it, relabelled with what chardet (a well-kept
// detector) finds; raw 8-bit header bytes are rewritten as UTF-8. Only labels and raw header bytes change.
import chardet from 'chardet'
import iconv from 'iconv-lite'

export interface CharsetFix { part: string; label: string | null; detected: string }

const CHINESE = new Set(['GB18030', 'Big5', 'UTF-8'])
const utf8 = new TextDecoder('utf-8', { fatal: true })

const hasHighBytes = (b: Buffer) => b.some((x) => x >= 0x80)
function validUtf8(b: Buffer): boolean {
  try {
    utf8.decode(b)
    return true
  } catch {
    return false
  }
}

const gb18030 = new TextDecoder('gb18030', { fatal: true })

/**
 * What the bytes are: UTF-8 when they are valid UTF-8; else chardet's Chinese guess when it is sure; else GB18030 when
 * they are valid GB18030 (what Chinese mail mostly is: a few characters give chardet too little to tell it from Big5).
 */
export function detectCharset(bytes: Buffer): string {
  if (validUtf8(bytes)) return 'UTF-8'
  const guess = chardet.analyse(bytes).find((m) => CHINESE.has(m.name))
  if (guess && guess.confidence >= 50) return guess.name
  try {
    gb18030.decode(bytes)
    return 'GB18030'
  } catch {
    return guess?.name ?? 'GB18030'
  }
}

/** Whether `label` can be what the bytes are. */
function fits(label: string, bytes: Buffer): boolean {
  const l = label.toLowerCase()
  if (!hasHighBytes(bytes)) return true
  if (l === 'utf-8' || l === 'utf8') return validUtf8(bytes)
  // single-byte Western labels on Chinese text: every byte "decodes", so only detection can tell
  if (/^(us-ascii|ascii|iso-8859-1|latin1|windows-1252|cp1252)$/.test(l)) return detectCharset(bytes) === 'UTF-8' ? false : !CHINESE.has(chardet.detect(bytes) ?? '')
  // a GB label on valid multi-byte UTF-8: UTF-8 it is (GBK text is almost never valid UTF-8)
  if (/gb|936|euc-cn|chinese/.test(l)) return !validUtf8(bytes)
  return true
}

function decodeBody(body: Buffer, cte: string): Buffer {
  if (cte === 'base64') return Buffer.from(body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64')
  if (cte === 'quoted-printable') {
    const s = body.toString('latin1').replace(/=\r?\n/g, '')
    const out: number[] = []
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
        out.push(parseInt(s.slice(i + 1, i + 3), 16))
        i += 2
      } else out.push(s.charCodeAt(i))
    }
    return Buffer.from(out)
  }
  return body
}

const param = (header: string, name: string) => new RegExp(`;\\s*${name}\\s*=\\s*("([^"]*)"|[^;\\s]+)`, 'i').exec(header)
const field = (head: string, name: string) => {
  const m = new RegExp(`^${name}:([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'im').exec(head)
  return m ? m[1].replace(/\r?\n[ \t]/g, ' ').trim() : null
}

/**
 * The message with the charset labels of its text parts set to what their bytes are, and raw 8-bit header bytes
 * turned into UTF-8; `fixes` says what was changed (for the log and the staff view).
 */
export function fixCharsets(raw: Buffer): { raw: Buffer; fixes: CharsetFix[] } {
  const fixes: CharsetFix[] = []
  const out = fixEntity(raw.toString('latin1'), 'body', fixes, 0)
  return { raw: fixes.length ? Buffer.from(out, 'latin1') : raw, fixes }
}

function fixEntity(entity: string, name: string, fixes: CharsetFix[], depth: number): string {
  const split = /\r?\n\r?\n/.exec(entity)
  let head = split ? entity.slice(0, split.index) : entity
  const rest = split ? entity.slice(split.index) : ''
  // raw 8-bit bytes in the header (a subject typed in GBK with no encoded-word): decode them, write them as UTF-8
  const headBytes = Buffer.from(head, 'latin1')
  if (hasHighBytes(headBytes) && !validUtf8(headBytes)) {
    const detected = detectCharset(Buffer.from(headBytes.filter((b) => b >= 0x80)))
    head = Buffer.from(iconv.decode(headBytes, detected), 'utf8').toString('latin1')
    fixes.push({ part: depth === 0 ? 'header' : `${name} header`, label: null, detected })
  }
  const type = field(head, 'content-type') ?? 'text/plain'
  const mediaType = type.split(';')[0].trim().toLowerCase()
  if (mediaType.startsWith('multipart/') && depth < 8) {
    const b = param(type, 'boundary')
    const boundary = b ? (b[2] ?? b[1]) : null
    if (!boundary) return head + rest
    const delimiter = `--${boundary}`
    const pieces = rest.split(delimiter)
    // pieces[0] is the preamble; the last one starts with "--" (the close delimiter)
    const fixed = pieces.map((p, i) => {
      if (i === 0 || p.startsWith('--')) return p
      const lead = /^[ \t]*\r?\n/.exec(p)?.[0] ?? ''
      return lead + fixEntity(p.slice(lead.length), `${name}.${i}`, fixes, depth + 1)
    })
    return head + fixed.join(delimiter)
  }
  if (!mediaType.startsWith('text/')) return head + rest
  const cte = (field(head, 'content-transfer-encoding') ?? '7bit').toLowerCase()
  const bytes = decodeBody(Buffer.from(rest.replace(/^\r?\n\r?\n/, ''), 'latin1'), cte)
  if (!hasHighBytes(bytes)) return head + rest
  const c = param(type, 'charset')
  const label = c ? (c[2] ?? c[1]) : null
  if (label && fits(label, bytes)) return head + rest
  const detected = detectCharset(bytes)
  if (label && detected.toLowerCase() === label.toLowerCase()) return head + rest
  fixes.push({ part: name, label, detected })
  const newType = c ? type.replace(c[0], `; charset="${detected}"`) : `${type}; charset="${detected}"`
  head = head.replace(/^content-type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/im, `Content-Type: ${newType}`)
  if (!/^content-type:/im.test(head)) head = `${head}\r\nContent-Type: ${newType}`
  return head + rest
}
