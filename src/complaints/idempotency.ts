// Idempotency keys bound to what they protect (DESIGN rule 4): an external id is stored with a keyed hash of the
// request it came with and of who sent it, so that only the same request again is a retry — the same key with
// another body is a 422 idempotency_mismatch, never somebody else's tracking code and PIN.
import { createHmac } from 'node:crypto'

/** JSON with keys sorted at every depth: the same form sent with its fields in another order is the same request. */
function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
}

/**
 * The keyed hash of a request: who sent it (`citizen` for a public form, `user:<id>` for staff), its body and the
 * digests of its files. Keyed with the record hash key, so a stored hash tells nothing of a guessed form.
 */
export function requestHash(hashKey: Buffer, submitter: string, body: unknown, files: { sha256: string }[] = []): string {
  return createHmac('sha256', hashKey).update(`request:${submitter}\0${stableJson(body)}\0${files.map((f) => f.sha256).join(',')}`).digest('hex')
}

/** An external id given by staff (a fax number, a form's key) names an item of the registering unit only. */
export const unitExternalId = (prefix: string, unitId: number, key: string) => `${prefix}:${key}#u${unitId}`
