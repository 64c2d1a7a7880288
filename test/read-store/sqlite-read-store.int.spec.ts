import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { BatchCheckFailed } from '../../src/read-store/read-store';
import { SqliteReadStore } from '../../src/read-store/sqlite/sqlite-read-store';
import { readStoreContract } from './read-store.contract';

describe('SqliteReadStore (embedded)', () => {
  readStoreContract(() =>
    Promise.resolve(new SqliteReadStore(join(mkdtempSync(join(tmpdir(), 'read-')), 'read.sqlite'))),
  );
});

describe('SqliteReadStore in a bulk run', () => {
  /** WAL frames not yet copied into the database file after writing ~48 MB in 48 transactions. */
  async function framesLeftAfterWrites(bulk: boolean): Promise<number> {
    const file = join(mkdtempSync(join(tmpdir(), 'read-')), 'read.sqlite');
    const store = new SqliteReadStore(file);
    await store.ensureCollection({ name: 'blobs', indexes: [] });
    const write = async () => {
      for (let t = 0; t < 48; t++)
        await store.transaction((tx) =>
          tx.putMany(
            'blobs',
            Array.from({ length: 250 }, (_, i) => ({ _id: `${t}-${i}`, text: 'x'.repeat(4000) })),
          ),
        );
    };
    await (bulk ? store.inBulk(write) : write());
    // Another connection sees how much of the WAL was never checkpointed: PASSIVE copies it now.
    const other = new DatabaseSync(file);
    const { log, checkpointed } = other.prepare('PRAGMA wal_checkpoint(PASSIVE)').get() as {
      log: number;
      checkpointed: number;
    };
    other.close();
    await store.close();
    return checkpointed >= 0 ? log : -1;
  }

  it('puts off checkpoints (two fsyncs each) until the WAL holds ~100 MB, otherwise ~40 MB', async () => {
    // ~12,000 frames: one checkpoint at 10,000 leaves the rest; a bulk run checkpoints none.
    expect(await framesLeftAfterWrites(false)).toBeLessThan(5_000);
    expect(await framesLeftAfterWrites(true)).toBeGreaterThan(10_000);
  });
});

describe('SqliteReadStore committing batches in the background', () => {
  let file: string;
  let store: SqliteReadStore;
  beforeEach(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'read-')), 'read.sqlite');
    store = new SqliteReadStore(file);
    for (const name of ['docs', 'marks']) await store.ensureCollection({ name, indexes: [] });
    await store.transaction(async (tx) => {
      await tx.putMany('docs', [
        { _id: 'old', n: 0 },
        { _id: 'gone', n: 0 },
      ]);
      await tx.put('marks', { _id: 'mark', at: '7' });
    });
  });
  afterEach(() => store.close());

  const commit = (batch: Parameters<NonNullable<SqliteReadStore['commitInBackground']>>[0]) =>
    store.commitInBackground!(batch);
  const mark = (value: string | null) => ({ collection: 'marks', id: 'mark', field: 'at', value });

  it('puts and deletes in one transaction once its checks hold, whatever order the ids come in', async () => {
    await commit({
      checks: [mark('7'), { collection: 'marks', id: 'none', field: 'at', value: null }],
      writes: [
        {
          collection: 'docs',
          ids: ['z', 'gone', 'old', 'a'],
          docs: ['{"_id":"z","n":1}', null, '{"_id":"old","n":1}', '{"_id":"a","n":1}'],
        },
        { collection: 'marks', ids: ['mark'], docs: ['{"_id":"mark","at":"8"}'] },
      ],
    });
    expect(await store.find('docs')).toEqual([
      { _id: 'a', n: 1 },
      { _id: 'old', n: 1 },
      { _id: 'z', n: 1 },
    ]);
    expect(await store.get('marks', 'mark')).toEqual({ _id: 'mark', at: '8' });
  });

  it('writes nothing of a batch whose check does not hold, and says which', async () => {
    const put = { collection: 'docs', ids: ['new'], docs: ['{"_id":"new"}'] };
    await expect(commit({ checks: [mark('7'), mark('6')], writes: [put] })).rejects.toEqual(
      new BatchCheckFailed(1),
    );
    await expect(commit({ checks: [mark(null)], writes: [put] })).rejects.toBeInstanceOf(
      BatchCheckFailed,
    );
    expect(await store.get('docs', 'new')).toBeNull();
  });

  it('commits batches in the order they were sent, without waiting for one before the next', async () => {
    const batches = Array.from({ length: 20 }, (_, i) =>
      commit({
        checks: [],
        writes: [
          { collection: 'docs', ids: ['old'], docs: [JSON.stringify({ _id: 'old', n: i })] },
        ],
      }),
    );
    await Promise.all(batches);
    expect(await store.get('docs', 'old')).toEqual({ _id: 'old', n: 19 });
  });

  it("fails a batch the database refuses with SQLite's error, and commits the next", async () => {
    await store.dropCollection('docs');
    const refused = commit({
      checks: [],
      writes: [{ collection: 'docs', ids: ['x'], docs: ['{}'] }],
    });
    await expect(refused).rejects.toThrow('no such table');
    await commit({
      checks: [],
      writes: [{ collection: 'marks', ids: ['m2'], docs: ['{"_id":"m2"}'] }],
    });
    expect(await store.get('marks', 'm2')).toEqual({ _id: 'm2' });
  });

  it('lets the batches sent commit before it closes, and has none in memory', async () => {
    const sent = commit({
      checks: [],
      writes: [{ collection: 'marks', ids: ['late'], docs: ['{"_id":"late"}'] }],
    });
    await store.close();
    await sent;
    await expect(commit({ checks: [], writes: [] })).rejects.toThrow('closed');
    store = new SqliteReadStore(file);
    expect(await store.get('marks', 'late')).toEqual({ _id: 'late' });
    const inMemory = new SqliteReadStore(':memory:');
    expect(inMemory.commitInBackground).toBeUndefined();
    await inMemory.close();
  });
});

describe('SqliteReadStore running read jobs on a thread of its own', () => {
  const job = join(__dirname, 'jobs', 'titles-job.ts');
  const ask = { from: 'b', to: 'd', limit: 10, ids: ['e', 'a', 'zz'] };
  let store: SqliteReadStore;
  beforeEach(async () => {
    store = new SqliteReadStore(join(mkdtempSync(join(tmpdir(), 'read-')), 'read.sqlite'));
    await store.ensureCollection({ name: 'notes', indexes: [] });
    await store.transaction((tx) =>
      tx.putMany(
        'notes',
        ['a', 'b', 'c', 'd', 'e'].map((id) => ({ _id: id, title: `Note ${id}` })),
      ),
    );
  });
  afterEach(() => store.close());

  it('runs the job over what was committed, documents by id range in order and by id', async () => {
    await expect(store.onThread!(job, 'notes', ask)).resolves.toEqual({
      range: ['Note b', 'Note c', 'Note d'],
      many: ['Note a', 'Note e'],
    });
    await store.transaction((tx) => tx.put('notes', { _id: 'c', title: 'Changed' }));
    await expect(store.onThread!(job, 'notes', { ...ask, limit: 2 })).resolves.toEqual({
      range: ['Note b', 'Changed'],
      many: ['Note a', 'Note e'],
    });
  });

  it('reads a collection that does not exist as empty, as the store does', async () => {
    await expect(store.onThread!(job, 'none', ask)).resolves.toEqual({ range: [], many: [] });
  });

  it('fails a job that throws with its error, and runs the next', async () => {
    await expect(store.onThread!(job, 'notes', { ...ask, fail: 'no such note' })).rejects.toThrow(
      'no such note',
    );
    await expect(store.onThread!(job, 'notes', ask)).resolves.toMatchObject({
      many: ['Note a', 'Note e'],
    });
  });

  it('fails a job whose module does not load, and runs the next', async () => {
    const missing = join(__dirname, 'jobs', 'no-such-job.ts');
    await expect(store.onThread!(missing, 'notes', ask)).rejects.toThrow(/no-such-job/);
    await expect(store.onThread!(job, 'notes', ask)).resolves.toMatchObject({
      many: ['Note a', 'Note e'],
    });
  });

  it('fails a job whose answer cannot cross to this thread, and runs the next', async () => {
    await expect(store.onThread!(job, 'notes', { ...ask, odd: true })).rejects.toThrow(/clone/);
    await expect(store.onThread!(job, 'notes', ask)).resolves.toMatchObject({
      many: ['Note a', 'Note e'],
    });
  });

  it('answers the jobs asked before it closes, and none after', async () => {
    const asked = store.onThread!(job, 'notes', ask);
    await store.close();
    await expect(asked).resolves.toMatchObject({ range: ['Note b', 'Note c', 'Note d'] });
    await expect(store.onThread!(job, 'notes', ask)).rejects.toThrow('closed');
  });

  it('has none in memory: a store there cannot be reached from another thread', async () => {
    const memory = new SqliteReadStore(':memory:');
    expect(memory.onThread).toBeUndefined();
    await memory.close();
  });
});
