// One API process of the screen-pop bench (bench/screenpop.ts forks two of these against one database): the whole
// app as `SUQIU_ROLE=api` builds it, with the hotline's clock held in working hours so that every call is queued and
// popped whenever the bench runs. Listens on 127.0.0.1, tells the parent its URL, answers `stats` with the live
// feed's counters, and closes on `close` or SIGTERM.
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'

/** Thursday 10:00 in Kunming: working hours. */
const WORKING_HOURS = new Date('2026-11-26T10:00:00+08:00')

const [databaseUrl, dataDir, publicUrl, accountSid, authToken, hotline] = process.argv.slice(2)
const send = (m: unknown) => process.send?.(m)

const config = loadConfig({}, {
  SUQIU_DATA_DIR: dataDir, SUQIU_SECRET: 'bench-secret-bench-secret-bench-secret-01', LOG_LEVEL: 'silent', SUQIU_ROLE: 'api',
  PUBLIC_BASE_URL: publicUrl, TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_HOTLINE_NUMBER: hotline,
})
const app = await buildApp({ config, databaseUrl, logger: false, live: { heartbeatMs: 600_000, sessionRecheckMs: 600_000 } })
app.voiceLines.now = () => WORKING_HOURS
const url = await app.listen({ port: 0, host: '127.0.0.1' })

let closing = false
const close = async () => {
  if (closing) return
  closing = true
  await app.close().catch(() => undefined)
  process.exit(0)
}
process.on('SIGTERM', () => void close())
process.on('disconnect', () => void close())
process.on('message', (m: { type: string }) => {
  if (m.type === 'stats') send({ type: 'stats', pid: process.pid, ...app.live.stats() })
  else if (m.type === 'close') void close()
})
send({ type: 'listening', url, pid: process.pid })
