// 考核排名 (issue 22, art. 7): a computed month's ranking (scoped by the server to the user's subtree), its export, the
// weights and their versions, and a computation on demand (city admins).
import { http, qs } from '../../api/client'

export type AssessedLevel = 'county' | 'township' | 'village'
export type RateKey = 'onTime' | 'response' | 'resolution' | 'satisfaction' | 'parts'
export interface Weights { onTime: number; response: number; resolution: number; satisfaction: number; parts: number; perReturn: number; perUnansweredNotice: number; perAccountability: number; maxDeduction: number }
export interface Counts {
  cases: number; dispatched: number; signedInTime: number; closed: number; onTime: number; replied: number; resolved: number; evaluated: number
  satisfied: number; partsJudged: number; partsOnTime: number; returns: number; unansweredNotices: number; accountability: number
}
export interface RankingRow {
  unitId: number; name: string; divisionCode: string; divisionName: string; level: AssessedLevel; counts: Counts; rates: Record<RateKey, number | null>
  deduction: number; score: number | null; rank: number | null; rankOf: number | null; countyRank: number | null; countyRankOf: number | null
}
export interface Ranking {
  month: { month: string; weightsVersion: number; weights: Weights; computedAt: string } | null
  months: string[]
  division: { code: string; name: string; level: string }
  level: AssessedLevel
  self: RankingRow | null
  rows: RankingRow[]
}
export interface WeightsVersion { version: number; effectiveFrom: string; weights: Weights; note: string | null; createdAt: string }
export interface RankingQuery { month?: string; level?: AssessedLevel; division?: string }

export const assessmentApi = {
  ranking: (q: RankingQuery) => http.get<Ranking>('/api/assessment' + qs({ ...q })),
  exportUrl: (format: 'xlsx' | 'csv', q: RankingQuery) => '/api/assessment/export' + qs({ format, ...q }),
  weights: () => http.get<{ current: WeightsVersion; versions: WeightsVersion[] }>('/api/assessment/weights'),
  addWeights: (body: { weights: Weights; effectiveFrom?: string; note?: string }) => http.post<WeightsVersion>('/api/assessment/weights', body),
  compute: (month: string) => http.post<{ month: string; weightsVersion: number; units: number; ranked: number; recomputed: boolean }>('/api/assessment/compute', { month }),
}
