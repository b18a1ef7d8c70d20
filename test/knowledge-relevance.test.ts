// 知识库检索的相关性: every labelled caller question of test/fixtures/knowledge should find its article among the
// first three suggestions; the set's top-3 hit rate must be at least 90 %. The misses are printed.
import t from 'tap'
import { buildTestApp, signIn } from './helper.js'
import { findStaffUser } from '../src/users/service.js'
import { searchArticles } from '../src/knowledge/search.js'
import { fixtureQuestions, publishFixture } from './support/knowledge.js'

t.test('top-3 hit rate over the labelled question set', async (t) => {
  const { app } = await buildTestApp(t)
  const admin = await signIn(app, 'supervisor', '530100')
  const user = (await findStaffUser(app.db, admin.user.id))!
  const ids = await publishFixture(app.sql, user)
  const questions = fixtureQuestions()
  let top1 = 0, top3 = 0
  const misses: string[] = []
  for (const q of questions) {
    const hits = await searchArticles(app.sql, q.q, { limit: 3 })
    const want = ids.get(q.article)!
    const at = hits.findIndex((h) => h.id === want)
    if (at === 0) top1++
    if (at >= 0) top3++
    else misses.push(`${q.article} ← ${q.q}  (got ${hits.map((h) => h.title).join(' | ') || 'nothing'})`)
  }
  const rate = top3 / questions.length
  t.comment(`top-1 ${(100 * top1 / questions.length).toFixed(1)} %, top-3 ${(100 * rate).toFixed(1)} % of ${questions.length} questions over ${ids.size} articles`)
  for (const m of misses) t.comment('miss: ' + m)
  t.ok(rate >= 0.9, `top-3 hit rate ${(100 * rate).toFixed(1)} % ≥ 90 %`)
})
