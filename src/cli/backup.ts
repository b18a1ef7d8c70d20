// `suqiu backup [--to DIR]` and `suqiu restore FROM` for the embedded installation (README "Backups").
import path from 'node:path'
import { parseArgs } from 'node:util'
import pino from 'pino'
import { startEmbeddedPostgres } from '../db/embedded.js'
import { ensureDatabase, pgClient } from '../db/index.js'
import { recordRestore } from '../audit/anchors.js'
import { archiveEnd, archiveOf, backupInstallation, readManifest, recoverFromArchive, restoreInstallation, runningServerUrl, secretFingerprint } from '../ops/backup.js'
import type { CliContext } from './commands.js'

type Command = { usage: string; offline: true; run(ctx: CliContext, args: string[]): Promise<number> }

const WITH_DATABASE_URL = 'with DATABASE_URL the database service keeps the backups: enable its point-in-time recovery (PITR), and copy SUQIU_DATA_DIR/files (the attachments) on your own schedule'

export const backupCommands: Record<string, Command> = {
  backup: {
    usage: 'backup [--to DIR]                        online backup of the embedded database and the attachments (default ./backups/<time>)',
    offline: true,
    async run({ config, out }, args) {
      const { values } = parseArgs({ args, options: { to: { type: 'string' } } })
      if (config.DATABASE_URL) { out(`refused: ${WITH_DATABASE_URL}`); return 2 }
      const clusterDir = path.join(config.dataDir, 'pg')
      const to = path.resolve(values.to ?? path.join(path.dirname(config.dataDir), 'backups', new Date().toISOString().replace(/[:.]/g, '-')))
      // the service's own server when it runs (an online backup); otherwise one started for the backup
      let serverUrl = runningServerUrl(clusterDir)
      const embedded = serverUrl ? null : await startEmbeddedPostgres({ clusterDir, log: pino({ level: 'warn' }) })
      serverUrl ??= embedded!.url
      try {
        const m = await backupInstallation({ dataDir: config.dataDir, serverUrl, to, secret: config.SUQIU_SECRET, log: (l) => out(`  ${l}`) })
        out(`backup written to ${to}: ${m.files.cluster} cluster files, ${m.files.attachments} attachments, consistent at WAL ${m.stopLsn}`)
        out('SUQIU_SECRET is not in it: keep the secret apart — without it the identities in the backup cannot be read, and restore refuses')
        return 0
      } finally {
        await embedded?.stop()
      }
    },
  },
  restore: {
    usage: 'restore FROM [--base-only]               put a backup in place of this (stopped) installation, replaying the WAL archive of a daily backup to its end; the old data is kept aside',
    offline: true,
    async run({ config, out }, args) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'base-only': { type: 'boolean', default: false } } })
      const from = positionals[0] ? path.resolve(positionals[0]) : ''
      if (!from) { out('restore needs the backup folder: suqiu restore FROM'); return 2 }
      if (config.DATABASE_URL) { out(`refused: ${WITH_DATABASE_URL}`); return 2 }
      const manifest = readManifest(from)
      if (secretFingerprint(config.SUQIU_SECRET) !== manifest.secretFingerprint) {
        out('refused: SUQIU_SECRET is not the secret of the installation this backup was made from (the backup does not hold it); '
          + 'set SUQIU_SECRET to that secret, or put it in SUQIU_DATA_DIR/secret, and run restore again')
        return 1
      }
      const { keptAside } = restoreInstallation({ from, dataDir: config.dataDir })
      for (const aside of keptAside) out(`  kept the data that was there in ${aside}`)
      // a daily backup (BACKUP_DIR/base/<time>) has the WAL archive beside it: replayed to its end, the restore reaches
      // the last archived segment, not only the moment of the base backup
      const wal = values['base-only'] ? null : archiveOf(from)
      const end = wal ? archiveEnd(wal) : null
      const flags = wal ? recoverFromArchive(config.dataDir, wal) : []
      if (wal && end) out(`  replaying the WAL archive ${wal} to its end: segment ${end.segment}, archived ${end.at.toISOString()}`)
      else out(`  no WAL archive used: the data is as it was at ${manifest.finishedAt}`)
      // the restored cluster recovers (replays the backup's WAL) on this start; the audit log records the restore
      const embedded = await startEmbeddedPostgres({ clusterDir: path.join(config.dataDir, 'pg'), log: pino({ level: 'warn' }), flags })
      try {
        const sql = pgClient(await ensureDatabase(embedded.url, 'suqiu'), { max: 1, onnotice: () => {} })
        try {
          await recordRestore(sql, config.SUQIU_SECRET, { backupAt: new Date(manifest.finishedAt), label: manifest.label })
        } finally {
          await sql.end({ timeout: 5 })
        }
      } finally {
        await embedded.stop()
      }
      out(`restored ${from} (taken ${manifest.finishedAt}${end ? `, with the WAL archived until ${end.at.toISOString()}` : ''}) into ${config.dataDir}; the restore is recorded in the audit log — start the service`)
      return 0
    },
  },
}
