// 到期提醒: the owner unit of a published article is reminded 30 days before its last effective day (a row on its
// 知识库 page, once per end date), and the article is withdrawn (已失效, audited as the system) once that day is past.
import type { Sql } from 'postgres'
import { changeState } from './articles.js'
import { beijingToday } from './search.js'

export const REMIND_DAYS = 30

export async function runExpiry(sql: Sql, today = beijingToday()): Promise<{ reminded: number; expired: number }> {
  const reminded = await sql`
    insert into knowledge_reminders (article_id, effective_until, owner_unit_id)
    select id, effective_until, owner_unit_id from knowledge_articles
    where published_version is not null and effective_until is not null
      and effective_until >= ${today}::date and effective_until < ${today}::date + ${REMIND_DAYS + 1}::integer
    on conflict do nothing returning article_id`
  const due = await sql`select id from knowledge_articles where published_version is not null and effective_until < ${today}::date`
  let expired = 0
  for (const row of due) {
    await changeState(sql, null, Number(row.id), 'expire', '已过失效日期 / past its last effective day').then(() => { expired++ }, () => {})
  }
  return { reminded: reminded.length, expired }
}
