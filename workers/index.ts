// The worker side of a process (SUQIU_ROLE=worker|all): pg-boss queues with their handlers.
import type { FastifyBaseLogger } from 'fastify'
import type PgBoss from 'pg-boss'
import { ASSESSMENT_QUEUE, newBoss } from '../src/jobs/queues.js'
import type { CaseServices } from '../src/cases/services.js'
import { scanDeadlines } from './deadlines.js'
import { escalateOverdueNotices, raiseRedNotices } from '../src/supervision/notices.js'
import { guardPgBossCompletions } from '../src/ops/pg-boss-guard.js'
import { ACCOUNTABILITY_QUEUE, runAccountabilityJobs } from '../src/accountability/open.js'
import { HOTSPOT_CRON, HOTSPOT_QUEUE } from '../src/hotspots/runs.js'

export interface WorkerDeps {
  databaseUrl: string
  services: CaseServices
  log: FastifyBaseLogger
  /** extra handlers by queue (notifications, mailbox, recordings) */
  handlers?: Record<string, (jobs: PgBoss.Job<Record<string, unknown>>[]) => Promise<unknown>>
  /** loops started beside the queues (the IMAP mailbox); each returns its stop */
  starters?: ((boss: PgBoss) => Promise<() => Promise<void>>)[]
  /** queues run on a schedule (cron, Beijing time), e.g. the daily backup */
  schedules?: Record<string, string>
  /** how long a handler's queue with nothing to do waits before it looks again (default 1 s or 2 s); tests set it long to see a queue woken */
  queuePollingSeconds?: number
}

export interface Workers { boss: PgBoss; stop(): Promise<void> }

const wakers = new WeakMap<PgBoss, (queue: string) => void>()

/**
 * Has this process's worker of `queue` fetch now instead of at its next poll (e.g. right after sending it a job a
 * person is waiting for: a mail that becomes a case). Does nothing when this process does not work that queue.
 */
export function wakeQueue(boss: PgBoss, queue: string): void {
  wakers.get(boss)?.(queue)
}

/**
 * Queues with a job for most events, fetched 50 at a time every second: pg-boss 10 waits the polling interval after
 * every fetch, full or not, so 5 every 2 s capped a worker process at 2.5 jobs/s — the day bench's peak hour at
 * real time makes ~4.7 notify jobs/s, and at 2× they waited up to 6 minutes (issue 24).
 */
const WIDE_QUEUES = new Set(['notify', 'accountability-open', 'mailbox-process'])

export async function startWorkers(deps: WorkerDeps): Promise<Workers> {
  guardPgBossCompletions()
  const boss = newBoss(deps.databaseUrl)
  let stopping = false
  // while the process shuts down, connections closing under pg-boss are expected, not errors
  boss.on('error', (err) => (stopping ? deps.log.debug({ err }, 'pg-boss during shutdown') : deps.log.error({ err }, 'pg-boss error')))
  await boss.start()
  await boss.schedule('deadlines-scan', '* * * * *', {}, { tz: 'Asia/Shanghai' })
  await boss.work('deadlines-scan', { pollingIntervalSeconds: 10 }, async () => {
    const r = await scanDeadlines(deps.services)
    if (r.warned || r.timedOut || r.callbacks) deps.log.info(r, 'deadline scan')
    return r
  })
  // 督办单 unanswered by their deadline go up to the unit's parent (issue 22)
  await boss.schedule('notices-escalate', '* * * * *', {}, { tz: 'Asia/Shanghai' })
  await boss.work('notices-escalate', { pollingIntervalSeconds: 10 }, async () => {
    const escalated = await escalateOverdueNotices(deps.services)
    const raised = await raiseRedNotices(deps.services)
    if (escalated || raised) deps.log.info({ escalated, raised }, 'supervision notices escalated or raised')
    return { escalated, raised }
  })
  // 问责线索 of closed cases and findings of 答复不实 (issue 22): idempotent, so a retry opens nothing twice
  await boss.work(ACCOUNTABILITY_QUEUE, { pollingIntervalSeconds: 2, batchSize: 5 }, async (jobs) => {
    const opened = await runAccountabilityJobs(deps.services, jobs as { data: Record<string, unknown> }[])
    if (opened) deps.log.info({ opened }, 'accountability records opened')
    return { opened }
  })
  if (deps.handlers?.['stats-refresh']) await boss.schedule('stats-refresh', '*/5 * * * *', {}, { tz: 'Asia/Shanghai' })
  // 月度考核 (issue 22): at 01:30 on the 1st, the month before
  if (deps.handlers?.[ASSESSMENT_QUEUE]) await boss.schedule(ASSESSMENT_QUEUE, '30 1 1 * *', {}, { tz: 'Asia/Shanghai' })
  if (deps.handlers?.['exports-expire']) await boss.schedule('exports-expire', '7 * * * *', {}, { tz: 'Asia/Shanghai' })
  if (deps.handlers?.[HOTSPOT_QUEUE]) await boss.schedule(HOTSPOT_QUEUE, HOTSPOT_CRON, {}, { tz: 'Asia/Shanghai' })
  for (const [queue, cron] of Object.entries(deps.schedules ?? {})) await boss.schedule(queue, cron, {}, { tz: 'Asia/Shanghai' })
  const workerIds = new Map<string, string>()
  wakers.set(boss, (queue) => { const id = workerIds.get(queue); if (id) boss.notifyWorker(id) })
  for (const [queue, handler] of Object.entries(deps.handlers ?? {})) {
    const polling = WIDE_QUEUES.has(queue) ? { pollingIntervalSeconds: 1, batchSize: 50 } : { pollingIntervalSeconds: 2, batchSize: 5 }
    if (deps.queuePollingSeconds) polling.pollingIntervalSeconds = deps.queuePollingSeconds
    workerIds.set(queue, await boss.work(queue, { ...polling, includeMetadata: true }, handler as never))
  }
  const stops: (() => Promise<void>)[] = []
  for (const start of deps.starters ?? []) stops.push(await start(boss))
  deps.log.info({ queues: ['deadlines-scan', ...Object.keys(deps.handlers ?? {})] }, 'workers started')
  return {
    boss,
    stop: async () => {
      stopping = true
      for (const stop of stops) await stop()
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 })
    },
  }
}
