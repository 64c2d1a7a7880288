import { takeBackup } from '../backup/take-backup';
import { snapshotCommand } from './snapshot-command';

const usage = `Usage: npm run backup -- <folder>
  A consistent snapshot of the embedded stores under DATA_DIR (the service may run) into an
  empty folder, with a manifest of every file's size and SHA-256. See docs/backup-and-restore.md.`;

snapshotCommand('backup', usage, async (config, folder) => {
  const started = Date.now();
  const manifest = await takeBackup(config, folder);
  const bytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `backed up log position ${manifest.logPosition}: ${manifest.files.length} files, ${bytes.toLocaleString('en')} bytes in ${seconds} s, into ${folder}\n`,
  );
});
