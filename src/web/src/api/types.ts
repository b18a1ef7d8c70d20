// What the API answers, as the console reads it: every server shape is read off the generated types
// (src/web/shared/api-schema.d.ts, from the routes' schemas), never written again here. The unions below are the
// console's own vocabulary (labels, colours, filters).
import type { Answer, AnswerAt, Body, Item } from '../../shared/api'

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

/** A unit as the unit picker lists it (GET /api/units). */
export type UnitRef = Item<Answer<'/api/units'>>
export type UnitBrief = NonNullable<CaseView['currentUnit']>
export type StaffUser = Answer<'/api/me'>['user']

export type CasePage = Answer<'/api/cases'>
export type CaseListItem = Item<CasePage['items']>
export type CaseView = Answer<'/api/cases/{id}'>
export type ChainLink = Item<CaseView['chain']>
export type TimelineEntry = Item<CaseView['timeline']>
/** The events of the case machine (the ones a user may be offered). */
export type CaseEventType = Item<CaseView['allowedEvents']>
export type MaskedIdentity = NonNullable<CaseView['complainant']>

export type RoutingSuggestion = Answer<'/api/cases/{id}/routing'>
export type SuggestedUnit = Item<RoutingSuggestion['chain']>

export type DivisionDetail = Answer<'/api/divisions/{code}'>
export type Division = Item<DivisionDetail['path']>
/** found, ambiguous or outside (200), or not found (404) */
export type ResolveAnswer = Answer<'/api/divisions/resolve'> | AnswerAt<'/api/divisions/resolve', 'get', 404>

export type RoutingRule = Item<Answer<'/api/routing-rules'>>
export type HolidayOverride = Item<Answer<'/api/holiday-overrides'>>
export type UserRow = Item<Answer<'/api/users'>>

export type IntakeAnswer = Answer<'/api/intake/{channel}', 'post'>
/** The complaint form of an intake (POST /api/intake/:channel). */
export type ComplaintForm = Body<'/api/intake/{channel}'>
export type Complainant = ComplaintForm['complainant']

type CallItem = Item<Answer<'/api/calls'>['items']>
/** The screen pop (POST /api/calls/:callSid/take); a call of GET /api/calls adds its status and recording. */
export type IncomingCall = Answer<'/api/calls/{callSid}/take', 'post'> &
  Partial<Pick<CallItem, 'status' | 'receivedAt' | 'recording' | 'recordingPending' | 'takenByOther' | 'caseId'>>

/** A websocket message (not part of the HTTP document). */
export interface LiveMessage<P = unknown> { topic: string; payload: P; at: string }
