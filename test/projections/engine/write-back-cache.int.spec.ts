import { WriteBackCache } from '../../../src/projections/engine/write-back-cache';
import type { Doc, DocumentReader } from '../../../src/read-store/read-store';
import { SqliteReadStore } from '../../../src/read-store/sqlite/sqlite-read-store';

/** The store's reads, noted, so a test sees what the cache asked of it. */
class NotingReader implements Pick<DocumentReader, 'get' | 'getMany'> {
  readonly reads: string[] = [];
  constructor(private readonly store: DocumentReader) {}
  get<T extends Doc>(collection: string, id: string) {
    this.reads.push(`${collection}/${id}`);
    return this.store.get<T>(collection, id);
  }
  getMany<T extends Doc>(collection: string, ids: readonly string[]) {
    this.reads.push(...ids.map((id) => `${collection}/${id}`));
    return this.store.getMany<T>(collection, ids);
  }
}

describe('The write-back cache of a rebuild', () => {
  let store: SqliteReadStore;
  let reader: NotingReader;
  let cache: WriteBackCache;
  beforeEach(async () => {
    store = new SqliteReadStore(':memory:');
    for (const name of ['a', 'b']) await store.ensureCollection({ name, indexes: [] });
    await store.transaction((tx) => tx.putMany('a', [{ _id: 'kept', n: 1 }, { _id: 'old' }]));
    reader = new NotingReader(store);
    cache = new WriteBackCache(reader);
  });
  afterEach(() => store.close());

  const writeBack = () => store.transaction((tx) => cache.writeTo(tx));

  it('reads a document from the store once, then answers from memory, found or not', async () => {
    expect(await cache.get('a', 'kept')).toEqual({ _id: 'kept', n: 1 });
    expect(await cache.getMany('a', ['kept', 'old', 'none'])).toEqual([
      { _id: 'kept', n: 1 },
      { _id: 'old' },
    ]);
    expect(await cache.get('a', 'none')).toBeNull();
    expect(await cache.getMany('a', ['none', 'old'])).toEqual([{ _id: 'old' }]);

    expect(reader.reads).toEqual(['a/kept', 'a/old', 'a/none']);
    expect(cache.size).toBe(3);
  });

  it('keeps writes in memory, reads them back, and leaves the store as it was until written back', async () => {
    await cache.put('a', { _id: 'kept', n: 2 });
    await cache.putMany('b', [{ _id: 'x' }, { _id: 'y' }]);
    await cache.delete('a', 'old');

    expect(await cache.get('a', 'kept')).toEqual({ _id: 'kept', n: 2 });
    expect(await cache.getMany('a', ['old'])).toEqual([]);
    expect(reader.reads).toEqual([]);
    expect(await store.find('a')).toEqual([{ _id: 'kept', n: 1 }, { _id: 'old' }]);
    expect(await store.find('b')).toEqual([]);
  });

  it('writes back the changed documents only, collection by collection in id order', async () => {
    const written: string[] = [];
    await cache.get('a', 'kept');
    await cache.putMany('b', [{ _id: 'y' }, { _id: 'x' }]);
    await cache.put('a', { _id: 'new' });
    await cache.delete('a', 'old');

    await store.transaction((tx) =>
      cache.writeTo({
        get: tx.get.bind(tx),
        getMany: tx.getMany.bind(tx),
        put: tx.put.bind(tx),
        putMany: (collection, docs) => {
          written.push(...docs.map((doc) => `${collection}/${doc._id}`));
          return tx.putMany(collection, docs);
        },
        delete: (collection, id) => {
          written.push(`-${collection}/${id}`);
          return tx.delete(collection, id);
        },
      }),
    );

    expect(written).toEqual(['-a/old', 'a/new', 'b/x', 'b/y']);
    expect(await store.find('a')).toEqual([{ _id: 'kept', n: 1 }, { _id: 'new' }]);
    expect(await store.find('b')).toEqual([{ _id: 'x' }, { _id: 'y' }]);
  });

  it('reads nothing from a collection that starts empty, and deletes nothing there', async () => {
    cache.startsEmpty('b');
    await store.transaction((tx) => tx.put('b', { _id: 'stale' }));

    expect(await cache.get('b', 'stale')).toBeNull();
    expect(await cache.getMany('b', ['x'])).toEqual([]);
    await cache.put('b', { _id: 'x' });
    await cache.delete('b', 'x');
    await writeBack();

    expect(reader.reads).toEqual([]);
    expect(await store.find('b')).toEqual([{ _id: 'stale' }]);
  });

  it('deletes from a collection that started empty only what it wrote back there', async () => {
    cache.startsEmpty('b');
    await cache.putMany('b', [{ _id: 'x' }, { _id: 'y' }]);
    await writeBack();
    cache.clear();
    await cache.delete('b', 'x');
    await cache.delete('b', 'never');
    const deleted: string[] = [];

    await store.transaction((tx) =>
      cache.writeTo({
        get: tx.get.bind(tx),
        getMany: tx.getMany.bind(tx),
        put: tx.put.bind(tx),
        putMany: tx.putMany.bind(tx),
        delete: (collection, id) => {
          deleted.push(`${collection}/${id}`);
          return tx.delete(collection, id);
        },
      }),
    );

    expect(deleted).toEqual(['b/x']);
    expect(await store.find('b')).toEqual([{ _id: 'y' }]);
  });

  it('can write back again, as a retried transaction does, and forgets everything once cleared', async () => {
    cache.startsEmpty('b');
    await cache.put('b', { _id: 'x', n: 1 });
    await expect(
      store.transaction(async (tx) => {
        await cache.writeTo(tx);
        throw new Error('transient');
      }),
    ).rejects.toThrow('transient');
    await writeBack();
    cache.clear();

    expect(cache.size).toBe(0);
    expect(await store.find('b')).toEqual([{ _id: 'x', n: 1 }]);
    // What was written back is read from the store again, and only that.
    expect(await cache.getMany('b', ['x', 'y'])).toEqual([{ _id: 'x', n: 1 }]);
    expect(await cache.get('b', 'z')).toBeNull();
    expect(reader.reads).toEqual(['b/x']);
  });

  it('takes the changed documents as a batch, and answers from it until it is committed', async () => {
    cache.startsEmpty('b');
    await cache.get('a', 'kept');
    await cache.put('a', { _id: 'new', n: 2 });
    await cache.delete('a', 'old');
    await cache.putMany('b', [{ _id: 'y' }, { _id: 'x' }]);
    await cache.delete('b', 'never');
    const check = { collection: 'a', id: 'kept', field: 'n', value: '1' };

    const batch = cache.takeBatch([check]);

    // Changed documents only, serialised; a deletion where the store may hold the document.
    expect(batch.checks).toEqual([check]);
    expect(batch.writes).toEqual([
      { collection: 'a', ids: ['new', 'old'], docs: ['{"_id":"new","n":2}', null] },
      { collection: 'b', ids: ['y', 'x'], docs: ['{"_id":"y"}', '{"_id":"x"}'] },
    ]);
    expect(cache.size).toBe(0);
    expect(() => cache.takeBatch([])).toThrow('being committed already');
    // The store has none of it yet: the cache answers from the batch, and reads only the rest.
    expect(await cache.get('a', 'new')).toEqual({ _id: 'new', n: 2 });
    expect(await cache.getMany('a', ['old', 'kept'])).toEqual([{ _id: 'kept', n: 1 }]);
    expect(await cache.getMany('b', ['x', 'y'])).toEqual([{ _id: 'x' }, { _id: 'y' }]);
    expect(reader.reads).toEqual(['a/kept']);
    expect(cache.size).toBe(5);

    await store.transaction((tx) => tx.putMany('b', [{ _id: 'x', n: 3 }]));
    cache.committed();
    cache.clear();
    // Committed: the batch's documents are read from the store, those of a fresh collection too.
    expect(await cache.get('b', 'x')).toEqual({ _id: 'x', n: 3 });
    expect(await cache.get('a', 'new')).toBeNull();
    expect(cache.takeBatch([]).writes).toEqual([]);
  });
});
