// Errors are declared once, with a stable code, an HTTP status and a Chinese and English message.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isConnectionLost, RETRY_AFTER_SECONDS } from '../ops/connection-lost.js'

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
    readonly zh: string,
    en: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(en)
    this.name = 'AppError'
  }
}

type Maker = (details?: Record<string, unknown>) => AppError
const declare = (code: string, status: number, zh: string, en: string): Maker => (details) => new AppError(code, status, zh, en, details)

export const errors = {
  validation: declare('validation', 400, '请求内容不符合要求', 'The request is not valid'),
  unauthenticated: declare('unauthenticated', 401, '请先登录', 'Sign in first'),
  badCredentials: declare('bad_credentials', 401, '用户名或密码错误', 'Wrong username or password'),
  accountDisabled: declare('account_disabled', 403, '账号已停用', 'This account is disabled'),
  csrf: declare('csrf', 403, '缺少或错误的 X-CSRF-Token', 'Missing or wrong X-CSRF-Token'),
  forbidden: declare('forbidden', 403, '无权执行此操作', 'You may not do this'),
  outsideJurisdiction: declare('outside_jurisdiction', 403, '超出本单位管辖范围', 'Outside your unit\'s jurisdiction'),
  wrongUnit: declare('wrong_unit', 403, '当前环节不由本单位办理', 'This step belongs to another unit'),
  wrongRole: declare('wrong_role', 403, '您的角色不能执行此操作', 'Your role cannot do this'),
  recusal: declare('recusal', 403, '被举报单位及其下级须回避，且举报件须由被举报单位的上一级或更高层级办理', 'The accused unit and the units below it must recuse themselves; a report is handled at least one level above the accused unit'),
  cityAdminOnly: declare('city_admin_only', 403, '全市统一设置（工作日历、分类与分办规则、接口密钥）只能由市级系统管理员修改', 'City-wide settings (calendar, categories and routing rules, API keys) are changed by city admins only'),
  notFound: declare('not_found', 404, '未找到', 'Not found'),
  divisionNotFound: declare('division_not_found', 404, '未找到该行政区划', 'No such division'),
  unitNotFound: declare('unit_not_found', 404, '未找到该承办单位', 'No such unit'),
  caseNotFound: declare('case_not_found', 404, '未找到该诉求', 'No such case'),
  mergeTargetNotFound: declare('merge_target_not_found', 404, '合并目标诉求不存在或不在本单位管辖范围内', 'No case to merge into by that id within your jurisdiction'),
  exportNotFound: declare('export_not_found', 404, '未找到该导出文件', 'No such export'),
  exportNotReady: declare('export_not_ready', 409, '导出文件正在生成，完成后会通知您', 'The export is still being written; you will be told when it is ready'),
  exportExpired: declare('export_expired', 410, '导出文件已过期并删除，请重新导出', 'The export has expired and was deleted; export again'),
  pinResetNotHere: declare('pin_reset_not_here', 403, '查询密码只能由受理中心的登记员或派单员重置', 'Only the receiving centre\'s clerks and dispatchers reset a PIN'),
  pinResetNoChannel: declare('pin_reset_no_channel', 409, '诉求人没有可接收新查询密码的手机或电子邮箱，请核实身份后由诉求人重新提交', 'The complainant has no phone or e-mail to receive a new PIN'),
  callTaken: declare('call_taken', 409, '该来电已由其他话务员接听', 'Another operator has taken this call'),
  // the category catalogue (issue 20)
  categoryParentNotFound: declare('category_parent_not_found', 404, '上级分类不存在', 'No such parent category'),
  categoryTooDeep: declare('category_too_deep', 400, '分类最多三级（一级/二级/三级）', 'Categories have at most three levels'),
  categoryParentFixed: declare('category_parent_fixed', 409, '已有分类不能移到其他上级分类下（诉求仍引用其代码）；请新建分类并停用旧分类', 'An existing category cannot move under another parent (cases name its code); add a new one and deactivate the old'),
  conflict: declare('conflict', 409, '与现有数据冲突', 'Conflicts with existing data'),
  usernameTaken: declare('username_taken', 409, '用户名已存在', 'That username is taken'),
  versionConflict: declare('version_conflict', 409, '诉求已被他人更新，请刷新后重试', 'The case was changed by someone else; reload and try again'),
  illegalTransition: declare('illegal_transition', 409, '诉求当前状态不接受此操作', 'The case\'s current state does not accept this event'),
  guardFailed: declare('guard_failed', 422, '不满足此操作的条件', 'The conditions for this event are not met'),
  idempotencyMismatch: declare('idempotency_mismatch', 422, '该幂等键（Idempotency-Key / 外部编号）已用于另一份不同的提交', 'This Idempotency-Key (or external id) was already used for a different submission'),
  reportNotPublic: declare('report_not_public', 409, '举报件不公开，不能设置公开摘要', 'A report is never published: it takes no public summary'),
  summaryPersonalData: declare('summary_personal_data', 400, '公开摘要不能含有电话号码、身份证号码或电子邮箱', 'A public summary may not hold a phone number, an ID number or an e-mail address'),
  rateLimited: declare('rate_limited', 429, '请求过于频繁，请稍后再试', 'Too many requests; try again later'),
  internal: declare('internal', 500, '服务器内部错误', 'Internal server error'),
  unavailable: declare('unavailable', 503, '服务暂不可用', 'Service unavailable'),
  metricsToken: declare('metrics_token', 401, '需要监控令牌（METRICS_TOKEN）', 'A metrics token (METRICS_TOKEN) is required'),
  databaseUnavailable: declare('database_unavailable', 503, '数据库暂时不可用，请稍后重试', 'The database is unavailable for a moment; try again later'),
  // codes the error handler and the modules answer with (the OpenAPI document reads every code from this table)
  invalidJson: declare('invalid_json', 400, '请求内容不是有效的 JSON', 'The body is not valid JSON'),
  emptyBody: declare('empty_body', 400, '请求内容为空', 'The body is empty'),
  tooLarge: declare('too_large', 413, '请求内容过大', 'The request is too large'),
  unsupportedMediaType: declare('unsupported_media_type', 415, '请以 multipart/form-data 或 JSON 提交', 'Send multipart/form-data or JSON'),
  upgradeRequired: declare('upgrade_required', 426, '请使用 WebSocket 连接', 'Connect with a WebSocket'),
  badOrigin: declare('bad_origin', 403, '不允许的来源', 'Origin not allowed'),
  databaseUnreachable: declare('database_unreachable', 503, '数据库不可用', 'Database not reachable'),
  weakPassword: declare('weak_password', 400, '密码不符合要求', 'The password is too weak'),
  pinRequired: declare('pin_required', 401, '请输入6位查询密码（PIN）', 'Send the 6-digit PIN in the X-Tracking-Pin header'),
  badPin: declare('bad_pin', 401, '查询码或查询密码（PIN）错误', 'Wrong tracking code or PIN'),
  trackingLocked: declare('tracking_locked', 423, '查询密码错误次数过多，请稍后再试', 'Too many wrong PINs; try again later'),
  caseClosed: declare('case_closed', 409, '诉求已办结，不能再补充材料；如有新问题请重新提交', 'The case is finished; submit a new complaint instead'),
  notAwaitingEvaluation: declare('not_awaiting_evaluation', 409, '当前诉求不在待评价阶段', 'The case is not awaiting an evaluation'),
  faxBadSignature: declare('bad_signature', 401, '传真网关签名错误或缺失', 'Missing or wrong X-Fax-Signature'),
  twilioBadSignature: declare('bad_signature', 403, 'Twilio 签名无效', 'Invalid or missing X-Twilio-Signature'),
  faxWebhookDisabled: declare('fax_webhook_disabled', 503, '未配置传真网关密钥（FAX_WEBHOOK_SECRET）', 'The fax webhook is not configured (FAX_WEBHOOK_SECRET)'),
  notAFax: declare('not_a_fax', 409, '只有传真件需要转录', 'Only a fax is transcribed'),
  alreadyRegistered: declare('already_registered', 409, '该传真已受理，不能再转录', 'The fax has been registered already; it can no longer be transcribed'),
  callNotFound: declare('call_not_found', 404, '未找到该来电记录', 'No such call'),
  callbackNotFound: declare('callback_not_found', 404, '未找到该回访任务', 'No such call-back task'),
  callbackDone: declare('callback_done', 409, '该回访任务已处理', 'This call-back task is already done'),
  noResultYet: declare('no_result_yet', 409, '该诉求尚无可答复的办理结果', 'The case has no approved result to send yet'),
  noPostalAddress: declare('no_postal_address', 409, '诉求人未留姓名和通信地址，无法书面答复（匿名诉求只能凭查询码查询）', 'The complainant left no name and postal address; an anonymous complainant is reached only through the tracking code'),
  callAlreadyLogged: declare('call_already_logged', 409, '该来电已登记到其他诉求', 'This call was already logged on another case'),
  faxWithoutDocument: declare('fax_without_document', 422, '邮件中没有 TIFF 或 PDF 传真件', 'The message carries no TIFF or PDF fax document'),
  notFaxGateway: declare('not_fax_gateway', 403, '发件人不是已配置的传真网关', 'The sender is not a configured fax gateway (FAX_GATEWAY_SENDERS)'),
  pinPrintExpired: declare('pin_print_expired', 409, '查询密码只能由受理人在受理后短时间内打印；补打回执不含查询密码', 'Only the clerk who took the visit can print the PIN, shortly after intake; a reprint has no PIN'),
  wrongPin: declare('wrong_pin', 400, '查询密码与受理时生成的不一致', 'The PIN does not match the one given at intake'),
  anonymousPinReset: declare('anonymous_pin_reset', 409, '匿名诉求无法核实身份，不能重置查询密码', 'An anonymous complainant cannot be identified, so the PIN cannot be reset'),
  duplicateLetterNumber: declare('duplicate_letter_number', 409, '该信件编号已登记，请勿重复登记', 'That letter number is already registered'),
  // uploads (src/attachments/errors.ts words the limits in its messages: restate)
  fileTooLarge: declare('file_too_large', 413, '文件过大', 'File too large'),
  tooManyFiles: declare('too_many_files', 413, '文件过多', 'Too many files'),
  fieldTooLarge: declare('field_too_large', 413, '表单字段过长', 'A form field is too long'),
  requestTooLarge: declare('request_too_large', 413, '上传内容过大', 'Upload too large'),
  tooManyUploads: declare('too_many_uploads', 429, '同时上传过多：请等待正在进行的上传完成', 'Too many uploads at once: wait for the ones under way'),
  tooManyParts: declare('too_many_parts', 413, '表单字段过多', 'Too many form fields'),
  unsupportedFileType: declare('unsupported_file_type', 415, '不支持的文件类型', 'Unsupported file type'),
  attachmentNotFound: declare('attachment_not_found', 404, '未找到该附件', 'No such attachment'),
  attachmentGone: declare('attachment_gone', 410, '该附件的文件已不在服务器上，请联系系统管理员从备份恢复', 'The file is no longer on the server; ask the administrators to restore it from the backup'),
  pageNotFound: declare('page_not_found', 404, '该附件没有这一页', 'The attachment has no such page'),
  invalidText: declare('invalid_text', 400, '内容含有无法保存的字符（如空字符 \\0 或不成对的代理字符）', 'The text holds characters that cannot be stored (NUL or a lone surrogate)'),
  unknownField: declare('unknown_field', 400, '请求含有不允许的字段', 'The request has a field that is not allowed'),
  invalidValue: declare('invalid_value', 400, '请求中的取值超出允许范围或格式不正确', 'A value in the request is out of range or malformed'),
  badMultipart: declare('bad_multipart', 400, '上传的表单不完整或格式错误', 'The multipart form is incomplete or malformed'),
  signInThrottled: declare('sign_in_throttled', 429, '登录尝试过于频繁，请稍后再试', 'Too many sign-in attempts; wait a moment and try again'),
  passwordChangeRequired: declare('password_change_required', 403, '请先修改密码（首次登录或密码已被管理员重置）', 'Change your password first (first sign-in, or reset by an admin)'),
  wrongCurrentPassword: declare('wrong_current_password', 400, '当前密码不正确', 'The current password is wrong'),
  secondFactorRequired: declare('second_factor_required', 401, '请输入身份验证器中的 6 位动态验证码（或一个恢复码）', 'Enter the 6-digit code from your authenticator app (or a recovery code)'),
  badSecondFactor: declare('bad_second_factor', 401, '动态验证码错误或已使用', 'Wrong or already used code'),
  wrongTotpCode: declare('wrong_totp_code', 400, '动态验证码不正确，请核对手机时间后输入最新的验证码', 'The code is wrong; check the phone\'s clock and enter the newest code'),
  secondFactorEnrolmentRequired: declare('second_factor_enrolment_required', 403, '请先绑定身份验证器（系统管理员和电子监察必须使用二次验证）', 'Set up your authenticator first (admins and inspectors must use a second factor)'),
  secondFactorEnrolled: declare('second_factor_enrolled', 409, '已绑定身份验证器；如需更换，请管理员重置', 'An authenticator is already set up; an admin can reset it'),
  noPendingSecondFactor: declare('no_pending_second_factor', 409, '请先开始绑定身份验证器', 'Start setting up the authenticator first'),
  // the desk's lists (issue 20)
  tooManySavedViews: declare('too_many_saved_views', 409, '保存的视图已达上限，请先删除不用的视图', 'You have saved as many views as allowed; delete one first'),
  pdfUnavailable: declare('pdf_unavailable', 409, '本服务器未安装 Chromium，无法生成 PDF；请打开网页版工单用浏览器打印', 'Chromium is not installed on this server: open the printable page and print it from the browser'),
  // the knowledge base (issue 21)
  articleNotFound: declare('article_not_found', 404, '未找到该知识条目', 'No such knowledge article'),
  articleWrongState: declare('article_wrong_state', 409, '知识条目当前状态不允许此操作', 'The article\'s current state does not allow this'),
  articleNotAnswered: declare('article_not_answered', 409, '该诉求不是当场答复办结的，不能关联知识条目', 'The case was not answered on the call; no article can be linked to it'),
  articleFileNotFound: declare('article_file_not_found', 404, '未找到该条目的附件（或该附件不对您公开）', 'No such file of the article (or it is not open to you)'),
  articleFileGone: declare('article_file_gone', 410, '该附件的文件已不在服务器上，请联系条目的编辑单位重新上传', 'The file is no longer on the server; ask the article\'s editors to upload it again'),
  articleFilesFull: declare('article_files_full', 409, '该知识条目的附件已达上限，请先删除不用的附件', 'The article has as many files as allowed; remove one first'),
  importUnreadable: declare('import_unreadable', 400, '无法读取导入文件（请上传 .xlsx 或 .md 文件）', 'The import file cannot be read (send an .xlsx or .md file)'),
  // 主办/协办 (issue 22)
  partDeadlineBeyondLead: declare('part_deadline_beyond_lead', 400, '协办时限须在主办单位的办理时限内', 'An assisting part\'s deadline must fall within the lead\'s'),
  noticeNotFound: declare('notice_not_found', 404, '未找到该督办单', 'No such supervision notice'),
  noticeUnitNotOnCase: declare('notice_unit_not_on_case', 400, '督办单只能下发给承办该诉求的单位（交办链上的单位或协办单位）', 'A notice goes to a unit that works on the case (a unit of its chain or an assisting unit)'),
  noticeWrongState: declare('notice_wrong_state', 409, '督办单当前状态不允许此操作', 'The notice\'s current state does not allow this'),
  // 问责 (issue 22, art. 8)
  accountabilityNotFound: declare('accountability_not_found', 404, '未找到该问责线索', 'No such accountability record'),
  accountabilityDecided: declare('accountability_decided', 409, '该问责线索已作出处理决定，不能更改', 'This accountability record is decided and cannot change'),
  responsiblePersonNotFound: declare('responsible_person_not_found', 404, '未找到该责任人任职记录', 'No such responsible-person entry'),
  responsiblePersonDates: declare('responsible_person_dates', 400, '任职日期不合理：离任日期须晚于到任日期，且同一职责同一时间只能有一人在任', 'The dates do not fit: the end comes after the start, and one person holds a role at a time'),
  responsiblePeopleOwnUnit: declare('responsible_people_own_unit', 403, '单位责任人由上级单位的管理员登记，本单位管理员不能登记或变更本单位的责任人（市级单位由市级管理员登记）', 'A unit\'s responsible people are kept by the admins of the units above it, never by its own admins (the city unit\'s by city admins)'),
  responsiblePersonBackdated: declare('responsible_person_backdated', 400, '到任、离任日期不得早于今天；更正过去的任职记录须由市级管理员填写更正理由办理', 'A term starts and ends today or later; a correction of past history is made by a city admin, with a reason'),
  // 考核评议 (issue 22, art. 7)
  assessmentWeightsPast: declare('assessment_weights_past', 400, '考核权重只能从本月或以后的月份起生效，已过去的月份不能改用新权重', 'Assessment weights take effect from this month or a later one, never from a past month'),
  assessmentWeightsSum: declare('assessment_weights_sum', 400, '五项比率的权重之和须为100分', 'The five rates\' weights must add up to 100 points'),
  assessmentNoWeights: declare('assessment_no_weights', 409, '该月份没有生效的考核权重', 'No assessment weights are in force for that month'),
  assessmentMonthOpen: declare('assessment_month_open', 400, '只能考核已经结束的月份', 'Only a month that has ended can be assessed'),
  assessmentNotComputed: declare('assessment_not_computed', 404, '该月份尚未生成考核结果', 'That month has not been assessed yet'),
  partsPending: declare('parts_pending', 409, '协办单位的意见尚未全部提交且未超过其协办时限，主办单位暂不能提交办理结果', 'Assisting units\' parts are still due: the lead replies once every part is in or past its deadline'),
}

/** A declared code worded for the case at hand (a limit, a reason): code and status stay the table's. */
export function restate(make: Maker, zh: string, en: string, details?: Record<string, unknown>): AppError {
  const { code, statusCode } = make()
  return new AppError(code, statusCode, zh, en, details)
}

/** Bodies Fastify could not read, as a form's sender should hear of them (not Fastify's own codes). */
const BODY_ERRORS: Record<string, { code: string; zh: string; en: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', zh: '请求内容不是有效的 JSON', en: 'The body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'empty_body', zh: '请求内容为空', en: 'The body is empty' },
}

/** One error handler: stable code, both languages, request id; no internals on 5xx. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    const requestId = request.id
    if (err instanceof AppError) {
      if (err.statusCode >= 500) request.log.error({ err }, err.message)
      const fields = err.details?.fields as { message?: string; messageEn?: string }[] | undefined
      const zh = fields?.length ? `${err.zh}：${fields.map((f) => f.message).filter(Boolean).join('；')}` : err.zh
      const en = fields?.length ? `${err.message}: ${fields.map((f) => f.messageEn).filter(Boolean).join('; ')}` : err.message
      return reply.status(err.statusCode).send({ error: { ...err.details, code: err.code, message: zh, messageEn: en, requestId } })
    }
    if ((err as FastifyError).validation) {
      const unknown = (err as FastifyError).validation?.find((e) => e.keyword === 'additionalProperties')
      if (unknown) {
        const base = (unknown.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.')
        const field = [base, String(unknown.params?.additionalProperty ?? '')].filter(Boolean).join('.')
        return reply.status(400).send({ error: {
          code: 'unknown_field', message: `请求含有不允许的字段：${field}`, messageEn: `The request has a field that is not allowed: ${field}`, requestId, field,
        } })
      }
      const fields = validationFields((err as FastifyError).validation ?? [], (err as FastifyError).validationContext)
      return reply.status(400).send({ error: {
        code: 'validation',
        message: '请求内容不符合要求：' + fields.map((f) => f.message).join('；'),
        messageEn: 'The request is not valid: ' + fields.map((f) => f.messageEn).join('; '),
        requestId, fields,
      } })
    }
    // the last net: a value PostgreSQL refuses as data (NUL, out of range, malformed) is the sender's mistake
    if (isDataException(err)) {
      request.log.warn({ err }, 'value refused by the database')
      const e = errors.invalidValue()
      return reply.status(400).send({ error: { code: e.code, message: e.zh, messageEn: e.message, requestId } })
    }
    // the database went away under this request: a prompt 503 with Retry-After (src/ops/db-health.ts), not a 500
    if (isConnectionLost(err)) {
      request.server.dbHealth?.markDown(err)
      // a signed webhook admitted before the outage was noticed: kept in the spool as during the outage (src/ops/spool.ts)
      if (request.server.hasDecorator('spool') && request.server.spool.keepAfterLostConnection(request, reply)) return reply
      const e = errors.databaseUnavailable()
      return reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS)).send({ error: { code: e.code, message: e.zh, messageEn: e.message, requestId } })
    }
    const status = (err as FastifyError).statusCode ?? 500
    if (status >= 500) {
      request.log.error({ err }, 'unhandled error')
      return reply.status(status).send({ error: { code: 'internal', message: '服务器内部错误', messageEn: 'Internal server error', requestId } })
    }
    const parse = BODY_ERRORS[(err as FastifyError).code ?? '']
    if (parse) return reply.status(400).send({ error: { code: parse.code, message: parse.zh, messageEn: parse.en, requestId } })
    const code = status === 429 ? 'rate_limited' : status === 413 ? 'too_large' : status === 415 ? 'unsupported_media_type' : ((err as FastifyError).code ?? 'bad_request').toLowerCase()
    const zh = status === 429 ? '请求过于频繁，请稍后再试' : status === 413 ? '请求内容过大' : status === 415 ? '不支持的内容类型' : '请求有误'
    return reply.status(status).send({ error: { code, message: zh, messageEn: err.message, requestId } })
  })
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: { code: 'not_found', message: '未找到', messageEn: `No route ${request.method} ${request.url.split('?')[0]}`, requestId: request.id } })
  })
}

/** Fastify's own refusals before routing (a URL that does not decode), in the same shape as every other error. */
export function frameworkErrors(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const e = err.code === 'FST_ERR_BAD_URL' ? errors.invalidText({ reason: 'url' }) : errors.validation()
  reply.status(e.statusCode).send({ error: { code: e.code, message: e.zh, messageEn: e.message, requestId: request.id } })
}

/** PostgreSQL's class 22 (data exception: 22003 out of range, 22021 NUL in text, 22P05 \u0000 in jsonb …). */
function isDataException(err: unknown): boolean {
  const e = err as { name?: string; code?: unknown }
  return e?.name === 'PostgresError' && typeof e.code === 'string' && e.code.startsWith('22')
}

/** Field names as officials and citizens call them. */
export const FIELD_LABELS: Record<string, string> = {
  content: '诉求内容', title: '标题', type: '诉求类型', urgency: '紧急程度', address: '地址', divisionCode: '行政区划代码',
  category: '分类', 'complainant': '诉求人信息', 'complainant.name': '姓名', 'complainant.phone': '电话', 'complainant.email': '电子邮箱',
  'complainant.idNumber': '身份证号码', 'complainant.address': '联系地址', preferredChannel: '答复方式', username: '用户名', password: '密码',
  role: '角色', unitId: '单位', reason: '理由', text: '内容', rating: '评价', chain: '承办单位', workingDays: '延期天数',
}

interface AjvError { instancePath?: string; keyword: string; params?: Record<string, unknown>; message?: string }

/** One entry per field, with a Chinese and an English message. */
export function validationFields(errs: AjvError[], context?: string): { field: string; message: string; messageEn: string }[] {
  const byField = new Map<string, { field: string; message: string; messageEn: string }>()
  for (const e of errs) {
    const base = (e.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.')
    const missing = e.keyword === 'required' ? String(e.params?.missingProperty ?? '') : ''
    const field = [base, missing].filter(Boolean).join('.') || (context === 'querystring' ? 'query' : 'body')
    if (byField.has(field)) continue
    const label = FIELD_LABELS[field] ?? FIELD_LABELS[field.replace(/^body\./, '')] ?? field
    const p = e.params ?? {}
    const zh =
      e.keyword === 'required' ? `缺少${label}` :
      e.keyword === 'minLength' ? `${label}过短（至少${p.limit}个字符）` :
      e.keyword === 'maxLength' ? `${label}过长（最多${p.limit}个字符）` :
      e.keyword === 'pattern' || e.keyword === 'format' ? `${label}格式不正确` :
      e.keyword === 'minimum' || e.keyword === 'maximum' ? `${label}超出允许范围` :
      e.keyword === 'minItems' || e.keyword === 'maxItems' ? `${label}数量不符合要求` :
      e.keyword === 'type' ? `${label}类型不正确` :
      `${label}取值无效`
    byField.set(field, { field, message: zh, messageEn: `${field} ${e.message ?? 'is not valid'}` })
  }
  return [...byField.values()]
}
