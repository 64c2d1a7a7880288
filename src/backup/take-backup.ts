import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { type Config, isInside } from '../config/config';
import { type CheckpointDoc, REACTORS } from '../reactors/reactor';
import { readCollectionOfFile } from '../read-store/sqlite/sqlite-read-store';
import { copyHashed, filesBelow, hashOf, inPool } from './copy-hashed';
import { embeddedOnly } from './embedded-only';
import { serviceVersion } from './service-version';
import {
  MANIFEST,
  SNAPSHOT_FORMAT,
  SNAPSHOT_PATHS,
  type SnapshotFile,
  type SnapshotManifest,
  SnapshotRefused,
} from './snapshot-manifest';

// All pages in one step: one read transaction, which WAL lets appends run beside. Stepping a few
// pages at a time would start again at every append of the running service, and never end.
const ALL_PAGES = 2 ** 31 - 1;

/** Files copied and hashed at once: enough to keep libuv's threads and the disk busy. */
const COPIES_AT_ONCE = 8;

/**
 * A consistent snapshot of a running embedded service into an empty `folder`: the event log
 * first (SQLite's online backup), then the key store (every key the snapshot's log was sealed
 * under was on disk before its event), then the files and the issuer keys (every file and key
 * the snapshot's log names was written before its event), then the manifest, last. Read models
 * are left out: a restore rebuilds them.
 */
export async function takeBackup(
  config: Config,
  folder: string,
  now: () => Date = () => new Date(),
): Promise<SnapshotManifest> {
  embeddedOnly(config, 'backup');
  const target = resolve(folder);
  await emptyFolder(target, config.DATA_DIR);
  const log = join(config.DATA_DIR, SNAPSHOT_PATHS.log);
  if (!existsSync(log)) throw new SnapshotRefused(`${log} does not exist: nothing to back up`);

  const checkpoints = readCollectionOfFile<CheckpointDoc>(
    join(config.DATA_DIR, 'read-models.sqlite'),
    REACTORS,
  );
  const files: SnapshotFile[] = [];
  const logPosition = await copyDatabase(log, target, SNAPSHOT_PATHS.log);
  // The log's copy is hashed while the rest is copied (hashing is CPU, copying mostly I/O).
  const logHashed = hashOf(join(target, SNAPSHOT_PATHS.log));
  logHashed.catch(() => undefined); // awaited below; a copy failing first is the error to report
  const keys = join(config.DATA_DIR, SNAPSHOT_PATHS.keys);
  if (existsSync(keys)) {
    await copyDatabase(keys, target, SNAPSHOT_PATHS.keys);
    files.push({ path: SNAPSHOT_PATHS.keys, ...(await hashOf(join(target, SNAPSHOT_PATHS.keys))) });
  }
  await copyFolder(join(config.DATA_DIR, 'files'), target, SNAPSHOT_PATHS.files, files, 'tmp/');
  await copyFolder(config.ISSUER_KEYS_DIR, target, SNAPSHOT_PATHS.issuerKeys, files);
  for (const secret of SNAPSHOT_PATHS.secrets) {
    const from = join(config.DATA_DIR, secret);
    if (existsSync(from)) files.push(await copyHashed(from, target, secret));
  }

  files.unshift({ path: SNAPSHOT_PATHS.log, ...(await logHashed) });
  const manifest: SnapshotManifest = {
    format: SNAPSHOT_FORMAT,
    service: serviceVersion(),
    createdAt: now().toISOString(),
    logPosition: String(logPosition),
    reactorCheckpoints: Object.fromEntries(
      checkpoints.flatMap(({ _id, position }) => (position === null ? [] : [[_id, position]])),
    ),
    files,
  };
  const temporary = join(target, `${MANIFEST}.part`);
  await writeFile(temporary, `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
  await rename(temporary, join(target, MANIFEST));
  return manifest;
}

async function emptyFolder(target: string, dataDir: string): Promise<void> {
  if (isInside(dataDir, target))
    throw new SnapshotRefused(`${target} is inside DATA_DIR: a backup belongs elsewhere`);
  let info;
  try {
    info = await stat(target);
  } catch {
    await mkdir(target, { recursive: true, mode: 0o700 });
    return;
  }
  if (!info.isDirectory()) throw new SnapshotRefused(`${target} is not a folder`);
  if ((await readdir(target)).length > 0)
    throw new SnapshotRefused(`${target} is not empty: a backup goes into an empty folder`);
}

/** Copies a live SQLite database in one consistent read; answers its newest log position. */
async function copyDatabase(from: string, target: string, path: string): Promise<bigint> {
  const source = new DatabaseSync(from, { readOnly: true });
  try {
    source.exec('PRAGMA busy_timeout = 5000');
    await backup(source, join(target, path), { rate: ALL_PAGES });
  } finally {
    source.close();
  }
  // One file, no WAL beside it: its hash is the file's; the service turns WAL on when it opens it.
  const copy = new DatabaseSync(join(target, path));
  let position = 0n;
  try {
    copy.exec('PRAGMA journal_mode = DELETE');
    if (path === SNAPSHOT_PATHS.log) {
      const head = copy.prepare('SELECT MAX(position) AS position FROM events');
      head.setReadBigInts(true);
      position = (head.get() as { position: bigint | null }).position ?? 0n;
    }
  } finally {
    copy.close();
  }
  return position;
}

async function copyFolder(
  from: string,
  target: string,
  path: string,
  files: SnapshotFile[],
  skip?: string,
): Promise<void> {
  const listed = (await filesBelow(from)).filter((file) => !skip || !file.startsWith(skip));
  const copied = await inPool(listed, COPIES_AT_ONCE, async (file) => {
    try {
      return await copyHashed(join(from, file), target, `${path}/${file}`);
    } catch (error) {
      // Deleted since it was listed (an erasure): the erasure is in the log after the snapshot's.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return null;
    }
  });
  files.push(...copied.filter((file) => file !== null));
}
