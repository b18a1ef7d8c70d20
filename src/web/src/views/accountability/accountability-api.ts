// 问责 (issue 22, art. 8): inspectors' records (list, one, decide) and admins' responsible people per unit.
import { api } from '../../api/client'
import type { Answer, Body, Query } from '../../../shared/api'

/** `facts` differ by trigger and the schema keeps them open: the page reads them as the record's trigger says. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AccountabilityRecord = Answer<'/api/accountability/records/{id}'> & { facts: Record<string, any> }
export type Trigger = AccountabilityRecord['trigger']
export type Decision = NonNullable<AccountabilityRecord['decision']>
export type PeopleOfUnit = Answer<'/api/admin/units/{unitId}/responsible-people'>
/** `mayKeep`: you may enter and end terms here (the admins above the unit; never its own). `mayCorrect`: past terms too (city admins, with a reason). */
export type ResponsiblePerson = PeopleOfUnit['history'][number]
export type ResponsibleRole = ResponsiblePerson['role']
export type PersonOfDay = NonNullable<PeopleOfUnit['inOffice'][ResponsibleRole]>

export const accountabilityApi = {
  list: (q: Query<'/api/accountability/records'>) => api.get('/api/accountability/records', { query: q }),
  get: (id: number) => api.get('/api/accountability/records/{id}', { path: { id } }),
  decide: (id: number, decision: Decision, reason: string) => api.post('/api/accountability/records/{id}/decision', { decision, reason }, { path: { id } }),
  people: (unitId: number, on?: string) => api.get('/api/admin/units/{unitId}/responsible-people', { path: { unitId }, query: { on } }),
  addPerson: (unitId: number, body: Body<'/api/admin/units/{unitId}/responsible-people'>) => api.post('/api/admin/units/{unitId}/responsible-people', body, { path: { unitId } }),
  endPerson: (id: number, validTo: string, correctionReason?: string) => api.post('/api/admin/responsible-people/{id}/end', { validTo, correctionReason }, { path: { id } }),
}
