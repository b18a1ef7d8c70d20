// GET /api/stats/board: the supervision board (督办看板) of the signed-in user's jurisdiction.
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import type { Role } from '../auth/roles.js'
import { supervisionBoard } from './board.js'

/**
 * Supervisors, inspectors, dispatchers and admins watch their jurisdiction; officers may see their own
 * unit's subtree too (DESIGN: every user reads the cases of their unit's division subtree, and the
 * board shows nothing their queue and search do not). Operators and clerks work at intake: 403.
 */
import { BoardSchema } from '../api-docs/schemas.js'

export const BOARD_ROLES: Role[] = ['supervisor', 'inspector', 'dispatcher', 'admin', 'officer']

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
const BoardQuery = Type.Object({
  /** a division in the user's jurisdiction (default: the user's own unit's) */
  division: Type.Optional(Type.String({ pattern: '^[0-9]{6}([0-9]{3}){0,2}$' })),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
})

export default async function statsRoutes(app: FastifyInstance) {
  app.get('/api/stats/board', { preHandler: app.requireStaff(BOARD_ROLES), schema: { querystring: BoardQuery, response: { 200: BoardSchema } } }, async (request, reply) => {
    const user = staffOf(request)
    const board = await supervisionBoard(app.sql, user, request.query as Static<typeof BoardQuery>)
    reply.header('cache-control', 'no-store')
    return board
  })
}
