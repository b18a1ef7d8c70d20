// The supervisors' and inspectors' board (issue 7) and the admins' outbox: endpoints still to come.
import { http, qs } from './client'

export interface DivisionCounts { code: string; name: string; open: number; yellow: number; red: number; returned: number; extended: number }
export interface UnitRates { unitId: number; name: string; response: number | null; resolution: number | null; satisfaction: number | null }
export interface BoardStats { byDivision: DivisionCounts[]; rates: UnitRates[] }

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
  /** open / yellow / red / returned / extended by county or township, and the three rates per unit */
  board: (division?: string) => http.get<BoardStats>('/api/stats/board' + qs({ division }), { quiet: true }),
  /** the open statistics by county: the three rates where no per-unit board exists yet */
  publicByCounty: (division?: string) => http.get<PublicStats>('/api/public/stats' + qs({ groupBy: 'county', division: division?.slice(0, 6) })),
  outbox: (q: { channel?: string; status?: string; page?: number }) => http.get<OutboxPage>('/api/outbox' + qs(q)),
  failedJobs: () => http.get<FailedJob[]>('/api/jobs/failed'),
}
