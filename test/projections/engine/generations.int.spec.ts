import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  activeGeneration,
  dropCheckpoint,
  ensureActiveGeneration,
  ensureGenerationCollections,
  physicalName,
  PROJECTIONS,
  readCheckpoint,
  setActiveGeneration,
  writeCheckpoint,
} from '../../../src/projections/engine/generations';
import type { Projection } from '../../../src/projections/projection';
import { collectionExists, indexCount } from './engine-fixtures';
import { SqliteReadStore } from '../../../src/read-store/sqlite/sqlite-read-store';

const LEARNERS: Projection = {
  name: 'learners',
  collections: [
    { name: 'learners', indexes: [['tenant'], ['tenant', 'group']] },
    { name: 'learnerNames', indexes: [['tenant']] },
  ],
  handles: [],
  project: () => [],
};

describe('Generations of a read model (blue/green)', () => {
  let file: string;
  let store: SqliteReadStore;
  beforeEach(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'generations-')), 'read.sqlite');
    store = new SqliteReadStore(file);
    await store.ensureCollection({ name: PROJECTIONS, indexes: [] });
  });
  afterEach(() => store.close());

  const exists = (collection: string) => collectionExists(store, collection);

  it('names a generation of a collection by suffix', () => {
    expect(physicalName('learners', 3)).toBe('learners_g3');
  });

  it('has no active generation until one is set, then that one, per projection', async () => {
    expect(await activeGeneration(store, 'learners')).toBeNull();
    await store.transaction((tx) => setActiveGeneration(tx, 'learners', 4));
    expect(await activeGeneration(store, 'learners')).toBe(4);
    expect(await activeGeneration(store, 'trainings')).toBeNull();
  });

  it('keeps a checkpoint per projection and generation, exactly, until it is dropped', async () => {
    const beyondDoubles = 9_007_199_254_740_993n;
    expect(await readCheckpoint(store, 'learners', 1)).toBeUndefined();
    await store.transaction(async (tx) => {
      await writeCheckpoint(tx, 'learners', 1, beyondDoubles);
      await writeCheckpoint(tx, 'learners', 2, 0n);
    });
    expect(await readCheckpoint(store, 'learners', 1)).toBe(beyondDoubles);
    expect(await readCheckpoint(store, 'learners', 2)).toBe(0n);
    expect(await readCheckpoint(store, 'trainings', 1)).toBeUndefined();

    await store.transaction((tx) => dropCheckpoint(tx, 'learners', 1));
    expect(await readCheckpoint(store, 'learners', 1)).toBeUndefined();
    expect(await readCheckpoint(store, 'learners', 2)).toBe(0n);
  });

  it('makes generation 1 active on first use, with its collections and their indexes', async () => {
    const fresh = new SqliteReadStore(join(mkdtempSync(join(tmpdir(), 'generations-')), 'r.db'));
    try {
      expect(await ensureActiveGeneration(fresh, LEARNERS)).toBe(1);
      expect(await activeGeneration(fresh, 'learners')).toBe(1);
    } finally {
      await fresh.close();
    }
    expect(await ensureActiveGeneration(store, LEARNERS)).toBe(1);
    expect(await exists('learners_g1')).toBe(true);
    expect(await exists('learnerNames_g1')).toBe(true);
    expect(indexCount(file, 'learners_g1')).toBe(2);
    expect(indexCount(file, 'learnerNames_g1')).toBe(1);
  });

  it('keeps the active generation it finds, and ensures its collections', async () => {
    await store.transaction((tx) => setActiveGeneration(tx, 'learners', 3));

    expect(await ensureActiveGeneration(store, LEARNERS)).toBe(3);
    expect(await activeGeneration(store, 'learners')).toBe(3);
    expect(await exists('learners_g3')).toBe(true);
    expect(await exists('learnerNames_g3')).toBe(true);
    expect(await exists('learners_g1')).toBe(false);
  });

  it('creates the collections of a generation without indexes when asked, and adds them later', async () => {
    await ensureGenerationCollections(store, LEARNERS, 2, false);
    expect(await exists('learners_g2')).toBe(true);
    expect(await exists('learnerNames_g2')).toBe(true);
    expect(indexCount(file, 'learners_g2')).toBe(0);

    await ensureGenerationCollections(store, LEARNERS, 2);
    expect(indexCount(file, 'learners_g2')).toBe(2);
    expect(indexCount(file, 'learnerNames_g2')).toBe(1);
  });
});
