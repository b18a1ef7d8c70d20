// What the OpenAPI document says of each route beyond its schemas: a summary in Chinese and English, its tag, and
// the error codes of its own (the codes every route of its kind can answer are added by src/http/openapi.ts).
// A route missing here is still documented (its method and path as summary); the test names it.

import { Type, type TSchema } from '@sinclair/typebox'
import { ComplaintBody } from '../complaints/schema.js'
import { MessageBody } from '../tracking/routes.js'
import { ReplyBody } from '../replies/routes.js'
import { OpinionBody } from '../cohandling/routes.js'
import { EXAMPLES, type OperationExamples } from './openapi-examples.js'

export interface RouteDoc {
  /**
   * The body of a route that reads its own form (multipart with files, or JSON) and so declares no `body` schema for
   * Fastify to validate: documented here, by media type, from the schemas the handler checks the form with.
   */
  body?: { content: Record<string, { schema: TSchema }> }
  zh: string
  en: string
  tag?: string
  /** more text, both languages */
  more?: string
  errors?: string[]
  operationId?: string
  hide?: boolean
  /** request and response examples (src/http/openapi-examples.ts), sent by test/contract.test.ts */
  examples?: OperationExamples
}

export const TAGS = [
  { name: 'auth', description: '登录与账号 / Sign-in and account' },
  { name: 'intake', description: '各渠道登记诉求 / Intake on every channel' },
  { name: 'cases', description: '诉求办理：查询、事件、交办、审核 / Case handling: lists, events, chains, review' },
  { name: 'admin', description: '系统管理：用户、单位、分办规则、工作日历、接口密钥 / Administration' },
  { name: 'calls', description: '热线与举报电话：来电、回访 / Hotline and reporting line: calls, call-backs' },
  { name: 'public', description: '群众与公开：进度查询、公开统计 / Citizens and the public: tracking, open statistics' },
  { name: 'open311', description: 'Open311 GeoReport v2' },
  { name: 'webhooks', description: '渠道回调：Twilio 语音与短信、传真网关 / Channel webhooks: Twilio voice and SMS, the fax gateway' },
  { name: 'ops', description: '运行：健康检查、监控、审计锚点 / Operations: health, metrics, audit anchors' },
]

/** JSON, or multipart/form-data with the same JSON in a `data` field and up to 10 files in `files`. */
function jsonOrForm(json: TSchema, files: string): NonNullable<RouteDoc['body']> {
  return {
    content: {
      'application/json': { schema: json },
      'multipart/form-data': {
        schema: Type.Object({
          data: Type.String({ contentMediaType: 'application/json', description: '与 JSON 请求体相同的内容（JSON 文本）/ the same JSON as the JSON body, as text' }),
          files: Type.Optional(Type.Array(Type.String({ format: 'binary' }), { maxItems: 10, description: `附件，最多10个，按内容检查类型 / up to 10 files, typed by their content: ${files}` })),
        }),
      },
    },
  }
}

/** GeoReport v2's form for POST /requests (the handler reads it field by field; an unknown field is ignored). */
const Open311Form = Type.Object({
  api_key: Type.String({ description: '管理员签发的接口密钥（也可放在查询参数中）/ issued by an admin (or in the query)' }),
  service_code: Type.String({ description: '服务类别，见 services.json / from services.json' }),
  description: Type.String({ minLength: 5, description: '诉求内容，至少5个字 / what is wrong, 5 characters or more' }),
  address_string: Type.Optional(Type.String({ description: '地址，按群众的写法即可 / the address as people write it' })),
  lat: Type.Optional(Type.String()), long: Type.Optional(Type.String()),
  media_url: Type.Optional(Type.String({ description: 'http(s) 照片链接（不下载）/ a photo URL (not fetched)' })),
  first_name: Type.Optional(Type.String()), last_name: Type.Optional(Type.String({ description: '无姓名时为匿名 / anonymous without a name' })),
  phone: Type.Optional(Type.String()), email: Type.Optional(Type.String()),
})

const CASE = ['case_not_found']
const EVENT_ERRORS = ['case_not_found', 'illegal_transition', 'guard_failed', 'version_conflict', 'wrong_unit', 'wrong_role', 'recusal', 'outside_jurisdiction', 'merge_target_not_found', 'unit_not_found']
const UPLOAD = ['file_too_large', 'too_many_files', 'request_too_large', 'too_many_uploads', 'too_many_parts', 'unsupported_file_type', 'unsupported_media_type', 'bad_multipart', 'idempotency_mismatch', 'division_not_found']
const twilio = (line: string, what: string, zh: string, en: string): Record<string, RouteDoc> => ({
  [`POST /channels/${line}/${what}`]: { zh: `${line === 'hotline' ? '春城热线' : '举报电话'}：${zh}`, en: `${line === 'hotline' ? 'Hotline' : 'Reporting line'}: ${en}`, tag: 'webhooks' },
})
const lineHooks = (line: string): Record<string, RouteDoc> => ({
  ...twilio(line, 'voice', '来电（Twilio Voice 回调，返回 TwiML）', 'incoming call (Twilio voice webhook, answers TwiML)'),
  ...twilio(line, 'choice', '来电人的按键选择（是否匿名）', 'the caller\'s key press (anonymous or not)'),
  ...twilio(line, 'queue-result', '排队结果（接通、放弃）', 'queue result (connected, abandoned)'),
  ...twilio(line, 'status', '通话状态回调', 'call status callback'),
  ...twilio(line, 'recorded', '留言录音结束', 'voicemail recorded'),
  ...twilio(line, 'recording-status', '录音状态回调（下载录音）', 'recording status callback (the recording is fetched)'),
  ...twilio(line, 'sms', '收到短信（新诉求、补充材料或评价）', 'incoming SMS (a new complaint, added material or a rating)'),
})

export const ROUTE_DOCS: Record<string, RouteDoc> = {
  'GET /health': { zh: '进程存活检查', en: 'Liveness check', tag: 'ops' },
  'GET /ready': { zh: '就绪检查（数据库可用）', en: 'Readiness (the database answers)', tag: 'ops', errors: ['database_unreachable'] },
  'GET /metrics': { zh: 'Prometheus 监控指标', en: 'Prometheus metrics', tag: 'ops' },
  'GET /ws': { zh: '实时推送（WebSocket：来电弹屏、新交办、预警）', en: 'Live updates over a websocket (screen pops, new assignments, warnings)', tag: 'cases', errors: ['unauthenticated', 'bad_origin', 'password_change_required', 'second_factor_enrolment_required', 'upgrade_required'] },
  'GET /api/me/second-factor': { zh: '本人的二次验证状态', en: 'The user\'s second factor', tag: 'auth' },
  'POST /api/me/second-factor/enrol': { zh: '开始绑定身份验证器（TOTP）', en: 'Start setting up an authenticator (TOTP)', tag: 'auth', errors: ['second_factor_enrolled'] },
  'POST /api/me/second-factor/confirm': { zh: '以动态验证码确认绑定，得到恢复码', en: 'Confirm the authenticator with a code; get recovery codes', tag: 'auth', errors: ['wrong_totp_code', 'no_pending_second_factor', 'second_factor_enrolled'] },
  'GET /api/public/knowledge/articles/:id': { zh: '公开的知识条目', en: 'A public knowledge article', tag: 'public', errors: ['article_not_found'] },
  'GET /api/public/knowledge/articles/:id/files/:fileId': { zh: '下载公开知识条目的附件（申请表、办事指南）', en: 'Download a file of a public article (a form, a guide)', tag: 'public', errors: ['article_file_not_found', 'article_file_gone'] },
  'POST /api/knowledge/articles/:id/files': {
    zh: '上传知识条目的附件（PDF、Word、Excel、图片；按内容判断类型）', en: 'Upload files to an article (PDF, Word, Excel, images; typed by content)',
    errors: ['article_not_found', 'article_wrong_state', 'article_files_full', 'forbidden', 'validation', ...UPLOAD],
    body: { content: { 'multipart/form-data': { schema: Type.Object({ files: Type.Array(Type.String({ format: 'binary' }), { minItems: 1, maxItems: 10, description: '附件，最多10个，每个不超过 40 MB / up to 10 files, 40 MB each' }) }) } } },
  },
  'DELETE /api/knowledge/articles/:id/files/:fileId': { zh: '从草稿中删除知识条目的附件（已发布版本保留）', en: 'Remove a file from the article\'s draft (the published version keeps it)', errors: ['article_not_found', 'article_file_not_found', 'article_wrong_state', 'forbidden'] },
  'GET /api/knowledge/articles/:id/files/:fileId': { zh: '下载知识条目的附件', en: 'Download a file of an article', errors: ['article_file_not_found', 'article_file_gone'] },
  'GET /api/public/anchors': { zh: '审计日志每日锚点（链头与条数）', en: 'The audit log\'s daily anchors (head and count)', tag: 'ops' },

  'POST /api/auth/login': { examples: EXAMPLES.login, zh: '工作人员登录', en: 'Staff sign-in', tag: 'auth', more: '成功后设置会话 Cookie，并返回 csrfToken / Sets the session cookie and returns the csrfToken', errors: ['bad_credentials', 'account_disabled', 'sign_in_throttled'] },
  'POST /api/auth/logout': { zh: '退出登录', en: 'Sign out', tag: 'auth' },
  'GET /api/me': { examples: EXAMPLES.me, zh: '当前用户', en: 'The signed-in user', tag: 'auth' },
  'POST /api/me/password': { zh: '修改本人密码', en: 'Change one\'s own password', tag: 'auth', errors: ['wrong_current_password', 'weak_password'] },
  'POST /api/users/:id/password': { zh: '管理员重置用户密码', en: 'An admin resets a user\'s password', tag: 'admin', errors: ['not_found', 'outside_jurisdiction', 'weak_password'] },
  'POST /api/users': { zh: '新增用户', en: 'Add a user', tag: 'admin', errors: ['username_taken', 'unit_not_found', 'outside_jurisdiction', 'weak_password'] },
  'GET /api/users': { zh: '用户列表（本辖区）', en: 'Users within one\'s jurisdiction', tag: 'admin' },
  'POST /api/users/:id/disable': { zh: '停用用户', en: 'Disable a user', tag: 'admin', errors: ['not_found', 'outside_jurisdiction'] },

  'GET /api/divisions/resolve': { zh: '由地址解析行政区划', en: 'Resolve a division from a free address', tag: 'intake' },
  'GET /api/divisions/:code': { zh: '行政区划及其下级', en: 'A division and its children', tag: 'intake', errors: ['division_not_found'] },
  'GET /api/units': { zh: '承办单位', en: 'Handling units', tag: 'admin' },
  'POST /api/units': { zh: '新增承办单位', en: 'Add a unit', tag: 'admin', errors: ['division_not_found', 'outside_jurisdiction', 'conflict'] },
  'GET /api/routing-rules': { zh: '分办规则（类别 → 办理层级）', en: 'Routing rules (category → handling level)', tag: 'admin' },
  'PUT /api/routing-rules/:category': { zh: '设置分办规则（市级管理员）', en: 'Set a routing rule (city admins)', tag: 'admin', errors: ['city_admin_only'] },
  'GET /api/holiday-overrides': { zh: '工作日历调整', en: 'Calendar overrides', tag: 'admin' },
  'PUT /api/holiday-overrides/:day': { zh: '设置某日是否工作日（市级管理员）', en: 'Mark a day as working day or holiday (city admins)', tag: 'admin', errors: ['city_admin_only'] },
  'DELETE /api/holiday-overrides/:day': { zh: '删除工作日历调整（市级管理员）', en: 'Remove a calendar override (city admins)', tag: 'admin', errors: ['city_admin_only'] },
  'POST /api/api-keys': { zh: '签发 Open311 接口密钥（市级管理员）', en: 'Issue an Open311 api_key (city admins)', tag: 'admin', errors: ['city_admin_only'] },
  'GET /api/outbox': { zh: '发件箱（短信、邮件的投递记录）', en: 'The outbox (SMS and e-mail deliveries)', tag: 'admin' },
  'GET /api/jobs/failed': { zh: '失败的后台任务', en: 'Failed background jobs', tag: 'admin' },
  'GET /api/stats/board': { zh: '监察看板（各单位在办、超期、预警、三率）', en: 'Supervision board (held, overdue, warnings, the three rates per unit)', tag: 'cases' },

  'POST /api/complaints': { zh: '群众网上提交诉求（JSON 或含附件的 multipart，可带 Idempotency-Key）', en: 'A citizen submits online (JSON or multipart with files; Idempotency-Key)', tag: 'intake', examples: EXAMPLES.submit, errors: UPLOAD, body: jsonOrForm(ComplaintBody, '照片、PDF 等，每个不超过 20 MB / photos, PDF …, 20 MB each') },
  'POST /api/intake/:channel': { zh: '工作人员代为登记诉求', en: 'Staff register a complaint for a channel', tag: 'intake', errors: UPLOAD },
  'POST /api/intake/hotline': { zh: '话务员登记春城热线来电', en: 'An operator logs a hotline call', tag: 'calls', errors: [...UPLOAD, 'call_taken', 'not_found'] },
  'POST /api/intake/phone': { zh: '话务员登记举报电话来电', en: 'An operator logs a reporting-line call', tag: 'calls', errors: [...UPLOAD, 'call_taken', 'not_found'] },
  'POST /api/intake/letter': { zh: '登记来信（含扫描件）', en: 'Register a letter (with scans)', tag: 'intake', errors: UPLOAD },
  'POST /api/intake/visit': { zh: '登记来访（5人以上为集体访）', en: 'Register a visit (5+ people: a group visit)', tag: 'intake', errors: UPLOAD },
  'GET /api/visitors/lookup': { zh: '按证件号查来访人以往来访', en: 'A visitor\'s earlier visits by ID number', tag: 'intake' },
  'POST /api/visitors/lookup': { zh: '按证件号查来访人以往来访', en: 'A visitor\'s earlier visits by ID number', tag: 'intake' },

  'GET /api/cases': { examples: EXAMPLES.caseList, zh: '诉求列表（本辖区、按队列）', en: 'Cases within one\'s jurisdiction, by queue', tag: 'cases' },
  'GET /api/cases/:id': { examples: EXAMPLES.caseDetail, zh: '诉求详情：交办链、时间线、时限、可执行的事件', en: 'A case: chain, timeline, deadlines, the events one may send', tag: 'cases', errors: CASE },
  'POST /api/cases/:id/events': {
    zh: '发送办理事件（受理、交办、签收、退回、答复、审核、反馈、评价、督办……）',
    en: 'Send a case event (register, dispatch, sign, return, reply, review, feedback, evaluate, supervise …)',
    tag: 'cases', errors: EVENT_ERRORS, examples: EXAMPLES.caseEvent,
    more: '请求体按 `type` 区分，每种事件一个结构（`CaseEvent_*`）；`expectedVersion` 用于乐观并发。当前状态不接受的事件返回 409 及可执行的事件。\n\n' +
      'The body is one schema per event, told apart by `type` (`CaseEvent_*`); `expectedVersion` guards against concurrent changes. An event the state does not accept answers 409 with the events it would.',
  },
  'POST /api/cases/:id/reply': { zh: '提交办理结果（可带佐证材料）', en: 'Submit the reply (with evidence files)', tag: 'cases', errors: [...EVENT_ERRORS, ...UPLOAD], body: jsonOrForm(ReplyBody, '照片、PDF 等佐证材料 / photos, PDF … as evidence') },
  'POST /api/cases/:id/parts/opinion': { zh: '提交协办意见（可带佐证材料）', en: 'Submit the assisting unit\'s opinion (with evidence files)', tag: 'cases', errors: [...EVENT_ERRORS, ...UPLOAD], body: jsonOrForm(OpinionBody, '照片、PDF 等佐证材料 / photos, PDF … as evidence') },
  'GET /api/cases/:id/routing': { zh: '建议的交办链', en: 'The suggested dispatch chain', tag: 'cases', errors: CASE },
  'POST /api/cases/:id/reveal': { zh: '查看诉求人个人信息（需填写理由，留痕）', en: 'Reveal a complainant\'s personal data (reason required, audited)', tag: 'cases', errors: [...CASE, 'not_found'] },
  'GET /api/cases/:id/readers': { zh: '举报件的查阅记录', en: 'Who read a report', tag: 'cases', errors: CASE },
  'GET /api/cases/:id/material': { zh: '补充材料', en: 'Added material', tag: 'cases', errors: CASE },
  'POST /api/cases/:id/material/read': { zh: '标记补充材料已读', en: 'Mark the added material read', tag: 'cases', errors: CASE },
  'GET /api/cases/:id/attachments': { zh: '诉求附件列表', en: 'A case\'s attachments', tag: 'cases', errors: CASE },
  'GET /api/attachments/:id': { zh: '下载附件', en: 'Download an attachment', tag: 'cases', errors: ['attachment_not_found', 'attachment_gone'] },
  'GET /api/attachments/:id/pages/:n.png': { zh: '传真或扫描件的一页（PNG）', en: 'One page of a fax or scan (PNG)', tag: 'cases', errors: ['attachment_not_found', 'page_not_found'] },
  'GET /api/cases/:id/public-summary': { zh: '公开摘要', en: 'The public summary', tag: 'cases', errors: CASE },
  'PUT /api/cases/:id/public-summary': { zh: '设置公开摘要（不得含个人信息）', en: 'Set the public summary (no personal data)', tag: 'cases', errors: [...CASE, 'report_not_public', 'summary_personal_data'] },
  'DELETE /api/cases/:id/public-summary': { zh: '撤下公开摘要', en: 'Withdraw the public summary', tag: 'cases', errors: CASE },
  'GET /api/cases/:id/receipt': { zh: '回执（打印）', en: 'The receipt (printable)', tag: 'intake', errors: CASE },
  'POST /api/cases/:id/receipt': { zh: '补打回执（生成新的查询密码）', en: 'Print the receipt again (with a new PIN)', tag: 'intake', errors: [...CASE, 'pin_reset_not_here'] },
  'POST /api/cases/:id/pin-reset': { zh: '重置查询密码（受理中心）', en: 'Reset the tracking PIN (the receiving centre)', tag: 'intake', errors: [...CASE, 'pin_reset_not_here', 'pin_reset_no_channel'] },
  'GET /api/cases/:id/reply-letter': { zh: '书面答复函（PDF）', en: 'The reply letter (PDF)', tag: 'cases', errors: [...CASE, 'no_result_yet', 'no_postal_address'] },
  'POST /api/cases/:id/letter-posting': { zh: '登记答复函寄出', en: 'Record that the reply letter was posted', tag: 'cases', errors: [...CASE, 'no_result_yet'] },
  'POST /api/cases/:id/transcription': { zh: '转录传真为诉求内容', en: 'Transcribe a fax into the complaint', tag: 'intake', errors: [...CASE, 'not_a_fax', 'already_registered'] },
  'GET /api/cases/:id/mails': { zh: '诉求的原始邮件', en: 'A case\'s raw e-mails', tag: 'cases', errors: CASE },
  'GET /api/cases/:id/mails/:mailId': { zh: '一封原始邮件', en: 'One raw e-mail', tag: 'cases', errors: [...CASE, 'not_found'] },
  'GET /api/mailbox/problems': { zh: '无法处理的来信邮件', en: 'Mails that became nothing', tag: 'admin' },
  'GET /api/mailbox/problems/:mailId': { zh: '一封无法处理的邮件', en: 'One mail that became nothing', tag: 'admin', errors: ['not_found'] },

  'GET /api/calls': { zh: '正在呼入和进行中的来电', en: 'Incoming and current calls', tag: 'calls' },
  'POST /api/calls/:callSid/take': { zh: '接听来电（弹屏）', en: 'Take a call (screen pop)', tag: 'calls', errors: ['not_found', 'call_taken'] },
  'GET /api/calls/:callSid/recording': { zh: '来电留言录音', en: 'A call\'s voicemail recording', tag: 'calls', errors: ['not_found', 'attachment_gone'] },
  'GET /api/callbacks': { zh: '回访任务', en: 'Call-back tasks', tag: 'calls' },
  'POST /api/callbacks/:id/outcome': { zh: '登记回访结果', en: 'Record a call-back\'s outcome', tag: 'calls', errors: ['callback_not_found', 'callback_done'] },

  'GET /api/track/:code': { examples: EXAMPLES.track, zh: '群众凭查询码与密码查看进度', en: 'A citizen follows the case with the tracking code and PIN', tag: 'public' },
  'POST /api/track/:code/messages': { zh: '群众补充材料（文字和/或附件）', en: 'A citizen adds material (text and/or files)', tag: 'public', examples: EXAMPLES.addMaterial, errors: ['case_closed', ...UPLOAD], body: jsonOrForm(MessageBody, '照片、PDF、录音等 / photos, PDF, recordings …') },
  'POST /api/track/:code/evaluation': { zh: '群众评价办理结果', en: 'A citizen rates the result', tag: 'public', errors: ['not_awaiting_evaluation'], examples: EXAMPLES.evaluate },
  'GET /api/public/stats': { examples: EXAMPLES.publicStats, zh: '公开统计（受理、按期、三率；少于5件不显示）', en: 'Open statistics (received, on time, the three rates; counts under 5 hidden)', tag: 'public' },

  'GET /open311/v2/services.:format': { examples: EXAMPLES.open311Services, zh: 'Open311 服务类别', en: 'Open311 service list', tag: 'open311' },
  'GET /open311/v2/requests.:format': { examples: EXAMPLES.open311Requests, zh: 'Open311 公开诉求（不含个人信息与举报件）', en: 'Open311 requests (no personal data, no reports)', tag: 'open311' },
  'POST /open311/v2/requests.:format': {
    zh: 'Open311 提交诉求（需 api_key）', en: 'Open311: post a request (api_key required)', tag: 'open311',
    body: { content: { 'application/x-www-form-urlencoded': { schema: Open311Form } } }, examples: EXAMPLES.open311Post,
  },
  'GET /open311/v2/requests/:id.:format': { zh: 'Open311 单件诉求', en: 'Open311: one request', tag: 'open311' },

  'POST /channels/fax/inbound': {
    zh: '传真网关推送传真（签名的 multipart：faxId、file、from、to、pages）', en: 'The fax gateway posts a fax (signed multipart: faxId, file, from, to, pages)', tag: 'webhooks',
    errors: ['file_too_large', 'unsupported_file_type', 'unsupported_media_type'],
    more: '签名见 `faxSignature` 安全方案与 webhooks 一节的示例；`suqiu fax-sign FILE` 打印签名头。同一 faxId 重复推送是幂等的（200）。\n\n' +
      'See the `faxSignature` scheme and the worked example under webhooks; `suqiu fax-sign FILE` prints the headers. A repeated faxId is idempotent (200).',
  },
  'POST /channels/twilio/sms-status': { zh: '短信投递状态回调（Twilio）', en: 'SMS delivery status callback (Twilio)', tag: 'webhooks' },
  ...lineHooks('hotline'),
  ...lineHooks('phone'),
}
