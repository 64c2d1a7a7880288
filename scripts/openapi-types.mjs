// The TypeScript client's types, generated from openapi.json by openapi-typescript.
// `node scripts/openapi-types.mjs` writes them; with --check it only says whether they are current.
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

export const TYPES = 'clients/typescript/src/schema.d.ts';

const BANNER = `// Generated from openapi.json by \`npm run openapi\` (openapi-typescript). Do not edit.\n\n`;

export async function typesOf(documentText) {
  const ast = await openapiTS(JSON.parse(documentText));
  const text = BANNER + astToString(ast);
  const options = await prettier.resolveConfig(TYPES);
  return prettier.format(text, { ...options, filepath: TYPES });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const types = await typesOf(readFileSync('openapi.json', 'utf8'));
  if (!process.argv.includes('--check')) writeFileSync(TYPES, types);
  else if (readFileSync(TYPES, 'utf8') !== types) {
    process.stderr.write(`${TYPES} is stale: run \`npm run openapi\` and commit the result.\n`);
    process.exit(1);
  }
}
