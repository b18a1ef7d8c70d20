// 督办单 (issue 22): lists, one case's notices, issue, acknowledge, answer, print.
import { api } from '../../api/client'
import type { Answer, Body } from '../../../shared/api'

export type Notice = Answer<'/api/supervision/notices/{id}'>

export const noticesApi = {
  list: (box: 'received' | 'issued' | 'all', page = 1) => api.get('/api/supervision/notices', { query: { box, page } }),
  ofCase: (caseId: number) => api.get('/api/supervision/notices', { query: { caseId, pageSize: 100 } }),
  get: (id: number) => api.get('/api/supervision/notices/{id}', { path: { id } }),
  issue: (caseId: number, body: Body<'/api/cases/{id}/notices'>) => api.post('/api/cases/{id}/notices', body, { path: { id: caseId } }),
  acknowledge: (id: number) => api.post('/api/supervision/notices/{id}/acknowledge', {}, { path: { id } }),
  answer: (id: number, answer: string) => api.post('/api/supervision/notices/{id}/answer', { answer }, { path: { id } }),
  printUrl: (id: number) => `/api/supervision/notices/${id}/print`,
}
