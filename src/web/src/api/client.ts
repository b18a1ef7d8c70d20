// The one door to the API: same-origin fetch with the session cookie, X-CSRF-Token on every change,
// errors turned into ApiError (Chinese and English message, request id) and reported once. `api` calls a route by its
// documented path: parameters, body and answer come from the generated types (src/web/shared/api.ts).
import { urlOf, type Answer, type Body, type Method, type PathOf, type PathParams, type Query } from '../../shared/api'

export interface ApiErrorBody {
  code: string
  message?: string
  messageEn?: string
  requestId?: string
  fields?: { field: string; message: string; messageEn?: string }[]
  [key: string]: unknown
}

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly messageZh: string
  readonly messageEn: string
  readonly requestId: string | null
  readonly fields: ApiErrorBody['fields']
  readonly body: ApiErrorBody

  constructor(status: number, body: ApiErrorBody) {
    super(body.messageEn ?? body.message ?? body.code)
    this.name = 'ApiError'
    this.status = status
    this.code = body.code
    this.messageZh = body.message ?? '请求失败'
    this.messageEn = body.messageEn ?? body.message ?? 'Request failed'
    this.requestId = body.requestId ?? null
    this.fields = body.fields
    this.body = body
  }

  /** The route itself is not there (yet): a page shows 暂未开放 instead of an error. */
  get unavailable(): boolean {
    return (this.status === 404 && this.code === 'not_found' && /^No route/i.test(this.messageEn)) || this.status === 501
  }
}

export interface RequestOptions {
  /** do not report this error to the user (the caller shows it its own way) */
  quiet?: boolean | ((err: ApiError) => boolean)
  signal?: AbortSignal
  headers?: Record<string, string>
}

type Reporter = (err: ApiError) => void

let csrfToken: string | null = null
let reporter: Reporter = () => {}
let onUnauthenticated: () => void = () => {}

export function setCsrfToken(token: string | null): void { csrfToken = token }
/** main.ts shows reported errors as toasts. */
export function setErrorReporter(fn: Reporter): void { reporter = fn }
/** A 401 on any call but sign-in: the session ended, back to the sign-in page. */
export function setUnauthenticatedHandler(fn: () => void): void { onUnauthenticated = fn }

const SAFE = new Set(['GET', 'HEAD'])

export async function request<T>(method: string, url: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers }
  let payload: BodyInit | undefined
  if (body instanceof FormData) payload = body
  else if (body !== undefined) {
    headers['content-type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  if (!SAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken

  let res: Response
  try {
    res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin', signal: opts.signal })
  } catch (cause) {
    if ((cause as Error)?.name === 'AbortError') throw cause
    const err = new ApiError(0, { code: 'network', message: '网络连接失败，请检查网络后重试', messageEn: 'Network error; check the connection and try again' })
    report(err, opts)
    throw err
  }

  const text = await res.text()
  let data: unknown = null
  if (text) {
    try { data = JSON.parse(text) } catch { data = text }
  }
  if (res.ok) return data as T

  const errBody = (data as { error?: ApiErrorBody } | null)?.error
  const err = new ApiError(res.status, errBody && typeof errBody === 'object' ? errBody : {
    code: `http_${res.status}`, message: `请求失败（${res.status}）`, messageEn: `Request failed (${res.status})`,
    requestId: res.headers.get('x-request-id') ?? undefined,
  })
  if (res.status === 401 && url !== '/api/auth/login' && url !== '/api/me') onUnauthenticated()
  report(err, opts)
  throw err
}

function report(err: ApiError, opts: RequestOptions): void {
  const quiet = typeof opts.quiet === 'function' ? opts.quiet(err) : opts.quiet
  if (quiet || err.unavailable || err.status === 401) return
  reporter(err)
}

export const http = {
  get: <T>(url: string, opts?: RequestOptions) => request<T>('GET', url, undefined, opts),
  post: <T>(url: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', url, body ?? {}, opts),
  put: <T>(url: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', url, body ?? {}, opts),
  del: <T>(url: string, opts?: RequestOptions) => request<T>('DELETE', url, undefined, opts),
}

/** What a call to a route takes besides its body: its path parameters (required when it has some), its query. */
type Init<P extends PathOf<M>, M extends Method> = RequestOptions & { query?: Query<P, M> } &
  ([PathParams<P, M>] extends [never] ? { path?: undefined } : { path: PathParams<P, M> })
type InitArg<P extends PathOf<M>, M extends Method> = [PathParams<P, M>] extends [never] ? [init?: Init<P, M>] : [init: Init<P, M>]
/** A route without a JSON body of its own (an action) takes an empty object. */
type BodyArg<P extends PathOf<M>, M extends Method> = [Body<P, M>] extends [never] ? Record<string, never> : Body<P, M> | FormData

function call<P extends PathOf<M>, M extends Method>(method: M, path: P, body: unknown, init?: Init<P, M>): Promise<Answer<P, M>> {
  const { path: params, query, ...opts } = init ?? {}
  const url = urlOf(path, params as Record<string, string | number> | undefined, query as Record<string, string> | undefined)
  return request<Answer<P, M>>(method.toUpperCase(), url, body, opts)
}

/** The routes by their documented paths: `api.get('/api/cases/{id}', { path: { id } })` answers a typed case. */
export const api = {
  get: <P extends PathOf<'get'>>(path: P, ...[init]: InitArg<P, 'get'>) => call<P, 'get'>('get', path, undefined, init),
  post: <P extends PathOf<'post'>>(path: P, body: BodyArg<P, 'post'>, ...[init]: InitArg<P, 'post'>) => call<P, 'post'>('post', path, body, init),
  put: <P extends PathOf<'put'>>(path: P, body: BodyArg<P, 'put'>, ...[init]: InitArg<P, 'put'>) => call<P, 'put'>('put', path, body, init),
  del: <P extends PathOf<'delete'>>(path: P, ...[init]: InitArg<P, 'delete'>) => call<P, 'delete'>('delete', path, undefined, init),
}

/** A query string from the defined values of an object. */
export function qs(params: Record<string, string | number | boolean | null | undefined>): string {
  const s = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v))
  const out = s.toString()
  return out ? `?${out}` : ''
}
