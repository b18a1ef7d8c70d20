// The audit chain hashes a case's snapshot by its canonical JSON (src/audit/log.ts). The one-pass canonicalJson must
// give exactly the text the chain has always hashed — canonical() of the snapshot copied through JSON — or every
// `audit verify` of an older row would break.
import t from 'tap'
import { auditedState, canonical, canonicalJson } from '../src/audit/log.js'
import { caseMachine, firstStoredSnapshot, initialSnapshot, nextSnapshot, type CaseEvent } from '../src/cases/machine.js'

const reverseKeys = (v: unknown): unknown => Array.isArray(v) ? v.map(reverseKeys)
  : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)])) : v
const throughJson = (v: unknown) => canonical(JSON.parse(JSON.stringify(v ?? null)))

t.test('canonicalJson is canonical() of the value copied through JSON', async (t) => {
  class WithToJson { toJSON() { return { b: 2, a: [1, undefined] } } }
  const values: unknown[] = [
    null, 0, -0, 1.5, 1e21, NaN, Infinity, '', 'a"\\\n\u2028\ud800', '路灯坏了', true, false, [],
    {}, { b: 1, a: 2, c: { z: null, y: [3, { q: 'x', p: undefined }] } },
    { at: new Date('2026-12-07T12:00:00.000Z'), bad: new Date(NaN), list: [new Date(0)] },
    { skip: undefined, fn: () => 1, sym: Symbol('s'), keep: 1 },
    [undefined, () => 1, Symbol('s'), null, 'x'],
    { custom: new WithToJson(), boxed: [new Number(3), new String('s'), new Boolean(false)] },
    { nested: { deeper: { deepest: [[[]], [{}], { '': 0, ' ': 1, 'é': 2, 'E': 3 }] } } },
  ]
  // the assertion's name goes into tap's own stream: a raw U+2028 or a lone surrogate there cuts the report short
  const named = (v: unknown) => (JSON.stringify(v) ?? String(v)).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  for (const v of values) t.equal(canonicalJson(v), throughJson(v), named(v))
})

t.test('a case snapshot digests the same in hand as read back from the database', async (t) => {
  const input = { rootUnitId: 1, receivedAt: '2026-12-07T01:00:00.000Z', type: 'complaint' as const, urgency: 'normal' as const }
  let snapshot = initialSnapshot(input)
  const dispatcher = { kind: 'staff' as const, userId: 1, unitId: 1, role: 'dispatcher' as const }
  const events = [
    { type: 'REGISTER', category: 'village_affairs', at: '2026-12-07T01:01:00.000Z', actor: dispatcher },
    { type: 'DISPATCH', chain: [{ unitId: 2, level: 'county' }, { unitId: 3, level: 'township' }], at: '2026-12-07T01:02:00.000Z', actor: dispatcher },
  ] as unknown as CaseEvent[]
  const persisted = [firstStoredSnapshot(input)]
  for (const e of events) {
    snapshot = nextSnapshot(snapshot, e)
    persisted.push(caseMachine.getPersistedSnapshot(snapshot) as never)
  }
  t.equal(persisted.at(-1)?.context.chain.length, 2, 'the case went down the chain')
  for (const p of persisted) {
    t.equal(canonicalJson(p), throughJson(p))
    // the database hands jsonb back with its keys in another order: the digest does not change
    const row = { version: 1, state: 'triage', resolved: null, rating: null, signed_in_time: null, closed_at: null }
    t.same(auditedState({ ...row, snapshot: p }), auditedState({ ...row, snapshot: reverseKeys(JSON.parse(JSON.stringify(p))) }))
  }
})
