// The portal's calls to the public API. JSON calls go through the console's fetch client (no session or
// CSRF here: it sends neither without a sign-in); uploads (the submission, added material) use XHR for their progress.
import { api, ApiError, type ApiErrorBody } from '../src/api/client'
import type { Answer, AnswerAt, Body, Query } from '../shared/api'

export { ApiError }

/** The citizen's form (POST /api/complaints, its `data` part when files go with it). */
export type ComplaintForm = Body<'/api/complaints'>
export type ComplaintType = ComplaintForm['type']
export type ReplyChannel = NonNullable<ComplaintForm['preferredChannel']>
export type SubmitAnswer = Answer<'/api/complaints', 'post'>
export type AddedMaterial = Answer<'/api/track/{code}/messages', 'post'>

export type DivisionDetail = Answer<'/api/divisions/{code}'>
export type Division = DivisionDetail['path'][number]
/** found, ambiguous or outside (200), or not found (404) */
export type ResolveAnswer = Answer<'/api/divisions/resolve'> | AnswerAt<'/api/divisions/resolve', 'get', 404>

export type TrackView = Answer<'/api/track/{code}'>
export type Rating = Body<'/api/track/{code}/evaluation'>['rating']
export type PublicStep = TrackView['steps'][number]

export type PublicStats = Answer<'/api/public/stats'>
export type Figures = PublicStats['total']
export type Count = Figures['received']
/** A day's audit anchor (GET /api/public/anchors): a root over every record chain, kept by inspectors. */
export type AuditAnchor = Answer<'/api/public/anchors'>['anchors'][number]

// every error is shown by the page that made the call, beside its form
const quiet = { quiet: true }

const divisionCache = new Map<string, Promise<DivisionDetail>>()

export const portalApi = {
  division(code: string): Promise<DivisionDetail> {
    let p = divisionCache.get(code)
    if (!p) {
      p = api.get('/api/divisions/{code}', { path: { code }, ...quiet })
      p.catch(() => divisionCache.delete(code))
      divisionCache.set(code, p)
    }
    return p
  },
  resolve: (address: string, signal?: AbortSignal) =>
    api.get('/api/divisions/resolve', { query: { address }, ...quiet, signal }).then((r): ResolveAnswer => r)
      .catch((e) => { if (e instanceof ApiError && e.status === 404) return { status: 'not_found' } as ResolveAnswer; throw e }),

  /** The PIN travels only in a header; the page's own URL never holds the code or the PIN. */
  track: (code: string, pin: string) =>
    api.get('/api/track/{code}', { path: { code }, ...quiet, headers: { 'x-tracking-pin': pin } }),
  evaluate: (code: string, pin: string, rating: Rating, comment: string) =>
    api.post('/api/track/{code}/evaluation', { rating, ...(comment ? { comment } : {}) }, { path: { code }, ...quiet, headers: { 'x-tracking-pin': pin } }),

  stats: (query: Query<'/api/public/stats'>) => api.get('/api/public/stats', { query, ...quiet }),

  anchors: (limit = 7) => api.get('/api/public/anchors', { query: { limit }, ...quiet }),
}

/** A fresh key per submission attempt: a retry of the same attempt reuses it, so the case is created once. */
export function newIdempotencyKey(): string {
  // crypto.randomUUID needs a secure context; getRandomValues works on plain http too
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return 'web-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** POST /api/complaints as multipart (`data` JSON + `files`), reporting upload progress (0–100). */
export function submitComplaint(form: ComplaintForm, files: File[], key: string, onProgress: (percent: number) => void): Promise<SubmitAnswer> {
  return postForm<SubmitAnswer>('/api/complaints', form, files, { 'idempotency-key': key }, onProgress)
}

/** 补充材料 on the open case: text and files as multipart; the PIN only in its header. */
export function addMaterial(code: string, pin: string, text: string, files: File[], onProgress: (percent: number) => void) {
  return postForm<AddedMaterial>(
    `/api/track/${encodeURIComponent(code)}/messages`, { text }, files, { 'x-tracking-pin': pin }, onProgress)
}

/** A multipart POST (`data` JSON + `files`) through XHR, which reports the upload's progress (fetch does not). */
function postForm<T>(url: string, data: unknown, files: File[], headers: Record<string, string>, onProgress: (percent: number) => void): Promise<T> {
  const body = new FormData()
  body.append('data', JSON.stringify(data))
  for (const f of files) body.append('files', f, f.name)
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.setRequestHeader('accept', 'application/json')
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value)
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100)) }
    xhr.onerror = () => reject(new ApiError(0, { code: 'network', message: '网络连接失败，请检查网络后重试', messageEn: 'Network error; check the connection and try again' }))
    xhr.onload = () => {
      let answer: unknown = null
      try { answer = xhr.responseText ? JSON.parse(xhr.responseText) : null } catch { /* not JSON: a proxy's page */ }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(answer as T)
      const err = (answer as { error?: ApiErrorBody } | null)?.error
      reject(new ApiError(xhr.status, err && typeof err === 'object' ? err : {
        code: `http_${xhr.status}`, message: `提交失败（${xhr.status}）`, messageEn: `Request failed (${xhr.status})`,
        requestId: xhr.getResponseHeader('x-request-id') ?? undefined,
      }))
    }
    xhr.send(body)
  })
}
