// A local fake of the Twilio REST API (node:http on 127.0.0.1) for the real twilio client, plus
// helpers that sign webhook requests the way Twilio does (X-Twilio-Signature over the public URL).
import http from 'node:http'
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import twilio from 'twilio'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'

export const TEST_ACCOUNT_SID = 'AC' + 'a1'.repeat(16)
export const TEST_AUTH_TOKEN = 'test-auth-token-0123456789abcdef'

/** A Twilio-style SID: two letters and 32 hex digits. */
export function newSid(prefix: 'SM' | 'CA' | 'RE' | 'MM' | 'AC' | 'QU'): string {
  return prefix + randomBytes(16).toString('hex')
}

/** X-Twilio-Signature for a POST to `url` (the full public URL) with form `params`. */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  return twilio.getExpectedTwilioSignature(authToken, url, params)
}

export type SignatureMode = 'valid' | 'wrong' | 'missing'

export interface SignedRequestOptions {
  /** The path and query the app sees (request.url), e.g. '/api/twilio/voice/hotline'. */
  url: string
  params: Record<string, string>
  authToken: string
  /** What Twilio called: the signature covers publicBaseUrl + url. */
  publicBaseUrl: string
  /** 'wrong' signs with another token; 'missing' sends no header; a string is sent as is. */
  signature?: SignatureMode | { header: string }
  headers?: Record<string, string>
}

function signatureHeader(o: Pick<SignedRequestOptions, 'signature' | 'authToken' | 'params'>, fullUrl: string): Record<string, string> {
  const mode = o.signature ?? 'valid'
  if (mode === 'missing') return {}
  if (typeof mode === 'object') return { 'x-twilio-signature': mode.header }
  const token = mode === 'wrong' ? o.authToken + '-not-it' : o.authToken
  return { 'x-twilio-signature': twilioSignature(token, fullUrl, o.params) }
}

/** An `app.inject` form POST signed like Twilio signs its webhooks. */
export function signedTwilioRequest(app: Pick<FastifyInstance, 'inject'>, o: SignedRequestOptions): Promise<LightMyRequestResponse> {
  const fullUrl = o.publicBaseUrl.replace(/\/+$/, '') + o.url
  return app.inject({
    method: 'POST',
    url: o.url,
    payload: new URLSearchParams(o.params).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'user-agent': 'TwilioProxy/1.1',
      ...signatureHeader(o, fullUrl),
      ...o.headers,
    },
  })
}

/** The form fields of an incoming-call webhook. */
export function twilioCallParams(o: { from: string; to: string; callSid?: string; accountSid?: string; callStatus?: string } & Record<string, string | undefined>): Record<string, string> {
  const { from, to, callSid, accountSid, callStatus, ...rest } = o
  const params: Record<string, string> = {
    AccountSid: accountSid ?? TEST_ACCOUNT_SID, ApiVersion: '2010-04-01', CallSid: callSid ?? newSid('CA'), CallStatus: callStatus ?? 'ringing',
    Direction: 'inbound', From: from, Caller: from, To: to, Called: to, FromCountry: 'CN', ToCountry: 'CN',
  }
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) params[k] = v
  return params
}

/** The form fields of an incoming-SMS webhook. */
export function twilioSmsParams(o: { from: string; to: string; body: string; messageSid?: string; accountSid?: string }): Record<string, string> {
  const sid = o.messageSid ?? newSid('SM')
  return {
    AccountSid: o.accountSid ?? TEST_ACCOUNT_SID, ApiVersion: '2010-04-01', MessageSid: sid, SmsMessageSid: sid, SmsSid: sid,
    SmsStatus: 'received', From: o.from, To: o.to, Body: o.body, NumMedia: '0', NumSegments: '1', FromCountry: 'CN', ToCountry: 'CN',
  }
}

// ---------------------------------------------------------------------------------------------
// The fake REST API
// ---------------------------------------------------------------------------------------------

export interface FakeMessage {
  sid: string
  accountSid: string
  to: string
  from: string | null
  messagingServiceSid: string | null
  body: string
  statusCallback: string | null
  status: string
  numSegments: number
  createdAt: Date
  /** Every status the message was given, in order (queued first). */
  statusHistory: string[]
}

export interface FakeRecording { sid: string; accountSid: string; callSid: string; wav: Buffer; mp3: Buffer; mediaUrl: string }

export type FakeFailure = { status: number; code?: number; message?: string } | 'disconnect'

export interface FakeRequest { method: string; path: string; at: Date; failed: boolean }

export interface DeliverStatusOptions {
  /** The URL Twilio signs and calls; default the message's StatusCallback. */
  url?: string
  /** Send through `app.inject` (to the path of `url`, or `path`) instead of over HTTP. */
  app?: Pick<FastifyInstance, 'inject'>
  path?: string
  /** Where the HTTP POST really goes when `url` is a public URL the test cannot reach. */
  sendTo?: string
  /** For failed / undelivered (default 30003, unreachable handset). */
  errorCode?: number
  signature?: SignatureMode
}

export interface FakeTwilio {
  /** TWILIO_API_BASE for the client: http://127.0.0.1:<port> */
  readonly url: string
  readonly accountSid: string
  readonly authToken: string
  readonly messages: FakeMessage[]
  readonly requests: FakeRequest[]
  readonly recordings: Map<string, FakeRecording>
  /** The next `n` API requests (optionally only those to messages or recordings) fail like this. */
  failNext(n: number, failure: FakeFailure, only?: 'messages' | 'recordings'): void
  /** A recording whose media can be fetched at `${mediaUrl}.wav` / `.mp3` (mediaUrl is the api.twilio.com form, as in callbacks). */
  addRecording(o?: { sid?: string; callSid?: string; wav?: Buffer; mp3?: Buffer }): FakeRecording
  /** POSTs a correctly signed message status callback, as Twilio does after a send. */
  deliverStatus(sid: string, status: string, o?: DeliverStatusOptions): Promise<{ statusCode: number; body: string }>
  close(): Promise<void>
}

/** A short valid WAV (8 kHz mono 16-bit, 0.1 s of silence), so content checks by magic bytes pass. */
export function silentWav(samples = 800): Buffer {
  const data = samples * 2
  const b = Buffer.alloc(44 + data)
  b.write('RIFF', 0); b.writeUInt32LE(36 + data, 4); b.write('WAVE', 8)
  b.write('fmt ', 12); b.writeUInt32LE(16, 16); b.writeUInt16LE(1, 20); b.writeUInt16LE(1, 22)
  b.writeUInt32LE(8000, 24); b.writeUInt32LE(16000, 28); b.writeUInt16LE(2, 32); b.writeUInt16LE(16, 34)
  b.write('data', 36); b.writeUInt32LE(data, 40)
  return b
}

/** Bytes that look like an MP3 (ID3 tag and one MPEG frame header). */
export function fakeMp3(): Buffer {
  return Buffer.concat([Buffer.from('ID3'), Buffer.from([3, 0, 0, 0, 0, 0, 0]), Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(413)])
}

/** Segments Twilio bills: GSM-7 160 (153 when split), UCS-2 (Chinese) 70 (67 when split). */
export function smsSegments(body: string): number {
  const gsm = /^[\x20-\x7e\n\r]*$/.test(body)
  const single = gsm ? 160 : 70, multi = gsm ? 153 : 67
  const len = [...body].length
  return len <= single ? 1 : Math.ceil(len / multi)
}

function twilioError(res: http.ServerResponse, status: number, code: number, message: string) {
  const body = JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status })
  res.writeHead(status, { 'content-type': 'application/json' }).end(body)
}

function messageJson(m: FakeMessage) {
  const date = m.createdAt.toUTCString().replace('GMT', '+0000')
  return {
    account_sid: m.accountSid, api_version: '2010-04-01', body: m.body, date_created: date, date_sent: null, date_updated: date,
    direction: 'outbound-api', error_code: null, error_message: null, from: m.from, messaging_service_sid: m.messagingServiceSid,
    num_media: '0', num_segments: String(m.numSegments), price: null, price_unit: 'USD', sid: m.sid, status: m.status, to: m.to,
    subresource_uris: { media: `/2010-04-01/Accounts/${m.accountSid}/Messages/${m.sid}/Media.json` },
    uri: `/2010-04-01/Accounts/${m.accountSid}/Messages/${m.sid}.json`,
  }
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

const MESSAGES = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/
const MESSAGE = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\/(SM[0-9a-f]{32})\.json$/
const RECORDING = /^\/2010-04-01\/Accounts\/([^/]+)\/Recordings\/(RE[0-9a-f]{32})(\.wav|\.mp3|\.json)?$/

export async function startFakeTwilio(o: { accountSid?: string; authToken?: string } = {}): Promise<FakeTwilio> {
  const accountSid = o.accountSid ?? TEST_ACCOUNT_SID
  const authToken = o.authToken ?? TEST_AUTH_TOKEN
  const expectedAuth = 'Basic ' + Buffer.from(`${accountSid}:${authToken}`).toString('base64')
  const messages: FakeMessage[] = []
  const requests: FakeRequest[] = []
  const recordings = new Map<string, FakeRecording>()
  const failures: { failure: FakeFailure; only?: 'messages' | 'recordings' }[] = []

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const { pathname } = new URL(req.url ?? '/', 'http://fake')
    const method = req.method ?? 'GET'
    const kind = MESSAGES.test(pathname) || MESSAGE.test(pathname) ? 'messages' : RECORDING.test(pathname) ? 'recordings' : 'other'
    const entry: FakeRequest = { method, path: pathname, at: new Date(), failed: false }
    requests.push(entry)
    const body = await readBody(req)

    const i = failures.findIndex((f) => !f.only || f.only === kind)
    if (i >= 0) {
      const [{ failure }] = failures.splice(i, 1)
      entry.failed = true
      if (failure === 'disconnect') return void req.socket.destroy()
      return twilioError(res, failure.status, failure.code ?? 20500, failure.message ?? 'An internal server error has occurred')
    }
    if (req.headers.authorization !== expectedAuth) return twilioError(res, 401, 20003, 'Authenticate')

    let m: RegExpExecArray | null
    if (method === 'POST' && (m = MESSAGES.exec(pathname))) {
      if (m[1] !== accountSid) return twilioError(res, 404, 20404, `The requested resource ${pathname} was not found`)
      const form = new URLSearchParams(body)
      const to = form.get('To'), from = form.get('From'), service = form.get('MessagingServiceSid'), text = form.get('Body')
      if (!to) return twilioError(res, 400, 21604, "A 'To' phone number is required.")
      if (!/^\+[1-9]\d{6,14}$/.test(to)) return twilioError(res, 400, 21211, `The 'To' number ${to} is not a valid phone number.`)
      if (!from && !service) return twilioError(res, 400, 21603, "A 'From' phone number is required.")
      if (!text) return twilioError(res, 400, 21602, 'Message body is required.')
      if (text.length > 1600) return twilioError(res, 400, 21617, 'The concatenated message body exceeds the 1600 character limit.')
      const message: FakeMessage = {
        sid: newSid('SM'), accountSid, to, from, messagingServiceSid: service, body: text, statusCallback: form.get('StatusCallback'),
        status: 'queued', numSegments: smsSegments(text), createdAt: new Date(), statusHistory: ['queued'],
      }
      messages.push(message)
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(messageJson(message)))
      return
    }
    if (method === 'GET' && (m = MESSAGE.exec(pathname))) {
      const message = messages.find((x) => x.sid === m![2])
      if (!message) return twilioError(res, 404, 20404, `The requested resource ${pathname} was not found`)
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messageJson(message)))
      return
    }
    if (method === 'GET' && (m = RECORDING.exec(pathname))) {
      const rec = recordings.get(m[2])
      if (!rec || m[1] !== rec.accountSid) return twilioError(res, 404, 20404, `The requested resource ${pathname} was not found`)
      const ext = m[3] ?? '.wav'
      if (ext === '.json') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ sid: rec.sid, account_sid: rec.accountSid, call_sid: rec.callSid, status: 'completed', duration: '1', channels: 1, uri: `/2010-04-01/Accounts/${rec.accountSid}/Recordings/${rec.sid}.json` }))
        return
      }
      const bytes = ext === '.mp3' ? rec.mp3 : rec.wav
      res.writeHead(200, { 'content-type': ext === '.mp3' ? 'audio/mpeg' : 'audio/x-wav', 'content-length': bytes.length }).end(bytes)
      return
    }
    twilioError(res, 404, 20404, `The requested resource ${pathname} was not found`)
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => { if (!res.headersSent) twilioError(res, 500, 20500, String(err)) })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`

  return {
    url, accountSid, authToken, messages, requests, recordings,
    failNext(n, failure, only) {
      for (let k = 0; k < n; k++) failures.push({ failure, only })
    },
    addRecording(r = {}) {
      const sid = r.sid ?? newSid('RE')
      const rec: FakeRecording = {
        sid, accountSid, callSid: r.callSid ?? newSid('CA'), wav: r.wav ?? silentWav(), mp3: r.mp3 ?? fakeMp3(),
        mediaUrl: `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Recordings/${sid}`,
      }
      recordings.set(sid, rec)
      return rec
    },
    async deliverStatus(sid, status, d = {}) {
      const message = messages.find((x) => x.sid === sid)
      if (!message) throw new Error(`fake twilio: no message ${sid}`)
      const url = d.url ?? message.statusCallback
      if (!url) throw new Error(`fake twilio: message ${sid} has no StatusCallback and no url was given`)
      message.status = status
      message.statusHistory.push(status)
      const params: Record<string, string> = {
        AccountSid: accountSid, ApiVersion: '2010-04-01', MessageSid: sid, SmsSid: sid, MessageStatus: status, SmsStatus: status,
        To: message.to, ...(message.from ? { From: message.from } : {}), ...(message.messagingServiceSid ? { MessagingServiceSid: message.messagingServiceSid } : {}),
        ...(status === 'failed' || status === 'undelivered' ? { ErrorCode: String(d.errorCode ?? 30003) } : {}),
      }
      const headers = { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'TwilioProxy/1.1', ...signatureHeader({ signature: d.signature, authToken, params }, url) }
      const payload = new URLSearchParams(params).toString()
      if (d.app) {
        const u = new URL(url)
        const res = await d.app.inject({ method: 'POST', url: d.path ?? u.pathname + u.search, payload, headers })
        return { statusCode: res.statusCode, body: res.body }
      }
      const res = await fetch(d.sendTo ?? url, { method: 'POST', body: payload, headers })
      return { statusCode: res.status, body: await res.text() }
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}
