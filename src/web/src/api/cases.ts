// Cases: queues, the case page, events through the statechart, routing, reveal (issue 3).
import { api, ApiError } from './client'
import type { Answer, Body, Query } from '../../shared/api'
import type { CaseState, CaseEventType, CaseView, Channel } from './types'

export type Queue = NonNullable<Query<'/api/cases'>['queue']>

export interface CaseQuery {
  queue?: Queue
  state?: CaseState[] | string
  q?: string
  page?: number
  pageSize?: number
}

export type RevealField = Body<'/api/cases/{id}/reveal'>['field']

/**
 * An event's answer is the case as it now is, or `{ visible: false }` when the event moved it out of the sender's sight
 * (a report that reached their own unit's accusers): the page cannot show it any more, which reads as a 404.
 */
function inSight(answer: Answer<'/api/cases/{id}/events', 'post'>): CaseView {
  if (answer.visible === false) {
    throw new ApiError(404, { code: 'case_not_found', message: '该诉求已移出您的查看范围', messageEn: 'The case has moved out of your sight' })
  }
  return answer as CaseView
}

export const casesApi = {
  list: (query: CaseQuery, signal?: AbortSignal) => api.get('/api/cases', {
    query: {
      queue: query.queue, state: Array.isArray(query.state) ? query.state.join(',') : query.state,
      q: query.q?.trim() || undefined, page: query.page, pageSize: query.pageSize,
    },
    signal,
  }),
  /** How many cases a queue holds (one row fetched). */
  count: async (query: CaseQuery) => (await casesApi.list({ ...query, page: 1, pageSize: 1 })).total,
  get: (id: number) => api.get('/api/cases/{id}', { path: { id } }),
  /** One event through the statechart; the answer is the case as it now is. */
  send: async (id: number, type: CaseEventType, payload: Record<string, unknown>, expectedVersion?: number): Promise<CaseView> =>
    inSight(await api.post('/api/cases/{id}/events', { type, ...payload, ...(expectedVersion !== undefined ? { expectedVersion } : {}) } as Body<'/api/cases/{id}/events'>, { path: { id } })),
  routing: (id: number) => api.get('/api/cases/{id}/routing', { path: { id } }),
  /** 补充材料 read by the user's unit: clears "new material" in its queue */
  materialRead: (id: number) => api.post('/api/cases/{id}/material/read', {}, { path: { id } }),
  reveal: (id: number, field: RevealField, reason: string) => api.post('/api/cases/{id}/reveal', { field, reason }, { path: { id } }),
  /** Operators' and clerks' intake (POST /api/intake/:channel); channels add their own fields. */
  intake: (channel: Channel, form: Body<'/api/intake/{channel}'>, idempotencyKey?: string) =>
    api.post('/api/intake/{channel}', form, { path: { channel }, ...(idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {}) }),
}
