import t from 'tap'
import { buildTestApp, logComplaint, sendEvent, signIn, testPool, unitOf, type Session } from './helper.js'
import { acceptedEventTypes, caseMachine, CASE_EVENT_TYPES, type CaseSnapshot } from '../src/cases/machine.js'
import { scanDeadlines } from '../workers/deadlines.js'
import { verifyAudit } from '../src/audit/verify.js'
import { pageQuery } from '../src/cases/list.js'
import type { StaffUser } from '../src/users/service.js'

const HUASHAN = '530102001', CUIHU = '530102001001', TUODONG = '530103001'

/** A payload for every event type that the HTTP layer accepts as well-formed. */
const payloads: Record<string, Record<string, unknown>> = {
  REGISTER: { category: 'village_affairs' }, REJECT: { reason: '不属于受理范围' }, MERGE: { intoCaseId: 1 }, WITHDRAW: { reason: '已自行解决' },
  DISPATCH: { chain: [1] }, ANSWER: { text: '答复' }, SIGN: {}, RETURN: { reason: '不属本单位职责' }, DELEGATE: { unitId: 1 },
  REQUEST_EXTENSION: { workingDays: 3, reason: '需现场核查' }, APPROVE_EXTENSION: {}, DENY_EXTENSION: { reason: '理由不足' },
  SUBMIT_REPLY: { text: '已办理', resolved: true }, APPROVE_REPLY: {}, REJECT_REPLY: { reason: '不完整' },
  SEND_FEEDBACK: { text: '结果', channel: 'sms' }, EVALUATE: { rating: 'satisfied' }, DECIDE: { outcome: 'close', note: '结案' }, SUPERVISE: { note: '请加快办理' },
}

t.test('case rules over HTTP', async (t) => {
  const { app, db, sql, url, config } = await buildTestApp(t)
  // the schema's owner (the app's own role may not even try what the triggers refuse)
  const owner = testPool(t, url).sql
  const secret = config.SUQIU_SECRET
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const countySup = await signIn(app, 'supervisor', '530102')
  const townshipSup = await signIn(app, 'supervisor', HUASHAN)
  const townshipOfficer = await signIn(app, 'officer', HUASHAN)
  const villageOfficer = await signIn(app, 'officer', CUIHU)
  const villageOfficer2 = await signIn(app, 'officer', CUIHU)
  const otherTownship = await signIn(app, 'officer', TUODONG)
  const inspector = await signIn(app, 'inspector', '530102')
  const u = { county: await unitOf(db, '530102'), township: await unitOf(db, HUASHAN), village: await unitOf(db, CUIHU), tuodong: await unitOf(db, TUODONG) }
  const ok = async (s: Session, id: number, body: Record<string, unknown>) => {
    const res = await sendEvent(s, id, body)
    if (res.statusCode !== 200) throw new Error(`${body.type}: ${res.statusCode} ${res.body}`)
    return res.json()
  }
  const toAssigned = async () => {
    const c = await logComplaint(operator)
    await ok(dispatcher, c.id, { type: 'REGISTER', category: 'village_affairs' })
    await ok(dispatcher, c.id, { type: 'DISPATCH', chain: [u.county.id, u.township.id, u.village.id] })
    return c.id
  }

  t.test('every event a state does not accept answers 409 and changes nothing', async (t) => {
    const states: Record<string, number> = {}
    states.intake = (await logComplaint(operator)).id
    states.triage = (await logComplaint(operator)).id
    await ok(dispatcher, states.triage, { type: 'REGISTER', category: 'village_affairs' })
    states.assigned = await toAssigned()
    states.handling = await toAssigned()
    await ok(villageOfficer, states.handling, { type: 'SIGN' })
    states.review = await toAssigned()
    await ok(villageOfficer, states.review, { type: 'SIGN' })
    await ok(villageOfficer, states.review, { type: 'SUBMIT_REPLY', text: '已办', resolved: true })
    states.feedback = (await logComplaint(operator)).id
    await ok(dispatcher, states.feedback, { type: 'REGISTER', category: 'policy_consultation' })
    await ok(dispatcher, states.feedback, { type: 'ANSWER', text: '按政策规定办理。' })
    states.evaluation = (await logComplaint(operator)).id
    await ok(dispatcher, states.evaluation, { type: 'REGISTER', category: 'policy_consultation' })
    await ok(dispatcher, states.evaluation, { type: 'ANSWER', text: '按政策规定办理。' })
    await ok(operator, states.evaluation, { type: 'SEND_FEEDBACK', text: '已答复', channel: 'sms' })
    states.rejected = (await logComplaint(operator)).id
    await ok(dispatcher, states.rejected, { type: 'REJECT', reason: '重复反映' })

    let checked = 0
    for (const [state, id] of Object.entries(states)) {
      const before = (await dispatcher.get(`/api/cases/${id}`)).json()
      t.equal(before.state, state)
      const [{ snapshot }] = await sql`select snapshot from cases where id = ${id}`
      const accepted = acceptedEventTypes(caseMachine.resolveState(snapshot) as CaseSnapshot)
      for (const type of CASE_EVENT_TYPES.filter((e) => payloads[e] && !accepted.includes(e))) {
        const res = await sendEvent(dispatcher, id, { type, ...payloads[type] })
        t.equal(res.statusCode, 409, `${state} refuses ${type}`)
        t.equal(res.json().error.code, 'illegal_transition')
        t.equal(res.json().error.state, state)
        t.same(res.json().error.acceptedEvents, accepted, 'the answer lists the events the state accepts')
        checked++
      }
      const after = (await dispatcher.get(`/api/cases/${id}`)).json()
      t.equal(after.version, before.version, `${state}: refused events changed nothing`)
      t.equal(after.timeline.length, before.timeline.length)
    }
    t.ok(checked > 80, `${checked} refusals checked`)
  })

  t.test('two officers at once: one wins, the other gets 409, nothing lost', async (t) => {
    const id = await toAssigned()
    const { version } = (await villageOfficer.get(`/api/cases/${id}`)).json()
    const [a, b] = await Promise.all([
      sendEvent(villageOfficer, id, { type: 'SIGN', expectedVersion: version }),
      sendEvent(villageOfficer2, id, { type: 'SIGN', expectedVersion: version }),
    ])
    t.same([a.statusCode, b.statusCode].sort(), [200, 409])
    const loser = a.statusCode === 409 ? a : b
    t.match(loser.json().error.code, /version_conflict|illegal_transition/)
    const events = await sql`select count(*)::int as n from case_events where case_id = ${id} and type = 'SIGN'`
    t.equal(events[0].n, 1, 'exactly one SIGN was recorded')
  })

  t.test('jurisdiction: another township cannot read, list, count or act', async (t) => {
    const id = await toAssigned()
    t.equal((await otherTownship.get(`/api/cases/${id}`)).statusCode, 404)
    t.equal((await sendEvent(otherTownship, id, { type: 'SIGN' })).statusCode, 404)
    const list = (await otherTownship.get('/api/cases?q=' + encodeURIComponent('公示栏'))).json()
    t.notOk(list.items.some((c: { id: number }) => c.id === id))
    t.equal(list.total, 0)
    t.equal((await villageOfficer.get(`/api/cases/${id}`)).statusCode, 200)
    t.equal((await inspector.get(`/api/cases/${id}`)).statusCode, 200, 'the county inspector sees the county')
    const wrongUnit = await sendEvent(townshipOfficer, id, { type: 'SIGN' })
    t.equal(wrongUnit.statusCode, 403)
    t.equal(wrongUnit.json().error.code, 'wrong_unit')
    const mine = (await villageOfficer.get('/api/cases?queue=mine')).json()
    t.ok(mine.items.some((c: { id: number }) => c.id === id))
    t.equal(mine.items.find((c: { id: number }) => c.id === id).complainant.phone, '139****5678')
    // the unit queue: cases with the unit in their chain, whoever holds them now
    const unitQueue = (await townshipOfficer.get('/api/cases?queue=unit&pageSize=100')).json()
    t.ok(unitQueue.items.some((c: { id: number }) => c.id === id), 'in the township\'s unit queue (its chain runs through it)')
    const othersQueue = (await otherTownship.get('/api/cases?queue=unit&pageSize=100')).json()
    t.notOk(othersQueue.items.some((c: { id: number }) => c.id === id), 'not in another township\'s')
  })

  t.test('recusal: a report against a township is handled above it and hidden from it', async (t) => {
    const c = await logComplaint(operator, { type: 'report', content: '华山街道某干部违规收受礼金，请查处。', accusedUnitId: u.township.id })
    t.equal((await townshipOfficer.get(`/api/cases/${c.id}`)).statusCode, 404, 'the accused unit cannot see it')
    t.equal((await villageOfficer.get(`/api/cases/${c.id}`)).statusCode, 404, 'nor can units below it')
    const list = (await townshipSup.get('/api/cases')).json()
    t.notOk(list.items.some((x: { id: number }) => x.id === c.id))
    await ok(dispatcher, c.id, { type: 'REGISTER', category: 'township_official_misconduct', complaintType: 'report', accusedUnitId: u.township.id })
    const routing = (await dispatcher.get(`/api/cases/${c.id}/routing`)).json()
    t.same(routing.chain.map((x: { unitId: number }) => x.unitId), [u.county.id], 'handled by the county')
    const refused = await sendEvent(dispatcher, c.id, { type: 'DISPATCH', chain: [u.county.id, u.township.id] })
    t.equal(refused.statusCode, 403)
    t.equal(refused.json().error.code, 'recusal')
    const view = await ok(dispatcher, c.id, { type: 'DISPATCH', chain: [u.county.id] })
    t.equal(view.currentUnit.id, u.county.id)
    const countyQueue = (await inspector.get('/api/cases?queue=unit&pageSize=100')).json()
    t.ok(countyQueue.items.some((x: { id: number }) => x.id === c.id), 'in the county\'s unit queue')
    // Even a chain that ran through the accused unit (DISPATCH refuses one; here written by hand) keeps the case
    // out of that unit's unit queue and its count: recusal is checked on every list
    await sql`update cases set chain_unit_ids = chain_unit_ids || ${u.township.id}::bigint where id = ${c.id}`
    for (const path of ['/api/cases?queue=unit&pageSize=100', '/api/cases?queue=unit&pageSize=1']) {
      const hidden = (await townshipSup.get(path)).json()
      t.notOk(hidden.items.some((x: { id: number }) => x.id === c.id), `absent from ${path}`)
    }
    const [{ n }] = await sql`select count(*)::int as n from cases where ${u.township.id}::bigint = any(chain_unit_ids) and recuse_division_code is null`
    t.equal((await townshipSup.get('/api/cases?queue=unit&pageSize=1')).json().total, n, 'the count leaves it out too')
    await sql`update cases set chain_unit_ids = array_remove(chain_unit_ids, ${u.township.id}::bigint) where id = ${c.id}`
  })

  t.test('extension asked, approved and denied; return and re-dispatch; merge and reject', async (t) => {
    const id = await toAssigned()
    await ok(villageOfficer, id, { type: 'SIGN' })
    const before = (await villageOfficer.get(`/api/cases/${id}`)).json()
    let v = await ok(villageOfficer, id, { type: 'REQUEST_EXTENSION', workingDays: 5, reason: '需等待测绘结果' })
    t.equal(v.subState, 'extensionRequested')
    t.equal(v.currentUnit.id, u.township.id, 'the township decides the extension')
    v = await ok(townshipSup, id, { type: 'APPROVE_EXTENSION' })
    t.equal(v.chain.at(-1).extensionDays, 5)
    t.ok(new Date(v.deadlines.link) > new Date(before.deadlines.link), 'the handling deadline moved')
    await ok(villageOfficer, id, { type: 'REQUEST_EXTENSION', workingDays: 3, reason: '还需核实' })
    v = await ok(townshipSup, id, { type: 'DENY_EXTENSION', reason: '理由不充分' })
    t.equal(v.chain.at(-1).extensionDays, 5)
    const tooMuch = await sendEvent(villageOfficer, id, { type: 'REQUEST_EXTENSION', workingDays: 11, reason: '再延' })
    t.equal(tooMuch.statusCode, 422, 'at most 15 working days in all')

    const overallBefore = v.deadlines.overall
    v = await ok(villageOfficer, id, { type: 'RETURN', reason: '不属本社区职责' })
    t.equal(v.state, 'handling')
    t.equal(v.currentUnit.id, u.township.id, 'back one link, to the township')
    v = await ok(townshipSup, id, { type: 'RETURN', reason: '应由区住建局办理' })
    v = await ok(countySup, id, { type: 'RETURN', reason: '退回市中心改派' })
    t.equal(v.state, 'triage')
    t.equal(v.counts.returns, 3, 'returns are counted')
    v = await ok(dispatcher, id, { type: 'DISPATCH', chain: [u.county.id] })
    t.equal(v.deadlines.overall, overallBefore, 're-dispatch does not reset the overall clock')
    const [{ return_count }] = await sql`select return_count from cases where id = ${id}`
    t.equal(return_count, 3)

    const a = await logComplaint(operator)
    const b = await logComplaint(operator)
    const merged = await ok(dispatcher, b.id, { type: 'MERGE', intoCaseId: a.id })
    t.equal(merged.state, 'merged')
    t.equal(merged.mergedInto, a.id)
    const rejected = await ok(dispatcher, a.id, { type: 'REJECT', reason: '不属于本机关受理范围' })
    t.equal(rejected.state, 'rejected')
    t.equal(rejected.rejectReason, '不属于本机关受理范围')
  })

  t.test('the deadline worker warns yellow, then red; inspectors supervise', async (t) => {
    const id = await toAssigned()
    const [row] = await sql`select link_due_at, link_started_at, next_check_at from cases where id = ${id}`
    t.ok(row.next_check_at, 'the case has a next check')
    const afterYellow = new Date(row.next_check_at.getTime() + 1000)
    let r = await scanDeadlines({ ...app.cases, now: () => afterYellow })
    t.ok(r.warned >= 1)
    t.equal((await dispatcher.get(`/api/cases/${id}`)).json().warning, 'yellow')
    const afterDue = new Date(row.link_due_at.getTime() + 1000)
    r = await scanDeadlines({ ...app.cases, now: () => afterDue })
    const view = (await inspector.get(`/api/cases/${id}`)).json()
    t.equal(view.warning, 'red')
    t.equal(view.warningLabel, '红牌超期')
    const overdue = (await inspector.get('/api/cases?queue=overdue')).json()
    t.ok(overdue.items.some((c: { id: number }) => c.id === id))
    const supervised = await ok(inspector, id, { type: 'SUPERVISE', note: '请立即签收办理' })
    t.equal(supervised.counts.supervisions, 1)
    t.equal((await inspector.get('/api/cases?queue=supervised')).json().items[0].id, id)
    const again = await scanDeadlines({ ...app.cases, now: () => afterDue })
    t.equal(again.warned, 0, 'no second red warning')
  })

  t.test('a case past its link deadline is overdue before the worker has turned it red', async (t) => {
    const id = await toAssigned()
    // the clock of a case dispatched ten days ago, as deriveColumns wrote it then; the worker has not run since
    await sql`update cases set link_started_at = link_started_at - interval '10 days', link_due_at = link_due_at - interval '10 days',
      next_check_at = next_check_at - interval '10 days' where id = ${id}`
    t.equal((await inspector.get(`/api/cases/${id}`)).json().warning, 'none', 'not red yet')
    const listed = async (s: Session) => (await s.get('/api/cases?queue=overdue&pageSize=100')).json().items.filter((c: { id: number }) => c.id === id).length
    t.equal(await listed(inspector), 1, 'in the county inspector\'s overdue list')
    t.equal(await listed(villageOfficer), 1, 'and in the village\'s')
    t.equal(await listed(otherTownship), 0, 'not in another township\'s')
    // a list of more than COUNT_CAP cases is found by walking the deadline order instead: the same case
    const county: StaffUser = { id: 0, username: 'inspector', displayName: '', role: 'inspector', unit: { id: u.county.id, name: u.county.name, divisionCode: '530102', level: 'county' } }
    const onPage = async (few: boolean) => (await pageQuery(sql, county, { queue: 'overdue', pageSize: 100 }, { few })).filter((r) => Number(r.id) === id).length
    t.equal(await onPage(false), 1, 'on the page found in deadline order')
    const { caseNumber, state } = (await inspector.get(`/api/cases/${id}`)).json()
    const searched = (await inspector.get(`/api/cases?queue=overdue&q=${caseNumber}&state=${state}`)).json()
    t.same(searched.items.map((c: { id: number }) => c.id), [id], 'found by its case number and state among the overdue')
    t.equal((await inspector.get(`/api/cases?queue=overdue&q=${caseNumber}&state=closed`)).json().total, 0, 'and not under another state')
    await scanDeadlines(app.cases)
    t.equal((await inspector.get(`/api/cases/${id}`)).json().warning, 'red', 'the worker turns it red')
    t.equal(await listed(inspector), 1, 'still listed, once')
    t.equal(await listed(villageOfficer), 1)
    t.equal(await onPage(false), 1, 'and in deadline order')
  })

  t.test('events and reveals on one case at once: each audit row links to the one before it', async (t) => {
    const id = await toAssigned()
    const [{ n: before }] = await sql`select count(*)::int as n from audit_log where case_id = ${id}`
    // the inspector supervises three times and reveals the phone three times, all at once: six writers of one chain
    const answers = await Promise.all([
      ...[1, 2, 3].map((i) => sendEvent(inspector, id, { type: 'SUPERVISE', note: `第${i}次督办` })),
      ...[1, 2, 3].map(() => inspector.post(`/api/cases/${id}/reveal`, { field: 'phone', reason: '回访核实' })),
    ])
    t.same(answers.map((a) => a.statusCode), [200, 200, 200, 200, 200, 200], answers.map((a) => a.body).join(' | '))
    t.equal(answers[3].json().value, '+8613912345678', 'the revealed phone')
    const chain = await sql`select prev_hash, row_hash, action from audit_log where case_id = ${id} order by id`
    t.equal(chain.length, before + 6, 'six rows more')
    t.ok(chain.every((r, i) => i === 0 || r.prev_hash === chain[i - 1].row_hash), 'no two rows link to the same one')
    t.equal(chain.filter((r) => r.action === 'case.SUPERVISE').length, 3)
    t.equal((await inspector.get(`/api/cases/${id}`)).json().counts.supervisions, 3, 'no supervision lost')
    const verified = await verifyAudit(sql, { secret })
    t.ok(verified.ok, JSON.stringify(verified.problems))
  })

  t.test('a case and its complaint are records: the database refuses to delete them', async (t) => {
    const id = await toAssigned()
    for (const table of ['cases', 'complaints'] as const) {
      t.match(String(await sql`delete from ${sql(table)} where id = ${id}`.catch((e) => e)), /permission denied/, `the app's role may not DELETE on ${table}`)
      const refused = await owner`delete from ${sql(table)} where id = ${id}`.catch((e) => e)
      t.match(String(refused), /records and are never deleted/, `DELETE on ${table} refused`)
      const truncated = await owner`truncate ${sql(table)} cascade`.catch((e) => e)
      t.match(String(truncated), /never deleted/, `TRUNCATE on ${table} refused`)
    }
    const [{ n }] = await sql`select count(*)::int as n from cases c join complaints k on k.id = c.id where c.id = ${id}`
    t.equal(n, 1, 'both rows still there')
    t.equal((await villageOfficer.get(`/api/cases/${id}`)).statusCode, 200)
  })

  t.test('the audit chain verifies, and a row changed by hand is named', async (t) => {
    const good = await verifyAudit(sql, { secret })
    t.ok(good.ok, JSON.stringify(good.problems))
    t.ok(good.rows > 20)
    const refused = await owner`update audit_log set action = 'x' where id = (select min(id) from audit_log)`.catch((e) => e)
    t.match(String(refused), /append-only/, 'the database refuses updates')
    const [victim] = await sql`select id from audit_log order by id offset 5 limit 1`
    await owner.begin(async (tx) => {
      await tx`set local session_replication_role = replica`
      await tx`update audit_log set detail = '{"forged":true}' where id = ${victim.id}`
    })
    const bad = await verifyAudit(sql, { secret })
    t.notOk(bad.ok)
    t.equal(bad.brokenAt!.id, Number(victim.id))
  })

  t.test('no open case that is not red has its next check after its link deadline (the overdue list relies on it)', async (t) => {
    const [{ open, states }] = await sql`select count(*)::int as open, count(distinct state)::int as states from cases where closed_at is null and link_due_at is not null`
    t.ok(open >= 10 && states >= 5, `${open} open cases in ${states} states`)
    const late = await sql`
      select id, state, warning, link_due_at, next_check_at from cases
      where closed_at is null and warning <> 'red' and link_due_at is not null and (next_check_at is null or next_check_at > link_due_at)`
    t.same(late, [], 'each would reach the overdue list only when the worker turned it red')
  })
})
