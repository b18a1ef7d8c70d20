// Twilio's queue-result (the caller left the operators' queue: hung up while waiting, was answered, or the queue could
// not take them) during a database outage (issue #18's left-outs): it is answered with valid TwiML, kept sealed in the
// spool and replayed once, in order with the call's status callback, when the database is back — so a caller who hung
// up while waiting is still a 未接来电 (abandoned) and an answered call is still answered. A queue-result already in
// flight when the database goes away (held on a row lock here, then the server stopped under it) falls through to the
// spool instead of a 503. Every webhook is signed as Twilio signs it; the test stops a PostgreSQL of its own.
import t, { type Test } from 'tap'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pgClient } from '../src/db/index.js'
import { openSpoolEntry, spoolDir } from '../src/ops/spool.js'
import { waitFor } from './ops/service.js'
import { newSid, twilioCallParams } from './support/fake-twilio.js'
import { HOTLINE, REPORT, spoolApp } from './support/spool-app.js'

const WAITING = '+8613800138000'
const ANSWERED = '+8613700137000'
const ANONYMOUS = '+8613900139000'
const IN_FLIGHT = '+8613600136000'

const { cluster, config, app, twilioPost, spoolFiles, keys } = await spoolApp(t)
// a Thursday at 10:00 China time: working hours, so calls go to the operators' queue
app.voiceLines.now = () => new Date('2026-11-26T10:00:00+08:00')
await app.ready()

const statusOf = async (sid: string): Promise<string | undefined> => {
  const read = async () => (await app.sql`select status from calls where call_sid = ${sid}`)[0]?.status as string | undefined
  // after a restart a pooled connection that died with the old server fails once; the next query opens a new one
  return read().catch(() => read())
}
/**
 * Waits (bounded) until the call shows `status`: the spool is empty once its last entry was replayed, and after a
 * restart the pool's first query may still meet a connection that died.
 */
const becomes = (sid: string, status: string) => waitFor(`call ${status}`, async () => (await statusOf(sid).catch(() => undefined)) === status, 15_000)

/** A call that reached the operators' queue before the outage (the reporting line: after the anonymous choice). */
async function queuedCall(t: Test, line: 'hotline' | 'phone', from: string, digits?: string): Promise<string> {
  const callSid = newSid('CA')
  const to = line === 'hotline' ? HOTLINE : REPORT
  const voice = await twilioPost(`/channels/${line}/voice`, twilioCallParams({ from, to, callSid }))
  if (line === 'phone') await twilioPost('/channels/phone/choice', twilioCallParams({ from, to, callSid, Digits: digits ?? '2' }))
  t.equal(voice.statusCode, 200)
  t.equal(await statusOf(callSid), 'queued', `the ${line} call waits in the queue`)
  return callSid
}

const queueResult = (line: 'hotline' | 'phone', from: string, callSid: string, result: string) => twilioPost(`/channels/${line}/queue-result`, twilioCallParams({
  from, to: line === 'hotline' ? HOTLINE : REPORT, callSid, callStatus: 'in-progress', QueueResult: result, QueueSid: newSid('QU'), QueueTime: '42',
}))
const ended = (line: 'hotline' | 'phone', from: string, callSid: string) => twilioPost(`/channels/${line}/status`, twilioCallParams({
  from, to: line === 'hotline' ? HOTLINE : REPORT, callSid, callStatus: 'completed', CallDuration: '60',
}))

t.test('during an outage a queue-result is answered with TwiML, spooled, and replayed once in order with the status callback', async (t) => {
  const waiting = await queuedCall(t, 'hotline', WAITING)
  const answered = await queuedCall(t, 'hotline', ANSWERED)
  const anonymous = await queuedCall(t, 'phone', ANONYMOUS, '1')

  cluster.stop('fast')
  await waitFor('the outage noticed', () => !app.dbHealth.up, 10_000)

  // 未接来电: the caller hung up while waiting; then Twilio's status callback says the call is over
  const hungUp = await queueResult('hotline', WAITING, waiting, 'hangup')
  t.equal(hungUp.statusCode, 200, 'Twilio hears 200, not 503', { body: hungUp.body })
  t.match(hungUp.headers['content-type'], /xml/)
  t.match(hungUp.body, /^<\?xml[^>]*\?><Response><Hangup\/><\/Response>$/, 'valid TwiML: hang up')
  t.equal((await ended('hotline', WAITING, waiting)).statusCode, 204)

  // answered by an operator: the bridge ended, then the call
  const bridged = await queueResult('hotline', ANSWERED, answered, 'bridged')
  t.equal(bridged.statusCode, 200)
  t.match(bridged.body, /<Hangup\/>/)
  t.equal((await ended('hotline', ANSWERED, answered)).statusCode, 204)

  // the queue could not take the anonymous reporter: a message may still be left, asking for no name or number
  const full = await queueResult('phone', ANONYMOUS, anonymous, 'queue-full')
  t.equal(full.statusCode, 200)
  t.match(full.body, /<Record[^>]*action="https:\/\/rexian\.km\.gov\.cn\/channels\/phone\/recorded"/, 'a voicemail is offered')
  t.notMatch(full.body, /联系方式|联系电话|不会保留您的电话号码/, 'the line does not know the caller\'s choice: it neither asks for contact details nor promises anonymity')

  const files = spoolFiles()
  t.equal(files.length, 5, 'five callbacks wait in the spool')
  const raw = files.map((f) => readFileSync(path.join(spoolDir(config.dataDir), f), 'utf8')).join('\n')
  t.notMatch(raw, /13800138000|13700137000|13900139000/, 'sealed on disk')
  const entries = files.map((f) => openSpoolEntry(path.join(spoolDir(config.dataDir), f), keys.encKey))
  t.same(entries.map((e) => e.url), [
    '/channels/hotline/queue-result', '/channels/hotline/status', '/channels/hotline/queue-result', '/channels/hotline/status', '/channels/phone/queue-result',
  ], 'kept in the order they came')
  t.notMatch(entries.map((e) => Buffer.from(e.body, 'base64').toString()).join('\n'), /13800138000|13700137000|13900139000/, 'no caller number kept: the route keeps none from these callbacks')

  cluster.start()
  await waitFor('the spool replayed', () => spoolFiles().length === 0, 30_000)

  await becomes(waiting, 'abandoned')
  t.equal(await statusOf(waiting), 'abandoned', 'the caller who hung up while waiting is a missed call (未接来电)')
  t.equal(await statusOf(answered), 'answered', 'the answered call stays answered (the later status callback does not undo it)')
  t.equal(await statusOf(anonymous), 'voicemail', 'the reporter the queue could not take is a voicemail')

  // Twilio retrying a callback it already delivered into the spool: harmless
  const again = await queueResult('hotline', ANSWERED, answered, 'bridged')
  t.equal(again.statusCode, 200)
  t.equal(await statusOf(answered), 'answered')
  const rows = await app.sql`select anonymous, caller_hash, raw::text as raw from calls where call_sid = ${anonymous}`
  t.match(rows, [{ anonymous: true, caller_hash: null }])
  t.notMatch(rows[0]!.raw, /13900139000/, 'the anonymous report keeps no number')
})

t.test('a queue-result in flight when the database goes away falls through to the spool, not a 503', async (t) => {
  await waitFor('the database back', () => app.dbHealth.up, 30_000)
  const callSid = await queuedCall(t, 'hotline', IN_FLIGHT)

  // another session holds the call's row, so the route's update waits inside the database
  const holder = pgClient(cluster.url, { max: 1, onnotice: () => {} })
  let release!: () => void
  const held = new Promise<void>((r) => { release = r })
  let locked!: () => void
  const rowLocked = new Promise<void>((r) => { locked = r })
  const holding = holder.begin(async (tx) => {
    await tx`select 1 from calls where call_sid = ${callSid} for update`
    locked()
    await held
  }).catch(() => undefined)
  t.teardown(async () => { release(); await holding; await holder.end({ timeout: 1 }).catch(() => undefined) })
  await rowLocked

  const inFlight = queueResult('hotline', IN_FLIGHT, callSid, 'hangup')
  await waitFor('the queue-result waiting on the row', async () =>
    (await app.sql`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%update calls%'`)[0]!.n === 1, 10_000)
  t.ok(app.dbHealth.up, 'the request was admitted while the database was up')

  cluster.stop('fast')
  const res = await inFlight
  t.equal(res.statusCode, 200, 'Twilio hears 200, not 503', { body: res.body })
  t.match(res.body, /<Response><Hangup\/><\/Response>/, 'with the TwiML the route would give')
  t.equal(spoolFiles().length, 1, 'the callback waits in the spool')

  cluster.start()
  await waitFor('the spool replayed', () => spoolFiles().length === 0, 30_000)
  await becomes(callSid, 'abandoned')
  t.equal(await statusOf(callSid), 'abandoned', 'and became what it would have been: a missed call')
})
