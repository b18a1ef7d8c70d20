// Response schemas of the views several routes answer with (a case, the case list, the board …), for the OpenAPI
// document and the generated browser types. The views grow with the domain, so they are `Open`: their main fields
// are typed here and every other field passes through unchanged (src/http/responses.ts).
import { Type } from '@sinclair/typebox'
import { Nullable, Open } from '../http/responses.js'

const Str = Type.String()
const Int = Type.Integer()
const When = Nullable(Type.String({ format: 'date-time' }))

export const UnitBrief = Open({ id: Int, name: Str, level: Str })

/** What every staff-facing answer about one case carries (GET /api/cases/:id, an event's answer …). */
export const CaseViewSchema = Open({
  id: Int, version: Int, caseNumber: Str,
  channel: Str, channelLabel: Str, type: Str, typeLabel: Str, urgency: Str, urgencyLabel: Str,
  title: Nullable(Str), content: Nullable(Str), address: Nullable(Str), category: Nullable(Str),
  receivedAt: When, anonymous: Type.Boolean(),
  complainant: Type.Unknown({ description: '掩码后的诉求人信息，匿名时为 null / masked identity, null when anonymous' }),
  state: Str, stateLabel: Str, warning: Str, warningLabel: Str,
  rootUnit: Nullable(UnitBrief), currentUnit: Nullable(UnitBrief), accusedUnit: Nullable(UnitBrief),
  deadlines: Open({ link: When, linkStartedAt: When, overall: When }),
  chain: Type.Array(Open({ unit: Nullable(UnitBrief), status: Str })),
  timeline: Type.Array(Open({ type: Str, at: Str })),
  allowedEvents: Type.Array(Type.Unknown(), { description: '当前用户此刻可发送的事件 / the events the user may send now' }),
}, '一件诉求（工作人员视图）/ A case as staff see it')

/** The answer of an event that moved the case out of the sender's sight (a report against their own unit). */
export const CaseMovedAway = Type.Object({ id: Int, version: Int, state: Str, visible: Type.Literal(false) })

export const CaseListSchema = Open({
  total: Int, totalExact: Type.Boolean(), page: Int, pageSize: Int,
  items: Type.Array(Open({
    id: Int, caseNumber: Str, title: Nullable(Str), channel: Str, type: Str, category: Nullable(Str),
    state: Str, stateLabel: Str, warning: Str, newMaterial: Type.Boolean(),
    currentUnit: Nullable(Open({ id: Int, name: Str })),
  })),
}, '诉求列表（按时限排序）/ A page of cases, most urgent first')

const Counts = { held: Int, overdue: Int, yellow: Int, red: Int, returned: Int, extended: Int }
/** One row of 直接答复率: a period, an operator (unnamed on the board) or a category. */
export const DirectAnswerRow = Open({ key: Str, label: Str, calls: Int, answered: Int, rate: Nullable(Type.Number()) })

export const BoardSchema = Open({
  unit: Open({ id: Int, name: Str, divisionCode: Str, level: Str }),
  from: Type.Optional(Nullable(Str)), to: Type.Optional(Nullable(Str)),
  total: Open(Counts),
  byState: Type.Record(Str, Int),
  supervised: Int,
  units: Type.Array(Open({ unitId: Int, name: Str, divisionCode: Str, level: Str, self: Type.Boolean(), ...Counts })),
  directAnswer: Type.Optional(Open({
    total: Open({ calls: Int, answered: Int, rate: Nullable(Type.Number()) }),
    periodUnit: Str,
    byPeriod: Type.Array(DirectAnswerRow), byOperator: Type.Array(DirectAnswerRow), byCategory: Type.Array(DirectAnswerRow),
  }, '直接答复率（电话当场答复的比例）/ Share of calls answered on the call')),
  proactive: Type.Optional(Open({ opened: Int, resolved: Int }, '主动治理任务（另计，不计入三率）/ Proactive tasks, counted apart from the three rates')),
}, '监察看板 / The supervision board')

export const RoutingSuggestion = Open({
  category: Nullable(Str), ruleLevel: Nullable(Str), handlingLevel: Str,
  chain: Type.Array(Type.Unknown()), notes: Type.Array(Str), fallback: Type.Boolean(),
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
  state: Str, possibleDuplicateOf: Nullable(Int),
}, '新诉求的回执 / The receipt of a new intake')

export const CallbackTaskSchema = Open({
  id: Int, caseId: Int, caseNumber: Str, line: Str, reason: Str, status: Str, statusLabel: Str, attempts: Int,
}, '回访任务 / A call-back task')

/** What a citizen sees with the tracking code and PIN: no officer's name, no internal note. */
export const PublicCaseViewSchema = Open({
  caseNumber: Str, title: Nullable(Str), type: Str, typeLabel: Str, channel: Str, channelLabel: Str,
  receivedAt: Str, state: Str, stateLabel: Str, deadline: Nullable(Str),
  canEvaluate: Type.Boolean(), canAddMaterial: Type.Boolean(),
}, '群众查询到的诉求进度 / The case as the citizen sees it')

export const AttachmentSchema = Open({
  id: Int, filename: Str, mime: Str, size: Nullable(Int), kind: Str, sha256: Str, createdAt: Str, url: Str,
  pages: Type.Optional(Int), pageUrls: Type.Optional(Type.Array(Str)),
}, '附件 / An attachment')
