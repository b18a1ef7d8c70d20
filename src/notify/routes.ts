// For admins: the outbox of e-mail and SMS (recorded when no transport is configured) and dead-lettered jobs, each row
// shown only to an admin who may see its case (管辖 + 回避, the same rule as the case lists); rows of no case to city admins.
import type { FastifyInstance } from 'fastify'
import type { PendingQuery, Row, Sql } from 'postgres'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import { visibleTo } from '../cases/access.js'
import { isCityAdmin } from '../users/scope.js'
import type { StaffUser } from '../users/service.js'
import { Nullable, Open } from '../http/responses.js'

/** The rows of case `c` (joined on the row's case id, null when it has none) the user may see. */
function caseScope(sql: Sql, user: StaffUser, caseIdIsNull: PendingQuery<Row[]>) {
  return isCityAdmin(user)
    ? sql`(${caseIdIsNull} or ${visibleTo(sql, user, 'c')})`
    : sql`(c.id is not null and ${visibleTo(sql, user, 'c')})`
}

const Str = Type.String()
const OutboxPage = Open({
  total: Type.Integer(), transports: Open({ email: Str, sms: Str }),
  items: Type.Array(Open({
    id: Type.Integer(), channel: Str, kind: Str, caseId: Nullable(Type.Integer()), caseNumber: Nullable(Str),
    recipient: Type.String({ description: '掩码后的收件人 / the masked recipient' }), subject: Nullable(Str), body: Str,
    status: Str, statusDetail: Nullable(Str), attempts: Type.Integer(), createdAt: Str, sentAt: Nullable(Str),
  })),
}, '发件箱（每页50条）/ The outbox, 50 a page')
const FailedJob = Open({
  id: Str, queue: Str, data: Type.Unknown(), state: Str, retries: Type.Integer(), error: Type.Unknown(), createdAt: Str, finishedAt: Nullable(Str),
}, '失败的后台任务 / A failed job')

export default async function outboxRoutes(app: FastifyInstance) {
  const OutboxQuery = Type.Object({
    channel: Type.Optional(Type.Union([Type.Literal('email'), Type.Literal('sms')])),
    status: Type.Optional(Type.String({ pattern: '^[a-z]+$' })),
    caseId: Type.Optional(Type.Integer({ minimum: 1 })),
    page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  })
  app.get('/api/outbox', { preHandler: app.requireStaff(['admin']), schema: { querystring: OutboxQuery, response: { 200: OutboxPage } } }, async (request, reply) => {
    const q = request.query as Static<typeof OutboxQuery>
    const sql = app.sql
    const user = staffOf(request)
    const rows = await sql`
      select o.id, o.channel, o.kind, o.case_id, k.case_number, o.recipient_masked, o.subject, o.body, o.status, o.status_detail, o.attempts,
             o.created_at, o.sent_at, count(*) over () as total
      from outbound_messages o left join cases c on c.id = o.case_id left join complaints k on k.id = o.case_id
      where ${q.channel ? sql`o.channel = ${q.channel}` : sql`true`} and ${q.status ? sql`o.status = ${q.status}` : sql`true`}
        and ${q.caseId ? sql`o.case_id = ${q.caseId}` : sql`true`}
        and ${caseScope(sql, user, sql`o.case_id is null`)}
      order by o.id desc limit 50 offset ${((q.page ?? 1) - 1) * 50}`
    reply.header('cache-control', 'no-store')
    return {
      total: rows.length ? Number(rows[0].total) : 0,
      transports: { email: app.mailer.mode, sms: app.smsOutbox.mode },
      items: rows.map((r) => ({
        id: Number(r.id), channel: r.channel, kind: r.kind, caseId: r.case_id === null ? null : Number(r.case_id), caseNumber: r.case_number,
        recipient: r.recipient_masked, subject: r.subject, body: r.body, status: r.status, statusDetail: r.status_detail, attempts: r.attempts,
        createdAt: r.created_at, sentAt: r.sent_at,
      })),
    }
  })

  app.get('/api/jobs/failed', { preHandler: app.requireStaff(['admin']), schema: { response: { 200: Type.Array(FailedJob) } } }, async (request, reply) => {
    const sql = app.sql
    const user = staffOf(request)
    // a job names its case in data.caseId (notify, recordings …); jobs of no case (the mailbox, stats) are the city's
    const rows = await sql`
      select j.id, j.name, j.data, j.state, j.retry_count, j.output, j.created_on, j.completed_on
      from pgboss.job j
      left join cases c on c.id = case when jsonb_typeof(j.data) = 'object' and j.data->>'caseId' ~ '^[0-9]{1,18}$' then (j.data->>'caseId')::bigint end
      where (j.state = 'failed' or j.name = 'dead-letter')
        and ${caseScope(sql, user, sql`(j.data is null or jsonb_typeof(j.data) <> 'object' or not (j.data ? 'caseId'))`)}
      order by j.created_on desc limit 100`
    reply.header('cache-control', 'no-store')
    return rows.map((r) => ({ id: r.id, queue: r.name, data: r.data, state: r.state, retries: r.retry_count, error: r.output, createdAt: r.created_on, finishedAt: r.completed_on }))
  })
}
