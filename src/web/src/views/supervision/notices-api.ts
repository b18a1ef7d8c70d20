// 督办单 (issue 22): lists, one case's notices, issue, acknowledge, answer, print.
import { http, qs } from '../../api/client'

export interface Notice {
  id: number; number: string; caseId: number; caseNumber: string; unit: { id?: number; name: string }
  status: 'issued' | 'acknowledged' | 'answered' | 'escalated'; statusLabel: string
  reason: string; requiredAction: string; dueAt: string | null; createdAt: string | null; answeredAt: string | null; automatic: boolean
  answer?: string | null; issuerUnit?: string; issuer?: string
}
type Page = { total: number; page: number; pageSize: number; items: Notice[] }

export const noticesApi = {
  list: (box: 'received' | 'issued' | 'all', page = 1) => http.get<Page>('/api/supervision/notices' + qs({ box, page })),
  ofCase: (caseId: number) => http.get<Page>('/api/supervision/notices' + qs({ caseId, pageSize: 100 })),
  get: (id: number) => http.get<Notice>(`/api/supervision/notices/${id}`),
  issue: (caseId: number, body: { unitId: number; reason: string; requiredAction: string; workingDays: number }) => http.post<Notice>(`/api/cases/${caseId}/notices`, body),
  acknowledge: (id: number) => http.post<Notice>(`/api/supervision/notices/${id}/acknowledge`, {}),
  answer: (id: number, answer: string) => http.post<Notice>(`/api/supervision/notices/${id}/answer`, { answer }),
  printUrl: (id: number) => `/api/supervision/notices/${id}/print`,
}
