// File types by content (magic bytes), never by name or by the type a client claims (OWASP ASVS 5.2.2).

export type AttachmentKind = 'image' | 'document' | 'audio' | 'video'

export interface DetectedType {
  mime: string
  /** the extension we give the file, whatever it was called */
  ext: string
  kind: AttachmentKind
  /** TIFF: shown as PNG pages (fax machines send multi-page TIFF) */
  paged: boolean
}

const TYPES = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg', kind: 'image', paged: false },
  png: { mime: 'image/png', ext: 'png', kind: 'image', paged: false },
  gif: { mime: 'image/gif', ext: 'gif', kind: 'image', paged: false },
  webp: { mime: 'image/webp', ext: 'webp', kind: 'image', paged: false },
  tiff: { mime: 'image/tiff', ext: 'tif', kind: 'image', paged: true },
  pdf: { mime: 'application/pdf', ext: 'pdf', kind: 'document', paged: false },
  mp3: { mime: 'audio/mpeg', ext: 'mp3', kind: 'audio', paged: false },
  wav: { mime: 'audio/wav', ext: 'wav', kind: 'audio', paged: false },
  amr: { mime: 'audio/amr', ext: 'amr', kind: 'audio', paged: false },
  m4a: { mime: 'audio/mp4', ext: 'm4a', kind: 'audio', paged: false },
  // iPhone photos: converted to JPEG on intake (heic.ts); kept as HEIC only when they do not decode
  heic: { mime: 'image/heic', ext: 'heic', kind: 'image', paged: false },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx', kind: 'document', paged: false },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx', kind: 'document', paged: false },
  mp4: { mime: 'video/mp4', ext: 'mp4', kind: 'video', paged: false },
  mov: { mime: 'video/quicktime', ext: 'mov', kind: 'video', paged: false },
} as const satisfies Record<string, DetectedType>

/** Every MIME type the store accepts (for error messages and documentation). */
export const ACCEPTED_TYPES: readonly string[] = [...new Set(Object.values(TYPES).map((t) => t.mime))]

const ascii = (buf: Buffer, start: number, end: number) => buf.toString('latin1', start, end)
const startsWith = (buf: Buffer, bytes: number[], at = 0) => buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b)

/** An MPEG audio frame header (MP3 without ID3 tag): 11 sync bits, a known version, layer I–III, a valid bitrate and sample rate. */
function isMpegFrame(buf: Buffer): boolean {
  if (buf.length < 4 || buf[0] !== 0xff || (buf[1] & 0xe0) !== 0xe0) return false
  const version = (buf[1] >> 3) & 0x03 // 01 is reserved
  const layer = (buf[1] >> 1) & 0x03 // 00 is reserved (and ADTS AAC)
  const bitrate = buf[2] >> 4 // 1111 is invalid
  const sampleRate = (buf[2] >> 2) & 0x03 // 11 is reserved
  return version !== 0x01 && layer !== 0x00 && bitrate !== 0x0f && sampleRate !== 0x03
}

/** MPEG-4 audio: an `ftyp` box whose brand (or a compatible brand) says audio. Video MP4 is refused. */
function isM4a(buf: Buffer): boolean {
  if (buf.length < 16 || ascii(buf, 4, 8) !== 'ftyp') return false
  const size = Math.min(buf.readUInt32BE(0), buf.length, 256)
  const major = ascii(buf, 8, 12)
  if (['M4A ', 'M4B ', 'F4A '].includes(major)) return true
  for (let at = 16; at + 4 <= size; at += 4) if (['M4A ', 'M4B '].includes(ascii(buf, at, at + 4))) return true
  return false
}

/** The brands of an ISO media file's `ftyp` box (major, then compatible), or null when it does not start with one. */
function ftypBrands(buf: Buffer): string[] | null {
  if (buf.length < 16 || ascii(buf, 4, 8) !== 'ftyp') return null
  const size = Math.min(buf.readUInt32BE(0), buf.length, 256)
  if (size < 16) return null
  const brands = [ascii(buf, 8, 12)]
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(buf, at, at + 4))
  return brands
}

/** HEIF with HEVC pictures (what an iPhone saves, `.heic`); AVIF and other HEIF flavours are not taken. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx'])
/** MPEG-4 and QuickTime video brands phones and cameras write. */
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'MSNV', '3gp4', '3gp5', '3gp6', '3g2a', 'mmp4'])

function isoMediaType(buf: Buffer): DetectedType | null {
  const brands = ftypBrands(buf)
  if (!brands) return null
  if (HEIC_BRANDS.has(brands[0]) || (brands[0] === 'mif1' && brands.some((b) => HEIC_BRANDS.has(b)))) return TYPES.heic
  if (brands[0] === 'qt  ') return TYPES.mov
  if (MP4_BRANDS.has(brands[0])) return TYPES.mp4
  return null
}

/**
 * Office Open XML (.docx, .xlsx): a ZIP whose entries are those of the package — `[Content_Types].xml` and
 * `_rels/.rels` — with the main part under `word/` or `xl/`. Word, Excel, WPS and LibreOffice write those entries
 * first, so their names (stored uncompressed in each local header) are in the first bytes; any other ZIP is refused.
 */
function officeType(buf: Buffer): DetectedType | null {
  if (!startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return null
  const names: string[] = []
  for (let at = 0; at + 30 <= buf.length && startsWith(buf, [0x50, 0x4b, 0x03, 0x04], at);) {
    const flags = buf.readUInt16LE(at + 6)
    const compressed = buf.readUInt32LE(at + 18)
    const nameLength = buf.readUInt16LE(at + 26)
    const extraLength = buf.readUInt16LE(at + 28)
    if (at + 30 + nameLength > buf.length) break
    names.push(buf.toString('utf8', at + 30, at + 30 + nameLength))
    if (flags & 0x08) break // sizes follow the data: the next header cannot be found from here
    at += 30 + nameLength + extraLength + compressed
  }
  if (!names.includes('[Content_Types].xml') && !names.includes('_rels/.rels')) return null
  if (names.some((n) => n.startsWith('word/'))) return TYPES.docx
  if (names.some((n) => n.startsWith('xl/'))) return TYPES.xlsx
  return null
}

/** The type of a file from its first bytes; null for anything not on the list. */
export function detectFileType(buf: Buffer): DetectedType | null {
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return TYPES.jpeg
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.png
  if (buf.length >= 6 && (ascii(buf, 0, 6) === 'GIF87a' || ascii(buf, 0, 6) === 'GIF89a')) return TYPES.gif
  if (buf.length >= 12 && ascii(buf, 0, 4) === 'RIFF' && ascii(buf, 8, 12) === 'WEBP') return TYPES.webp
  if (buf.length >= 12 && ascii(buf, 0, 4) === 'RIFF' && ascii(buf, 8, 12) === 'WAVE') return TYPES.wav
  if (startsWith(buf, [0x49, 0x49, 0x2a, 0x00]) || startsWith(buf, [0x4d, 0x4d, 0x00, 0x2a])) return TYPES.tiff
  if (buf.length >= 8 && ascii(buf, 0, 5) === '%PDF-') return TYPES.pdf
  if (buf.length >= 6 && (ascii(buf, 0, 6) === '#!AMR\n' || (buf.length >= 9 && ascii(buf, 0, 9) === '#!AMR-WB\n'))) return TYPES.amr
  if (buf.length >= 10 && ascii(buf, 0, 3) === 'ID3' && buf[3] <= 4) return TYPES.mp3
  if (isMpegFrame(buf)) return TYPES.mp3
  if (isM4a(buf)) return TYPES.m4a
  return isoMediaType(buf) ?? officeType(buf)
}
