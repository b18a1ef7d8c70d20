// 租约: one process at a time runs a job that must not run twice at once (the IMAP mailbox reader), across any number
// of worker processes. The holder renews a row of worker_leases (migration 0029) every third of its term; when the
// holder dies (kill -9, a lost machine) or loses the database, the row runs out and another process takes it over
// within one term and one renewal. A holder that cannot renew stops at once, before its term is up.
import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import type { Sql } from 'postgres'

export interface LeaseLog { info(obj: unknown, msg?: string): void; warn(obj: unknown, msg?: string): void }

export interface LeaseOptions {
  sql: Sql
  /** the lease's name, e.g. `mailbox:citizen@imap.example/INBOX` */
  name: string
  /** how long a lease lasts unless renewed */
  seconds: number
  log: LeaseLog
  /** called when this process becomes the holder; what it returns is called when it stops being one */
  onAcquired: () => Promise<() => Promise<void>>
}

export interface Lease {
  /** who this process is in worker_leases.holder */
  readonly holder: string
  held(): boolean
  /** gives the lease up (the next process takes it at its next try) */
  stop(): Promise<void>
}

export function holdLease(opts: LeaseOptions): Lease {
  const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
  const termMs = opts.seconds * 1000
  let release: (() => Promise<void>) | null = null
  let stopped = false
  let running: Promise<void> = Promise.resolve()

  /** Takes the lease if it is free or ran out, or renews it if ours; true when ours afterwards. */
  const tryHold = async (): Promise<boolean> => {
    const rows = await opts.sql`
      insert into worker_leases as l (name, holder, expires_at) values (${opts.name}, ${holder}, now() + ${termMs} * interval '1 millisecond')
      on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at,
        acquired_at = case when l.holder = excluded.holder then l.acquired_at else now() end
      where l.holder = excluded.holder or l.expires_at < now()
      returning holder`
    return rows.length === 1
  }

  const letGo = async (why: string) => {
    if (!release) return
    const r = release
    release = null
    opts.log.warn({ lease: opts.name, holder, why }, 'lease: no longer held, stopping')
    await r().catch((err: unknown) => opts.log.warn({ err, lease: opts.name }, 'lease: stopping failed'))
  }

  const round = async () => {
    if (stopped) return
    let ours: boolean
    try {
      ours = await tryHold()
    } catch (err) {
      // cannot tell whether it is still ours: stop now rather than read beside a successor
      opts.log.warn({ err, lease: opts.name }, 'lease: renewal failed')
      ours = false
    }
    if (stopped) return
    if (ours && !release) {
      opts.log.info({ lease: opts.name, holder }, 'lease: taken, this process runs it (租约)')
      release = await opts.onAcquired()
    } else if (!ours) await letGo('held elsewhere or not renewed')
  }

  const tick = () => { running = running.then(round) }
  const timer = setInterval(tick, Math.max(200, Math.floor(termMs / 3)))
  tick()

  return {
    holder,
    held: () => release !== null,
    stop: async () => {
      stopped = true
      clearInterval(timer)
      await running
      const wasHolding = release !== null
      if (release) { const r = release; release = null; await r().catch(() => {}) }
      // handing over at once: the next process need not wait for the term to run out
      if (wasHolding) await opts.sql`delete from worker_leases where name = ${opts.name} and holder = ${holder}`.catch(() => {})
    },
  }
}
