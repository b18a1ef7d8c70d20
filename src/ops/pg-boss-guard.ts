// pg-boss 10.4 completes or fails a job it has just run without awaiting the statement (manager.js, onFetch): when
// the database goes away at that moment, the rejected promise is unhandled and Node ends the process (seen: `write
// EPIPE` at Manager.fail). Each such promise gets a handler that reports the failure as pg-boss's own 'error' event;
// the job's lease then runs out and pg-boss retries it, as after any crash. Callers that await still see the error.
import { createRequire } from 'node:module'

type Manager = { prototype: Record<string, unknown> & { emit(event: string, err: unknown): void } }
const GUARDED = '__suqiuCompletionGuard'

export function guardPgBossCompletions(): void {
  const require = createRequire(import.meta.url)
  const Manager = require(require.resolve('pg-boss/src/manager.js', { paths: [require.resolve('pg-boss')] })) as Manager
  const proto = Manager.prototype
  if (proto[GUARDED]) return
  proto[GUARDED] = true
  for (const name of ['complete', 'fail'] as const) {
    const original = proto[name] as (...args: unknown[]) => Promise<unknown>
    proto[name] = function (this: Manager['prototype'], ...args: unknown[]) {
      const done = original.apply(this, args)
      done.catch((err) => this.emit('error', err))
      return done
    }
  }
}
