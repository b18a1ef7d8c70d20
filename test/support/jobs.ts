// Runs outbox jobs in a test as a worker would, without a running pg-boss.
import type { FastifyInstance } from 'fastify'
import type PgBoss from 'pg-boss'

/** Runs the notify handler over the case's waiting notify jobs (`lastAttempt`: as their final retry); returns their kinds. */
export async function runNotify(app: FastifyInstance, caseId: number, lastAttempt = false): Promise<string[]> {
  const rows = await app.sql`select id, data from pgboss.job where name = 'notify' and (data->>'caseId')::int = ${caseId} and state = 'created' order by created_on`
  const jobs = rows.map((r) => ({ id: r.id, name: 'notify', data: r.data, retryCount: lastAttempt ? 5 : 0, retryLimit: 5 })) as unknown as PgBoss.Job<Record<string, unknown>>[]
  await app.jobHandlers.notify(jobs)
  await app.sql`update pgboss.job set state = 'completed' where id = any(${rows.map((r) => r.id)}::uuid[])`
  return rows.map((r) => r.data.kind as string)
}
