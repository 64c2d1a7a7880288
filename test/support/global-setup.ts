import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/**
 * Tests that start the service as its own process run the compiled `dist/`, as production does.
 * It is built here once, before any test file runs, so no two specs compile into it at once.
 *
 * Every temporary directory of the run goes under one of its own: many specs leave theirs
 * behind (a data directory a failed test may need looked at, Chromium's profiles, the files of
 * a killed service), and a machine that runs the suite often filled its disk with them. The
 * workers and the processes they start inherit `TMPDIR`, which `os.tmpdir()` reads; the global
 * teardown removes the directory.
 */
export default function setUp(): void {
  const runDirectory = mkdtempSync(join(tmpdir(), 'certificates-tests-'));
  process.env['CERTIFICATES_TEST_RUN_DIR'] = runDirectory;
  process.env['TMPDIR'] = runDirectory;
  execFileSync(process.execPath, [
    join(ROOT, 'node_modules/typescript/bin/tsc'),
    '-p',
    join(ROOT, 'tsconfig.build.json'),
  ]);
}
