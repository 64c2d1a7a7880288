import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { publishedSchemas } from '../../src/events/json-schemas';

const FOLDER = join(__dirname, '../../event-schemas');
const SCHEMA_FILE = /^v[1-9]\d*\.schema\.json$/;

/** What `npm run event-schemas` writes: the JSON indented, then as Prettier formats it. */
async function generated(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const { path, schema } of publishedSchemas()) {
    const file = join(FOLDER, path);
    const options = await prettier.resolveConfig(file);
    const text = await prettier.format(JSON.stringify(schema, null, 2), {
      ...options,
      filepath: file,
    });
    files.set(path, text);
  }
  return files;
}

/** Every schema file in event-schemas/, by its path there; samples and the README are not. */
function committed(): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of readdirSync(FOLDER, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(FOLDER, folder.name)).filter((n) => SCHEMA_FILE.test(n)))
      files.set(`${folder.name}/${name}`, readFileSync(join(FOLDER, folder.name, name), 'utf8'));
  }
  return files;
}

/** event-schemas/ is published for readers of the log: it must say what src/events says. */
describe('event-schemas/, generated from the zod contracts in src/events', () => {
  it('holds exactly the generated schemas, byte for byte (else: npm run event-schemas)', async () => {
    const expected = await generated();
    const actual = committed();
    const problems = [
      ...[...expected.keys()]
        .filter((path) => !actual.has(path))
        .map((path) => `${path} is missing`),
      ...[...actual.keys()].filter((path) => !expected.has(path)).map((path) => `${path} is extra`),
      ...[...expected]
        .filter(([path, text]) => actual.has(path) && actual.get(path) !== text)
        .map(([path]) => `${path} differs`),
    ];
    if (problems.length > 0)
      throw new Error(
        `event-schemas/ is stale: ${problems.join('; ')}. Run \`npm run event-schemas\` and commit the result.`,
      );
  });

  it('publishes one schema per event type and version, and the metadata', () => {
    const paths = publishedSchemas().map(({ path }) => path);

    expect(paths).toContain('metadata/v1.schema.json');
    expect(paths).toContain('LearnerProfileRecorded/v1.schema.json');
    expect(paths).toContain('LearnerProfileRecorded/v2.schema.json');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('names each schema by its path, titles it by type and version, and describes it', () => {
    for (const { path, schema } of publishedSchemas()) {
      const [folder, file] = path.split('/');
      const version = file!.replace('.schema.json', '');
      expect(schema).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `${folder}/${version}`,
        title: expect.stringMatching(new RegExp(` ${version}$`)) as unknown,
        description: expect.any(String) as unknown,
        type: 'object',
        additionalProperties: false,
      });
    }
  });
});
