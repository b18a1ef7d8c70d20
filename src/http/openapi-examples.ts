// Request and response examples of the main operations, as an integrator would send and receive them (Kunming data,
// zh-CN, phones masked in answers). src/http/openapi-routes.ts names them beside each route's summary; the document
// shows them, test/contract.test.ts sends the request examples to the running app and checks every example against
// its own schema, so an example cannot drift from the route.

/** What the document shows for one operation; the values are JSON as sent or received. */
export interface OperationExamples {
  /** query parameters (become each parameter's `example`) */
  query?: Record<string, string>
  /** path parameters the example was written for (an integrator fills their own) */
  params?: Record<string, string | number>
  /** request bodies by name, in the body's first media type */
  body?: Record<string, { summary: string; value: unknown }>
  /** one answer per status */
  responses?: Record<number, unknown>
}

const RECEIVED = '2026-06-15T01:20:31.000Z'
const TRACKING_CODE = 'H7K2M9Q4TX'

const CENTRE = { id: 1, name: '昆明市群众诉求中心', level: 'city' }
const WUHUA = { id: 2, name: '五华区群众诉求中心', level: 'county' }

const DIVISION = {
  code: '530102001',
  path: [
    { code: '530100', name: '昆明市', level: 'city' },
    { code: '530102', name: '五华区', level: 'county' },
    { code: '530102001', name: '华山街道', level: 'township' },
  ],
}

const MATERIAL_TEXT = '补充一下：坏的是翠湖北路12号门口往东数第三根灯杆，杆上编号 WH-017。'

const STAFF_USER = {
  id: 12, username: 'km_paidan_li', displayName: '李晓梅', role: 'dispatcher', roleLabel: '派单员',
  unit: { id: 1, name: '昆明市群众诉求中心', divisionCode: '530100', level: 'city' },
}
const SIGNED_IN = { user: STAFF_USER, csrfToken: 'q3Zt8wVhR1mYc0LkP5xN2bFjA7sD4gUe', mustChangePassword: false, mustEnrolSecondFactor: false }

/** The case as the dispatcher sees it once it went to 五华区 (the answer of DISPATCH and of GET /api/cases/:id). */
const DISPATCHED_CASE = {
  id: 1024, version: 2, caseNumber: 'KM20260615000137', channel: 'web', channelLabel: '互联网', type: 'complaint', typeLabel: '投诉',
  urgency: 'normal', urgencyLabel: '一般', title: '翠湖北路路灯不亮',
  content: '翠湖北路靠近圆通街口那一段的路灯坏了一个多星期了，晚上黑漆漆的，老人孩子出门很不安全，麻烦尽快派人修一下。',
  address: '五华区华山街道翠湖北路圆通街口', category: 'urban_management', division: DIVISION, receivedAt: RECEIVED,
  anonymous: false, complainant: { name: '张**', phone: '138****3456' }, preferredChannel: 'sms', possibleDuplicateOf: null,
  state: 'assigned', stateLabel: '待签收', subState: null, warning: 'none', warningLabel: '正常',
  rootUnit: CENTRE, currentUnit: WUHUA, accusedUnit: null,
  deadlines: { link: '2026-06-16T15:59:59.999Z', linkStartedAt: '2026-06-15T02:05:12.000Z', overall: '2026-07-06T15:59:59.999Z' },
  chain: [{ unit: WUHUA, status: 'assigned', assignedAt: '2026-06-15T02:05:12.000Z', signedAt: null, extensionDays: 0, extensionRequest: null, reply: null }],
  chainHistory: [{ unit: WUHUA, status: 'assigned', assignedAt: '2026-06-15T02:05:12.000Z', signedAt: null, repliedAt: null, approvedAt: null, returnedAt: null, round: 0 }],
  mergedCases: [], counts: { returns: 0, redo: 0, supervisions: 0 }, returns: [], supervisions: [],
  finalReply: null, feedback: null, evaluation: null, rejectReason: null, mergedInto: null,
  timeline: [
    { version: 0, type: 'RECEIVED', from: 'new', to: 'intake', at: RECEIVED, actor: '诉求人', actorUnit: null, payload: { channel: 'web' }, actorId: null },
    { version: null, type: 'MATERIAL', from: null, to: null, at: '2026-06-15T01:32:08.000Z', actor: '诉求人', actorUnit: null, payload: { messageId: 88, text: MATERIAL_TEXT, channel: 'tracking', channelLabel: '网上进度查询页', attachments: [] } },
    { version: 1, type: 'REGISTER', from: 'intake', to: 'triage', at: '2026-06-15T02:03:40.000Z', actor: '李晓梅', actorUnit: '昆明市群众诉求中心', payload: { category: 'urban_management' }, actorId: 12 },
    { version: 2, type: 'DISPATCH', from: 'triage', to: 'assigned', at: '2026-06-15T02:05:12.000Z', actor: '李晓梅', actorUnit: '昆明市群众诉求中心', payload: { chain: [2] }, actorId: 12 },
  ],
  allowedEvents: ['WITHDRAW'], extra: {}, raisedBy: null, newMaterial: 0, parts: [], replyEvidence: [],
  material: [{ id: 88, at: '2026-06-15T01:32:08.000Z', channel: 'tracking', channelLabel: '网上进度查询页', from: '诉求人', enteredBy: null, text: MATERIAL_TEXT, attachments: [], read: true }],
}

export const EXAMPLES = {
  submit: {
    body: {
      streetLight: {
        summary: '实名投诉路灯不亮，短信接收答复 / A named complaint about a street light, answer by SMS',
        value: {
          type: 'complaint', title: '翠湖北路路灯不亮',
          content: '翠湖北路靠近圆通街口那一段的路灯坏了一个多星期了，晚上黑漆漆的，老人孩子出门很不安全，麻烦尽快派人修一下。',
          address: '五华区华山街道翠湖北路圆通街口', complainant: { anonymous: false, name: '张丽华', phone: '13888123456' }, preferredChannel: 'sms',
        },
      },
    },
    responses: {
      201: {
        id: 1024, caseNumber: 'KM20260615000137', trackingCode: TRACKING_CODE, pin: '527041', state: 'intake', possibleDuplicateOf: null,
        next: '您的诉求已收到。工作人员将在1个工作日内受理并交办到承办单位，一般诉求5个工作日内办结。请妥善保存查询码和查询密码（PIN），可随时在“进度查询”中查看办理进展、补充材料并评价办理结果。',
      },
    },
  },
  track: {
    params: { code: TRACKING_CODE },
    responses: {
      200: {
        caseNumber: 'KM20260615000137', title: '翠湖北路路灯不亮', type: 'complaint', typeLabel: '投诉', channel: 'web', channelLabel: '互联网',
        receivedAt: RECEIVED, state: 'handling', stateLabel: '办理中', deadline: '2026-07-06T15:59:59.999Z',
        handling: { level: 'county', levelLabel: '县（区）级', unit: '五华区群众诉求中心' }, rejectReason: null, result: null, evaluation: null, canEvaluate: false, canAddMaterial: true,
        steps: [
          { at: RECEIVED, title: '诉求已收到', detail: null },
          { at: '2026-06-15T01:32:08.000Z', title: '您补充了材料（网上进度查询页）', detail: MATERIAL_TEXT },
          { at: '2026-06-15T02:03:40.000Z', title: '已受理', detail: null },
          { at: '2026-06-15T02:05:12.000Z', title: '已交办', detail: '县（区）级承办单位：五华区群众诉求中心' },
          { at: '2026-06-15T03:40:55.000Z', title: '承办单位已签收，正在办理', detail: null },
        ],
      },
    },
  },
  addMaterial: {
    params: { code: TRACKING_CODE },
    body: { lampPost: { summary: '补充灯杆位置 / Which lamp post', value: { text: MATERIAL_TEXT } } },
    responses: { 201: { id: 88, at: '2026-06-15T01:32:08.000Z', attachments: [] } },
  },
  evaluate: {
    params: { code: TRACKING_CODE },
    body: { satisfied: { summary: '满意 / Satisfied', value: { rating: 'satisfied', comment: '第二天晚上就亮了，谢谢！' } } },
    responses: {
      200: {
        caseNumber: 'KM20260615000137', title: '翠湖北路路灯不亮', type: 'complaint', typeLabel: '投诉', channel: 'web', channelLabel: '互联网',
        receivedAt: RECEIVED, state: 'closed', stateLabel: '已办结', deadline: '2026-07-06T15:59:59.999Z', handling: null, rejectReason: null,
        result: { text: '您反映的翠湖北路路灯已于6月16日更换灯具，恢复照明。感谢您的监督。', resolved: true, at: '2026-06-16T09:12:00.000Z' },
        evaluation: { rating: 'satisfied', at: '2026-06-16T12:30:45.000Z' }, canEvaluate: false, canAddMaterial: false,
        steps: [
          { at: RECEIVED, title: '诉求已收到', detail: null },
          { at: '2026-06-15T02:05:12.000Z', title: '已交办', detail: '县（区）级承办单位：五华区群众诉求中心' },
          { at: '2026-06-16T09:12:00.000Z', title: '办理结果已反馈', detail: null },
          { at: '2026-06-16T12:30:45.000Z', title: '您已评价', detail: null },
        ],
      },
    },
  },
  login: {
    body: { password: { summary: '账号密码登录 / Username and password', value: { username: 'km_paidan_li', password: 'Chuncheng#2026' } } },
    responses: { 200: SIGNED_IN },
  },
  me: { responses: { 200: SIGNED_IN } },
  caseList: {
    query: { queue: 'all' },
    responses: {
      200: {
        total: 1, page: 1, pageSize: 20, totalExact: true,
        items: [{
          id: 1024, caseNumber: 'KM20260615000137', title: '翠湖北路路灯不亮', channel: 'web', type: 'complaint', category: 'urban_management',
          state: 'assigned', stateLabel: '待签收', warning: 'none', newMaterial: false, receivedAt: RECEIVED,
          linkDueAt: '2026-06-16T15:59:59.999Z', overallDueAt: '2026-07-06T15:59:59.999Z', currentUnit: { id: 2, name: '五华区群众诉求中心' },
          complainant: { anonymous: false, name: '张**', phone: '138****3456' }, divisionCode: '530102001', returns: 0, supervisions: 0,
        }],
      },
    },
  },
  caseDetail: { params: { id: 1024 }, responses: { 200: DISPATCHED_CASE } },
  caseEvent: {
    params: { id: 1024 },
    body: {
      REGISTER: { summary: '受理并归类 / Register with a category', value: { type: 'REGISTER', category: 'urban_management' } },
      DISPATCH: { summary: '交办到五华区（交办链为单位编号）/ Dispatch to Wuhua district (the chain is unit ids)', value: { type: 'DISPATCH', chain: [2], expectedVersion: 1 } },
    },
    responses: { 200: DISPATCHED_CASE },
  },
  open311Services: {
    params: { format: 'json' },
    responses: {
      200: [
        { service_code: 'urban_management', service_name: '市容与城市管理', description: '市容与城市管理', metadata: false, type: 'realtime', keywords: '', group: '群众诉求' },
        { service_code: 'environment.air', service_name: '大气污染', description: '大气污染', metadata: false, type: 'realtime', keywords: '', group: '群众诉求' },
      ],
    },
  },
  open311Requests: {
    params: { format: 'json' },
    query: { status: 'open,closed' },
    responses: {
      200: [{
        service_request_id: 'KM20260615000137', status: 'closed', service_code: 'urban_management', status_notes: '已办结', service_name: '市容与城市管理',
        description: null, agency_responsible: '五华区群众诉求中心', service_notice: null, requested_datetime: RECEIVED,
        updated_datetime: '2026-06-16T12:30:45.000Z', expected_datetime: '2026-07-06T15:59:59.999Z', address: '五华区华山街道',
        address_id: null, zipcode: null, lat: null, long: null, media_url: null,
      }],
    },
  },
  open311Post: {
    params: { format: 'json' },
    body: {
      manhole: {
        summary: '表单提交井盖松动（api_key 由管理员签发）/ A loose manhole cover, form-encoded (api_key issued by an admin)',
        value: {
          api_key: 'Xb2oVq7mT4cRkP9sLw1ZyH6nJd3Ae8Gu', service_code: 'urban_management',
          description: '盘龙区北京路与白塔路交叉口东北角的井盖松动，车一压就响，晚上骑电动车的人容易摔。', address_string: '盘龙区北京路白塔路口',
          first_name: '建国', last_name: '王', phone: '13700871234',
        },
      },
    },
    responses: { 201: [{ service_request_id: 'KM20260615000142', service_notice: '已收到，将在1个工作日内受理', account_id: null }] },
  },
  publicStats: {
    query: { from: '2026-01-01', to: '2026-06-30', groupBy: 'county' },
    responses: {
      200: {
        from: '2026-01-01', to: '2026-06-30', division: null, groupBy: 'county',
        total: { received: 48213, accepted: 47906, closed: 45120, onTime: 43871, rates: { response: 99.4, resolution: 93.8, satisfaction: 91.2, onTime: 97.2 } },
        groups: [
          { key: '530102', label: '五华区', received: 7415, accepted: 7390, closed: 7012, onTime: 6840, rates: { response: 99.7, resolution: 94.6, satisfaction: 92.5, onTime: 97.5 } },
          { key: '530129', label: '寻甸回族彝族自治县', received: 612, accepted: 610, closed: 571, onTime: 560, rates: { response: 99.7, resolution: 92.1, satisfaction: 90.3, onTime: 98.1 } },
          { key: '', label: '市本级/地点不明', received: '<5', accepted: '<5', closed: '<5', onTime: '<5', rates: { response: null, resolution: null, satisfaction: null, onTime: null } },
        ],
        note: '不足5件的数量显示为“<5”，样本不足5件的比率不予显示，以免识别到个人。',
      },
    },
  },
} satisfies Record<string, OperationExamples>
