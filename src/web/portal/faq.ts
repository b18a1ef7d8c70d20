// 常见问题: the public knowledge base (published articles marked public) and the submit page's count of visits that
// the suggestions ended without a submission. No personal data goes either way.
import { api } from '../src/api/client'
import type { Answer, Item } from '../shared/api'

export type FaqHit = Item<Answer<'/api/public/knowledge/search'>['items']>
export type FaqMark = Item<FaqHit['titleMarks']>
export type FaqArticle = Answer<'/api/public/knowledge/articles/{id}'>

export const faqApi = {
  search: (q: string, limit = 10, signal?: AbortSignal) =>
    api.get('/api/public/knowledge/search', { query: { q, limit }, quiet: true, signal }),
  article: (id: number) => api.get('/api/public/knowledge/articles/{id}', { path: { id }, quiet: true }),
  /** once per visit of the submit page on which suggestions were shown */
  visit: (outcome: 'left' | 'submitted') => {
    const body = JSON.stringify({ outcome })
    if (navigator.sendBeacon?.('/api/public/knowledge/visits', new Blob([body], { type: 'application/json' }))) return
    void fetch('/api/public/knowledge/visits', { method: 'POST', body, headers: { 'content-type': 'application/json' }, keepalive: true }).catch(() => {})
  },
}
