// The fax gateway's signature: `X-Fax-Signature: sha256=<hex HMAC-SHA256 of the raw request body>` with FAX_WEBHOOK_SECRET.
import { createHmac, timingSafeEqual } from 'node:crypto'

export const SIGNATURE_HEADER = 'x-fax-signature'

export function signFaxBody(secret: string, body: Buffer): string {
  return 'sha256=' + createHmac('sha256', secret).update(body).digest('hex')
}

/** Timing-safe check of the header against the body; false for a missing or malformed header. */
export function verifyFaxSignature(secret: string, body: Buffer, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string') return false
  const m = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim())
  if (!m) return false
  const expected = createHmac('sha256', secret).update(body).digest()
  return timingSafeEqual(expected, Buffer.from(m[1], 'hex'))
}
