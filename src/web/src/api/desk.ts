// The desk's lists (issue 20): filters kept in the URL, saved views, merge suggestions, batch actions, exports.
import { http, qs } from './client'
import type { CasePage, CaseState } from './types'

/** A list's filters as the URL keeps them (the query string of GET /api/cases and of its export). */
export interface ListFilters {
  queue?: string
  state?: string
  q?: string
  channel?: string
  category?: string
  type?: string
  warning?: string
  unit?: string
  from?: string
  to?: string
}
export const FILTER_KEYS = ['queue', 'state', 'q', 'channel', 'category', 'type', 'warning', 'unit', 'from', 'to'] as const

export interface SavedView { id: number; name: string; page: string; query: ListFilters & { tab?: string } }
export interface MergeCandidate { id: number; caseNumber: string; title: string; state: CaseState; receivedAt: string; samePerson: boolean; similarity: number }
export interface ExportJob {
  id: number; kind: string; format: 'xlsx' | 'csv'; filters: Record<string, unknown>; state: 'queued' | 'running' | 'ready' | 'failed' | 'expired'
  rows: number | null; fileName: string | null; byteSize: number | null; createdAt: string; finishedAt: string | null; expiresAt: string | null
}
export interface ExportStarted { mode: 'stream' | 'job'; rows: number; url?: string; job?: ExportJob; message: string; messageEn: string }
export interface BatchResult { done: number; failed: number; results: { id: number; ok: boolean; state?: string; code?: string; message?: string }[] }

/** Only the filters that are set, as strings. */
export function filterParams(f: ListFilters): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of FILTER_KEYS) {
    const v = f[k]
    if (v !== undefined && v !== null && String(v).trim() !== '') out[k] = String(v).trim()
  }
  return out
}

export const deskApi = {
  /** GET /api/cases with every filter */
  list: (f: ListFilters & { page?: number; pageSize?: number }, signal?: AbortSignal) =>
    http.get<CasePage>('/api/cases' + qs({ ...filterParams(f), page: f.page, pageSize: f.pageSize }), { signal }),
  savedViews: (page: string) => http.get<SavedView[]>('/api/saved-views' + qs({ page })),
  saveView: (name: string, page: string, query: Record<string, string>) => http.post<SavedView>('/api/saved-views', { name, page, query }),
  deleteView: (id: number) => http.del<{ ok: true }>(`/api/saved-views/${id}`),
  mergeCandidates: (id: number) => http.get<{ items: MergeCandidate[] }>(`/api/cases/${id}/merge-candidates`),
  batch: (body: { type: 'DISPATCH'; caseIds: number[]; chain: number[] } | { type: 'SUPERVISE'; caseIds: number[]; note: string }) =>
    http.post<BatchResult>('/api/cases/batch', body),
  /** the export's address: the browser downloads it (a plain link carries the session cookie) */
  exportUrl: (format: 'xlsx' | 'csv', f: ListFilters) => '/api/cases/export' + qs({ format, ...filterParams(f) }),
  /** 导出: a short list streams from `url`; a long one becomes a job (我的导出) and the user is told when it is ready */
  startExport: (format: 'xlsx' | 'csv', f: ListFilters) => http.post<ExportStarted>('/api/exports', { format, ...filterParams(f) }),
  exports: () => http.get<{ items: ExportJob[] }>('/api/exports').then((r) => r.items),
  exportFileUrl: (id: number) => `/api/exports/${id}/file`,
  boardExportUrl: (format: 'xlsx' | 'csv', q: { division?: string; from?: string; to?: string }) => '/api/stats/board/export' + qs({ format, ...q }),
}
