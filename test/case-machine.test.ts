import t from 'tap'
import { initialTransition, transition } from 'xstate'
import {
  CASE_EVENT_TYPES,
  MACHINE_VERSION,
  acceptedEventTypes,
  caseMachine,
  caseStateOf,
  currentLink,
  currentUnitId,
  displayStateOf,
  findingStateOf,
  initialSnapshot,
  firstStoredSnapshot,
  isFinal,
  nextSnapshot,
  returnCounts,
  reviewerUnitId,
  stateLabels,
  subStateOf,
  supervisionStateOf,
  type Actor,
  type CaseContext,
  type CaseEvent,
  type CaseEventType,
  type CaseSnapshot,
  type ChainUnit,
  type Role,
} from '../src/cases/machine.js'
import { allowedEventsFor, authorize } from '../src/cases/authorize.js'

// ---------------------------------------------------------------------------------------------
// Fixtures: a city centre (root) and one unit per level below it

const ROOT = 1 // 昆明市 受理中心
const COUNTY: ChainUnit = { unitId: 20, level: 'county' }
const TOWNSHIP: ChainUnit = { unitId: 300, level: 'township' }
const VILLAGE: ChainUnit = { unitId: 4000, level: 'village' }
const OTHER_TOWNSHIP: ChainUnit = { unitId: 301, level: 'township' }
const INSPECTOR_UNIT = 9

const staff = (unitId: number, role: Role): Actor => ({ kind: 'staff', userId: unitId * 10 + role.length, unitId, role })
const citizen: Actor = { kind: 'citizen' }
const system: Actor = { kind: 'system' }

let minute = 0
/** Event times come from the caller; here a deterministic clock. */
const nextAt = () => new Date(Date.UTC(2026, 0, 5, 1, 0) + minute++ * 60_000).toISOString()

function fresh(): CaseSnapshot {
  const [snap] = initialTransition(caseMachine, {
    rootUnitId: ROOT,
    receivedAt: '2026-01-05T00:00:00.000Z',
    type: 'complaint',
    urgency: 'normal',
  })
  return snap
}

/** An actor that `authorize` accepts for this event type in this context. */
function actorFor(type: CaseEventType, ctx: CaseContext): Actor {
  switch (type) {
    case 'REGISTER':
    case 'REJECT':
    case 'MERGE':
    case 'DISPATCH':
    case 'ANSWER':
      return staff(ROOT, 'dispatcher')
    case 'SIGN':
    case 'RETURN':
    case 'DELEGATE':
    case 'REQUEST_EXTENSION':
    case 'SUBMIT_REPLY':
      return staff(currentLink(ctx)?.unitId ?? ROOT, 'officer')
    case 'APPROVE_EXTENSION':
    case 'DENY_EXTENSION':
    case 'APPROVE_REPLY':
    case 'REJECT_REPLY':
      return staff(reviewerUnitId(ctx), 'supervisor')
    case 'SEND_FEEDBACK':
      return staff(ROOT, 'operator')
    case 'EVALUATE':
    case 'WITHDRAW':
      return citizen
    case 'DECIDE':
    case 'FIND_UNTRUE':
      return staff(ROOT, 'supervisor')
    case 'SUPERVISE':
      return staff(INSPECTOR_UNIT, 'inspector')
    case 'WARN':
    case 'TIMEOUT':
      return system
    case 'PART_REPLACE':
      return staff(reviewerUnitId(ctx), reviewerUnitId(ctx) === ROOT ? 'dispatcher' : 'officer')
    case 'PART_SIGN':
    case 'PART_RETURN':
    case 'PART_SUBMIT':
      return staff(ctx.parts?.find((p) => p.status === 'assigned' || p.status === 'handling')?.unitId ?? OTHER_TOWNSHIP.unitId, 'officer')
  }
}

type Payload<T extends CaseEventType> = Omit<Extract<CaseEvent, { type: T }>, 'type' | 'at' | 'actor'>

function eventFor<T extends CaseEventType>(snap: CaseSnapshot, type: T, payload: Payload<T>, actor?: Actor): CaseEvent {
  return { type, ...payload, at: nextAt(), actor: actor ?? actorFor(type, snap.context) } as unknown as CaseEvent
}

/** Sends an event from an authorized actor; fails the test if the actor is refused. */
function send<T extends CaseEventType>(snap: CaseSnapshot, type: T, payload: Payload<T>, actor?: Actor): CaseSnapshot {
  const event = eventFor(snap, type, payload, actor)
  const auth = authorize(snap.context, snap, event, event.actor)
  if (!auth.ok) throw new Error(`${type} refused to ${JSON.stringify(event.actor)}: ${auth.code}`)
  return transition(caseMachine, snap, event)[0]
}

const unchanged = (a: CaseSnapshot, b: CaseSnapshot) =>
  JSON.stringify([a.value, a.context]) === JSON.stringify([b.value, b.context])

const where = displayStateOf

// Walks shared by several tests
const registered = () => send(fresh(), 'REGISTER', { category: '村务', divisionCode: '530112001001' })
const atTop = () => send(registered(), 'DISPATCH', { chain: [COUNTY] })
const atTownship = () => send(registered(), 'DISPATCH', { chain: [COUNTY, TOWNSHIP] })
const signed = (s: CaseSnapshot) => send(s, 'SIGN', {})
const replied = (s: CaseSnapshot) => send(s, 'SUBMIT_REPLY', { text: '已处理', resolved: true })
/** triage → dispatched to the county → replied → approved by root → feedback sent → evaluation */
const roundToEvaluation = (s: CaseSnapshot) => {
  s = send(s, 'DISPATCH', { chain: [COUNTY] })
  s = replied(signed(s))
  s = send(s, 'APPROVE_REPLY', {})
  return send(s, 'SEND_FEEDBACK', { text: '结果如下', channel: 'sms' })
}

// ---------------------------------------------------------------------------------------------

t.test('initial snapshot', async (t) => {
  const s = fresh()
  t.equal(MACHINE_VERSION, 3)
  t.same(s.value, { case: 'intake', supervision: 'none', assisting: 'idle', finding: 'unfindable', replacing: 'none' })
  t.equal(caseStateOf(s), 'intake')
  t.equal(subStateOf(s), null)
  t.equal(s.context.rootUnitId, ROOT)
  t.same(s.context.chain, [])
  t.equal(s.context.category, null)
  t.equal(s.context.warning, 'none')
  t.equal(currentLink(s.context), null)
  t.equal(currentUnitId(s.context), ROOT)
  t.equal(reviewerUnitId(s.context), ROOT)
  t.same(acceptedEventTypes(s), ['REGISTER', 'REJECT', 'MERGE', 'WITHDRAW', 'SUPERVISE', 'WARN'])
  t.equal(stateLabels[displayStateOf(s)], '待受理')
  t.equal(stateLabels[supervisionStateOf(s)], '正常')
})

t.test('REGISTER sets category, type, urgency and place', async (t) => {
  const s = send(fresh(), 'REGISTER', {
    category: '土地征收',
    complaintType: 'report',
    urgency: 'urgent',
    divisionCode: '530112',
    accusedUnitId: 300,
  })
  t.equal(caseStateOf(s), 'triage')
  t.match(s.context, { category: '土地征收', type: 'report', urgency: 'urgent', divisionCode: '530112', accusedUnitId: 300 })
  const s2 = send(fresh(), 'REGISTER', { category: '咨询' })
  t.match(s2.context, { category: '咨询', type: 'complaint', urgency: 'normal', divisionCode: null })
})

t.test('city → county → township → village and back up', async (t) => {
  let s = registered()
  s = send(s, 'DISPATCH', { chain: [COUNTY, TOWNSHIP, VILLAGE] })
  t.equal(caseStateOf(s), 'assigned')
  t.same(
    s.context.chain.map((l) => [l.unitId, l.status]),
    [
      [20, 'waiting'],
      [300, 'waiting'],
      [4000, 'assigned'],
    ],
  )
  t.ok(s.context.chain.every((l) => l.assignedAt === s.context.chain[0].assignedAt && l.signedAt === null))
  t.equal(currentUnitId(s.context), VILLAGE.unitId)
  t.equal(reviewerUnitId(s.context), TOWNSHIP.unitId)
  t.same(authorize(s.context, s, { type: 'SIGN' }, staff(OTHER_TOWNSHIP.unitId, 'officer')), { ok: false, code: 'wrong_unit' })

  const signAt = nextAt()
  s = transition(caseMachine, s, { type: 'SIGN', at: signAt, actor: staff(VILLAGE.unitId, 'officer') })[0]
  t.equal(where(s), 'handling')
  t.same(s.value, { case: { handling: 'working' }, supervision: 'none', assisting: 'idle', finding: 'unfindable', replacing: 'none' })
  t.equal(currentLink(s.context)?.signedAt, signAt)
  t.equal(currentLink(s.context)?.status, 'handling')

  s = send(s, 'SUBMIT_REPLY', { text: '村监委会已核实', resolved: false })
  t.equal(where(s), 'review')
  t.match(currentLink(s.context), { status: 'review', reply: { text: '村监委会已核实', resolved: false } })

  // the township is the reviewer; the county is not, and a township officer may not review
  t.same(authorize(s.context, s, { type: 'REJECT_REPLY' }, staff(COUNTY.unitId, 'supervisor')), {
    ok: false,
    code: 'wrong_unit',
  })
  t.same(authorize(s.context, s, { type: 'APPROVE_REPLY' }, staff(TOWNSHIP.unitId, 'officer')), {
    ok: false,
    code: 'wrong_role',
  })
  s = send(s, 'REJECT_REPLY', { reason: '证据不全' }, staff(TOWNSHIP.unitId, 'supervisor'))
  t.equal(where(s), 'handling')
  t.equal(subStateOf(s), 'working')
  t.match(currentLink(s.context), { unitId: VILLAGE.unitId, status: 'handling', reply: null })
  t.equal(s.context.chain.length, 3)

  s = send(s, 'SUBMIT_REPLY', { text: '已补充证据并处理', resolved: true })
  s = send(s, 'APPROVE_REPLY', {}, staff(TOWNSHIP.unitId, 'supervisor'))
  t.equal(where(s), 'review', 'the township reply now waits for the county')
  t.equal(s.context.chain.length, 2)
  t.match(currentLink(s.context), { unitId: TOWNSHIP.unitId, status: 'review', reply: { text: '已补充证据并处理', resolved: true } })
  t.equal(reviewerUnitId(s.context), COUNTY.unitId)

  s = send(s, 'APPROVE_REPLY', { text: '区纪委审核：属实，已整改' }, staff(COUNTY.unitId, 'supervisor'))
  t.equal(where(s), 'review', 'the county reply now waits for the root centre')
  t.equal(s.context.chain.length, 1)
  t.match(currentLink(s.context), { unitId: COUNTY.unitId, status: 'review', reply: { text: '区纪委审核：属实，已整改', resolved: true } })
  t.equal(reviewerUnitId(s.context), ROOT)

  const approveAt = nextAt()
  s = transition(caseMachine, s, { type: 'APPROVE_REPLY', at: approveAt, actor: staff(ROOT, 'dispatcher') })[0]
  t.equal(where(s), 'feedback')
  t.same(s.context.chain, [])
  t.same(s.context.finalReply, { text: '区纪委审核：属实，已整改', resolved: true, at: approveAt, unitId: COUNTY.unitId }, 'the county rewrote the reply: it is the county\'s')
  t.equal(s.context.approvedAt, approveAt)
  t.equal(currentUnitId(s.context), ROOT)

  s = send(s, 'SEND_FEEDBACK', { text: '您反映的问题已办结', channel: 'sms' })
  t.equal(where(s), 'evaluation')
  t.match(s.context.feedback, { text: '您反映的问题已办结', channel: 'sms' })

  s = send(s, 'EVALUATE', { rating: 'satisfied', comment: '很好' })
  t.equal(where(s), 'closed')
  t.match(s.context.evaluation, { rating: 'satisfied', comment: '很好' })
  t.equal(s.status, 'done')
  t.equal(supervisionStateOf(s), 'ended')
  t.ok(isFinal(s))
  t.same(acceptedEventTypes(s), [])
})

t.test('DELEGATE one level at a time, then RETURN back up to triage', async (t) => {
  let s = signed(atTop())
  t.equal(currentUnitId(s.context), COUNTY.unitId)
  s = send(s, 'DELEGATE', { unit: TOWNSHIP })
  t.equal(where(s), 'assigned')
  t.same(
    s.context.chain.map((l) => [l.unitId, l.status]),
    [
      [20, 'waiting'],
      [300, 'assigned'],
    ],
  )
  s = send(signed(s), 'DELEGATE', { unit: VILLAGE })
  s = signed(s)
  t.same(
    s.context.chain.map((l) => l.status),
    ['waiting', 'waiting', 'handling'],
  )

  // the village returns the case: the township handles it again
  s = send(s, 'RETURN', { reason: '不属于本村' })
  t.equal(where(s), 'handling')
  t.equal(subStateOf(s), 'working')
  t.match(currentLink(s.context), { unitId: TOWNSHIP.unitId, status: 'handling' })
  t.equal(s.context.returns.length, 1)
  t.match(s.context.returns[0], { unitId: VILLAGE.unitId, reason: '不属于本村' })

  // delegate again and return from `assigned` (before signing)
  s = send(s, 'DELEGATE', { unit: VILLAGE })
  s = send(s, 'RETURN', { reason: '仍不属于本村' })
  t.equal(where(s), 'handling')
  t.equal(currentUnitId(s.context), TOWNSHIP.unitId)

  s = send(s, 'RETURN', { reason: '应由区级办理' })
  t.equal(where(s), 'handling')
  t.equal(currentUnitId(s.context), COUNTY.unitId)
  s = send(s, 'RETURN', { reason: '不属于本区' })
  t.equal(where(s), 'triage', 'a return from the top link goes back to the centre')
  t.same(s.context.chain, [])
  t.same(
    [...returnCounts(s.context)].sort((a, b) => a[0] - b[0]),
    [
      [20, 1],
      [300, 1],
      [4000, 2],
    ],
  )

  // re-dispatch (改派) after the return
  s = send(s, 'DISPATCH', { chain: [{ unitId: 21, level: 'county' }] })
  t.equal(where(s), 'assigned')
  t.equal(currentUnitId(s.context), 21)
  t.equal(s.context.returns.length, 4, 'returns are not reset by a re-dispatch')
})

t.test('RETURN from assigned goes to the waiting parent of a multi-unit dispatch', async (t) => {
  let s = atTownship()
  const returnAt = nextAt()
  s = transition(caseMachine, s, {
    type: 'RETURN',
    reason: '非本街道辖区',
    at: returnAt,
    actor: staff(TOWNSHIP.unitId, 'officer'),
  })[0]
  t.equal(where(s), 'handling')
  t.match(currentLink(s.context), { unitId: COUNTY.unitId, status: 'handling', signedAt: returnAt })
  s = send(s, 'RETURN', { reason: '不属于本区' })
  t.equal(where(s), 'triage')
  t.equal(s.context.returns.length, 2)

  const top = send(atTop(), 'RETURN', { reason: '不属于本区' })
  t.equal(where(top), 'triage', 'from assigned at the top link')
})

t.test('DISPATCH and DELEGATE refuse bad chains', async (t) => {
  const tri = registered()
  const bad: ChainUnit[][] = [
    [],
    [{ unitId: ROOT, level: 'county' }],
    [TOWNSHIP, COUNTY],
    [COUNTY, COUNTY],
  ]
  for (const chain of bad) {
    const [next] = transition(caseMachine, tri, eventFor(tri, 'DISPATCH', { chain }))
    t.ok(unchanged(tri, next), `chain ${JSON.stringify(chain)} refused`)
  }
  const h = signed(atTownship())
  for (const unit of [COUNTY, TOWNSHIP, { unitId: ROOT, level: 'village' } as ChainUnit]) {
    const [next] = transition(caseMachine, h, eventFor(h, 'DELEGATE', { unit }))
    t.ok(unchanged(h, next), `delegate to ${unit.unitId} refused`)
  }
  // same level is allowed (a county department under the county)
  const same = send(signed(atTop()), 'DELEGATE', { unit: { unitId: 22, level: 'county' } })
  t.equal(where(same), 'assigned')
})

t.test('extension asked, approved, denied, and the 15-day cap', async (t) => {
  let s = signed(atTownship())
  t.same(acceptedEventTypes(s).includes('REQUEST_EXTENSION'), true)
  for (const workingDays of [0, -1, 2.5, 16]) {
    const [next] = transition(caseMachine, s, eventFor(s, 'REQUEST_EXTENSION', { workingDays, reason: 'x' }))
    t.ok(unchanged(s, next), `${workingDays} days refused`)
  }
  s = send(s, 'REQUEST_EXTENSION', { workingDays: 10, reason: '需现场勘查' })
  t.equal(where(s), 'extensionRequested')
  t.equal(stateLabels[where(s)], '延期待批')
  t.match(currentLink(s.context)?.extensionRequest, { workingDays: 10, reason: '需现场勘查' })
  t.same(acceptedEventTypes(s).filter((e) => e.includes('EXTENSION')), ['APPROVE_EXTENSION', 'DENY_EXTENSION'])

  // the county (the link above) decides, not the root
  t.same(authorize(s.context, s, { type: 'APPROVE_EXTENSION' }, staff(ROOT, 'dispatcher')), { ok: false, code: 'wrong_unit' })
  t.same(authorize(s.context, s, { type: 'APPROVE_EXTENSION' }, staff(COUNTY.unitId, 'dispatcher')), {
    ok: false,
    code: 'wrong_role',
  })
  s = send(s, 'APPROVE_EXTENSION', {})
  t.equal(subStateOf(s), 'working')
  t.match(currentLink(s.context), { extensionDays: 10, extensionRequest: null })

  const over = transition(caseMachine, s, eventFor(s, 'REQUEST_EXTENSION', { workingDays: 6, reason: 'x' }))[0]
  t.ok(unchanged(s, over), '10 + 6 > 15 refused')

  s = send(s, 'REQUEST_EXTENSION', { workingDays: 5, reason: '再延' })
  s = send(s, 'DENY_EXTENSION', { reason: '不予延期' })
  t.equal(subStateOf(s), 'working')
  t.match(currentLink(s.context), { extensionDays: 10, extensionRequest: null })

  s = send(s, 'REQUEST_EXTENSION', { workingDays: 5, reason: '再延' })
  s = send(s, 'APPROVE_EXTENSION', {})
  t.equal(currentLink(s.context)?.extensionDays, 15)
  const capped = transition(caseMachine, s, eventFor(s, 'REQUEST_EXTENSION', { workingDays: 1, reason: 'x' }))[0]
  t.ok(unchanged(s, capped), 'nothing left after 15 days')

  // the root approves the top link's extension; a dispatcher may do it there
  let top = signed(atTop())
  top = send(top, 'REQUEST_EXTENSION', { workingDays: 3, reason: 'x' })
  t.same(authorize(top.context, top, { type: 'APPROVE_EXTENSION' }, staff(ROOT, 'dispatcher')), { ok: true })

  // replying while a request is pending drops the request
  top = send(top, 'SUBMIT_REPLY', { text: '已办', resolved: true })
  t.equal(where(top), 'review')
  t.equal(currentLink(top.context)?.extensionRequest, null)
})

t.test('ANSWER at triage goes straight to feedback', async (t) => {
  const s = send(registered(), 'ANSWER', { text: '请携带身份证到政务中心办理' })
  t.equal(where(s), 'feedback')
  t.match(s.context.finalReply, { text: '请携带身份证到政务中心办理', resolved: true })
  t.equal(s.context.approvedAt, s.context.finalReply?.at)
})

t.test('unsatisfied twice is redone; the third goes to a supervisor decision', async (t) => {
  let s = roundToEvaluation(registered())
  s = send(s, 'EVALUATE', { rating: 'unsatisfied', comment: '没解决' })
  t.equal(where(s), 'triage')
  t.equal(s.context.redoCount, 1)
  t.match(s.context, { chain: [], finalReply: null, approvedAt: null, feedback: null, evaluation: null })

  s = send(roundToEvaluation(s), 'EVALUATE', { rating: 'unsatisfied' })
  t.equal(where(s), 'triage')
  t.equal(s.context.redoCount, 2)

  s = send(roundToEvaluation(s), 'EVALUATE', { rating: 'unsatisfied', comment: '还是没解决' })
  t.equal(where(s), 'decision')
  t.equal(stateLabels[where(s)], '待裁定')
  t.equal(s.context.redoCount, 2)
  t.match(s.context.evaluation, { rating: 'unsatisfied', comment: '还是没解决' })
  t.same(authorize(s.context, s, { type: 'DECIDE' }, staff(ROOT, 'dispatcher')), { ok: false, code: 'wrong_role' })

  const badOutcome = transition(caseMachine, s, eventFor(s, 'DECIDE', { outcome: 'maybe' as 'redo', note: '' }))[0]
  t.ok(unchanged(s, badOutcome))

  s = send(s, 'DECIDE', { outcome: 'redo', note: '再办一次' })
  t.equal(where(s), 'triage')
  t.equal(s.context.redoCount, 3)
  s = send(roundToEvaluation(s), 'EVALUATE', { rating: 'unsatisfied' })
  t.equal(where(s), 'decision', 'still a decision after a decided redo')
  s = send(s, 'DECIDE', { outcome: 'close', note: '已依法依规处理' })
  t.equal(where(s), 'closed')
  t.equal(s.context.evaluation?.rating, 'unsatisfied')

  const basic = send(roundToEvaluation(registered()), 'EVALUATE', { rating: 'basic' })
  t.equal(where(basic), 'closed')
})

t.test('答复不实: found at a decided redo, or in triage after an unsatisfied rating, once per round, by the centre\'s supervisor', async (t) => {
  // in triage after the automatic redo: the finding names the reply rated unsatisfied and the unit that wrote it
  let s = roundToEvaluation(registered())
  const rated = s.context.finalReply
  t.equal(rated?.unitId, COUNTY.unitId, 'the approved reply is the county\'s (it wrote it)')
  s = send(s, 'EVALUATE', { rating: 'unsatisfied' })
  t.equal(where(s), 'triage')
  t.ok(allowedEventsFor(s, staff(ROOT, 'supervisor')).includes('FIND_UNTRUE'), 'offered to the centre\'s supervisor')
  t.same(authorize(s.context, s, { type: 'FIND_UNTRUE' }, staff(ROOT, 'dispatcher')), { ok: false, code: 'wrong_role' }, 'a dispatcher may not')
  t.same(authorize(s.context, s, { type: 'FIND_UNTRUE' }, staff(COUNTY.unitId, 'supervisor')), { ok: false, code: 'wrong_unit' }, 'nor a supervisor of another unit')
  t.ok(unchanged(s, transition(caseMachine, s, eventFor(s, 'FIND_UNTRUE', { reason: '  ' }))[0]), 'a blank reason is refused')
  s = send(s, 'FIND_UNTRUE', { reason: '现场核查：路灯未修复，答复称已修复' })
  t.equal(where(s), 'triage', 'it stays in triage, to be dispatched again')
  t.match(s.context.untrueFindings, [{ round: 1, reason: '现场核查：路灯未修复，答复称已修复', userId: ROOT * 10 + 'supervisor'.length, reply: rated }])
  t.ok(unchanged(s, transition(caseMachine, s, eventFor(s, 'FIND_UNTRUE', { reason: '再次认定' }))[0]), 'once per round')
  t.notOk(acceptedEventTypes(s).includes('FIND_UNTRUE'), 'and no longer offered')
  t.notOk(acceptedEventTypes(registered()).includes('FIND_UNTRUE'), 'a triage that follows no redo does not offer it')

  // at a decision: the finding decides the redo
  s = send(roundToEvaluation(s), 'EVALUATE', { rating: 'unsatisfied' })
  s = send(roundToEvaluation(s), 'EVALUATE', { rating: 'unsatisfied' })
  t.equal(where(s), 'decision')
  const third = s.context.finalReply
  s = send(s, 'FIND_UNTRUE', { reason: '答复与调查结果不符' })
  t.equal(where(s), 'triage')
  t.equal(s.context.redoCount, 3)
  t.equal(s.context.untrueFindings?.length, 2)
  t.match(s.context.untrueFindings?.[1], { round: 3, reason: '答复与调查结果不符', reply: third })
  t.ok(unchanged(s, transition(caseMachine, s, eventFor(s, 'FIND_UNTRUE', { reason: 'x' }))[0]), 'the round already has its finding')

  // a version-2 snapshot (no findings, no redone reply) resolves, and cannot be found untrue in triage
  const stored = JSON.parse(JSON.stringify(caseMachine.getPersistedSnapshot(send(roundToEvaluation(registered()), 'EVALUATE', { rating: 'unsatisfied' }))))
  delete stored.context.redoneReply
  delete stored.value.finding
  const old = caseMachine.resolveState(stored) as CaseSnapshot
  t.equal(findingStateOf(old), 'unfindable')
  t.ok(unchanged(old, transition(caseMachine, old, eventFor(old, 'FIND_UNTRUE', { reason: '不实' }))[0]), 'no reply on record to find untrue')
  t.equal(where(send(old, 'DISPATCH', { chain: [COUNTY] })), 'assigned', 'and it goes on as before')
})

t.test('TIMEOUT closes an unanswered evaluation', async (t) => {
  const s = roundToEvaluation(registered())
  t.same(authorize(s.context, s, { type: 'TIMEOUT' }, citizen), { ok: false, code: 'wrong_role' })
  const closed = send(s, 'TIMEOUT', {}, system)
  t.equal(where(closed), 'closed')
  t.equal(closed.context.evaluation, null)
})

t.test('supervision region: warnings never go down, SUPERVISE notes, nothing after the end', async (t) => {
  let s = fresh()
  s = send(s, 'WARN', { level: 'yellow' }, system)
  t.same(s.value, { case: 'intake', supervision: 'yellow', assisting: 'idle', finding: 'unfindable', replacing: 'none' })
  t.equal(s.context.warning, 'yellow')

  const again = transition(caseMachine, s, eventFor(s, 'WARN', { level: 'yellow' }, system))[0]
  t.ok(unchanged(s, again), 'yellow again changes nothing')

  s = send(s, 'SUPERVISE', { note: '请加快办理' }, staff(INSPECTOR_UNIT, 'inspector'))
  t.type(s.context.supervisions[0]?.at, 'string')
  const inspector = staff(INSPECTOR_UNIT, 'inspector')
  t.same(s.context.supervisions, [{ note: '请加快办理', userId: inspector.kind === 'staff' ? inspector.userId : null, at: s.context.supervisions[0]?.at }])

  s = send(s, 'WARN', { level: 'red' }, system)
  t.equal(supervisionStateOf(s), 'red')
  t.equal(stateLabels[supervisionStateOf(s)], '红牌超期')
  t.notOk(acceptedEventTypes(s).includes('WARN'), 'red accepts no more warnings')
  const redAgain = transition(caseMachine, s, eventFor(s, 'WARN', { level: 'red' }, system))[0]
  t.ok(unchanged(s, redAgain))

  // the case region moves on independently
  s = send(s, 'REGISTER', { category: '村务' })
  t.same(s.value, { case: 'triage', supervision: 'red', assisting: 'idle', finding: 'unfindable', replacing: 'none' })
  s = send(s, 'SUPERVISE', { note: '第二次督办' }, staff(ROOT, 'supervisor'))
  t.equal(s.context.supervisions.length, 2)

  const redFromNone = send(fresh(), 'WARN', { level: 'red' }, system)
  t.equal(supervisionStateOf(redFromNone), 'red')

  s = send(s, 'REJECT', { reason: '不属于受理范围' })
  t.same(s.value, { case: 'rejected', supervision: 'ended', assisting: 'ended', finding: 'ended', replacing: 'ended' })
  t.equal(s.context.warning, 'red', 'the last level is kept')
  t.equal(s.context.rejectReason, '不属于受理范围')
  const late = transition(caseMachine, s, eventFor(s, 'SUPERVISE', { note: 'late' }))[0]
  t.ok(unchanged(s, late), 'no SUPERVISE once the case is final')
})

t.test('transition is pure and snapshots survive persistence', async (t) => {
  const s = signed(atTownship())
  const before = JSON.stringify(s.context)
  send(s, 'DELEGATE', { unit: VILLAGE })
  send(s, 'RETURN', { reason: 'x' })
  t.equal(JSON.stringify(s.context), before, 'the previous snapshot is not mutated')

  const persisted = JSON.parse(JSON.stringify(caseMachine.getPersistedSnapshot(s)))
  const restored = caseMachine.resolveState(persisted)
  t.same(restored.value, s.value)
  t.same(acceptedEventTypes(restored), acceptedEventTypes(s))
  const next = send(restored, 'REQUEST_EXTENSION', { workingDays: 2, reason: 'x' })
  t.equal(where(next), 'extensionRequested')

  const a = transition(caseMachine, s, { type: 'SIGN', at: 'x', actor: system })[0]
  const b = transition(caseMachine, s, { type: 'SIGN', at: 'x', actor: system })[0]
  t.same(a, b, 'same input, same output')
})

// ---------------------------------------------------------------------------------------------
// Generated: every event variant in every reachable state

/** one or more payload variants per event type; each is tried in every fixture state */
const VARIANTS: { col: string; type: CaseEventType; payload: Record<string, unknown> }[] = [
  { col: 'REG', type: 'REGISTER', payload: { category: '村务' } },
  { col: 'REJ', type: 'REJECT', payload: { reason: '不属于受理范围' } },
  { col: 'MRG', type: 'MERGE', payload: { intoCaseId: 77 } },
  { col: 'WDR', type: 'WITHDRAW', payload: { reason: '已自行解决' } },
  { col: 'DSP', type: 'DISPATCH', payload: { chain: [COUNTY, TOWNSHIP] } },
  { col: 'ANS', type: 'ANSWER', payload: { text: '答复' } },
  { col: 'SGN', type: 'SIGN', payload: {} },
  { col: 'RET', type: 'RETURN', payload: { reason: '非本单位职责' } },
  { col: 'DLG', type: 'DELEGATE', payload: { unit: VILLAGE } },
  { col: 'RQX', type: 'REQUEST_EXTENSION', payload: { workingDays: 3, reason: '需勘查' } },
  { col: 'APX', type: 'APPROVE_EXTENSION', payload: {} },
  { col: 'DNX', type: 'DENY_EXTENSION', payload: { reason: '不予延期' } },
  { col: 'SUB', type: 'SUBMIT_REPLY', payload: { text: '已办理', resolved: true } },
  { col: 'APR', type: 'APPROVE_REPLY', payload: {} },
  { col: 'RJR', type: 'REJECT_REPLY', payload: { reason: '不完整' } },
  { col: 'SFB', type: 'SEND_FEEDBACK', payload: { text: '结果', channel: 'sms' } },
  { col: 'EVs', type: 'EVALUATE', payload: { rating: 'satisfied' } },
  { col: 'EVb', type: 'EVALUATE', payload: { rating: 'basic' } },
  { col: 'EVu', type: 'EVALUATE', payload: { rating: 'unsatisfied' } },
  { col: 'DCr', type: 'DECIDE', payload: { outcome: 'redo', note: '重办' } },
  { col: 'DCc', type: 'DECIDE', payload: { outcome: 'close', note: '办结' } },
  { col: 'FUT', type: 'FIND_UNTRUE', payload: { reason: '答复与事实不符' } },
  { col: 'SUP', type: 'SUPERVISE', payload: { note: '督办' } },
  { col: 'WRy', type: 'WARN', payload: { level: 'yellow' } },
  { col: 'WRr', type: 'WARN', payload: { level: 'red' } },
  { col: 'TMO', type: 'TIMEOUT', payload: {} },
  // 协办 events: none of these fixtures has an assisting unit (test/cohandling-machine.test.ts walks parts)
  { col: 'PSG', type: 'PART_SIGN', payload: { unitId: OTHER_TOWNSHIP.unitId } },
  { col: 'PRT', type: 'PART_RETURN', payload: { unitId: OTHER_TOWNSHIP.unitId, reason: '非本单位职责' } },
  { col: 'PSB', type: 'PART_SUBMIT', payload: { unitId: OTHER_TOWNSHIP.unitId, text: '协办意见' } },
  { col: 'PRP', type: 'PART_REPLACE', payload: { seq: 0, unit: { ...OTHER_TOWNSHIP, dueAt: '2099-01-01T00:00:00.000Z' } } },
]

/** fixture name → how to reach it; the name before '@' is the display state it must be in */
const FIXTURES: Record<string, () => CaseSnapshot> = {
  intake: fresh,
  triage: registered,
  assigned: atTownship, // chain county → township
  'assigned@top': atTop, // chain county only
  handling: () => signed(atTownship()),
  'handling@top': () => signed(atTop()),
  extensionRequested: () => send(signed(atTownship()), 'REQUEST_EXTENSION', { workingDays: 5, reason: '需勘查' }),
  review: () => replied(signed(atTownship())),
  'review@top': () => replied(signed(atTop())),
  feedback: () => send(replied(signed(atTop())), 'APPROVE_REPLY', {}),
  evaluation: () => roundToEvaluation(registered()),
  'evaluation@redo2': () => {
    let s = registered()
    for (let i = 0; i < 2; i++) s = send(roundToEvaluation(s), 'EVALUATE', { rating: 'unsatisfied' })
    return roundToEvaluation(s)
  },
  decision: () => {
    let s = registered()
    for (let i = 0; i < 3; i++) s = send(roundToEvaluation(s), 'EVALUATE', { rating: 'unsatisfied' })
    return s
  },
  closed: () => send(roundToEvaluation(registered()), 'EVALUATE', { rating: 'satisfied' }),
  rejected: () => send(fresh(), 'REJECT', { reason: '重复' }),
  merged: () => send(registered(), 'MERGE', { intoCaseId: 5 }),
  withdrawn: () => send(signed(atTop()), 'WITHDRAW', { reason: '撤回' }),
}

const CODE: Record<string, string> = {
  int: 'intake',
  tri: 'triage',
  asg: 'assigned',
  hnd: 'handling', // handling.working
  ext: 'extensionRequested',
  rev: 'review',
  fbk: 'feedback',
  evl: 'evaluation',
  dec: 'decision',
  clo: 'closed',
  rej: 'rejected',
  mrg: 'merged',
  wdr: 'withdrawn',
}

// expected display state after each (fixture, variant); '-' = not accepted, nothing changes
const TABLE = `
                   REG REJ MRG WDR DSP ANS SGN RET DLG RQX APX DNX SUB APR RJR SFB EVs EVb EVu DCr DCc FUT SUP WRy WRr TMO PSG PRT PSB PRP
intake             tri rej mrg wdr   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   - int int int   -   -   -   -   -
triage               - rej mrg wdr asg fbk   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   - tri tri tri   -   -   -   -   -
assigned             -   -   - wdr   -   - hnd hnd   -   -   -   -   -   -   -   -   -   -   -   -   -   - asg asg asg   -   -   -   -   -
assigned@top         -   -   - wdr   -   - hnd tri   -   -   -   -   -   -   -   -   -   -   -   -   -   - asg asg asg   -   -   -   -   -
handling             -   -   - wdr   -   -   - hnd asg ext   -   - rev   -   -   -   -   -   -   -   -   - hnd hnd hnd   -   -   -   -   -
handling@top         -   -   - wdr   -   -   - tri asg ext   -   - rev   -   -   -   -   -   -   -   -   - hnd hnd hnd   -   -   -   -   -
extensionRequested   -   -   - wdr   -   -   - hnd asg   - hnd hnd rev   -   -   -   -   -   -   -   -   - ext ext ext   -   -   -   -   -
review               -   -   -   -   -   -   -   -   -   -   -   -   - rev hnd   -   -   -   -   -   -   - rev rev rev   -   -   -   -   -
review@top           -   -   -   -   -   -   -   -   -   -   -   -   - fbk hnd   -   -   -   -   -   -   - rev rev rev   -   -   -   -   -
feedback             -   -   -   -   -   -   -   -   -   -   -   -   -   -   - evl   -   -   -   -   -   - fbk fbk fbk   -   -   -   -   -
evaluation           -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   - clo clo tri   -   -   - evl evl evl clo   -   -   -   -
evaluation@redo2     -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   - clo clo dec   -   -   - evl evl evl clo   -   -   -   -
decision             -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   - tri clo tri dec dec dec   -   -   -   -   -
closed               -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -
rejected             -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -
merged               -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -
withdrawn            -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -   -
`

const [header, ...rows] = TABLE.trim().split('\n').map((line) => line.trim().split(/\s+/))
const expected = new Map(rows.map(([name, ...cells]) => [name, cells]))

t.test('the generated table covers every state and every event', async (t) => {
  t.same(header, VARIANTS.map((v) => v.col), 'columns are the variants, in order')
  t.same([...expected.keys()].sort(), Object.keys(FIXTURES).sort(), 'one row per fixture')
  for (const [name, cells] of expected) {
    t.equal(cells.length, VARIANTS.length, `${name}: one cell per variant`)
    t.ok(cells.every((c) => c === '-' || c in CODE), `${name}: known codes`)
  }
  t.same([...new Set(VARIANTS.map((v) => v.type))].sort(), [...CASE_EVENT_TYPES].sort(), 'every event type is tried')
  const states = new Set(Object.keys(FIXTURES).map((n) => n.split('@')[0]))
  t.same([...states].sort(), Object.values(CODE).sort(), 'every case state has a fixture')
})

for (const [name, build] of Object.entries(FIXTURES)) {
  t.test(`generated: every event in ${name}`, async (t) => {
    const snap = build()
    t.equal(where(snap), name.split('@')[0], 'the fixture is in its state')
    const accepted = acceptedEventTypes(snap)
    const cells = expected.get(name)!
    VARIANTS.forEach((variant, i) => {
      const cell = cells[i]
      const label = `${name} × ${variant.col}`
      const event = eventFor(snap, variant.type, variant.payload as never)
      const [next] = transition(caseMachine, snap, event)
      if (cell === '-') {
        t.notOk(accepted.includes(variant.type), `${label}: not accepted`)
        t.ok(unchanged(snap, next), `${label}: nothing changes`)
        return
      }
      t.ok(accepted.includes(variant.type), `${label}: accepted`)
      t.ok(authorize(snap.context, snap, event, event.actor).ok, `${label}: the fixture actor is authorized`)
      t.ok(allowedEventsFor(snap, event.actor).includes(variant.type), `${label}: allowed for that actor`)
      t.notOk(unchanged(snap, next), `${label}: the snapshot changes`)
      t.equal(where(next), CODE[cell], `${label} → ${CODE[cell]}`)
      if (variant.type === 'WARN') t.equal(supervisionStateOf(next), variant.payload.level, `${label}: warning level`)
      if (variant.type === 'SUPERVISE')
        t.equal(next.context.supervisions.length, snap.context.supervisions.length + 1, `${label}: note appended`)
      if (isFinal(next)) t.equal(supervisionStateOf(next), 'ended', `${label}: supervision ended`)
    })
  })
}

// ---------------------------------------------------------------------------------------------

t.test('authorize: units and roles', async (t) => {
  const tri = registered()
  const ctx = tri.context
  const refused = (code: 'wrong_unit' | 'wrong_role') => ({ ok: false, code })

  t.same(authorize(ctx, tri, { type: 'DISPATCH' }, staff(ROOT, 'dispatcher')), { ok: true })
  t.same(authorize(ctx, tri, { type: 'DISPATCH' }, staff(ROOT, 'supervisor')), { ok: true })
  t.same(authorize(ctx, tri, { type: 'DISPATCH' }, staff(COUNTY.unitId, 'dispatcher')), refused('wrong_unit'))
  t.same(authorize(ctx, tri, { type: 'DISPATCH' }, staff(ROOT, 'officer')), refused('wrong_role'))
  t.same(authorize(ctx, tri, { type: 'REJECT' }, citizen), refused('wrong_role'))
  t.same(authorize(ctx, tri, { type: 'REGISTER' }, staff(ROOT, 'clerk')), { ok: true }, 'a clerk registers what they log (受理)')
  t.same(authorize(ctx, tri, { type: 'REJECT' }, staff(ROOT, 'clerk')), refused('wrong_role'), 'but rejecting is for dispatchers')
  t.same(authorize(ctx, tri, { type: 'ANSWER' }, staff(ROOT, 'operator')), { ok: true }, 'an operator answers a consultation on the spot')

  const h = signed(atTownship())
  t.same(authorize(h.context, h, { type: 'SUBMIT_REPLY' }, staff(TOWNSHIP.unitId, 'officer')), { ok: true })
  t.same(authorize(h.context, h, { type: 'SUBMIT_REPLY' }, staff(OTHER_TOWNSHIP.unitId, 'officer')), refused('wrong_unit'))
  t.same(authorize(h.context, h, { type: 'DELEGATE' }, staff(COUNTY.unitId, 'officer')), refused('wrong_unit'))
  t.same(authorize(h.context, h, { type: 'RETURN' }, staff(TOWNSHIP.unitId, 'inspector')), refused('wrong_role'))
  t.same(authorize(ctx, tri, { type: 'SIGN' }, staff(ROOT, 'officer')), refused('wrong_unit'), 'no current link')

  const r = replied(h)
  t.same(authorize(r.context, r, { type: 'APPROVE_REPLY' }, staff(COUNTY.unitId, 'supervisor')), { ok: true })
  t.same(authorize(r.context, r, { type: 'APPROVE_REPLY' }, staff(COUNTY.unitId, 'dispatcher')), refused('wrong_role'))
  t.same(authorize(r.context, r, { type: 'APPROVE_REPLY' }, staff(ROOT, 'supervisor')), refused('wrong_unit'))
  t.same(authorize(r.context, r, { type: 'REJECT_REPLY' }, staff(TOWNSHIP.unitId, 'supervisor')), refused('wrong_unit'))

  const fb = FIXTURES.feedback()
  for (const role of ['dispatcher', 'operator', 'clerk', 'supervisor'] as Role[])
    t.same(authorize(fb.context, fb, { type: 'SEND_FEEDBACK' }, staff(ROOT, role)), { ok: true }, role)
  t.same(authorize(fb.context, fb, { type: 'SEND_FEEDBACK' }, staff(ROOT, 'officer')), refused('wrong_role'))
  t.same(authorize(fb.context, fb, { type: 'SEND_FEEDBACK' }, staff(COUNTY.unitId, 'operator')), refused('wrong_unit'))

  const ev = FIXTURES.evaluation()
  t.same(authorize(ev.context, ev, { type: 'EVALUATE' }, citizen), { ok: true })
  t.same(authorize(ev.context, ev, { type: 'EVALUATE' }, staff(ROOT, 'operator')), { ok: true })
  t.same(authorize(ev.context, ev, { type: 'EVALUATE' }, staff(ROOT, 'dispatcher')), refused('wrong_role'))
  t.same(authorize(ev.context, ev, { type: 'EVALUATE' }, staff(COUNTY.unitId, 'operator')), refused('wrong_unit'))
  t.same(authorize(ev.context, ev, { type: 'EVALUATE' }, system), refused('wrong_role'))

  t.same(authorize(ctx, tri, { type: 'WITHDRAW' }, citizen), { ok: true })
  t.same(authorize(ctx, tri, { type: 'WITHDRAW' }, staff(ROOT, 'dispatcher')), { ok: true })
  t.same(authorize(ctx, tri, { type: 'WITHDRAW' }, staff(COUNTY.unitId, 'dispatcher')), refused('wrong_unit'))
  t.same(authorize(ctx, tri, { type: 'DECIDE' }, staff(ROOT, 'supervisor')), { ok: true })
  t.same(authorize(ctx, tri, { type: 'DECIDE' }, staff(COUNTY.unitId, 'supervisor')), refused('wrong_unit'))

  t.same(authorize(ctx, tri, { type: 'SUPERVISE' }, staff(INSPECTOR_UNIT, 'inspector')), { ok: true })
  t.same(authorize(ctx, tri, { type: 'SUPERVISE' }, staff(COUNTY.unitId, 'supervisor')), { ok: true })
  t.same(authorize(ctx, tri, { type: 'SUPERVISE' }, staff(ROOT, 'dispatcher')), refused('wrong_role'))
  t.same(authorize(ctx, tri, { type: 'SUPERVISE' }, citizen), refused('wrong_role'))
  t.same(authorize(ctx, tri, { type: 'WARN' }, system), { ok: true })
  t.same(authorize(ctx, tri, { type: 'WARN' }, staff(ROOT, 'admin')), refused('wrong_role'))
  t.same(authorize(ctx, tri, { type: 'TIMEOUT' }, staff(ROOT, 'supervisor')), refused('wrong_role'))
  t.same(authorize(ctx, tri, { type: 'NOPE' }, staff(ROOT, 'admin')), refused('wrong_role'))
})

t.test('allowedEventsFor: what this user may do now', async (t) => {
  const tri = registered()
  t.same(allowedEventsFor(tri, staff(ROOT, 'dispatcher')), ['REJECT', 'MERGE', 'WITHDRAW', 'DISPATCH', 'ANSWER'])
  t.same(allowedEventsFor(tri, staff(ROOT, 'supervisor')), ['REJECT', 'MERGE', 'DISPATCH', 'ANSWER', 'SUPERVISE'])
  t.same(allowedEventsFor(tri, citizen), ['WITHDRAW'])
  t.same(allowedEventsFor(tri, system), ['WARN'])
  t.same(allowedEventsFor(tri, staff(COUNTY.unitId, 'officer')), [])

  const h = signed(atTownship())
  t.same(allowedEventsFor(h, staff(TOWNSHIP.unitId, 'officer')), ['RETURN', 'DELEGATE', 'REQUEST_EXTENSION', 'SUBMIT_REPLY'])
  t.same(allowedEventsFor(h, staff(COUNTY.unitId, 'supervisor')), ['SUPERVISE'])
  t.same(allowedEventsFor(FIXTURES.closed(), staff(ROOT, 'supervisor')), [])
})

t.test('initialSnapshot and nextSnapshot persist exactly what xstate\'s initialTransition and transition do', async (t) => {
  const inputs = [
    { rootUnitId: ROOT, receivedAt: '2026-01-05T00:00:00.000Z', type: 'complaint' as const, urgency: 'normal' as const },
    { rootUnitId: ROOT, receivedAt: '2026-03-02T08:30:00.000Z', type: 'report' as const, urgency: 'critical' as const, category: 'misconduct', divisionCode: '530102', accusedUnitId: 77 },
  ]
  for (const input of inputs) {
    const ours = caseMachine.getPersistedSnapshot(initialSnapshot(input))
    t.same(ours, caseMachine.getPersistedSnapshot(initialTransition(caseMachine, input)[0]), `first snapshot of a ${input.type}`)
    t.equal((ours as unknown as { context: CaseContext }).context.receivedAt, input.receivedAt, 'the input reaches the context')
    // what an intake stores (as JSON, which leaves out the undefined output and error), built without running the machine
    t.same(JSON.parse(JSON.stringify(firstStoredSnapshot(input))), JSON.parse(JSON.stringify(ours)), `stored first snapshot of a ${input.type}`)
    t.equal(caseStateOf(firstStoredSnapshot(input)), 'intake')
  }
  // each call gets its own objects: changing one stored snapshot never changes the next
  const a = firstStoredSnapshot(inputs[0]) as unknown as { value: { case: string }; context: CaseContext }
  a.value.case = 'triage'
  a.context.chain.push({} as never)
  t.same(JSON.parse(JSON.stringify(firstStoredSnapshot(inputs[0]))), JSON.parse(JSON.stringify(caseMachine.getPersistedSnapshot(initialSnapshot(inputs[0])))))
  const register = { type: 'REGISTER', category: 'noise', at: nextAt(), actor: staff(ROOT, 'dispatcher') } as CaseEvent
  const after = nextSnapshot(fresh(), register)
  t.equal(caseStateOf(after), 'triage')
  t.same(caseMachine.getPersistedSnapshot(after), caseMachine.getPersistedSnapshot(transition(caseMachine, fresh(), register)[0]))
})
