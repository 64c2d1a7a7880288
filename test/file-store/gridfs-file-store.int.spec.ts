import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { MongoDBContainer, type StartedMongoDBContainer } from '@testcontainers/mongodb';
import { MongoClient } from 'mongodb';
import { GridFsFileStore } from '../../src/file-store/gridfs/gridfs-file-store';
import { fileStoreContract } from './file-store.contract';

const IMAGE = process.env.MONGODB_IMAGE ?? 'mongo:8.0';

/**
 * Jest builds its test tree synchronously, so whether to skip is settled here, before any hook
 * runs: a child process asks testcontainers for a working container runtime and is given up on
 * when none answers in time (as in test/read-store/mongo-read-store.int.spec.ts).
 */
function dockerReachable(): boolean {
  const probe = `require(${JSON.stringify(require.resolve('testcontainers'))})
    .getContainerRuntimeClient()
    .then(() => process.exit(0), () => process.exit(1));`;
  const result = spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 20_000 });
  return result.status === 0;
}

/** Points a connection string at another database, keeping its hosts and options. */
const withDatabase = (url: string, database: string): string =>
  url.replace(/^([^:]+:\/\/[^/?]*)(\/[^?]*)?/, `$1/${database}`);

// Blank counts as unset, as in src/config.
const externalUrl = process.env.MONGODB_URL || undefined;
const reachable = externalUrl !== undefined || dockerReachable();
if (!reachable) {
  // Straight to stderr: Jest's reporter drops console output of a file whose tests all skip.
  process.stderr.write(
    'GridFS contract suite SKIPPED: no MONGODB_URL and no Docker engine reachable\n',
  );
}

(reachable ? describe : describe.skip)('GridFsFileStore (MongoDB GridFS)', () => {
  // A database of its own per run, so reruns against a shared server never see old files.
  const database = `files_contract_${randomBytes(6).toString('hex')}`;
  let container: StartedMongoDBContainer | undefined;
  let url: string | undefined;

  beforeAll(async () => {
    if (externalUrl !== undefined) {
      url = withDatabase(externalUrl, database);
      return;
    }
    // Connecting directly skips replica-set discovery, which would chase the member's
    // in-container hostname.
    container = await new MongoDBContainer(IMAGE).start();
    url = `${container.getConnectionString()}/${database}?directConnection=true`;
  }, 300_000);

  fileStoreContract(() => GridFsFileStore.connect(url!));

  // Registered after the contract's hooks, so jest-circus closes the store before these run.
  afterAll(async () => {
    if (url !== undefined) {
      const client = await MongoClient.connect(url);
      try {
        await client.db().dropDatabase();
      } finally {
        await client.close();
      }
    }
    await container?.stop();
  }, 60_000);
});
