// createComplaint: one transaction stores the raw intake, the normalized complaint and its case; idempotent on (channel, external id).
import { encodeLiveEvent, notifyAfterCommit, notifyIn } from '../live/events.js'
import { createHmac } from 'node:crypto'
import { initialTransition } from 'xstate'
import type { TransactionSql } from 'postgres'
import { insertAudit, lockChain, newChainHead } from '../audit/log.js'
import { caseMachine, MACHINE_VERSION } from '../cases/machine.js'
import { deriveColumns } from '../cases/derive.js'
import { transact, type CaseServices, type OutboxJob } from '../cases/services.js'
import { errors } from '../http/errors.js'
import { decrypt, encrypt, keyedHash } from '../privacy/crypto.js'
import { maskAddress, maskEmail, maskIdNumber, maskName, maskPhone } from '../privacy/mask.js'
import { normalizeEmail, normalizePhone, validateIdNumber } from '../privacy/identity.js'
import { formatCaseNumber, newPin, newTrackingCode } from '../privacy/codes.js'
import { shanghaiDate } from '../calendar/workdays.js'
import type { ComplaintDraft } from './draft.js'
import { findLikelyDuplicate } from './duplicates.js'

export interface CreatedComplaint {
  id: number
  caseNumber: string
  trackingCode: string
  /** shown once; null when a repeated delivery finds a complaint whose answer is not kept */
  pin: string | null
  state: string
  created: boolean
  possibleDuplicateOf: number | null
}

export interface CreateOptions {
  /** the registering centre (受理中心) that will triage the case */
  rootUnitId: number
  actor: { userId: number | null; kind: 'staff' | 'citizen' | 'system' }
  /** runs inside the same transaction after the case exists (e.g. REGISTER at once, link a call) */
  within?: (tx: TransactionSql, created: CreatedComplaint) => Promise<void>
}

export interface Identity { name?: string; phone?: string; email?: string; idNumber?: string; address?: string }

/** Normalizes and checks the complainant's contact data; throws a validation error naming the field. */
export function normalizeIdentity(draft: ComplaintDraft): Identity | null {
  const c = draft.complainant
  if (c.anonymous) return null
  const identity: Identity = {}
  const fail = (field: string, zh: string, en: string) => errors.validation({ fields: [{ field: `complainant.${field}`, message: zh, messageEn: en }] })
  if (!c.name?.trim()) throw fail('name', '请填写姓名（或选择匿名）', 'Give a name, or choose anonymous')
  identity.name = c.name.trim()
  if (c.phone) {
    const p = normalizePhone(c.phone)
    if (!p.ok) throw fail('phone', '电话号码格式不正确', 'The phone number is not valid')
    identity.phone = p.e164
  }
  if (c.email) {
    const e = normalizeEmail(c.email)
    if (!e.ok) throw fail('email', '电子邮箱格式不正确', 'The e-mail address is not valid')
    identity.email = e.email
  }
  if (c.idNumber) {
    const id = validateIdNumber(c.idNumber)
    if (!id.ok) throw fail('idNumber', id.reason === 'checksum' ? '身份证号码校验位错误' : '身份证号码格式不正确', `The ID number is not valid (${id.reason})`)
    identity.idNumber = id.value
  }
  if (c.address?.trim()) identity.address = c.address.trim()
  return identity
}

export function pinHash(hashKey: Buffer, trackingCode: string, pin: string): string {
  return createHmac('sha256', hashKey).update(`pin:${trackingCode}:${pin}`).digest('hex')
}

export async function createComplaint(services: CaseServices, draft: ComplaintDraft, opts: CreateOptions): Promise<CreatedComplaint> {
  const { sql, keys, calendar } = services
  const identity = normalizeIdentity(draft)
  const now = services.now?.() ?? new Date()
  const trackingCode = newTrackingCode()
  const pin = newPin()
  const urgency = draft.urgency ?? 'normal'

  const daySequence = await ensureDaySequence(sql, shanghaiDate(now))
  const hashes = {
    phone: identity?.phone ? keyedHash(keys.hashKey, identity.phone) : null,
    email: identity?.email ? keyedHash(keys.hashKey, identity.email) : null,
    id: identity?.idNumber ? keyedHash(keys.hashKey, identity.idNumber) : null,
  }
  // Two round trips (see transact): BEGIN with the intake and the look-ups; the writes with COMMIT (`within`
  // runs between them). Then the live event, NOTIFYed after the commit (see notifyAfterCommit), unless a caller's
  // transaction encloses us and it goes out with that one's commit.
  const { created, live } = await transact<{ created: CreatedComplaint; live: string | null }>(services, async (tx) => {
    // The new intake, and only when it is new the complaint id, the case number and the audit row id (a repeated
    // delivery uses up none of them), beside the look-ups; the answers are checked in the order they matter.
    const [[fresh], duplicateOf] = await Promise.all([
      tx`
        with intake as (
          insert into intakes (channel, external_id, received_at, raw)
          values (${draft.channel}, ${draft.externalId}, ${draft.receivedAt}, ${tx.json(draft.raw as never)})
          on conflict (channel, external_id) do nothing
          returning id)
        select intake.id as intake_id, nextval('complaints_id_seq') as id, nextval(${daySequence}) as seq, nextval('audit_log_id_seq') as audit_id,
               ${draft.divisionCode ? tx`exists (select 1 from divisions where code = ${draft.divisionCode})` : tx`true`} as division_known,
               (select division_code from units where id = ${opts.rootUnitId}) as root_division,
               ${draft.accusedUnitId ? tx`(select division_code from units where id = ${draft.accusedUnitId})` : tx`null::text`} as accused_division
        from intake`,
      findLikelyDuplicate(tx, hashes, draft.content, now),
    ])
    if (!fresh) return { result: { created: await existingAnswer(tx, services, draft), live: null }, writes: [] }
    if (!fresh.division_known) throw errors.validation({ fields: [{ field: 'divisionCode', message: '行政区划代码不存在', messageEn: 'Unknown division code' }] })
    if (!fresh.root_division) throw errors.unitNotFound({ unitId: opts.rootUnitId })
    const recuse = draft.accusedUnitId ? accusedPrefix({ division_code: fresh.accused_division ?? undefined }) : null

    const id = Number(fresh.id)
    const caseNumber = formatCaseNumber(now, Number(fresh.seq))
    const [snapshot] = initialTransition(caseMachine, {
      rootUnitId: opts.rootUnitId, receivedAt: draft.receivedAt.toISOString(), type: draft.type, urgency,
      category: draft.category ?? null, divisionCode: draft.divisionCode ?? null, accusedUnitId: draft.accusedUnitId ?? null,
    })
    const d = deriveColumns(calendar, snapshot, now, null)
    const created: CreatedComplaint = { id, caseNumber, trackingCode, pin, state: d.state, created: true, possibleDuplicateOf: duplicateOf }
    const jobs: OutboxJob[] = [{ name: 'notify', data: { caseId: id, kind: 'receipt', version: 0 }, options: { id: jobId(id, 'receipt', 0), retryLimit: 5, retryBackoff: true } }]
    if (!identity) jobs.length = 0 // an anonymous complainant is reached only through the tracking code
    const live = encodeLiveEvent({ topic: 'case.created', unitIds: [opts.rootUnitId], payload: { caseId: id, caseNumber, channel: draft.channel, state: d.state } })
    const actorUserId = opts.actor.kind === 'staff' ? opts.actor.userId : null

    const complaint = {
      id, case_number: caseNumber, channel: draft.channel, external_id: draft.externalId, received_at: draft.receivedAt,
      type: draft.type, urgency, title: draft.title, content: draft.content,
      division_code: draft.divisionCode ?? null, address: draft.address ?? null, category: draft.category ?? null,
      anonymous: identity === null,
      identity: identity ? tx.json(encryptIdentity(keys.encKey, identity) as never) : null,
      identity_masked: identity ? tx.json(maskIdentity(identity) as never) : null,
      phone_hash: hashes.phone, email_hash: hashes.email, id_hash: hashes.id,
      preferred_channel: draft.preferredChannel ?? null, accused_unit_id: draft.accusedUnitId ?? null,
      tracking_code: trackingCode, pin_hash: pinHash(keys.hashKey, trackingCode, pin),
      possible_duplicate_of: duplicateOf, extra: tx.json((draft.extra ?? {}) as never), created_by: actorUserId,
    }
    const writes: PromiseLike<unknown>[] = [
      // the id was drawn above (with the case number), so the rows that need it go out together, in one statement;
      // the new case's audit chain starts here, under its lock
      tx`
        with complaint as (insert into complaints (${tx(Object.keys(complaint))}) overriding system value values ${tx(complaint)}),
        kase as (insert into cases ${tx({
          id, version: 0, machine_version: MACHINE_VERSION, snapshot: tx.json(caseMachine.getPersistedSnapshot(snapshot) as never),
          state: d.state, warning: d.warning, root_unit_id: opts.rootUnitId, current_unit_id: d.currentUnitId,
          chain_unit_ids: d.chainUnitIds, handling_level: d.handlingLevel,
          division_code: draft.divisionCode ?? fresh.root_division, recuse_division_code: recuse,
          type: draft.type, channel: draft.channel, category: draft.category ?? null, received_at: draft.receivedAt,
          link_started_at: d.linkStartedAt, link_due_at: d.linkDueAt, overall_due_at: d.overallDueAt, next_check_at: d.nextCheckAt,
        })}),
        intake as (
          update intakes set complaint_id = ${id}, answer_enc = ${encrypt(keys.encKey, JSON.stringify({ id, caseNumber, trackingCode, pin }))}
          where id = ${fresh.intake_id}),
        event as (
          insert into case_events (case_id, version, type, actor_user_id, actor_kind, payload, from_state, to_state)
          values (${id}, 0, 'RECEIVED', ${actorUserId}, ${opts.actor.kind},
                  ${tx.json({ channel: draft.channel, externalId: draft.externalId } as never)}, 'new', ${d.state})),
        audit as (${insertAudit(tx, newChainHead(Number(fresh.audit_id)), { actorUserId, actorKind: opts.actor.kind, action: 'case.received', caseId: id, detail: { caseNumber, channel: draft.channel } })})
        ${lockChain(tx, id)}`,
      services.outbox.send(tx, jobs),
    ]
    if (services.enclosing) writes.push(notifyIn(tx, live))
    if (!opts.within) return { result: { created, live }, writes }
    await Promise.all(writes)
    await opts.within(tx, created)
    return { result: { created, live }, writes: [] }
  }, { savepoints: !!opts.within })
  if (live && !services.enclosing) await notifyAfterCommit(sql, [live])
  return created
}

/** sequences known to exist, per database pool */
const knownSequences = new WeakMap<object, Set<string>>()

/**
 * Case numbers count per day (KM + date + sequence). A sequence per day, not a counter row: a row would
 * make every intake of the day wait for the previous one's commit. Gaps after a rollback are harmless.
 */
async function ensureDaySequence(sql: CaseServices['sql'], day: string): Promise<string> {
  const name = `case_number_${day.replace(/-/g, '')}`
  let known = knownSequences.get(sql)
  if (!known) knownSequences.set(sql, (known = new Set()))
  if (!known.has(name)) {
    await sql.unsafe(`create sequence if not exists ${name} maxvalue 999999`).catch(async (err) => {
      // two processes creating the same day's sequence at once: the loser finds it there
      const [exists] = await sql`select 1 from pg_class where relname = ${name} and relkind = 'S'`
      if (!exists) throw err
    })
    known.add(name)
  }
  return name
}

/** A repeated delivery: the same answer as the first time, nothing new stored. */
async function existingAnswer(tx: TransactionSql, services: CaseServices, draft: ComplaintDraft): Promise<CreatedComplaint> {
  const [row] = await tx`
    select i.answer_enc, c.id, c.case_number, c.tracking_code, c.possible_duplicate_of, k.state
    from intakes i join complaints c on c.id = i.complaint_id join cases k on k.id = c.id
    where i.channel = ${draft.channel} and i.external_id = ${draft.externalId}`
  if (!row) throw errors.conflict({ reason: 'intake_unprocessed', messageDetail: '该来件已登记但尚未生成诉求' })
  const answer = row.answer_enc ? JSON.parse(decrypt(services.keys.encKey, row.answer_enc)) : null
  return {
    id: Number(row.id), caseNumber: row.case_number, trackingCode: row.tracking_code, pin: answer?.pin ?? null,
    state: row.state, created: false, possibleDuplicateOf: row.possible_duplicate_of === null ? null : Number(row.possible_duplicate_of),
  }
}

/** The subtree hidden from a report's accused unit (回避): its division's code prefix. */
export async function accusedScope(tx: TransactionSql, unitId: number): Promise<string> {
  const [unit] = await tx`select division_code from units where id = ${unitId}`
  return accusedPrefix(unit)
}

/** {@link accusedScope} from the accused unit's row, looked up by the caller. */
function accusedPrefix(unit: { division_code?: string } | undefined): string {
  if (!unit?.division_code) throw errors.validation({ fields: [{ field: 'accusedUnitId', message: '被举报单位不存在', messageEn: 'Unknown accused unit' }] })
  return divisionPrefixOf(unit.division_code)
}

function divisionPrefixOf(code: string): string {
  return code.length === 6 && code.endsWith('00') ? code.slice(0, 4) : code
}

export function encryptIdentity(key: Buffer, identity: Identity): Record<string, string> {
  return Object.fromEntries(Object.entries(identity).filter(([, v]) => v).map(([k, v]) => [k, encrypt(key, v as string)]))
}

export function maskIdentity(identity: Identity): Record<string, string> {
  const masked: Record<string, string> = {}
  if (identity.name) masked.name = maskName(identity.name)
  if (identity.phone) masked.phone = maskPhone(identity.phone)
  if (identity.email) masked.email = maskEmail(identity.email)
  if (identity.idNumber) masked.idNumber = maskIdNumber(identity.idNumber)
  if (identity.address) masked.address = maskAddress(identity.address)
  return masked
}

/** Outbox job ids are derived from what they are about, so a retried transaction cannot enqueue twice. */
export function jobId(caseId: number, kind: string, version: number): string {
  const hex = createHmac('sha256', 'suqiu-job').update(`${caseId}:${kind}:${version}`).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
