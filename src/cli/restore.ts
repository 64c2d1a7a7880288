import { restoreBackup } from '../backup/restore-backup';
import { snapshotCommand } from './snapshot-command';

const usage = `Usage: npm run restore -- <folder>
  With the service stopped: checks the snapshot against its manifest, puts it in DATA_DIR,
  re-applies every erasure (from the replaced DATA_DIR and ERASURE_JOURNAL) and rebuilds the
  read models. See docs/backup-and-restore.md.`;

snapshotCommand('restore', usage, async (config, folder) => {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  await restoreBackup(config, folder, say);
  say('restored: the service can start');
});
