import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store';
import {
  applyPage,
  CheckpointMoved,
  type PageTarget,
} from '../../../src/projections/engine/apply-page';
import {
  ensureGenerationCollections,
  readCheckpoint,
  writeCheckpoint,
} from '../../../src/projections/engine/generations';
import type { Projection } from '../../../src/projections/projection';
import type { Doc, DocumentWriter, FindQuery } from '../../../src/read-store/read-store';
import { SqliteReadStore } from '../../../src/read-store/sqlite/sqlite-read-store';
import { append, recording, seen } from './engine-fixtures';

/** A real transaction that notes every document it is asked to read or write, by collection. */
class NotingWriter implements DocumentWriter {
  readonly reads: string[] = [];
  /** Documents read one at a time, and the size of each bulk read, by collection. */
  readonly singleReads: string[] = [];
  readonly bulkReads: string[] = [];
  readonly writes: string[] = [];
  constructor(private readonly tx: DocumentWriter) {}
  get<T extends Doc>(collection: string, id: string) {
    this.reads.push(`${collection}/${id}`);
    this.singleReads.push(`${collection}/${id}`);
    return this.tx.get<T>(collection, id);
  }
  getMany<T extends Doc>(collection: string, ids: readonly string[]) {
    this.reads.push(...ids.map((id) => `${collection}/${id}`));
    this.bulkReads.push(`${collection}: ${ids.length}`);
    return this.tx.getMany<T>(collection, ids);
  }
  find<T extends Doc>(collection: string, query?: FindQuery) {
    return this.tx.find<T>(collection, query);
  }
  stream<T extends Doc>(collection: string, query?: FindQuery) {
    return this.tx.stream<T>(collection, query);
  }
  put(collection: string, doc: Doc) {
    this.writes.push(`${collection}/${doc._id}`);
    return this.tx.put(collection, doc);
  }
  putMany(collection: string, docs: readonly Doc[]) {
    this.writes.push(...docs.map((doc) => `${collection}/${doc._id}`));
    return this.tx.putMany(collection, docs);
  }
  delete(collection: string, id: string) {
    this.writes.push(`${collection}/${id}`);
    return this.tx.delete(collection, id);
  }
}

const ENROLMENTS = recording('enrolments', ['LearnerEnrolled']);
const TRAININGS = recording('trainings', ['TrainingCreated']);
const at = (projection: Projection, checkpoint?: bigint, generation = 1): PageTarget => ({
  projection,
  generation,
  checkpoint,
});
/** Reads and writes outside the checkpoints' collection. */
const ofDocuments = (noted: readonly string[]) =>
  noted.filter((d) => !d.startsWith('projections/'));

describe('Applying a page of the log', () => {
  let events: SqliteEventStore;
  let store: SqliteReadStore;
  beforeEach(async () => {
    events = new SqliteEventStore(':memory:');
    store = new SqliteReadStore(':memory:');
    await store.ensureCollection({ name: 'projections', indexes: [] });
    for (const projection of [ENROLMENTS, TRAININGS])
      for (const generation of [1, 2])
        await ensureGenerationCollections(store, projection, generation);
  });
  afterEach(async () => {
    await store.close();
    await events.close();
  });
  const apply = (targets: readonly PageTarget[], page: Parameters<typeof applyPage>[2]) =>
    store.transaction((tx) => applyPage(tx, targets, page));
  const checkpoint = (projection: Projection, position: bigint, generation = 1) =>
    store.transaction((tx) => writeCheckpoint(tx, projection.name, generation, position));

  it('gives a projection only the types it handles, and moves its checkpoint to the end of the page', async () => {
    const page = await append(events, [
      'TrainingCreated',
      'LearnerEnrolled',
      'TrainingCreated',
      'LearnerEnrolled',
      'TrainingCreated',
    ]);

    expect(await apply([at(ENROLMENTS)], page)).toEqual([5n]);
    expect(await seen(store, ENROLMENTS)).toEqual([2, 4]);
    expect(await readCheckpoint(store, ENROLMENTS.name, 1)).toBe(5n);
  });

  it('applies several projections in one transaction, each from its own checkpoint', async () => {
    const first = await append(events, ['TrainingCreated', 'TrainingCreated']);
    await apply([at(TRAININGS)], first);
    const page = await append(events, ['LearnerEnrolled', 'TrainingCreated', 'LearnerEnrolled']);

    // The page starts behind the trainings' checkpoint: they skip what they already have.
    const reached = await apply([at(ENROLMENTS), at(TRAININGS, 2n)], [...first, ...page]);

    expect(reached).toEqual([5n, 5n]);
    expect(await seen(store, ENROLMENTS)).toEqual([3, 5]);
    expect(await seen(store, TRAININGS)).toEqual([1, 2, 4]);
    expect(await readCheckpoint(store, ENROLMENTS.name, 1)).toBe(5n);
    expect(await readCheckpoint(store, TRAININGS.name, 1)).toBe(5n);
  });

  it('leaves a projection at or past the end of the page as it is', async () => {
    const page = await append(events, ['TrainingCreated', 'LearnerEnrolled', 'TrainingCreated']);
    await checkpoint(TRAININGS, 3n);
    await checkpoint(ENROLMENTS, 7n);

    expect(await apply([at(TRAININGS, 3n), at(ENROLMENTS, 7n)], page)).toEqual([3n, 7n]);
    expect(await seen(store, TRAININGS)).toEqual([]);
    expect(await seen(store, ENROLMENTS)).toEqual([]);
    expect(await readCheckpoint(store, TRAININGS.name, 1)).toBe(3n);
    expect(await readCheckpoint(store, ENROLMENTS.name, 1)).toBe(7n);
  });

  it('answers an empty page with the checkpoints it was given', async () => {
    await checkpoint(TRAININGS, 3n);

    expect(await apply([at(ENROLMENTS), at(TRAININGS, 3n)], [])).toEqual([undefined, 3n]);
    expect(await readCheckpoint(store, ENROLMENTS.name, 1)).toBeUndefined();
  });

  it('refuses the whole page when another process moved a checkpoint first', async () => {
    const page = await append(events, ['LearnerEnrolled', 'TrainingCreated', 'TrainingCreated']);
    await checkpoint(TRAININGS, 2n);

    for (const behind of [undefined, 1n]) {
      const refused = apply([at(ENROLMENTS), at(TRAININGS, behind)], page);
      await expect(refused).rejects.toThrow(CheckpointMoved);
      await expect(refused).rejects.toMatchObject({
        name: 'CheckpointMoved',
        projection: TRAININGS.name,
        message: 'The checkpoint of trainings moved under this page',
      });
    }
    // The enrolments, applied before the trainings' check, were rolled back with the page.
    expect(await seen(store, ENROLMENTS)).toEqual([]);
    expect(await readCheckpoint(store, ENROLMENTS.name, 1)).toBeUndefined();
    expect(await readCheckpoint(store, TRAININGS.name, 1)).toBe(2n);
  });

  it('refuses a page for a projection that has a checkpoint the target does not know of', async () => {
    const page = await append(events, ['LearnerEnrolled']);
    await checkpoint(ENROLMENTS, 1n);

    await expect(apply([at(ENROLMENTS)], page)).rejects.toThrow(CheckpointMoved);
  });

  it('writes documents and checkpoint into the generation it is given, only there', async () => {
    const page = await append(events, ['LearnerEnrolled', 'LearnerEnrolled']);

    expect(await apply([at(ENROLMENTS, undefined, 2)], page)).toEqual([2n]);
    expect(await seen(store, ENROLMENTS, 2)).toEqual([1, 2]);
    expect(await seen(store, ENROLMENTS, 1)).toEqual([]);
    expect(await readCheckpoint(store, ENROLMENTS.name, 2)).toBe(2n);
    expect(await readCheckpoint(store, ENROLMENTS.name, 1)).toBeUndefined();
  });

  it('reads each document at most once and writes it once per page, whatever the events in it', async () => {
    await apply([at(ENROLMENTS)], await append(events, ['LearnerEnrolled']));
    const page = await append(events, ['LearnerEnrolled', 'LearnerEnrolled', 'LearnerEnrolled']);

    const noted = await store.transaction(async (tx) => {
      const noting = new NotingWriter(tx);
      await applyPage(noting, [at(ENROLMENTS, 1n)], page);
      return noting;
    });

    expect(ofDocuments(noted.reads)).toEqual(['enrolments_g1/seen']);
    expect(noted.bulkReads).toEqual(['enrolments_g1: 1']);
    expect(ofDocuments(noted.writes)).toEqual(['enrolments_g1/seen']);
    expect(await seen(store, ENROLMENTS)).toEqual([1, 2, 3, 4]);
  });

  it('reads no document that a change creates', async () => {
    const creating: Projection = {
      name: 'created',
      collections: [{ name: 'created', indexes: [] }],
      handles: ['LearnerEnrolled'],
      project: (event) => [
        {
          collection: 'created',
          id: `e${event.position}`,
          creates: true,
          update: (doc) => ({ _id: `e${event.position}`, before: doc }),
        },
      ],
    };
    await ensureGenerationCollections(store, creating, 1);
    const page = await append(events, ['LearnerEnrolled', 'LearnerEnrolled']);

    const noted = await store.transaction(async (tx) => {
      const noting = new NotingWriter(tx);
      await applyPage(noting, [at(creating)], page);
      return noting;
    });

    expect(ofDocuments(noted.reads)).toEqual([]);
    expect(ofDocuments(noted.writes)).toEqual(['created_g1/e1', 'created_g1/e2']);
    expect(await store.get('created_g1', 'e2')).toEqual({ _id: 'e2', before: null });
  });

  it('reads the documents a page names in bulk, in chunks of 500, and each once, found or not', async () => {
    const count = 1_000;
    const fanOut: Projection = {
      name: 'fanOut',
      collections: [{ name: 'fanOut', indexes: [] }],
      handles: ['TrainingCreated'],
      project: () =>
        Array.from({ length: count }, (_, i) => ({
          collection: 'fanOut',
          id: `d${i}`,
          update: (doc: Doc | null) => ({ _id: `d${i}`, hits: Number(doc?.hits ?? 0) + 1 }),
        })),
    };
    await ensureGenerationCollections(store, fanOut, 1);
    await store.transaction((tx) =>
      tx.putMany('fanOut_g1', [
        { _id: 'd0', hits: 10 },
        { _id: 'd700', hits: 20 },
        { _id: 'd999', hits: 30 },
      ]),
    );
    const page = await append(events, ['TrainingCreated']);

    const noted = await store.transaction(async (tx) => {
      const noting = new NotingWriter(tx);
      await applyPage(noting, [at(fanOut)], page);
      return noting;
    });

    const reads = ofDocuments(noted.reads);
    expect(reads).toHaveLength(count);
    expect(new Set(reads).size).toBe(count);
    // Up front, in bulk, in reads SQLite can bind: none one at a time.
    expect(noted.bulkReads).toEqual(['fanOut_g1: 500', 'fanOut_g1: 500']);
    expect(ofDocuments(noted.singleReads)).toEqual([]);
    const docs = await store.find('fanOut_g1');
    expect(docs).toHaveLength(count);
    expect(await store.getMany('fanOut_g1', ['d0', 'd1', 'd700', 'd999'])).toEqual(
      expect.arrayContaining([
        { _id: 'd0', hits: 11 },
        { _id: 'd1', hits: 1 },
        { _id: 'd700', hits: 21 },
        { _id: 'd999', hits: 31 },
      ]),
    );
  });

  it('resolves an id given as a function once the earlier changes of its event have run', async () => {
    // Each event follows a pointer to the document it counts, then moves the pointer on.
    const chain: Projection = {
      name: 'chain',
      collections: [{ name: 'chain', indexes: [] }],
      handles: ['LearnerEnrolled'],
      project: (event) => {
        let target = '';
        return [
          {
            collection: 'chain',
            id: 'pointer',
            update: (doc) => {
              target = (doc?.next as string | undefined) ?? 'first';
              return { _id: 'pointer', next: `after${event.position}` };
            },
          },
          {
            collection: 'chain',
            id: () => target,
            update: (doc) => ({ _id: target, hits: Number(doc?.hits ?? 0) + 1 }),
          },
        ];
      },
    };
    await ensureGenerationCollections(store, chain, 1);
    await store.transaction((tx) => tx.put('chain_g1', { _id: 'first', hits: 5 }));
    const page = await append(events, ['LearnerEnrolled', 'LearnerEnrolled', 'LearnerEnrolled']);

    await apply([at(chain)], page);

    expect(await store.find('chain_g1', { orderBy: '_id' })).toEqual([
      { _id: 'after1', hits: 1 },
      { _id: 'after2', hits: 1 },
      { _id: 'first', hits: 6 },
      { _id: 'pointer', next: 'after3' },
    ]);
  });

  it('deletes the documents a change empties, also those created earlier in the page', async () => {
    // TrainingCreated creates a document per event; CertificateDeleted empties the newest one.
    const lifecycle: Projection = {
      name: 'lifecycle',
      collections: [{ name: 'lifecycle', indexes: [] }],
      handles: ['TrainingCreated', 'CertificateDeleted'],
      project: (event) =>
        event.type === 'TrainingCreated'
          ? [
              {
                collection: 'lifecycle',
                id: `t${event.position}`,
                update: () => ({ _id: `t${event.position}` }),
              },
            ]
          : [{ collection: 'lifecycle', id: `t${event.position - 1n}`, update: () => null }],
    };
    await ensureGenerationCollections(store, lifecycle, 1);
    await apply([at(lifecycle)], await append(events, ['TrainingCreated']));
    const page = await append(events, [
      'CertificateDeleted',
      'TrainingCreated',
      'TrainingCreated',
      'CertificateDeleted',
    ]);

    await apply([at(lifecycle, 1n)], page);

    expect(await store.find('lifecycle_g1', { orderBy: '_id' })).toEqual([{ _id: 't3' }]);
  });
});
