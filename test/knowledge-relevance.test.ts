// 知识库检索的相关性: every labelled caller question of test/fixtures/knowledge should find its article among the
// first three suggestions. Two figures, each printed with its misses: the tuning set (questions.json, which the
// spoken-word synonym table was built from) and the held-out set (questions-heldout.json, written afterwards without
// looking at the search or the synonyms). The held-out figure is the honest one; both must reach 90 %.
import t, { type Test } from 'tap'
import type { Sql } from 'postgres'
import { buildTestApp, signIn } from './helper.js'
import { findStaffUser } from '../src/users/service.js'
import { searchArticles } from '../src/knowledge/search.js'
import { fixtureHeldoutQuestions, fixtureQuestions, publishFixture, type FixtureQuestion } from './support/knowledge.js'

/** Top-1 and top-3 hit rates of `questions` over the published fixture; the misses are printed as comments. */
async function measure(t: Test, sql: Sql, ids: Map<string, number>, name: string, questions: FixtureQuestion[]): Promise<number> {
  let top1 = 0, top3 = 0
  const misses: string[] = []
  for (const q of questions) {
    const hits = await searchArticles(sql, q.q, { limit: 3 })
    const want = ids.get(q.article)!
    const at = hits.findIndex((h) => h.id === want)
    if (at === 0) top1++
    if (at >= 0) top3++
    else misses.push(`${q.article} ← ${q.q}  (got ${hits.map((h) => h.title).join(' | ') || 'nothing'})`)
  }
  const rate = top3 / questions.length
  const articles = new Set(questions.map((q) => q.article)).size
  t.comment(`${name}: top-1 ${(100 * top1 / questions.length).toFixed(1)} %, top-3 ${(100 * rate).toFixed(1)} % of ${questions.length} questions over ${articles} articles`)
  for (const m of misses) t.comment(`${name} miss: ${m}`)
  return rate
}

t.test('top-3 hit rate over the labelled question sets', async (t) => {
  const { app } = await buildTestApp(t)
  const admin = await signIn(app, 'supervisor', '530100')
  const user = (await findStaffUser(app.db, admin.user.id))!
  const ids = await publishFixture(app.sql, user)

  const tuned = await measure(t, app.sql, ids, 'tuning set', fixtureQuestions())
  const heldout = await measure(t, app.sql, ids, 'held-out set', fixtureHeldoutQuestions())
  t.ok(tuned >= 0.9, `tuning set top-3 hit rate ${(100 * tuned).toFixed(1)} % ≥ 90 %`)
  t.ok(heldout >= 0.9, `held-out set top-3 hit rate ${(100 * heldout).toFixed(1)} % ≥ 90 %`)
})
