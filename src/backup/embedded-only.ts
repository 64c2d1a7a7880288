import type { Config } from '../config/config';
import { SnapshotRefused } from './snapshot-manifest';

/**
 * Backup and restore copy the embedded stores; a deployment on KurrentDB, MongoDB or GridFS
 * backs those up with their own tools (docs/backup-and-restore.md).
 */
export function embeddedOnly(
  config: Pick<Config, 'EVENT_STORE' | 'READ_STORE' | 'FILE_STORE'>,
  what: 'backup' | 'restore',
): void {
  const servers = [
    config.EVENT_STORE !== 'sqlite' && `EVENT_STORE=${config.EVENT_STORE}`,
    config.READ_STORE !== 'sqlite' && `READ_STORE=${config.READ_STORE}`,
    config.FILE_STORE !== 'disk' && `FILE_STORE=${config.FILE_STORE}`,
  ].filter(Boolean);
  if (servers.length > 0)
    throw new SnapshotRefused(
      `npm run ${what} works on the embedded stores; with ${servers.join(', ')} use the servers' own backups (docs/backup-and-restore.md)`,
    );
}
