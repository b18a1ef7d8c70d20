// 补充材料: what a complainant adds to an open case after submitting (text, and files from the portal),
// from any channel. The units holding the case hear of it live.
import type { FastifyInstance } from 'fastify'
import type { TransactionSql } from 'postgres'
import { publishLiveEvent } from '../live/events.js'
import type { AttachmentRow, ValidatedFile } from '../attachments/store.js'
import { photosWithoutMetadata } from '../privacy/image-metadata.js'
import { withNeutralNames } from '../privacy/anonymous.js'

export interface AddedMaterial { id: number; createdAt: Date; attachments: AttachmentRow[] }

/**
 * Inside the caller's transaction (a channel that stores its intake row in the same one). `enteredBy` is the operator
 * who took it down on the complainant's word (a call); staff read it with src/cases/material-read.ts.
 */
export async function addMaterialIn(tx: TransactionSql, caseId: number, source: string, text: string, intakeId: number | null, enteredBy: number | null = null): Promise<{ id: number; createdAt: Date }> {
  const [m] = await tx`insert into case_messages (case_id, source, text, intake_id, entered_by) values (${caseId}, ${source}, ${text}, ${intakeId}, ${enteredBy}) returning id, created_at`
  const [c] = await tx`select current_unit_id, chain_unit_ids, recuse_unit_id from cases where id = ${caseId}`
  const unitIds = [...new Set([...(c.chain_unit_ids as string[]).map(Number), ...(c.current_unit_id ? [Number(c.current_unit_id)] : [])])]
  // the scope rule's recusal half (src/cases/access.ts): no unit of the accused subtree hears of it
  const recuse = c.recuse_unit_id === null ? {} : { recuseUnitId: Number(c.recuse_unit_id) }
  await publishLiveEvent(tx, { topic: 'case.material', unitIds, ...recuse, payload: { caseId, source } })
  return { id: Number(m.id), createdAt: m.created_at }
}

/** In a transaction of its own, with the files stored as the case's attachments (all or nothing). */
export async function addMaterial(app: FastifyInstance, caseId: number, source: string, text: string, uploaded: ValidatedFile[] = []): Promise<AddedMaterial> {
  // a citizen's photo is kept without its EXIF (GPS point, phone, owner): src/privacy/image-metadata.ts; the files of
  // an anonymous case under neutral names
  const [k] = uploaded.length ? await app.sql`select anonymous from complaints where id = ${caseId}` : []
  const files = await photosWithoutMetadata(k?.anonymous ? withNeutralNames(uploaded) : uploaded)
  const batch = app.attachments.batch()
  try {
    return await app.sql.begin(async (tx) => {
      const message = await addMaterialIn(tx, caseId, source, text, null)
      const attachments = files.length ? await batch.save(tx, files, { complaintId: caseId, intakeId: null, kind: 'material' }) : []
      if (attachments.length) await tx`update case_messages set attachment_ids = ${attachments.map((a) => a.id)}::bigint[] where id = ${message.id}`
      return { ...message, attachments }
    })
  } catch (err) {
    await batch.discard()
    throw err
  }
}
