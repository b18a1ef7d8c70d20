// A case list reads its open cases (those with a link deadline) first and its closed ones after them (issue 24:
// ten years into a centre nearly every case is closed). Page by page, the list is still the one order — most urgent
// first, then the closed ones by number — with no case twice, none missing, and its total right, wherever a page
// crosses from the open cases to the closed ones.
import t from 'tap'
import { buildTestApp, logComplaint, signIn } from './helper.js'

t.test('pages across the open and the closed cases of a list', async (t) => {
  const { app, sql } = await buildTestApp(t)
  const operator = await signIn(app, 'operator', '530100')
  const dispatcher = await signIn(app, 'dispatcher', '530100')
  const ids: number[] = []
  for (let i = 0; i < 14; i++) ids.push((await logComplaint(operator, { content: `第${i}件：某小区路灯不亮，夜间出行不便。` })).id)
  // five open, with deadlines in the reverse order of their numbers; nine closed (no deadline), as the service leaves them
  const open = ids.filter((_, i) => i % 3 === 0)
  for (const [i, id] of open.entries()) await sql`update cases set link_due_at = now() + ${`${10 - i} hours`}::interval where id = ${id}`
  await sql`update cases set state = 'closed', closed_at = now(), link_due_at = null, current_unit_id = null
            where id = any(${ids.filter((id) => !open.includes(id))}::bigint[])`
  const expected = [...open].reverse().concat(ids.filter((id) => !open.includes(id)))

  for (const pageSize of [3, 5, 14, 20]) {
    const seen: number[] = []
    for (let page = 1; page <= Math.ceil(14 / pageSize) + 1; page++) {
      const res = await dispatcher.get(`/api/cases?queue=all&pageSize=${pageSize}&page=${page}`)
      t.equal(res.statusCode, 200)
      const body = res.json()
      t.equal(body.total, 14, `page ${page} of ${pageSize}: the total counts the open and the closed cases`)
      t.equal(body.totalExact, true)
      seen.push(...body.items.map((c: { id: number }) => c.id))
    }
    t.same(seen, expected, `pages of ${pageSize}: the open cases most urgent first, then the closed ones by number, each once`)
  }
  // a list of open cases only, and one of closed cases only
  const closedOnly = (await dispatcher.get('/api/cases?queue=all&state=closed&pageSize=4&page=2')).json()
  t.same(closedOnly.items.map((c: { id: number }) => c.id), expected.slice(9, 13))
  t.equal(closedOnly.total, 9)
  const openOnly = (await dispatcher.get('/api/cases?queue=all&state=intake&pageSize=4&page=2')).json()
  t.same(openOnly.items.map((c: { id: number }) => c.id), expected.slice(4, 5))
  t.equal(openOnly.total, 5)
})
