// 导出: GET /api/cases/export (any case list, with the list's filters) and GET /api/stats/board/export (the board),
// as .xlsx or CSV. The rows are the user's scope (the list's own conditions, src/cases/access.ts), masked as the list
// shows them, streamed as they are read; each export is an audit row saying who exported what. The console asks
// POST /api/exports first: a list of more than EXPORT_JOB_ROWS cases becomes a job (我的导出, src/export/jobs.ts).
import { createReadStream } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { Binary, Nullable } from '../http/responses.js'
import { errors } from '../http/errors.js'
import { staffOf } from '../auth/plugin.js'
import { appendAudit } from '../audit/log.js'
import { ListFilterProperties, toCaseListQuery } from '../cases/list-query.js'
import { countUpTo } from '../cases/list.js'
import { supervisionBoard } from '../stats/board.js'
import { BOARD_ROLES } from '../stats/routes.js'
import type { StaffUser } from '../users/service.js'
import { caseRows, CASE_COLUMNS } from './cases.js'
import { boardRows, BOARD_COLUMNS } from './board.js'
import { contentDisposition, MIME, writeTable, type Cell, type Column, type ExportFormat } from './table.js'
import { auditDownload, buildExport, EXPORT_EXPIRE_QUEUE, EXPORT_QUEUE, expireExports, myExports, ownExport, requestExport } from './jobs.js'

const Format = Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], { default: 'xlsx' })
const CaseExportQuery = Type.Object({ format: Format, ...ListFilterProperties })
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
const BoardExportQuery = Type.Object({
  format: Format,
  division: Type.Optional(Type.String({ pattern: '^[0-9]{6}([0-9]{3}){0,2}$' })),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
})

const ExportFile = Binary(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'], '导出文件（.xlsx 或 CSV，逐行写出）/ The exported file (.xlsx or CSV, streamed)')

const ExportJobSchema = Type.Object({
  id: Type.Integer(), kind: Type.String(), format: Format,
  filters: Type.Record(Type.String(), Type.Unknown(), { description: '导出时的筛选条件 / The list filters of the export' }),
  state: Type.Union(['queued', 'running', 'ready', 'failed', 'expired'].map((v) => Type.Literal(v)), { description: 'queued 排队 · running 生成中 · ready 可下载 · failed 失败 · expired 已过期删除' }),
  rows: Nullable(Type.Integer()), fileName: Nullable(Type.String()), byteSize: Nullable(Type.Integer()),
  createdAt: Type.String({ format: 'date-time' }), finishedAt: Nullable(Type.String({ format: 'date-time' })), expiresAt: Nullable(Type.String({ format: 'date-time' })),
}, { description: '导出任务（我的导出）/ An export job (My exports)' })
const ExportRequest = Type.Object({ format: Format, ...ListFilterProperties })
const ExportStarted = Type.Object({
  mode: Type.Union([Type.Literal('stream'), Type.Literal('job')], { description: 'stream: download `url` now; job: 正在生成，完成后通知' }),
  rows: Type.Integer({ description: '清单条数（job 时为至少）/ Rows in the list (at least, for a job)' }),
  url: Type.Optional(Type.String()),
  job: Type.Optional(ExportJobSchema),
  message: Type.String(), messageEn: Type.String(),
})

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '')

export default async function exportRoutes(app: FastifyInstance) {
  async function audit(user: StaffUser, action: string, detail: Record<string, unknown>) {
    await app.sql.begin((tx) => appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action, caseId: null, detail: { ...detail, unitId: user.unit.id } }]))
  }

  function send(reply: import('fastify').FastifyReply, format: ExportFormat, base: string, title: string, columns: Column[], rows: AsyncIterable<Cell[][]>, what: string) {
    const { stream, done } = writeTable(format, title, columns, rows)
    done.then((n) => app.log.info({ export: what, format, rows: n }, 'export written'), (err: unknown) => app.log.error({ err, export: what }, 'export failed while streaming'))
    return reply
      .header('content-type', MIME[format])
      .header('content-disposition', contentDisposition(`${base}-${today()}.${format}`, `${title}-${today()}.${format}`))
      .header('cache-control', 'no-store')
      .send(stream)
  }

  app.get('/api/cases/export', { preHandler: app.requireStaff(), schema: { querystring: CaseExportQuery, response: { 200: ExportFile } } }, async (request, reply) => {
    const user = staffOf(request)
    const { format, ...filters } = request.query as Static<typeof CaseExportQuery>
    const query = toCaseListQuery(filters)
    await audit(user, 'export.cases', { format, filters })
    return send(reply, format, 'cases', '诉求清单', CASE_COLUMNS, caseRows(app.sql, user, query), 'cases')
  })

  const jobDeps = { sql: app.sql, db: app.db, dir: path.join(app.config.dataDir, 'exports'), keepHours: app.config.EXPORT_KEEP_HOURS, log: app.log }
  app.jobHandlers[EXPORT_QUEUE] = async (jobs) => {
    for (const job of jobs) await buildExport(jobDeps, Number(job.data.id))
  }
  app.jobHandlers[EXPORT_EXPIRE_QUEUE] = async () => ({ expired: await expireExports(jobDeps) })

  // 导出: a list of at most EXPORT_JOB_ROWS cases streams at once (the url above); a longer one is written by a worker
  app.post('/api/exports', { preHandler: app.requireStaff(), schema: { body: ExportRequest, response: { 200: ExportStarted, 202: ExportStarted } } }, async (request, reply) => {
    const user = staffOf(request)
    const { format, ...filters } = request.body as Static<typeof ExportRequest>
    const query = toCaseListQuery(filters)
    const limit = app.config.EXPORT_JOB_ROWS
    const rows = await countUpTo(app.sql, user, query, limit)
    if (rows <= limit) {
      return { mode: 'stream' as const, rows, url: '/api/cases/export?' + new URLSearchParams(Object.entries({ format, ...filters }).filter(([, v]) => v !== undefined).map(([k, v]): [string, string] => [k, String(v)])), message: '正在下载', messageEn: 'Downloading' }
    }
    const job = await requestExport(app.sql, app.cases.outbox, user, format, filters, rows)
    return reply.status(202).send({
      mode: 'job' as const, rows, job,
      message: `清单超过 ${limit} 条，正在生成，完成后通知；请到“我的导出”下载`, messageEn: `More than ${limit} rows: the file is being written and you will be told when it is ready; download it from My exports`,
    })
  })

  // 我的导出: the user's own export jobs, newest first
  app.get('/api/exports', { preHandler: app.requireStaff(), schema: { response: { 200: Type.Object({ items: Type.Array(ExportJobSchema) }) } } }, async (request) => {
    return { items: await myExports(app.sql, staffOf(request)) }
  })

  app.get('/api/exports/:id/file', {
    preHandler: app.requireStaff(),
    schema: { params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }) }), response: { 200: ExportFile } },
  }, async (request, reply) => {
    const user = staffOf(request)
    const job = await ownExport(app.sql, user, (request.params as { id: number }).id)
    if (!job) throw errors.exportNotFound()
    if (job.state === 'expired' || (job.expiresAt && new Date(job.expiresAt) <= new Date())) throw errors.exportExpired()
    if (job.state !== 'ready' || !job.filePath) throw errors.exportNotReady({ state: job.state })
    await auditDownload(app.sql, user, job)
    return reply
      .header('content-type', MIME[job.format])
      .header('content-disposition', contentDisposition(`cases-export-${job.id}.${job.format}`, job.fileName ?? `export-${job.id}.${job.format}`))
      .header('cache-control', 'no-store')
      .send(createReadStream(job.filePath))
  })

  app.get('/api/stats/board/export', { preHandler: app.requireStaff(BOARD_ROLES), schema: { querystring: BoardExportQuery, response: { 200: ExportFile } } }, async (request, reply) => {
    const user = staffOf(request)
    const { format, ...q } = request.query as Static<typeof BoardExportQuery>
    const board = await supervisionBoard(app.sql, user, q)
    await audit(user, 'export.board', { format, ...q })
    return send(reply, format, 'board', `督办看板-${board.unit.name}`, BOARD_COLUMNS, boardRows(board), 'board')
  })
}
