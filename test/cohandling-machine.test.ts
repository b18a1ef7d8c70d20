// 主办/协办 in the statechart (issue 22): assisting parts as rows of the context with their own small lifecycle, the
// `assisting` region, and the lead's reply waiting for them. Pure: transition() alone.
import t from 'tap'
import { initialTransition, transition } from 'xstate'
import {
  acceptedEventTypes, assistingStateOf, caseMachine, caseStateOf, partsBlockingReply, partsOf,
  type Actor, type AssistingUnit, type CaseEvent, type CaseSnapshot, type ChainUnit,
} from '../src/cases/machine.js'
import { allowedEventsFor, authorize } from '../src/cases/authorize.js'

const ROOT = 1
const COUNTY: ChainUnit = { unitId: 20, level: 'county' }
const TOWNSHIP: ChainUnit = { unitId: 300, level: 'township' }
const HELPER_A = 301
const HELPER_B = 302
const VILLAGE: ChainUnit = { unitId: 4000, level: 'village' }

const staff = (unitId: number, role: 'officer' | 'supervisor' | 'dispatcher' = 'officer'): Actor => ({ kind: 'staff', userId: unitId * 10, unitId, role })
const at = (day: number, hour = 2) => new Date(Date.UTC(2026, 2, day, hour)).toISOString()
const due = (day: number) => new Date(Date.UTC(2026, 2, day, 15, 59, 59, 999)).toISOString()
const helpers = (aDue: string, bDue: string): AssistingUnit[] => [
  { unitId: HELPER_A, level: 'township', dueAt: aDue },
  { unitId: HELPER_B, level: 'township', dueAt: bDue },
]

function send(s: CaseSnapshot, event: Record<string, unknown> & { type: string; at: string; actor: Actor }): CaseSnapshot {
  const auth = authorize(s.context, s, event, event.actor)
  if (!auth.ok) throw new Error(`${event.type} refused: ${auth.code}`)
  return transition(caseMachine, s, event as unknown as CaseEvent)[0]
}

function dispatched(aDue = due(6), bDue = due(6)): CaseSnapshot {
  let s = initialTransition(caseMachine, { rootUnitId: ROOT, receivedAt: at(2), type: 'complaint', urgency: 'normal' })[0]
  s = send(s, { type: 'REGISTER', category: '村务', at: at(2), actor: staff(ROOT, 'dispatcher') })
  return send(s, { type: 'DISPATCH', chain: [COUNTY, TOWNSHIP], assisting: helpers(aDue, bDue), at: at(2, 3), actor: staff(ROOT, 'dispatcher') })
}

t.test('a lead with two assisting units: each signs and submits; the lead waits for both', async (t) => {
  let s = dispatched()
  t.equal(caseStateOf(s), 'assigned')
  t.equal(assistingStateOf(s), 'open')
  t.same(partsOf(s.context).map((p) => [p.unitId, p.leadUnitId, p.status]), [[HELPER_A, TOWNSHIP.unitId, 'assigned'], [HELPER_B, TOWNSHIP.unitId, 'assigned']])
  t.same(allowedEventsFor(s, staff(HELPER_A)), ['PART_SIGN', 'PART_RETURN', 'PART_SUBMIT'], 'an assisting unit signs, returns or submits its part')
  t.same(authorize(s.context, s, { type: 'PART_SIGN' }, staff(VILLAGE.unitId)), { ok: false, code: 'wrong_unit' }, 'a unit without a part may not')

  s = send(s, { type: 'SIGN', at: at(2, 4), actor: staff(TOWNSHIP.unitId) })
  s = send(s, { type: 'PART_SIGN', unitId: HELPER_A, at: at(2, 5), actor: staff(HELPER_A) })
  t.same(allowedEventsFor(s, staff(HELPER_A)), ['PART_SUBMIT'])
  s = send(s, { type: 'PART_SUBMIT', unitId: HELPER_A, text: '已核实供水管网情况', attachmentIds: [7], at: at(3), actor: staff(HELPER_A) })
  t.equal(partsOf(s.context)[0].status, 'submitted')
  t.same(partsOf(s.context)[0].opinion, { text: '已核实供水管网情况', attachmentIds: [7], at: at(3) })
  t.equal(partsOf(s.context)[0].late, false)

  // B's part is still open and within its deadline: the lead may not reply yet
  const early = { type: 'SUBMIT_REPLY', text: '已处理', resolved: true, at: at(4), actor: staff(TOWNSHIP.unitId) } as const
  t.same(partsBlockingReply(s.context, 'SUBMIT_REPLY', at(4)).map((p) => p.unitId), [HELPER_B])
  const refused = transition(caseMachine, s, early as unknown as CaseEvent)[0]
  t.equal(caseStateOf(refused), 'handling', 'the reply waits for the open part')

  s = send(s, { type: 'PART_SUBMIT', unitId: HELPER_B, text: '辖区内无相关记录', at: at(5), actor: staff(HELPER_B) })
  t.equal(assistingStateOf(s), 'idle', 'no part open any more')
  t.same(acceptedEventTypes(s).filter((e) => e.startsWith('PART_')), [])
  s = send(s, early)
  t.equal(caseStateOf(s), 'review')
  t.same(partsOf(s.context).map((p) => [p.status, p.late]), [['submitted', false], ['submitted', false]])
})

t.test('a part past its deadline no longer holds the lead; it lapses, late, when the lead replies', async (t) => {
  let s = dispatched(due(3), due(6))
  s = send(s, { type: 'SIGN', at: at(2, 4), actor: staff(TOWNSHIP.unitId) })
  s = send(s, { type: 'PART_SUBMIT', unitId: HELPER_B, text: '已配合排查', at: at(3), actor: staff(HELPER_B) })
  // A never answered; its deadline (3 March) has passed on 4 March
  t.same(partsBlockingReply(s.context, 'SUBMIT_REPLY', at(4)), [])
  s = send(s, { type: 'SUBMIT_REPLY', text: '已处理', resolved: true, at: at(4), actor: staff(TOWNSHIP.unitId) })
  t.equal(caseStateOf(s), 'review')
  const a = partsOf(s.context).find((p) => p.unitId === HELPER_A)!
  t.equal(a.status, 'lapsed')
  t.equal(a.late, true, 'the lateness is recorded against the assisting unit')
  t.equal(assistingStateOf(s), 'idle')
})

t.test('a part submitted after its deadline is late; a returned part is settled', async (t) => {
  let s = dispatched(due(3), due(6))
  s = send(s, { type: 'PART_RETURN', unitId: HELPER_B, reason: '不属于本单位职责', at: at(2, 6), actor: staff(HELPER_B) })
  t.equal(partsOf(s.context)[1].status, 'returned')
  t.equal(partsOf(s.context)[1].returnReason, '不属于本单位职责')
  s = send(s, { type: 'PART_SUBMIT', unitId: HELPER_A, text: '迟交的意见', at: at(4), actor: staff(HELPER_A) })
  t.equal(partsOf(s.context)[0].late, true)
  t.equal(partsOf(s.context)[0].signedAt, at(4), 'submitting without signing signs it')
})

t.test('the lead delegating: its approval of the child reply is its own reply and waits for its parts', async (t) => {
  let s = dispatched()
  s = send(s, { type: 'SIGN', at: at(2, 4), actor: staff(TOWNSHIP.unitId) })
  s = send(s, { type: 'DELEGATE', unit: VILLAGE, at: at(2, 5), actor: staff(TOWNSHIP.unitId) })
  s = send(s, { type: 'SIGN', at: at(2, 6), actor: staff(VILLAGE.unitId) })
  s = send(s, { type: 'SUBMIT_REPLY', text: '村里已处理', resolved: true, at: at(3), actor: staff(VILLAGE.unitId) })
  const approve = { type: 'APPROVE_REPLY', at: at(3, 3), actor: staff(TOWNSHIP.unitId, 'supervisor') } as const
  t.equal(JSON.stringify(transition(caseMachine, s, approve as unknown as CaseEvent)[0].context.chain), JSON.stringify(s.context.chain), 'held while parts are open')
  s = send(s, { type: 'PART_SUBMIT', unitId: HELPER_A, text: 'A', at: at(3, 4), actor: staff(HELPER_A) })
  s = send(s, { type: 'PART_SUBMIT', unitId: HELPER_B, text: 'B', at: at(3, 4), actor: staff(HELPER_B) })
  s = send(s, { ...approve, at: at(3, 5) })
  t.equal(s.context.chain.length, 2)
  t.equal(s.context.chain[1].status, 'review', 'the township reply goes up to the county')
})

t.test('DISPATCH refuses more than five assisting units, a unit twice, the lead, and a deadline before the dispatch', async (t) => {
  let s = initialTransition(caseMachine, { rootUnitId: ROOT, receivedAt: at(2), type: 'complaint', urgency: 'normal' })[0]
  s = send(s, { type: 'REGISTER', category: '村务', at: at(2), actor: staff(ROOT, 'dispatcher') })
  const tryWith = (assisting: AssistingUnit[]) =>
    caseStateOf(transition(caseMachine, s, { type: 'DISPATCH', chain: [COUNTY], assisting, at: at(2, 3), actor: staff(ROOT, 'dispatcher') } as CaseEvent)[0])
  const u = (unitId: number, dueAt = due(6)): AssistingUnit => ({ unitId, level: 'township', dueAt })
  t.equal(tryWith([u(1001), u(1002), u(1003), u(1004), u(1005), u(1006)]), 'triage', 'six assisting units')
  t.equal(tryWith([u(1001), u(1001)]), 'triage', 'a unit twice')
  t.equal(tryWith([u(COUNTY.unitId)]), 'triage', 'the lead itself')
  t.equal(tryWith([u(ROOT)]), 'triage', 'the root centre')
  t.equal(tryWith([u(1001, at(1))]), 'triage', 'a deadline in the past')
  t.equal(tryWith([u(1001), u(1002), u(1003), u(1004), u(1005)]), 'assigned', 'five are fine')
})

t.test('a returned lead cancels its parts; a withdrawn case ends them', async (t) => {
  let s = dispatched()
  s = send(s, { type: 'RETURN', reason: '不属于本镇', at: at(2, 4), actor: staff(TOWNSHIP.unitId) })
  t.same(partsOf(s.context).map((p) => p.status), ['cancelled', 'cancelled'])
  t.equal(assistingStateOf(s), 'idle')

  let w = dispatched()
  w = send(w, { type: 'WITHDRAW', reason: '已解决', at: at(2, 5), actor: { kind: 'citizen' } })
  t.same(partsOf(w.context).map((p) => [p.status, p.closedAt]), [['cancelled', at(2, 5)], ['cancelled', at(2, 5)]])
  t.equal(assistingStateOf(w), 'ended')
  t.equal(w.status, 'done')
})

t.test('a snapshot of machine version 1 (no assisting region, no parts) resolves and moves on', async (t) => {
  let s = initialTransition(caseMachine, { rootUnitId: ROOT, receivedAt: at(2), type: 'complaint', urgency: 'normal' })[0]
  s = send(s, { type: 'REGISTER', category: '村务', at: at(2), actor: staff(ROOT, 'dispatcher') })
  s = send(s, { type: 'DISPATCH', chain: [COUNTY], at: at(2, 3), actor: staff(ROOT, 'dispatcher') })
  const stored = JSON.parse(JSON.stringify(caseMachine.getPersistedSnapshot(s)))
  delete stored.value.assisting
  delete stored.context.parts
  const old = caseMachine.resolveState(stored) as CaseSnapshot
  t.equal(assistingStateOf(old), 'idle')
  t.same(partsOf(old.context), [])
  let n = send(old, { type: 'SIGN', at: at(2, 4), actor: staff(COUNTY.unitId) })
  n = send(n, { type: 'SUBMIT_REPLY', text: '已处理', resolved: true, at: at(3), actor: staff(COUNTY.unitId) })
  t.equal(caseStateOf(n), 'review', 'an old case goes on without parts')
})
