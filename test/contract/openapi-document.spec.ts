import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTED_SETTINGS } from '../../src/http/contract/documented-settings';
import { TestApp } from '../support/test-app';

const ROOT = join(__dirname, '../..');

interface Operation {
  readonly summary?: string;
  readonly responses: Record<string, { readonly content?: Record<string, { schema?: object }> }>;
}

/** What @Endpoint gives: without it an operation has no summary, no typed answer, no 400. */
const isDocumented = ({ summary, responses }: Operation) =>
  Boolean(summary) &&
  Object.entries(responses).some(
    ([status, { content }]) =>
      status.startsWith('2') && Object.values(content ?? {}).some(({ schema }) => schema),
  ) &&
  (responses['400']?.content?.['application/problem+json'] !== undefined ||
    // The OAuth endpoints of wallet issuance refuse as OAuth does, not with problem+json.
    JSON.stringify(responses['400']?.content?.['application/json']?.schema) ===
      '{"$ref":"#/components/schemas/OAuthError"}');
// Redocly's CLI reports usage and looks for updates over the network unless told not to.
const QUIET = { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
const node = (args: string[]) =>
  spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...QUIET },
  });

/** openapi.json and the client's types are published files: they must be what the code says. */
describe('The published contract', () => {
  it('openapi.json is the document the service serves (else: npm run openapi)', async () => {
    const app = await TestApp.start(DOCUMENTED_SETTINGS);
    try {
      const served = (await app.request('GET', '/docs/json')).body as unknown;
      const published = JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8')) as unknown;
      expect(published).toEqual(served);
    } finally {
      await app.close();
    }
  });

  it('documents every operation: a summary, a typed 2xx answer and its problems', () => {
    const document = JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8')) as {
      paths: Record<string, Record<string, Operation>>;
    };
    const undocumented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, operation]) => !isDocumented(operation))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(undocumented).toEqual([]);
  });

  it("the TypeScript client's types are generated from openapi.json (else: npm run openapi)", () => {
    const check = node(['scripts/openapi-types.mjs', '--check']);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it("passes Redocly's recommended rules with no error and no warning", () => {
    const lint = node(['node_modules/@redocly/cli/bin/cli.js', 'lint', '--format=summary']);
    const report = `${lint.stdout}${lint.stderr}`;
    expect(report).not.toMatch(/^(error|warning) /m);
    expect(report).toMatch(/Your API description is valid/);
    expect(lint.status).toBe(0);
  });
});
