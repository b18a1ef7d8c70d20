// tap --after: stops the run's PostgreSQL and removes its files.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { readState, stateFile } from './state.js'

try {
  const state = readState()
  if (state.clusterDir && state.pgCtl) {
    try {
      execFileSync(state.pgCtl, ['-D', state.clusterDir, '-m', 'immediate', '-w', '-t', '30', 'stop'], {
        stdio: 'ignore', ...(state.uid !== null ? { uid: state.uid, gid: state.gid! } : {}),
      })
    } catch (err) {
      process.stderr.write(`[test-db] pg_ctl stop failed: ${err}\n`)
    }
    rmSync(path.dirname(state.clusterDir), { recursive: true, force: true })
  }
  rmSync(stateFile, { force: true })
} catch (err) {
  process.stderr.write(`[test-db] ${err}\n`)
}
