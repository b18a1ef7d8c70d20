// 补充材料 as staff read it: what the complainant added after submitting (text, files, from whom, when, on which
// channel), and, per unit, whether someone of the unit has read it. Callers have checked the case first
// (loadVisibleCase / visibleTo): nothing here decides who may see a case.
import type { Sql } from 'postgres'
import type { StaffUser } from '../users/service.js'

/** Where added material came in (`case_messages.source`). */
export const materialSourceLabels: Record<string, string> = {
  tracking: '网上进度查询页', email: '电子邮件回复', sms: '短信', hotline: '春城热线来电', phone: '举报电话来电',
}

export interface MaterialItem {
  id: number
  at: string
  channel: string
  channelLabel: string
  /** 诉求人, or the operator who took it down on the complainant's word; never the complainant's name */
  from: string
  enteredBy: { id: number; name: string } | null
  text: string
  attachments: { id: number; filename: string; mime: string; size: number; url: string }[]
  /** whether someone of the reader's unit has marked it read */
  read: boolean
}

/** A case's added material, oldest first, with the reader's unit's read marker. */
export async function caseMaterial(sql: Sql, caseId: number, unitId: number): Promise<MaterialItem[]> {
  const rows = await sql`
    select m.id, m.source, m.text, m.created_at, m.entered_by, u.display_name as entered_by_name,
           m.id <= coalesce(r.last_message_id, 0) as read,
           coalesce((select json_agg(json_build_object('id', a.id, 'filename', a.filename, 'mime', a.mime, 'size', a.size) order by a.id)
                     from attachments a where a.id = any(m.attachment_ids)), '[]') as attachments
    from case_messages m
    left join users u on u.id = m.entered_by
    left join case_message_reads r on r.case_id = m.case_id and r.unit_id = ${unitId}
    where m.case_id = ${caseId}
    order by m.id`
  return rows.map((m) => ({
    id: Number(m.id), at: new Date(m.created_at).toISOString(),
    channel: m.source, channelLabel: materialSourceLabels[m.source] ?? m.source,
    from: m.entered_by ? `话务员${m.entered_by_name ?? ''}（据诉求人来电代录）` : '诉求人',
    enteredBy: m.entered_by ? { id: Number(m.entered_by), name: m.entered_by_name } : null,
    text: m.text,
    attachments: (m.attachments as { id: number; filename: string; mime: string; size: number }[]).map((a) => ({ ...a, id: Number(a.id), url: `/api/attachments/${a.id}` })),
    read: m.read,
  }))
}

/** The cases among `caseIds` with material newer than the unit's read marker ("new material" in a queue). */
export async function casesWithNewMaterial(sql: Sql, unitId: number, caseIds: number[]): Promise<Set<number>> {
  if (!caseIds.length) return new Set()
  const rows = await sql`
    select m.case_id from case_messages m
    left join case_message_reads r on r.case_id = m.case_id and r.unit_id = ${unitId}
    where m.case_id = any(${caseIds}::bigint[]) and m.id > coalesce(r.last_message_id, 0)
    group by m.case_id`
  return new Set(rows.map((r) => Number(r.case_id)))
}

/** Marks the case's material read for the user's unit, up to `upTo` (default: all there is now). */
export async function markMaterialRead(sql: Sql, caseId: number, user: StaffUser, upTo?: number): Promise<{ lastMessageId: number }> {
  const [row] = await sql`
    insert into case_message_reads (case_id, unit_id, last_message_id, read_by)
    select ${caseId}, ${user.unit.id}, max(id), ${user.id} from case_messages
    where case_id = ${caseId} and (${upTo ?? null}::bigint is null or id <= ${upTo ?? null}::bigint)
    having max(id) is not null
    on conflict (case_id, unit_id) do update set last_message_id = greatest(case_message_reads.last_message_id, excluded.last_message_id),
      read_by = excluded.read_by, read_at = now()
    returning last_message_id`
  return { lastMessageId: row ? Number(row.last_message_id) : 0 }
}
