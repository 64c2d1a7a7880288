import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_EVENT_TYPES, type AnyEventType } from '../../src/events/any-event';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { ALL_PROJECTIONS, projectionNamed } from '../../src/read/all-projections';
import {
  activeGeneration,
  physicalName,
  readCheckpoint,
} from '../../src/projections/engine/generations';
import { projectionProcessor } from '../support/projection-processor';
import { rebuildProjection, rebuildProjections } from '../../src/projections/engine/rebuild';
import type { Projection } from '../../src/projections/projection';
import type { DocumentWriter } from '../../src/read-store/read-store';
import { SqliteReadStore } from '../../src/read-store/sqlite/sqlite-read-store';
import { appendBulkHistory } from '../support/bulk-history';
import { snapshotReadModels } from '../support/read-model-snapshot';

/** Not idempotent on purpose: an event applied twice, or lost, shows in the counts. */
const counting = (
  name: string,
  handles: readonly AnyEventType[] = ALL_EVENT_TYPES,
): Projection => ({
  name,
  collections: [{ name, indexes: [] }],
  handles,
  project: (event) => [
    {
      collection: name,
      id: 'count',
      update: (doc) => ({
        _id: 'count',
        events: Number(doc?.events ?? 0) + 1,
        types: [...new Set([...((doc?.types as string[] | undefined) ?? []), event.type])].sort(),
      }),
    },
  ],
});
const EVERY = counting('everyEvent');
const ENROLMENTS = counting('enrolments', ['LearnerEnrolled']);
const PROJECTIONS = [...ALL_PROJECTIONS, EVERY, ENROLMENTS];
const NAMES = PROJECTIONS.map((p) => p.name);
const quiet = { warn: () => undefined };

class TransientFailure extends Error {}

/** A real store whose transactions run their work twice, the first time rolled back, as MongoDB's withTransaction does on a transient error. */
class RetryingStore extends SqliteReadStore {
  override async transaction<R>(work: (tx: DocumentWriter) => Promise<R>): Promise<R> {
    try {
      await super.transaction(async (tx) => {
        await work(tx);
        throw new TransientFailure();
      });
    } catch (error) {
      if (!(error instanceof TransientFailure)) throw error;
    }
    return super.transaction(work);
  }
}

describe('The projection pipeline', () => {
  let events: SqliteEventStore;
  let store: SqliteReadStore;
  beforeEach(() => {
    const dir = mkdtempSync(join(tmpdir(), 'pipeline-'));
    events = new SqliteEventStore(join(dir, 'events.sqlite'), 20);
    store = new SqliteReadStore(join(dir, 'read-models.sqlite'));
  });
  afterEach(async () => {
    await store.close();
    await events.close();
  });

  it('run twice on the same stores, loses no event and applies none twice', async () => {
    // Given: two pipelines on one read store, racing for every page of a growing log
    const pipelines = [1, 2].map(() => projectionProcessor(events, store, PROJECTIONS, quiet));
    pipelines.forEach((pipeline) => pipeline.start());
    for (let round = 0; round < 20; round++) {
      await appendBulkHistory(events, `tenant${round % 3}`, 25);
      await new Promise((resolve) => setTimeout(resolve, round % 4));
    }

    // When: both have caught up with the log
    const head = (await events.headPosition())!;
    const reached = await Promise.all(pipelines.map((p) => p.waitFor(NAMES, head, 30_000)));
    await Promise.all(pipelines.map((pipeline) => pipeline.stop()));
    expect(reached).toEqual([true, true]);

    // Then: each event was applied once, only to the projections that handle its type...
    const count = async ({ name }: Projection) => {
      const generation = await activeGeneration(store, name);
      return store.get(physicalName(name, generation!), 'count');
    };
    expect(await count(EVERY)).toMatchObject({ events: Number(head) });
    expect(await count(ENROLMENTS)).toEqual({
      _id: 'count',
      events: 20 * 25,
      types: ['LearnerEnrolled'],
    });
    // ...and the read models are exactly those a rebuild from the log gives
    const live = await snapshotReadModels(store);
    expect(live['learnerTrainings/learnerTrainings']).toHaveLength(20 * 25);
    await rebuildProjections(events, store, ALL_PROJECTIONS);
    expect(await snapshotReadModels(store)).toEqual(live);
  }, 60_000);

  it("follows a rebuild's switch to the new generation, and reads from the lowest checkpoint", async () => {
    const pipeline = projectionProcessor(events, store, PROJECTIONS, quiet);
    await appendBulkHistory(events, 'tenant0', 50);
    pipeline.start();
    expect(await pipeline.waitFor(NAMES, (await events.headPosition())!, 10_000)).toBe(true);

    // A rebuild of one read model, while the log keeps growing
    const trainings = projectionNamed('learnerTrainings')!;
    const live = await activeGeneration(store, trainings.name);
    const rebuilding = rebuildProjection(events, store, trainings);
    await appendBulkHistory(events, 'tenant1', 50);
    await rebuilding;
    await appendBulkHistory(events, 'tenant2', 50);

    const head = (await events.headPosition())!;
    expect(await pipeline.waitFor(NAMES, head, 10_000)).toBe(true);
    await pipeline.stop();
    const generation = await activeGeneration(store, trainings.name);
    expect(generation).toBe(live! + 1);
    expect(await readCheckpoint(store, trainings.name, generation!)).toBe(head);
    const followed = await snapshotReadModels(store);
    expect(followed['learnerTrainings/learnerTrainings']).toHaveLength(150);
    await rebuildProjections(events, store, ALL_PROJECTIONS);
    expect(await snapshotReadModels(store)).toEqual(followed);
  }, 60_000);

  it('rebuilds and follows on a store whose transactions run their work again', async () => {
    await store.close();
    store = new RetryingStore(join(mkdtempSync(join(tmpdir(), 'pipeline-')), 'read.sqlite'));
    await appendBulkHistory(events, 'tenant0', 40);
    const pipeline = projectionProcessor(events, store, PROJECTIONS, quiet);
    pipeline.start();
    await appendBulkHistory(events, 'tenant1', 40);
    expect(await pipeline.waitFor(NAMES, (await events.headPosition())!, 10_000)).toBe(true);
    await pipeline.stop();
    const live = await snapshotReadModels(store);
    expect(live['learnerTrainings/learnerTrainings']).toHaveLength(80);

    await rebuildProjections(events, store, PROJECTIONS);
    expect(await snapshotReadModels(store)).toEqual(live);
    const generation = await activeGeneration(store, EVERY.name);
    const counted = await store.get(physicalName(EVERY.name, generation!), 'count');
    expect(counted).toMatchObject({ events: Number(await events.headPosition()) });
  }, 60_000);
});
