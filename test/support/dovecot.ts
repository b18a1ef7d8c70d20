// A real IMAP server for tests: Dovecot (Debian's dovecot-imapd 2.3) with a throw-away config and Maildir.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { accessSync, chmodSync, chownSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { freePort } from '../../src/db/embedded.js'

type Tap = { teardown(fn: () => unknown): void }

export interface DovecotServer {
  host: string
  port: number
  user: string
  pass: string
  /** imap://user:pass@127.0.0.1:PORT/INBOX */
  url: string
  /** the Maildir root of the user, for tests that look at files */
  maildir: string
  /** Stops the server (SIGTERM, then SIGKILL); the Maildir stays until teardown. */
  stop(): Promise<void>
  /** Starts it again on the same port with the same Maildir (after stop()). */
  start(): Promise<void>
}

const CANDIDATES = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot', '/opt/homebrew/sbin/dovecot']

/** The dovecot binary, or null when the package is not installed. */
export function findDovecot(): string | null {
  const fromPath = (process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, 'dovecot'))
  for (const candidate of [...CANDIDATES, ...fromPath]) {
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch { /* next */ }
  }
  return null
}

export const DOVECOT_MISSING = 'Dovecot is not installed (no dovecot binary in /usr/sbin or PATH): install the Debian package dovecot-imapd (apt-get install dovecot-imapd) to run the IMAP tests against a real server'

function ids(name: string, flag: '-u' | '-g'): number {
  return Number(execFileSync('id', [flag, name]).toString().trim())
}

/** Starts Dovecot on a free 127.0.0.1 port with one user; stopped and removed at teardown. */
export async function startDovecot(t: Tap, opts: { user?: string; pass?: string } = {}): Promise<DovecotServer> {
  const bin = findDovecot()
  if (!bin) throw new Error(DOVECOT_MISSING)
  const user = opts.user ?? 'citizen'
  const pass = opts.pass ?? 'secret-' + Math.random().toString(36).slice(2, 10)
  const root = process.getuid?.() === 0
  // Short paths: Dovecot's unix sockets live in base_dir and sun_path is limited to 107 bytes.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dovecot-'))
  chmodSync(dir, 0o755)
  const mailRoot = path.join(dir, 'mail')
  const baseDir = path.join(dir, 'run')
  const stateDir = path.join(dir, 'state')
  for (const d of [mailRoot, baseDir, stateDir]) mkdirSync(d, { recursive: true })
  const me = os.userInfo()
  const mailUid = root ? ids('nobody', '-u') : me.uid
  const mailGid = root ? ids('nobody', '-g') : me.gid
  if (root) chownSync(mailRoot, mailUid, mailGid)
  const port = await freePort()
  writeFileSync(path.join(dir, 'users'), `${user}:{PLAIN}${pass}\n`)
  const conf = [
    'protocols = imap',
    'listen = 127.0.0.1',
    `base_dir = ${baseDir}`,
    `state_dir = ${stateDir}`,
    `log_path = ${path.join(dir, 'dovecot.log')}`,
    'ssl = no',
    'disable_plaintext_auth = no',
    'auth_mechanisms = plain login',
    `mail_location = maildir:${mailRoot}/%u/Maildir`,
    `mail_uid = ${mailUid}`,
    `mail_gid = ${mailGid}`,
    'first_valid_uid = 0',
    'first_valid_gid = 0',
    ...(root ? [] : [`default_login_user = ${me.username}`, `default_internal_user = ${me.username}`]),
    'service imap-login {',
    '  inet_listener imap {',
    '    address = 127.0.0.1',
    `    port = ${port}`,
    '  }',
    '  inet_listener imaps {',
    '    port = 0',
    '  }',
    ...(root ? [] : ['  chroot =']),
    '}',
    'service anvil {',
    ...(root ? [] : ['  chroot =']),
    '}',
    'passdb {',
    '  driver = passwd-file',
    `  args = scheme=PLAIN username_format=%u ${path.join(dir, 'users')}`,
    '}',
    'userdb {',
    '  driver = static',
    `  args = uid=${mailUid} gid=${mailGid} home=${mailRoot}/%u`,
    '}',
    '',
  ].join('\n')
  const confFile = path.join(dir, 'dovecot.conf')
  writeFileSync(confFile, conf)

  let child: ChildProcess | null = null
  let stderr = ''

  const start = async (): Promise<void> => {
    if (child) return
    stderr = ''
    const proc = spawn(bin, ['-F', '-c', confFile], { stdio: ['ignore', 'ignore', 'pipe'] })
    child = proc
    proc.stderr!.on('data', (b: Buffer) => { stderr += b.toString() })
    proc.on('exit', () => { if (child === proc) child = null })
    const deadline = Date.now() + 60_000 // a bound for a loaded box, not a pause
    for (;;) {
      if (child !== proc) {
        const log = readLog(dir)
        throw new Error(`dovecot exited at start: ${stderr.trim()}\n${log}`)
      }
      if (await greets(port)) return
      if (Date.now() > deadline) {
        proc.kill('SIGKILL')
        throw new Error(`dovecot did not answer on 127.0.0.1:${port} within 60 s: ${stderr.trim()}\n${readLog(dir)}`)
      }
      await new Promise((r) => setTimeout(r, 50))
    }
  }

  const stop = async (): Promise<void> => {
    const proc = child
    if (!proc) return
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()))
    proc.kill('SIGTERM')
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
    child = null
    // The master is gone; its children (imap, imap-login, auth) follow it within moments.
    for (let i = 0; i < 400 && (await listening(port)); i++) await new Promise((r) => setTimeout(r, 50))
  }

  const killOnExit = () => { child?.kill('SIGKILL') }
  process.once('exit', killOnExit)
  t.teardown(async () => {
    await stop()
    process.removeListener('exit', killOnExit)
    rmSync(dir, { recursive: true, force: true })
  })

  await start()
  const host = '127.0.0.1'
  return {
    host, port, user, pass,
    url: `imap://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@${host}:${port}/INBOX`,
    maildir: path.join(mailRoot, user, 'Maildir'),
    stop, start,
  }
}

function readLog(dir: string): string {
  try {
    return readFileSync(path.join(dir, 'dovecot.log'), 'utf8').split('\n').slice(-20).join('\n')
  } catch {
    return ''
  }
}

/** True when something on the port sends an IMAP greeting. */
function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    const done = (ok: boolean) => { socket.destroy(); resolve(ok) }
    socket.setTimeout(2_000, () => done(false))
    socket.once('error', () => done(false))
    socket.once('data', (b) => done(b.toString().startsWith('* OK')))
  })
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => { socket.destroy(); resolve(true) })
    socket.once('error', () => resolve(false))
  })
}
