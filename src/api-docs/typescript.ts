// The browser's types, generated from the OpenAPI document (openapi-typescript) into src/web/shared/api-schema.d.ts:
// the console and portal compile against them, so a changed route breaks the browser build, not a user.
// test/api-types.test.ts fails when the checked-in file differs from what the current routes generate.
import path from 'node:path'
import openapiTS, { astToString } from 'openapi-typescript'
import { projectRoot } from '../paths.js'

export const API_SCHEMA_FILE = path.join(projectRoot, 'src', 'web', 'shared', 'api-schema.d.ts')

const HEADER = [
  '// Generated from /api/openapi.json by openapi-typescript: do not edit. `npm run api:types` writes it again',
  '// (test/api-types.test.ts fails when it differs from what the routes generate).',
  '',
].join('\n')

export async function apiTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as never, { alphabetize: true })
  return HEADER + astToString(ast)
}
