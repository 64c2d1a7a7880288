import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { type Config, isInside } from '../config/config';
import { type CheckpointDoc, REACTORS } from '../reactors/reactor';
import { readCollectionOfFile } from '../read-store/sqlite/sqlite-read-store';
import { copyDatabase } from './copy-database';
import { filesBelow } from './copy-hashed';
import { CopyThreads } from './copy-thread';
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

/** The machines this runs on have two cores or more; the service keeps its own thread. */
const COPY_THREADS = 2;

/**
 * A consistent snapshot of a running embedded service into an empty `folder`: the event log
 * first (a committed state of it: copy-database.ts), then the key store (every key the
 * snapshot's log was sealed under was on disk before its event), then the files and the issuer
 * keys (every file and key the snapshot's log names was written before its event), then the
 * manifest, last. Read models are left out: a restore rebuilds them.
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
  // The log's copy is hashed on one thread while the rest is copied on the other: two cores.
  const threads = new CopyThreads(COPY_THREADS);
  let files: SnapshotFile[];
  let logPosition: bigint;
  try {
    await copyDatabase(log, join(target, SNAPSHOT_PATHS.log));
    logPosition = headOf(join(target, SNAPSHOT_PATHS.log));
    const logHashed = threads.hash(join(target, SNAPSHOT_PATHS.log));
    logHashed.catch(() => undefined); // awaited below; a copy failing first is the error to report
    files = await copyTheRest(config, target, threads);
    files.unshift({ path: SNAPSHOT_PATHS.log, ...(await logHashed) });
  } finally {
    await threads.close();
  }
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

/** The position of the last event in a copy of the log ("0" for an empty log). */
function headOf(copy: string): bigint {
  const db = new DatabaseSync(copy, { readOnly: true });
  try {
    const head = db.prepare('SELECT MAX(position) AS position FROM events');
    head.setReadBigInts(true);
    return (head.get() as { position: bigint | null }).position ?? 0n;
  } finally {
    db.close();
  }
}

/** What the snapshot holds besides the log, each copied after the log was. */
async function copyTheRest(config: Config, target: string, threads: CopyThreads) {
  const files: SnapshotFile[] = [];
  const keys = join(config.DATA_DIR, SNAPSHOT_PATHS.keys);
  if (existsSync(keys)) {
    await copyDatabase(keys, join(target, SNAPSHOT_PATHS.keys));
    files.push({
      path: SNAPSHOT_PATHS.keys,
      ...(await threads.hash(join(target, SNAPSHOT_PATHS.keys))),
    });
  }
  const listed = [
    ...(await below(join(config.DATA_DIR, 'files'), SNAPSHOT_PATHS.files, 'tmp/')),
    ...(await below(config.ISSUER_KEYS_DIR, SNAPSHOT_PATHS.issuerKeys)),
    ...SNAPSHOT_PATHS.secrets.map((secret) => [join(config.DATA_DIR, secret), secret] as const),
  ];
  const copied = await threads.copy(listed.map(([from, path]) => [from, join(target, path)]));
  // A file gone since it was listed (an erasure, a secret never made): the erasure is in the log
  // after the snapshot's.
  listed.forEach(([, path], index) => {
    const hashed = copied[index];
    if (hashed) files.push({ path, ...hashed });
  });
  return files;
}

/** Every file below `from` (but those under `skip`), each with its path in the snapshot. */
async function below(
  from: string,
  path: string,
  skip?: string,
): Promise<(readonly [string, string])[]> {
  return (await filesBelow(from))
    .filter((file) => !skip || !file.startsWith(skip))
    .map((file) => [join(from, file), `${path}/${file}`] as const);
}
