// The portal's calls to the public API. JSON calls go through the console's fetch client (no session or
// CSRF here: it sends neither without a sign-in); uploads (the submission, added material) use XHR for their progress.
import { ApiError, qs, request, type ApiErrorBody } from '../src/api/client'

export { ApiError }

export type ComplaintType = 'complaint' | 'report' | 'request' | 'consultation' | 'suggestion'
export type ReplyChannel = 'sms' | 'email' | 'phone' | 'letter'
export type Rating = 'satisfied' | 'basic' | 'unsatisfied'

export interface ComplaintForm {
  type: ComplaintType
  title?: string
  content: string
  address?: string
  divisionCode?: string
  complainant: { anonymous: true } | { anonymous: false; name: string; phone?: string; email?: string; address?: string }
  preferredChannel?: ReplyChannel
}

export interface SubmitAnswer {
  id: number
  caseNumber: string
  trackingCode: string
  pin: string
  state: string
  next: string
}

export interface Division { code: string; name: string; level: 'city' | 'county' | 'township' | 'village' }
export interface DivisionDetail extends Division { parentCode: string | null; path: Division[]; children: Division[] }
export type ResolveAnswer =
  | { status: 'found'; division: Division; path: Division[] }
  | { status: 'ambiguous'; message: string; messageEn: string; candidates: { division: Division; path: Division[] }[] }
  /** the address names another province or city (外地) */
  | { status: 'outside'; place: string; message: string; messageEn: string }
  | { status: 'not_found' }

export interface PublicStep { at: string; title: string; detail: string | null }
export interface TrackView {
  caseNumber: string
  title: string
  type: ComplaintType
  typeLabel: string
  channel: string
  channelLabel: string
  receivedAt: string
  state: string
  stateLabel: string
  handling: { level: string; levelLabel: string; unit: string } | null
  deadline: string | null
  rejectReason: string | null
  result: { text: string; resolved: boolean | null; at: string } | null
  evaluation: { rating: Rating; at: string } | null
  canEvaluate: boolean
  canAddMaterial: boolean
  steps: PublicStep[]
}

export type Count = number | '<5'

/** A day's audit anchor (GET /api/public/anchors): a root over every record chain, kept by inspectors. */
export interface AuditAnchor { day: string; cutoff: string; chains: number; rows: number; root: string; prevRoot: string | null }
export interface Figures {
  received: Count
  accepted: Count
  closed: Count
  onTime: Count
  rates: { response: number | null; resolution: number | null; satisfaction: number | null; onTime: number | null }
}
export interface PublicStats {
  from: string | null
  to: string | null
  division: string | null
  groupBy: string | null
  total: Figures
  groups: (Figures & { key: string; label: string })[]
  note: string
}

// every error is shown by the page that made the call, beside its form
const quiet = { quiet: true }

const divisionCache = new Map<string, Promise<DivisionDetail>>()

export const portalApi = {
  division(code: string): Promise<DivisionDetail> {
    let p = divisionCache.get(code)
    if (!p) {
      p = request<DivisionDetail>('GET', `/api/divisions/${code}`, undefined, quiet)
      p.catch(() => divisionCache.delete(code))
      divisionCache.set(code, p)
    }
    return p
  },
  resolve: (address: string, signal?: AbortSignal) =>
    request<ResolveAnswer>('GET', '/api/divisions/resolve' + qs({ address }), undefined, { ...quiet, signal })
      .catch((e) => { if (e instanceof ApiError && e.status === 404) return { status: 'not_found' } as ResolveAnswer; throw e }),

  /** The PIN travels only in a header; the page's own URL never holds the code or the PIN. */
  track: (code: string, pin: string) =>
    request<TrackView>('GET', `/api/track/${encodeURIComponent(code)}`, undefined, { ...quiet, headers: { 'x-tracking-pin': pin } }),
  evaluate: (code: string, pin: string, rating: Rating, comment: string) =>
    request<TrackView>('POST', `/api/track/${encodeURIComponent(code)}/evaluation`, { rating, ...(comment ? { comment } : {}) }, { ...quiet, headers: { 'x-tracking-pin': pin } }),

  stats: (params: { from?: string; to?: string; division?: string; groupBy?: string }) =>
    request<PublicStats>('GET', '/api/public/stats' + qs(params), undefined, quiet),

  anchors: (limit = 7) => request<{ anchors: AuditAnchor[] }>('GET', `/api/public/anchors?limit=${limit}`, undefined, quiet),
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
  return postForm<{ id: number; at: string; attachments: { filename: string }[] }>(
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
