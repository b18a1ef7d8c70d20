// A TIFF page's horizontal and vertical resolution (tags 282/283), which sharp's metadata does not give apart: a
// standard-resolution fax is 204 × 98 dpi, and drawn with square pixels it shows at half its height.

export interface TiffResolution { x: number; y: number }

/** The resolution of page `page` (from 0); null when the file is no TIFF or the page has no such tags. */
export function tiffResolution(buf: Buffer, page = 0): TiffResolution | null {
  if (buf.length < 8) return null
  const le = buf.toString('latin1', 0, 2) === 'II'
  if (!le && buf.toString('latin1', 0, 2) !== 'MM') return null
  const u16 = (at: number) => (le ? buf.readUInt16LE(at) : buf.readUInt16BE(at))
  const u32 = (at: number) => (le ? buf.readUInt32LE(at) : buf.readUInt32BE(at))
  if (u16(2) !== 42) return null
  let ifd = u32(4)
  for (let p = 0; p < page && ifd; p++) {
    if (ifd + 2 > buf.length) return null
    ifd = u32(ifd + 2 + u16(ifd) * 12)
  }
  if (!ifd || ifd + 2 > buf.length) return null
  const rational = (entry: number) => {
    const at = u32(entry + 8)
    if (at + 8 > buf.length) return null
    const den = u32(at + 4)
    return den ? u32(at) / den : null
  }
  let x: number | null = null
  let y: number | null = null
  const count = u16(ifd)
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12
    if (entry + 12 > buf.length) break
    const tag = u16(entry)
    if (tag === 282 && u16(entry + 2) === 5) x = rational(entry)
    if (tag === 283 && u16(entry + 2) === 5) y = rational(entry)
  }
  return x && y ? { x, y } : null
}
