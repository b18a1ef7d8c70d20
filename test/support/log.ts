// A logger that keeps every line the service writes, at every level, for tests that check what a log holds (no
// address of a reporter or reader, no secret).
import { Writable } from 'node:stream'
import pino from 'pino'

export function capturedLog(): { lines: string[]; logger: pino.Logger } {
  const lines: string[] = []
  const logger = pino({ level: 'trace' }, new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done() } }))
  return { lines, logger }
}
