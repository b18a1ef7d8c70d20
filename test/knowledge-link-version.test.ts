// The link SMS names the page it opens: the article's current public version in force, never the version the operator
// answered from (which may have been internal), and nothing goes for an article no longer public, published and in
// force when the job runs — past its last effective day before the daily job withdrew it, say.
import t from 'tap'
import { buildTestApp, signIn, type Session } from './helper.js'
import { runLinkJobs } from './support/jobs.js'
import { beijingToday } from '../src/knowledge/search.js'

const WUHUA = '530102'
const INTERNAL_TITLE = '内部规程：缠访人员名单与处置口径'
const PUBLIC_TITLE = '灵活就业人员如何参加养老保险'
const body = { questions: ['个体户能不能自己交养老保险'], answer: '可持身份证到社保经办机构办理参保登记。', category: 'social_security' }

t.test('the link SMS carries the current public version\'s title, and only while the article is in force', async (t) => {
  const { app, sql } = await buildTestApp(t)
  await app.ready()
  const officer = await signIn(app, 'officer', WUHUA)
  const supervisor = await signIn(app, 'supervisor', WUHUA)
  const operator = await signIn(app, 'operator', '530100')

  async function publish(id: number, what: string) {
    await officer.post(`/api/knowledge/articles/${id}/submit`, {})
    t.equal((await supervisor.post(`/api/knowledge/articles/${id}/publish`, {})).statusCode, 200, what)
  }
  async function answeredCall(who: Session, phone: string) {
    const res = await who.post('/api/intake/hotline', {
      type: 'consultation', title: '个体户交养老保险', content: '来电人问在哪里办理养老保险。', address: '昆明市五华区华山街道',
      complainant: { anonymous: false, name: '王五', phone }, register: { category: 'social_security', complaintType: 'consultation' }, answer: '可到社保经办机构办理。',
    })
    t.equal(res.statusCode, 201, res.body)
    return res.json().id as number
  }
  const links = (caseId: number) => sql`select body, status, status_detail from outbound_messages where case_id = ${caseId} and kind = 'knowledge_link'`
  const yesterday = beijingToday(new Date(Date.now() - 86_400_000))

  await t.test('answered from an internal version: the SMS names the public version the link opens', async (t) => {
    const id = (await officer.post('/api/knowledge/articles', { ...body, title: INTERNAL_TITLE, isPublic: false })).json().id as number
    await publish(id, 'v1: internal, published')
    t.equal((await officer.inject({ method: 'PUT', url: `/api/knowledge/articles/${id}`, payload: { ...body, title: PUBLIC_TITLE, isPublic: true } })).statusCode, 200)
    await publish(id, 'v2: public, published')

    const caseId = await answeredCall(operator, '13800001111')
    const res = await operator.post('/api/knowledge/uses', { caseId, kind: 'answered', articleId: id, version: 1, sendLink: true })
    t.equal(res.statusCode, 201, res.body)
    t.match(res.json(), { version: 1, link: { route: 'sms', status: 'queued' } }, 'the answer stays recorded from version 1; the link is queued')
    t.equal(await runLinkJobs(app), 1)
    const sent = await links(caseId)
    t.equal(sent.length, 1, 'one message')
    t.notMatch(sent[0]!.body, INTERNAL_TITLE, 'the internal version\'s title is not sent to the caller')
    t.match(sent[0]!.body, PUBLIC_TITLE, 'the title of the public version in force, the page the link opens')
    t.match(sent[0]!.body, `/portal/faq?article=${id}`)
  })

  await t.test('past its last effective day (not yet withdrawn by the daily job): no link', async (t) => {
    const id = (await officer.post('/api/knowledge/articles', { ...body, title: '2025年度灵活就业参保补贴申领', isPublic: true })).json().id as number
    await publish(id, 'public, published')

    // answered while in force; the day passes before the job runs
    const caseId = await answeredCall(operator, '13800002222')
    const res = await operator.post('/api/knowledge/uses', { caseId, kind: 'answered', articleId: id, sendLink: true })
    t.match(res.json().link, { route: 'sms', status: 'queued' })
    await sql`update knowledge_articles set effective_until = ${yesterday}::date where id = ${id}`
    t.equal(await runLinkJobs(app), 1, 'the job runs once')
    const rows = await links(caseId)
    t.equal(rows.length, 1, 'the outbox says what became of it')
    t.equal(rows[0]!.status, 'skipped', 'not sent, and not waiting for a retry')
    t.match(rows[0]!.status_detail, /失效|in force/, 'with the reason')
    t.notMatch(rows[0]!.body, '/portal/faq', 'no link in it')
    t.equal(await runLinkJobs(app), 0, 'nothing left to retry')

    // asked for when the day has passed already: nothing is queued
    const later = await answeredCall(operator, '13800003333')
    const again = await operator.post('/api/knowledge/uses', { caseId: later, kind: 'answered', articleId: id, sendLink: true })
    t.equal(again.statusCode, 201, 'the answer itself is recorded')
    t.match(again.json().link, { route: 'none', status: 'not_public' }, 'no page to link to')
    t.equal(await runLinkJobs(app), 0, 'no job')
    t.equal((await links(later)).length, 0)
  })

  await t.test('made internal between the answer and the job: no link, and no internal title', async (t) => {
    const id = (await officer.post('/api/knowledge/articles', { ...body, title: PUBLIC_TITLE + '（第二版）', isPublic: true })).json().id as number
    await publish(id, 'v1: public, published')
    const caseId = await answeredCall(operator, '13800004444')
    t.match((await operator.post('/api/knowledge/uses', { caseId, kind: 'answered', articleId: id, sendLink: true })).json().link, { status: 'queued' })
    t.equal((await officer.inject({ method: 'PUT', url: `/api/knowledge/articles/${id}`, payload: { ...body, title: INTERNAL_TITLE, isPublic: false } })).statusCode, 200)
    await publish(id, 'v2: internal, published')
    t.equal(await runLinkJobs(app), 1)
    const rows = await links(caseId)
    t.equal(rows.length, 1)
    t.equal(rows[0]!.status, 'skipped')
    t.notMatch(rows[0]!.body, INTERNAL_TITLE)
    t.notMatch(rows[0]!.body, '/portal/faq')
  })
})
