// 办理佐证材料: the files an officer attaches to 提交办理结果 (SUBMIT_REPLY). They belong to the case (attachments of
// kind `reply_evidence`, never among the complainant's originals); the SUBMIT_REPLY event that brought them names
// them, so who added them, for which unit and when is the event's own record.
import type { Sql } from 'postgres'

export const REPLY_EVIDENCE_KIND = 'reply_evidence'

/** The events of a case as caseView reads them (actor's name and unit joined). */
interface EventRow { type: string; payload: unknown; created_at: Date; actor_name: string | null; actor_unit: string | null }

export interface ReplyEvidenceFile {
  id: number; filename: string; mime: string; size: number; url: string
  addedAt: string; addedBy: string | null; addedByUnit: string | null
}

/** Every file attached to a reply of the case, oldest first, with the officer and unit who added it. */
export async function replyEvidenceView(sql: Sql, caseId: number, events: readonly EventRow[]): Promise<ReplyEvidenceFile[]> {
  const added = events.flatMap((e) => {
    const ids = e.type === 'SUBMIT_REPLY' ? (e.payload as { attachmentIds?: unknown } | null)?.attachmentIds : null
    return Array.isArray(ids) ? ids.map((id) => ({ id: Number(id), at: new Date(e.created_at).toISOString(), by: e.actor_name, unit: e.actor_unit })) : []
  })
  if (!added.length) return []
  const rows = await sql`select id, filename, mime, size from attachments
    where id = any(${added.map((a) => a.id)}::bigint[]) and complaint_id = ${caseId} and kind = ${REPLY_EVIDENCE_KIND}`
  const files = new Map(rows.map((r) => [Number(r.id), r]))
  return added.filter((a) => files.has(a.id)).map((a) => {
    const f = files.get(a.id)!
    return { id: a.id, filename: f.filename as string, mime: f.mime as string, size: Number(f.size), url: `/api/attachments/${a.id}`, addedAt: a.at, addedBy: a.by, addedByUnit: a.unit }
  })
}
