// What staff see of a case's 协办 parts (caseView): each assisting unit, its lead, status, deadline, opinion and files.
import type { Sql } from 'postgres'
import { partsOf, partStatusLabels, replaceableParts, type CaseContext } from '../cases/machine.js'

export async function partsView(sql: Sql, ctx: CaseContext) {
  const parts = partsOf(ctx)
  if (parts.length === 0) return []
  const unitIds = [...new Set(parts.flatMap((p) => [p.unitId, p.leadUnitId]))]
  const units = new Map((await sql`select id, name, level from units where id = any(${unitIds}::bigint[])`).map((u) => [Number(u.id), { id: Number(u.id), name: u.name as string, level: u.level as string }]))
  const fileIds = parts.flatMap((p) => p.opinion?.attachmentIds ?? [])
  const files = new Map(fileIds.length
    ? (await sql`select id, filename, mime, size from attachments where id = any(${fileIds}::bigint[])`).map((a) => [Number(a.id), { id: Number(a.id), filename: a.filename as string, mime: a.mime as string, size: Number(a.size), url: `/api/attachments/${a.id}` }])
    : [])
  const replaceable = new Set(replaceableParts(ctx).map((p) => p.seq))
  return parts.map((p) => ({
    seq: p.seq, unit: units.get(p.unitId) ?? null, leadUnit: units.get(p.leadUnitId) ?? null,
    status: p.status, statusLabel: partStatusLabels[p.status],
    assignedAt: p.assignedAt, dueAt: p.dueAt, signedAt: p.signedAt, closedAt: p.closedAt, late: p.late,
    returnReason: p.returnReason,
    // 更换协办单位: the machine's own rule (returned, not replaced, of the current lead); who may do it is allowedEvents'
    replacedBy: p.replacedBy ?? null, replaceable: replaceable.has(p.seq),
    opinion: p.opinion ? { text: p.opinion.text, at: p.opinion.at, files: p.opinion.attachmentIds.map((id) => files.get(id)).filter((f) => f !== undefined) } : null,
  }))
}
