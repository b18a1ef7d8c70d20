// 回避 (recusal) by unit subtree, and the places a report goes when its receiving centre is accused (issue 16,
// finding 4): reports against the city centre go to the city's inspection unit; a report registered at the accused
// unit moves up by itself; no live notice reaches the accused subtree; MERGE keeps to what the actor may see. Then the
// recusal matrix: every case-reading route × the accused unit, a unit below it, its parent chain and a sibling.
import t from 'tap'
import WebSocket from 'ws'
import type { FastifyInstance } from 'fastify'
import { buildTestApp, login, logComplaint, sendEvent, signIn, unitOf, type Session } from './helper.js'
import { createUser } from '../src/users/service.js'
import { compileFilters, encodeLiveEvent, notifyAfterCommit, type LiveMessage } from '../src/live/events.js'
import type { Role } from '../src/auth/roles.js'
import { canSeeCase, caseScopeOf, viewerOf } from '../src/cases/access.js'
import { signFaxBody } from '../channels/fax/verify.js'
import { FAX_SECRET, paperApp } from './fixtures/files/app.js'
import { faxTiff, multipart } from './fixtures/files/make.js'

const CITY = '530100', COUNTY = '530102', HUASHAN = '530102001', CUIHU = '530102001001'
const REPORT = { type: 'report', content: '华山街道某干部违规收受礼金，请查处。', address: '昆明市五华区华山街道翠湖西路社区' }

/** A client socket that collects every message; `until` waits (bounded) for one that matches. */
function watch(ws: WebSocket) {
  const messages: LiveMessage[] = []
  const waiters: { test: (m: LiveMessage) => boolean; resolve: () => void }[] = []
  ws.on('message', (data) => {
    const m = JSON.parse(data.toString()) as LiveMessage
    messages.push(m)
    for (const w of [...waiters]) if (w.test(m)) { waiters.splice(waiters.indexOf(w), 1); w.resolve() }
  })
  return {
    ws, messages,
    until(test: (m: LiveMessage) => boolean, what: string, ms = 30_000): Promise<void> {
      if (messages.some(test)) return Promise.resolve()
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)
        waiters.push({ test, resolve: () => { clearTimeout(timer); resolve() } })
      })
    },
    /** messages that name the case */
    about: (caseId: number) => messages.filter((m) => (m.payload as { caseId?: number } | null)?.caseId === caseId),
  }
}
type Watched = ReturnType<typeof watch>

async function connect(app: FastifyInstance, s: Session): Promise<Watched> {
  let w: Watched | undefined
  await app.injectWS('/ws', { headers: { cookie: s.cookie } }, { onInit: (ws) => { w = watch(ws) } })
  await w!.until((m) => m.topic === 'live.ready', 'live.ready')
  return w!
}

/** A marker sent after everything before it (same after-commit queue): once a socket has it, it has all earlier ones. */
async function drain(app: FastifyInstance, sockets: Watched[]): Promise<void> {
  const marker = `drain-${Math.random().toString(36).slice(2)}`
  await notifyAfterCommit(app.sql, [encodeLiveEvent({ topic: 'test.drain', payload: { marker } })])
  await Promise.all(sockets.map((s) => s.until((m) => m.topic === 'test.drain' && (m.payload as { marker: string }).marker === marker, 'drain marker')))
}

async function inspectionUnit(app: FastifyInstance): Promise<number> {
  const [u] = await app.sql`select id from units where division_code = ${CITY} and kind = 'inspection'`
  if (!u) throw new Error('no inspection unit')
  return Number(u.id)
}

async function signInAt(app: FastifyInstance, role: Role, unitId: number, name: string): Promise<Session> {
  await createUser(app.db, { username: name, password: 'correct horse battery', role, unitId })
  return login(app, name, 'correct horse battery')
}

const ok = async (s: Session, id: number, body: Record<string, unknown>) => {
  const res = await sendEvent(s, id, body)
  if (res.statusCode !== 200) throw new Error(`${body.type}: ${res.statusCode} ${res.body}`)
  return res.json()
}

t.test('the live filter: recuseUnitId keeps a notice from the accused unit and every unit below it', async (t) => {
  const match = compileFilters({ unitIds: [1, 2, 3], recuseUnitId: 2 })
  const at = (unitId: number, ancestorUnitIds?: number[]) => ({ id: 9, role: 'officer', unitId, divisionCode: '530102', ancestorUnitIds })
  t.equal(match(at(1, [1])), true, 'a unit outside the accused subtree')
  t.equal(match(at(2, [2, 1])), false, 'the accused unit')
  t.equal(match(at(3, [3, 2, 1])), false, 'a unit below it')
  t.equal(match(at(1)), false, 'a recipient whose ancestors are unknown gets nothing')
  t.throws(() => encodeLiveEvent({ topic: 'x', recuseUnitId: 1.5, payload: null }), TypeError)
})

t.test('reports against a centre go where someone can act on them', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  await app.ready()
  const city = await unitOf(db, CITY), county = await unitOf(db, COUNTY), huashan = await unitOf(db, HUASHAN)
  const inspection = await inspectionUnit(app)
  const cityOperator = await signIn(app, 'operator', CITY)
  const cityDispatcher = await signIn(app, 'dispatcher', CITY)
  const inspector = await signInAt(app, 'inspector', inspection, 'insp1')
  const inspectionDispatcher = await signInAt(app, 'dispatcher', inspection, 'insp-disp')
  const countyDispatcher = await signIn(app, 'dispatcher', COUNTY)
  const huashanOperator = await signIn(app, 'operator', HUASHAN)
  const huashanDispatcher = await signIn(app, 'dispatcher', HUASHAN)

  t.test('a report against the city centre goes to the inspection unit, which can act on it', async (t) => {
    const c = await logComplaint(cityOperator, { ...REPORT, content: '市群众诉求中心工作人员推诿刁难群众。', accusedUnitId: city.id })
    const [row] = await sql`select root_unit_id from cases where id = ${c.id}`
    t.equal(Number(row.root_unit_id), inspection, 'received by the inspection unit')
    t.equal((await cityDispatcher.get(`/api/cases/${c.id}`)).statusCode, 404, 'the accused centre cannot see it')
    t.equal((await countyDispatcher.get(`/api/cases/${c.id}`)).statusCode, 404, 'nor a unit below the centre')
    t.equal((await inspector.get(`/api/cases/${c.id}`)).statusCode, 200, 'the inspectors see it')
    const list = (await inspectionDispatcher.get('/api/cases?state=intake&pageSize=100')).json()
    t.ok(list.items.some((x: { id: number }) => x.id === c.id), 'in the inspection unit\'s list')
    await ok(inspectionDispatcher, c.id, { type: 'REGISTER', category: 'other', complaintType: 'report', accusedUnitId: city.id })
    const answered = await ok(inspectionDispatcher, c.id, { type: 'ANSWER', text: '经核查，已责成市中心整改。' })
    t.equal(answered.state, 'feedback', 'the inspection unit handles it itself')
  })

  t.test('the city centre naming itself at REGISTER hands the case up to the inspection unit', async (t) => {
    const c = await logComplaint(cityOperator, { content: '反映市中心窗口人员态度问题。' })
    const v = await ok(cityDispatcher, c.id, { type: 'REGISTER', category: 'other', complaintType: 'report', accusedUnitId: city.id })
    t.same({ state: v.state, visible: v.visible }, { state: 'triage', visible: false }, 'registered, and no longer the centre\'s to see')
    const [row] = await sql`select root_unit_id from cases where id = ${c.id}`
    t.equal(Number(row.root_unit_id), inspection, 'moved up at registration')
    t.equal((await cityDispatcher.get(`/api/cases/${c.id}`)).statusCode, 404, 'and gone from the centre')
    t.equal((await inspectionDispatcher.get(`/api/cases/${c.id}`)).statusCode, 200)
  })

  t.test('a report registered at the accused township moves up to the county, which can register and withdraw it', async (t) => {
    const c = await logComplaint(huashanOperator, { ...REPORT, accusedUnitId: huashan.id })
    const [row] = await sql`select root_unit_id from cases where id = ${c.id}`
    t.equal(Number(row.root_unit_id), county.id, 'received by the county centre')
    t.equal((await huashanDispatcher.get(`/api/cases/${c.id}`)).statusCode, 404, 'the township cannot see it')
    await ok(countyDispatcher, c.id, { type: 'REGISTER', category: 'township_official_misconduct', complaintType: 'report', accusedUnitId: huashan.id })
    const c2 = await logComplaint(huashanOperator, { ...REPORT, content: '华山街道某站所违规收费。', accusedUnitId: huashan.id })
    const w = await ok(countyDispatcher, c2.id, { type: 'WITHDRAW', reason: '举报人撤回' })
    t.equal(w.state, 'withdrawn')
  })

  t.test('a report against a city department hides it from that department only, not from the city', async (t) => {
    const [dept] = await sql`insert into units (name, division_code, level, is_default) values ('昆明市城市管理局', ${CITY}, 'city', false) returning id`
    const deptOfficer = await signInAt(app, 'officer', Number(dept.id), 'dept-officer')
    const c = await logComplaint(cityOperator, { ...REPORT, content: '市城市管理局某执法人员粗暴执法。', accusedUnitId: Number(dept.id) })
    const [row] = await sql`select root_unit_id from cases where id = ${c.id}`
    t.equal(Number(row.root_unit_id), city.id, 'the city centre receives it (it is not below the department)')
    t.equal((await cityDispatcher.get(`/api/cases/${c.id}`)).statusCode, 200, 'the city centre sees it')
    t.equal((await countyDispatcher.get(`/api/cases/${c.id}`)).statusCode, 200, 'so does the county of its place')
    t.equal((await deptOfficer.get(`/api/cases/${c.id}`)).statusCode, 404, 'the department does not')
  })

  t.test('MERGE: both cases must be visible to the actor; an invisible and a missing id answer alike', async (t) => {
    const mine = await logComplaint(countyDispatcher, { content: '五华区某小区路灯不亮，晚上出行不便。' })
    const other = await logComplaint(cityOperator, { content: '盘龙区某路段路灯损坏。', address: '昆明市盘龙区拓东街道' })
    const hidden = await logComplaint(huashanOperator, { ...REPORT, content: '五华区某科室干部吃拿卡要。', accusedUnitId: county.id })
    const invisible = await sendEvent(countyDispatcher, mine.id, { type: 'MERGE', intoCaseId: other.id })
    const recused = await sendEvent(countyDispatcher, mine.id, { type: 'MERGE', intoCaseId: hidden.id })
    const missing = await sendEvent(countyDispatcher, mine.id, { type: 'MERGE', intoCaseId: 99_999_999 })
    t.equal(invisible.statusCode, 404, 'another county\'s case')
    t.equal(recused.statusCode, 404, 'a report hidden from the county')
    t.equal(missing.statusCode, 404)
    t.equal(invisible.json().error.code, missing.json().error.code, 'same code for an invisible and a missing case')
    t.equal(recused.json().error.code, missing.json().error.code)
    t.equal(invisible.json().error.message, missing.json().error.message)
    const [after] = await sql`select state from cases where id = ${mine.id}`
    t.equal(after.state, 'intake', 'nothing merged')
    const target = await logComplaint(countyDispatcher, { content: '五华区某小区路灯不亮，至今未修。' })
    t.equal((await ok(countyDispatcher, mine.id, { type: 'MERGE', intoCaseId: target.id })).state, 'merged', 'a visible target merges')
  })

  t.test('the accused unit hears nothing live of a report registered there', async (t) => {
    const accusedWs = await connect(app, huashanDispatcher)
    const countyWs = await connect(app, countyDispatcher)
    t.teardown(() => { accusedWs.ws.terminate(); countyWs.ws.terminate() })
    const c = await logComplaint(huashanOperator, { ...REPORT, content: '华山街道某干部违规发放补贴。', accusedUnitId: huashan.id })
    await ok(countyDispatcher, c.id, { type: 'REGISTER', category: 'township_official_misconduct', complaintType: 'report', accusedUnitId: huashan.id })
    await drain(app, [accusedWs, countyWs])
    t.same(accusedWs.about(c.id), [], 'no case.created, no case.changed for the accused township')
    t.ok(countyWs.about(c.id).some((m) => m.topic === 'case.created'), 'the county centre that received it is told')
  })
})

t.test('a faxed report against the city centre: naming the accused registers it, and it moves to the inspection unit', async (t) => {
  const { app, db } = await paperApp(t)
  await app.ready()
  const { body, contentType } = await multipart({ from: '0871-6312 3456', to: '+868716000000', pages: '1', faxId: 'fax-recusal-1' }, [{ field: 'file', filename: 'f.tif', content: await faxTiff(1), type: 'image/tiff' }])
  const res = await app.inject({ method: 'POST', url: '/channels/fax/inbound', payload: body, headers: { 'content-type': contentType, 'x-fax-signature': signFaxBody(FAX_SECRET, body) } })
  t.equal(res.statusCode, 201, res.body)
  const [c] = await app.sql`select id from complaints where case_number = ${res.json().caseNumber}`
  const id = Number(c.id)
  const city = await unitOf(db, CITY)
  const clerk = await signIn(app, 'clerk', CITY)
  const transcription = { type: 'report', content: '举报市群众诉求中心某工作人员泄露举报人信息。', complainant: { anonymous: true }, accusedUnitId: city.id }
  const unregistered = await clerk.post(`/api/cases/${id}/transcription`, transcription)
  t.equal(unregistered.statusCode, 400, 'naming the accused without registering is refused (it would stay visible to the accused)')
  const registered = await clerk.post(`/api/cases/${id}/transcription`, { ...transcription, register: { category: 'other' } })
  t.equal(registered.statusCode, 200, registered.body)
  t.same(registered.json(), { id, visible: false }, 'gone from the centre that received it')
  const [row] = await app.sql`select root_unit_id, recuse_unit_id from cases where id = ${id}`
  t.same([Number(row.root_unit_id), Number(row.recuse_unit_id)], [await inspectionUnit(app), city.id], 'received by the inspection unit, recused from the centre')
  t.equal((await clerk.get(`/api/cases/${id}`)).statusCode, 404)
})

t.test('recusal matrix: every case-reading route × accused, below, parent chain, sibling', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  await app.ready()
  const [sib] = await sql`select code from divisions where parent_code = ${COUNTY} and level = 'township' and code <> ${HUASHAN} order by code limit 1`
  const u = { city: await unitOf(db, CITY), county: await unitOf(db, COUNTY), township: await unitOf(db, HUASHAN), village: await unitOf(db, CUIHU), sibling: await unitOf(db, sib.code) }
  const operator = await signIn(app, 'operator', CITY)
  const dispatcher = await signIn(app, 'dispatcher', CITY)
  const countyOfficer = await signIn(app, 'officer', COUNTY)

  /** who is asked, and whether they may see the report */
  const places = [
    { name: 'accused township', code: HUASHAN, sees: false },
    { name: 'village below the accused', code: CUIHU, sees: false },
    { name: 'county centre (parent)', code: COUNTY, sees: true },
    { name: 'city centre (parent of the parent)', code: CITY, sees: true },
    { name: 'sibling township', code: sib.code as string, sees: false },
  ]
  const people = await Promise.all(places.map(async (p) => ({
    ...p, supervisor: await signIn(app, 'supervisor', p.code), admin: await signIn(app, 'admin', p.code),
  })))
  const sockets = await Promise.all(people.map((p) => connect(app, p.supervisor)))
  t.teardown(() => { for (const s of sockets) s.ws.terminate() })

  // the report, registered and dispatched to the county, with added material and an attachment
  const report = await logComplaint(operator, { ...REPORT, accusedUnitId: u.township.id })
  await ok(dispatcher, report.id, { type: 'REGISTER', category: 'township_official_misconduct', complaintType: 'report', accusedUnitId: u.township.id })
  await ok(dispatcher, report.id, { type: 'DISPATCH', chain: [u.county.id] })
  await ok(countyOfficer, report.id, { type: 'SIGN' })
  const tracked = await app.inject({ method: 'POST', url: `/api/track/${report.trackingCode}/messages`, headers: { 'x-tracking-pin': report.pin }, payload: { text: '补充：礼金是在节前送的。' } })
  t.equal(tracked.statusCode, 201, 'material added by the complainant')
  await drain(app, sockets)

  const id = report.id
  const q = encodeURIComponent('礼金')
  /** every route that reads a case; a route the app does not register (yet) is left out, and said so */
  // roleGated: a route some of the asked roles may not use at all (403 wherever they are); hidden still says nothing
  const routes: { name: string; method: 'GET' | 'POST'; url: string; template: string; list?: boolean; admin?: boolean; body?: unknown; roleGated?: boolean }[] = [
    { name: 'detail', method: 'GET', url: `/api/cases/${id}`, template: '/api/cases/:id' },
    { name: 'list (all)', method: 'GET', url: '/api/cases?pageSize=100', template: '/api/cases', list: true },
    { name: 'list (unit)', method: 'GET', url: '/api/cases?queue=unit&pageSize=100', template: '/api/cases', list: true },
    { name: 'search', method: 'GET', url: `/api/cases?q=${q}&pageSize=100`, template: '/api/cases', list: true },
    { name: 'routing', method: 'GET', url: `/api/cases/${id}/routing`, template: '/api/cases/:id/routing' },
    { name: 'material (messages)', method: 'GET', url: `/api/cases/${id}/material`, template: '/api/cases/:id/material' },
    { name: 'attachments', method: 'GET', url: `/api/cases/${id}/attachments`, template: '/api/cases/:id/attachments' },
    { name: 'print receipt', method: 'GET', url: `/api/cases/${id}/receipt`, template: '/api/cases/:id/receipt' },
    { name: 'print reply letter', method: 'GET', url: `/api/cases/${id}/reply-letter`, template: '/api/cases/:id/reply-letter' },
    { name: 'reveal', method: 'POST', url: `/api/cases/${id}/reveal`, template: '/api/cases/:id/reveal', body: { field: 'phone', reason: '核实身份' } },
    { name: 'event (SUPERVISE)', method: 'POST', url: `/api/cases/${id}/events`, template: '/api/cases/:id/events', body: { type: 'SUPERVISE', note: '请加快办理' } },
    { name: 'outbox', method: 'GET', url: `/api/outbox?caseId=${id}`, template: '/api/outbox', list: true, admin: true },
    { name: 'readers (who read it)', method: 'GET', url: `/api/cases/${id}/readers`, template: '/api/cases/:id/readers', admin: true, roleGated: true },
    { name: 'original mails', method: 'GET', url: `/api/cases/${id}/mails`, template: '/api/cases/:id/mails' },
    { name: 'public summary', method: 'GET', url: `/api/cases/${id}/public-summary`, template: '/api/cases/:id/public-summary' },
    { name: 'merge candidates', method: 'GET', url: `/api/cases/${id}/merge-candidates`, template: '/api/cases/:id/merge-candidates' },
    { name: 'process chart', method: 'GET', url: `/api/cases/${id}/process-chart`, template: '/api/cases/:id/process-chart' },
    { name: '主动治理 links', method: 'GET', url: `/api/cases/${id}/proactive-links`, template: '/api/cases/:id/proactive-links' },
    { name: 'work order (print)', method: 'GET', url: `/api/cases/${id}/work-order`, template: '/api/cases/:id/work-order' },
    { name: 'knowledge used (articles)', method: 'GET', url: `/api/cases/${id}/knowledge`, template: '/api/cases/:id/knowledge' },
    { name: '协办 evidence files', method: 'GET', url: `/api/cases/${id}/parts/files`, template: '/api/cases/:id/parts/files' },
    // an empty reply: refused (400) where the case is seen, unknown (404) where it is not, and nothing stored either way
    { name: 'reply with evidence', method: 'POST', url: `/api/cases/${id}/reply`, template: '/api/cases/:id/reply', body: { text: '', resolved: true } },
  ]
  const present = routes.filter((r) => app.hasRoute({ method: r.method, url: r.template }))
  for (const r of routes) if (!present.includes(r)) t.comment(`route not registered, left out: ${r.method} ${r.template}`)

  // every GET route under /api/cases/:id that the app registers is in the matrix
  // (printRoutes draws a tree: each level is indented by four characters and names only its own segment)
  const registered: string[] = []
  const stack: string[] = []
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│├└─\s]*?)([├└]── )(\S+)(?: \(([^)]*)\))?$/.exec(line)
    if (!m) continue
    const depth = (m[1].length + m[2].length) / 4 - 1
    stack.length = depth
    const path = stack.join('') + m[3]
    stack.push(m[3])
    // a sub-resource by its own id (/mails/:mailId) is read through the case's check of its parent
    if (/^\/api\/cases\/:id\//.test(path) && !/\/:\w+.*\/:\w+/.test(path) && (m[4] ?? '').split(',').map((x) => x.trim()).includes('GET')) registered.push(path)
  }
  t.ok(registered.length >= 5, `the app's case routes were read (${registered.join(', ')})`)
  for (const template of registered) t.ok(routes.some((r) => r.template === template), `${template} is in the matrix`)

  // a 404 may echo the id asked for; it never says the case number or a word of it
  const tells = (body: string) => body.includes(report.caseNumber) || body.includes('收受礼金')
  const mentions = (body: string) => tells(body) || new RegExp(`"(id|caseId)":${id}\\b`).test(body)
  let cells = 0
  for (const p of people) {
    for (const r of present) {
      const s = r.admin ? p.admin : p.supervisor
      const res = await s.inject({ method: r.method, url: r.url, ...(r.body ? { payload: r.body as object } : {}) })
      t.ok(res.statusCode < 500, `${p.name} × ${r.name}: no 5xx (${res.statusCode})`)
      if (r.list) {
        if (p.sees && !r.admin) t.ok(res.statusCode === 200 && mentions(res.body), `${p.name} × ${r.name}: listed`)
        if (!p.sees) t.notOk(res.statusCode === 200 && mentions(res.body), `${p.name} × ${r.name}: absent`)
      } else if (p.sees) {
        t.not(res.statusCode, 404, `${p.name} × ${r.name}: visible (${res.statusCode})`)
      } else if (r.roleGated) {
        t.ok([403, 404].includes(res.statusCode), `${p.name} × ${r.name}: 403 or 404 (${res.statusCode})`)
        t.notOk(tells(res.body), `${p.name} × ${r.name}: says nothing of the case`)
      } else {
        t.equal(res.statusCode, 404, `${p.name} × ${r.name}: 404`)
        t.notOk(tells(res.body), `${p.name} × ${r.name}: says nothing of the case`)
      }
      cells++
    }
  }
  // the one-case predicate says what the SQL condition says, for every one of them
  const [scopeRow] = await sql`select division_code, chain_unit_ids, recuse_unit_id from cases where id = ${id}`
  for (const p of people) {
    const viewer = await viewerOf(sql, p.supervisor.user)
    t.equal(canSeeCase(viewer, caseScopeOf(scopeRow as never)), p.sees, `${p.name}: canSeeCase agrees with visibleTo`)
  }
  // the websocket: the units of the chain were told, no one else heard anything of the case
  for (const [i, p] of people.entries()) {
    const heard = sockets[i].about(id)
    if (p.sees) t.ok(heard.length > 0, `${p.name} × websocket: notified`)
    else t.same(heard, [], `${p.name} × websocket: nothing`)
    cells++
  }
  t.comment(`recusal matrix: ${people.length} units × ${present.length + 1} routes (with the websocket) = ${cells} cells`)
  console.log(`# recusal matrix size: ${cells} (${people.length} units × ${present.length + 1} case-reading outputs)`)
})
