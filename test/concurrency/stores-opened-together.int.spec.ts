import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ROOT } from '../support/built-service';

const OPENERS = 4;
const ROUNDS = 3;

/**
 * Each thread opens the three SQLite stores of a DATA_DIR (the compiled ones, built by the global
 * setup, as a thread cannot load the sources) at the instant the test names, as the processes of
 * instances started together do; each connection is SQLite's own, so they lock one another as
 * processes do. Answers what each open threw, if anything.
 */
const OPENER = `
const { parentPort, workerData } = require('node:worker_threads');
const { SqliteEventStore } = require(workerData.dist + '/event-store/sqlite/sqlite-event-store.js');
const { SqliteReadStore } = require(workerData.dist + '/read-store/sqlite/sqlite-read-store.js');
const { SqlitePersonalDataKeys } = require(workerData.dist + '/personal-data/sqlite-personal-data-keys.js');
const stores = {
  'events.sqlite': (file) => new SqliteEventStore(file),
  'read-models.sqlite': (file) => new SqliteReadStore(file),
  'personal-data-keys.sqlite': (file) => new SqlitePersonalDataKeys(file),
};
parentPort.once('message', async (at) => {
  const failures = [];
  for (const [name, open] of Object.entries(stores)) {
    while (Date.now() < at[name]) {}
    try {
      await open(workerData.dataDir + '/' + name).close();
    } catch (error) {
      failures.push(name + ': ' + error.message);
    }
  }
  parentPort.postMessage(failures);
});
parentPort.postMessage('ready');
`;

async function openAllAtOnce(dataDir: string): Promise<string[]> {
  const workerData = { dist: join(ROOT, 'dist'), dataDir };
  const workers = Array.from(
    { length: OPENERS },
    () => new Worker(OPENER, { eval: true, workerData }),
  );
  const message = (worker: Worker) =>
    new Promise<unknown>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  try {
    await Promise.all(workers.map(message));
    // Every thread has loaded the stores: each file is opened by all of them at one instant.
    const start = Date.now() + 100;
    const at = { 'events.sqlite': start, 'read-models.sqlite': start + 200 };
    const answers = workers.map(message);
    for (const worker of workers)
      worker.postMessage({ ...at, 'personal-data-keys.sqlite': start + 400 });
    return (await Promise.all(answers)).flat() as string[];
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

describe('The SQLite stores, opened at the same instant by several connections on an empty DATA_DIR', () => {
  it('open in every one of them: none is refused because another holds the file', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'stores-together-'));
      try {
        expect(await openAllAtOnce(dataDir)).toEqual([]);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  });
});
