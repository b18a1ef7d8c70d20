// A real SMTP server for tests (smtp-server on 127.0.0.1): collects what arrives, can refuse on demand.
import { SMTPServer, type SMTPServerAddress } from 'smtp-server'
import { simpleParser, type ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'

type Tap = { teardown(fn: () => unknown): void }

export interface ReceivedMail {
  raw: Buffer
  parsed: ParsedMail
  envelope: { from: string | null; to: string[] }
}

export interface SmtpTestServer {
  host: string
  port: number
  /** for createMailer({ smtpUrl }) */
  url: string
  /** every accepted message, in order */
  messages: ReceivedMail[]
  /** refused messages (their DATA was answered with the error) */
  refused: number
  /** answer the next `count` messages with `code` (4xx temporary, 5xx permanent) */
  failNext(count: number, code?: number, text?: string): void
  /** resolves once `count` messages have been accepted */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>
  close(): Promise<void>
}

export async function startSmtp(t: Tap): Promise<SmtpTestServer> {
  const messages: ReceivedMail[] = []
  const waiters: Array<() => void> = []
  let failures: Array<{ code: number; text: string }> = []
  let refused = 0

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 25 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('error', callback)
      stream.on('end', () => {
        const failure = failures.shift()
        if (failure) {
          refused++
          const err = new Error(failure.text) as Error & { responseCode: number }
          err.responseCode = failure.code
          return callback(err)
        }
        const raw = Buffer.concat(chunks)
        simpleParser(raw).then((parsed) => {
          const address = (a: SMTPServerAddress | false) => (a ? a.address : null)
          messages.push({ raw, parsed, envelope: { from: address(session.envelope.mailFrom), to: session.envelope.rcptTo.map((r) => r.address) } })
          for (const w of waiters.splice(0)) w()
          callback()
        }, callback)
      })
    },
  })
  server.on('error', () => {})
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address()
  let closed = false
  const close = () => new Promise<void>((resolve) => {
    if (closed) return resolve()
    closed = true
    server.close(() => resolve())
  })
  t.teardown(close)

  return {
    host: '127.0.0.1',
    port,
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    messages,
    get refused() { return refused },
    failNext(count, code = 451, text = code >= 500 ? 'Requested action not taken: mailbox unavailable' : 'Requested action aborted: try again later') {
      failures = failures.concat(Array.from({ length: count }, () => ({ code, text })))
    },
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs
      while (messages.length < count) {
        const left = deadline - Date.now()
        if (left <= 0) throw new Error(`expected ${count} messages, got ${messages.length}`)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left)
          waiters.push(() => { clearTimeout(timer); resolve() })
        })
      }
      return messages.slice(0, count)
    },
    close,
  }
}
