// Start-up failures as one line for the person at the terminal: what went wrong and what to do about it.
import { existsSync, mkdirSync, rmdirSync } from 'node:fs'
import path from 'node:path'

/** A failure whose cause is known: `message` says what happened, `hint` what to do (both shown on one line). */
export class StartupError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message)
    this.name = 'StartupError'
  }
}

/** The error of making the first missing folder on the way to `target` (the folder is removed again). */
function mkdirError(target: string): unknown {
  let dir = path.resolve(target)
  while (!existsSync(path.dirname(dir)) && path.dirname(dir) !== dir) dir = path.dirname(dir)
  try {
    mkdirSync(dir)
    rmdirSync(dir)
    return null
  } catch (err) {
    return err
  }
}

interface SystemError { code?: string; errno?: number; syscall?: string; path?: string; address?: string; port?: number; message?: string; name?: string }

/**
 * The one line `npm start` prints when it cannot start: known causes (a full or read-only disk, no permission,
 * a port in use, an unreachable DATABASE_URL …) in plain words with a way out; anything else as its first line.
 */
export function describeStartupFailure(err: unknown): string {
  const line = (what: string, hint: string) => `Suqiu 启动失败 / failed to start: ${what} — ${hint}`.replace(/\s*\n\s*/g, ' ')
  if (err instanceof StartupError) return line(err.message, err.hint)
  const e = (err ?? {}) as SystemError
  // a recursive mkdir on a read-only disk reports ENOENT: the first folder it could not make says why
  if (e.code === 'ENOENT' && e.syscall === 'mkdir' && e.path) {
    const real = mkdirError(e.path)
    if (real) return describeStartupFailure(real)
  }
  const where = e.path ? ` (${e.path})` : ''
  switch (e.code) {
    case 'ENOSPC': return line(`磁盘已满 / the disk is full${where}`, 'free some space on that disk, or set SUQIU_DATA_DIR to a folder on another disk')
    case 'EROFS': return line(`磁盘只读 / the disk is read-only${where}`, 'set SUQIU_DATA_DIR to a writable folder, or remount that disk read-write')
    case 'EACCES':
    case 'EPERM': return line(`没有权限 / permission denied${where}`, 'run as the user who owns SUQIU_DATA_DIR, or set SUQIU_DATA_DIR to a folder you may write to')
    case 'EADDRINUSE': return line(`端口已被占用 / port ${e.port ?? ''} on ${e.address ?? ''} is already in use`, 'stop the program using it, or set PORT to another port')
    case 'EADDRNOTAVAIL': return line(`无法监听地址 / cannot listen on ${e.address ?? 'HOST'}`, 'set HOST to an address of this machine (0.0.0.0 for all)')
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
    case 'CONNECT_TIMEOUT':
    case 'CONNECTION_CLOSED':
      return line(`数据库无法连接 / the database cannot be reached (${e.code})`, 'check that PostgreSQL runs and that DATABASE_URL names its host and port')
    case '28P01':
    case '28000': return line('数据库拒绝登录 / the database refused the user or password', 'check the user and password in DATABASE_URL')
    case '3D000': return line(`数据库不存在 / ${e.message ?? 'the database does not exist'}`, 'create it, or fix the database name in DATABASE_URL')
    case '57P03': return line('数据库正在启动或关闭 / the database is starting up or shutting down', 'wait a few seconds and start again')
  }
  const message = err instanceof Error ? err.message : String(err)
  return line(message.split('\n')[0] || (err instanceof Error ? err.name : 'unknown error'), 'run again with LOG_LEVEL=debug for details')
}
