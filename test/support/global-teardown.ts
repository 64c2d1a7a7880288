import { rmSync } from 'node:fs';

/** Removes the run's temporary directory (see the global setup). */
export default function tearDown(): void {
  const runDirectory = process.env['CERTIFICATES_TEST_RUN_DIR'];
  if (runDirectory) rmSync(runDirectory, { recursive: true, force: true, maxRetries: 3 });
}
