// 知识库 (src/knowledge): search while the caller talks, articles and their review, answers given from them, the
// knowledge-gap list and 直接答复率.
import { api, http, type RequestOptions } from './client'
import type { Answer, Body, Query } from '../../shared/api'

export type KnowledgeHit = Answer<'/api/knowledge/search'>['items'][number]
export type Mark = KnowledgeHit['snippet'][number]
export type ArticleDetail = Answer<'/api/knowledge/articles/{id}'>
export type ArticleState = ArticleDetail['state']
export type ArticleVersion = ArticleDetail['shown']
export type ArticleFile = ArticleVersion['files'][number]
export type ArticleFiles = Answer<'/api/knowledge/articles/{id}/files', 'post'>
export type ArticleListItem = Answer<'/api/knowledge/articles'>['items'][number]
export type ArticleInput = Body<'/api/knowledge/articles'>
export type GapGroup = Answer<'/api/knowledge/gaps'>['groups'][number]
export type RateRow = Answer<'/api/knowledge/direct-rate'>['rows'][number]
export type Reminder = Answer<'/api/knowledge/reminders'>['items'][number]

export const knowledgeApi = {
  search: (text: string, opts: Pick<RequestOptions, 'signal' | 'quiet'> = {}) => api.get('/api/knowledge/search', { query: { q: text, limit: 5 }, ...opts }),
  /** the state as the filter's select holds it (the route checks it against ArticleState) */
  list: (filter: { state?: string; q?: string } = {}) => api.get('/api/knowledge/articles', { query: filter as Query<'/api/knowledge/articles'> }),
  get: (id: number, version?: number) => api.get('/api/knowledge/articles/{id}', { path: { id }, query: version ? { version } : {} }),
  create: (body: ArticleInput) => api.post('/api/knowledge/articles', body),
  update: (id: number, body: ArticleInput) => api.put('/api/knowledge/articles/{id}', body, { path: { id } }),
  act: (id: number, action: 'submit' | 'publish' | 'reject' | 'expire', reason?: string) =>
    api.post(`/api/knowledge/articles/{id}/${action}`, reason ? { reason } : {}, { path: { id } }),
  use: (caseId: number, body: { kind: 'answered'; articleId: number; version: number; sendLink?: boolean } | { kind: 'no_answer' }) =>
    api.post('/api/knowledge/uses', { caseId, ...body } as Body<'/api/knowledge/uses'>),
  gaps: (from?: string, to?: string) => api.get('/api/knowledge/gaps', { query: { from, to } }),
  directRate: (groupBy: NonNullable<Query<'/api/knowledge/direct-rate'>['groupBy']>, from?: string, to?: string) =>
    api.get('/api/knowledge/direct-rate', { query: { groupBy, from, to } }),
  reminders: () => api.get('/api/knowledge/reminders'),
  /** 附件: files go to the article's draft (a published article gets a new draft version); typed by content on the server */
  uploadFiles(id: number, files: File[]): Promise<ArticleFiles> {
    const body = new FormData()
    for (const f of files) body.append('files', f, f.name)
    return http.post<ArticleFiles>(`/api/knowledge/articles/${id}/files`, body)
  },
  removeFile: (id: number, fileId: number) => api.del('/api/knowledge/articles/{id}/files/{fileId}', { path: { id, fileId } }),
}

/** 12.3 KB, 1.2 MB: a file's size as a list shows it. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** What a file is, by its detected type, in a word the staff know. */
export function fileKind(mime: string): string {
  if (mime === 'application/pdf') return 'PDF'
  if (mime.includes('word')) return 'Word'
  if (mime.includes('excel') || mime.includes('spreadsheet')) return 'Excel'
  if (mime.startsWith('image/')) return mime.slice(6).toUpperCase()
  return mime
}
