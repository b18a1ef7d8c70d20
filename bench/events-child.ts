// One process of the events bench's deployed shape (bench/cases.ts, BENCH_EVENT_PROCESSES): as an `api` process of
// the service does, it applies events through its own `applyEvent` (its own pool, group commit and statechart) on
// the bench's database. Forked by the bench with a JSON file of its cases' remaining steps; warms up on its own
// cases, says `ready`, waits for `go`, applies its share with `inFlight` at once and sends back every latency and
// the CPU it used while measured.
import { readFileSync } from 'node:fs'
import { connect } from '../src/db/index.js'
import { caseServices } from '../src/cases/plugin.js'
import { applySteps, type CaseScript } from './event-steps.js'

export interface ChildWork { url: string; secret: string; city: string; splitWrites: boolean; inFlight: number; target: number; warm: CaseScript[]; measured: CaseScript[] }
export interface ChildResult { latencies: number[]; types: string[]; cpuMs: number; elapsedMs: number }

const work = JSON.parse(readFileSync(process.argv[2], 'utf8')) as ChildWork
const conn = connect(work.url, { max: work.inFlight + 4 })
const services = await caseServices(conn.sql, work.secret, work.city)
services.splitEventWrites = work.splitWrites
await applySteps(services, work.warm, work.inFlight)
process.send!({ ready: true })
process.once('message', async () => {
  const cpu = process.cpuUsage()
  const t0 = performance.now()
  const { latencies, types } = await applySteps(services, work.measured, work.inFlight, work.target)
  const elapsedMs = performance.now() - t0
  const used = process.cpuUsage(cpu)
  const result: ChildResult = { latencies, types, cpuMs: (used.user + used.system) / 1000, elapsedMs }
  // the connections stay open until the bench stops this process: it reads PostgreSQL's CPU from their backends
  process.send!(result)
})
