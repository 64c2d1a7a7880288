import '../runtime/require-node-24';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/config';
import { createApp } from '../create-app';
import { DOCUMENTED_SETTINGS } from '../http/contract/documented-settings';

/** Prints the OpenAPI document, as the service serves it at /docs/json; `npm run openapi` saves it. */
async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'certificates-openapi-'));
  try {
    const config = loadConfig({
      DATA_DIR: directory,
      AUTH_JWT_SECRET: 'only-to-build-the-document-never-to-sign-0123456789',
      ...DOCUMENTED_SETTINGS,
    });
    const app = await createApp(config);
    const answer = await app.inject({ method: 'GET', url: '/docs/json' });
    await app.close();
    process.stdout.write(answer.body);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`The OpenAPI document could not be built: ${String(error)}\n`);
  process.exit(1);
});
