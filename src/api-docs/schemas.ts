// Response schemas of the views several routes answer with (a case, the case list, the board …), for the OpenAPI
// document and the generated browser types. The views grow with the domain, so they are `Open`: their main fields
// are typed here and every other field passes through unchanged (src/http/responses.ts).
import { Type, type TSchema } from '@sinclair/typebox'
import { CASE_EVENT_TYPES, type CaseState } from '../cases/machine.js'
import { CASE_CHANNELS, CASE_TYPES, REPLY_CHANNELS, URGENCIES } from '../complaints/draft.js'
import { ROLES } from '../auth/roles.js'
import { Nullable, Open } from '../http/responses.js'

const Str = Type.String()
const Int = Type.Integer()
const When = Nullable(Type.String({ format: 'date-time' }))

/** A string from a fixed list: documented (and typed in the browser) as the list, serialized as the string it is. */
export const OneOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) })

/** Every state of the case machine (the list the machine's CaseState type names). */
const CASE_STATES = ['intake', 'triage', 'assigned', 'handling', 'review', 'feedback', 'evaluation', 'decision', 'closed', 'rejected', 'merged', 'withdrawn'] as const
type Exhaustive<T extends never> = T
export type CaseStatesListed = Exhaustive<Exclude<CaseState, (typeof CASE_STATES)[number]>>

const Bool = Type.Boolean()
const Maybe = <T extends TSchema>(schema: T) => Type.Optional(Nullable(schema))
export const CaseStateEnum = OneOf(CASE_STATES)
export const WarningEnum = OneOf(['none', 'yellow', 'red'] as const)
export const LEVELS = ['city', 'county', 'township', 'village'] as const
export const LevelEnum = OneOf(LEVELS)
// a case's channel: the six ways in and 主动发现 (a 主动治理 task, issue 23)
export const ChannelEnum = OneOf(CASE_CHANNELS)
export const CaseTypeEnum = OneOf(CASE_TYPES)
export const RoleEnum = OneOf(ROLES)
const EventTypeEnum = OneOf(CASE_EVENT_TYPES)
const RatingEnum = OneOf(['satisfied', 'basic', 'unsatisfied'] as const)

export const UnitBrief = Open({ id: Int, name: Str, level: LevelEnum })
const ReplySchema = Open({ text: Str, resolved: Bool, at: Str })
const Masked = { name: Type.Optional(Str), phone: Type.Optional(Str), email: Type.Optional(Str), idNumber: Type.Optional(Str), address: Type.Optional(Str) }
const MaskedIdentity = Open(Masked,
  '掩码后的诉求人信息 / masked identity')
const DivisionBrief = Type.Object({ code: Str, name: Str, level: LevelEnum })
const LinkStatus = OneOf(['waiting', 'assigned', 'handling', 'review'] as const)

const PartStatusEnum = OneOf(['assigned', 'handling', 'submitted', 'returned', 'lapsed', 'cancelled'] as const)
export const PartStatusSchema = PartStatusEnum
const FileBrief = { id: Int, filename: Str, mime: Str, size: Int, url: Str }
/** 协办: one assisting unit's part of a case (src/cohandling/view.ts). */
export const CasePartSchema = Open({
  seq: Int, unit: Nullable(UnitBrief), leadUnit: Nullable(UnitBrief), status: PartStatusEnum, statusLabel: Str,
  assignedAt: Str, dueAt: Str, signedAt: Nullable(Str), closedAt: Nullable(Str), late: Bool, returnReason: Nullable(Str),
  replacedBy: Nullable(Type.Integer({ description: '已被更换：接替它的协办部分的序号 / a returned part replaced: the seq of the part that took it over' })),
  replaceable: Type.Boolean({ description: '已退回、尚未更换且属于当前承办单位（可更换协办单位）/ returned, not yet replaced, of the current lead: PART_REPLACE may name another unit for it' }),
  opinion: Nullable(Open({ text: Str, at: Str, files: Type.Array(Open(FileBrief)) })),
}, '协办单位的协办部分 / An assisting unit\'s part')
/** 办理佐证材料: a file attached to a reply, with who added it (src/replies/evidence.ts). */
export const ReplyEvidenceSchema = Open({ ...FileBrief, addedAt: Str, addedBy: Nullable(Str), addedByUnit: Nullable(Str) }, '办理佐证材料 / A reply\'s evidence file')

/** What every staff-facing answer about one case carries (GET /api/cases/:id, an event's answer …). */
export const CaseViewSchema = Open({
  id: Int, version: Int, caseNumber: Str,
  channel: ChannelEnum, channelLabel: Str, type: CaseTypeEnum, typeLabel: Str, urgency: OneOf(URGENCIES), urgencyLabel: Str,
  title: Nullable(Str), content: Nullable(Str), address: Nullable(Str), category: Nullable(Str),
  division: Nullable(Type.Object({ code: Str, path: Type.Array(DivisionBrief) })),
  receivedAt: When, anonymous: Bool,
  complainant: Nullable(MaskedIdentity),
  raisedBy: Maybe(Open({ unit: Nullable(UnitBrief), by: Nullable(Str) },
    '主动治理任务的发起单位和发起人（无诉求人），其他诉求为 null / the unit (and person) that raised a proactive task; null for any other case')),
  preferredChannel: Nullable(OneOf(REPLY_CHANNELS)),
  possibleDuplicateOf: Nullable(Type.Object({ id: Int, caseNumber: Str })),
  state: CaseStateEnum, stateLabel: Str, subState: Nullable(OneOf(['working', 'extensionRequested'] as const)),
  warning: WarningEnum, warningLabel: Str,
  rootUnit: Nullable(UnitBrief), currentUnit: Nullable(UnitBrief), accusedUnit: Nullable(UnitBrief),
  deadlines: Open({ link: When, linkStartedAt: When, overall: When }),
  chain: Type.Array(Open({
    unit: Nullable(UnitBrief), status: LinkStatus, assignedAt: Str, signedAt: Nullable(Str), extensionDays: Int,
    extensionRequest: Nullable(Open({ workingDays: Int, reason: Str, at: Str })), reply: Nullable(ReplySchema),
  })),
  chainHistory: Type.Array(Open({
    unit: Nullable(UnitBrief), status: OneOf(['waiting', 'assigned', 'handling', 'review', 'approved', 'returned', 'ended'] as const),
    assignedAt: Str, signedAt: Nullable(Str), repliedAt: Nullable(Str), approvedAt: Nullable(Str), returnedAt: Nullable(Str), round: Int,
  }, '经办过的每个单位 / every unit that has had the case')),
  mergedCases: Type.Array(Type.Object({ id: Int, caseNumber: Str, at: Str }), { description: '并入本件的诉求 / cases merged into this one' }),
  counts: Open({ returns: Int, redo: Int, supervisions: Int }),
  returns: Type.Array(Open({ unit: Nullable(UnitBrief), reason: Str, at: Str })),
  supervisions: Type.Array(Open({ note: Str, userId: Nullable(Int), at: Str })),
  finalReply: Nullable(ReplySchema),
  feedback: Nullable(Open({ text: Str, channel: Str, at: Str })),
  evaluation: Nullable(Open({ rating: RatingEnum, comment: Nullable(Str), at: Str })),
  rejectReason: Nullable(Str), mergedInto: Nullable(Int),
  parts: Type.Optional(Type.Array(CasePartSchema, { description: '协办部分 / the assisting units\' parts' })),
  replyEvidence: Type.Optional(Type.Array(ReplyEvidenceSchema, { description: '办理佐证材料 / the replies\' evidence files' })),
  timeline: Type.Array(Open({
    version: Nullable(Type.Integer({ description: '补充材料（MATERIAL）等非事件条目为 null / null for added material and other entries that are no event' })),
    type: Str, from: Nullable(Str), to: Nullable(Str), at: Str, actor: Nullable(Str), actorUnit: Nullable(Str),
    actorId: Maybe(Int), payload: Nullable(Type.Record(Str, Type.Unknown())),
  })),
  newMaterial: Type.Optional(Type.Integer({ description: '本单位未读的补充材料 / added material the user\'s unit has not read' })),
  allowedEvents: Type.Array(EventTypeEnum, { description: '当前用户此刻可发送的事件 / the events the user may send now' }),
  extra: Nullable(Type.Record(Str, Type.Unknown())),
}, '一件诉求（工作人员视图）/ A case as staff see it')

/** The answer of an event that moved the case out of the sender's sight (a report against their own unit). */
export const CaseMovedAway = Type.Object({ id: Int, version: Int, state: Str, visible: Type.Literal(false) })

export const CaseListSchema = Open({
  total: Int, totalExact: Type.Optional(Type.Boolean()), page: Int, pageSize: Int,
  items: Type.Array(Open({
    id: Int, caseNumber: Str, title: Nullable(Str), channel: ChannelEnum, type: CaseTypeEnum, category: Nullable(Str),
    state: CaseStateEnum, stateLabel: Str, warning: WarningEnum, newMaterial: Type.Boolean(),
    receivedAt: Str, linkDueAt: Nullable(Str), overallDueAt: Nullable(Str),
    currentUnit: Nullable(Open({ id: Int, name: Str })),
    complainant: Open({ anonymous: Bool, ...Masked }),
    divisionCode: Nullable(Str), returns: Int, supervisions: Int,
  })),
}, '诉求列表（按时限排序）/ A page of cases, most urgent first')

const Counts = { held: Int, overdue: Int, yellow: Int, red: Int, returned: Int, extended: Int }
const Rate = Nullable(Type.Number({ description: '0…1，无分母时为 null / a fraction, null when nothing to divide by' }))
/** A board row's figures (src/stats/board.ts Figures): held now, the period's counts and three rates, its 协办 parts. */
const BoardFigures = {
  ...Counts,
  period: Open({ cases: Int, dispatched: Int, signedInTime: Int, replied: Int, resolved: Int, evaluated: Int, satisfied: Int }, '统计期间受理的诉求 / cases received in the period'),
  rates: Open({ response: Rate, resolution: Rate, satisfaction: Rate }, '三率 / the three rates'),
  parts: Open({ open: Int, overdue: Int, assigned: Int, signedInTime: Int, onTime: Int, late: Int, returned: Int }, '协办 / the assisting units\' parts'),
}
/** One row of 直接答复率: a period, an operator (unnamed on the board) or a category. */
export const DirectAnswerRow = Open({ key: Str, label: Str, calls: Int, answered: Int, rate: Nullable(Type.Number()) })

export const BoardSchema = Open({
  unit: Open({ id: Int, name: Str, divisionCode: Str, level: LevelEnum }),
  from: Str, to: Str,
  total: Open(BoardFigures),
  byState: Type.Record(Str, Int),
  supervised: Int,
  units: Type.Array(Open({ unitId: Int, name: Str, divisionCode: Str, divisionName: Str, level: LevelEnum, self: Type.Boolean(), ...BoardFigures })),
  directAnswer: Type.Optional(Open({
    total: Open({ calls: Int, answered: Int, rate: Nullable(Type.Number()) }),
    periodUnit: OneOf(['day', 'month'] as const),
    byPeriod: Type.Array(DirectAnswerRow), byOperator: Type.Array(DirectAnswerRow), byCategory: Type.Array(DirectAnswerRow),
  }, '直接答复率（电话当场答复的比例）/ Share of calls answered on the call')),
  proactive: Type.Optional(Open({ opened: Int, resolved: Int }, '主动治理任务（另计，不计入三率）/ Proactive tasks, counted apart from the three rates')),
}, '监察看板 / The supervision board')

export const RoutingSuggestion = Open({
  category: Nullable(Str), ruleLevel: Nullable(LevelEnum), handlingLevel: LevelEnum,
  chain: Type.Array(Open({ unitId: Int, name: Str, level: LevelEnum, divisionCode: Str })), notes: Type.Array(Str), fallback: Type.Boolean(),
}, '建议的交办链 / The suggested chain')

export const MaterialItemSchema = Open({ at: Str, read: Type.Boolean() })

/** A public count: under 5 (but not 0) it is the text "<5", so no one is singled out. */
const PublicCount = Type.Union([Int, Type.Literal('<5')])
const PublicRate = Nullable(Type.Number({ description: '百分比，样本不足5件时为 null / percent, null under 5 cases' }))
const PublicCounts = {
  received: PublicCount, accepted: PublicCount, closed: PublicCount, onTime: PublicCount,
  rates: Open({ response: PublicRate, resolution: PublicRate, satisfaction: PublicRate, onTime: PublicRate }),
}
export const PublicStatsSchema = Open({
  from: Nullable(Str), to: Nullable(Str), division: Nullable(Str), groupBy: Nullable(Str),
  total: Open(PublicCounts),
  groups: Type.Array(Open({ key: Str, label: Str, ...PublicCounts })),
  note: Str,
}, '公开统计 / Open statistics')

export const PublicSummarySchema = Type.Object({
  text: Nullable(Str), approvedBy: Nullable(Type.Object({ id: Int, name: Str })), approvedAt: Nullable(Str),
}, { description: '公开摘要 / The public summary' })

/** The answer to a new intake: case number, tracking code and, once only, the PIN (null on a repeated delivery). */
export const IntakeAnswerSchema = Open({
  id: Int, caseNumber: Str, trackingCode: Str,
  pin: Nullable(Type.String({ description: '查询密码，只在这一次回答中出现 / the PIN, given in this answer only' })),
  state: CaseStateEnum, possibleDuplicateOf: Type.Optional(Nullable(Int)),
}, '新诉求的回执 / The receipt of a new intake')

/** The citizen's receipt (POST /api/complaints): the intake's answer and what happens next. */
export const SubmitAnswerSchema = Open({
  ...IntakeAnswerSchema.properties,
  next: Type.String({ description: '接下来会怎样 / what happens next' }),
}, '提交成功的回执（查询码与查询密码只显示这一次）/ The receipt: tracking code and PIN, shown this once')

export const CallbackTaskSchema = Open({
  id: Int, caseId: Int, caseNumber: Str, line: Str, reason: Str, status: Str, statusLabel: Str, attempts: Int,
}, '回访任务 / A call-back task')

/** What a citizen sees with the tracking code and PIN: no officer's name, no internal note. */
export const PublicCaseViewSchema = Open({
  caseNumber: Str, title: Nullable(Str), type: Str, typeLabel: Str, channel: Str, channelLabel: Str,
  receivedAt: Str, state: CaseStateEnum, stateLabel: Str, deadline: Nullable(Str),
  handling: Nullable(Open({ level: LevelEnum, levelLabel: Str, unit: Str }, '正在办理的层级与单位 / the level and unit handling it now')),
  rejectReason: Nullable(Str),
  result: Nullable(Open({ text: Str, resolved: Nullable(Bool), at: Str }, '办理结果（反馈后可见）/ the result, once fed back')),
  evaluation: Nullable(Open({ rating: RatingEnum, at: Str })),
  canEvaluate: Type.Boolean(), canAddMaterial: Type.Boolean(),
  steps: Type.Array(Type.Object({ at: Str, title: Str, detail: Nullable(Str) }), { description: '公开时间线 / the public timeline' }),
}, '群众查询到的诉求进度 / The case as the citizen sees it')

export const AttachmentSchema = Open({
  id: Int, filename: Str, mime: Str, size: Nullable(Int), kind: Str, sha256: Str, createdAt: Str, url: Str,
  pages: Type.Optional(Int), pageUrls: Type.Optional(Type.Array(Str)),
}, '附件 / An attachment')

const CallHistoryItem = Open({
  id: Int, caseNumber: Str, state: CaseStateEnum, stateLabel: Str, title: Str, receivedAt: Str, result: Nullable(Str), rating: Nullable(Str),
})
const CallPop = {
  callSid: Str, line: OneOf(['hotline', 'phone'] as const), lineLabel: Str, callerMasked: Nullable(Str), anonymous: Bool,
  history: Type.Array(CallHistoryItem),
  openCase: Nullable(Open({ id: Int, caseNumber: Str, title: Str, state: CaseStateEnum, stateLabel: Str })),
  waiting: Type.Optional(Bool),
}
/** 来电弹屏: the masked number, the caller's earlier cases and the open one (empty while no operator has taken the call). */
export const ScreenPopSchema = Open(CallPop, '来电弹屏：来电号码（掩码）、以往诉求 / The screen pop: caller (masked) and earlier cases')
/** A call in GET /api/calls: its pop (for the operator who took it) with its status and recording. */
export const CallItemSchema = Open({
  ...CallPop, status: Str, afterHours: Type.Optional(Bool), takenByOther: Bool, caseId: Nullable(Int), receivedAt: Str,
  recording: Nullable(Type.Object({ url: Str })), recordingPending: Type.Optional(Bool),
}, '一个来电 / A call')
