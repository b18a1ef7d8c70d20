// For admins: the outbox of e-mail and SMS (recorded when no transport is configured) and dead-lettered jobs.
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'

export default async function outboxRoutes(app: FastifyInstance) {
  const OutboxQuery = Type.Object({
    channel: Type.Optional(Type.Union([Type.Literal('email'), Type.Literal('sms')])),
    status: Type.Optional(Type.String({ pattern: '^[a-z]+$' })),
    caseId: Type.Optional(Type.Integer({ minimum: 1 })),
    page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  })
  app.get('/api/outbox', { preHandler: app.requireStaff(['admin']), schema: { querystring: OutboxQuery } }, async (request) => {
    const q = request.query as Static<typeof OutboxQuery>
    const sql = app.sql
    const rows = await sql`
      select o.id, o.channel, o.kind, o.case_id, k.case_number, o.recipient_masked, o.subject, o.body, o.status, o.status_detail, o.attempts,
             o.created_at, o.sent_at, count(*) over () as total
      from outbound_messages o left join complaints k on k.id = o.case_id
      where ${q.channel ? sql`o.channel = ${q.channel}` : sql`true`} and ${q.status ? sql`o.status = ${q.status}` : sql`true`}
        and ${q.caseId ? sql`o.case_id = ${q.caseId}` : sql`true`}
      order by o.id desc limit 50 offset ${((q.page ?? 1) - 1) * 50}`
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

  app.get('/api/jobs/failed', { preHandler: app.requireStaff(['admin']) }, async () => {
    const rows = await app.sql`
      select id, name, data, state, retry_count, output, created_on, completed_on from pgboss.job
      where state = 'failed' or name = 'dead-letter' order by created_on desc limit 100`
    return rows.map((r) => ({ id: r.id, queue: r.name, data: r.data, state: r.state, retries: r.retry_count, error: r.output, createdAt: r.created_on, finishedAt: r.completed_on }))
  })
}
