// Second factor (TOTP) for tests: the next code an admin's or inspector's authenticator would show, read from the
// sealed secret the app stored; and the enrolment a signed-in user without a factor goes through.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { decrypt } from '../../src/privacy/crypto.js'
import { factorKeys } from '../../src/auth/second-factor.js'
import { codeAt, currentStep } from '../../src/auth/totp.js'

/**
 * A code of a step not used yet: the current one, or the next one the window accepts; when both are used (a user
 * signed in three times within 30 s), it waits for the next step, as a person would.
 */
export async function nextCode(app: FastifyInstance, username: string): Promise<string | null> {
  const [row] = await app.sql<{ id: string; totp_secret_enc: string | null; totp_last_step: string | null }[]>`
    select id, totp_secret_enc, totp_last_step from users where username = ${username}`
  if (!row?.totp_secret_enc) return null
  const secret = decrypt(factorKeys(app.config.SUQIU_SECRET).encKey, row.totp_secret_enc, `user:${row.id}:totp`)
  const next = row.totp_last_step === null ? 0 : Number(row.totp_last_step) + 1
  while (next > currentStep() + 1) await new Promise((resolve) => setTimeout(resolve, 1000))
  return codeAt(secret, Math.max(currentStep(), next))
}

/** Sets up the authenticator of a signed-in session through the API (enrol, then the first code). */
export async function enrolSecondFactor(inject: (opts: InjectOptions) => Promise<LightMyRequestResponse>): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await inject({ method: 'POST', url: '/api/me/second-factor/enrol' })
  if (started.statusCode !== 200) throw new Error(`enrol failed: ${started.statusCode} ${started.body}`)
  const { secret } = started.json() as { secret: string }
  const confirmed = await inject({ method: 'POST', url: '/api/me/second-factor/confirm', payload: { code: codeAt(secret, currentStep()) } })
  if (confirmed.statusCode !== 200) throw new Error(`confirm failed: ${confirmed.statusCode} ${confirmed.body}`)
  return { secret, recoveryCodes: confirmed.json().recoveryCodes }
}
