import { spawnSync } from 'node:child_process';
import { KurrentDbContainer, type StartedKurrentDbContainer } from '@testcontainers/kurrentdb';
import { KurrentDbEventStore } from '../../src/event-store/kurrentdb/kurrentdb-event-store';
import { eventStoreContract } from './event-store.contract';

const IMAGE = process.env.KURRENTDB_IMAGE ?? 'docker.kurrent.io/kurrent-latest/kurrentdb:26.0.3';

/**
 * Jest builds its test tree synchronously, so whether to skip is settled here, before any hook
 * runs: a child process asks testcontainers for a working container runtime (by every strategy
 * it knows: DOCKER_HOST, ~/.testcontainers.properties, local and rootless sockets) and is given
 * up on when none answers in time.
 */
function dockerReachable(): boolean {
  const probe = `require(${JSON.stringify(require.resolve('testcontainers'))})
    .getContainerRuntimeClient()
    .then(() => process.exit(0), () => process.exit(1));`;
  const result = spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 20_000 });
  return result.status === 0;
}

// Blank counts as unset, as in src/config.
const externalUrl = process.env.KURRENTDB_URL || undefined;
const reachable = externalUrl !== undefined || dockerReachable();
if (!reachable) {
  // Jest drops console output of a file whose tests all skip; stderr always shows.
  process.stderr.write(
    'KurrentDB contract suite SKIPPED: no KURRENTDB_URL and no Docker engine reachable\n',
  );
}

(reachable ? describe : describe.skip)('KurrentDbEventStore (KurrentDB)', () => {
  let container: StartedKurrentDbContainer | undefined;
  let url = externalUrl;

  beforeAll(async () => {
    if (url !== undefined) return;
    // The adapter ignores system events, so projections would only add noise and start-up time.
    container = await new KurrentDbContainer(IMAGE)
      .withEnvironment({
        KURRENTDB_RUN_PROJECTIONS: 'None',
        KURRENTDB_START_STANDARD_PROJECTIONS: 'false',
      })
      .withStartupTimeout(120_000)
      .start();
    url = container.getConnectionString();
  }, 300_000);

  eventStoreContract(() => Promise.resolve(new KurrentDbEventStore(url!, 20)));

  // Registered after the contract's hooks, so jest-circus closes the client before the container stops.
  afterAll(async () => {
    await container?.stop();
  }, 60_000);
});
