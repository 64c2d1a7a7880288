import '../runtime/require-node-24';
import { ConfigError, loadConfig, type Config } from '../config/config';
import { createPrivateFilesOnly } from '../config/private-data-dir';
import { SnapshotRefused } from '../backup/snapshot-manifest';

/**
 * `npm run backup|restore -- <folder>`: one folder argument, else the usage (exit 2); a refusal
 * is one line on stderr (exit 2), anything else its stack (exit 1).
 */
export function snapshotCommand(
  name: 'backup' | 'restore',
  usage: string,
  task: (config: Config, folder: string) => Promise<void>,
): void {
  // A snapshot holds the key store, the issuer keys and the secrets: readable by its owner only.
  createPrivateFilesOnly();
  const [folder, ...rest] = process.argv.slice(2);
  if (!folder || rest.length > 0 || folder.startsWith('-')) {
    process.stderr.write(`${usage}\n`);
    process.exitCode = 2;
    return;
  }
  Promise.resolve()
    .then(() => task(loadConfig(), folder))
    .catch((error: unknown) => {
      if (error instanceof SnapshotRefused || error instanceof ConfigError) {
        process.stderr.write(`${name} refused, nothing changed: ${error.message}\n`);
        process.exit(2);
      }
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    });
}
