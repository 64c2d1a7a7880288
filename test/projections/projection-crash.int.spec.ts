import { ALL_PROJECTIONS } from '../../src/read/all-projections';
import { activeGeneration, readCheckpoint } from '../../src/projections/engine/generations';
import { rebuildProjection } from '../../src/projections/engine/rebuild';
import { loadConfig } from '../../src/config/config';
import { openReadStore } from '../../src/read-store/open-read-store';
import { appendBulkHistory } from '../support/bulk-history';
import { exited, startProjectionsWorker } from '../support/built-service';
import { sendRandomHistory, seededRandom } from '../support/random-history';
import { snapshotReadModels } from '../support/read-model-snapshot';
import { storeSettings } from '../support/store-settings';
import { TestApp } from '../support/test-app';

/** The read store the test app and its worker use: embedded, or MongoDB under test:stack. */
const readModelsOf = (dataDir: string) =>
  openReadStore(loadConfig({ ...storeSettings(dataDir), DATA_DIR: dataDir }));

const startWorker = startProjectionsWorker;

describe('Projections killed at random moments', () => {
  it('[R-rebuild-equals-live] lose nothing and apply nothing twice: after a final restart they equal a clean rebuild', async () => {
    // Given: a log that keeps growing while a projection process works through it
    const app = await TestApp.start({ PROJECTIONS: 'off', REACTORS: 'off', TEST_CLOCK: '1' });
    const dataDir = app.config.DATA_DIR;
    // Across three midnights, so the report's versions of a row per cut-off are compared too.
    await sendRandomHistory(app, { seed: 7, commands: 2000, midnights: 3 });
    await appendBulkHistory({ append: app.append }, 'tenant1', 8000);
    const random = seededRandom(99);
    let stderr = '';
    const observer = await readModelsOf(dataDir);
    const checkpointOfPipeline = async () => {
      // One transaction moves every checkpoint: any projection's tells the pipeline's progress.
      const generation = await activeGeneration(observer, 'learnerTrainings');
      return generation === null
        ? undefined
        : readCheckpoint(observer, 'learnerTrainings', generation);
    };
    let killedMidWork = 0;
    let previous: bigint | undefined;

    // When: the projection process is killed with SIGKILL 10 times, mid-work
    for (let kill = 0; kill < 10; kill++) {
      const worker = startWorker(dataDir);
      worker.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      await sendRandomHistory(app, { seed: 1000 + kill, commands: 20 });
      // Kill it once it is applying the log, at a random moment of the work.
      const deadline = Date.now() + 20_000;
      while ((await checkpointOfPipeline()) === previous && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 2));
      await new Promise((resolve) => setTimeout(resolve, random() * 30));
      worker.kill('SIGKILL');
      await exited(worker);
      const checkpoint = await checkpointOfPipeline();
      if (checkpoint !== undefined && checkpoint !== previous && checkpoint < (await app.head()))
        killedMidWork++;
      previous = checkpoint;
    }
    await observer.close();
    // Most kills land while the process has applied some of the log but not all of it.
    expect(killedMidWork).toBeGreaterThanOrEqual(6);

    // Then: a final run catches up to the head of the log...
    const head = await app.head();
    const worker = startWorker(dataDir);
    const store = await readModelsOf(dataDir);
    try {
      const deadline = Date.now() + 60_000;
      const caughtUp = async () => {
        for (const { name } of ALL_PROJECTIONS) {
          const generation = await activeGeneration(store, name);
          if (generation === null || (await readCheckpoint(store, name, generation)) !== head)
            return false;
        }
        return true;
      };
      while (!(await caughtUp())) {
        if (Date.now() > deadline) throw new Error(`projections did not catch up:\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      worker.kill('SIGTERM');
      await exited(worker);
      expect(worker.exitCode).toBe(0);

      // ...and its read models equal a clean rebuild from the log
      const survived = await snapshotReadModels(store);
      expect(survived['learnerTrainings/learnerTrainings']!.length).toBeGreaterThan(100);
      for (const projection of ALL_PROJECTIONS)
        await rebuildProjection(app.store, store, projection);
      expect(await snapshotReadModels(store)).toEqual(survived);
    } finally {
      if (worker.exitCode === null) worker.kill('SIGKILL');
      await store.close();
      await app.close();
    }
  }, 300_000);
});
