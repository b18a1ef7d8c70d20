// Twilio's voice and SMS webhooks during a database outage (issue #18): a caller still hears a message and can leave
// a voicemail, a signed SMS is accepted (kept sealed in the spool, fsync'd before the 200), and each becomes what it
// would have been once the database is back — exactly once. On the reporting line a caller who chose anonymity
// leaves no number in the spool either. Every webhook is signed as Twilio signs it; the test stops a PostgreSQL of
// its own (test/ops/cluster.ts).
import t from 'tap'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { openSpoolEntry, spoolDir } from '../src/ops/spool.js'
import { waitFor } from './ops/service.js'
import { newSid, twilioCallParams, twilioSmsParams, TEST_ACCOUNT_SID } from './support/fake-twilio.js'
import { HOTLINE, REPORT, spoolApp } from './support/spool-app.js'

const NAMED = '+8613800138000'
const ANONYMOUS = '+8613900139000'

const { cluster, config, app, twilioPost, spoolFiles, keys } = await spoolApp(t)

t.test('during an outage: voicemail on both lines and SMS are answered and spooled; replayed once when the database is back', async (t) => {
  cluster.stop('fast')
  await waitFor('the outage noticed', () => !app.dbHealth.up, 10_000)

  // 春城热线: the caller hears that the line cannot connect them now, and is asked for a message
  const call = newSid('CA')
  const recording = newSid('RE')
  const voice = await twilioPost('/channels/hotline/voice', twilioCallParams({ from: NAMED, to: HOTLINE, callSid: call }))
  t.equal(voice.statusCode, 200, 'the call is answered', { body: voice.body })
  t.match(voice.body, /<Say[^>]*>[^<]*留言/, 'a spoken message asking for a voicemail')
  t.match(voice.body, /<Record[^>]*action="https:\/\/rexian\.km\.gov\.cn\/channels\/hotline\/recorded"/, 'and a recording')
  const recorded = await twilioPost('/channels/hotline/recorded', twilioCallParams({ from: NAMED, to: HOTLINE, callSid: call, RecordingSid: recording, RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${TEST_ACCOUNT_SID}/Recordings/${recording}`, RecordingDuration: '12' }))
  t.equal(recorded.statusCode, 200, 'the message is taken')
  t.match(recorded.body, /<Say[^>]*>[^<]*留言已收到/)
  const status = await twilioPost('/channels/hotline/recording-status', { AccountSid: TEST_ACCOUNT_SID, CallSid: call, RecordingSid: recording, RecordingStatus: 'completed', RecordingDuration: '12', RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${TEST_ACCOUNT_SID}/Recordings/${recording}` })
  t.equal(status.statusCode, 204, 'the recording callback is accepted')

  // 电话 (the reporting line): the menu, then 1 for anonymous, then a message
  const anonCall = newSid('CA')
  const anonRecording = newSid('RE')
  const menu = await twilioPost('/channels/phone/voice', twilioCallParams({ from: ANONYMOUS, to: REPORT, callSid: anonCall }))
  t.equal(menu.statusCode, 200)
  t.match(menu.body, /<Gather[^>]*action="https:\/\/rexian\.km\.gov\.cn\/channels\/phone\/choice"/, 'the reporting line still offers the anonymous option')
  const choice = await twilioPost('/channels/phone/choice', twilioCallParams({ from: ANONYMOUS, to: REPORT, callSid: anonCall, Digits: '1' }))
  t.equal(choice.statusCode, 200)
  t.match(choice.body, /匿名举报[^<]*不会保留您的电话号码/, 'the anonymous caller is told the number is not kept')
  t.match(choice.body, /<Record/, 'and may leave a message')
  t.equal((await twilioPost('/channels/phone/recording-status', { AccountSid: TEST_ACCOUNT_SID, CallSid: anonCall, From: ANONYMOUS, Caller: ANONYMOUS, RecordingSid: anonRecording, RecordingStatus: 'completed', RecordingDuration: '20', RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${TEST_ACCOUNT_SID}/Recordings/${anonRecording}` })).statusCode, 204)

  // an SMS to the hotline: accepted with an empty TwiML answer (the receipt goes out once the case exists)
  const sms = twilioSmsParams({ from: NAMED, to: HOTLINE, body: '停电期间发来的短信：小区路灯坏了三天。' })
  const smsRes = await twilioPost('/channels/hotline/sms', sms)
  t.equal(smsRes.statusCode, 200, 'the SMS is accepted', { body: smsRes.body })
  t.match(smsRes.headers['content-type'], /xml/)

  const wrong = await twilioPost('/channels/hotline/sms', twilioSmsParams({ from: NAMED, to: HOTLINE, body: '伪造' }), 'wrong')
  t.not(wrong.statusCode, 200, 'a webhook with a wrong signature is not accepted')

  const files = spoolFiles()
  t.equal(files.length, 7, 'seven webhooks wait in the spool')
  const raw = files.map((f) => readFileSync(path.join(spoolDir(config.dataDir), f), 'utf8')).join('\n')
  t.notMatch(raw, /13800138000|13900139000|停电期间/, 'sealed on disk: no number and no text readable')
  const entries = files.map((f) => openSpoolEntry(path.join(spoolDir(config.dataDir), f), keys.encKey))
  const anonymous = entries.filter((e) => e.url.startsWith('/channels/phone/'))
  t.equal(anonymous.length, 3)
  t.notMatch(JSON.stringify(anonymous), /13900139000/, 'the anonymous caller\'s number is not in the spool at all')

  cluster.start()
  await waitFor('the spool replayed', () => spoolFiles().length === 0, 30_000)

  const calls = await app.sql`select call_sid, line, status, anonymous, caller_hash, caller_enc, recording_sid, raw::text as raw from calls order by line`
  t.equal(calls.length, 2, 'both calls are stored')
  const hotline = calls.find((c) => c.call_sid === call)!
  t.match(hotline, { line: 'hotline', status: 'voicemail', recording_sid: recording }, 'the hotline call is a voicemail with its recording')
  t.ok(hotline.caller_hash, 'with the caller (the hotline is not anonymous)')
  const report = calls.find((c) => c.call_sid === anonCall)!
  t.match(report, { line: 'phone', status: 'voicemail', anonymous: true, caller_hash: null, caller_enc: null, recording_sid: anonRecording }, 'the anonymous report keeps no number')
  t.notMatch(report.raw, /13900139000/)
  const jobs = await app.sql`select count(*)::int as n from pgboss.job where name = 'recording-download'`
  t.equal(jobs[0].n, 2, 'each recording is queued for download once')
  const smsRows = await app.sql`select outcome, case_id from inbound_sms where message_sid = ${sms.MessageSid}`
  t.match(smsRows, [{ outcome: 'complaint' }], 'the SMS became a complaint')
  const complaints = await app.sql`select count(*)::int as n from complaints where channel = 'hotline'`
  t.equal(complaints[0].n, 1, 'one case from it')

  const again = await twilioPost('/channels/hotline/sms', sms)
  t.equal(again.statusCode, 200, 'Twilio retrying the SMS: accepted')
  t.equal((await app.sql`select count(*)::int as n from complaints where channel = 'hotline'`)[0].n, 1, 'still one case')
})
