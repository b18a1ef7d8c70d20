// createComplaint: one transaction stores the raw intake, the normalized complaint and its case; idempotent on (channel, external id).
import { encodeLiveEvent, notifyAfterCommit, notifyIn } from '../live/events.js'
import { createHmac } from 'node:crypto'
import type { TransactionSql } from 'postgres'
import { auditRow, auditedState, insertAuditRows, lockChains, newChainHead, type AuditRow } from '../audit/log.js'
import { firstStoredSnapshot, MACHINE_VERSION, type PersistedCaseSnapshot } from '../cases/machine.js'
import { deriveColumns, type DerivedColumns } from '../cases/derive.js'
import { transact, type CaseServices, type OutboxJob } from '../cases/services.js'
import { errors } from '../http/errors.js'
import { decrypt, encrypt, keyedHash } from '../privacy/crypto.js'
import { maskAddress, maskEmail, maskIdNumber, maskName, maskPhone } from '../privacy/mask.js'
import { normalizeEmail, normalizePhone, validateIdNumber } from '../privacy/identity.js'
import { formatCaseNumber, newPin, newTrackingCode } from '../privacy/codes.js'
import { shanghaiDate } from '../calendar/workdays.js'
import type { ComplaintDraft } from './draft.js'
import { duplicateSince, likelyDuplicate, recentFromSamePerson, samePerson, type PersonHashes } from './duplicates.js'
import { GroupCommit, type Waiting } from '../db/group-commit.js'
import { receivingUnit } from '../cases/access.js'
import { nameHash } from '../lookup/person.js'
import { insertRows } from '../db/rows.js'

export interface CreatedComplaint {
  id: number
  caseNumber: string
  trackingCode: string
  /** shown once; null when a repeated delivery finds a complaint whose answer is not kept */
  pin: string | null
  state: string
  created: boolean
  possibleDuplicateOf: number | null
  /** the centre that received it: the one asked for, or the one above when that one is accused (回避) */
  rootUnitId: number
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

/**
 * An intake ready for its transaction: checked, with its codes drawn, its keyed hashes, its personal data
 * encrypted and its case's first snapshot — everything that needs no id from the database, worked out before it
 * queues for a transaction so that the transaction's turn is short.
 */
interface Prepared {
  draft: ComplaintDraft
  opts: CreateOptions
  identity: Identity | null
  now: Date
  trackingCode: string
  pin: string
  urgency: NonNullable<ComplaintDraft['urgency']>
  daySequence: string
  hashes: PersonHashes
  /** personal data encrypted and masked, the PIN hashed, and the answer a repeated delivery gets back (encrypted) */
  sealed: { identity: Record<string, string> | null; masked: Record<string, string> | null; pinHash: string; answer: string; nameHash: string | null }
  snapshot: PersistedCaseSnapshot
  derived: DerivedColumns
}

async function prepare(services: CaseServices, draft: ComplaintDraft, asked: CreateOptions): Promise<Prepared> {
  const { keys, calendar } = services
  // a report against the receiving centre (or a unit above it) is received one level above the accused (回避)
  const opts = draft.accusedUnitId ? { ...asked, rootUnitId: await receivingUnit(services.sql, asked.rootUnitId, draft.accusedUnitId) } : asked
  const identity = normalizeIdentity(draft)
  const now = services.now?.() ?? new Date()
  const urgency = draft.urgency ?? 'normal'
  const trackingCode = newTrackingCode()
  const pin = newPin()
  const snapshot = firstStoredSnapshot({
    rootUnitId: opts.rootUnitId, receivedAt: draft.receivedAt.toISOString(), type: draft.type, urgency,
    category: draft.category ?? null, divisionCode: draft.divisionCode ?? null, accusedUnitId: draft.accusedUnitId ?? null,
  })
  return {
    draft, opts, identity, now, trackingCode, pin, urgency,
    daySequence: await ensureDaySequence(services.sql, shanghaiDate(now)),
    hashes: {
      phone: identity?.phone ? keyedHash(keys.hashKey, identity.phone) : null,
      email: identity?.email ? keyedHash(keys.hashKey, identity.email) : null,
      id: identity?.idNumber ? keyedHash(keys.hashKey, identity.idNumber) : null,
    },
    sealed: {
      identity: identity ? encryptIdentity(keys.encKey, identity) : null,
      masked: identity ? maskIdentity(identity) : null,
      pinHash: pinHash(keys.hashKey, trackingCode, pin),
      answer: encrypt(keys.encKey, JSON.stringify({ trackingCode, pin })),
      nameHash: identity?.name ? nameHash(keys.hashKey, identity.name) : null, // 查人 by exact name (src/lookup)
    },
    snapshot,
    derived: deriveColumns(calendar, snapshot, now, null),
  }
}

/** A new intake as its transaction's first statement left it: its ids, its look-ups and the duplicate check. */
interface Fresh { intake_id: string; id: string; seq: string; audit_id: string; division_known: boolean; root_division: string | null; accused_division: string | null; duplicateOf: number | null }

/**
 * Stores the raw intakes of a transaction (one statement for all of them) with their complaint ids and sealed
 * answers, and, only for those that are new, draws the case number and the audit row id (a repeated delivery uses up
 * no case number) and reads the look-ups and the same person's recent complaints for the duplicate check, in the
 * same statement; null for a repeat.
 */
async function storeIntakes(tx: TransactionSql, list: Prepared[]): Promise<(Fresh | null)[]> {
  const input = list.map((p, n) => ({
    n, channel: p.draft.channel, external_id: p.draft.externalId, received_at: p.draft.receivedAt, raw: p.draft.raw, request_hash: p.draft.requestHash ?? null,
    answer_enc: p.sealed.answer, day_sequence: p.daySequence, division_code: p.draft.divisionCode ?? null,
    root_unit_id: p.opts.rootUnitId, accused_unit_id: p.draft.accusedUnitId ?? null,
    phone_hash: p.hashes.phone, email_hash: p.hashes.email, id_hash: p.hashes.id, dup_since: duplicateSince(p.now),
  }))
  const rows = await tx<(Omit<Fresh, 'duplicateOf'> & { n: number; recent: [string, string][] | null })[]>`
    with input as (
      select * from jsonb_to_recordset(${tx.json(input as never)}) as x(
        n int, channel channel, external_id text, received_at timestamptz, raw jsonb, request_hash text, answer_enc text, day_sequence text,
        division_code text, root_unit_id bigint, accused_unit_id bigint, phone_hash text, email_hash text, id_hash text,
        dup_since timestamptz)),
    intake as (
      insert into intakes (channel, external_id, received_at, raw, request_hash, complaint_id, answer_enc)
      select channel, external_id, received_at, raw, request_hash, nextval('complaints_id_seq'), answer_enc from input order by n
      on conflict (channel, external_id) do nothing
      returning id, channel, external_id, complaint_id)
    select x.n, intake.id as intake_id, intake.complaint_id as id, nextval(x.day_sequence::regclass) as seq,
           nextval('audit_log_id_seq') as audit_id,
           (x.division_code is null or exists (select 1 from divisions d where d.code = x.division_code)) as division_known,
           (select u.division_code from units u where u.id = x.root_unit_id) as root_division,
           (select u.division_code from units u where u.id = x.accused_unit_id) as accused_division,
           case when coalesce(x.phone_hash, x.email_hash, x.id_hash) is not null then ${recentFromSamePerson(tx)} end as recent
    from intake join input x using (channel, external_id)
    order by x.n`
  const out: (Fresh | null)[] = list.map(() => null)
  // The same person's earlier intakes in this statement are not committed, so its look-up cannot see them: they are
  // compared here, as the newest of that person's complaints.
  const earlier: { id: string; p: Prepared }[] = []
  for (const { recent, ...r } of rows) {
    const p = list[r.n]
    let duplicateOf: number | null = null
    if (recent) { // null: no phone, e-mail or ID number to know the person by
      const mine = earlier.filter((e) => samePerson(e.p.hashes, p.hashes)).map((e): [string, string] => [e.id, e.p.draft.content])
      duplicateOf = likelyDuplicate(p.draft.content, [...mine, ...recent])
      earlier.push({ id: r.id, p })
    }
    out[r.n] = { ...r, duplicateOf }
  }
  return out
}

/** The rows a new complaint writes, and what its caller and the live feed are told. */
interface IntakeDecision {
  created: CreatedComplaint
  live: string
  complaint: Record<string, unknown>
  kase: Record<string, unknown>
  event: Record<string, unknown>
  audit: AuditRow
  jobs: OutboxJob[]
}

/** Checks what the look-ups found (throws the AppError the caller gets) and builds the complaint, its case and their rows. */
function decideIntake(p: Prepared, fresh: Fresh): IntakeDecision {
  const { draft, opts, identity, now, trackingCode, pin, urgency, hashes, sealed, derived: d } = p
  if (!fresh.division_known) throw errors.validation({ fields: [{ field: 'divisionCode', message: '行政区划代码不存在', messageEn: 'Unknown division code' }] })
  if (!fresh.root_division) throw errors.unitNotFound({ unitId: opts.rootUnitId })
  const recuse = draft.accusedUnitId ? accusedPrefix({ division_code: fresh.accused_division ?? undefined }) : null

  const id = Number(fresh.id)
  const caseNumber = formatCaseNumber(now, Number(fresh.seq))
  const created: CreatedComplaint = { id, caseNumber, trackingCode, pin, state: d.state, created: true, possibleDuplicateOf: fresh.duplicateOf, rootUnitId: opts.rootUnitId }
  // an anonymous complainant is reached only through the tracking code
  const jobs: OutboxJob[] = identity ? [{ name: 'notify', data: { caseId: id, kind: 'receipt', version: 0 }, options: { id: jobId(id, 'receipt', 0), retryLimit: 5, retryBackoff: true } }] : []
  const live = encodeLiveEvent({ topic: 'case.created', unitIds: [opts.rootUnitId], ...(draft.accusedUnitId ? { recuseUnitId: draft.accusedUnitId } : {}), payload: { caseId: id, caseNumber, channel: draft.channel, state: d.state } })
  const actorUserId = opts.actor.kind === 'staff' ? opts.actor.userId : null
  return {
    created, live, jobs,
    complaint: {
      id, case_number: caseNumber, channel: draft.channel, external_id: draft.externalId, received_at: draft.receivedAt,
      type: draft.type, urgency, title: draft.title, content: draft.content,
      division_code: draft.divisionCode ?? null, address: draft.address ?? null, category: draft.category ?? null,
      // a 主动治理 task has no complainant: raised by a unit (extra.raisedBy), it is no anonymous complaint
      anonymous: identity === null && draft.type !== 'proactive',
      identity: sealed.identity, identity_masked: sealed.masked,
      phone_hash: hashes.phone, email_hash: hashes.email, id_hash: hashes.id, name_hash: sealed.nameHash,
      preferred_channel: draft.preferredChannel ?? null, accused_unit_id: draft.accusedUnitId ?? null,
      tracking_code: trackingCode, pin_hash: sealed.pinHash,
      possible_duplicate_of: fresh.duplicateOf, extra: draft.extra ?? {}, created_by: actorUserId,
    },
    kase: {
      id, version: 0, machine_version: MACHINE_VERSION, snapshot: p.snapshot,
      state: d.state, warning: d.warning, root_unit_id: opts.rootUnitId, current_unit_id: d.currentUnitId,
      chain_unit_ids: d.chainUnitIds, handling_level: d.handlingLevel,
      division_code: draft.divisionCode ?? fresh.root_division, recuse_division_code: recuse, recuse_unit_id: draft.accusedUnitId ?? null,
      type: draft.type, channel: draft.channel, category: draft.category ?? null, received_at: draft.receivedAt,
      link_started_at: d.linkStartedAt, link_due_at: d.linkDueAt, overall_due_at: d.overallDueAt, next_check_at: d.nextCheckAt,
    },
    event: {
      case_id: id, version: 0, type: 'RECEIVED', actor_user_id: actorUserId, actor_kind: opts.actor.kind,
      payload: { channel: draft.channel, externalId: draft.externalId }, from_state: 'new', to_state: d.state,
    },
    audit: auditRow(newChainHead(Number(fresh.audit_id)), {
      actorUserId, actorKind: opts.actor.kind, action: 'case.received', caseId: id, detail: { caseNumber, channel: draft.channel },
      caseState: auditedState({ version: 0, state: d.state, snapshot: p.snapshot, resolved: null, rating: null, signed_in_time: null, closed_at: null }),
    }),
  }
}

/**
 * The rows of new complaints in one statement, each table's rows as one JSON array read with the table's own row
 * type (jsonb_populate_recordset); the new cases' audit chains start here, under their locks. Then the outbox jobs.
 */
function writeIntakes(tx: TransactionSql, services: CaseServices, ds: IntakeDecision[]): PromiseLike<unknown>[] {
  return [
    tx`
      with complaint as (${insertRows(tx, 'complaints', ds.map((d) => d.complaint), { overridingSystemValue: true })}),
      kase as (${insertRows(tx, 'cases', ds.map((d) => d.kase))}),
      event as (${insertRows(tx, 'case_events', ds.map((d) => d.event))}),
      audit as (${insertAuditRows(tx, ds.map((d) => d.audit))})
      ${lockChains(tx, ds.map((d) => d.created.id))}`,
    services.outbox.send(tx, ds.flatMap((d) => d.jobs)),
  ]
}

export async function createComplaint(services: CaseServices, draft: ComplaintDraft, opts: CreateOptions): Promise<CreatedComplaint> {
  const p = await prepare(services, draft, opts)
  if (services.enclosing || opts.within) return createAlone(services, p)
  return intakeBatcherOf(services).submit(p)
}

/**
 * One complaint in its own transaction, two round trips (see transact): BEGIN with the intake and the look-ups; the
 * writes with COMMIT (`within` runs between them, and then it is a plain transaction, so that `within` may use
 * savepoints). Then the live event, NOTIFYed after the commit (see notifyAfterCommit), unless a caller's
 * transaction encloses us and it goes out with that one's commit.
 */
async function createAlone(services: CaseServices, p: Prepared): Promise<CreatedComplaint> {
  const { created, live } = await transact<{ created: CreatedComplaint; live: string | null }>(services, async (tx) => {
    const [fresh] = await storeIntakes(tx, [p])
    if (!fresh) return { result: { created: await existingAnswer(tx, services, p.draft), live: null }, writes: [] }
    const d = decideIntake(p, fresh)
    const writes = writeIntakes(tx, services, [d])
    if (services.enclosing) writes.push(notifyIn(tx, d.live))
    if (!p.opts.within) return { result: { created: d.created, live: d.live }, writes }
    await Promise.all(writes)
    await p.opts.within(tx, d.created)
    return { result: { created: d.created, live: d.live }, writes: [] }
  }, { savepoints: !!p.opts.within })
  if (live && !services.enclosing) void notifyAfterCommit(services.sql, [live])
  return created
}

/**
 * Group commit for intakes (GroupCommit, src/db/group-commit.ts), as for events (src/cases/apply.ts): intakes that
 * arrive while a transaction of intakes is open go together in the next, one per channel and external id (a
 * repeated delivery waits and finds the first one committed). Unlike events, the next transaction starts only when
 * this one has committed (or has been stuck for the batcher's stallMs): an intake's transaction costs PostgreSQL
 * mostly per statement, not per row, so fewer and larger transactions are cheaper (bench at 16 connections: 0.54–0.58
 * ms of PostgreSQL CPU per submission against 0.63–0.81 ms when the next one starts as soon as this one has decided,
 * at the same throughput). Every intake is stored before anyone is answered. A repeated delivery gets its first
 * answer; when anything fails the transaction is rolled back and each intake is stored alone, so one bad intake never
 * costs another its place.
 */
async function runIntakes(services: CaseServices, batch: Waiting<Prepared, CreatedComplaint>[]): Promise<void> {
  const alone = (w: Waiting<Prepared, CreatedComplaint>) => createAlone(services, w.item).then(w.resolve, w.reject)
  if (batch.length === 1) return alone(batch[0])
  let answers: { w: Waiting<Prepared, CreatedComplaint>; created: CreatedComplaint; live: string | null }[]
  try {
    answers = await transact(services, async (tx) => {
      const stored = await storeIntakes(tx, batch.map((w) => w.item))
      const out: typeof answers = []
      const decided: IntakeDecision[] = []
      for (const [i, w] of batch.entries()) {
        const fresh = stored[i]
        if (!fresh) { out.push({ w, created: await existingAnswer(tx, services, w.item.draft), live: null }); continue }
        const d = decideIntake(w.item, fresh)
        decided.push(d)
        out.push({ w, created: d.created, live: d.live })
      }
      const writes = decided.length ? writeIntakes(tx, services, decided) : []
      return { result: out, writes }
    })
  } catch {
    await Promise.all(batch.map(alone))
    return
  }
  void notifyAfterCommit(services.sql, answers.flatMap((a) => (a.live ? [a.live] : [])))
  for (const a of answers) a.w.resolve(a.created)
}

const intakeBatchers = new WeakMap<CaseServices, GroupCommit<Prepared, CreatedComplaint>>()
function intakeBatcherOf(services: CaseServices): GroupCommit<Prepared, CreatedComplaint> {
  let b = intakeBatchers.get(services)
  if (!b) intakeBatchers.set(services, (b = new GroupCommit({ key: (p) => `${p.draft.channel}\0${p.draft.externalId}`, run: (batch) => runIntakes(services, batch) })))
  return b
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
    // created by its owner (migration 0018): the service's role may not create objects
    await sql`select case_number_sequence(${day.replace(/-/g, '')})`.catch(async (err) => {
      // two processes creating the same day's sequence at once: the loser finds it there
      const [exists] = await sql`select 1 from pg_class where relname = ${name} and relkind = 'S'`
      if (!exists) throw err
    })
    known.add(name)
  }
  return name
}

/**
 * A repeated delivery, bound to its first request (idempotency.ts): the same request gets the first answer; another
 * request under the same key is refused before anything of the first is read; a request hash where the first stored
 * none (an intake from before migration 0022) gets the case without its PIN.
 */
async function existingAnswer(tx: TransactionSql, services: CaseServices, draft: ComplaintDraft): Promise<CreatedComplaint> {
  if (!draft.requestHash) return firstAnswer(tx, services, draft)
  const [bound] = await tx`select request_hash from intakes where channel = ${draft.channel} and external_id = ${draft.externalId}`
  if (bound?.request_hash && bound.request_hash !== draft.requestHash) throw errors.idempotencyMismatch()
  const answer = await firstAnswer(tx, services, draft)
  return bound?.request_hash ? answer : { ...answer, pin: null }
}

/** The same answer as the first time, nothing new stored. */
async function firstAnswer(tx: TransactionSql, services: CaseServices, draft: ComplaintDraft): Promise<CreatedComplaint> {
  const [row] = await tx`
    select i.answer_enc, c.id, c.case_number, c.tracking_code, c.possible_duplicate_of, k.state, k.root_unit_id
    from intakes i join complaints c on c.id = i.complaint_id join cases k on k.id = c.id
    where i.channel = ${draft.channel} and i.external_id = ${draft.externalId}`
  if (!row) throw errors.conflict({ reason: 'intake_unprocessed', messageDetail: '该来件已登记但尚未生成诉求' })
  const answer = row.answer_enc ? JSON.parse(decrypt(services.keys.encKey, row.answer_enc)) : null
  return {
    id: Number(row.id), caseNumber: row.case_number, trackingCode: row.tracking_code, pin: answer?.pin ?? null,
    state: row.state, created: false, possibleDuplicateOf: row.possible_duplicate_of === null ? null : Number(row.possible_duplicate_of),
    rootUnitId: Number(row.root_unit_id),
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
