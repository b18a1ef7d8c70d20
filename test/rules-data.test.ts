// Who may send each event and the step limits are data (issue 23): authorize() and the clocks answer from the same
// tables the process chart prints (src/cases/permissions.ts, DEADLINE_RULES in src/calendar/deadlines.ts).
import t from 'tap'
import { ROLES } from '../src/auth/roles.js'
import { authorize } from '../src/cases/authorize.js'
import { deriveColumns } from '../src/cases/derive.js'
import { CASE_EVENT_TYPES, initialSnapshot, nextSnapshot, type Actor, type CaseEvent, type CaseSnapshot } from '../src/cases/machine.js'
import { EVENT_PERMISSIONS } from '../src/cases/permissions.js'
import { DEADLINE_RULES, stepDue } from '../src/calendar/deadlines.js'
import { WorkCalendar } from '../src/calendar/workdays.js'

const ROOT = 1, COUNTY = 2, TOWNSHIP = 3, OTHER = 9
const at = '2026-03-02T01:00:00.000Z'
const staff = (unitId: number, role: (typeof ROLES)[number]): Actor => ({ kind: 'staff', userId: 1, unitId, role })
const system: Actor = { kind: 'system' }

function handlingAtTownship(urgency: 'normal' | 'urgent' = 'normal'): CaseSnapshot {
  let s = initialSnapshot({ rootUnitId: ROOT, receivedAt: at, type: 'complaint', urgency })
  const ev = (e: Record<string, unknown>, actor: Actor) => { s = nextSnapshot(s, { at, actor, ...e } as CaseEvent) }
  ev({ type: 'REGISTER', category: 'other' }, staff(ROOT, 'dispatcher'))
  ev({ type: 'DISPATCH', chain: [{ unitId: COUNTY, level: 'county' }, { unitId: TOWNSHIP, level: 'township' }] }, staff(ROOT, 'dispatcher'))
  ev({ type: 'SIGN' }, staff(TOWNSHIP, 'officer'))
  return s
}

t.test('every event type has a row, and authorize() answers exactly what the row says', async (t) => {
  const s = handlingAtTownship()
  const unitOf = { root: ROOT, currentLink: TOWNSHIP, reviewer: COUNTY } as Record<string, number>
  for (const type of CASE_EVENT_TYPES) {
    const rule = EVENT_PERMISSIONS[type]
    t.ok(rule, `${type} has a row`)
    t.match(rule.label, /\p{Script=Han}/u, `${type} has a Chinese label`)
    for (const role of ROLES) {
      for (const unit of [ROOT, COUNTY, TOWNSHIP, OTHER]) {
        const expected = rule.unit === 'system' ? false
          : rule.unit === 'anyUnit' ? rule.roles.includes(role)
            : unit === unitOf[rule.unit] && rule.roles.includes(role)
        t.equal(authorize(s.context, s, { type }, staff(unit, role)).ok, expected, `${type} by ${role} of unit ${unit}`)
      }
    }
    t.equal(authorize(s.context, s, { type }, system).ok, rule.unit === 'system', `${type} by the system`)
    t.equal(authorize(s.context, s, { type }, { kind: 'citizen' }).ok, rule.citizen === true, `${type} by the complainant`)
  }
  t.equal(authorize(s.context, s, { type: 'NO_SUCH_EVENT' }, staff(ROOT, 'admin')).ok, false, 'an unknown type is refused')
})

t.test('the handling clock is the rule of DEADLINE_RULES, by urgency', async (t) => {
  const cal = new WorkCalendar()
  for (const urgency of ['normal', 'urgent'] as const) {
    const s = handlingAtTownship(urgency)
    const d = deriveColumns(cal, s, new Date(at), null)
    const days = DEADLINE_RULES.steps.handling.days[urgency]
    t.equal(d.linkDueAt?.toISOString(), cal.addWorkingDays(new Date(at), days).toISOString(), `${urgency}: ${days} working days`)
    t.equal(d.linkDueAt?.toISOString(), stepDue(cal, 'handling', { stepStart: new Date(at), signed: new Date(at) }, { urgency, isReport: false })?.toISOString())
  }
  const longer = { ...DEADLINE_RULES, steps: { ...DEADLINE_RULES.steps, handling: { ...DEADLINE_RULES.steps.handling, days: { normal: 10, urgent: 3, critical: 1 } } } }
  t.equal(stepDue(cal, 'handling', { stepStart: new Date(at) }, { urgency: 'normal', isReport: false }, longer)?.toISOString(),
    cal.addWorkingDays(new Date(at), 10).toISOString(), 'a changed rule changes the limit')
  t.equal(stepDue(cal, 'triage', { stepStart: new Date(at) }, { urgency: 'normal', isReport: true })?.toISOString(),
    cal.addWorkingDays(new Date(at), 15).toISOString(), 'a report is accepted within 15 working days')
  t.equal(stepDue(cal, 'closed', { stepStart: new Date(at) }, { urgency: 'normal', isReport: false }), null, 'a final state has no clock')
})
