// Group commit: items that arrive while a transaction of items is being decided wait, and the next transaction
// takes them all. Used for case events (src/cases/apply.ts) and intakes (src/complaints/create.ts).

/** An item waiting for its transaction, and how to answer its caller. */
export interface Waiting<T, R> { item: T; resolve(result: R): void; reject(err: unknown): void }

export interface GroupCommitOptions<T, R> {
  /** Items with the same key never share a transaction: the second waits for the one after. */
  key(item: T): string | number
  /**
   * Runs one transaction for `batch` and answers every item in it. Calls `decided()` once the transaction has read
   * and decided and only writes and commits are left, so the next one may start; if it never does, the next starts
   * when this one ends.
   */
  run(batch: Waiting<T, R>[], decided: () => void): Promise<void>
  /** at most this many items in one transaction */
  maxItems?: number
  /** a transaction still deciding after this long is likely waiting for a lock held elsewhere: another may start */
  stallMs?: number
  /** at most this many transactions open at once */
  maxOpen?: number
}

/**
 * One transaction decides at a time, so under load each carries every item that arrived meanwhile and their
 * commits, round trips and statements are shared; when the load is light an item goes out at once, alone. A
 * transaction that has been open `stallMs` lets one more start (up to `maxOpen`), so items do not wait behind a
 * lock held elsewhere.
 */
export class GroupCommit<T, R> {
  private readonly waiting: Waiting<T, R>[] = []
  private open = 0
  private deciding = 0
  private stalled = 0
  private pumpQueued = false
  private readonly maxItems: number
  private readonly stallMs: number
  private readonly maxOpen: number

  constructor(private readonly opts: GroupCommitOptions<T, R>) {
    this.maxItems = opts.maxItems ?? 64
    this.stallMs = opts.stallMs ?? 50
    this.maxOpen = opts.maxOpen ?? 4
  }

  submit(item: T): Promise<R> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject })
      // Items submitted in the same turn of the event loop go together: when a transaction's answers go out, each
      // caller sends its next item a few promise hops later, and pumping at the first one would start a transaction
      // for it alone, leaving the rest for the next (bench: every other transaction carried a single event).
      if (!this.pumpQueued) {
        this.pumpQueued = true
        setImmediate(() => {
          this.pumpQueued = false
          this.pump()
        })
      }
    })
  }

  private pump(): void {
    while (this.deciding < 1 + this.stalled && this.open < this.maxOpen && this.waiting.length > 0) {
      const batch = this.take()
      this.open++
      this.deciding++
      let decidedYet = false
      const decided = () => {
        if (decidedYet) return
        decidedYet = true
        this.deciding--
        this.pump()
      }
      let slow = false
      const timer = setTimeout(() => {
        slow = true
        this.stalled++
        this.pump()
      }, this.stallMs)
      timer.unref()
      void this.opts.run(batch, decided)
        .catch((err) => { for (const w of batch) w.reject(err) }) // run answers every item; this is a last resort
        .finally(() => {
          clearTimeout(timer)
          if (slow) this.stalled--
          this.open--
          decided()
          this.pump() // a transaction that had decided before may have been holding the last open slot
        })
    }
  }

  /** The waiting items in order, one per key, up to maxItems; the others keep their place. */
  private take(): Waiting<T, R>[] {
    const batch: Waiting<T, R>[] = []
    const keys = new Set<string | number>()
    for (let i = 0; i < this.waiting.length && batch.length < this.maxItems;) {
      const w = this.waiting[i]
      const key = this.opts.key(w.item)
      if (keys.has(key)) { i++; continue }
      keys.add(key)
      batch.push(w)
      this.waiting.splice(i, 1)
    }
    return batch
  }
}
