// The files an article may carry (申请表、办事指南): PDF, Word and Excel (.doc/.docx, .xls/.xlsx) and images, judged by
// their content as the case attachments are (src/attachments/detect.ts); old Word and Excel files are OLE compound
// files, told apart by the streams their directory names (WordDocument; Workbook or Book). Audio, video and anything
// else are refused.
import { open } from 'node:fs/promises'
import { detectFileType, type DetectedType } from '../attachments/detect.js'
import { restate, errors } from '../http/errors.js'

const DOC: DetectedType = { mime: 'application/msword', ext: 'doc', kind: 'document', paged: false }
const XLS: DetectedType = { mime: 'application/vnd.ms-excel', ext: 'xls', kind: 'document', paged: false }

export const ARTICLE_FILE_TYPES: readonly string[] = [
  'application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/tiff',
]

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
/** Sector numbers from here up mean "no sector" (end of chain, free, FAT or DIFAT sector). */
const NO_SECTOR = 0xfffffffa
/** Bounds on what is read of a hostile file: directory sectors followed, DIFAT sectors followed. */
const MAX_DIR_SECTORS = 512
const MAX_DIFAT_SECTORS = 2048

/** The names of the streams and storages of an OLE compound file, or null when it is not one. */
export async function compoundFileNames(path: string): Promise<string[] | null> {
  const fh = await open(path, 'r')
  try {
    const read = async (pos: number, length: number) => {
      const buf = Buffer.alloc(length)
      const { bytesRead } = await fh.read(buf, 0, length, pos)
      return buf.subarray(0, bytesRead)
    }
    const header = await read(0, 512)
    if (header.length < 512 || !CFB_MAGIC.every((b, i) => header[i] === b)) return null
    const shift = header.readUInt16LE(0x1e)
    if (shift !== 9 && shift !== 12) return null
    const sectorSize = 1 << shift
    const at = (sector: number) => (sector + 1) * sectorSize
    // the FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain
    const fat: number[] = []
    for (let i = 0; i < 109; i++) {
      const s = header.readUInt32LE(0x4c + i * 4)
      if (s < NO_SECTOR) fat.push(s)
    }
    const perSector = sectorSize / 4
    for (let s = header.readUInt32LE(0x44), n = 0; s < NO_SECTOR && n < MAX_DIFAT_SECTORS; n++) {
      const d = await read(at(s), sectorSize)
      if (d.length < sectorSize) break
      for (let i = 0; i < perSector - 1; i++) {
        const f = d.readUInt32LE(i * 4)
        if (f < NO_SECTOR) fat.push(f)
      }
      s = d.readUInt32LE((perSector - 1) * 4)
    }
    const next = async (sector: number) => {
      const f = fat[Math.floor(sector / perSector)]
      if (f === undefined) return NO_SECTOR
      const b = await read(at(f) + (sector % perSector) * 4, 4)
      return b.length === 4 ? b.readUInt32LE(0) : NO_SECTOR
    }
    const names: string[] = []
    for (let s = header.readUInt32LE(0x30), n = 0; s < NO_SECTOR && n < MAX_DIR_SECTORS; n++) {
      const d = await read(at(s), sectorSize)
      for (let e = 0; e + 128 <= d.length; e += 128) {
        const length = d.readUInt16LE(e + 64) // bytes, with the terminating NUL
        if (length >= 4 && length <= 64 && d[e + 66] !== 0) names.push(d.toString('utf16le', e, e + length - 2))
      }
      s = await next(s)
    }
    return names
  } finally {
    await fh.close()
  }
}

/** The type of an article's file from its content, or null when an article does not take it. */
export async function detectArticleFile(head: Buffer, path: string): Promise<DetectedType | null> {
  const type = detectFileType(head)
  if (type) return type.kind === 'image' || type.kind === 'document' ? type : null
  if (!CFB_MAGIC.every((b, i) => head[i] === b)) return null
  const names = await compoundFileNames(path)
  if (names?.includes('WordDocument')) return DOC
  if (names?.some((n) => n === 'Workbook' || n === 'Book')) return XLS
  return null
}

/** The 415 an article's upload answers for anything else. */
export function refuseArticleFile(details: { field: string | null; filename: string | null }) {
  return restate(errors.unsupportedFileType,
    '不支持的文件类型：知识条目的附件只接受 PDF、Word（.doc/.docx）、Excel（.xls/.xlsx）文档和 JPEG、PNG、GIF、WebP、TIFF、HEIC 图片（按文件内容判断，与文件名无关）',
    'Unsupported file type: an article takes PDF, Word (.doc/.docx) and Excel (.xls/.xlsx) documents and JPEG, PNG, GIF, WebP, TIFF, HEIC images (judged by content, not by name)',
    { accepted: ARTICLE_FILE_TYPES, ...details })
}

export const articleFileTypes = { detect: detectArticleFile, refuse: refuseArticleFile }
