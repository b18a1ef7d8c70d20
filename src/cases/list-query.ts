// The query string of every case list (GET /api/cases, the exports): queue, state, text and the filters, as the
// console keeps them in its URL; turned into a CaseListQuery once, here.
import { Type, type Static } from '@sinclair/typebox'
import { QUEUES, type CaseListQuery } from './list.js'
import { isDateStr } from '../calendar/workdays.js'
import { errors } from '../http/errors.js'

const words = (pattern: string) => Type.Optional(Type.String({ pattern: `^${pattern}(,${pattern}){0,19}$`, maxLength: 400 }))
const day = () => Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }))

export const ListFilterProperties = {
  queue: Type.Optional(Type.Union(QUEUES.map((v) => Type.Literal(v)))),
  state: words('[a-z]+'),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  channel: words('(web|hotline|phone|letter|visit|fax|proactive)'),
  category: words('[a-z0-9_.-]{1,64}'),
  type: words('(report|complaint|request|consultation|suggestion)'),
  warning: words('(none|yellow|red)'),
  unit: Type.Optional(Type.Integer({ minimum: 1 })),
  from: day(),
  to: day(),
}
export const ListFilterQuery = Type.Object(ListFilterProperties)
export type ListFilterQuery = Static<typeof ListFilterQuery>

const split = (s: string | undefined) => (s ? s.split(',') : undefined)

export function toCaseListQuery(q: ListFilterQuery): CaseListQuery {
  for (const field of ['from', 'to'] as const) {
    if (q[field] && !isDateStr(q[field]!)) throw errors.validation({ fields: [{ field, message: '日期无效', messageEn: 'Invalid date' }] })
  }
  return {
    queue: q.queue, states: split(q.state), q: q.q, channels: split(q.channel), categories: split(q.category),
    types: split(q.type), warnings: split(q.warning), unitId: q.unit, from: q.from, to: q.to,
  }
}
