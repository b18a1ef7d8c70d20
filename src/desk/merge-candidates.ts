// 合并候选: the cases a dispatcher most likely means when merging by hand — the same person's open cases (keyed
// hashes, nothing decrypted) and open cases of the same place with similar text — within the user's scope.
import type { Sql } from 'postgres'
import { visibleTo } from '../cases/access.js'
import { loadVisibleCase } from '../cases/view.js'
import { textSimilarity } from '../complaints/duplicates.js'
import { FINAL_CASE_STATES } from '../cases/machine.js'
import type { StaffUser } from '../users/service.js'

const WINDOW_DAYS = 60
const SAME_PLACE_SIMILARITY = 0.3
const MAX_SUGGESTIONS = 8

export interface MergeCandidate { id: number; caseNumber: string; title: string; state: string; receivedAt: string; samePerson: boolean; similarity: number }

export async function mergeCandidates(sql: Sql, id: number, user: StaffUser): Promise<MergeCandidate[]> {
  await loadVisibleCase(sql, id, user)
  const [me] = await sql`select k.phone_hash, k.email_hash, k.id_hash, k.content, k.received_at, c.division_code
                         from complaints k join cases c on c.id = k.id where k.id = ${id}`
  const since = new Date(new Date(me.received_at).getTime() - WINDOW_DAYS * 86_400_000)
  const open = sql`c.state <> all(${FINAL_CASE_STATES as unknown as string[]}) and c.id <> ${id} and ${visibleTo(sql, user)}`
  const rows = await sql`
    select c.id, k.case_number, k.title, k.content, c.state, k.received_at,
           ((k.phone_hash is not null and k.phone_hash = ${me.phone_hash}) or (k.email_hash is not null and k.email_hash = ${me.email_hash})
            or (k.id_hash is not null and k.id_hash = ${me.id_hash})) as same_person
    from complaints k join cases c on c.id = k.id
    where ${open} and k.received_at >= ${since} and (
      (${me.phone_hash}::text is not null and k.phone_hash = ${me.phone_hash}) or (${me.email_hash}::text is not null and k.email_hash = ${me.email_hash})
      or (${me.id_hash}::text is not null and k.id_hash = ${me.id_hash})
      or (${me.division_code}::text is not null and c.division_code = ${me.division_code}))
    order by k.received_at desc limit 300`
  return rows
    .map((r) => ({ id: Number(r.id), caseNumber: r.case_number, title: r.title, state: r.state, receivedAt: new Date(r.received_at).toISOString(), samePerson: !!r.same_person, similarity: Math.round(textSimilarity(me.content, r.content) * 100) / 100 }))
    .filter((r) => r.samePerson || r.similarity >= SAME_PLACE_SIMILARITY)
    .sort((a, b) => Number(b.samePerson) - Number(a.samePerson) || b.similarity - a.similarity)
    .slice(0, MAX_SUGGESTIONS)
}
