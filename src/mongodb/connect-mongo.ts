import { MongoClient, type MongoClientOptions } from 'mongodb';
import { checkStore, StoreUnavailableError } from '../config/store-unavailable';
import { topologyProblem } from './replica-set-check';
import { withPrimaryReads } from './mongo-url';

/**
 * Connects and proves the deployment usable before anything relies on it: reachable within
 * the start-up deadline, and a replica set or sharded cluster. Reads always go to the primary.
 */
export async function connectMongo(
  store: string,
  url: string,
  options: MongoClientOptions = {},
): Promise<MongoClient> {
  const client = new MongoClient(withPrimaryReads(url), { ...options, readPreference: 'primary' });
  // The driver keeps retrying until its own, longer, timeout; its last failure says why.
  let lastFailure: string | undefined;
  client.on('serverHeartbeatFailed', (event) => {
    lastFailure = event.failure.message;
  });
  return checkStore(
    store,
    url,
    async () => {
      await client.connect();
      const hello = await client.db('admin').command({ hello: 1 });
      const problem = topologyProblem(hello);
      if (problem) throw new StoreUnavailableError(store, url, problem);
      return client;
    },
    () => client.close(),
    { lastProblem: () => lastFailure },
  );
}
