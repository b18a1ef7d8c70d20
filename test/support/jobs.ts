// Runs outbox jobs in a test as a worker would, without a running pg-boss: each job is handed to the handler
// alone and then moved on as pg-boss would move it (completed; back to retry with one more attempt counted; or
// failed after its last attempt), so a test can see what became of each job, not only that the handler ran.
import type { FastifyInstance } from 'fastify'
import type PgBoss from 'pg-boss'
import { ARTICLE_LINK_QUEUE } from '../../src/knowledge/answer-link.js'

/** A message the delivery left in the outbox (outbound_messages), as the admins' outbox shows it. */
export interface RecordedMessage { channel: string; kind: string; status: string; attempts: number; detail: string | null }

/** What became of one notify job. */
export interface NotifyJobRun {
  kind: string
  /** the job's pg-boss state after this attempt */
  state: 'completed' | 'retry' | 'failed'
  /** the attempts the job has had, this one included */
  attempts: number
  /** the handler's error, when it threw */
  error: string | null
  /** the messages of this milestone in the outbox after the attempt */
  messages: RecordedMessage[]
}

/**
 * One attempt at each of the case's waiting notify jobs (created or due for a retry), oldest first.
 * `lastAttempt`: run them as their final attempt (a job that throws then fails for good).
 */
export async function runNotifyJobs(app: FastifyInstance, caseId: number, lastAttempt = false): Promise<NotifyJobRun[]> {
  const rows = await app.sql`
    select id, data, retry_count, retry_limit from pgboss.job
    where name = 'notify' and (data->>'caseId')::int = ${caseId} and state in ('created', 'retry') order by created_on, id`
  const runs: NotifyJobRun[] = []
  for (const r of rows) {
    const retryCount = lastAttempt ? Number(r.retry_limit) : Number(r.retry_count)
    const job = { id: r.id, name: 'notify', data: r.data, retryCount, retryLimit: Number(r.retry_limit) } as unknown as PgBoss.JobWithMetadata<Record<string, unknown>>
    let error: string | null = null
    try {
      await app.jobHandlers.notify([job])
    } catch (err) {
      error = err instanceof Error ? err.message : String(err)
    }
    const state = error === null ? 'completed' : retryCount >= Number(r.retry_limit) ? 'failed' : 'retry'
    const [moved] = await app.sql`
      update pgboss.job set state = ${state}, retry_count = ${state === 'retry' ? retryCount + 1 : retryCount}
      where id = ${r.id} returning retry_count`
    const messages = await app.sql`
      select channel, kind, status, attempts, status_detail from outbound_messages
      where case_id = ${caseId} and kind = ${r.data.kind as string} order by id`
    runs.push({
      kind: r.data.kind as string, state, attempts: Number(moved.retry_count) + (state === 'retry' ? 0 : 1), error,
      messages: messages.map((m) => ({ channel: m.channel, kind: m.kind, status: m.status, attempts: Number(m.attempts), detail: m.status_detail })),
    })
  }
  return runs
}

/**
 * runNotifyJobs for tests that only need the jobs to have run: the kinds of the jobs that completed; rejects with the
 * handler's first error when a job threw (that job waits for its retry, as under pg-boss).
 */
export async function runNotify(app: FastifyInstance, caseId: number, lastAttempt = false): Promise<string[]> {
  const runs = await runNotifyJobs(app, caseId, lastAttempt)
  const thrown = runs.find((r) => r.error !== null)
  if (thrown) throw new Error(`notify job ${thrown.kind} threw: ${thrown.error}`)
  return runs.map((r) => r.kind)
}

/** Runs the waiting knowledge-link jobs (an article's link a caller asked for) once each, as a worker would. */
export async function runLinkJobs(app: FastifyInstance): Promise<number> {
  const rows = await app.sql`select id, data, retry_count, retry_limit from pgboss.job where name = ${ARTICLE_LINK_QUEUE} and state in ('created', 'retry') order by created_on`
  for (const r of rows) {
    await app.jobHandlers[ARTICLE_LINK_QUEUE]!([{ id: r.id, name: ARTICLE_LINK_QUEUE, data: r.data, retryCount: r.retry_count, retryLimit: r.retry_limit } as unknown as PgBoss.Job<Record<string, unknown>>])
    await app.sql`update pgboss.job set state = 'completed' where id = ${r.id}`
  }
  return rows.length
}
