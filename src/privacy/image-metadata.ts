// Photos citizens upload carry EXIF/XMP metadata: the GPS point where they were taken (often the reporter's
// home or office), the phone's make, model and serial number, the owner's name, the time. None of it is kept:
// a citizen's photo is re-encoded without its metadata (sharp writes none unless asked, withMetadata), turned
// upright first (rotate() applies the EXIF orientation) so nothing is lost to the eye (DESIGN security rule 3).
import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import sharp, { type Sharp } from 'sharp'
import type { ValidatedFile } from '../attachments/store.js'

/** Pixels decoded at most (as the store's page rendering). */
const MAX_PIXELS = 120_000_000

const ENCODERS: Record<string, (image: Sharp) => Sharp> = {
  'image/jpeg': (image) => image.jpeg({ quality: 92, mozjpeg: false }),
  'image/png': (image) => image.png(),
  'image/webp': (image) => image.webp({ quality: 92 }),
  'image/gif': (image) => image.gif(),
}

/**
 * The photo without its metadata: same type, upright, its spool file (or content) replaced and its hash and size
 * those of what is stored. Anything else (PDF, audio, a fax TIFF) comes back as it was; so does an image that does
 * not decode (it then has no pixels to show either, and staff see it as a file).
 */
export async function withoutMetadata(file: ValidatedFile): Promise<ValidatedFile> {
  const encode = ENCODERS[file.mime]
  const input = file.spoolPath ?? file.content
  if (!encode || !input) return file
  let output: Buffer
  try {
    output = await encode(sharp(input, { limitInputPixels: MAX_PIXELS, animated: file.mime === 'image/gif' }).rotate()).toBuffer()
  } catch {
    return file
  }
  const sha256 = createHash('sha256').update(output).digest('hex')
  if (file.spoolPath) {
    await writeFile(file.spoolPath, output, { mode: 0o640 })
    return { ...file, sha256, size: output.length }
  }
  return { ...file, content: output, sha256, size: output.length }
}

/** Every photo of an upload without its metadata. */
export const photosWithoutMetadata = (files: ValidatedFile[]) => Promise.all(files.map(withoutMetadata))
