// Which errors mean the database connection is gone (an outage), as opposed to an error of the statement.

/** Seconds a client should wait before trying again (Retry-After). */
export const RETRY_AFTER_SECONDS = 5

const CONNECTION_CODES = new Set(['CONNECTION_CLOSED', 'CONNECTION_DESTROYED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT'])

/**
 * An error that says the database connection is gone or cannot be made (not an error of the statement):
 * postgres.js's CONNECTION_* codes, a connect that failed (ECONNREFUSED, ENOENT of the socket file …), or
 * PostgreSQL's class 08 (connection exception) and 57P0x (shutting down, starting up).
 */
export function isConnectionLost(err: unknown): boolean {
  const e = err as { name?: string; code?: unknown; errno?: unknown; syscall?: unknown } | null
  if (!e || typeof e !== 'object') return false
  const code = typeof e.code === 'string' ? e.code : typeof e.errno === 'string' ? e.errno : ''
  if (e.name === 'PostgresError') return code.startsWith('08') || /^57P0[1-5]$/.test(code)
  return CONNECTION_CODES.has(code) || (e.syscall === 'connect' && /^E[A-Z]+$/.test(code))
}
