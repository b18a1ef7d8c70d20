// One process of the events bench's deployed shape (bench/cases.ts, BENCH_EVENT_PROCESSES): as an `api` process of
// the service does, it applies events through its own `applyEvent` (its own pool, group commit and statechart) on
// the bench's database. Forked by the bench with a JSON file of its cases' remaining steps; warms up on its own
// cases, says `ready`, waits for `go`, applies its share with `inFlight` at once and sends back every latency and
// the CPU it used while measured.
import { readFileSync } from 'node:fs'
import { connect } from '../src/db/index.js'
import { caseServices } from '../src/cases/plugin.js'
import { applyEvent, type EventInput } from '../src/cases/apply.js'
import type { Actor } from '../src/cases/machine.js'

export interface ChildScript { id: number; steps: { input: EventInput; actor: Actor }[] }
export interface ChildWork { url: string; secret: string; city: string; splitWrites: boolean; inFlight: number; target: number; warm: ChildScript[]; measured: ChildScript[] }
export interface ChildResult { latencies: number[]; types: string[]; cpuMs: number; elapsedMs: number }

async function pool(inFlight: number, next: () => Promise<boolean>): Promise<void> {
  await Promise.all(Array.from({ length: inFlight }, async () => { while (await next()); }))
}

/** Applies the scripts' steps taking turns between cases, at most `limit` events; returns each event's latency and type. */
async function run(services: Awaited<ReturnType<typeof caseServices>>, scripts: ChildScript[], inFlight: number, limit: number) {
  const at = scripts.map(() => 0)
  const ready = scripts.map((_, i) => i)
  let head = 0
  let started = 0
  const latencies: number[] = []
  const types: string[] = []
  await pool(inFlight, async () => {
    if (started >= limit || head >= ready.length) return false
    const i = ready[head++]
    const step = scripts[i].steps[at[i]++]
    started++
    const t = performance.now()
    await applyEvent(services, scripts[i].id, step.input, step.actor)
    latencies.push(performance.now() - t)
    types.push(step.input.type)
    if (at[i] < scripts[i].steps.length) ready.push(i)
    return true
  })
  return { latencies, types }
}

const work = JSON.parse(readFileSync(process.argv[2], 'utf8')) as ChildWork
const conn = connect(work.url, { max: work.inFlight + 4 })
const services = await caseServices(conn.sql, work.secret, work.city)
services.splitEventWrites = work.splitWrites
await run(services, work.warm, work.inFlight, Infinity)
process.send!({ ready: true })
process.once('message', async () => {
  const cpu = process.cpuUsage()
  const t0 = performance.now()
  const { latencies, types } = await run(services, work.measured, work.inFlight, work.target)
  const elapsedMs = performance.now() - t0
  const used = process.cpuUsage(cpu)
  const result: ChildResult = { latencies, types, cpuMs: (used.user + used.system) / 1000, elapsedMs }
  process.send!(result, () => {
    void conn.end().then(() => process.exit(0))
  })
})
