// File types by content (magic bytes), never by name or by the type a client claims (OWASP ASVS 5.2.2).

export type AttachmentKind = 'image' | 'document' | 'audio'

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
  return null
}
