// `suqiu audit verify`, `suqiu audit anchor` and `suqiu db grants` (README "Audit log" and "Database roles").
import { parseArgs } from 'node:util'
import { describeResult, verifyAudit } from '../audit/verify.js'
import { anchorsDir, lastFullDay, makeAnchor } from '../audit/anchors.js'
import { APP_ROLE, grantsScript, roleOfUrl } from '../db/roles.js'
import type { CliContext } from './commands.js'

type Command = { usage: string; run(ctx: CliContext, args: string[]): Promise<number> }

export const auditCommands: Record<string, Command> = {
  'audit verify': {
    usage: 'audit verify [--anchors DIR]              check the audit chains, the cases\' state and the anchors (DIR: the published copies)',
    async run({ sql, config, out }, args) {
      const { values } = parseArgs({ args, options: { anchors: { type: 'string' } } })
      const result = await verifyAudit(sql, { secret: config.SUQIU_SECRET, anchorsDir: values.anchors ?? anchorsDir(config.dataDir) })
      for (const line of describeResult(result)) out(line)
      return result.ok ? 0 : 1
    },
  },
  'audit anchor': {
    usage: 'audit anchor [--day YYYY-MM-DD]          make (or show) a day\'s anchor and write it to the anchors folder',
    async run({ sql, config, out }, args) {
      const { values } = parseArgs({ args, options: { day: { type: 'string' } } })
      const day = values.day ?? lastFullDay(new Date())
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) { out(`--day must be YYYY-MM-DD (got ${day})`); return 2 }
      const a = await makeAnchor(sql, config.SUQIU_SECRET, config.dataDir, day)
      out(`anchor ${a.day}: ${a.chains} chains, ${a.rows} rows, root ${a.root} (in ${anchorsDir(config.dataDir)})`)
      return 0
    },
  },
  'db grants': {
    usage: 'db grants                                print the SQL that creates the owner and app roles and gives the grants',
    async run({ config, url, out }) {
      const app = config.DATABASE_URL ? roleOfUrl(config.DATABASE_URL) : APP_ROLE
      const owner = config.DATABASE_OWNER_URL ? roleOfUrl(config.DATABASE_OWNER_URL) : roleOfUrl(url)
      const database = decodeURIComponent(new URL(config.DATABASE_URL ?? url).pathname.slice(1)) || 'suqiu'
      out(grantsScript(app === owner ? 'suqiu_app' : app, owner === app ? 'suqiu_owner' : owner, database))
      return 0
    },
  },
}
