// The supervisors' and inspectors' board (GET /api/stats/board, src/stats/board.ts), the open statistics and the admins' outbox.
import { http, qs } from './client'
import type { Level } from './types'

/** counts over the period (cases received then, by their place) behind the three rates */
export interface BoardPeriod { cases: number; dispatched: number; signedInTime: number; replied: number; resolved: number; evaluated: number; satisfied: number }
/** fractions 0…1, null when nothing to divide by */
export interface BoardRates { response: number | null; resolution: number | null; satisfaction: number | null }
export interface BoardFigures { held: number; overdue: number; yellow: number; red: number; returned: number; extended: number; period: BoardPeriod; rates: BoardRates }
export interface BoardRow extends BoardFigures { unitId: number; name: string; divisionCode: string; divisionName: string; level: Level; self: boolean }
/** 直接答复率 on the board (issue 21): calls in the board's area and period; operators numbered, never named */
export interface DirectAnswerRow { key: string; label: string; calls: number; answered: number; rate: number | null }
export interface BoardDirectAnswer { total: { calls: number; answered: number; rate: number | null }; periodUnit: 'day' | 'month'; byPeriod: DirectAnswerRow[]; byOperator: DirectAnswerRow[]; byCategory: DirectAnswerRow[] }
export interface BoardStats { unit: { id: number; name: string; divisionCode: string; level: Level }; from: string; to: string; total: BoardFigures; byState: Record<string, number>; supervised: number; units: BoardRow[]; directAnswer?: BoardDirectAnswer; proactive?: { opened: number; resolved: number } }

/** GET /api/outbox (src/notify/routes.ts): what was sent, or recorded when no transport is configured. */
export interface OutboxItem {
  id: number
  channel: 'email' | 'sms' | string
  kind: string
  caseId: number | null
  caseNumber: string | null
  recipient: string
  subject: string | null
  body: string
  status: string
  statusDetail: string | null
  attempts: number
  createdAt: string
  sentAt: string | null
}
export interface OutboxPage { total: number; transports?: { email: string; sms: string }; items: OutboxItem[] }
/** GET /api/jobs/failed */
export interface FailedJob { id: string; queue: string; data: unknown; state: string; retries: number; error: unknown; createdAt: string; finishedAt: string | null }

/** GET /api/public/stats (src/openness): the daily rollup, counts under 5 masked, rates in percent or null. */
export interface PublicRates { response: number | null; resolution: number | null; satisfaction: number | null; onTime: number | null }
export interface PublicStats { total: { rates: PublicRates }; groups: { key: string; label: string; rates: PublicRates }[]; note?: string }

export const statsApi = {
  /** per unit of a jurisdiction: held now, overdue, yellow, red, and the three rates over from…to (default this month) */
  board: (q: { division?: string; from?: string; to?: string }) => http.get<BoardStats>('/api/stats/board' + qs(q)),
  /** the open statistics by county: the three rates where no per-unit board exists yet */
  publicByCounty: (division?: string) => http.get<PublicStats>('/api/public/stats' + qs({ groupBy: 'county', division: division?.slice(0, 6) })),
  outbox: (q: { channel?: string; status?: string; page?: number }) => http.get<OutboxPage>('/api/outbox' + qs(q)),
  failedJobs: () => http.get<FailedJob[]>('/api/jobs/failed'),
}
