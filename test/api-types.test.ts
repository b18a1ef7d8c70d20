// The browser's generated API types (src/web/shared/api-schema.d.ts) are what the current routes generate (issue 25):
// a route whose schema changed without `npm run api:types` fails here, before the browser build drifts.
// SUQIU_WRITE_API_TYPES=1 writes the file instead of comparing.
import t from 'tap'
import { readFileSync, writeFileSync } from 'node:fs'
import { buildTestApp } from './helper.js'
import { API_SCHEMA_FILE, apiTypes } from '../src/api-docs/typescript.js'

t.test('the checked-in API types match the routes', async (t) => {
  const { app } = await buildTestApp(t)
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
  const generated = await apiTypes(doc)
  if (process.env.SUQIU_WRITE_API_TYPES) {
    writeFileSync(API_SCHEMA_FILE, generated)
    t.pass(`wrote ${API_SCHEMA_FILE}`)
    return
  }
  const checkedIn = readFileSync(API_SCHEMA_FILE, 'utf8')
  t.ok(generated.includes('"/api/cases/{id}/events"') && generated.includes('CaseEvent_DISPATCH'), 'the types name the routes and the events')
  t.equal(checkedIn, generated, 'src/web/shared/api-schema.d.ts is up to date (SUQIU_WRITE_API_TYPES=1 npx tap test/api-types.test.ts, or npm run api:types against a running server)')
})
