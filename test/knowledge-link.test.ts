// 当场答复 from a public article: the caller gets the article's public link by SMS or e-mail when they ask for it, a message
// of its own beside the feedback, sent by a job (test/knowledge-link-job.test.ts runs it under pg-boss with a failing
// Twilio); once per case and article; nothing for an anonymous caller or an internal article.
import t from 'tap'
import { buildTestApp, signIn, type Session } from './helper.js'
import { runLinkJobs } from './support/jobs.js'

const WUHUA = '530102'

t.test('the article link goes to the caller', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const officer = await signIn(app, 'officer', WUHUA)
  const supervisor = await signIn(app, 'supervisor', WUHUA)
  const operator = await signIn(app, 'operator', '530100')

  async function published(title: string, isPublic: boolean) {
    const r = await officer.post('/api/knowledge/articles', {
      title, questions: ['个体户能不能自己交养老保险'], answer: '可持身份证到社保经办机构办理参保登记。', category: 'social_security', keywords: ['灵活就业'], isPublic,
    })
    const id = r.json().id as number
    await officer.post(`/api/knowledge/articles/${id}/submit`, {})
    t.equal((await supervisor.post(`/api/knowledge/articles/${id}/publish`, {})).statusCode, 200, `${title} published`)
    return id
  }
  const open = await published('灵活就业人员如何参加职工基本养老保险', true)
  const internal = await published('内部口径：养老保险补缴内部处理流程', false)

  async function answeredCall(who: Session, complainant: Record<string, unknown>) {
    const res = await who.post('/api/intake/hotline', {
      type: 'consultation', title: '个体户交养老保险', content: '来电人开小饭馆，想自己交养老保险，问在哪里办理。', address: '昆明市五华区华山街道',
      complainant, register: { category: 'social_security', complaintType: 'consultation' }, answer: '可到社保经办机构办理灵活就业参保登记。',
    })
    t.equal(res.statusCode, 201, 'call logged and answered')
    return res.json().id as number
  }
  const links = (caseId: number) => sql`select channel, body, recipient_masked from outbound_messages where case_id = ${caseId} and kind = 'knowledge_link'`

  await t.test('by SMS to the caller\'s number, once', async (t) => {
    const caseId = await answeredCall(operator, { anonymous: false, name: '王五', phone: '13800001111' })
    const res = await operator.post('/api/knowledge/uses', { caseId, kind: 'answered', articleId: open, sendLink: true })
    t.equal(res.statusCode, 201)
    t.match(res.json().link, { route: 'sms', status: 'queued' }, 'queued at once')
    t.equal(await runLinkJobs(app), 1, 'one job')
    const rows = await links(caseId)
    t.equal(rows.length, 1, 'one message with the link')
    t.match(rows[0], { channel: 'sms', recipient_masked: '138****1111' })
    t.match(rows[0]!.body, `/portal/faq?article=${open}`, 'the portal page of the article')
    t.match(rows[0]!.body, '灵活就业人员如何参加职工基本养老保险', 'named by its title')
    t.notMatch(rows[0]!.body, '可到社保经办机构办理灵活就业参保登记', 'not the feedback text: a message of its own')
    const again = await operator.post('/api/knowledge/uses', { caseId, kind: 'answered', articleId: open, sendLink: true })
    t.equal(again.statusCode, 201)
    t.match(again.json().link, { route: 'sms', status: /recorded|sent/ }, 'asked again: the answer says it went already')
    t.equal(await runLinkJobs(app), 0, 'and nothing is queued again')
    t.equal((await links(caseId)).length, 1, 'asked again: not sent twice')
  })

  await t.test('by e-mail when the caller prefers it', async (t) => {
    const caseId = await answeredCall(operator, { anonymous: false, name: '赵六', email: 'zhao@example.cn', preferredChannel: 'email' })
    const res = await operator.post('/api/knowledge/uses', { caseId, kind: 'answered', articleId: open, sendLink: true })
    t.match(res.json().link, { route: 'email', status: 'queued' })
    await runLinkJobs(app)
    const rows = await links(caseId)
    t.equal(rows.length, 1)
    t.equal(rows[0]!.channel, 'email')
  })

  await t.test('not asked, anonymous, or an internal article: nothing sent', async (t) => {
    const quiet = await answeredCall(operator, { anonymous: false, name: '钱七', phone: '13800003333' })
    const notAsked = await operator.post('/api/knowledge/uses', { caseId: quiet, kind: 'answered', articleId: open })
    t.equal(notAsked.json().link, null, 'not asked: no link')
    t.equal((await links(quiet)).length, 0)

    const anonymous = await answeredCall(operator, { anonymous: true })
    const anon = await operator.post('/api/knowledge/uses', { caseId: anonymous, kind: 'answered', articleId: open, sendLink: true })
    t.equal(anon.statusCode, 201)
    t.match(anon.json().link, { route: 'none' }, 'an anonymous caller has no channel')
    t.equal((await links(anonymous)).length, 0)

    const inside = await answeredCall(operator, { anonymous: false, name: '孙八', phone: '13800004444' })
    const res = await operator.post('/api/knowledge/uses', { caseId: inside, kind: 'answered', articleId: internal, sendLink: true })
    t.match(res.json().link, { route: 'none', status: 'not_public' }, 'an internal article has no public page')
    t.equal(await runLinkJobs(app), 0, 'no job for any of them')
    t.equal((await links(inside)).length, 0)
  })
})
