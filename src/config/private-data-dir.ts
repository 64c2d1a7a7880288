import { mkdirSync, statSync } from 'node:fs';

/**
 * Everything this process (and the background processes it starts, which inherit it) creates
 * is readable by the service's user only: folders 0700, files 0600, whatever creates them (the
 * SQLite stores, the file store, the key stores). Called first by every entry point.
 */
export function createPrivateFilesOnly(): void {
  process.umask(0o077);
}

/**
 * DATA_DIR itself, created 0700 when it does not exist yet. One that exists is left as the
 * operator made it; if others may read it, `warn` says so and how to close it.
 */
export function preparePrivateDataDir(dataDir: string, warn: (message: string) => void): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const mode = statSync(dataDir).mode & 0o777;
  if ((mode & 0o077) !== 0)
    warn(
      `DATA_DIR ${dataDir} is open to other users (mode ${mode.toString(8)}); ` +
        `what the service creates in it is private, but files made before may not be: ` +
        `chmod -R go= ${dataDir}`,
    );
}
