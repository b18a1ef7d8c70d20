// 考核排名 (issue 22, art. 7): a computed month's ranking (scoped by the server to the user's subtree), its export, the
// weights and their versions, and a computation on demand (city admins).
import { api, qs } from '../../api/client'
import type { Answer, Body, Query } from '../../../shared/api'

export type Ranking = Answer<'/api/assessment'>
export type RankingRow = Ranking['rows'][number]
export type AssessedLevel = Ranking['level']
export type Counts = RankingRow['counts']
export type RateKey = keyof RankingRow['rates'] & string
export type WeightsVersion = Answer<'/api/assessment/weights'>['current']
export type Weights = WeightsVersion['weights']
export type RankingQuery = Query<'/api/assessment'>

export const assessmentApi = {
  ranking: (q: RankingQuery) => api.get('/api/assessment', { query: q }),
  exportUrl: (format: 'xlsx' | 'csv', q: RankingQuery) => '/api/assessment/export' + qs({ format, ...q }),
  weights: () => api.get('/api/assessment/weights'),
  addWeights: (body: Body<'/api/assessment/weights'>) => api.post('/api/assessment/weights', body),
  compute: (month: string) => api.post('/api/assessment/compute', { month }),
}
