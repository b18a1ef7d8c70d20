// Which errors mean the database connection is gone (an outage), as opposed to an error of the statement.

/** Seconds a client should wait before trying again (Retry-After). */
export const RETRY_AFTER_SECONDS = 5

const CONNECTION_CODES = new Set(['CONNECTION_CLOSED', 'CONNECTION_DESTROYED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT'])
/** socket errors on a database connection: reset, broken pipe, refused, the socket file gone, unreachable */
const SOCKET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ECONNABORTED', 'ENOENT', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTCONN'])
const SOCKET_CALLS = new Set(['connect', 'read', 'write'])

/**
 * An error that says the database connection is gone or cannot be made (not an error of the statement):
 * postgres.js's CONNECTION_* codes, a socket that failed to connect, read or write (ECONNREFUSED, ENOENT of the
 * socket file, a `write EPIPE` to a closed one …), or PostgreSQL's class 08 (connection exception) and 57P0x
 * (shutting down, starting up). Looks through wrappers (drizzle's DrizzleQueryError keeps the driver's error as
 * its `cause`).
 */
export function isConnectionLost(err: unknown): boolean {
  for (let e = err as ErrorLike | null, depth = 0; e && typeof e === 'object' && depth < 5; e = e.cause as ErrorLike | null, depth++) {
    if (lostHere(e)) return true
  }
  return false
}

interface ErrorLike { name?: string; code?: unknown; errno?: unknown; syscall?: unknown; cause?: unknown }

function lostHere(e: ErrorLike): boolean {
  const code = typeof e.code === 'string' ? e.code : typeof e.errno === 'string' ? e.errno : ''
  if (e.name === 'PostgresError') return code.startsWith('08') || /^57P0[1-5]$/.test(code)
  if (CONNECTION_CODES.has(code)) return true
  return typeof e.syscall === 'string' && SOCKET_CALLS.has(e.syscall) && (SOCKET_CODES.has(code) || (e.syscall === 'connect' && /^E[A-Z]+$/.test(code)))
}
