// The supervisors' and inspectors' board (GET /api/stats/board, src/stats/board.ts), the open statistics and the admins'
// outbox, through the generated types (their shapes are the routes' response schemas, src/api-docs/schemas.ts).
import { api } from './client'
import type { Answer, Item, Query } from '../../shared/api'

export type BoardStats = Answer<'/api/stats/board'>
/** one unit of the board: held now, overdue, yellow, red, and the three rates over the period */
export type BoardRow = Item<BoardStats['units']>
/** 直接答复率 on the board (issue 21): calls in the board's area and period; operators numbered, never named */
export type BoardDirectAnswer = NonNullable<BoardStats['directAnswer']>
/** GET /api/outbox (src/notify/routes.ts): what was sent, or recorded when no transport is configured. */
export type OutboxPage = Answer<'/api/outbox'>
export type OutboxItem = Item<OutboxPage['items']>
/** GET /api/jobs/failed */
export type FailedJob = Item<Answer<'/api/jobs/failed'>>
/** GET /api/public/stats (src/openness): the daily rollup, counts under 5 masked, rates in percent or null. */
export type PublicStats = Answer<'/api/public/stats'>

export const statsApi = {
  /** per unit of a jurisdiction: held now, overdue, yellow, red, and the three rates over from…to (default this month) */
  board: (q: Query<'/api/stats/board'>) => api.get('/api/stats/board', { query: q }),
  /** the open statistics by county: the three rates where no per-unit board exists yet */
  publicByCounty: (division?: string) => api.get('/api/public/stats', { query: { groupBy: 'county', division: division?.slice(0, 6) } }),
  outbox: (q: Query<'/api/outbox'>) => api.get('/api/outbox', { query: q }),
  failedJobs: () => api.get('/api/jobs/failed'),
}
