/**
 * Reads an intake form that comes as multipart (a `data` JSON field plus files) or as plain JSON.
 * Every file streams to a spool file and is checked (count, size, request total, type by content) before the
 * caller stores anything: one bad part fails the whole request. Memory holds only a few KB of each file.
 */
import type { FastifyError, FastifyRequest } from 'fastify'
import { AppError, errors } from '../http/errors.js'
import { assertStorableText } from '../http/input.js'
import { attachmentErrors } from './errors.js'
import type { AttachmentStore, FileTypes, ValidatedFile } from './store.js'

export interface IntakeForm {
  /** the parsed `data` field (multipart) or the JSON body; null when neither was sent */
  data: unknown
  /** other text fields of a multipart form */
  fields: Record<string, string>
  files: ValidatedFile[]
}

export interface ReadFormOptions {
  /** the multipart field that holds the JSON (default `data`) */
  dataField?: string
  maxFiles?: number
  maxFileBytes?: number
  /** accepted types other than the store's (store.ts FileTypes) */
  types?: FileTypes
}

const MAX_FIELDS = 50
const MAX_FIELD_BYTES = 256 * 1024

/** Maps @fastify/multipart's limit errors to ours (413 file_too_large, too_many_files …). */
function mapMultipartError(err: unknown, maxFiles: number, maxFileBytes: number, field: string | null, filename: string | null): unknown {
  const code = (err as FastifyError | undefined)?.code
  if (code === 'FST_REQ_FILE_TOO_LARGE') return attachmentErrors.fileTooLarge(maxFileBytes, { field, filename })
  if (code === 'FST_FILES_LIMIT') return attachmentErrors.tooManyFiles(maxFiles)
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') return attachmentErrors.tooManyParts()
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return attachmentErrors.notMultipart()
  if (err instanceof AppError) return err
  // busboy's own complaints (no closing boundary, a malformed part header …) are the sender's broken form
  return errors.badMultipart({ reason: err instanceof Error ? err.message : String(err) })
}

/** Forms being read per client address (in memory only, for the time of the upload: nothing is kept). */
const uploadsInFlight = new Map<string, number>()
export const MAX_UPLOADS_PER_CLIENT = 3

/** Spooled uploads of a request, removed when its answer has gone (saved files were moved into place before). */
const spooledBy = new WeakMap<FastifyRequest, ValidatedFile[]>()
export async function discardSpooledUploads(request: FastifyRequest, store: AttachmentStore): Promise<void> {
  const files = spooledBy.get(request)
  if (files?.length) await store.discardSpooled(files)
}

export async function readIntakeForm(request: FastifyRequest, store: AttachmentStore, opts: ReadFormOptions = {}): Promise<IntakeForm> {
  const dataField = opts.dataField ?? 'data'
  const maxFiles = opts.maxFiles ?? store.limits.maxFiles
  const maxFileBytes = opts.maxFileBytes ?? store.limits.maxFileBytes
  if (!request.isMultipart()) {
    const body = request.body
    if (body === undefined || body === null || typeof body !== 'object' || Buffer.isBuffer(body)) throw attachmentErrors.notMultipart()
    return { data: body, fields: {}, files: [] }
  }

  // one client reads only a few forms at a time (each may carry up to maxRequestBytes)
  const client = request.ip
  const inFlight = uploadsInFlight.get(client) ?? 0
  if (inFlight >= MAX_UPLOADS_PER_CLIENT) throw attachmentErrors.tooManyUploads(MAX_UPLOADS_PER_CLIENT)
  uploadsInFlight.set(client, inFlight + 1)

  const maxRequestBytes = Math.max(maxFileBytes, store.limits.maxRequestBytes)
  const fields: Record<string, string> = {}
  const files: ValidatedFile[] = []
  spooledBy.set(request, files)
  let received = 0
  let current: { field: string | null; filename: string | null } = { field: null, filename: null }
  try {
    const parts = request.parts({
      limits: { fileSize: maxFileBytes, files: maxFiles, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES, parts: maxFiles + MAX_FIELDS },
    })
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.valueTruncated) throw attachmentErrors.fieldTooLarge(part.fieldname, MAX_FIELD_BYTES)
        fields[part.fieldname] = String(part.value)
        continue
      }
      current = { field: part.fieldname, filename: part.filename || null }
      // streamed to disk, checked as it arrives: a bad or oversized first file stops the upload early
      const left = maxRequestBytes - received
      const file = await store.spool({ field: part.fieldname, filename: part.filename, stream: part.file }, Math.min(maxFileBytes, left),
        () => (left < maxFileBytes ? attachmentErrors.requestTooLarge(maxRequestBytes) : attachmentErrors.fileTooLarge(maxFileBytes, current)), opts.types)
      // a browser sends an empty, nameless part for a file input left empty
      if (!file) continue
      received += file.size
      files.push(file)
    }
  } catch (err) {
    await store.discardSpooled(files)
    throw mapMultipartError(err, maxFiles, maxFileBytes, current.field, current.filename)
  } finally {
    const n = (uploadsInFlight.get(client) ?? 1) - 1
    if (n > 0) uploadsInFlight.set(client, n)
    else uploadsInFlight.delete(client)
  }

  let data: unknown = null
  if (fields[dataField] !== undefined) {
    try {
      data = JSON.parse(fields[dataField])
    } catch {
      throw attachmentErrors.badFormData(dataField)
    }
  }
  assertStorableText(fields, 'body')
  assertStorableText(data, `body.${dataField}`)
  return { data, fields, files }
}
