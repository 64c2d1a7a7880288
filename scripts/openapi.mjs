// `npm run openapi`: rebuilds openapi.json from the controllers' zod schemas (through the service's
// own /docs/json), then the TypeScript client's types from it. Commit both; `npm test` fails when
// either is stale.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { TYPES, typesOf } from './openapi-types.mjs';

execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], { stdio: 'inherit' });
const json = execFileSync(process.execPath, ['dist/cli/openapi.js'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const options = await prettier.resolveConfig('openapi.json');
const document = await prettier.format(json, { ...options, filepath: 'openapi.json' });
writeFileSync('openapi.json', document);
writeFileSync(TYPES, await typesOf(document));
process.stdout.write(`Wrote openapi.json and ${TYPES}\n`);
