// 办理佐证材料 (issue 20): an officer attaches photos and documents to 提交办理结果; the reviewers above see them in the
// case view, with who added them and when, apart from the complainant's originals; no one outside the case reads them.
import t from 'tap'
import { buildTestApp, logComplaint, signIn, unitOf, type Session } from './helper.js'
import { minimalPdf, multipart, scanJpeg } from './fixtures/files/make.js'

const WUHUA = '530102'
const HUASHAN = '530102001'
const GUANDU = '530111'

t.test('an officer replies with evidence files; the reviewer sees them, outsiders never', async (t) => {
  const { app, db, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const reviewer = await signIn(app, 'supervisor', WUHUA)
  const officer = await signIn(app, 'officer', HUASHAN)
  const outsider = await signIn(app, 'supervisor', GUANDU)
  const units = { county: await unitOf(db, WUHUA), township: await unitOf(db, HUASHAN) }
  const act = async (who: Session, id: number, body: Record<string, unknown>, status = 200) => {
    const res = await who.post(`/api/cases/${id}/events`, body)
    t.equal(res.statusCode, status, `${body.type} → ${status} (${res.body.slice(0, 300)})`)
    return res.json()
  }
  const reply = async (who: Session, id: number, data: Record<string, unknown>, files: { filename: string; content: Buffer }[]) => {
    const { body, contentType } = await multipart({ data: JSON.stringify(data) }, files.map((f) => ({ field: 'files', ...f })))
    return who.inject({ method: 'POST', url: `/api/cases/${id}/reply`, headers: { 'content-type': contentType }, payload: body })
  }
  const stored = async (id: number) => Number((await sql`select count(*) from attachments where complaint_id = ${id} and kind = 'reply_evidence'`)[0].count)

  // a postal address, so the result can also go out as a reply letter
  const id = (await logComplaint(operator, { complainant: { anonymous: false, name: '李四', phone: '13912345678', address: '云南省昆明市五华区青云街88号' } })).id as number
  await act(dispatcher, id, { type: 'REGISTER', category: 'village_affairs' })
  await act(dispatcher, id, { type: 'DISPATCH', chain: [units.county.id, units.township.id] })

  // before the officer signs, the reply is refused and keeps none of its files
  const early = await reply(officer, id, { text: '已处理', resolved: true }, [{ filename: '现场照片.jpg', content: await scanJpeg(1) }])
  t.equal(early.statusCode, 409, early.body.slice(0, 300))
  t.equal(await stored(id), 0, 'a refused reply stores no file')
  // an officer of another county cannot even learn the case exists
  const foreign = await reply(outsider, id, { text: '已处理', resolved: true }, [{ filename: 'x.pdf', content: minimalPdf() }])
  t.equal(foreign.statusCode, 404)
  t.equal(await stored(id), 0)

  await act(officer, id, { type: 'SIGN' })
  const photo = await scanJpeg(2)
  const res = await reply(officer, id, { text: '经现场核查，已督促村委会公开账目。', resolved: true }, [
    { filename: '现场照片.jpg', content: photo }, { filename: '整改通知.pdf', content: minimalPdf('Rectification notice') },
  ])
  t.equal(res.statusCode, 200, res.body.slice(0, 300))
  t.equal(res.json().state, 'review', 'the reply went through the statechart')
  t.equal(await stored(id), 2)

  // the county reviews: the reply and its files, who added them and when
  const view = (await reviewer.get(`/api/cases/${id}`)).json()
  t.same(view.allowedEvents.includes('APPROVE_REPLY'), true, 'the county is the reviewer')
  t.equal(view.chain.at(-1).reply.text, '经现场核查，已督促村委会公开账目。')
  t.same(view.replyEvidence.map((f: { filename: string }) => f.filename), ['现场照片.jpg', '整改通知.pdf'])
  for (const f of view.replyEvidence) {
    t.equal(f.addedByUnit, units.township.name, `${f.filename}: the unit that added it`)
    t.ok(f.addedBy, `${f.filename}: the officer who added it`)
    t.ok(Math.abs(Date.parse(f.addedAt) - Date.now()) < 10 * 60_000, `${f.filename}: when`)
  }
  const file = await reviewer.get(view.replyEvidence[0].url)
  t.equal(file.statusCode, 200, 'the reviewer opens the photo')
  t.equal(file.headers['content-type'], 'image/jpeg')
  t.equal(file.rawPayload.length, photo.length)
  // the complainant's originals stay a list of their own
  const originals = (await reviewer.get(`/api/cases/${id}/attachments`)).json()
  t.notOk(originals.items.some((a: { filename: string }) => a.filename === '现场照片.jpg'), 'the evidence is not among the originals')
  // outside the case: the files do not exist
  t.equal((await outsider.get(view.replyEvidence[0].url)).statusCode, 404)
  t.equal((await outsider.get(`/api/cases/${id}`)).statusCode, 404)

  // a plain JSON reply still works, and the JSON events route cannot name files
  await act(reviewer, id, { type: 'REJECT_REPLY', reason: '请补充整改后照片' })
  const smuggled = await act(officer, id, { type: 'SUBMIT_REPLY', text: '已整改', resolved: true, attachmentIds: [view.replyEvidence[0].id] }, 400)
  t.ok(smuggled.error, 'attachmentIds are not a field of the events route')
  const json = await officer.post(`/api/cases/${id}/reply`, { text: '已整改完毕。', resolved: true })
  t.equal(json.statusCode, 200, json.body.slice(0, 300))
  t.equal(json.json().replyEvidence.length, 2, 'the earlier files stay on record')
  t.equal((await officer.post(`/api/cases/${id}/reply`, { text: '  ', resolved: true })).statusCode, 400, 'an empty reply is refused')

  // 工单打印: the evidence with the unit and officer who added it; nothing for a user outside the case
  const order = await reviewer.get(`/api/cases/${id}/work-order`)
  t.equal(order.statusCode, 200)
  t.match(order.body, '办理佐证材料', 'the work order has an evidence section')
  for (const name of ['现场照片.jpg', '整改通知.pdf']) t.match(order.body, name, `${name} on the work order`)
  t.match(order.body.slice(order.body.indexOf('办理佐证材料')), units.township.name, 'with the unit that added it')
  t.equal((await outsider.get(`/api/cases/${id}/work-order`)).statusCode, 404)

  // 答复函: the sender is told which evidence the result came with, never which officer or unit added it
  await act(reviewer, id, { type: 'APPROVE_REPLY' })
  await act(dispatcher, id, { type: 'APPROVE_REPLY' })
  const letter = await dispatcher.get(`/api/cases/${id}/reply-letter`)
  t.equal(letter.statusCode, 200, letter.body.slice(0, 300))
  t.match(letter.body, /佐证材料[^<]*现场照片\.jpg、整改通知\.pdf/, 'the letter lists the evidence files')
  t.notMatch(letter.body, officer.user.username, 'no officer named')
  t.notMatch(letter.body, units.township.name, 'no handling unit named')
})
