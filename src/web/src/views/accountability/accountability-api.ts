// 问责 (issue 22, art. 8): inspectors' records (list, one, decide) and admins' responsible people per unit.
import { http, qs } from '../../api/client'

export type Trigger = 'late_close' | 'untrue_reply' | 'unanswered_notice'
export type Decision = 'no_action' | 'reminder_talk' | 'circulated_criticism' | 'referred'
export type ResponsibleRole = 'responsible' | 'in_charge' | 'principal'
export interface PersonOfDay { name: string; title: string | null; validFrom: string }

export interface AccountabilityRecord {
  id: number; unit: { id: number; name: string; level: string }; caseId: number | null; noticeId: number | null
  trigger: Trigger; triggerLabel: string; openedAt: string | null; facts: Record<string, any>
  people: { day: string | null; items: { role: ResponsibleRole; roleLabel: string; person: PersonOfDay | null }[] }
  state: 'open' | 'decided'; stateLabel: string; decision: Decision | null; decisionLabel: string | null
  reason: string | null; decidedBy: string | null; decidedAt: string | null
}
type Page = { total: number; page: number; pageSize: number; items: AccountabilityRecord[] }

export interface ResponsiblePerson { id: number; role: ResponsibleRole; roleLabel: string; name: string; title: string | null; validFrom: string; validTo: string | null }
/** `mayKeep`: you may enter and end terms here (the admins above the unit; never its own). `mayCorrect`: past terms too (city admins, with a reason). */
export interface PeopleOfUnit { unitId: number; day: string; inOffice: Record<ResponsibleRole, PersonOfDay | null>; history: ResponsiblePerson[]; mayKeep: boolean; mayCorrect: boolean }

export const accountabilityApi = {
  list: (q: { state?: 'open' | 'decided'; trigger?: Trigger; page?: number }) => http.get<Page>('/api/accountability/records' + qs(q)),
  get: (id: number) => http.get<AccountabilityRecord>(`/api/accountability/records/${id}`),
  decide: (id: number, decision: Decision, reason: string) => http.post<AccountabilityRecord>(`/api/accountability/records/${id}/decision`, { decision, reason }),
  people: (unitId: number, on?: string) => http.get<PeopleOfUnit>(`/api/admin/units/${unitId}/responsible-people` + qs({ on })),
  addPerson: (unitId: number, body: { role: ResponsibleRole; name: string; title?: string; validFrom: string; correctionReason?: string }) => http.post<ResponsiblePerson>(`/api/admin/units/${unitId}/responsible-people`, body),
  endPerson: (id: number, validTo: string, correctionReason?: string) => http.post<ResponsiblePerson>(`/api/admin/responsible-people/${id}/end`, { validTo, correctionReason }),
}
