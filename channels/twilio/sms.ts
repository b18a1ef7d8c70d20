// Outgoing SMS through the real twilio client. TWILIO_API_BASE points the client at another origin
// (a local fake in tests, a regional proxy in production) by rewriting *.twilio.com URLs.
import twilio from 'twilio'
import type RequestClient from 'twilio/lib/base/RequestClient.js'
import type * as HttpResponse from 'twilio/lib/http/response.js'

/** `https://api.twilio.com/2010-04-01/…` → `${apiBase}/2010-04-01/…`; other URLs are left alone. */
export function rebaseTwilioUrl(url: string, apiBase: string | undefined): string {
  if (!apiBase) return url
  const u = new URL(url)
  if (u.hostname !== 'twilio.com' && !u.hostname.endsWith('.twilio.com')) return url
  return apiBase.replace(/\/+$/, '') + u.pathname + u.search
}

/** twilio's own HTTP client (axios, Basic auth, form bodies), sending to `apiBase` instead of *.twilio.com. */
export class RebasedRequestClient extends twilio.RequestClient {
  constructor(private readonly apiBase: string, opts?: RequestClient.RequestClientOptions) {
    super(opts)
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<HttpResponse.default<TData>> {
    return super.request<TData>({ ...opts, uri: rebaseTwilioUrl(opts.uri, this.apiBase) })
  }
}

export interface TwilioClientOptions {
  accountSid: string
  authToken: string
  /** TWILIO_API_BASE, e.g. http://127.0.0.1:4010; unset for api.twilio.com. */
  apiBase?: string
  /** Per-request timeout (default 15 s). */
  timeoutMs?: number
}

/** A twilio REST client, pointed at `apiBase` when one is given. */
export function createTwilioClient(o: TwilioClientOptions): twilio.Twilio {
  const timeout = o.timeoutMs ?? 15_000
  const httpClient = o.apiBase ? new RebasedRequestClient(o.apiBase, { timeout }) : new twilio.RequestClient({ timeout })
  return twilio(o.accountSid, o.authToken, { httpClient })
}

/** `Authorization` header value for fetching Twilio media (recordings) with the account's credentials. */
export function twilioBasicAuth(accountSid: string, authToken: string): string {
  return 'Basic ' + Buffer.from(`${accountSid}:${authToken}`).toString('base64')
}

/** Twilio error codes that no retry will fix: the number is invalid, unreachable or has opted out. */
const PERMANENT_TWILIO_CODES = new Set([
  20003, // authentication failed (wrong credentials: fix the config)
  21211, // invalid 'To' number
  21408, // no permission to send to this region
  21610, // recipient replied STOP (unsubscribed)
  21612, // cannot route to this number
  21614, // 'To' is not a mobile number
  21617, // body too long
])

/**
 * A failed send. `twilioCode` is Twilio's error code (https://www.twilio.com/docs/api/errors) when
 * Twilio answered, null on a network failure or timeout. `retryable`: worth another attempt later
 * (network, 429, 5xx); otherwise fall back (a call-back task for an operator).
 */
export class TwilioSmsError extends Error {
  readonly code = 'twilio_sms_failed'
  constructor(
    message: string,
    readonly twilioCode: number | null,
    readonly httpStatus: number | null,
    readonly retryable: boolean,
    readonly moreInfo?: string,
  ) {
    super(message)
    this.name = 'TwilioSmsError'
  }
}

export function isTwilioSmsError(err: unknown): err is TwilioSmsError {
  return err instanceof Error && err.name === 'TwilioSmsError' && 'retryable' in err
}

/** Turns what the twilio client threw (RestException, an axios/network error) into a TwilioSmsError. */
export function toTwilioSmsError(err: unknown): TwilioSmsError {
  if (isTwilioSmsError(err)) return err
  const e = err as { status?: unknown; code?: unknown; message?: unknown; moreInfo?: unknown }
  if (typeof e?.status === 'number') { // twilio.RestException: Twilio answered with an error
    const twilioCode = typeof e.code === 'number' ? e.code : null
    const retryable = (e.status === 429 || e.status >= 500) && !(twilioCode !== null && PERMANENT_TWILIO_CODES.has(twilioCode))
    return new TwilioSmsError(String(e.message ?? `HTTP ${e.status}`), twilioCode, e.status, retryable, typeof e.moreInfo === 'string' ? e.moreInfo : undefined)
  }
  const detail = typeof e?.code === 'string' ? `${e.code}: ${String(e.message ?? '')}` : String(e?.message ?? err)
  return new TwilioSmsError(`Twilio not reachable (${detail})`, null, null, true)
}

export interface SmsSenderOptions extends TwilioClientOptions {
  /** The sending number (E.164) or a Messaging Service SID (MG…). */
  from: string
  /** Where Twilio posts delivery status (signed); usually PUBLIC_BASE_URL + the status route. */
  statusCallbackUrl?: string
}

export interface SentSms { sid: string; status: string }

export interface SmsSender {
  /** Sends one SMS; throws TwilioSmsError. */
  send(to: string, body: string, opts?: { statusCallbackUrl?: string }): Promise<SentSms>
}

/** Twilio refuses bodies over 1,600 characters. */
export const MAX_SMS_BODY = 1600

export function createSmsSender(o: SmsSenderOptions, client: twilio.Twilio = createTwilioClient(o)): SmsSender {
  const sender = o.from.startsWith('MG') ? { messagingServiceSid: o.from } : { from: o.from }
  return {
    async send(to, body, opts = {}) {
      if (!body) throw new TwilioSmsError('empty SMS body', null, null, false)
      if (body.length > MAX_SMS_BODY) throw new TwilioSmsError(`SMS body longer than ${MAX_SMS_BODY} characters`, 21617, null, false)
      const statusCallback = opts.statusCallbackUrl ?? o.statusCallbackUrl
      try {
        const message = await client.messages.create({ to, body, ...sender, ...(statusCallback ? { statusCallback } : {}) })
        return { sid: message.sid, status: message.status }
      } catch (err) {
        throw toTwilioSmsError(err)
      }
    },
  }
}
