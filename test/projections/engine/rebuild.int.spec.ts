import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store';
import {
  activeGeneration,
  ensureActiveGeneration,
  ensureGenerationCollections,
  readCheckpoint,
  setActiveGeneration,
  writeCheckpoint,
} from '../../../src/projections/engine/generations';
import {
  rebuildProjection,
  rebuildProjections,
  type RebuildProgress,
} from '../../../src/projections/engine/rebuild';
import { CheckpointMoved } from '../../../src/projections/engine/apply-page';
import { SqliteReadStore } from '../../../src/read-store/sqlite/sqlite-read-store';
import { append, collectionExists, indexCount, recording, seen } from './engine-fixtures';

const ENROLMENTS = recording('enrolments', ['LearnerEnrolled']);
const TRAININGS = recording('trainings', ['TrainingCreated']);

describe('Rebuilding read models from the log', () => {
  let file: string;
  let events: SqliteEventStore;
  let store: SqliteReadStore;
  beforeEach(() => {
    file = join(mkdtempSync(join(tmpdir(), 'rebuild-')), 'read.sqlite');
    events = new SqliteEventStore(':memory:');
    store = new SqliteReadStore(file);
  });
  afterEach(async () => {
    await store.close();
    await events.close();
  });

  const exists = (collection: string) => collectionExists(store, collection);
  const indexed = (collection: string) => indexCount(file, collection) > 0;

  it('writes a new generation from the whole log, switches to it and drops the old one', async () => {
    await ensureActiveGeneration(store, ENROLMENTS);
    await store.transaction(async (tx) => {
      await tx.put('enrolments_g1', { _id: 'seen', positions: [99] });
      await writeCheckpoint(tx, ENROLMENTS.name, 1, 99n);
    });
    await append(events, ['LearnerEnrolled', 'TrainingCreated', 'LearnerEnrolled']);
    const before = Date.now();

    const result = await rebuildProjection(events, store, ENROLMENTS);

    const took = Date.now() - before;
    expect(result).toMatchObject({ projection: 'enrolments', generation: 2, events: 3 });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(result.elapsedMs).toBeLessThanOrEqual(took);
    expect(await activeGeneration(store, ENROLMENTS.name)).toBe(2);
    expect(await seen(store, ENROLMENTS, 2)).toEqual([1, 3]);
    expect(await readCheckpoint(store, ENROLMENTS.name, 2)).toBe(3n);
    expect(indexed('enrolments_g2')).toBe(true);
    expect(await exists('enrolments_g1')).toBe(false);
    expect(await readCheckpoint(store, ENROLMENTS.name, 1)).toBeUndefined();
  });

  it('reads the log once for several read models and reports its progress as "all"', async () => {
    await append(events, ['TrainingCreated', 'LearnerEnrolled', 'TrainingCreated']);
    const progress: RebuildProgress[] = [];
    const before = Date.now();

    const results = await rebuildProjections(events, store, [ENROLMENTS, TRAININGS], (p) =>
      progress.push(p),
    );

    const took = Date.now() - before;
    expect(
      results.map(({ projection, generation, events }) => [projection, generation, events]),
    ).toEqual([
      ['enrolments', 2, 3],
      ['trainings', 2, 3],
    ]);
    expect(await seen(store, ENROLMENTS, 2)).toEqual([2]);
    expect(await seen(store, TRAININGS, 2)).toEqual([1, 3]);
    expect(progress).toEqual([
      { projection: 'all', applied: 3, position: 3n, head: 3n, elapsedMs: expect.any(Number) },
    ]);
    expect(progress[0]!.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(progress[0]!.elapsedMs).toBeLessThanOrEqual(took);
  });

  it('builds the indexes of the new generation once its documents are in, when it commits them itself', async () => {
    await append(events, ['LearnerEnrolled']);
    const indexedWhileApplying: boolean[] = [];
    // As a store without background commits (MongoDB) is rebuilt.
    (store as { commitInBackground?: unknown }).commitInBackground = undefined;

    await rebuildProjection(events, store, ENROLMENTS, ({ projection }) => {
      expect(projection).toBe('enrolments');
      indexedWhileApplying.push(indexed('enrolments_g2'));
    });

    expect(indexedWhileApplying).toEqual([false]);
    expect(indexed('enrolments_g2')).toBe(true);
  });

  it('has the indexes kept up to date as the documents go in, when they are committed in the background', async () => {
    await append(events, ['LearnerEnrolled']);
    const indexedWhileApplying: boolean[] = [];

    await rebuildProjection(events, store, ENROLMENTS, () => {
      indexedWhileApplying.push(indexed('enrolments_g2'));
    });

    expect(indexedWhileApplying).toEqual([true]);
    expect(indexed('enrolments_g2')).toBe(true);
  });

  it('discards what a rebuild left half done before it', async () => {
    await ensureActiveGeneration(store, ENROLMENTS);
    // A crashed rebuild's generation 2: a stale document and a checkpoint past the log.
    await ensureGenerationCollections(store, ENROLMENTS, 2, false);
    await store.transaction(async (tx) => {
      await tx.put('enrolments_g2', { _id: 'stale' });
      await writeCheckpoint(tx, ENROLMENTS.name, 2, 50n);
    });
    await append(events, ['LearnerEnrolled', 'LearnerEnrolled']);

    await rebuildProjection(events, store, ENROLMENTS);

    expect(await store.find('enrolments_g2')).toEqual([{ _id: 'seen', positions: [1, 2] }]);
    expect(await readCheckpoint(store, ENROLMENTS.name, 2)).toBe(2n);
  });

  it('rebuilds an empty log into an empty generation, without progress to report', async () => {
    const progress: RebuildProgress[] = [];

    const result = await rebuildProjection(events, store, ENROLMENTS, (p) => progress.push(p));

    expect(result).toMatchObject({ generation: 2, events: 0 });
    expect(progress).toEqual([]);
    expect(await activeGeneration(store, ENROLMENTS.name)).toBe(2);
    expect(await store.find('enrolments_g2')).toEqual([]);
  });

  it('reports the progress of a log longer than a page, page by page', async () => {
    const types = Array.from({ length: 2_001 }, () => 'LearnerEnrolled' as const);
    await append(events, types);
    const progress: RebuildProgress[] = [];

    await rebuildProjection(events, store, ENROLMENTS, (p) => progress.push(p));

    expect(progress.map(({ applied, position, head }) => [applied, position, head])).toEqual([
      [2_000, 2_000n, 2_001n],
      [2_001, 2_001n, 2_001n],
    ]);
    expect((await seen(store, ENROLMENTS, 2)).length).toBe(2_001);
  });

  it('keeps the documents in memory and writes them back with the checkpoint whenever they pass the bound', async () => {
    // A store in memory has no background commits: each write-back is a transaction of its own.
    const inMemory = new SqliteReadStore(':memory:');
    expect(inMemory.commitInBackground).toBeUndefined();
    await append(
      events,
      Array.from({ length: 4_001 }, () => 'LearnerEnrolled' as const),
    );
    const stored: (bigint | undefined)[] = [];
    const observe = (generation: number) => () =>
      void readCheckpoint(inMemory, ENROLMENTS.name, generation).then((at) => stored.push(at));

    // Two documents held, the projection's and its checkpoint: past a bound of 2, under one of 3.
    await rebuildProjections(events, inMemory, [ENROLMENTS], observe(2), 2);
    await rebuildProjections(events, inMemory, [ENROLMENTS], observe(3), 3);

    expect(stored).toEqual([2_000n, 4_000n, 4_001n, undefined, undefined, undefined]);
    expect((await seen(inMemory, ENROLMENTS, 3)).length).toBe(4_001);
    expect(await readCheckpoint(inMemory, ENROLMENTS.name, 3)).toBe(4_001n);
    await inMemory.close();
  });

  it('commits each write-back in the background while the next pages apply, one at a time', async () => {
    expect(store.commitInBackground).toBeDefined();
    await append(
      events,
      Array.from({ length: 4_001 }, () => 'LearnerEnrolled' as const),
    );
    const stored: (bigint | undefined)[] = [];
    const observe = (generation: number) => () =>
      void readCheckpoint(store, ENROLMENTS.name, generation).then((at) => stored.push(at));

    await rebuildProjections(events, store, [ENROLMENTS], observe(2), 2);
    await rebuildProjections(events, store, [ENROLMENTS], observe(3), 3);

    // After each page, its own write-back may still be under way; the one before it has
    // committed, since a write-back waits for the last before it is taken.
    expect([undefined, 2_000n]).toContain(stored[0]);
    expect([2_000n, 4_000n]).toContain(stored[1]);
    expect([4_000n, 4_001n]).toContain(stored[2]);
    expect(stored.slice(3)).toEqual([undefined, undefined, undefined]);
    expect((await seen(store, ENROLMENTS, 3)).length).toBe(4_001);
    expect(await readCheckpoint(store, ENROLMENTS.name, 3)).toBe(4_001n);
  });

  it('reads a log on file ahead of the pages it applies, and builds the same documents', async () => {
    const onFile = new SqliteEventStore(
      join(mkdtempSync(join(tmpdir(), 'rebuild-')), 'log.sqlite'),
    );
    const types = Array.from({ length: 4_001 }, (_, i) =>
      i % 3 === 0 ? ('TrainingCreated' as const) : ('LearnerEnrolled' as const),
    );
    await append(onFile, types);
    await append(events, types);
    const readAhead = jest.spyOn(onFile as Required<SqliteEventStore>, 'readAhead');
    const inMemory = new SqliteReadStore(':memory:');

    await rebuildProjections(onFile, store, [ENROLMENTS, TRAININGS], undefined, 100);
    await rebuildProjections(events, inMemory, [ENROLMENTS, TRAININGS], undefined, 100);

    expect(readAhead).toHaveBeenCalledTimes(1);
    expect(await seen(store, ENROLMENTS, 2)).toEqual(await seen(inMemory, ENROLMENTS, 2));
    expect(await seen(store, TRAININGS, 2)).toEqual(await seen(inMemory, TRAININGS, 2));
    expect((await seen(store, TRAININGS, 2)).length).toBe(1_334);
    expect(await readCheckpoint(store, ENROLMENTS.name, 2)).toBe(4_001n);
    await inMemory.close();
    await onFile.close();
  });

  it('fails, switching nothing, when another process wrote its generation first', async () => {
    await append(
      events,
      Array.from({ length: 2_001 }, () => 'LearnerEnrolled' as const),
    );

    const rebuilding = rebuildProjections(
      events,
      store,
      [ENROLMENTS],
      () => void store.transaction((tx) => writeCheckpoint(tx, ENROLMENTS.name, 2, 9n)),
      1,
    );

    await expect(rebuilding).rejects.toThrow(CheckpointMoved);
    expect(await activeGeneration(store, ENROLMENTS.name)).toBe(1);
  });

  it('refuses to switch when another rebuild switched first, and keeps the generation it found', async () => {
    await append(events, ['LearnerEnrolled']);

    const rebuilding = rebuildProjection(events, store, ENROLMENTS, () => {
      // Another process finishes its own rebuild while this one is applying the log.
      void store.transaction((tx) => setActiveGeneration(tx, ENROLMENTS.name, 7));
    });

    await expect(rebuilding).rejects.toThrow('Another rebuild of enrolments switched first');
    expect(await activeGeneration(store, ENROLMENTS.name)).toBe(7);
    expect(await exists('enrolments_g1')).toBe(true);
  });
});
