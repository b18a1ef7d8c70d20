// The one place that reads process.env: every setting is validated here, once, and typed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { Type, type Static } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'

const LogLevel = Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)))

export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '0.0.0.0' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  /** the schema's owner, who runs migrations and gives the DATABASE_URL role its grants (README "Database roles") */
  DATABASE_OWNER_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  SUQIU_DATA_DIR: Type.String({ minLength: 1, default: './data' }),
  SUQIU_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  SUQIU_CITY: Type.String({ pattern: '^[0-9]{4}00$', default: '530100' }),
  SUQIU_ROLE: Type.Union([Type.Literal('all'), Type.Literal('api'), Type.Literal('worker')], { default: 'all' }),
  /** load the demo accounts on start (README, 演示账号); refused when NODE_ENV=production */
  SUQIU_DEMO: Type.Boolean({ default: false }),
  /** `production` refuses demo accounts (SUQIU_DEMO, `suqiu demo`) */
  NODE_ENV: Type.Optional(Type.String()),
  /**
   * behind a load balancer or proxy: how many proxies (`1`, `2` …) or which proxy addresses (`10.0.0.1, 10.1.0.0/16`)
   * to trust; the client is the right-most untrusted address of X-Forwarded-For (`true` is `1`; `false`: none)
   */
  TRUST_PROXY: Type.Union([
    Type.Boolean(),
    Type.Integer({ minimum: 0, maximum: 16 }),
    Type.Array(Type.String({ pattern: '^[0-9a-fA-F.:]+(/[0-9]{1,3})?$' }), { minItems: 1 }),
  ], { default: false }),
  PUBLIC_BASE_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  LOG_LEVEL: Type.Unsafe<Static<typeof LogLevel>>({ ...LogLevel, default: 'info' }),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  SMTP_FROM: Type.String({ default: '昆明市群众诉求中心 <noreply@suqiu.local>' }),
  IMAP_URL: Type.Optional(Type.String({ pattern: '^imaps?://' })),
  /** several worker processes: one reads the mailbox, holding a lease of this many seconds; another takes over within it when that one dies */
  MAILBOX_LEASE_SECONDS: Type.Integer({ minimum: 3, maximum: 600, default: 15 }),
  TWILIO_ACCOUNT_SID: Type.Optional(Type.String({ pattern: '^AC' })),
  TWILIO_AUTH_TOKEN: Type.Optional(Type.String({ minLength: 1 })),
  TWILIO_API_BASE: Type.Optional(Type.String({ pattern: '^https?://' })),
  TWILIO_HOTLINE_NUMBER: Type.Optional(Type.String({ pattern: '^\\+[0-9]{6,15}$' })),
  TWILIO_REPORT_NUMBER: Type.Optional(Type.String({ pattern: '^\\+[0-9]{6,15}$' })),
  OFFICE_HOURS: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d$', default: '08:30-17:30' }),
  FAX_GATEWAY_SENDERS: Type.Optional(Type.String()),
  FAX_WEBHOOK_SECRET: Type.Optional(Type.String({ minLength: 16 })),
  /** bearer token for GET /metrics (Prometheus); unset: /metrics answers only on this machine (loopback) */
  METRICS_TOKEN: Type.Optional(Type.String({ minLength: 16 })),
  /** embedded installation: where the daily base backups (base/) and the WAL archive (wal/) go; default SUQIU_DATA_DIR/backups */
  BACKUP_DIR: Type.Optional(Type.String({ minLength: 1 })),
  /** days the daily base backups are kept (the newest always is), with the WAL they need; 0: no daily backup, no WAL archive */
  BACKUP_KEEP_DAYS: Type.Integer({ minimum: 0, maximum: 3650, default: 7 }),
  /** Beijing time of the daily backup, HH:MM */
  BACKUP_TIME: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', default: '02:30' }),
  /** seconds after which a WAL segment with changes is archived even if not full (archive_timeout): the most a restore from the archive can miss */
  BACKUP_WAL_SECONDS: Type.Integer({ minimum: 60, maximum: 86400, default: 3600 }),
  /** an export of more rows than this runs as a job whose file the user downloads from 我的导出 (issue 20) */
  EXPORT_JOB_ROWS: Type.Integer({ minimum: 1, maximum: 10_000_000, default: 10_000 }),
  /** hours an export job's file is kept before it is deleted */
  EXPORT_KEEP_HOURS: Type.Integer({ minimum: 1, maximum: 24 * 30, default: 72 }),
  /** days a stored nightly hotspot run is kept (the newest always is) */
  HOTSPOT_RUNS_KEEP_DAYS: Type.Integer({ minimum: 1, maximum: 3650, default: 30 }),
  /** the centre named as 权力主体 on the published process chart (办理流程图, issue 23) */
  SUQIU_CENTRE_NAME: Type.String({ minLength: 2, maxLength: 60, default: '昆明市群众诉求中心' }),
  /** the legal basis printed on the process chart; several texts separated by ； */
  SUQIU_LEGAL_BASIS: Type.String({ minLength: 2, maxLength: 1000, default: '《昆明市权力公开透明运行实施办法》（2014年）第四条、第五条；《信访工作条例》（2022年）；《纪检监察机关处理检举控告工作规则》（2020年）' }),
})
export type RawConfig = Static<typeof ConfigSchema>

export interface Config extends Omit<RawConfig, 'SUQIU_SECRET' | 'PUBLIC_BASE_URL'> {
  SUQIU_SECRET: string
  PUBLIC_BASE_URL: string
  dataDir: string
  /** BACKUP_DIR resolved (default SUQIU_DATA_DIR/backups) */
  backupDir: string
}

export class ConfigError extends Error {
  constructor(readonly setting: string, detail: string) {
    super(`配置错误 / invalid setting ${setting}: ${detail}`)
    this.name = 'ConfigError'
  }
}

const BOOLEAN_KEYS = new Set(['SUQIU_DEMO'])

/** TRUST_PROXY from the environment: true/false, a hop count, or a comma-separated list of addresses and ranges. */
function parseTrustProxy(value: string): unknown {
  if (['1', 'true', 'yes'].includes(value.toLowerCase())) return 1
  if (['0', 'false', 'no'].includes(value.toLowerCase())) return false
  if (/^\d+$/.test(value)) return Number(value)
  return value.split(',').map((a) => a.trim()).filter(Boolean)
}
const INTEGER_KEYS = new Set(['PORT', 'BACKUP_KEEP_DAYS', 'BACKUP_WAL_SECONDS', 'MAILBOX_LEASE_SECONDS', 'HOTSPOT_RUNS_KEEP_DAYS'])

/** Validates settings from an environment (process.env by default). Throws ConfigError naming the setting. */
export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: Partial<RawConfig> = {}): Config {
  const input: Record<string, unknown> = {}
  for (const key of Object.keys(ConfigSchema.properties)) {
    const value = env[key]
    if (value === undefined || value === '') continue
    if (INTEGER_KEYS.has(key)) input[key] = /^\d+$/.test(value) ? Number(value) : value
    else if (key === 'TRUST_PROXY') input[key] = parseTrustProxy(value)
    else if (BOOLEAN_KEYS.has(key)) input[key] = ['1', 'true', 'yes'].includes(value.toLowerCase()) ? true : ['0', 'false', 'no'].includes(value.toLowerCase()) ? false : value
    else input[key] = value
  }
  Object.assign(input, overrides)
  const withDefaults = Value.Default(ConfigSchema, input)
  const first = Value.Errors(ConfigSchema, withDefaults).First()
  if (first) {
    const setting = first.path.replace(/^\//, '') || 'config'
    // secrets and URLs with passwords are never echoed back
    const shown = /SECRET|TOKEN|PASSWORD|_URL$/.test(setting) ? '(value hidden)' : `(got ${JSON.stringify(first.value)})`
    const allowed = setting === 'LOG_LEVEL' ? ' — one of fatal, error, warn, info, debug, trace, silent' : ''
    throw new ConfigError(setting, `${first.message}${allowed} ${shown}`)
  }
  const raw = withDefaults as RawConfig
  const dataDir = path.resolve(raw.SUQIU_DATA_DIR)
  if (raw.SUQIU_DEMO && raw.NODE_ENV === 'production') throw new ConfigError('SUQIU_DEMO', 'demo users are not created when NODE_ENV=production (演示账号不能用于生产环境)')
  if (raw.DATABASE_OWNER_URL && !raw.DATABASE_URL) throw new ConfigError('DATABASE_OWNER_URL', 'needs DATABASE_URL too (the role the service runs as)')
  if (raw.TWILIO_ACCOUNT_SID && !raw.TWILIO_AUTH_TOKEN) throw new ConfigError('TWILIO_AUTH_TOKEN', 'required when TWILIO_ACCOUNT_SID is set')
  return {
    ...raw,
    // never Fastify's `true` (the left-most, client-written address): one proxy in front
    TRUST_PROXY: raw.TRUST_PROXY === true ? 1 : raw.TRUST_PROXY,
    dataDir,
    backupDir: path.resolve(raw.BACKUP_DIR ?? path.join(dataDir, 'backups')),
    SUQIU_SECRET: raw.SUQIU_SECRET ?? readOrCreateSecret(dataDir),
    PUBLIC_BASE_URL: (raw.PUBLIC_BASE_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, ''),
  }
}

/** SUQIU_SECRET may be left out: one is generated on first start and kept in the data directory. */
function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret')
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim()
    if (secret.length < 32) throw new ConfigError('SUQIU_SECRET', `${file} holds fewer than 32 characters`)
    return secret
  }
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('base64url')
  writeFileSync(file, secret + '\n', { mode: 0o600 })
  return secret
}
