import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/**
 * Tests that start the service as its own process run the compiled `dist/`, as production does.
 * It is built here once, before any test file runs, so no two specs compile into it at once.
 */
export default function buildOnce(): void {
  execFileSync(process.execPath, [
    join(ROOT, 'node_modules/typescript/bin/tsc'),
    '-p',
    join(ROOT, 'tsconfig.build.json'),
  ]);
}
