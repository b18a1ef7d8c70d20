#!/usr/bin/env node
// The `suqiu` command-line entry (see commands.ts).
import { runCli } from './commands.js'
import './fax-sign.js'

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => { process.stderr.write(String(err?.stack ?? err) + '\n'); process.exit(1) },
)
