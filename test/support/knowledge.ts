// The labelled relevance set (test/fixtures/knowledge) and a helper that publishes its articles through the service.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Sql } from 'postgres'
import { changeState, createArticle } from '../../src/knowledge/articles.js'
import type { StaffUser } from '../../src/users/service.js'

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'knowledge')

export interface FixtureArticle { id: string; category: string; owner: string; title: string; questions: string[]; answer: string; source: string; keywords: string[] }
export interface FixtureQuestion { q: string; article: string }

export const fixtureArticles = (): FixtureArticle[] => JSON.parse(readFileSync(path.join(dir, 'articles.json'), 'utf8'))
export const fixtureQuestions = (): FixtureQuestion[] => JSON.parse(readFileSync(path.join(dir, 'questions.json'), 'utf8'))
/** The held-out questions, written after tuning by someone who had not seen the search or its synonym table. */
export const fixtureHeldoutQuestions = (): FixtureQuestion[] => JSON.parse(readFileSync(path.join(dir, 'questions-heldout.json'), 'utf8'))

/** Publishes every fixture article as `user` (an admin or supervisor of the owner unit); fixture id → article id. */
export async function publishFixture(sql: Sql, user: Pick<StaffUser, 'id' | 'role' | 'unit'>, articles = fixtureArticles()): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const a of articles) {
    const id = await createArticle(sql, user, {
      title: a.title, questions: a.questions, answer: a.answer, category: a.category, source: `${a.owner}：${a.source}`, keywords: a.keywords, isPublic: true,
    })
    await changeState(sql, user, id, 'submit')
    await changeState(sql, user, id, 'publish')
    ids.set(a.id, id)
  }
  return ids
}
