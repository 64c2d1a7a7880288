import { randomUUID } from 'node:crypto';
import type { Doc, ReadStore } from '../../src/read-store/read-store';

interface Person extends Doc {
  readonly tenant: string;
  readonly name: string;
  readonly age: number;
  readonly active: boolean;
  readonly group: string | null;
}

/** The behaviour every read store adapter must show; each test works in collections of its own. */
export function readStoreContract(open: () => Promise<ReadStore>): void {
  let store: ReadStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });

  async function collectionOf(people: Omit<Person, '_id'>[] = []): Promise<string> {
    const name = `people_${randomUUID().replaceAll('-', '')}`;
    await store.ensureCollection({ name, indexes: [['tenant', 'age'], ['group']] });
    await store.transaction(async (tx) => {
      for (const [index, person] of people.entries())
        await tx.put(name, { _id: `p${String(index).padStart(3, '0')}`, ...person });
    });
    return name;
  }

  const people: Omit<Person, '_id'>[] = [
    { tenant: 'a', name: 'Zoë', age: 31, active: true, group: 'g1' },
    { tenant: 'a', name: 'Ömer', age: 25, active: false, group: null },
    { tenant: 'b', name: '王小明', age: 40, active: true, group: 'g1' },
    { tenant: 'a', name: 'Ana', age: 52, active: true, group: 'g2' },
  ];

  it('puts, gets, replaces and deletes documents by id', async () => {
    const name = await collectionOf();
    await store.transaction((tx) =>
      tx.put(name, { _id: 'x', value: 1, nested: { list: [1, 'two'] } }),
    );
    expect(await store.get(name, 'x')).toEqual({
      _id: 'x',
      value: 1,
      nested: { list: [1, 'two'] },
    });
    await store.transaction((tx) => tx.put(name, { _id: 'x', value: 2 }));
    expect(await store.get(name, 'x')).toEqual({ _id: 'x', value: 2 });
    await store.transaction((tx) => tx.delete(name, 'x'));
    expect(await store.get(name, 'x')).toBeNull();
  });

  it('puts many documents at once, inserting new ones and replacing existing ones', async () => {
    const name = await collectionOf(people);
    // More than one multi-row insert's worth, plus a remainder.
    const docs = Array.from({ length: 150 }, (_, i) => ({ _id: `n${i}`, value: i }));
    await store.transaction(async (tx) => {
      await tx.putMany(name, [{ _id: 'p001', replaced: true }, ...docs]);
      await tx.putMany(name, []);
    });
    expect(await store.get(name, 'p001')).toEqual({ _id: 'p001', replaced: true });
    const read = await store.getMany<Doc & { value: number }>(
      name,
      docs.map((doc) => doc._id),
    );
    expect(read.map((doc) => doc.value).sort((a, b) => a - b)).toEqual(docs.map((d) => d.value));
    expect(await store.find(name, { where: { tenant: 'a' } })).toHaveLength(2);
  });

  it('gets many by id, skipping missing ones', async () => {
    const name = await collectionOf(people);
    const found = await store.getMany<Person>(name, ['p000', 'missing', 'p002']);
    expect(found.map((p) => p.name).sort()).toEqual(['Zoë', '王小明'].sort());
    expect(await store.getMany(name, [])).toEqual([]);
  });

  it('finds by equality on several fields, booleans and nulls included', async () => {
    const name = await collectionOf(people);
    const names = async (where: Parameters<ReadStore['find']>[1]) =>
      (await store.find<Person>(name, where)).map((p) => p.name);
    expect(await names({ where: { tenant: 'a', active: true }, orderBy: 'age' })).toEqual([
      'Zoë',
      'Ana',
    ]);
    expect(await names({ where: { group: null } })).toEqual(['Ömer']);
    expect(await names({ where: { tenant: { in: ['b', 'c'] } } })).toEqual(['王小明']);
    expect(await names({ where: { tenant: { in: [] } } })).toEqual([]);
  });

  it('finds by an inclusive range, of ids or of a field, in order and within a limit', async () => {
    const name = await collectionOf(people);
    const found = async (query: Parameters<ReadStore['find']>[1]) =>
      (await store.find<Person>(name, query)).map((p) => p._id);
    expect(await found({ where: { _id: { from: 'p001', to: 'p003' } } })).toEqual([
      'p001',
      'p002',
      'p003',
    ]);
    expect(await found({ where: { _id: { from: 'p000', to: 'p003' } }, limit: 2 })).toEqual([
      'p000',
      'p001',
    ]);
    expect(await found({ where: { _id: { from: 'p0015', to: 'p002' } } })).toEqual(['p002']);
    expect(await found({ where: { _id: { from: 'p003', to: 'p001' } } })).toEqual([]);
    expect(
      await found({ where: { tenant: 'a', age: { from: 25, to: 31 } }, orderBy: 'age' }),
    ).toEqual(['p001', 'p000']);
  });

  it('orders, pages after a key and limits, in both directions', async () => {
    const name = await collectionOf(people);
    const ages = async (query: Parameters<ReadStore['find']>[1]) =>
      (await store.find<Person>(name, query)).map((p) => p.age);
    expect(await ages({ orderBy: 'age' })).toEqual([25, 31, 40, 52]);
    expect(await ages({ orderBy: 'age', direction: 'desc', limit: 2 })).toEqual([52, 40]);
    expect(await ages({ orderBy: 'age', after: 31 })).toEqual([40, 52]);
    expect(await ages({ orderBy: 'age', direction: 'desc', after: 40 })).toEqual([31, 25]);
    expect(await ages({ where: { tenant: 'a' }, orderBy: 'name' })).toEqual([52, 31, 25]);
  });

  it('streams documents in order without a limit', async () => {
    const name = await collectionOf(people);
    const seen: number[] = [];
    for await (const person of store.stream<Person>(name, {
      orderBy: 'age',
      where: { tenant: 'a' },
    }))
      seen.push(person.age);
    expect(seen).toEqual([25, 31, 52]);
  });

  it('lets other queries see what was committed while a stream is half read', async () => {
    // A stream read in pieces (a report export) must not pin every other query of the service
    // to the moment it began: a reactor would read a checkpoint or a record from back then.
    const name = await collectionOf(people);
    const stream = store.stream<Person>(name, { orderBy: 'age' })[Symbol.asyncIterator]();
    expect((await stream.next()).value).toMatchObject({ age: 25 });
    await store.transaction((tx) => tx.put(name, { _id: 'p000', ...people[0]!, age: 32 }));
    expect(await store.get<Person>(name, 'p000')).toMatchObject({ age: 32 });
    await stream.return?.();
  });

  it('commits all writes of a transaction or none of them', async () => {
    const name = await collectionOf();
    await expect(
      store.transaction(async (tx) => {
        await tx.put(name, { _id: 'a' });
        await tx.put(name, { _id: 'b' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await store.find(name)).toEqual([]);
    await store.transaction(async (tx) => {
      await tx.put(name, { _id: 'a' });
      expect(await tx.get(name, 'a')).toEqual({ _id: 'a' });
    });
    expect(await store.find(name)).toEqual([{ _id: 'a' }]);
  });

  it('runs the transactions of a bulk run as any others, and lets its error through', async () => {
    const name = await collectionOf();
    await expect(
      store.inBulk(async () => {
        await store.transaction((tx) => tx.put(name, { _id: 'kept' }));
        await expect(
          store.transaction(async (tx) => {
            await tx.put(name, { _id: 'undone' });
            throw new Error('changed my mind');
          }),
        ).rejects.toThrow('changed my mind');
        expect(await store.find(name)).toEqual([{ _id: 'kept' }]);
        throw new Error('stopped');
      }),
    ).rejects.toThrow('stopped');
    await store.transaction((tx) => tx.put(name, { _id: 'after' }));
    expect(await store.find(name)).toEqual([{ _id: 'after' }, { _id: 'kept' }]);
  });

  it('keeps queries outside a transaction from seeing its uncommitted writes', async () => {
    const name = await collectionOf();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => (written = resolve));
    const running = store.transaction(async (tx) => {
      await tx.put(name, { _id: 'pending' });
      written();
      await gate;
    });
    await wrote;
    expect(await store.get(name, 'pending')).toBeNull();
    release();
    await running;
    expect(await store.get(name, 'pending')).toEqual({ _id: 'pending' });
  });

  it('runs concurrent transactions without losing an update', async () => {
    const name = await collectionOf();
    await store.transaction((tx) => tx.put(name, { _id: 'counter', n: 0 }));
    await Promise.all(
      Array.from({ length: 20 }, () =>
        store.transaction(async (tx) => {
          const current = await tx.get<Doc & { n: number }>(name, 'counter');
          await tx.put(name, { _id: 'counter', n: (current?.n ?? 0) + 1 });
        }),
      ),
    );
    expect(await store.get(name, 'counter')).toEqual({ _id: 'counter', n: 20 });
  });

  it('reads a collection that was never created as empty', async () => {
    const name = `never_${randomUUID().replaceAll('-', '')}`;
    expect(await store.get(name, 'x')).toBeNull();
    expect(await store.getMany(name, ['x'])).toEqual([]);
    expect(await store.find(name, { where: { a: 1 }, orderBy: 'a' })).toEqual([]);
    for await (const _doc of store.stream(name)) throw new Error('nothing to stream');
  });

  it('drops a collection, and can create it again empty', async () => {
    const name = await collectionOf(people);
    await store.dropCollection(name);
    await store.ensureCollection({ name, indexes: [] });
    expect(await store.find(name)).toEqual([]);
  });

  it('refuses a write to a dropped collection instead of bringing it back', async () => {
    const name = await collectionOf(people);
    await store.dropCollection(name);
    await expect(
      store.transaction((tx) => tx.put(name, { _id: 'late', tenant: 'a' })),
    ).rejects.toThrow();
    expect(await store.get(name, 'late')).toBeNull();
    await store.ensureCollection({ name, indexes: [] });
    expect(await store.find(name)).toEqual([]);
  });

  // putMany skipped the guard on MongoDB (issue 25, item 10).
  it('refuses a batch write to a dropped collection too', async () => {
    const name = await collectionOf(people);
    await store.dropCollection(name);
    await expect(
      store.transaction((tx) => tx.putMany(name, [{ _id: 'late', tenant: 'a' }])),
    ).rejects.toThrow();
    expect(await store.get(name, 'late')).toBeNull();
  });

  it('ensures the same collection many times at once without error', async () => {
    const name = `people_${randomUUID().replaceAll('-', '')}`;
    const spec = { name, indexes: [['tenant', 'age']] };
    await Promise.all(Array.from({ length: 5 }, () => store.ensureCollection(spec)));
    await store.ensureCollection(spec);
    await store.transaction((tx) => tx.put(name, { _id: 'x', tenant: 'a', age: 1 }));
    expect(await store.find(name, { where: { tenant: 'a' }, orderBy: 'age' })).toHaveLength(1);
  });
}
