// 常见问题: the public knowledge base (published articles marked public) and the submit page's count of visits that
// the suggestions ended without a submission. No personal data goes either way.
import { request } from '../src/api/client'

export interface FaqMark { text: string; hit: boolean }
export interface FaqHit { id: number; title: string; titleMarks: FaqMark[]; snippet: FaqMark[]; category: string | null }
export interface FaqArticle {
  id: number; title: string; questions: string[]; answerHtml: string; attachments: { name: string; url: string }[]
  category: string | null; source: string | null; effectiveFrom: string | null; effectiveUntil: string | null
}

export const faqApi = {
  search: (q: string, limit = 10, signal?: AbortSignal) =>
    request<{ items: FaqHit[] }>('GET', `/api/public/knowledge/search?${new URLSearchParams({ q, limit: String(limit) })}`, undefined, { quiet: true, signal }),
  article: (id: number) => request<FaqArticle>('GET', `/api/public/knowledge/articles/${id}`, undefined, { quiet: true }),
  /** once per visit of the submit page on which suggestions were shown */
  visit: (outcome: 'left' | 'submitted') => {
    const body = JSON.stringify({ outcome })
    if (navigator.sendBeacon?.('/api/public/knowledge/visits', new Blob([body], { type: 'application/json' }))) return
    void fetch('/api/public/knowledge/visits', { method: 'POST', body, headers: { 'content-type': 'application/json' }, keepalive: true }).catch(() => {})
  },
}
