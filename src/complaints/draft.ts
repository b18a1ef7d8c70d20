// ComplaintDraft: what every channel adapter produces from its raw input (DESIGN.md "Channels").
export const CHANNELS = ['web', 'hotline', 'phone', 'letter', 'visit', 'fax'] as const
export type Channel = (typeof CHANNELS)[number]
/** every case's channel: the six ways in, and 主动发现 — a 主动治理 task a unit raises itself (no way in for a citizen) */
export const CASE_CHANNELS = [...CHANNELS, 'proactive'] as const
export type CaseChannel = (typeof CASE_CHANNELS)[number]
export const COMPLAINT_TYPES = ['report', 'complaint', 'request', 'consultation', 'suggestion'] as const
export type ComplaintType = (typeof COMPLAINT_TYPES)[number]
/** every case's type: what a complainant may bring, and the 主动治理 task a unit opens itself (no complainant) */
export const CASE_TYPES = [...COMPLAINT_TYPES, 'proactive'] as const
export type CaseType = (typeof CASE_TYPES)[number]
export const URGENCIES = ['normal', 'urgent', 'critical'] as const
export type Urgency = (typeof URGENCIES)[number]
export const REPLY_CHANNELS = ['sms', 'email', 'phone', 'letter'] as const
export type ReplyChannel = (typeof REPLY_CHANNELS)[number]

export const channelLabels: Record<CaseChannel, string> = { web: '互联网', hotline: '春城热线', phone: '举报电话', letter: '来信', visit: '来访', fax: '传真', proactive: '主动发现' }
export const typeLabels: Record<CaseType, string> = { report: '举报', complaint: '投诉', request: '求助', consultation: '咨询', suggestion: '建议', proactive: '主动治理' }
export const urgencyLabels: Record<Urgency, string> = { normal: '一般', urgent: '紧急', critical: '特急' }

export type Complainant =
  | { anonymous: true }
  | { anonymous: false; name: string; phone?: string | null; email?: string | null; idNumber?: string | null; address?: string | null }

export interface ComplaintDraft {
  channel: CaseChannel
  /** unique per channel: a repeated delivery finds the existing complaint */
  externalId: string
  receivedAt: Date
  type: CaseType
  urgency?: Urgency
  title: string
  content: string
  divisionCode?: string | null
  address?: string | null
  category?: string | null
  complainant: Complainant
  preferredChannel?: ReplyChannel | null
  accusedUnitId?: number | null
  /** the raw item as received, kept verbatim in the intake row */
  raw: unknown
  /** channel-specific fields (letter number, visitors, call sid …) */
  extra?: Record<string, unknown>
  /**
   * the keyed hash of the request and its sender (idempotency.ts) the external id is bound to: a repeat with another
   * hash is refused (idempotency_mismatch); without one (a machine's redelivery), a repeat is answered as before
   */
  requestHash?: string | null
}
