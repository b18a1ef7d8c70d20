// GroupCommit (src/db/group-commit.ts) on its own, without a database: what a caller of applyEvent or
// createComplaint would notice is an answer that never comes.
import t from 'tap'
import { GroupCommit, type Waiting } from '../src/db/group-commit.js'

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

t.test('an item waiting for the last open slot runs when that transaction ends, with nothing else arriving', async (t) => {
  const runs: string[][] = []
  const gc = new GroupCommit<string, string>({
    key: (s) => s,
    maxOpen: 1,
    async run(batch: Waiting<string, string>[], decided) {
      runs.push(batch.map((w) => w.item))
      decided() // decided at once, then "commits" for a while: the next batch must wait for the slot
      await tick(20)
      for (const w of batch) w.resolve(`${w.item} done`)
    },
  })
  const first = gc.submit('a')
  // 'a' is open and has decided (its run started); then 'b' arrives and finds no free slot. Waiting for the run itself,
  // not a 1 ms timer: whether a timer or the pump's setImmediate comes first depends on the event loop's phase.
  for (let i = 0; i < 2_000 && runs.length === 0; i++) await new Promise<void>((resolve) => setImmediate(() => resolve()))
  const second = gc.submit('b')
  const answers = await Promise.race([Promise.all([first, second]), tick(2_000).then(() => 'no answer within 2 s')])
  t.same(answers, ['a done', 'b done'])
  t.same(runs, [['a'], ['b']], 'one transaction each, in order')
})

t.test('items with one key never share a transaction; the others go together', async (t) => {
  const runs: string[][] = []
  const gc = new GroupCommit<{ key: string; n: number }, number>({
    key: (x) => x.key,
    async run(batch, decided) {
      runs.push(batch.map((w) => `${w.item.key}${w.item.n}`))
      await tick(5)
      decided()
      for (const w of batch) w.resolve(w.item.n)
    },
  })
  const all = [{ key: 'x', n: 1 }, { key: 'x', n: 2 }, { key: 'y', n: 3 }, { key: 'x', n: 4 }].map((x) => gc.submit(x))
  t.same(await Promise.all(all), [1, 2, 3, 4], 'every caller gets its own answer')
  t.same(runs[0], ['x1', 'y3'], 'submitted in one turn of the event loop: one x and the y together')
  t.same(runs.slice(1), [['x2'], ['x4']], 'the other xs after, one per transaction, in order')
})

t.test('answers that come back together bring their next items together: one transaction, not one alone and the rest', async (t) => {
  const runs: number[] = []
  const gc = new GroupCommit<number, number>({
    key: (n) => n,
    async run(batch, decided) {
      runs.push(batch.length)
      await tick(2)
      decided()
      for (const w of batch) w.resolve(w.item)
    },
  })
  // 8 callers, each sending its next item as soon as the last is answered, after a few promise hops of its own
  const caller = async (id: number) => {
    for (let i = 0; i < 5; i++) {
      await gc.submit(id * 100 + i)
      await Promise.resolve()
      await Promise.resolve()
    }
  }
  await Promise.all(Array.from({ length: 8 }, (_, id) => caller(id)))
  t.same(runs, [8, 8, 8, 8, 8], 'five transactions of eight items')
})
