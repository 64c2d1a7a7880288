import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { MongoDBContainer, type StartedMongoDBContainer } from '@testcontainers/mongodb';
import { MongoClient } from 'mongodb';
import { withDatabase } from './store-settings';

/**
 * Jest builds its test tree synchronously, so whether to skip is settled before any hook runs:
 * a child process asks testcontainers for a working container runtime (by every strategy it
 * knows: DOCKER_HOST, ~/.testcontainers.properties, local and rootless sockets) and is given up
 * on when none answers in time.
 */
function dockerReachable(): boolean {
  const probe = `require(${JSON.stringify(require.resolve('testcontainers'))})
    .getContainerRuntimeClient()
    .then(() => process.exit(0), () => process.exit(1));`;
  const result = spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 20_000 });
  return result.status === 0;
}

/**
 * Where a suite for a real server runs: the URL in `setting` if set (blank counts as unset, as
 * in src/config), else a container when Docker is reachable, else nowhere, and the suite says
 * plainly that it skipped.
 */
export function serverUnderTest(setting: string, suite: string) {
  const externalUrl = process.env[setting] || undefined;
  const reachable = externalUrl !== undefined || dockerReachable();
  if (!reachable)
    // Straight to stderr: Jest's reporter drops console output of a file whose tests all skip.
    process.stderr.write(`${suite} SKIPPED: no ${setting} and no Docker engine reachable\n`);
  return { externalUrl, describe: reachable ? describe : describe.skip };
}

/**
 * Inside a describe: a MongoDB database of its own for this run (so reruns against a shared
 * server never see old data), on MONGODB_URL or in a container, dropped at the end. Returns the
 * URL once beforeAll has run.
 */
export function useMongoDatabase(externalUrl: string | undefined, prefix: string): () => string {
  const database = `${prefix}_${randomBytes(6).toString('hex')}`;
  let container: StartedMongoDBContainer | undefined;
  let url: string | undefined;
  beforeAll(async () => {
    if (externalUrl !== undefined) {
      url = withDatabase(externalUrl, database);
      return;
    }
    // A single-node replica set (transactions need one); a direct connection skips discovery,
    // which would chase the member's in-container hostname.
    container = await new MongoDBContainer(process.env.MONGODB_IMAGE ?? 'mongo:8.0').start();
    url = `${container.getConnectionString()}/${database}?directConnection=true`;
  }, 300_000);
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
  return () => url!;
}
