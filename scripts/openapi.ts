/**
 * npm run docs:openapi
 *
 * Writes docs/openapi.json, the service's API contract (OpenAPI 3.1) as `GET /openapi.json`
 * serves it, built from the handlers' own schemas (infra/openapi.ts), for readers without a
 * running service. test/unit/openapi.test.ts fails when the file is not what this writes.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { openApiDocument } from '../infra/openapi.ts';

/** The file's text: the document as the local runtime serves it, with a final newline. */
export const openApiFile = () => `${JSON.stringify(openApiDocument(), null, 2)}\n`;

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  writeFileSync(new URL('../docs/openapi.json', import.meta.url), openApiFile());
  console.log('wrote docs/openapi.json');
}
