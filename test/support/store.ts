// What the attachment store and the intake tables hold, for tests that check nothing is lost or left behind.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'

/** Every blob in the store under `dataDir` (tmp files and derived pages excluded). */
export function blobs(dataDir: string): string[] {
  const root = path.join(dataDir, 'files')
  if (!existsSync(root)) return []
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /^[0-9a-f]{64}$/.test(d.name)).map((d) => d.name)
}

export const blobCount = (dataDir: string): number => blobs(dataDir).length

/** Rows of intakes, complaints and attachments. */
export async function storeCounts(app: FastifyInstance): Promise<{ intakes: number; complaints: number; attachments: number }> {
  const [c] = await app.sql`select (select count(*) from intakes)::int as intakes, (select count(*) from complaints)::int as complaints, (select count(*) from attachments)::int as attachments`
  return c as { intakes: number; complaints: number; attachments: number }
}
