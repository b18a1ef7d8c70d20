// 导出: GET /api/cases/export (any case list, with the list's filters) and GET /api/stats/board/export (the board),
// as .xlsx or CSV. The rows are the user's scope (the list's own conditions, src/cases/access.ts), masked as the list
// shows them, streamed as they are read; each export is an audit row saying who exported what.
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { Binary } from '../http/responses.js'
import { staffOf } from '../auth/plugin.js'
import { appendAudit } from '../audit/log.js'
import { ListFilterProperties, toCaseListQuery } from '../cases/list-query.js'
import { supervisionBoard } from '../stats/board.js'
import { BOARD_ROLES } from '../stats/routes.js'
import type { StaffUser } from '../users/service.js'
import { caseRows, CASE_COLUMNS } from './cases.js'
import { boardRows, BOARD_COLUMNS } from './board.js'
import { contentDisposition, MIME, writeTable, type Cell, type Column, type ExportFormat } from './table.js'

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

  app.get('/api/stats/board/export', { preHandler: app.requireStaff(BOARD_ROLES), schema: { querystring: BoardExportQuery, response: { 200: ExportFile } } }, async (request, reply) => {
    const user = staffOf(request)
    const { format, ...q } = request.query as Static<typeof BoardExportQuery>
    const board = await supervisionBoard(app.sql, user, q)
    await audit(user, 'export.board', { format, ...q })
    return send(reply, format, 'board', `督办看板-${board.unit.name}`, BOARD_COLUMNS, boardRows(board), 'board')
  })
}
