// Where the test run's PostgreSQL is described, between the before script, the test files and the after script.
import path from 'node:path'
import { readFileSync } from 'node:fs'
import { projectRoot } from '../../src/paths.js'

export interface TestDbState {
  adminUrl: string
  template: string
  clusterDir: string | null
  pgCtl: string | null
  uid: number | null
  gid: number | null
  /** the role the apps of the tests run as (LOGIN, owns nothing: src/db/roles.ts) */
  appRole: { user: string; password: string }
}

// Keyed by the tap runner's pid (the parent of the before script, the after script and every test file), so runs side by side do not meet.
export const stateFile = process.env.SUQIU_TEST_DB_STATE ?? path.join(projectRoot, '.tap', `test-db-${process.ppid}.json`)
export const TEMPLATE_DB = 'suqiu_template'
export const TEST_APP_ROLE = { user: 'suqiu_app', password: 'test-app' }

export function readState(): TestDbState {
  try {
    return JSON.parse(readFileSync(stateFile, 'utf8'))
  } catch {
    throw new Error(`no test database: run the tests with \`npm test\` (tap starts PostgreSQL in test/setup/before.ts), missing ${stateFile}`)
  }
}
