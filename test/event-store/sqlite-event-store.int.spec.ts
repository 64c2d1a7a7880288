import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { sampleEvent } from '../support/sample-events';
import { eventStoreContract } from './event-store.contract';

describe('SqliteEventStore (embedded)', () => {
  // Every open is another connection to one file, as several processes would share it.
  const file = join(mkdtempSync(join(tmpdir(), 'events-')), 'events.sqlite');
  eventStoreContract(() => Promise.resolve(new SqliteEventStore(file, 20)));
});

describe('SqliteEventStore on a file written before tenant indexes', () => {
  it('adds the tenant column and its indexes on open, backfilled from the metadata', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'events-')), 'events.sqlite');
    const old = new DatabaseSync(file);
    old.exec(`CREATE TABLE events (
      position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE,
      stream TEXT NOT NULL, revision INTEGER NOT NULL, type TEXT NOT NULL,
      data TEXT NOT NULL, metadata TEXT NOT NULL, UNIQUE (stream, revision))`);
    const insert = old.prepare(
      'INSERT INTO events (event_id, stream, revision, type, data, metadata) VALUES (?, ?, 0, ?, ?, ?)',
    );
    for (const [stream, tenant] of [
      ['enrollment-acme:x', 'acme'],
      ['enrollment-globex:x', 'globex'],
    ] as const) {
      const event = sampleEvent();
      insert.run(
        event.eventId,
        stream,
        event.type,
        '{}',
        JSON.stringify({ ...event.metadata, tenant }),
      );
    }
    // An earlier version also built an index by tenant and stream, which appends paid for.
    old.exec(
      "ALTER TABLE events ADD COLUMN tenant TEXT GENERATED ALWAYS AS (json_extract(metadata, '$.tenant')) VIRTUAL",
    );
    old.exec('CREATE INDEX events_tenant_stream ON events (tenant, stream, position)');
    old.close();

    const store = new SqliteEventStore(file);
    const log = await store.readTenantLog({ tenant: 'globex', limit: 10 });
    await store.close();
    expect(log.map((e) => e.stream)).toEqual(['enrollment-globex:x']);
    const reopened = new DatabaseSync(file);
    const indexes = reopened.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all();
    const plan = (sql: string) =>
      JSON.stringify(reopened.prepare(`EXPLAIN QUERY PLAN ${sql}`).all());
    const byType = plan(
      "SELECT * FROM events WHERE tenant = 'acme' AND type = 'X' AND position > 0 ORDER BY position",
    );
    // The shape of the store's query for one stream of a tenant's log.
    const byStream = plan(
      "SELECT * FROM events WHERE stream = 'enrollment-acme:x' AND +tenant = 'acme' AND position > 0 ORDER BY revision",
    );
    reopened.close();
    const names = indexes.map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(['events_tenant', 'events_tenant_type']));
    expect(names).not.toContain('events_tenant_stream');
    expect(byType).toContain('events_tenant_type');
    expect(byStream).toContain('sqlite_autoindex_events_2 (stream=?)');
    expect(byStream).not.toContain('TEMP B-TREE');
  });
});

describe('SqliteEventStore checkpoints', () => {
  it('copies committed pages into the database file soon after each commit, far below the writer’s own checkpoint threshold, on a thread of its own', async () => {
    // Given: a new log, its schema still in the WAL
    const file = join(mkdtempSync(join(tmpdir(), 'events-')), 'events.sqlite');
    const store = new SqliteEventStore(file);
    const before = statSync(file).size;

    // When: a few hundred events are appended, a few pages of WAL (the writer checkpoints at 10,000)
    for (let i = 0; i < 300; i++) {
      const event = sampleEvent();
      await store.append(`enrollment-acme:t:${i}`, [event], 'no-stream');
    }

    // Then: the database file holds them within a moment, the WAL copied into it
    const deadline = Date.now() + 5_000;
    while (statSync(file).size <= before && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const after = statSync(file).size;
    await store.close();
    expect(after).toBeGreaterThan(before + 100 * 1024);
  });
});

describe('SqliteEventStore reading the whole log ahead', () => {
  let store: SqliteEventStore;
  beforeEach(() => {
    store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), 'events-')), 'events.sqlite'));
  });
  afterEach(() => store.close());

  const pagesAhead = async (after: bigint | undefined, limit: number) => {
    const pages = [];
    for await (const page of store.readAhead!({ after, limit })) pages.push(page);
    return pages;
  };

  it('gives the pages readAll gives, and ends at the first empty one', async () => {
    for (let i = 0; i < 7; i++)
      await store.append(`enrollment-acme:t:${i}`, [sampleEvent(), sampleEvent()], 'no-stream');
    const expected = [];
    for (let after: bigint | undefined = 2n; ;) {
      const page = await store.readAll({ after, limit: 5 });
      if (page.length === 0) break;
      expected.push(page);
      after = page.at(-1)!.position;
    }

    const pages = await pagesAhead(2n, 5);

    expect(pages.map((page) => page.length)).toEqual([5, 5, 2]);
    expect(pages).toEqual(expected);
    expect(await pagesAhead(undefined, 100)).toEqual([await store.readAll({ limit: 100 })]);
    expect(await pagesAhead(14n, 5)).toEqual([]);
  });

  it('stops its thread when the caller stops asking, and has none in memory', async () => {
    for (let i = 0; i < 5; i++)
      await store.append(`enrollment-acme:t:${i}`, [sampleEvent()], 'no-stream');
    const seen: bigint[] = [];
    for await (const page of store.readAhead!({ limit: 2 })) {
      seen.push(...page.map((event) => event.position));
      break;
    }
    expect(seen).toEqual([1n, 2n]);
    const inMemory = new SqliteEventStore(':memory:');
    expect(inMemory.readAhead).toBeUndefined();
    await inMemory.close();
  });
});
