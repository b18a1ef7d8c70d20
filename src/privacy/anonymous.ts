// 匿名: what routes a citizen may use without giving a name keep of the request (DESIGN security rule 3): no address
// and no user agent in any row or log line; rate limits count requests per address under a keyed hash that lives
// only in this process's memory, for the limit's window.
import { createHmac, randomBytes } from 'node:crypto'
import type { FastifyRequest } from 'fastify'

/** Route option `logSerializers`: the request is logged by method and path only, without the remote address. */
export const anonymousRequestLog = {
  req: (req: { method?: string; url?: string }) => ({ method: req.method, url: req.url?.split('?')[0] }),
}

/** Loopback is not a person: left in clear so that a local bench's allow list (app option rateLimitAllowList) holds. */
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

/**
 * A rate-limit key generator for anonymous forms: an HMAC of the address under a key drawn when the route is
 * registered and never stored, so the limiter's in-memory counters (kept for the window) hold no address and a
 * restart forgets even the hashes.
 */
export function addressFreeRateKey(): (request: FastifyRequest) => string {
  const key = randomBytes(32)
  return (request) => (LOOPBACK.has(request.ip) ? request.ip : createHmac('sha256', key).update(request.ip).digest('base64url'))
}

/** The form as it may be kept: an anonymous complainant keeps only `anonymous: true`, whatever was sent beside it. */
export function keptForm<T>(form: T): T {
  const complainant = (form as { complainant?: { anonymous?: unknown } } | null)?.complainant
  return complainant?.anonymous === true ? { ...form, complainant: { anonymous: true } } : form
}

/** An anonymous sender's files under neutral names (文件1.jpg …): a name chosen on a computer can name its owner. */
export function withNeutralNames<F extends { filename: string }>(files: F[]): F[] {
  return files.map((f, i) => ({ ...f, filename: `文件${i + 1}${/\.[A-Za-z0-9]{1,5}$/.exec(f.filename)?.[0] ?? ''}` }))
}
