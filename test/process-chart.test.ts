// The process chart (办理流程图, issue 23) is drawn from the machine and the rule tables the service enforces: a state
// or transition added to a copy of the machine shows up, a changed deadline rule shows its new limit; the public
// chart carries the nine elements; a case's chart marks its current step for staff who may see it and for the
// complainant with code and PIN, and for no one else.
import t from 'tap'
import { createMachine } from 'xstate'
import { caseMachine } from '../src/cases/machine.js'
import { DEADLINE_RULES } from '../src/calendar/deadlines.js'
import { buildChartModel, CHART_TYPES } from '../src/chart/model.js'
import { closeLayoutWorker, renderChartSvg } from '../src/chart/svg.js'
import zhCN from '../src/web/src/i18n/zh-CN.js'
import { buildTestApp, logComplaint, sendEvent, signIn } from './helper.js'

t.teardown(closeLayoutWorker)

t.test('a state and a transition added to a copy of the machine appear in the chart', async (t) => {
  const config = caseMachine.config as unknown as { states: { case: { states: Record<string, { on?: Record<string, unknown> }> } } }
  const caseStates = config.states.case.states
  const copy = createMachine({
    ...(caseMachine.config as object),
    states: {
      ...(config.states as object),
      case: {
        ...(config.states.case as object),
        states: {
          ...caseStates,
          // 听证: a hearing between review and feedback, reached by a new event
          hearing: { on: { HEAR: { target: 'feedback' } } },
          review: { ...caseStates.review, on: { ...caseStates.review.on, CALL_HEARING: { target: 'hearing' } } },
        },
      },
    },
  } as never).provide(caseMachine.implementations as never)
  const before = buildChartModel('complaint')
  const after = buildChartModel('complaint', { machine: copy })
  t.notOk(before.nodes.some((n) => n.id === 'case.hearing'), 'the real machine has no hearing')
  t.ok(after.nodes.some((n) => n.id === 'case.hearing' && n.label === 'hearing'), 'the new state is a step (named by its key: no label yet)')
  const added = after.edges.find((e) => e.from === 'case.review' && e.to === 'case.hearing')
  t.ok(added, 'the new transition is an arrow from review to the new state')
  t.equal(added?.event, 'CALL_HEARING')
  t.equal(added?.post, '未登记（不可办理）', 'an event nobody may send says so (it is not in the permission table)')
  t.ok(after.edges.some((e) => e.from === 'case.hearing' && e.to === 'case.feedback'))
  const svg = await renderChartSvg(after)
  t.match(svg, 'data-state="case.hearing"')
  t.match(svg, '>CALL_HEARING<')
  t.equal(after.nodes.length, before.nodes.length + 1)
})

t.test('a changed deadline rule shows its new limit', async (t) => {
  const before = buildChartModel('complaint')
  t.equal(before.nodes.find((n) => n.id === 'case.handling')?.limit, '办理：5个工作日（紧急1个工作日，特急当日），可申请延期')
  const rules = { ...DEADLINE_RULES, steps: { ...DEADLINE_RULES.steps, handling: { ...DEADLINE_RULES.steps.handling, days: { normal: 10, urgent: 3, critical: 1 } } } }
  const after = buildChartModel('complaint', { deadlines: rules })
  t.equal(after.nodes.find((n) => n.id === 'case.handling')?.limit, '办理：10个工作日（紧急3个工作日，特急1个工作日），可申请延期')
  t.match(await renderChartSvg(after), '办理：10个工作日')
  t.equal(buildChartModel('report').nodes.find((n) => n.id === 'case.intake')?.limit, '受理：15个工作日', 'a report is accepted within 15 working days')
})

t.test('labels are the consoles\' labels: states, events', async (t) => {
  const model = buildChartModel('cohandled')
  const states = zhCN.state as Record<string, string>
  for (const n of model.nodes.filter((x) => x.region === 'case')) {
    if (states[n.key]) t.equal(n.label, states[n.key], `state ${n.key}`)
  }
  const events = zhCN.event as Record<string, string>
  for (const e of model.edges) if (events[e.event]) t.equal(e.label, events[e.event], `event ${e.event}`)
  t.ok(model.edges.some((e) => e.event === 'SIGN' && e.post.includes('承办人')), 'who signs: the current unit\'s officer')
  for (const type of CHART_TYPES) t.ok(buildChartModel(type).nodes.length > 10, `${type} has its steps`)
})

t.test('routes: public chart with the nine elements; a case\'s chart for who may see it', async (t) => {
  const { app } = await buildTestApp(t, { TWILIO_ACCOUNT_SID: 'AC123', TWILIO_AUTH_TOKEN: 'x', TWILIO_HOTLINE_NUMBER: '+868712345678', SUQIU_CENTRE_NAME: '测试市群众诉求中心' })
  const pub = await app.inject({ method: 'GET', url: '/api/public/process-chart?type=report' })
  t.equal(pub.statusCode, 200, pub.body.slice(0, 300))
  const body = pub.json()
  t.equal(body.type, 'report')
  t.match(body.svg, /^<svg /)
  t.match(body.svg, '待受理')
  t.same(body.panel.map((p: { title: string }) => p.title), ['权力主体', '职责权限', '行使条件', '运行程序', '承办岗位', '办理时限', '监督制约环节', '相对人权利', '投诉举报途径和方式'])
  const text = JSON.stringify(body.panel)
  t.match(text, '测试市群众诉求中心', 'the centre named by the setting')
  t.match(text, '春城热线：+868712345678', 'an enabled channel is a way in')
  t.notMatch(text, '举报电话', 'a channel not set up is not offered')
  t.match(text, '村（居）务公开与管理：村（社区）级承办', 'routing rules are listed')
  t.equal((await app.inject({ method: 'GET', url: '/api/public/process-chart?type=nonsense' })).statusCode, 400)
  const svg = await app.inject({ method: 'GET', url: '/api/public/process-chart.svg' })
  t.equal(svg.statusCode, 200)
  t.match(svg.headers['content-type'], 'image/svg+xml')

  const operator = await signIn(app, 'operator', '530100')
  const created = await logComplaint(operator, { address: '昆明市五华区华山街道翠湖西路社区' })
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  t.equal((await sendEvent(dispatcher, created.id, { type: 'REGISTER', category: 'urban_management' })).statusCode, 200)
  const county = await signIn(app, 'officer', '530102')
  const staffChart = await county.get(`/api/cases/${created.id}/process-chart`)
  t.equal(staffChart.statusCode, 200, staffChart.body.slice(0, 200))
  t.equal(staffChart.json().current, 'case.triage')
  t.match(staffChart.json().svg, /class="step current[^"]*"[^>]*data-state="case.triage"/)
  t.match(staffChart.json().svg, /class="step passed"[^>]*data-state="case.intake"/)
  const sibling = await signIn(app, 'officer', '530103')
  t.equal((await sibling.get(`/api/cases/${created.id}/process-chart`)).statusCode, 404, 'another county does not see it')
  t.equal((await app.inject({ method: 'GET', url: `/api/cases/${created.id}/process-chart` })).statusCode, 401)

  const track = (pin: string) => app.inject({ method: 'GET', url: `/api/track/${created.trackingCode}/process-chart`, headers: { 'x-tracking-pin': pin } })
  const mine = await track(created.pin)
  t.equal(mine.statusCode, 200)
  t.equal(mine.json().current, 'case.triage')
  t.equal(mine.headers['cache-control'], 'no-store')
  t.notMatch(mine.body, /李四|13912345678|翠湖西路/, 'nothing of the complaint\'s text or person')
  t.equal((await track(created.pin === '000000' ? '111111' : '000000')).statusCode, 401, 'a wrong PIN gets nothing')
})
