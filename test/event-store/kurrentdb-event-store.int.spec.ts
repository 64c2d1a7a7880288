import { randomBytes } from 'node:crypto';
import { KurrentDbContainer, type StartedKurrentDbContainer } from '@testcontainers/kurrentdb';
import { KurrentDbEventStore } from '../../src/event-store/kurrentdb/kurrentdb-event-store';
import { serverUnderTest } from '../support/server-under-test';
import { eventStoreContract } from './event-store.contract';
import { kurrentDbAdapterCases } from './kurrentdb-adapter.cases';

const IMAGE = process.env.KURRENTDB_IMAGE ?? 'docker.kurrent.io/kurrent-latest/kurrentdb:26.0.3';

const kurrent = serverUnderTest('KURRENTDB_URL', 'KurrentDB contract suite');
const externalUrl = kurrent.externalUrl;

kurrent.describe('KurrentDbEventStore (KurrentDB)', () => {
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

  // A log of its own on a server other suites may be writing to (npm run test:stack).
  const prefix = `contract-${randomBytes(6).toString('hex')}`;
  eventStoreContract(() => KurrentDbEventStore.connect(url!, 20, prefix));
  describe('beyond the contract', () => kurrentDbAdapterCases(() => url!));

  // Registered after the contract's hooks, so jest-circus closes the client before the container stops.
  afterAll(async () => {
    await container?.stop();
  }, 60_000);
});
