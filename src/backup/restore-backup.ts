import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { type Clock, systemClock } from '../core/clock';
import { type Config, isInside } from '../config/config';
import { EventSchemas } from '../event-store/event-schemas';
import type { EventLog, EventStore, RecordedOfType } from '../event-store/event-store';
import { openEventStore } from '../event-store/open-event-store';
import { certificateFileKey, credentialFileKey } from '../file-store/file-keys';
import type { FileStore } from '../file-store/file-store';
import { openFileStore } from '../file-store/open-file-store';
import type { JournalledErasure } from '../personal-data/erasure-journal';
import { destroyKeysOfErased, erasuresInLog } from '../personal-data/erasures-in-log';
import { openPersonalDataKeys } from '../personal-data/open-personal-data-keys';
import { OpenedEventLog } from '../personal-data/opened-event-log';
import { learnerKeyId } from '../personal-data/personal-data-keys';
import { Projector } from '../projections/engine/projector';
import { rebuildProjections } from '../projections/engine/rebuild';
import { redactReport } from '../reactors/personal-data-erasure/redact-report';
import { saveReactorCheckpoint } from '../reactors/reactor';
import { ALL_PROJECTIONS } from '../read/all-projections';
import { learnerCertificates, reportsListing } from '../read/personal-data/erasure-scope';
import { ReadModels } from '../read/read-models';
import { openReadStore } from '../read-store/open-read-store';
import type { ReadStore } from '../read-store/read-store';
import { appendPath } from '../write/command-handling/append-path';
import { WriteModel } from '../write/command-handling/write-model';
import { eraseAgain } from '../write/learners/application/erase-again.handler';
import { checkSnapshot } from './check-snapshot';
import { embeddedOnly } from './embedded-only';
import { erasuresToKeep } from './erasures-to-keep';
import { SNAPSHOT_PATHS, type SnapshotManifest } from './snapshot-manifest';

const ERASURE_REACTOR = 'personal-data-erasure';

/** What DATA_DIR holds that a snapshot replaces (read models: rebuilt, so removed). */
const REPLACED = [
  ...[SNAPSHOT_PATHS.log, SNAPSHOT_PATHS.keys, 'read-models.sqlite'].flatMap((db) => [
    db,
    `${db}-wal`,
    `${db}-shm`,
  ]),
  SNAPSHOT_PATHS.files,
  ...SNAPSHOT_PATHS.secrets,
];

export interface RestoreOutcome {
  readonly manifest: SnapshotManifest;
  readonly sources: readonly string[];
  readonly appendedAgain: number;
  readonly keysDestroyed: number;
  readonly erasedLearners: number;
}

/**
 * Restores a snapshot into DATA_DIR with the service stopped. Everything is checked before
 * anything changes (the snapshot against its manifest, the erasure journal); the erasures the
 * replaced installation and the journal record are noted; the snapshot is put in place; the
 * erasures its log lacks are appended again through the append path; every erased learner's
 * key is destroyed and the files derived from their data deleted; the read models are rebuilt.
 */
export async function restoreBackup(
  config: Config,
  folder: string,
  say: (line: string) => void,
  clock: Clock = systemClock,
): Promise<RestoreOutcome> {
  embeddedOnly(config, 'restore');
  const manifest = await checkSnapshot(folder);
  say(
    `snapshot ${resolve(folder)}: taken ${manifest.createdAt} by version ${manifest.service.version}, log position ${manifest.logPosition}, ${manifest.files.length} files, all matching the manifest`,
  );
  const { erasures, sources } = await erasuresToKeep(config, say);
  say(
    sources.length > 0
      ? `erasures to keep: ${sources.join('; ')}`
      : 'erasures to keep: none found (no installation in DATA_DIR, no ERASURE_JOURNAL set)',
  );

  const aside = await putInPlace(config, folder, manifest);
  const stores = await openStores(config, clock);
  try {
    const outcome = await reconcile(stores, manifest, erasures, say);
    await rm(aside, { recursive: true, force: true });
    return { manifest, sources, ...outcome };
  } catch (error) {
    say(`the restore stopped half way; what DATA_DIR held before is in ${aside}`);
    throw error;
  } finally {
    await stores.close();
  }
}

/** Moves what the snapshot replaces aside (deleted once the restore is through), then copies. */
async function putInPlace(config: Config, folder: string, manifest: SnapshotManifest) {
  const aside = join(config.DATA_DIR, `.replaced-${Date.now()}`);
  await mkdir(aside, { recursive: true });
  const keysInside = isInside(config.DATA_DIR, config.ISSUER_KEYS_DIR);
  const moves: [string, string][] = REPLACED.map((name) => [
    join(config.DATA_DIR, name),
    join(aside, name),
  ]);
  moves.push([config.ISSUER_KEYS_DIR, join(aside, SNAPSHOT_PATHS.issuerKeys)]);
  for (const [from, to] of moves)
    await rename(from, to).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return;
      // Issuer keys on another file system than DATA_DIR: copied aside, then removed.
      if (error.code !== 'EXDEV' || keysInside) throw error;
      await cp(from, to, { recursive: true });
      await rm(from, { recursive: true });
    });
  const issuerKeys = `${SNAPSHOT_PATHS.issuerKeys}/`;
  for (const { path } of manifest.files) {
    const to = path.startsWith(issuerKeys)
      ? join(config.ISSUER_KEYS_DIR, path.slice(issuerKeys.length))
      : join(config.DATA_DIR, path);
    await mkdir(dirname(to), { recursive: true });
    await cp(join(folder, path), to, { errorOnExist: true, force: false });
  }
  return aside;
}

interface Stores {
  readonly store: EventStore;
  readonly log: EventLog;
  readonly readStore: ReadStore;
  readonly files: FileStore;
  readonly write: WriteModel;
  readonly keys: Awaited<ReturnType<typeof openPersonalDataKeys>>;
  readonly clock: Clock;
  close(): Promise<void>;
}

async function openStores(config: Config, clock: Clock): Promise<Stores> {
  const store = await openEventStore(config);
  const keys = await openPersonalDataKeys(config);
  const log = new OpenedEventLog(store, keys);
  const readStore = await openReadStore(config);
  const files = await openFileStore(config);
  const path = appendPath({ store, log, keys, schemas: EventSchemas.load() });
  const write = new WriteModel(log, path.append, clock);
  return {
    ...{ store, log, readStore, files, write, keys, clock },
    async close() {
      await files.close();
      await readStore.close();
      await keys.close();
      await store.close();
    },
  };
}

async function reconcile(
  stores: Stores,
  manifest: SnapshotManifest,
  noted: readonly JournalledErasure[],
  say: (line: string) => void,
) {
  const { store, log, readStore, write, keys } = stores;
  const inLog = new Set((await erasuresInLog(store)).map(learnerKeyId));
  const missing = [...new Map(noted.map((e) => [learnerKeyId(e), e])).values()].filter(
    (erasure) => !inLog.has(learnerKeyId(erasure)),
  );
  for (const erasure of missing) await eraseAgain(write, erasure);
  say(`appended again ${missing.length} erasures the restored log lacked`);

  const erasures = await erasureEvents(store);
  const keysDestroyed = await destroyKeysOfErased(
    erasures.map((event) => ({ tenant: event.metadata.tenant, ...event.data })),
    keys,
  );
  say(`destroyed ${keysDestroyed} keys the key store still held for erased learners`);

  const rebuilt = await rebuildProjections(log, readStore, ALL_PROJECTIONS);
  say(`rebuilt ${rebuilt.length} read models from ${rebuilt.at(-1)?.events ?? 0} events`);

  // The erasures the snapshot had not settled (after its erasure reactor's checkpoint, and those
  // appended again): their learners' files may still be in it.
  const settled = BigInt(manifest.reactorCheckpoints[ERASURE_REACTOR] ?? '0');
  const unsettled = erasures.filter((event) => event.position > settled);
  const reads = new ReadModels(readStore);
  for (const erasure of unsettled) await eraseDerivedFiles(stores, reads, erasure);
  await catchUp(log, readStore);
  say(`deleted the certificates and redacted the reports of ${unsettled.length} erased learners`);

  for (const [reactor, position] of Object.entries(manifest.reactorCheckpoints))
    await saveReactorCheckpoint(readStore, reactor, BigInt(position));
  return { appendedAgain: missing.length, keysDestroyed, erasedLearners: unsettled.length };
}

async function erasureEvents(store: EventStore) {
  const events: RecordedOfType<'LearnerPersonalDataErased'>[] = [];
  for (let after: bigint | undefined; ;) {
    const page = await store.readAllOfType('LearnerPersonalDataErased', { after, limit: 1000 });
    events.push(...(page as RecordedOfType<'LearnerPersonalDataErased'>[]));
    if (page.length < 1000) return events;
    after = page.at(-1)!.position;
  }
}

/** What the erasure reactor removes for one erasure: the PDFs and credentials, the reports. */
async function eraseDerivedFiles(
  stores: Stores,
  reads: ReadModels,
  erasure: RecordedOfType<'LearnerPersonalDataErased'>,
): Promise<void> {
  const { tenant } = erasure.metadata;
  const { learnerId } = erasure.data;
  for (const certificateId of await learnerCertificates(reads, tenant, learnerId)) {
    await stores.files.delete(certificateFileKey(certificateId));
    await stores.files.delete(credentialFileKey(certificateId));
  }
  const parts = { store: stores.readStore, reads, files: stores.files, write: stores.write };
  for (const report of await reportsListing(reads, tenant, learnerId))
    await redactReport(parts, erasure, report, stores.clock);
}

/** Applies what the restore appended after the rebuild (redactions) to the read models. */
async function catchUp(log: EventLog, readStore: ReadStore): Promise<void> {
  const projector = new Projector(readStore, ALL_PROJECTIONS);
  for (let after = await projector.resume(); ;) {
    const page = await log.readAll({ after, limit: 500 });
    if (page.length === 0) return;
    await projector.handle(page);
    after = page.at(-1)!.position;
  }
}
