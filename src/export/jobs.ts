// 我的导出: an export of more than EXPORT_JOB_ROWS rows runs as a job. The request stores the filters (audited); a worker
// writes the file with the requester's scope and masking as they stand when it runs (the list's own query), tells them
// over the live socket, and only they download it (audited) until it expires; expired files are deleted.
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { FastifyBaseLogger } from 'fastify'
import type { Sql, TransactionSql } from 'postgres'
import type { Db } from '../db/index.js'
import { appendAudit } from '../audit/log.js'
import { publishLiveEvent } from '../live/events.js'
import { toCaseListQuery, type ListFilterQuery } from '../cases/list-query.js'
import type { Outbox } from '../cases/services.js'
import { findStaffUser, type StaffUser } from '../users/service.js'
import { caseRows, CASE_COLUMNS } from './cases.js'
import { writeTable, type ExportFormat } from './table.js'

export const EXPORT_QUEUE = 'export-build'
export const EXPORT_EXPIRE_QUEUE = 'exports-expire'

export type ExportState = 'queued' | 'running' | 'ready' | 'failed' | 'expired'

/** What 我的导出 lists: never the file's place on disk. */
export interface ExportJob {
  id: number; kind: string; format: ExportFormat; filters: ListFilterQuery; state: ExportState; rows: number | null
  fileName: string | null; byteSize: number | null; createdAt: string; finishedAt: string | null; expiresAt: string | null
}

export interface ExportJobDeps { sql: Sql; db: Db; dir: string; keepHours: number; log: FastifyBaseLogger }

interface Row {
  id: string; user_id: string; kind: string; format: ExportFormat; filters: ListFilterQuery; state: ExportState; rows: number | null
  file_path: string | null; file_name: string | null; byte_size: string | null; created_at: Date; finished_at: Date | null; expires_at: Date | null
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)
export function publicJob(r: Row): ExportJob {
  return {
    id: Number(r.id), kind: r.kind, format: r.format, filters: r.filters, state: r.state, rows: r.rows, fileName: r.file_name,
    byteSize: r.byte_size === null ? null : Number(r.byte_size), createdAt: iso(r.created_at)!, finishedAt: iso(r.finished_at), expiresAt: iso(r.expires_at),
  }
}

/** The job row, its audit row (export.requested) and its pg-boss job, in one transaction: no job without its record. */
export async function requestExport(sql: Sql, outbox: Outbox, user: StaffUser, format: ExportFormat, filters: ListFilterQuery, counted: number): Promise<ExportJob> {
  return sql.begin(async (tx: TransactionSql) => {
    const [row] = await tx<Row[]>`
      insert into export_jobs (user_id, unit_id, kind, format, filters) values (${user.id}, ${user.unit.id}, 'cases', ${format}, ${tx.json(filters as never)})
      returning *`
    await appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'export.requested', caseId: null, detail: { exportId: Number(row.id), format, filters, atLeastRows: counted, unitId: user.unit.id } }])
    await outbox.send(tx, [{ name: EXPORT_QUEUE, data: { id: Number(row.id) }, options: { retryLimit: 1 } }])
    return publicJob(row)
  })
}

export async function myExports(sql: Sql, user: StaffUser): Promise<ExportJob[]> {
  const rows = await sql<Row[]>`select * from export_jobs where user_id = ${user.id} order by created_at desc, id desc limit 50`
  return rows.map(publicJob)
}

/**
 * The job of `id` if it is the user's own and was asked from the unit they are in now; another user's is as absent as
 * one that never was, and so is a file written in the scope of a unit the user has since left (DESIGN rule 1: the
 * scope is the user's today, not the one they had when they asked).
 */
export async function ownExport(sql: Sql, user: StaffUser, id: number): Promise<(ExportJob & { filePath: string | null }) | null> {
  const [row] = await sql<Row[]>`select * from export_jobs where id = ${id} and user_id = ${user.id} and unit_id = ${user.unit.id}`
  return row ? { ...publicJob(row), filePath: row.file_path } : null
}

/** The download's audit row (export.download). */
export async function auditDownload(sql: Sql, user: StaffUser, job: ExportJob): Promise<void> {
  await sql.begin((tx) => appendAudit(tx, [{ actorUserId: user.id, actorKind: 'staff', action: 'export.download', caseId: null, detail: { exportId: job.id, format: job.format, rows: job.rows, unitId: user.unit.id } }]))
}

const stamp = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace(/[-:T]/g, '')

/**
 * Writes one export's file. The requester is read again now: a user disabled since, or moved to another unit, gets
 * the scope they have now (or nothing). A job already finished (a retry after a lost completion) is left as it is.
 */
export async function buildExport(deps: ExportJobDeps, id: number): Promise<ExportState | null> {
  const { sql } = deps
  const [job] = await sql<Row[]>`update export_jobs set state = 'running' where id = ${id} and state in ('queued', 'running') returning *`
  if (!job) return null
  const user = await findStaffUser(deps.db, Number(job.user_id))
  const finish = async (state: ExportState, set: { rows?: number; file?: string; name?: string; size?: number; error?: string }) => {
    await sql`
      update export_jobs set state = ${state}, rows = ${set.rows ?? null}, file_path = ${set.file ?? null}, file_name = ${set.name ?? null},
        byte_size = ${set.size ?? null}, error = ${set.error ?? null}, finished_at = now(),
        expires_at = case when ${state} = 'ready' then now() + make_interval(hours => ${deps.keepHours}) end
      where id = ${id}`
    await publishLiveEvent(sql, { topic: state === 'ready' ? 'export.ready' : 'export.failed', userIds: [Number(job.user_id)], payload: { id, state, rows: set.rows ?? null } })
      .catch((err: unknown) => deps.log.warn({ err, exportId: id }, 'export: the live notice failed (the list shows the file)'))
    return state
  }
  if (!user) return finish('failed', { error: 'user disabled' })
  await mkdir(deps.dir, { recursive: true })
  const file = path.join(deps.dir, `export-${id}.${job.format}`)
  const partial = `${file}.part`
  try {
    const { stream, done } = writeTable(job.format, '诉求清单', CASE_COLUMNS, caseRows(sql, user, toCaseListQuery(job.filters)))
    await pipeline(stream, createWriteStream(partial, { mode: 0o600 }))
    const rows = await done
    await rename(partial, file)
    const name = `诉求清单-${stamp(job.created_at)}.${job.format}`
    deps.log.info({ exportId: id, rows }, 'export job written')
    return finish('ready', { rows, file, name, size: (await stat(file)).size })
  } catch (err) {
    await rm(partial, { force: true })
    deps.log.error({ err, exportId: id }, 'export job failed')
    return finish('failed', { error: err instanceof Error ? err.message.slice(0, 200) : 'failed' })
  }
}

/** Deletes the files of the exports past their expiry; their rows stay (state expired) as the record of what was made. */
export async function expireExports(deps: Pick<ExportJobDeps, 'sql' | 'log'>): Promise<number> {
  const rows = await deps.sql<{ id: string; file_path: string | null }[]>`
    with old as (select id, file_path from export_jobs where state = 'ready' and expires_at <= now() for update)
    update export_jobs e set state = 'expired', file_path = null from old where e.id = old.id returning e.id, old.file_path`
  for (const r of rows) if (r.file_path) await rm(r.file_path, { force: true })
  if (rows.length) deps.log.info({ expired: rows.length }, 'export files expired and deleted')
  return rows.length
}
