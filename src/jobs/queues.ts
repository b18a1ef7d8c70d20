// The pg-boss queues and how a process starts pg-boss (its own `pg` pool: it cannot run on pooled postgres.js).
import PgBoss from 'pg-boss'

export const DEAD_LETTER = 'dead-letter'
export const ASSESSMENT_QUEUE = 'assessment-monthly'
export const QUEUES: PgBoss.Queue[] = [
  { name: DEAD_LETTER, policy: 'standard' },
  { name: 'notify', policy: 'standard', retryLimit: 5, retryBackoff: true, deadLetter: DEAD_LETTER },
  { name: 'deadlines-scan', policy: 'singleton' },
  { name: 'mailbox-process', policy: 'standard', retryLimit: 5, retryBackoff: true, deadLetter: DEAD_LETTER },
  { name: 'stats-refresh', policy: 'singleton' },
  // 督办单 unanswered past their deadline go up to the unit's parent (src/supervision/notices.ts)
  { name: 'notices-escalate', policy: 'singleton' },
  // 问责线索 of a closed case or a finding of 答复不实 (src/accountability/open.ts), written by applyEvent's outbox
  { name: 'accountability-open', policy: 'standard', retryLimit: 5, retryBackoff: true, deadLetter: DEAD_LETTER },
  // 月度考核: the month before, computed on the 1st (src/assessment)
  { name: ASSESSMENT_QUEUE, policy: 'singleton', retryLimit: 3, retryDelay: 600 },
  { name: 'recording-download', policy: 'standard', retryLimit: 8, retryBackoff: true, deadLetter: DEAD_LETTER },
  // 知识库: an article's public link sent to the caller answered from it (src/knowledge/answer-link.ts)
  { name: 'knowledge-link', policy: 'standard', retryLimit: 5, retryBackoff: true, deadLetter: DEAD_LETTER },
  // 我的导出 (src/export/jobs.ts): an export of more than EXPORT_JOB_ROWS rows, and the hourly deletion of expired files
  { name: 'export-build', policy: 'standard', retryLimit: 1, expireInSeconds: 3600, deadLetter: DEAD_LETTER },
  { name: 'exports-expire', policy: 'singleton' },
  // 热点: the nightly hotspot run of the whole city, stored for the board and the public page (src/hotspots/runs.ts)
  { name: 'hotspots-nightly', policy: 'singleton', retryLimit: 2, retryDelay: 600, expireInSeconds: 3600 },
  // the embedded installation's daily backup (src/ops/backup.ts): a copy of a large cluster may take hours
  { name: 'backup-daily', policy: 'singleton', retryLimit: 2, retryDelay: 600, expireInSeconds: 6 * 3600 },
]

export function newBoss(databaseUrl: string, opts: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  return new PgBoss({ connectionString: databaseUrl, max: 4, application_name: 'suqiu-jobs', ...opts })
}

/** Creates pg-boss's schema (its own migrations) and our queues; safe to run at every start. */
export async function ensureQueues(databaseUrl: string): Promise<void> {
  const boss = newBoss(databaseUrl, { supervise: false, schedule: false, max: 1 })
  boss.on('error', () => {})
  await boss.start()
  try {
    for (const q of QUEUES) {
      const existing = await boss.getQueue(q.name)
      if (!existing) await boss.createQueue(q.name, q)
    }
  } finally {
    await boss.stop({ graceful: false, wait: true })
  }
}
