// 匿名: what routes a citizen may use without giving a name keep of the request (DESIGN security rule 3): no address
// and no user agent in any row or log line; rate limits count requests per address in each process's memory only,
// under a keyed hash that lives for the limit's window (src/http/rate-store.ts).
import type { FastifyRequest } from 'fastify'

/** Route option `logSerializers`: the request is logged by method and path only, without the remote address. */
export const anonymousRequestLog = {
  req: (req: { method?: string; url?: string }) => ({ method: req.method, url: req.url?.split('?')[0] }),
}

/**
 * The rate-limit key of an anonymous form: the address itself, which the limiter's store never keeps and, as for
 * every route open to anyone, never sends to the database — it counts in this process's memory under an HMAC of it
 * with a key of this process's own (src/http/rate-store.ts), so no row, log line or shared key can tie an address to
 * the report it sent. Loopback stays as it is, so that a local bench's allow list (app option rateLimitAllowList) holds.
 */
export function addressFreeRateKey(): (request: FastifyRequest) => string {
  return (request) => request.ip
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
