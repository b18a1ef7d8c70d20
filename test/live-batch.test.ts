// Live events sent after their transaction's commit: several packed into one NOTIFY (wire v2), in order,
// each payload under PostgreSQL's limit, and understood by the listener side.
import t from 'tap'
import { decodeLiveNotification, decodeLiveNotifications, encodeLiveEvent, MAX_NOTIFY_BYTES, packLiveNotifications } from '../src/live/events.js'

const at = new Date('2026-11-26T02:00:00Z')
const event = (caseId: number, text = '') => encodeLiveEvent({ topic: 'case.changed', unitIds: [1, 2], payload: { caseId, text } }, at)

t.test('one event alone stays v1, so listeners that know only v1 still understand it', async (t) => {
  const one = event(1)
  t.same(packLiveNotifications([one]), [one])
  t.same(decodeLiveNotifications(one), [decodeLiveNotification(one)])
  t.same(packLiveNotifications([]), [])
})

t.test('several events: packed in order, every payload within the NOTIFY limit', async (t) => {
  const events = Array.from({ length: 40 }, (_, i) => event(i, '诉'.repeat(200))) // ~800 bytes each
  const packed = packLiveNotifications(events)
  t.ok(packed.length > 1 && packed.length < events.length, `${packed.length} NOTIFYs for ${events.length} events`)
  for (const p of packed) t.ok(Buffer.byteLength(p) <= MAX_NOTIFY_BYTES, `${Buffer.byteLength(p)} bytes`)
  const decoded = packed.flatMap(decodeLiveNotifications)
  t.same(decoded.map((n) => (n.payload as { caseId: number }).caseId), events.map((_, i) => i), 'all of them, in order')
  t.same(decoded[3], JSON.parse(events[3]))
  t.equal(decodeLiveNotification(packed[0]), null, 'the single-event parser does not take a batch for an event')
  const biggest = encodeLiveEvent({ topic: 'x', payload: { id: 1, text: 'y'.repeat(7800) } })
  t.same(packLiveNotifications([event(1), biggest, event(2)]).map((p) => decodeLiveNotifications(p).length), [1, 1, 1], 'an event near the limit goes alone')
})

t.test('what the listener does not understand is left out', async (t) => {
  t.same(decodeLiveNotifications('not json'), [])
  t.same(decodeLiveNotifications('{"v":3,"topic":"x"}'), [])
  t.same(decodeLiveNotifications(`{"v":2,"events":[${event(1)},{"v":9}]}`).length, 1)
})
