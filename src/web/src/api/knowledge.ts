// 知识库 (src/knowledge): search while the caller talks, articles and their review, answers given from them, the
// knowledge-gap list and 直接答复率.
import { http, type RequestOptions } from './client'

export interface Mark { text: string; hit: boolean }
export interface KnowledgeHit { id: number; version: number; title: string; titleMarks: Mark[]; snippet: Mark[]; category: string | null; ownerUnitId: number; isPublic: boolean; score: number }
export type ArticleState = 'draft' | 'review' | 'published' | 'expired'
export interface ArticleVersion {
  version: number; title: string; questions: string[]; answer: string; attachments: { name: string; url: string }[]; category: string | null
  source: string | null; keywords: string[]; effectiveFrom: string | null; effectiveUntil: string | null; isPublic: boolean; createdAt: string
}
export interface ArticleDetail {
  id: number; state: ArticleState; stateLabel: string; version: number; publishedVersion: number | null; ownerUnit: { id: number; name: string }
  shown: ArticleVersion; answerHtml: string; answerText: string; may: { edit: boolean; review: boolean }
  versions: { version: number; title: string; createdAt: string }[]
}
export interface ArticleListItem {
  id: number; title: string; state: ArticleState; stateLabel: string; version: number; publishedVersion: number | null; isPublic: boolean
  category: string | null; effectiveFrom: string | null; effectiveUntil: string | null; ownerUnit: { id: number; name: string }; updatedAt: string
}
export interface ArticleInput {
  title: string; questions: string[]; answer: string; category: string | null; source: string | null; keywords: string[]
  effectiveFrom: string | null; effectiveUntil: string | null; isPublic: boolean; attachments: { name: string; url: string }[]
}
export interface GapGroup { size: number; words: string[]; cases: { id: number; caseNumber: string; title: string; receivedAt: string; noAnswerMark: boolean }[] }
export interface RateRow { key: string; label: string; calls: number; answered: number; rate: number | null }

const q = (o: Record<string, string | number | undefined>) => new URLSearchParams(Object.entries(o).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)])).toString()

export const knowledgeApi = {
  search: (text: string, opts: Pick<RequestOptions, 'signal' | 'quiet'> = {}) => http.get<{ items: KnowledgeHit[] }>(`/api/knowledge/search?${q({ q: text, limit: 5 })}`, opts),
  list: (filter: { state?: ArticleState; q?: string } = {}) => http.get<{ items: ArticleListItem[] }>(`/api/knowledge/articles?${q(filter)}`),
  get: (id: number, version?: number) => http.get<ArticleDetail>(`/api/knowledge/articles/${id}${version ? `?version=${version}` : ''}`),
  create: (body: ArticleInput) => http.post<{ id: number }>('/api/knowledge/articles', body),
  update: (id: number, body: ArticleInput) => http.put<{ id: number; version: number }>(`/api/knowledge/articles/${id}`, body),
  act: (id: number, action: 'submit' | 'publish' | 'reject' | 'expire', reason?: string) => http.post<{ state: ArticleState }>(`/api/knowledge/articles/${id}/${action}`, reason ? { reason } : {}),
  use: (caseId: number, body: { kind: 'answered'; articleId: number; version: number; sendLink?: boolean } | { kind: 'no_answer' }) => http.post('/api/knowledge/uses', { caseId, ...body }),
  gaps: (from?: string, to?: string) => http.get<{ groups: GapGroup[] }>(`/api/knowledge/gaps?${q({ from, to })}`),
  directRate: (groupBy: 'month' | 'day' | 'operator' | 'category', from?: string, to?: string) => http.get<{ rows: RateRow[] }>(`/api/knowledge/direct-rate?${q({ groupBy, from, to })}`),
  reminders: () => http.get<{ items: { articleId: number; title: string; effectiveUntil: string }[] }>('/api/knowledge/reminders'),
}
