// `npm run event-schemas`: writes event-schemas/<Type>/v<N>.schema.json and the metadata's from
// the zod contracts in src/events (through the build), and deletes the schema files they no
// longer define. Samples and the README are left alone. Commit the result; `npm test` fails when
// a file is stale, missing or extra (test/event-schemas/published-schemas.unit.spec.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as prettier from 'prettier';

const FOLDER = 'event-schemas';
const SCHEMA_FILE = /^v[1-9]\d*\.schema\.json$/;

execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], { stdio: 'inherit' });
const { publishedSchemas } = createRequire(import.meta.url)('../dist/events/json-schemas.js');

/** As Prettier writes it: indented first, since Prettier keeps an object broken when it was. */
async function formatted(path, schema) {
  const options = await prettier.resolveConfig(path);
  return prettier.format(JSON.stringify(schema, null, 2), { ...options, filepath: path });
}

const wanted = new Set();
let written = 0;
for (const { path, schema } of publishedSchemas()) {
  const file = join(FOLDER, path);
  wanted.add(file);
  const text = await formatted(file, schema);
  let current = null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // a new type or version
  }
  if (current === text) continue;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  written++;
}

let deleted = 0;
for (const folder of readdirSync(FOLDER, { withFileTypes: true })) {
  if (!folder.isDirectory()) continue;
  const dir = join(FOLDER, folder.name);
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (!SCHEMA_FILE.test(name) || wanted.has(file)) continue;
    rmSync(file);
    deleted++;
  }
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}
process.stdout.write(
  `${FOLDER}/: ${wanted.size} schemas, ${written} written, ${deleted} deleted\n`,
);
