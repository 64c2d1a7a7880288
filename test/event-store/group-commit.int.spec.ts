import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { WrongExpectedRevisionError } from '../../src/event-store/event-store';
import { GroupCommit } from '../../src/sqlite/group-commit';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { sampleEvent, uniqueStream } from '../support/sample-events';

const newFile = (): string => join(mkdtempSync(join(tmpdir(), 'group-commit-')), 'db.sqlite');

/** A writer and a second connection on the same WAL file, which sees only what is committed. */
function twoConnections(): { writer: DatabaseSync; reader: DatabaseSync; close: () => void } {
  const file = newFile();
  const writer = new DatabaseSync(file);
  writer.exec('PRAGMA journal_mode = WAL; CREATE TABLE rows (id INTEGER PRIMARY KEY)');
  const reader = new DatabaseSync(file);
  return {
    writer,
    reader,
    close: () => {
      writer.close();
      reader.close();
    },
  };
}

const countRows = (db: DatabaseSync): number =>
  Number((db.prepare('SELECT COUNT(*) AS n FROM rows').get() as { n: number }).n);

describe('GroupCommit', () => {
  it('runs the jobs submitted together in one transaction that no other connection sees before its commit', async () => {
    const { writer, reader, close } = twoConnections();
    let commits = 0;
    const group = new GroupCommit<number>(writer, () => commits++);
    const insert = writer.prepare('INSERT INTO rows (id) VALUES (?)');
    const seenByOthers: number[] = [];

    const results = await Promise.all(
      Array.from({ length: 50 }, (_, id) =>
        group.run(() => {
          insert.run(id);
          seenByOthers.push(countRows(reader));
          return id;
        }),
      ),
    );

    expect(results).toEqual(Array.from({ length: 50 }, (_, id) => id));
    expect(new Set(seenByOthers)).toEqual(new Set([0]));
    expect(countRows(reader)).toBe(50);
    expect(commits).toBe(1);
    close();
  });

  it('rolls back a job that throws alone, after what it wrote; the others commit', async () => {
    const { writer, reader, close } = twoConnections();
    const group = new GroupCommit<number>(writer, () => undefined);
    const insert = writer.prepare('INSERT INTO rows (id) VALUES (?)');

    const outcomes = await Promise.allSettled([
      group.run(() => insert.run(1).changes as number),
      group.run(() => {
        insert.run(2);
        throw new Error('refused after writing');
      }),
      group.run(() => insert.run(3).changes as number),
    ]);

    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(reader.prepare('SELECT id FROM rows ORDER BY id').all()).toEqual([{ id: 1 }, { id: 3 }]);
    close();
  });

  it('undoes alone a job declared as one statement when that statement fails', async () => {
    const { writer, reader, close } = twoConnections();
    const group = new GroupCommit<number>(writer, () => undefined);
    const insert = (sql: string) => () => writer.prepare(sql).run().changes as number;

    const outcomes = await Promise.allSettled([
      group.run(insert('INSERT INTO rows (id) VALUES (1)'), true),
      group.run(insert('INSERT INTO rows (id) VALUES (5), (1)'), true),
      group.run(insert('INSERT INTO rows (id) VALUES (3)'), true),
    ]);

    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(reader.prepare('SELECT id FROM rows ORDER BY id').all()).toEqual([{ id: 1 }, { id: 3 }]);
    close();
  });

  it('refuses every job of a batch that cannot take the write lock, and writes the next batch once it can', async () => {
    const { writer, reader, close } = twoConnections();
    writer.exec('PRAGMA busy_timeout = 10');
    const group = new GroupCommit<void>(writer, () => undefined);
    const insert = writer.prepare('INSERT INTO rows (id) VALUES (?)');
    reader.exec('BEGIN IMMEDIATE');

    const blocked = await Promise.allSettled(
      [1, 2].map((id) => group.run(() => void insert.run(id))),
    );
    reader.exec('ROLLBACK');
    await group.run(() => void insert.run(3));

    expect(blocked.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(reader.prepare('SELECT id FROM rows').all()).toEqual([{ id: 3 }]);
    expect(writer.isTransaction).toBe(false);
    close();
  });
});

describe('SqliteEventStore group commit', () => {
  let store: SqliteEventStore;
  beforeEach(() => {
    store = new SqliteEventStore(newFile(), 20);
  });
  afterEach(() => store.close());

  it('refuses among concurrent appends those reusing a stored event id, keeping none of their events', async () => {
    const taken = sampleEvent();
    await store.append(uniqueStream(), [taken], 'no-stream');
    const [before, secondClashes, onlyClashes, after] = Array.from({ length: 4 }, () =>
      uniqueStream(),
    ) as [string, string, string, string];

    const outcomes = await Promise.allSettled([
      store.append(before, [sampleEvent()], 'no-stream'),
      store.append(secondClashes, [sampleEvent(), taken], 'no-stream'),
      store.append(onlyClashes, [taken], 'no-stream'),
      store.append(after, [sampleEvent()], 'no-stream'),
    ]);

    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect(await store.readStream(secondClashes)).toEqual([]);
    expect(await store.readStream(onlyClashes)).toEqual([]);
    expect(await store.readStream(before)).toHaveLength(1);
    expect(await store.readStream(after)).toHaveLength(1);
  });

  it('answers a re-append sent with the original, in the same batch, with the original result', async () => {
    const stream = uniqueStream();
    const events = [sampleEvent(), sampleEvent()];
    const [first, again] = await Promise.all([
      store.append(stream, events, 'no-stream'),
      store.append(stream, events, 'no-stream'),
    ]);
    expect(again).toEqual(first);
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('checks each append of a batch against the ones before it in the batch', async () => {
    const stream = uniqueStream();
    const outcomes = await Promise.allSettled([
      store.append(stream, [sampleEvent()], 'no-stream'),
      store.append(stream, [sampleEvent()], 0n),
      store.append(stream, [sampleEvent()], 0n),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(outcomes[2]).toMatchObject({ reason: expect.any(WrongExpectedRevisionError) });
    expect((await store.readStream(stream)).map((e) => e.revision)).toEqual([0n, 1n]);
  });

  it('writes the appends still pending when it closes', async () => {
    const file = newFile();
    const closing = new SqliteEventStore(file, 20);
    const stream = uniqueStream();
    const pending = closing.append(stream, [sampleEvent()], 'no-stream');
    await closing.close();
    await expect(pending).resolves.toMatchObject({ revision: 0n });
    const reopened = new SqliteEventStore(file, 20);
    expect(await reopened.readStream(stream)).toHaveLength(1);
    await reopened.close();
  });
});
