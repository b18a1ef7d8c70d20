// One process of the day simulator (bench/day/index.ts forks two `api` and one `worker`): the app as main.ts builds
// it for SUQIU_ROLE=api|worker, against the bench's database, with the hotline's clock held in working hours so that
// every call is queued and popped whenever the bench runs. Tells the parent its URL (api) or that its queues run
// (worker); answers `cpu` with its own CPU seconds; closes on `close`, SIGTERM or when the parent goes away.
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { startWorkers, type Workers } from '../../workers/index.js'

/** Thursday 10:00 in Kunming: working hours. */
const WORKING_HOURS = new Date('2026-11-26T10:00:00+08:00')

const { role, databaseUrl, env } = JSON.parse(process.argv[2]) as { role: 'api' | 'worker'; databaseUrl: string; env: Record<string, string> }
const send = (m: unknown) => process.send?.(m)

const config = loadConfig({}, { ...env, SUQIU_ROLE: role, LOG_LEVEL: 'silent' })
// the bench is every citizen at once, from one address: loopback is let through the per-address limits
const app = await buildApp({ config, databaseUrl, logger: false, rateLimitAllowList: ['127.0.0.1', '::1', '::ffff:127.0.0.1'] })
app.voiceLines.now = () => WORKING_HOURS
let workers: Workers | null = null
let url = ''
if (role === 'api') url = await app.listen({ port: 0, host: '127.0.0.1' })
else {
  await app.ready()
  workers = await startWorkers({ databaseUrl, services: app.cases, log: app.log, handlers: app.jobHandlers, starters: app.workerStarters })
}

let closing = false
const close = async () => {
  if (closing) return
  closing = true
  const force = setTimeout(() => process.exit(1), 15_000)
  await workers?.stop().catch(() => undefined)
  await app.close().catch(() => undefined)
  clearTimeout(force)
  process.exit(0)
}
process.on('SIGTERM', () => void close())
process.on('disconnect', () => void close())
process.on('message', (m: { type: string }) => {
  if (m.type === 'cpu') {
    const u = process.cpuUsage()
    send({ type: 'cpu', seconds: (u.user + u.system) / 1e6 })
  } else if (m.type === 'close') void close()
})
send({ type: 'ready', url, pid: process.pid })
