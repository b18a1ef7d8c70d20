// Names of complaints written before names had a keyed hash (migration 0025) get one at start-up: the hash is keyed
// with the app's secret, which SQL never sees, so the app decrypts each name once and writes its hash. The rows left
// are those of a partial index (complaints_name_hash_missing_idx) that is empty once they are done, so a later start
// finds nothing at the cost of one index probe. Several processes starting at once share the work (SKIP LOCKED).
import type { Sql } from 'postgres'
import type { FastifyBaseLogger } from 'fastify'
import { decrypt, type DerivedKeys } from '../privacy/crypto.js'
import { nameHash } from './person.js'

const BATCH = 500

/** Gives every named complaint without a name hash its hash; returns how many rows it wrote. */
export async function backfillNameHashes(sql: Sql, keys: DerivedKeys, log?: FastifyBaseLogger): Promise<number> {
  let written = 0
  let after = 0
  for (;;) {
    const n = await sql.begin(async (tx) => {
      const rows = await tx<{ id: string; token: string }[]>`
        select id, identity->>'name' as token from complaints
        where name_hash is null and identity ? 'name' and id > ${after}
        order by id limit ${BATCH} for update skip locked`
      const hashes: { id: string; hash: string }[] = []
      for (const r of rows) {
        try {
          const h = nameHash(keys.hashKey, decrypt(keys.encKey, r.token))
          if (h) hashes.push({ id: r.id, hash: h })
        } catch (err) {
          // a token this secret cannot open (restored from another installation?): left as it is, said once per row
          log?.warn({ err, complaintId: Number(r.id) }, 'look-up: the name of a complaint could not be decrypted for its hash')
        }
      }
      if (hashes.length) {
        await tx`
          update complaints k set name_hash = x.hash
          from jsonb_to_recordset(${tx.json(hashes as never)}) as x(id bigint, hash text)
          where k.id = x.id`
      }
      written += hashes.length
      if (rows.length) after = Number(rows[rows.length - 1].id)
      return rows.length
    })
    if (n < BATCH) break
  }
  return written
}
