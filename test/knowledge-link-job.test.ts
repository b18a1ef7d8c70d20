// The article link a caller asks for (当场答复 from a public article, issue 21) goes through a retried job: the operator's
// answer says at once that it is queued, a worker sends it, a failed send (the local fake Twilio answers 500) is tried
// again with backoff, and the SMS goes once, to the number the caller gave, carrying the link and nothing of the caller;
// the outbox row ends 已发送, the job carries ids only, and the answer is audited as before.
import t from 'tap'
import { buildTestApp, signIn } from './helper.js'
import { startFakeTwilio, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN } from './support/fake-twilio.js'
import { startWorkers } from '../workers/index.js'
import { ARTICLE_LINK_QUEUE } from '../src/knowledge/answer-link.js'
import { waitFor } from './ops/service.js'

const WUHUA = '530102'

t.test('the link SMS: queued at once, retried after Twilio fails, sent once', async (t) => {
  const fake = await startFakeTwilio()
  t.teardown(() => fake.close())
  const { app, url, sql } = await buildTestApp(t, {
    TWILIO_ACCOUNT_SID: TEST_ACCOUNT_SID, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_API_BASE: fake.url, TWILIO_HOTLINE_NUMBER: '+868712345678',
  })
  await app.ready()
  const officer = await signIn(app, 'officer', WUHUA)
  const supervisor = await signIn(app, 'supervisor', WUHUA)
  const operator = await signIn(app, 'operator', '530100')

  const draft = await officer.post('/api/knowledge/articles', {
    title: '灵活就业人员如何参加职工基本养老保险', questions: ['个体户能不能自己交养老保险'], answer: '可持身份证到社保经办机构办理参保登记。',
    category: 'social_security', keywords: ['灵活就业'], isPublic: true,
  })
  const articleId = draft.json().id as number
  await officer.post(`/api/knowledge/articles/${articleId}/submit`, {})
  t.equal((await supervisor.post(`/api/knowledge/articles/${articleId}/publish`, {})).statusCode, 200, 'a public article published')

  const call = await operator.post('/api/intake/hotline', {
    type: 'consultation', title: '个体户交养老保险', content: '来电人开小饭馆，想自己交养老保险，问在哪里办理。', address: '昆明市五华区华山街道',
    complainant: { anonymous: false, name: '王五', phone: '13800001111' },
    register: { category: 'social_security', complaintType: 'consultation' }, answer: '可到社保经办机构办理灵活就业参保登记。',
  })
  t.equal(call.statusCode, 201, 'the call logged and answered')
  const caseId = call.json().id as number

  const sends = () => fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/Messages.json')).length
  const linkJobs = () => sql`select state, retry_count, data from pgboss.job where name = ${ARTICLE_LINK_QUEUE} and (data->>'caseId')::int = ${caseId}`
  const outbox = () => sql`select status, attempts, recipient_masked, body from outbound_messages where case_id = ${caseId} and kind = 'knowledge_link'`

  // Twilio fails the first send
  fake.failNext(1, { status: 500, code: 20500, message: 'An internal server error has occurred' }, 'messages')
  const res = await operator.post('/api/knowledge/uses', { caseId, kind: 'answered', articleId, sendLink: true })
  t.equal(res.statusCode, 201)
  t.match(res.json().link, { route: 'sms', status: 'queued' }, 'the answer says at once that the link is queued')
  t.equal(sends(), 0, 'nothing was sent inside the request')
  const queued = await linkJobs()
  t.equal(queued.length, 1, 'one job waits')
  t.same(Object.keys(queued[0]!.data).sort(), ['articleId', 'caseId', 'version'], 'the job carries ids only')
  t.notMatch(JSON.stringify(queued[0]!.data), /13800001111|王五/, 'no number, no name')

  const workers = await startWorkers({ databaseUrl: url, services: app.cases, log: app.log, handlers: { [ARTICLE_LINK_QUEUE]: app.jobHandlers[ARTICLE_LINK_QUEUE]! } })
  t.teardown(() => workers.stop())
  await waitFor('the link job done', async () => (await linkJobs())[0]?.state === 'completed', 60_000)

  t.equal(sends(), 2, 'Twilio was asked twice: the failed send, then its retry')
  t.equal(fake.messages.length, 1, 'and the SMS went once')
  const sms = fake.messages[0]!
  t.match(sms.to, /13800001111$/, 'to the number the caller gave on this call')
  t.match(sms.body, `/portal/faq?article=${articleId}`, 'with the article\'s public page')
  t.notMatch(sms.body, /王五|13800001111|小饭馆|社保经办机构办理灵活就业参保登记/, 'and nothing of the caller: no name, number, what they said, nor the answer given')
  const [job] = await linkJobs()
  t.match(job, { state: 'completed', retry_count: 1 }, 'the job completed on its retry')
  const rows = await outbox()
  t.equal(rows.length, 1, 'one outbox row')
  t.match(rows[0], { status: 'sent', attempts: 2, recipient_masked: '138****1111' }, 'shown as 已发送 after two attempts')

  const [audit] = await sql`select actor_kind, detail from audit_log where action = 'knowledge.answered' and case_id = ${caseId}`
  t.match(audit, { actor_kind: 'staff', detail: { articleId, sendLink: true } }, 'the answer and the asked-for link are audited')

  // the operator asks again: nothing new is queued or sent
  const again = await operator.post('/api/knowledge/uses', { caseId, kind: 'answered', articleId, sendLink: true })
  t.equal(again.statusCode, 201)
  t.match(again.json().link, { route: 'sms', status: 'sent' }, 'the answer says it was sent already')
  t.equal((await linkJobs()).length, 1, 'no second job')
  t.equal(fake.messages.length, 1, 'no second SMS')
})
