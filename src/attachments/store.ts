/**
 * One attachment store for every channel (scans, faxes, photos, recordings): the bytes content-addressed
 * by SHA-256 under `<dataDir>/files/ab/cd/<sha256>`, the metadata and the owning complaint in `attachments`.
 * Files are checked (size, type by content) before they are stored, and stored only inside the
 * transaction that stores their rows; a batch whose transaction fails removes the blobs it created.
 * The store is shared with the knowledge base's article files (`knowledge_files`): a blob is removed only when no row of
 * either table uses it, and a writer holds the blob for its transaction (`hold`) so no removal slips in before it commits.
 * Uploads stream to a spool file (never whole in memory) and are moved into place when saved.
 */
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs'
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import sharp from 'sharp'
import type { Sql, TransactionSql } from 'postgres'
import { ACCEPTED_TYPES, detectFileType, type AttachmentKind, type DetectedType } from './detect.js'
import { attachmentErrors } from './errors.js'
import { safeFilename } from './names.js'
import { tiffResolution } from './tiff-resolution.js'
import { heicToJpeg } from './heic.js'

export interface StoreLimits {
  /** per file, in bytes (40 MB) */
  maxFileBytes: number
  /** per request (10) */
  maxFiles: number
  /** all files of one request together, in bytes (50 MB) */
  maxRequestBytes: number
}

// 40 MB a file: a scanned PDF of 20 MB and more, a short phone video; the request's 50 MB bounds the whole upload
export const DEFAULT_LIMITS: StoreLimits = { maxFileBytes: 40 * 1024 * 1024, maxFiles: 10, maxRequestBytes: 50 * 1024 * 1024 }

/** Bytes kept in memory from a streamed upload: enough for every check in detect.ts (an Office file's first entries). */
const HEAD_BYTES = 16 * 1024

/** Pixels sharp may decode from one page (a 600 dpi A3 scan is about 70 million). */
const MAX_PIXELS = 120_000_000

/** A file as it arrived: the name is only a label, the content decides everything. */
export interface IncomingFile {
  filename?: string | null
  content: Buffer
  /** the form field it came in (for error messages) */
  field?: string
}

/** A file that passed the checks: safe to store. */
export interface ValidatedFile {
  field: string | null
  /** safe name with the extension of the detected type */
  filename: string
  /** the bytes, for files that arrived whole (mail, fax, recordings) */
  content?: Buffer
  /** where an upload was spooled while it streamed in (under the store's tmp folder); moved into place when saved */
  spoolPath?: string
  sha256: string
  size: number
  mime: string
  kind: AttachmentKind
  paged: boolean
}

/**
 * Another list of accepted types than the store's own (the knowledge base's forms take old Word and Excel files, no
 * audio): `detect` reads the first bytes (and may read the spooled file itself), `refuse` words the 415.
 */
export interface FileTypes {
  detect(head: Buffer, spoolPath: string): DetectedType | null | Promise<DetectedType | null>
  refuse(details: { field: string | null; filename: string | null }): Error
}

/** What an attachment row belongs to, and what it is to that owner (scan, fax, photo, recording …). */
export interface AttachmentOwner {
  complaintId: number | null
  intakeId?: number | null
  /** the `attachments.kind` column: scan | fax | document | photo | recording | email | material | file */
  kind: string
}

export interface AttachmentRow {
  id: number
  sha256: string
  size: number
  mime: string
  filename: string
  complaintId: number | null
  intakeId: number | null
  kind: string
  createdAt: Date
}

type Runner = Sql | TransactionSql

function rowOf(r: Record<string, unknown>): AttachmentRow {
  return {
    id: Number(r.id), sha256: r.sha256 as string, size: Number(r.size), mime: r.mime as string, filename: r.filename as string,
    complaintId: r.complaint_id === null ? null : Number(r.complaint_id), intakeId: r.intake_id === null ? null : Number(r.intake_id),
    kind: r.kind as string, createdAt: r.created_at as Date,
  }
}

const SHA256 = /^[0-9a-f]{64}$/
/** The advisory-lock namespace of blobs (with the blob's hash as the second key): see `hold` and `dropIfUnused`. */
const BLOB_LOCK = 'attachments:blob'

export class AttachmentStore {
  readonly limits: StoreLimits

  /** `root` is `<dataDir>/files`. */
  constructor(readonly root: string, private readonly sql: Sql, limits: Partial<StoreLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits }
  }

  /** Checks one file (size, then type by magic bytes); throws 413 file_too_large or 415 unsupported_file_type. */
  validate(file: IncomingFile): ValidatedFile {
    const field = file.field ?? null
    if (file.content.length > this.limits.maxFileBytes) {
      throw attachmentErrors.fileTooLarge(this.limits.maxFileBytes, { field, filename: file.filename ?? null })
    }
    const type = detectFileType(file.content)
    if (!type) throw attachmentErrors.unsupportedFileType(ACCEPTED_TYPES, { field, filename: file.filename ?? null })
    return {
      field, filename: safeFilename(file.filename, type.ext, type.kind === 'audio' ? 'recording' : 'file'), content: file.content,
      sha256: createHash('sha256').update(file.content).digest('hex'), size: file.content.length, mime: type.mime, kind: type.kind, paged: type.paged,
    }
  }

  /**
   * Streams one upload to a spool file under `tmp/`, hashing it on the way and keeping only its first bytes in
   * memory; then checks its type by content. More than `maxBytes` is 413 (`tooLarge` says which cap); the spool
   * file is removed on any failure. The caller removes it (`discardSpooled`) if the file is never saved.
   * An empty part without a file name is no file: null.
   */
  async spool(file: { field: string; filename?: string | null; stream: Readable }, maxBytes: number, tooLarge: () => Error, types?: FileTypes): Promise<ValidatedFile | null> {
    const tmpDir = path.join(this.root, 'tmp')
    await mkdir(tmpDir, { recursive: true, mode: 0o750 })
    const spoolPath = path.join(tmpDir, `upload-${randomBytes(12).toString('hex')}`)
    const hash = createHash('sha256')
    const head: Buffer[] = []
    let size = 0
    let headSize = 0
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length
        if (size > maxBytes) return done(tooLarge())
        hash.update(chunk)
        if (headSize < HEAD_BYTES) { head.push(chunk.subarray(0, HEAD_BYTES - headSize)); headSize += Math.min(chunk.length, HEAD_BYTES - headSize) }
        done(null, chunk)
      },
    })
    try {
      await pipeline(file.stream, meter, createWriteStream(spoolPath, { mode: 0o640 }))
      if (size === 0 && !file.filename) {
        await rm(spoolPath, { force: true })
        return null // the empty, nameless part a browser sends for a file input left empty
      }
      const type = size > 0 ? await (types ? types.detect(Buffer.concat(head), spoolPath) : detectFileType(Buffer.concat(head))) : null
      if (!type) throw types ? types.refuse({ field: file.field, filename: file.filename ?? null }) : attachmentErrors.unsupportedFileType(ACCEPTED_TYPES, { field: file.field, filename: file.filename ?? null })
      // an iPhone photo (HEIC) is stored as the JPEG every browser shows (heic.ts)
      return await heicToJpeg({
        field: file.field, filename: safeFilename(file.filename, type.ext, type.kind === 'audio' ? 'recording' : 'file'), spoolPath,
        sha256: hash.digest('hex'), size, mime: type.mime, kind: type.kind, paged: type.paged,
      })
    } catch (err) {
      file.stream.resume() // drain what is left of this part, so the form can go on to its end (or its error)
      await rm(spoolPath, { force: true })
      throw err
    }
  }

  /** Removes the spool files of uploads that were not saved (saved ones were moved into place already). */
  async discardSpooled(files: ValidatedFile[]): Promise<void> {
    await Promise.all(files.map((f) => (f.spoolPath ? rm(f.spoolPath, { force: true }) : undefined)))
  }

  /** Checks every file and their number; nothing is written. */
  validateAll(files: IncomingFile[]): ValidatedFile[] {
    if (files.length > this.limits.maxFiles) throw attachmentErrors.tooManyFiles(this.limits.maxFiles)
    return files.map((f) => this.validate(f))
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`)
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256)
  }

  /**
   * Holds blob `sha256` until the caller's transaction ends: call it before writing a blob whose row that transaction
   * inserts, so `dropIfUnused` cannot remove the blob (present already, say) before the row commits. Shared: writers
   * never wait for one another, only a removal waits for them.
   */
  async hold(tx: TransactionSql, sha256: string): Promise<void> {
    await tx`select pg_advisory_xact_lock_shared(hashtext(${BLOB_LOCK}), hashtext(${sha256}))`
  }

  /**
   * Removes the blob unless a committed row uses it — a case's attachment or an article's file (the one place that
   * decides it for both). Waits for the transactions holding it (`hold`) to end first.
   */
  async dropIfUnused(sha256: string): Promise<boolean> {
    return this.sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext(${BLOB_LOCK}), hashtext(${sha256}))`
      const [used] = await tx`select 1 from attachments where sha256 = ${sha256} union all select 1 from knowledge_files where sha256 = ${sha256} limit 1`
      if (used) return false
      await rm(this.pathOf(sha256), { force: true })
      return true
    })
  }

  /** The blob to stream, or null when it is not on disk (removed by hand, a lost volume): the caller answers a 4xx. */
  async openBlob(sha256: string): Promise<ReadStream | null> {
    const handle = await open(this.pathOf(sha256), 'r').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null
      throw err
    })
    return handle ? handle.createReadStream() : null
  }

  /** Starts a batch of writes that belong to one transaction: call `discard()` if that transaction fails. */
  batch(): AttachmentBatch {
    return new AttachmentBatch(this, this.sql)
  }

  /** Writes the blob unless it is already there; true when this call created it. */
  async writeBlob(file: ValidatedFile): Promise<boolean> {
    const target = this.pathOf(file.sha256)
    const existing = await stat(target).catch(() => null)
    if (existing && existing.size === file.size) {
      if (file.spoolPath) await rm(file.spoolPath, { force: true })
      return false
    }
    await mkdir(path.dirname(target), { recursive: true, mode: 0o750 })
    if (file.spoolPath) {
      await rename(file.spoolPath, target) // spooled under tmp/ on the same file system
      return true
    }
    if (!file.content) throw new Error(`attachment ${file.sha256} has neither content nor a spool file`)
    const tmpDir = path.join(this.root, 'tmp')
    await mkdir(tmpDir, { recursive: true, mode: 0o750 })
    const tmp = path.join(tmpDir, `${file.sha256}.${randomBytes(6).toString('hex')}`)
    await writeFile(tmp, file.content, { mode: 0o640 })
    await rename(tmp, target) // atomic on one file system: readers never see half a file
    return true
  }

  async get(id: number, runner: Runner = this.sql): Promise<AttachmentRow | null> {
    const [r] = await runner`select id, sha256, size, mime, filename, complaint_id, intake_id, kind, created_at from attachments where id = ${id}`
    return r ? rowOf(r) : null
  }

  async listForComplaint(complaintId: number, runner: Runner = this.sql): Promise<AttachmentRow[]> {
    const rows = await runner`select id, sha256, size, mime, filename, complaint_id, intake_id, kind, created_at from attachments where complaint_id = ${complaintId} order by id`
    return rows.map(rowOf)
  }

  /** Number of pages of a TIFF (fax); 1 for anything else. */
  async pageCount(row: Pick<AttachmentRow, 'sha256' | 'mime'>): Promise<number> {
    if (row.mime !== 'image/tiff') return 1
    const meta = await sharp(this.pathOf(row.sha256), { limitInputPixels: MAX_PIXELS }).metadata()
    return meta.pages ?? 1
  }

  /**
   * Page `n` (from 1) of a TIFF as PNG, for display; the original is kept as it arrived. Made on first
   * request and kept under `files/pages/`. Throws 404 page_not_found for a page the file does not have.
   */
  async pagePng(row: Pick<AttachmentRow, 'id' | 'sha256' | 'mime'>, n: number): Promise<string> {
    if (row.mime !== 'image/tiff') throw attachmentErrors.pageNotFound({ attachmentId: row.id, reason: 'not_paged' })
    const pages = await this.pageCount(row)
    if (!Number.isInteger(n) || n < 1 || n > pages) throw attachmentErrors.pageNotFound({ attachmentId: row.id, page: n, pages })
    // `-r`: drawn at the page's own aspect (pages cached before were not)
    const target = path.join(this.root, 'pages', row.sha256.slice(0, 2), row.sha256.slice(2, 4), `${row.sha256}-${n}-r.png`)
    if (await stat(target).catch(() => null)) return target
    await mkdir(path.dirname(target), { recursive: true, mode: 0o750 })
    const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`
    const page = sharp(this.pathOf(row.sha256), { page: n - 1, limitInputPixels: MAX_PIXELS })
    // a standard-resolution fax (204 × 98 dpi) has pixels twice as tall as wide: stretched to square pixels
    const res = tiffResolution(await readFile(this.pathOf(row.sha256)), n - 1)
    const meta = res && res.x > res.y * 1.2 ? await page.metadata() : null
    const drawn = meta?.width && meta.height ? page.resize({ width: meta.width, height: Math.round((meta.height * res!.x) / res!.y), fit: 'fill' }) : page
    await drawn.png().toFile(tmp)
    await rename(tmp, target)
    return target
  }
}

/** Blobs written for one transaction; `discard()` removes those it created that no committed row references. */
export class AttachmentBatch {
  private readonly created = new Set<string>()

  constructor(private readonly store: AttachmentStore, private readonly sql: Sql) {}

  /** Writes the blobs and inserts their rows inside the caller's transaction. */
  async save(tx: TransactionSql, files: ValidatedFile[], owner: AttachmentOwner): Promise<AttachmentRow[]> {
    const rows: AttachmentRow[] = []
    for (const file of files) {
      await this.store.hold(tx, file.sha256)
      if (await this.store.writeBlob(file)) this.created.add(file.sha256)
      const [r] = await tx`
        insert into attachments (sha256, size, mime, filename, complaint_id, intake_id, kind)
        values (${file.sha256}, ${file.size}, ${file.mime}, ${file.filename}, ${owner.complaintId}, ${owner.intakeId ?? null}, ${owner.kind})
        returning id, sha256, size, mime, filename, complaint_id, intake_id, kind, created_at`
      rows.push(rowOf(r))
    }
    return rows
  }

  /**
   * After a failed transaction: nothing it wrote stays behind. A blob another row uses is kept — a case's attachment or
   * an article's file of the same bytes, committed meanwhile or still being written.
   */
  async discard(): Promise<void> {
    for (const sha of this.created) await this.store.dropIfUnused(sha)
    this.created.clear()
  }
}
