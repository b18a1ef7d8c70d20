// The events bench's driver, shared by bench/cases.ts (one process) and bench/events-child.ts (one of several).
import { applyEvent, type EventInput } from '../src/cases/apply.js'
import type { Actor } from '../src/cases/machine.js'
import type { CaseServices } from '../src/cases/services.js'

/** A case and the events left in its life, in order. */
export interface CaseScript { id: number; steps: { input: EventInput; actor: Actor }[] }

/** Runs `next()` with `inFlight` callers at once until it returns false. */
export async function pool(inFlight: number, next: () => Promise<boolean>): Promise<void> {
  await Promise.all(Array.from({ length: inFlight }, async () => { while (await next()); }))
}

/**
 * Applies the scripts' steps, `inFlight` at once, the cases taking turns (so the events in flight belong to
 * different cases in different states), at most `limit` events; each event's latency and type.
 */
export async function applySteps(services: CaseServices, scripts: CaseScript[], inFlight: number, limit = Infinity): Promise<{ latencies: number[]; types: string[] }> {
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
