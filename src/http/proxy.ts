// Which X-Forwarded-For hops to trust (TRUST_PROXY): the client is the right-most address not trusted.
import type { FastifyServerOptions } from 'fastify'
import type { Config } from '../config.js'

/**
 * A list of proxy addresses and ranges goes to Fastify as it is (proxy-addr: every trusted hop is skipped from the
 * right). A hop count trusts that many hops from the socket inwards — Fastify refuses a bare count (a direct
 * client could then write the header), so use one only where the service is reachable through its proxies alone.
 */
export function trustProxyOption(setting: Config['TRUST_PROXY']): FastifyServerOptions['trustProxy'] {
  if (setting === false || setting === 0) return false
  if (Array.isArray(setting)) return setting
  const hops = setting === true ? 1 : setting
  return (_address: string, hop: number) => hop < hops
}
