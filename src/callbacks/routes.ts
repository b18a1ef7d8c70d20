// 回访 for operators: GET /api/callbacks?line=&status= and POST /api/callbacks/:id/outcome.
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from '@sinclair/typebox'
import { staffOf } from '../auth/plugin.js'
import type { Rating } from '../cases/machine.js'
import { listTasks, recordOutcome, TASK_STATUSES, type TaskOutcome } from './tasks.js'
import { CallbackTaskSchema } from '../api-docs/schemas.js'

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)))

const ListQuery = Type.Object({
  line: Type.Optional(lit(['hotline', 'phone'])),
  /** a task status, or `done` for every task no longer open (default open) */
  status: Type.Optional(lit([...TASK_STATUSES, 'done'])),
})

const OutcomeBody = Type.Object({
  /** `rating_given` is accepted for `rated` */
  outcome: lit(['reached', 'not_reached', 'rated', 'rating_given']),
  rating: Type.Optional(lit(['satisfied', 'basic', 'unsatisfied'])),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
})

export default async function callbackRoutes(app: FastifyInstance) {
  app.get('/api/callbacks', { preHandler: app.requireStaff(['operator', 'supervisor', 'dispatcher']), schema: { querystring: ListQuery, response: { 200: Type.Object({ items: Type.Array(CallbackTaskSchema) }) } } }, async (request) => {
    const q = request.query as Static<typeof ListQuery>
    return { items: await listTasks(app.sql, staffOf(request), { line: q.line, status: q.status }) }
  })

  app.post('/api/callbacks/:id/outcome', {
    preHandler: app.requireStaff(['operator']),
    schema: { params: Type.Object({ id: Type.Integer({ minimum: 1 }) }), body: OutcomeBody, response: { 200: CallbackTaskSchema } },
  }, async (request) => {
    const { id } = request.params as { id: number }
    const body = request.body as Static<typeof OutcomeBody>
    const outcome = (body.outcome === 'rating_given' ? 'rated' : body.outcome) as TaskOutcome
    return recordOutcome(app.cases, staffOf(request), id, { outcome, rating: body.rating as Rating | undefined, note: body.note?.trim() || undefined })
  })
}
