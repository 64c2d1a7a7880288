// `npm run test:stack`: the whole suite (end to end, crash, concurrency, rebuild-equals-live and
// the contract suites) on KurrentDB + MongoDB + GridFS instead of the embedded stores.
// The servers: KURRENTDB_URL and MONGODB_URL when both are set (MongoDB must be a replica set),
// else containers started by testcontainers when a Docker engine answers, else none: then it
// says that it skipped and why, and exits 0.
import { spawn } from 'node:child_process';
import { setTimeout } from 'node:timers';

const KURRENTDB_IMAGE =
  process.env.KURRENTDB_IMAGE ?? 'docker.kurrent.io/kurrent-latest/kurrentdb:26.0.3';
const MONGODB_IMAGE = process.env.MONGODB_IMAGE ?? 'mongo:8.0';

async function dockerReachable() {
  const { getContainerRuntimeClient } = await import('testcontainers');
  const probe = getContainerRuntimeClient().then(
    () => true,
    () => false,
  );
  const timeout = new Promise((resolve) => setTimeout(() => resolve(false), 20_000).unref());
  return Promise.race([probe, timeout]);
}

async function startContainers() {
  const { KurrentDbContainer } = await import('@testcontainers/kurrentdb');
  const { MongoDBContainer } = await import('@testcontainers/mongodb');
  console.log(`test:stack: starting ${KURRENTDB_IMAGE} and ${MONGODB_IMAGE} (testcontainers)`);
  const [kurrent, mongo] = await Promise.all([
    new KurrentDbContainer(KURRENTDB_IMAGE)
      .withEnvironment({
        KURRENTDB_RUN_PROJECTIONS: 'None',
        KURRENTDB_START_STANDARD_PROJECTIONS: 'false',
      })
      .withStartupTimeout(120_000)
      .start(),
    // A one-node replica set; a direct connection skips discovery of its in-container name.
    new MongoDBContainer(MONGODB_IMAGE).start(),
  ]);
  return {
    urls: {
      KURRENTDB_URL: kurrent.getConnectionString(),
      MONGODB_URL: `${mongo.getConnectionString()}/certificates?directConnection=true`,
    },
    stop: () => Promise.allSettled([kurrent.stop(), mongo.stop()]),
  };
}

function runSuite(urls, jestArgs) {
  const env = {
    ...process.env,
    ...urls,
    EVENT_STORE: 'kurrentdb',
    READ_STORE: 'mongodb',
    FILE_STORE: 'gridfs',
    NODE_OPTIONS: '--experimental-vm-modules',
  };
  // Fewer workers than `npm test`: every test app holds connections to both servers.
  const child = spawn('npx', ['jest', '--maxWorkers=2', ...jestArgs], { env, stdio: 'inherit' });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

const jestArgs = process.argv.slice(2);
let servers;
if (process.env.KURRENTDB_URL && process.env.MONGODB_URL) {
  servers = { urls: {}, stop: async () => undefined };
  console.log('test:stack: on KURRENTDB_URL and MONGODB_URL');
} else if (await dockerReachable()) {
  servers = await startContainers();
} else {
  const missing = ['KURRENTDB_URL', 'MONGODB_URL'].filter((name) => !process.env[name]);
  console.log(
    `test:stack SKIPPED: ${missing.join(' and ')} not set and no Docker engine reachable, ` +
      'so there is no KurrentDB and MongoDB to run the suite on.',
  );
  process.exit(0);
}
let code = 1;
try {
  code = await runSuite(servers.urls, jestArgs);
} finally {
  await servers.stop();
}
process.exit(code);
