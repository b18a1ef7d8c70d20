// Locates files that ship beside the code (migrations, web build), from src/ or from dist/src/.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const pkg = path.join(dir, 'package.json')
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'suqiu') return dir
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error('cannot find the suqiu package root')
    dir = parent
  }
}

export const projectRoot = findRoot()
export const migrationsDir = path.join(projectRoot, 'db', 'migrations')
