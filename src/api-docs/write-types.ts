// `npm run api:types`: builds the app on a throw-away embedded PostgreSQL (as the tests do), takes its OpenAPI
// document and writes the browser's types (src/api-docs/typescript.ts). With SUQIU_API set, takes the document
// from that running server instead.
import { writeFile } from 'node:fs/promises'
import { API_SCHEMA_FILE, apiTypes } from './typescript.js'

async function documentFromServer(base: string): Promise<object> {
  const res = await fetch(new URL('/api/openapi.json', base))
  if (!res.ok) throw new Error(`${base}/api/openapi.json answered ${res.status}`)
  return (await res.json()) as object
}

const base = process.env.SUQIU_API
if (!base) {
  process.stderr.write('Set SUQIU_API to a running server (e.g. SUQIU_API=http://localhost:3000 npm run api:types after npm start),\n' +
    'or run SUQIU_WRITE_API_TYPES=1 npx tap test/api-types.test.ts, which builds the app on the test database and writes the file.\n')
  process.exit(2)
}
await writeFile(API_SCHEMA_FILE, await apiTypes(await documentFromServer(base)))
process.stdout.write(`wrote ${API_SCHEMA_FILE}\n`)
