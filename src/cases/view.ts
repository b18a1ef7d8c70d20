// What staff see of a case: the complaint (contact data masked), chain, timeline, deadlines, and what they may do now.
import type { Sql } from 'postgres'
import { errors } from '../http/errors.js'
import type { StaffUser } from '../users/service.js'
import { visibleTo } from './access.js'
import { allowedEventsFor } from './authorize.js'
import { caseMaterial, type MaterialItem } from './material-read.js'
import { chainHistory } from './chain-history.js'
import { partsView } from '../cohandling/view.js'
import { replyEvidenceView } from '../replies/evidence.js'
import { caseMachine, stateLabels, subStateOf, type Actor, type CaseSnapshot } from './machine.js'
import { channelLabels, typeLabels, urgencyLabels, type Channel, type ComplaintType, type Urgency } from '../complaints/draft.js'

export const staffActor = (u: StaffUser): Actor => ({ kind: 'staff', userId: u.id, unitId: u.unit.id, role: u.role })

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null)

/** Loads a case the user may see, or answers 404 (a case outside the jurisdiction does not exist for them). */
export async function loadVisibleCase(sql: Sql, id: number, user: StaffUser) {
  const [row] = await sql`
    select c.*, k.case_number, k.title, k.content, k.address, k.anonymous, k.identity_masked, k.preferred_channel, k.urgency,
           k.possible_duplicate_of, k.accused_unit_id, k.extra, k.tracking_code,
           (select case_number from complaints d where d.id = k.possible_duplicate_of) as duplicate_case_number
    from cases c join complaints k on k.id = c.id
    where c.id = ${id} and ${visibleTo(sql, user)}`
  if (!row) throw errors.caseNotFound({ caseId: id })
  return row
}

/** Events and added material in one timeline, in the order they happened. */
function withMaterial<E extends { at: string }>(events: E[], material: MaterialItem[]) {
  const entries = material.map((m) => ({
    version: null, type: 'MATERIAL', from: null, to: null, at: m.at, actor: m.from, actorUnit: null,
    payload: { messageId: m.id, text: m.text, channel: m.channel, channelLabel: m.channelLabel, attachments: m.attachments },
  }))
  return [...events, ...entries].sort((a, b) => a.at.localeCompare(b.at))
}

export async function caseView(sql: Sql, id: number, user: StaffUser) {
  const row = await loadVisibleCase(sql, id, user)
  const snapshot = caseMachine.resolveState(row.snapshot) as CaseSnapshot
  const ctx = snapshot.context
  // 主动治理: the unit that raised the task, in the complainant's place (extra.raisedBy; 0034 for older tasks)
  const raisedBy = row.type === 'proactive' ? (row.extra?.raisedBy ?? { unitId: ctx.rootUnitId }) as { unitId: number; userId?: number | null } : null
  const unitIds = [...new Set([ctx.rootUnitId, ...(raisedBy ? [Number(raisedBy.unitId)] : []), ...ctx.chain.map((l) => l.unitId), ...(row.current_unit_id ? [Number(row.current_unit_id)] : []), ...(row.accused_unit_id ? [Number(row.accused_unit_id)] : [])])]
  const units = new Map((await sql`select id, name, level, division_code from units where id = any(${unitIds}::bigint[])`).map((u) => [Number(u.id), u]))
  const unitBrief = (uid: number | null) => (uid && units.get(uid) ? { id: uid, name: units.get(uid)!.name as string, level: units.get(uid)!.level as string } : null)
  const events = await sql`
    select e.version, e.type, e.payload, e.from_state, e.to_state, e.created_at, e.actor_kind, e.actor_user_id,
           u.display_name as actor_name, n.name as actor_unit
    from case_events e left join users u on u.id = e.actor_user_id left join units n on n.id = e.actor_unit_id
    where e.case_id = ${id} order by e.version`
  // the whole 交办链, popped links included (the snapshot keeps only the open ones)
  const history = chainHistory(events.map((e) => ({ type: e.type, at: iso(e.created_at)!, payload: e.payload })), ctx.chain)
  const missing = [...new Set(history.map((h) => h.unitId))].filter((uid) => !units.has(uid))
  if (missing.length) for (const u of await sql`select id, name, level, division_code from units where id = any(${missing}::bigint[])`) units.set(Number(u.id), u)
  // 合并留痕: the cases merged into this one that the user may see, each a timeline entry linking to it
  const mergedIn = await sql`
    select m.id, k.case_number, e.created_at, u.display_name as actor_name, n.name as actor_unit
    from case_events e join cases m on m.id = e.case_id join complaints k on k.id = m.id
    left join users u on u.id = e.actor_user_id left join units n on n.id = e.actor_unit_id
    where e.type = 'MERGE' and (e.payload->>'intoCaseId')::bigint = ${id} and ${visibleTo(sql, user, 'm')}
    order by e.created_at`
  const divisionPath = row.division_code
    ? await sql`with recursive up as (select code, name, level, parent_code from divisions where code = ${row.division_code}
                 union all select d.code, d.name, d.level, d.parent_code from divisions d join up on d.code = up.parent_code)
                select code, name, level from up`
    : []
  const material = await caseMaterial(sql, id, user.unit.id)
  const allowed = allowedEventsFor(snapshot, staffActor(user))
  const state = row.state as keyof typeof stateLabels
  return {
    id: Number(row.id), version: row.version, caseNumber: row.case_number,
    channel: row.channel, channelLabel: channelLabels[row.channel as Channel],
    type: row.type, typeLabel: typeLabels[row.type as ComplaintType],
    urgency: row.urgency, urgencyLabel: urgencyLabels[row.urgency as Urgency],
    title: row.title, content: row.content, address: row.address, category: row.category,
    division: divisionPath.length ? { code: row.division_code, path: divisionPath.reverse().map((d) => ({ code: d.code, name: d.name, level: d.level })) } : null,
    receivedAt: iso(row.received_at),
    anonymous: row.anonymous, complainant: row.anonymous ? null : row.identity_masked, preferredChannel: row.preferred_channel,
    raisedBy: raisedBy && {
      unit: unitBrief(Number(raisedBy.unitId)),
      by: raisedBy.userId ? ((await sql`select display_name from users where id = ${raisedBy.userId}`)[0]?.display_name as string | undefined) ?? null : null,
    },
    possibleDuplicateOf: row.possible_duplicate_of ? { id: Number(row.possible_duplicate_of), caseNumber: row.duplicate_case_number } : null,
    accusedUnit: unitBrief(row.accused_unit_id ? Number(row.accused_unit_id) : null),
    state, stateLabel: stateLabels[state], subState: subStateOf(snapshot),
    warning: row.warning, warningLabel: stateLabels[row.warning as 'none' | 'yellow' | 'red'],
    rootUnit: unitBrief(ctx.rootUnitId), currentUnit: unitBrief(row.current_unit_id ? Number(row.current_unit_id) : null),
    deadlines: { link: iso(row.link_due_at), linkStartedAt: iso(row.link_started_at), overall: iso(row.overall_due_at) },
    chain: ctx.chain.map((l) => ({ unit: unitBrief(l.unitId), status: l.status, assignedAt: l.assignedAt, signedAt: l.signedAt, extensionDays: l.extensionDays, extensionRequest: l.extensionRequest, reply: l.reply })),
    chainHistory: history.map(({ unitId, ...h }) => ({ unit: unitBrief(unitId), ...h })),
    mergedCases: mergedIn.map((m) => ({ id: Number(m.id), caseNumber: m.case_number as string, at: iso(m.created_at)! })),
    counts: { returns: ctx.returns.length, redo: ctx.redoCount, supervisions: ctx.supervisions.length },
    returns: ctx.returns.map((r) => ({ unit: unitBrief(r.unitId), reason: r.reason, at: r.at })),
    // 协办: the assisting units' parts, as they arrive (the lead and its reviewers read them with the lead's reply)
    parts: await partsView(sql, ctx),
    // 办理佐证材料: the officers' files attached to their replies, with who added them and when
    replyEvidence: await replyEvidenceView(sql, id, events as never),
    supervisions: ctx.supervisions,
    finalReply: ctx.finalReply, feedback: ctx.feedback, evaluation: ctx.evaluation,
    rejectReason: ctx.rejectReason, mergedInto: ctx.mergedInto,
    // added material (补充材料) sits in the timeline at the time it came in, as MATERIAL entries without a version
    timeline: withMaterial([
      ...events.map((e) => ({ version: e.version as number | null, type: e.type as string, from: e.from_state, to: e.to_state, at: iso(e.created_at)!, actor: e.actor_name ?? (e.actor_kind === 'citizen' ? '诉求人' : e.actor_kind === 'system' ? '系统' : null), actorId: e.actor_user_id === null ? null : Number(e.actor_user_id), actorUnit: e.actor_unit, payload: e.payload })),
      ...mergedIn.map((m) => ({ version: null, type: 'MERGED_IN', from: null, to: null, at: iso(m.created_at)!, actor: m.actor_name as string | null, actorId: null, actorUnit: m.actor_unit as string | null, payload: { caseId: Number(m.id), caseNumber: m.case_number } as Record<string, unknown> })),
    ].sort((a, b) => a.at.localeCompare(b.at)), material),
    material, newMaterial: material.filter((m) => !m.read).length,
    allowedEvents: allowed,
    extra: row.extra,
  }
}
