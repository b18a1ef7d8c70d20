// iPhone photos (HEIC) become JPEG on intake (heic-convert): every browser shows a JPEG, none shows HEIC. The HEIC
// itself is not kept: it carries the EXIF we promise to drop (GPS point, phone, owner), and the JPEG is the same picture,
// upright (libheif applies the file's rotation and crop while decoding), with no metadata (heic-convert writes none).
// A HEIC that does not decode, or claims more pixels than the store decodes, is kept as it came, as a file to download.
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import convert from 'heic-convert'
import type { ValidatedFile } from './store.js'

/** As the store's other image decoding (store.ts, image-metadata.ts). */
const MAX_PIXELS = 120_000_000
const QUALITY = 0.92

/** The picture's size from its `ispe` property (width, height), when the header has one. */
function declaredPixels(buf: Buffer): number | null {
  const at = buf.indexOf('ispe', 0, 'latin1')
  if (at < 4 || at + 16 > buf.length) return null
  return buf.readUInt32BE(at + 8) * buf.readUInt32BE(at + 12)
}

/** The file as JPEG when it is a HEIC that decodes (name, type, hash and size those of the JPEG); else as it was. */
export async function heicToJpeg(file: ValidatedFile): Promise<ValidatedFile> {
  if (file.mime !== 'image/heic') return file
  const input = file.content ?? (file.spoolPath ? await readFile(file.spoolPath) : null)
  if (!input) return file
  const pixels = declaredPixels(input)
  if (pixels !== null && pixels > MAX_PIXELS) return file
  let jpeg: Buffer
  try {
    jpeg = Buffer.from(await convert({ buffer: input, format: 'JPEG', quality: QUALITY }) as ArrayBuffer)
  } catch {
    return file
  }
  const converted = {
    ...file, mime: 'image/jpeg', filename: file.filename.replace(/\.heic$/i, '') + '.jpg',
    sha256: createHash('sha256').update(jpeg).digest('hex'), size: jpeg.length,
  }
  if (file.spoolPath) {
    await writeFile(file.spoolPath, jpeg, { mode: 0o640 })
    return converted
  }
  return { ...converted, content: jpeg }
}

/** Every HEIC of a batch as JPEG. */
export const heicsToJpeg = (files: ValidatedFile[]) => Promise.all(files.map(heicToJpeg))
