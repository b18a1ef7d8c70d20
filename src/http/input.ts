/**
 * Hostile input stopped at the door, for every route at once: text PostgreSQL cannot store (NUL, lone
 * surrogates) is refused with 400 `invalid_text`, and every integer or number a schema accepts is bounded
 * to what JavaScript and a bigint column hold exactly, so `id=9223372036854775808` or `page=1e300` is a 400.
 */
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify'
import { errors } from './errors.js'

// a high surrogate not followed by a low one, or a low one not preceded by a high one
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const unstorable = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s)

/** Where a string that cannot be stored sits: `body.complainant.name`, `query.q` …; null when all is well. */
export function findBadText(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return unstorable(value) ? path : null
  if (value === null || typeof value !== 'object' || depth > 64 || Buffer.isBuffer(value)) return null
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findBadText(value[i], `${path}.${i}`, depth + 1)
      if (bad) return bad
    }
    return null
  }
  for (const [key, v] of Object.entries(value)) {
    if (unstorable(key)) return `${path}.${key.replace(/[^\x20-\x7e]/g, '?')}`
    const bad = findBadText(v, `${path}.${key}`, depth + 1)
    if (bad) return bad
  }
  return null
}

/** Throws 400 `invalid_text` naming the field when a value holds NUL or a lone surrogate. */
export function assertStorableText(value: unknown, path: string): void {
  const bad = findBadText(value, path)
  if (bad) throw errors.invalidText({ field: bad.replace(/^(body|query|params)\./, '') || bad })
}

async function checkRequestText(request: FastifyRequest): Promise<void> {
  assertStorableText(request.params, 'params')
  assertStorableText(request.query, 'query')
  assertStorableText(request.body, 'body')
}

/** A number that is not finite (ajv lets a coerced `Infinity` through even with strictNumbers and a maximum). */
function findNonFinite(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path
  if (value === null || typeof value !== 'object' || depth > 64 || Buffer.isBuffer(value)) return null
  for (const [key, v] of Object.entries(value)) {
    const bad = findNonFinite(v, `${path}.${key}`, depth + 1)
    if (bad) return bad
  }
  return null
}

async function checkRequestNumbers(request: FastifyRequest): Promise<void> {
  const bad = findNonFinite(request.params, 'params') ?? findNonFinite(request.query, 'query') ?? findNonFinite(request.body, 'body')
  if (bad) throw errors.invalidValue({ field: bad.replace(/^(body|query|params)\./, '') })
}

/** Bounds a route schema's integers and numbers in place (ids are bigint; JavaScript counts exactly to 2^53). */
function boundNumbers(schema: unknown, depth = 0): void {
  if (schema === null || typeof schema !== 'object' || depth > 32) return
  const s = schema as Record<string, unknown>
  if (s.type === 'integer' || s.type === 'number') {
    if (s.maximum === undefined && s.exclusiveMaximum === undefined) s.maximum = Number.MAX_SAFE_INTEGER
    if (s.minimum === undefined && s.exclusiveMinimum === undefined) s.minimum = -Number.MAX_SAFE_INTEGER
  }
  for (const v of Object.values(s)) {
    if (Array.isArray(v)) v.forEach((x) => boundNumbers(x, depth + 1))
    else if (v && typeof v === 'object') boundNumbers(v, depth + 1)
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** every route the app registered (method + url), as the hostile-input test walks them */
    routeList: { method: string; url: string; schema?: RouteOptions['schema'] }[]
  }
}

/** Registered on the root instance before any route: the text check, number bounds and the route list. */
export function guardInput(app: FastifyInstance): void {
  const list: FastifyInstance['routeList'] = []
  app.decorate('routeList', list)
  app.addHook('onRoute', (route) => {
    if (route.schema) for (const part of ['body', 'querystring', 'params', 'headers'] as const) boundNumbers(route.schema[part])
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') list.push({ method, url: route.url, schema: route.schema })
    }
  })
  app.addHook('preValidation', checkRequestText)
  app.addHook('preHandler', checkRequestNumbers)
}
