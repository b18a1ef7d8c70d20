/**
 * Intake with files, shared by the paper channels (letter, visit, fax): one transaction stores the
 * intake, the complaint, its case, the attachment rows and blobs, and (when asked) registers it at once.
 */
import type { FastifyInstance } from 'fastify'
import type { TransactionSql } from 'postgres'
import type { TSchema, Static } from '@sinclair/typebox'
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler'
import { applyEvent, type ApplyResult } from '../cases/apply.js'
import { servicesIn } from '../cases/services.js'
import type { Actor } from '../cases/machine.js'
import { createComplaint, type CreatedComplaint, type CreateOptions } from '../complaints/create.js'
import type { ComplaintDraft } from '../complaints/draft.js'
import { errors, FIELD_LABELS } from '../http/errors.js'
import { encrypt } from '../privacy/crypto.js'
import { keptForm } from '../privacy/anonymous.js'
import type { AttachmentRow, ValidatedFile } from './store.js'

const checkers = new WeakMap<TSchema, TypeCheck<TSchema>>()

/** Checks a parsed form against its TypeBox schema; 400 `validation` naming each bad field (a.b.0.c). */
export function checkForm<T extends TSchema>(schema: T, data: unknown): Static<T> {
  let checker = checkers.get(schema)
  if (!checker) {
    checker = TypeCompiler.Compile(schema)
    checkers.set(schema, checker)
  }
  if (data === null || data === undefined) {
    throw errors.validation({ fields: [{ field: 'data', message: '缺少表单内容（data 字段）', messageEn: 'The form (field data) is missing' }] })
  }
  if (!checker.Check(data)) {
    const seen = new Set<string>()
    const fields: { field: string; message: string; messageEn: string }[] = []
    for (const e of checker.Errors(data)) {
      const field = e.path.replace(/^\//, '').replace(/\//g, '.') || 'data'
      if (seen.has(field)) continue
      seen.add(field)
      const label = FIELD_LABELS[field] ?? field
      const message = /required/i.test(e.message) ? `缺少${label}` : /length greater/i.test(e.message) ? `${label}过短` : /length less/i.test(e.message) ? `${label}过长` : `${label}取值无效`
      fields.push({ field, message, messageEn: `${field}: ${e.message}` })
    }
    throw errors.validation({ fields })
  }
  return data as Static<T>
}

/**
 * The raw form kept in the intake row, encrypted: it holds names, ID numbers and addresses. An anonymous form keeps
 * no identity field, even one sent beside `anonymous: true` (keptForm).
 */
export function sealedRaw(app: FastifyInstance, channel: string, form: unknown, files: ValidatedFile[], extra: Record<string, unknown> = {}) {
  return {
    formEnc: encrypt(app.cases.keys.encKey, JSON.stringify(keptForm(form)), `intake:${channel}`),
    files: files.map((f) => ({ field: f.field, filename: f.filename, sha256: f.sha256, size: f.size, mime: f.mime })),
    ...extra,
  }
}

export interface WithFilesOptions {
  rootUnitId: number
  actor: CreateOptions['actor']
  files: ValidatedFile[]
  /** attachments.kind of these files: scan, fax, photo … */
  fileKind: string
  /** REGISTER at once, by this staff actor (else the case stays in `intake`) */
  register?: { category: string; actor: Actor }
  /** more work in the same transaction, after the attachments are stored */
  within?: (tx: TransactionSql, created: CreatedComplaint) => Promise<void>
}

export interface CreatedWithFiles {
  created: CreatedComplaint
  /** empty for a repeated delivery (the first one stored them) */
  attachments: AttachmentRow[]
  /** the state after the optional REGISTER */
  state: string
}

/** createComplaint + attachments + optional REGISTER, all or nothing (blobs of a failed attempt are removed). */
export async function createComplaintWithFiles(app: FastifyInstance, draft: ComplaintDraft, opts: WithFilesOptions): Promise<CreatedWithFiles> {
  const batch = app.attachments.batch()
  let attachments: AttachmentRow[] = []
  let registered: ApplyResult | null = null
  try {
    const created = await createComplaint(app.cases, draft, {
      rootUnitId: opts.rootUnitId,
      actor: opts.actor,
      // nothing to add (a web form without files): createComplaint then sends its transaction in fewer round trips
      within: opts.files.length === 0 && !opts.register && !opts.within ? undefined : async (tx, c) => {
        const [intake] = await tx`select id from intakes where complaint_id = ${c.id}`
        attachments = await batch.save(tx, opts.files, { complaintId: c.id, intakeId: intake ? Number(intake.id) : null, kind: opts.fileKind })
        // a report against this centre went to the one above (回避): registering it is that one's business
        if (opts.register && c.rootUnitId === opts.rootUnitId) {
          registered = await applyEvent(servicesIn(app.cases, tx), c.id, { type: 'REGISTER', category: opts.register.category }, opts.register.actor)
        }
        if (opts.within) await opts.within(tx, c)
      },
    })
    const state = (registered as ApplyResult | null)?.state ?? created.state
    return { created, attachments, state }
  } catch (err) {
    await batch.discard()
    throw err
  }
}
