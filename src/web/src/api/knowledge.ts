// 知识库 (src/knowledge): search while the caller talks, articles and their review, answers given from them, the
// knowledge-gap list and 直接答复率.
import { api, type RequestOptions } from './client'
import type { Answer, Body, Query } from '../../shared/api'

export type KnowledgeHit = Answer<'/api/knowledge/search'>['items'][number]
export type Mark = KnowledgeHit['snippet'][number]
export type ArticleDetail = Answer<'/api/knowledge/articles/{id}'>
export type ArticleState = ArticleDetail['state']
export type ArticleVersion = ArticleDetail['shown']
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
}
