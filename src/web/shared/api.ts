// The browser's view of the API, read off the generated types (api-schema.d.ts, from /api/openapi.json): a path's
// parameters, body and answer. The console's and the portal's clients call routes only through these, so a route whose
// schema changes breaks `npm run typecheck:web` instead of a user's screen.
import type { paths } from './api-schema'

export type { paths }
export type Method = 'get' | 'post' | 'put' | 'delete'

/** The paths that answer to a method. */
export type PathOf<M extends Method> = { [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never }[keyof paths]

type Operation<P extends keyof paths, M extends Method> = Extract<paths[P][M], { responses: unknown }>
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never
type Success<R> = 200 extends keyof R ? R[200] : 201 extends keyof R ? R[201] : 202 extends keyof R ? R[202] : never

/** The JSON a route answers with on success (200, else 201, else 202). */
export type Answer<P extends PathOf<M>, M extends Method = 'get'> = Json<Success<Operation<P, M>['responses']>>
/** The JSON a route answers with for one status (e.g. 404 of the address resolver). */
export type AnswerAt<P extends PathOf<M>, M extends Method, S extends number> =
  S extends keyof Operation<P, M>['responses'] ? Json<Operation<P, M>['responses'][S]> : never
/** The JSON body a route takes. */
export type Body<P extends PathOf<M>, M extends Method = 'post'> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never
/** The path parameters of a route ({ id: number } for /api/cases/{id}). */
export type PathParams<P extends PathOf<M>, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { path: infer X } } ? X : never
/** The query parameters of a route. */
export type Query<P extends PathOf<M>, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer X } } ? Exclude<X, undefined> : never
/** One element of an array type. */
export type Item<A> = A extends readonly (infer T)[] ? T : never

type Scalar = string | number | boolean | null | undefined

/** The address of a route: its path with the parameters filled in, and a query string from the defined values. */
export function urlOf(path: string, params?: Record<string, Scalar>, query?: Record<string, Scalar | Scalar[]>): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params?.[name]
    if (v === undefined || v === null) throw new Error(`${path}: missing path parameter ${name}`)
    return encodeURIComponent(String(v))
  })
  const s = new URLSearchParams()
  for (const [k, v] of Object.entries(query ?? {})) {
    const value = Array.isArray(v) ? v.filter((x) => x !== undefined && x !== null && x !== '').join(',') : v
    if (value !== undefined && value !== null && value !== '') s.set(k, String(value))
  }
  const q = s.toString()
  return q ? `${filled}?${q}` : filled
}
