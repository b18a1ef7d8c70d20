// Cases: queues, the case page, events through the statechart, routing, reveal (issue 3).
import { http, qs } from './client'
import type { CasePage, CaseState, CaseView, CaseEventType, RoutingSuggestion, IntakeAnswer, ComplaintForm, Channel } from './types'

export type Queue = 'mine' | 'unit' | 'overdue' | 'warning' | 'supervised' | 'all'

export interface CaseQuery {
  queue?: Queue
  state?: CaseState[] | string
  q?: string
  page?: number
  pageSize?: number
}

export type RevealField = 'name' | 'phone' | 'email' | 'idNumber' | 'address'

export const casesApi = {
  list: (query: CaseQuery, signal?: AbortSignal) => http.get<CasePage>('/api/cases' + qs({
    queue: query.queue, state: Array.isArray(query.state) ? query.state.join(',') : query.state,
    q: query.q?.trim(), page: query.page, pageSize: query.pageSize,
  }), { signal }),
  /** How many cases a queue holds (one row fetched). */
  count: async (query: CaseQuery) => (await casesApi.list({ ...query, page: 1, pageSize: 1 })).total,
  get: (id: number) => http.get<CaseView>(`/api/cases/${id}`),
  /** One event through the statechart; the answer is the case as it now is. */
  send: (id: number, type: CaseEventType, payload: Record<string, unknown>, expectedVersion?: number) =>
    http.post<CaseView>(`/api/cases/${id}/events`, { type, ...payload, ...(expectedVersion !== undefined ? { expectedVersion } : {}) }),
  routing: (id: number) => http.get<RoutingSuggestion>(`/api/cases/${id}/routing`),
  /** 补充材料 read by the user's unit: clears "new material" in its queue */
  materialRead: (id: number) => http.post<{ lastMessageId: number }>(`/api/cases/${id}/material/read`, {}),
  reveal: (id: number, field: RevealField, reason: string) => http.post<{ field: RevealField; value: string }>(`/api/cases/${id}/reveal`, { field, reason }),
  /** Operators' and clerks' intake (POST /api/intake/:channel); channels add their own fields. */
  intake: (channel: Channel, form: ComplaintForm, idempotencyKey?: string) =>
    http.post<IntakeAnswer>(`/api/intake/${channel}`, form, idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {}),
}
