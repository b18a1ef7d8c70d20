// A call's recording is the caller's voice: once the call became a case, only those who may see that case hear it.
// A voicemail on the reporting line logged as a report against the city centre moves to the inspection unit; the
// centre's operators (the accused unit) must not hear the reporter's voice through /api/calls, nor see which case
// the call became (issue 16, recusal holds everywhere).
import t from 'tap'
import { createHash, randomBytes } from 'node:crypto'
import { buildTestApp, logComplaint, signIn, unitOf } from './helper.js'

t.test('the accused centre neither hears a report\'s recording nor sees its case in the calls list', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  await app.ready()
  const city = await unitOf(db, '530100')
  const cityOperator = await signIn(app, 'operator', '530100')
  const other = await signIn(app, 'operator', '530100')

  const voice = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), randomBytes(64)])
  const sha256 = createHash('sha256').update(voice).digest('hex')
  await app.attachments.writeBlob({ field: null, filename: 'voicemail.wav', content: voice, sha256, size: voice.length, mime: 'audio/wav', kind: 'audio', paged: false })
  const callOf = async (caseId: number | null) => {
    const callSid = 'CA' + randomBytes(16).toString('hex')
    const [a] = await sql`insert into attachments (sha256, size, mime, filename, complaint_id, kind) values (${sha256}, ${voice.length}, 'audio/wav', 'voicemail.wav', ${caseId}, 'recording') returning id`
    await sql`insert into calls (call_sid, line, status, anonymous, recording_attachment_id, case_id, raw) values (${callSid}, 'phone', 'voicemail', true, ${a.id}, ${caseId}, '{}')`
    return callSid
  }

  // the report against the city centre, logged from the voicemail: received by the inspection unit
  const report = await logComplaint(other, { type: 'report', content: '市群众诉求中心工作人员推诿刁难群众。', address: undefined, complainant: { anonymous: true }, accusedUnitId: city.id })
  t.equal((await cityOperator.get(`/api/cases/${report.id}`)).statusCode, 404, 'the accused centre cannot open the case')
  const reported = await callOf(report.id)
  // a complaint the centre handles, and a voicemail not yet logged: the centre's operators hear both
  const complaint = await logComplaint(other)
  const handled = await callOf(complaint.id)
  const waiting = await callOf(null)

  const hidden = await cityOperator.get(`/api/calls/${reported}/recording`)
  t.equal(hidden.statusCode, 404, 'the reporter\'s voice is not served to the accused centre')
  t.equal(hidden.json().error.code, 'call_not_found', 'answered as for a call that does not exist')
  t.equal((await cityOperator.get(`/api/calls/${handled}/recording`)).statusCode, 200, 'a complaint\'s recording is heard')
  t.equal((await cityOperator.get(`/api/calls/${waiting}/recording`)).statusCode, 200, 'a voicemail to log is heard')

  const items = (await cityOperator.get('/api/calls')).json().items as { callSid: string; caseId: number | null; recording: unknown }[]
  const row = items.find((i) => i.callSid === reported)
  t.ok(!row || (row.caseId === null && row.recording === null), 'the list names neither the report nor its recording')
  t.notMatch(JSON.stringify(items), `"caseId":${report.id}`, 'the report\'s id is nowhere in the list')
  const mine = items.find((i) => i.callSid === handled)
  t.same([mine?.caseId, Boolean(mine?.recording)], [complaint.id, true], 'a visible case\'s call is listed in full')
})
