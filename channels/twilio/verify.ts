// X-Twilio-Signature on Fastify: twilio.webhook() is Express-only, so the check is done here with
// twilio.validateRequest over the public URL Twilio called (PUBLIC_BASE_URL + the path the app sees).
import twilio from 'twilio'
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import type { Config } from '../../src/config.js'

export const TWILIO_SIGNATURE_HEADER = 'x-twilio-signature'

export interface TwilioWebhookSecrets {
  /** The account's auth token; without it no request can be verified and every one is refused. */
  authToken: string | undefined
  /** The origin (and path prefix, if a proxy strips one) Twilio calls, without a trailing slash. */
  publicBaseUrl: string
}

/** The secrets from the app's config (TWILIO_AUTH_TOKEN, PUBLIC_BASE_URL). */
export function webhookSecretsFrom(config: Pick<Config, 'TWILIO_AUTH_TOKEN' | 'PUBLIC_BASE_URL'>): TwilioWebhookSecrets {
  return { authToken: config.TWILIO_AUTH_TOKEN, publicBaseUrl: config.PUBLIC_BASE_URL }
}

/** The URL Twilio signed: the public base joined with the request's path and query as received. */
export function publicUrlOf(request: Pick<FastifyRequest, 'url'>, publicBaseUrl: string): string {
  return publicBaseUrl.replace(/\/+$/, '') + request.url
}

/**
 * Whether the request carries a valid X-Twilio-Signature for `publicBaseUrl + request.url` and its
 * form-encoded body (parsed by @fastify/formbody). False when the token, the header or the URL is
 * missing or malformed; never throws.
 */
export function verifyTwilioRequest(
  request: Pick<FastifyRequest, 'url' | 'headers' | 'body'>,
  { authToken, publicBaseUrl }: TwilioWebhookSecrets,
): boolean {
  const signature = request.headers[TWILIO_SIGNATURE_HEADER]
  if (!authToken || typeof signature !== 'string' || signature.length === 0) return false
  const body = request.body
  if (body !== undefined && body !== null && (typeof body !== 'object' || Buffer.isBuffer(body))) return false
  try {
    return twilio.validateRequest(authToken, signature, publicUrlOf(request, publicBaseUrl), (body ?? {}) as Record<string, unknown>)
  } catch {
    return false // a malformed URL makes `new URL()` inside validateRequest throw
  }
}

/** The 403 body of a refused webhook. */
export function badSignatureBody(requestId: string) {
  return { error: { code: 'bad_signature', message: 'Twilio 签名无效', messageEn: 'Invalid or missing X-Twilio-Signature', requestId } }
}

/**
 * preHandler for Twilio webhook routes: answers 403 `bad_signature` (and the handler, so nothing
 * is stored) unless the signature is valid. Register @fastify/formbody in the same context first.
 * `getSecrets` is called per request, e.g. `(req) => webhookSecretsFrom(req.server.config)`.
 */
export function requireTwilioSignature(getSecrets: (request: FastifyRequest) => TwilioWebhookSecrets): preHandlerAsyncHookHandler {
  return async function twilioSignature(request: FastifyRequest, reply: FastifyReply) {
    // the spool's replay of a webhook whose signature was checked when it arrived (src/ops/spool.ts)
    if (request.spooledAt) return
    const secrets = getSecrets(request)
    if (verifyTwilioRequest(request, secrets)) return
    request.log.warn({
      url: request.url,
      hasSignature: typeof request.headers[TWILIO_SIGNATURE_HEADER] === 'string',
      configured: Boolean(secrets.authToken),
    }, 'refused a Twilio webhook with a bad signature')
    return reply.code(403).send(badSignatureBody(request.id))
  }
}
