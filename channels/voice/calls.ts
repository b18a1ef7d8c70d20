// Calls on the two voice lines: the caller's number (encrypted, hashed, masked — never kept for an
// anonymous report), the line's centre, and the screen pop with the caller's earlier cases.
import type { Sql, TransactionSql } from 'postgres'
import { encrypt, keyedHash, type DerivedKeys } from '../../src/privacy/crypto.js'
import { normalizePhone } from '../../src/privacy/identity.js'
import { maskPhone } from '../../src/privacy/mask.js'
import { stateLabels } from '../../src/cases/machine.js'
import { visibleTo } from '../../src/cases/access.js'
import { publishLiveEvent } from '../../src/live/events.js'
import { auditIdentitySearch, handlesReports } from '../../src/lookup/person.js'
import type { StaffUser } from '../../src/users/service.js'
import type { VoiceLine } from '../twilio/twiml.js'

export const VOICE_LINES: readonly VoiceLine[] = ['hotline', 'phone']
export const lineLabels: Record<VoiceLine, string> = { hotline: '春城热线', phone: '举报电话' }

/** A case in one of these states is no longer open. */
export const FINAL_STATES: readonly string[] = ['closed', 'rejected', 'merged', 'withdrawn']

export const CALL_SID = /^CA[0-9a-f]{32}$/i
export const RECORDING_SID = /^RE[0-9a-f]{32}$/i
export const MESSAGE_SID = /^(SM|MM)[0-9a-f]{32}$/i

/** Caller IDs Twilio uses for a withheld number (ANONYMOUS, RESTRICTED, UNKNOWN, BLOCKED on a keypad). */
const WITHHELD = new Set(['+266696687', '+7378742833', '+8656696', '+2562533', 'anonymous', 'restricted', 'unknown', 'private', 'blocked'])

/** The caller's number in E.164 (Chinese numbers normalized), or null when withheld or not a number. */
export function callerNumber(from: unknown): string | null {
  if (typeof from !== 'string') return null
  const f = from.trim()
  if (!f || WITHHELD.has(f.toLowerCase())) return null
  const cn = normalizePhone(f)
  if (cn.ok) return cn.e164
  return /^\+[1-9]\d{5,14}$/.test(f) ? f : null
}

/** The keyed hash complaints.phone_hash holds for a number (E.164). */
export function phoneHash(keys: DerivedKeys, e164: string): string {
  return keyedHash(keys.hashKey, e164)
}

export interface CallerColumns { caller_enc: string | null; caller_hash: string | null; caller_masked: string | null }

export function callerColumns(keys: DerivedKeys, e164: string | null): CallerColumns {
  if (!e164) return { caller_enc: null, caller_hash: null, caller_masked: null }
  return { caller_enc: encrypt(keys.encKey, e164), caller_hash: phoneHash(keys, e164), caller_masked: maskPhone(e164) }
}

/** Twilio's form fields that name or locate the caller; never stored in `calls.raw` (the number is in caller_enc). */
const CALLER_FIELD = /^(From|Caller|ForwardedFrom|Stir)/

export function withoutCaller(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([k]) => !CALLER_FIELD.test(k)))
}

/** The centre that answers both lines: the city's default unit (受理中心). */
export interface Centre { id: number; divisionCode: string }

export async function cityCentre(sql: Sql | TransactionSql, cityCode: string): Promise<Centre> {
  const [u] = await sql`select id, division_code from units where division_code = ${cityCode} and is_default`
  if (!u) throw new Error(`no default unit for the city ${cityCode}`)
  return { id: Number(u.id), divisionCode: u.division_code }
}

/** The centre as a reader: the cases its operators may see (jurisdiction and 回避). */
function centreReader(centre: Centre): StaffUser {
  return { id: 0, username: '', displayName: '', role: 'operator', unit: { id: centre.id, name: '', divisionCode: centre.divisionCode, level: 'city' } }
}

export interface HistoryItem {
  id: number
  caseNumber: string
  state: string
  stateLabel: string
  title: string
  receivedAt: string
  /** the reply the complainant was given (shortened), if any */
  result: string | null
  rating: string | null
}

export interface OpenCase { id: number; caseNumber: string; title: string; state: string; stateLabel: string }

const shorten = (s: string | null, n: number) => (s && s.length > n ? s.slice(0, n) + '…' : s)

/**
 * The caller's earlier cases that the centre may see, newest first, and the newest one still open; reports (举报) only
 * for a role that handles them (src/lookup/person.ts).
 */
export async function callerHistory(sql: Sql | TransactionSql, callerHash: string | null, centre: Centre, limit = 5, role = 'operator'): Promise<{ history: HistoryItem[]; openCase: OpenCase | null }> {
  if (!callerHash) return { history: [], openCase: null }
  const rows = await sql`
    select k.id, k.case_number, k.title, k.received_at, c.state, c.rating,
           coalesce(c.snapshot->'context'->'feedback'->>'text', c.snapshot->'context'->'finalReply'->>'text') as result
    from complaints k join cases c on c.id = k.id
    where k.phone_hash = ${callerHash} and ${visibleTo(sql as Sql, centreReader(centre))}
      and (${handlesReports(role)} or c.type <> 'report')
    order by k.received_at desc, k.id desc
    limit ${limit}`
  const history = rows.map((r): HistoryItem => ({
    id: Number(r.id), caseNumber: r.case_number, state: r.state, stateLabel: stateLabels[r.state as keyof typeof stateLabels] ?? r.state,
    title: shorten(r.title, 40)!, receivedAt: new Date(r.received_at).toISOString(), result: shorten(r.result, 60), rating: r.rating,
  }))
  const open = history.find((h) => !FINAL_STATES.includes(h.state))
  return { history, openCase: open ? { id: open.id, caseNumber: open.caseNumber, title: open.title, state: open.state, stateLabel: open.stateLabel } : null }
}

export interface PopPayload {
  callSid: string
  line: VoiceLine
  lineLabel: string
  /** masked only: the full number never goes over NOTIFY or the websocket */
  callerMasked: string | null
  anonymous: boolean
  history: HistoryItem[]
  openCase: OpenCase | null
  /** true while no operator has taken the call: number and history are not given */
  waiting?: boolean
}

/**
 * 来电等待: every signed-in operator of the line's centre hears that a call waits — the line, no number, no history —
 * delivered when `tx` commits. The screen pop itself goes to the operator who takes the call ({@link takeCall}).
 */
export async function publishScreenPop(tx: TransactionSql, centre: Centre, call: { callSid: string; line: VoiceLine; callerHash: string | null; callerMasked: string | null; anonymous: boolean }): Promise<PopPayload> {
  const payload = waitingCall(call)
  await publishLiveEvent(tx, { topic: 'call.incoming', roles: ['operator'], unitIds: [centre.id], payload })
  return payload
}

/** A call as the operators who have not taken it see it: that it waits on a line, nothing about the caller. */
export function waitingCall(call: { callSid: string; line: VoiceLine; anonymous: boolean }): PopPayload {
  return { callSid: call.callSid, line: call.line, lineLabel: lineLabels[call.line], callerMasked: null, anonymous: call.anonymous, history: [], openCase: null, waiting: true }
}

/**
 * Who sees a caller's earlier cases in the screen pop: on the hotline the operator who takes the call; on the reporting
 * line (12388), where the caller may be reporting an official, only a role that handles reports.
 */
export const REPORT_HISTORY_ROLES: readonly string[] = ['dispatcher', 'supervisor']

export function seesHistory(line: VoiceLine, role: string): boolean {
  return line === 'hotline' || REPORT_HISTORY_ROLES.includes(role)
}

/**
 * The screen pop (弹屏) for the operator who has taken the call: the masked number and, where the role may, the history
 * — a look-up by the caller's number, audited as every identity search is (src/lookup/person.ts).
 */
export async function screenPopFor(sql: Sql | TransactionSql, centre: Centre, user: { id: number; role: string }, call: { call_sid: string; line: string; anonymous: boolean; caller_hash: string | null; caller_masked: string | null }): Promise<PopPayload> {
  const line = call.line as VoiceLine
  const hash = call.anonymous || !seesHistory(line, user.role) ? null : call.caller_hash
  const { history, openCase } = await callerHistory(sql, hash, centre, 5, user.role)
  if (hash) await auditIdentitySearch(sql, { id: user.id, role: user.role, unit: { id: centre.id, divisionCode: centre.divisionCode } }, { kind: 'phone', via: 'pop', hash, found: history.length })
  return { ...waitingCall({ callSid: call.call_sid, line, anonymous: call.anonymous }), callerMasked: call.anonymous ? null : call.caller_masked, history, openCase, waiting: false }
}

export type TakeResult = { ok: true; pop: PopPayload } | { ok: false; reason: 'not_found' | 'taken' }

/**
 * 接听: the operator takes a waiting call (or a voicemail not yet logged); the first one to ask gets it. The others are
 * told it is taken (call.taken, no number), and only the taker gets the screen pop: in the answer, and as `call.pop` on
 * the taker's own sockets (a pop too large for NOTIFY arrives as `{ truncated, id: callSid }`: take again to load it).
 */
export async function takeCall(sql: Sql, centre: Centre, user: { id: number; role: string }, callSid: string): Promise<TakeResult> {
  return sql.begin(async (tx) => {
    const [row] = await tx`select call_sid, line, status, anonymous, caller_hash, caller_masked, operator_id, case_id from calls where call_sid = ${callSid} for update`
    if (!row || !['queued', 'in-progress', 'voicemail'].includes(row.status)) return { ok: false, reason: 'not_found' } as const
    if (row.operator_id !== null && Number(row.operator_id) !== user.id) return { ok: false, reason: 'taken' } as const
    if (row.operator_id === null) {
      await tx`update calls set operator_id = ${user.id}, taken_at = now(), updated_at = now() where call_sid = ${callSid}`
      await publishLiveEvent(tx, { topic: 'call.taken', roles: ['operator', 'supervisor'], unitIds: [centre.id], payload: { callSid, takenBy: user.id } })
    }
    const pop = await screenPopFor(tx, centre, user, row as never)
    // 弹屏 to the taker's own sockets, whichever API process they are connected to (the softphone may have taken the
    // call, the console shows it): addressed to that one user, never to the other operators
    if (row.operator_id === null) await publishLiveEvent(tx, { topic: 'call.pop', userIds: [user.id], payload: { ...pop, id: callSid } })
    return { ok: true, pop } as const
  })
}

/** Other call news for the line's operators (call.ended, call.voicemail). */
export async function publishCallEvent(tx: TransactionSql | Sql, centre: Centre, topic: string, payload: Record<string, unknown>): Promise<void> {
  await publishLiveEvent(tx, { topic, roles: ['operator'], unitIds: [centre.id], payload })
}
