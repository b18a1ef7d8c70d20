// The desk's lists (issue 20): filters kept in the URL, saved views, merge suggestions, batch actions, exports.
import { api, qs } from './client'
import type { Answer, Body, Query } from '../../shared/api'

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

export type SavedView = Answer<'/api/saved-views'>[number]
export type MergeCandidate = Answer<'/api/cases/{id}/merge-candidates'>['items'][number]
export type ExportJob = Answer<'/api/exports'>['items'][number]
export type ExportStarted = Answer<'/api/exports', 'post'>
export type BatchResult = Answer<'/api/cases/batch', 'post'>

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
    api.get('/api/cases', { query: { ...filterParams(f), page: f.page, pageSize: f.pageSize } as Query<'/api/cases'>, signal }),
  savedViews: (page: string) => api.get('/api/saved-views', { query: { page } }),
  saveView: (name: string, page: string, query: Record<string, string>) => api.post('/api/saved-views', { name, page, query }),
  deleteView: (id: number) => api.del('/api/saved-views/{id}', { path: { id } }),
  mergeCandidates: (id: number) => api.get('/api/cases/{id}/merge-candidates', { path: { id } }),
  batch: (body: Body<'/api/cases/batch'>) => api.post('/api/cases/batch', body),
  /** the export's address: the browser downloads it (a plain link carries the session cookie) */
  exportUrl: (format: 'xlsx' | 'csv', f: ListFilters) => '/api/cases/export' + qs({ format, ...filterParams(f) }),
  /** 导出: a short list streams from `url`; a long one becomes a job (我的导出) and the user is told when it is ready */
  startExport: (format: 'xlsx' | 'csv', f: ListFilters) => api.post('/api/exports', { format, ...filterParams(f) }),
  exports: () => api.get('/api/exports').then((r) => r.items),
  exportFileUrl: (id: number) => `/api/exports/${id}/file`,
  boardExportUrl: (format: 'xlsx' | 'csv', q: { division?: string; from?: string; to?: string }) => '/api/stats/board/export' + qs({ format, ...q }),
}
