// What the API answers, as the console reads it (see src/cases/view.ts and src/cases/routes.ts).

export type Role = 'operator' | 'clerk' | 'dispatcher' | 'officer' | 'supervisor' | 'inspector' | 'admin'
export type Level = 'city' | 'county' | 'township' | 'village'
export type Warning = 'none' | 'yellow' | 'red'
export type CaseState = 'intake' | 'triage' | 'assigned' | 'handling' | 'review' | 'feedback' | 'evaluation' | 'decision' | 'closed' | 'rejected' | 'merged' | 'withdrawn'
export type Channel = 'web' | 'hotline' | 'phone' | 'letter' | 'visit' | 'fax'
export type ComplaintType = 'report' | 'complaint' | 'request' | 'consultation' | 'suggestion'
export type Urgency = 'normal' | 'urgent' | 'critical'
export type ReplyChannel = 'sms' | 'email' | 'phone' | 'letter'
export type FeedbackChannel = ReplyChannel | 'tracking'
export type Rating = 'satisfied' | 'basic' | 'unsatisfied'

export type CaseEventType =
  | 'REGISTER' | 'REJECT' | 'MERGE' | 'WITHDRAW' | 'DISPATCH' | 'ANSWER' | 'SIGN' | 'RETURN' | 'DELEGATE'
  | 'REQUEST_EXTENSION' | 'APPROVE_EXTENSION' | 'DENY_EXTENSION' | 'SUBMIT_REPLY' | 'APPROVE_REPLY' | 'REJECT_REPLY'
  | 'SEND_FEEDBACK' | 'EVALUATE' | 'DECIDE' | 'SUPERVISE' | 'WARN' | 'TIMEOUT'

export interface UnitRef { id: number; name: string; divisionCode: string; level: Level }
export interface UnitBrief { id: number; name: string; level: Level }

export interface StaffUser {
  id: number
  username: string
  displayName: string
  role: Role
  roleLabel: string
  unit: UnitRef
}

export interface MaskedIdentity { name?: string; phone?: string; email?: string; idNumber?: string; address?: string }

export interface CaseListItem {
  id: number
  caseNumber: string
  title: string
  channel: Channel
  type: ComplaintType
  category: string | null
  state: CaseState
  stateLabel: string
  warning: Warning
  receivedAt: string
  linkDueAt: string | null
  overallDueAt: string | null
  currentUnit: { id: number; name: string } | null
  complainant: ({ anonymous: true } | ({ anonymous: false } & MaskedIdentity))
  divisionCode: string | null
  returns: number
  supervisions: number
  /** the complainant added material no one of the user's unit has read yet */
  newMaterial?: boolean
}

/** `totalExact: false`: past a cap the server stops counting, and `total` is a lower bound */
export interface CasePage { total: number; totalExact?: boolean; page: number; pageSize: number; items: CaseListItem[] }

export interface Reply { text: string; resolved: boolean; at: string }

export interface ChainLink {
  unit: UnitBrief | null
  status: 'waiting' | 'assigned' | 'handling' | 'review'
  assignedAt: string
  signedAt: string | null
  extensionDays: number
  extensionRequest: { workingDays: number; reason: string; at: string } | null
  reply: Reply | null
}

export interface TimelineEntry {
  /** null for added material (MATERIAL), which is no event of the case */
  version: number | null
  type: CaseEventType | 'CREATE' | string
  from: string | null
  to: string | null
  at: string
  actor: string | null
  actorUnit: string | null
  /** the staff user who sent the event (null: citizen, system, material, a merge into this case) */
  actorId?: number | null
  payload: Record<string, unknown> | null
}

/** One unit that has had the case (交办链), kept after its reply was approved (src/cases/chain-history.ts). */
export interface ChainHistoryLink {
  unit: UnitBrief | null
  status: ChainLink['status'] | 'approved' | 'returned' | 'ended'
  assignedAt: string
  signedAt: string | null
  repliedAt: string | null
  approvedAt: string | null
  returnedAt: string | null
  round: number
}

export interface CaseView {
  id: number
  version: number
  caseNumber: string
  channel: Channel
  channelLabel: string
  type: ComplaintType
  typeLabel: string
  urgency: Urgency
  urgencyLabel: string
  title: string
  content: string
  address: string | null
  category: string | null
  division: { code: string; path: { code: string; name: string; level: Level }[] } | null
  receivedAt: string
  anonymous: boolean
  complainant: MaskedIdentity | null
  preferredChannel: ReplyChannel | null
  possibleDuplicateOf: { id: number; caseNumber: string } | null
  accusedUnit: UnitBrief | null
  state: CaseState
  stateLabel: string
  subState: 'working' | 'extensionRequested' | null
  warning: Warning
  warningLabel: string
  rootUnit: UnitBrief | null
  currentUnit: UnitBrief | null
  deadlines: { link: string | null; linkStartedAt: string | null; overall: string | null }
  chain: ChainLink[]
  /** every unit that has had the case, with its status and dates */
  chainHistory?: ChainHistoryLink[]
  /** 合并留痕: the cases merged into this one */
  mergedCases?: { id: number; caseNumber: string; at: string }[]
  counts: { returns: number; redo: number; supervisions: number }
  returns: { unit: UnitBrief | null; reason: string; at: string }[]
  supervisions: { note: string; userId: number | null; at: string }[]
  finalReply: Reply | null
  feedback: { text: string; channel: string; at: string } | null
  evaluation: { rating: Rating; comment: string | null; at: string } | null
  rejectReason: string | null
  mergedInto: number | null
  timeline: TimelineEntry[]
  /** pieces of added material (补充材料) the user's unit has not read */
  newMaterial?: number
  allowedEvents: CaseEventType[]
  extra: Record<string, unknown> | null
}

export interface SuggestedUnit { unitId: number; name: string; level: Level; divisionCode: string }
export interface RoutingSuggestion {
  category: string | null
  ruleLevel: Level | null
  handlingLevel: Level
  chain: SuggestedUnit[]
  notes: string[]
  fallback: boolean
}

export interface Division { code: string; name: string; level: Level }
export interface DivisionDetail extends Division { parentCode: string | null; path: Division[]; children: Division[] }
export type ResolveAnswer =
  | { status: 'found'; division: Division; path: Division[] }
  | { status: 'ambiguous'; message: string; messageEn: string; candidates: { division: Division; path: Division[] }[] }
  /** the address names another province or city (外地) */
  | { status: 'outside'; place: string; message: string; messageEn: string }
  | { status: 'not_found' }

export interface RoutingRule { category: string; label: string; level: Level }
export interface HolidayOverride { day: string; isWorkday: boolean; note: string | null }
export interface UserRow { id: number; username: string; displayName: string; role: Role; unitId: number; unitName: string; disabled: boolean }

export interface IntakeAnswer { id: number; caseNumber: string; trackingCode: string | null; pin: string | null; state: CaseState; possibleDuplicateOf?: number | null }

export interface Complainant {
  anonymous: boolean
  name?: string
  phone?: string
  email?: string
  idNumber?: string
  address?: string
}

/** The complaint form (src/complaints/schema.ts ComplaintBody), plus what the channels add. */
export interface ComplaintForm {
  type: ComplaintType
  urgency?: Urgency
  title?: string
  content: string
  address?: string
  divisionCode?: string
  category?: string
  complainant: Complainant
  preferredChannel?: ReplyChannel
  accusedUnitId?: number
  externalId?: string
  [extra: string]: unknown
}

/** A websocket message. */
export interface LiveMessage<P = unknown> { topic: string; payload: P; at: string }

/** The screen pop (channels/voice/calls.ts PopPayload): masked number only, the caller's earlier cases, the open one. */
export interface IncomingCall {
  callSid: string
  line?: 'hotline' | 'phone' | string
  lineLabel?: string
  callerMasked?: string | null
  anonymous?: boolean
  history?: { id: number; caseNumber: string; title?: string; state?: CaseState; stateLabel?: string; receivedAt?: string; result?: string | null; rating?: string | null }[]
  openCase?: { id: number; caseNumber: string; title?: string; state?: CaseState; stateLabel?: string } | null
  /** GET /api/calls adds these */
  status?: string
  receivedAt?: string
  recording?: { url: string } | null
  /** not taken by this operator yet: no number, no history (POST /api/calls/:callSid/take gives them) */
  waiting?: boolean
  /** another operator took it */
  takenByOther?: boolean
}
