// Attachments for staff: served only to users who may see the owning case (404 for everyone else).
import type { FastifyInstance, FastifyReply } from 'fastify'
import { createReadStream } from 'node:fs'
import { Type } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { AppError } from '../http/errors.js'
import { loadVisibleCase } from '../cases/view.js'
import { auditReportRead } from '../cases/read-audit.js'
import { appendAudit } from '../audit/log.js'
import type { StaffUser } from '../users/service.js'
import { attachmentErrors } from './errors.js'
import { contentDisposition } from './names.js'
import type { AttachmentRow, AttachmentStore } from './store.js'
import { AttachmentSchema } from '../api-docs/schemas.js'
import { Binary } from '../http/responses.js'

const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) })
const PageParams = Type.Object({ id: Type.Integer({ minimum: 1 }), n: Type.Integer({ minimum: 1, maximum: 9999 }) })

/** What a list shows of an attachment: never the path on disk. */
export async function attachmentView(store: AttachmentStore, a: AttachmentRow) {
  const pages = a.mime === 'image/tiff' ? await store.pageCount(a).catch(() => null) : null
  return {
    id: a.id, filename: a.filename, mime: a.mime, size: a.size, kind: a.kind, sha256: a.sha256, createdAt: a.createdAt.toISOString(),
    url: `/api/attachments/${a.id}`,
    ...(pages ? { pages, pageUrls: Array.from({ length: pages }, (_, i) => `/api/attachments/${a.id}/pages/${i + 1}.png`) } : {}),
  }
}

/** The attachment, if the user may see its case; otherwise 404, exactly as for an id that does not exist. */
export async function loadVisibleAttachment(app: FastifyInstance, id: number, user: StaffUser): Promise<AttachmentRow> {
  const row = await app.attachments.get(id)
  if (!row || row.complaintId === null) throw attachmentErrors.attachmentNotFound({ attachmentId: id })
  try {
    await loadVisibleCase(app.sql, row.complaintId, user)
  } catch (err) {
    if (err instanceof AppError && err.statusCode === 404) throw attachmentErrors.attachmentNotFound({ attachmentId: id })
    throw err
  }
  return row
}

/** Who opened which file of a case (an ID card scan or a photo can be as personal as a phone number). */
async function auditView(app: FastifyInstance, row: AttachmentRow, user: StaffUser, page?: number): Promise<void> {
  await app.sql.begin((tx) => appendAudit(tx, [{
    actorUserId: user.id, actorKind: 'staff', action: 'attachment.view', caseId: row.complaintId,
    detail: { attachmentId: row.id, filename: row.filename, ...(page ? { page } : {}) },
  }]))
}

/** Headers for a stored file: its detected type, nosniff, a safe name, never cached by shared caches. */
function fileHeaders(reply: FastifyReply, mime: string, filename: string, size: number | null, download: boolean) {
  reply.header('content-type', mime)
  reply.header('x-content-type-options', 'nosniff')
  reply.header('content-disposition', contentDisposition(filename, download ? 'attachment' : 'inline'))
  reply.header('cache-control', 'private, no-store')
  // no script ever runs in a file we serve; PDF viewers need the document itself, so PDFs are left out
  if (mime !== 'application/pdf') reply.header('content-security-policy', "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox")
  if (size !== null) reply.header('content-length', String(size))
}

export default async function attachmentRoutes(app: FastifyInstance) {
  app.get('/api/attachments/:id', {
    preHandler: app.requireStaff(),
    schema: {
      params: Id, querystring: Type.Object({ download: Type.Optional(Type.Boolean()) }),
      response: { 200: Binary(['application/octet-stream', 'image/jpeg', 'image/png', 'image/tiff', 'application/pdf', 'audio/mpeg'], '文件本身（类型为检测到的类型）/ The file, as its detected type') },
    },
  }, async (request, reply) => {
    const { id } = request.params as { id: number }
    const user = staffOf(request)
    const row = await loadVisibleAttachment(app, id, user)
    // a row whose file is gone (a lost volume, a restore without the files' copy) is told as such, never a 5xx
    const blob = await app.attachments.openBlob(row.sha256)
    if (!blob) {
      request.log.error({ attachmentId: row.id, sha256: row.sha256 }, 'attachments: a file is missing from the store')
      throw attachmentErrors.attachmentGone({ attachmentId: row.id })
    }
    await auditView(app, row, user).catch((err) => { blob.destroy(); throw err })
    fileHeaders(reply, row.mime, row.filename, row.size, (request.query as { download?: boolean }).download === true)
    reply.header('etag', `"${row.sha256}"`)
    return reply.send(blob)
  })

  // 传真 pages: multi-page TIFF shown as PNG, one page at a time
  app.get('/api/attachments/:id/pages/:n.png', { preHandler: app.requireStaff(), schema: { params: PageParams, response: { 200: Binary(['image/png'], '一页（PNG）/ One page as PNG') } } }, async (request, reply) => {
    const { id, n } = request.params as { id: number; n: number }
    const user = staffOf(request)
    const row = await loadVisibleAttachment(app, id, user)
    const file = await app.attachments.pagePng(row, n)
    await auditView(app, row, user, n)
    const stem = row.filename.replace(/\.[^.]+$/, '')
    fileHeaders(reply, 'image/png', `${stem}-第${n}页.png`, null, false)
    return reply.send(createReadStream(file))
  })

  app.get('/api/cases/:id/attachments', { preHandler: app.requireStaff(), schema: { params: Id, response: { 200: Type.Object({ items: Type.Array(AttachmentSchema) }) } } }, async (request, reply) => {
    const { id } = request.params as { id: number }
    const user = staffOf(request)
    const c = await loadVisibleCase(app.sql, id, user)
    await auditReportRead(app.sql, user, c, 'attachments')
    reply.header('cache-control', 'no-store')
    // the complainant's originals: officers' reply evidence is listed with the reply (caseView.replyEvidence)
    const rows = (await app.attachments.listForComplaint(id)).filter((a) => a.kind !== 'reply_evidence')
    return { items: await Promise.all(rows.map((a) => attachmentView(app.attachments, a))) }
  })
}
