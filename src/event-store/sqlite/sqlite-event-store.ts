import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { AnyEvent } from '../../events/any-event';
import type { DomainEvent } from '../../core/decider';
import {
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type Position,
  type ReadAllOptions,
  type RecordedEvent,
  SHARED_MARKERS,
  type StreamReadOptions,
  type SubscribeOptions,
  type TenantLogOptions,
  WrongExpectedRevisionError,
} from '../event-store';
import { DuplicateEventIdError, duplicateIn } from '../duplicate-event-id-error';
import { followLog, followLogInPages } from '../follow-log';
import { AppendSignal } from '../append-signal';
import { COLUMNS, type EventRow, toRecorded } from './event-row';
import { CheckpointThread } from '../../sqlite/checkpoint-thread';
import { GroupCommit } from '../../sqlite/group-commit';
import { WAIT_FOR_LOCKS, whileLocked } from '../../sqlite/wait-for-locks';
import { indexProfilesInTheClear } from './profiles-in-the-clear';
import { readAhead } from './read-ahead';

/**
 * WAL pages after which a commit checkpoints (SQLite's default is 1,000): the backstop, and the
 * WAL's reset, behind the checkpoint thread that copies pages soon after each commit.
 */
const CHECKPOINT_PAGES = 10_000;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    stream   TEXT NOT NULL,
    revision INTEGER NOT NULL,
    type     TEXT NOT NULL,
    data     TEXT NOT NULL,
    metadata TEXT NOT NULL,
    UNIQUE (stream, revision)
  );
`;

/**
 * A tenant's log is read through its own indexes. The tenant is a virtual column computed from
 * the metadata, so appends need not know it, and adding it to an existing file (in one
 * transaction, in case two processes open the file at once) backfills every row as the indexes
 * are built. One stream's events are found through the stream's own index instead: an index by
 * tenant and stream cost every append a fifth of its time and is dropped where it was built.
 */
function addTenantIndexes(db: DatabaseSync): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    const columns = db.prepare('PRAGMA table_xinfo(events)').all() as { name: string }[];
    if (!columns.some((column) => column.name === 'tenant'))
      db.exec(
        "ALTER TABLE events ADD COLUMN tenant TEXT GENERATED ALWAYS AS (json_extract(metadata, '$.tenant')) VIRTUAL",
      );
    db.exec(`
      CREATE INDEX IF NOT EXISTS events_tenant ON events (tenant, position);
      DROP INDEX IF EXISTS events_tenant_stream;
      CREATE INDEX IF NOT EXISTS events_tenant_type ON events (tenant, type, position);
    `);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/**
 * The embedded event log: one SQLite file in WAL mode. Appends run in `BEGIN IMMEDIATE`
 * transactions, so several processes sharing the file still append one at a time and the
 * expected-revision check cannot race; appends made in the same turn of the event loop share
 * one transaction (group commit), each checked and refused alone. One writer at a time and
 * positions taken at insert mean a reader never sees a later position before an earlier one.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: DatabaseSync;
  private readonly appended: AppendSignal;
  private readonly appends: GroupCommit<AppendResult>;
  private readonly checkpoints: CheckpointThread | undefined;
  /** A database in memory cannot be reached from another thread: it has no read-ahead. */
  readonly readAhead?: (options: ReadAllOptions) => AsyncIterable<RecordedEvent[]>;
  private readonly tenantLog = new Map<string, StatementSync>();
  private readonly statements: {
    streamRevision: StatementSync;
    insert: StatementSync;
    byEventId: StatementSync;
    readStream: StatementSync;
    readAll: StatementSync;
    head: StatementSync;
    ofType: StatementSync;
  };

  constructor(file: string, pollIntervalMs = 200) {
    this.appended = new AppendSignal(pollIntervalMs);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new DatabaseSync(file);
    // Every append lands on random pages of the event-id and stream indexes, so a checkpoint
    // copies about as many pages as the WAL holds and syncs twice: at SQLite's default of 1,000
    // pages it took half of an append's time. Ten times as many pages (a WAL of up to 40 MB)
    // write each page once for many appends and sync a tenth as often.
    whileLocked(() => {
      this.db.exec(
        `${WAIT_FOR_LOCKS} PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
         PRAGMA wal_autocheckpoint = ${CHECKPOINT_PAGES};`,
      );
      this.db.exec(SCHEMA);
    });
    addTenantIndexes(this.db);
    indexProfilesInTheClear(this.db);
    // A database in memory has no file another connection could checkpoint.
    this.checkpoints = file === ':memory:' ? undefined : new CheckpointThread(file);
    if (file !== ':memory:') this.readAhead = (options) => readAhead(file, options);
    this.appends = new GroupCommit(
      this.db,
      () => {
        this.appended.notify();
        this.checkpoints?.committed();
      },
      thrownHere,
    );
    const prepare = (sql: string): StatementSync => {
      const statement = this.db.prepare(sql);
      statement.setReadBigInts(true);
      return statement;
    };
    this.statements = {
      streamRevision: prepare('SELECT MAX(revision) AS revision FROM events WHERE stream = ?'),
      insert: prepare(
        'INSERT INTO events (event_id, stream, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      byEventId: prepare('SELECT position, stream, revision FROM events WHERE event_id = ?'),
      readStream: prepare(
        `SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision > ? ORDER BY revision`,
      ),
      readAll: prepare(
        `SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
      ),
      head: prepare('SELECT MAX(position) AS position FROM events'),
      // The tenants by a loose scan of their index (one seek each), then each tenant's events
      // of the type through the (tenant, type, position) index: no pass over the log.
      ofType: prepare(
        `WITH RECURSIVE tenants(tenant) AS (
           SELECT MIN(tenant) FROM events
           UNION ALL
           SELECT (SELECT MIN(tenant) FROM events WHERE tenant > tenants.tenant) FROM tenants
           WHERE tenants.tenant IS NOT NULL)
         SELECT ${COLUMNS} FROM events
         WHERE tenant IN (SELECT tenant FROM tenants WHERE tenant IS NOT NULL)
           AND type = ? AND position > ? ORDER BY position LIMIT ?`,
      ),
    };
  }

  append(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    return this.appends.run(() => {
      try {
        return this.appendInTransaction(stream, events, expected);
      } catch (error) {
        throw this.asPortError(error, stream, events);
      }
    }, events.length === 1);
  }

  private appendInTransaction(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): AppendResult {
    const row = this.statements.streamRevision.get(stream) as { revision: bigint | null };
    const actual = row.revision ?? 'no-stream';
    if (actual !== expected) {
      const earlier = this.sameAppendAlreadyStored(stream, events, expected);
      if (earlier) return earlier;
      throw new WrongExpectedRevisionError(stream, expected, actual);
    }
    let revision = expected === 'no-stream' ? -1n : expected;
    let position = 0n;
    for (const event of events) {
      revision += 1n;
      const inserted = this.statements.insert.run(
        event.eventId,
        stream,
        revision,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
      );
      position = BigInt(inserted.lastInsertRowid);
    }
    return { revision, position };
  }

  /** The unique index on event ids is how this store refuses a duplicate id (see the port). */
  private asPortError(error: unknown, stream: string, events: readonly EventToAppend[]): Error {
    // node:sqlite's errors may come from another realm (under Jest), so no instanceof here.
    const message = (error as { message?: unknown } | null)?.message;
    if (
      typeof message !== 'string' ||
      !message.includes('UNIQUE constraint failed: events.event_id')
    )
      return error instanceof Error ? error : new Error(String(error));
    const stored = events.find((event) => this.statements.byEventId.get(event.eventId));
    return new DuplicateEventIdError(stream, duplicateIn(events) ?? stored?.eventId ?? '?');
  }

  /** A retry of an append that already succeeded: same ids, same stream, same place. */
  private sameAppendAlreadyStored(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): AppendResult | null {
    let revision = expected === 'no-stream' ? -1n : expected;
    let position = 0n;
    for (const event of events) {
      revision += 1n;
      const stored = this.statements.byEventId.get(event.eventId) as
        { position: bigint; stream: string; revision: bigint } | undefined;
      if (!stored || stored.stream !== stream || stored.revision !== revision) return null;
      position = stored.position;
    }
    return { revision, position };
  }

  readStream<E extends DomainEvent = AnyEvent>(
    stream: string,
    { after = -1n }: StreamReadOptions = {},
  ): Promise<RecordedEvent<E>[]> {
    const rows = this.statements.readStream.all(stream, after) as EventRow[];
    return Promise.resolve(rows.map((row) => toRecorded<E>(row)));
  }

  readAll({ after = 0n, limit }: ReadAllOptions): Promise<RecordedEvent[]> {
    const rows = this.statements.readAll.all(after, limit) as EventRow[];
    return Promise.resolve(rows.map((row) => toRecorded(row)));
  }

  readAllOfType(type: string, { after = 0n, limit }: ReadAllOptions): Promise<RecordedEvent[]> {
    const rows = this.statements.ofType.all(type, after, limit) as EventRow[];
    return Promise.resolve(rows.map((row) => toRecorded(row)));
  }

  readTenantLog({ tenant, after = 0n, limit, stream, type }: TenantLogOptions) {
    const own = this.tenantPage(tenant, after, limit, stream, type);
    // Markers are read apart (one index range each) and merged, rather than by an OR that
    // would sort the tenant's whole log to find the first page.
    const markers =
      tenant === SHARED_MARKERS.tenant || (type ?? SHARED_MARKERS.type) !== SHARED_MARKERS.type
        ? []
        : this.tenantPage(SHARED_MARKERS.tenant, after, limit, stream, SHARED_MARKERS.type);
    const merged = [...own, ...markers].sort((a, b) => (a.position < b.position ? -1 : 1));
    return Promise.resolve(merged.slice(0, limit).map((row) => toRecorded(row)));
  }

  private tenantPage(
    tenant: string,
    after: bigint,
    limit: number,
    stream: string | undefined,
    type: string | undefined,
  ): EventRow[] {
    const key = `${stream === undefined ? '' : 's'}${type === undefined ? '' : 't'}`;
    let statement = this.tenantLog.get(key);
    if (!statement) {
      // A stream's events come in revision order, which is their order in the log; the unary
      // `+` keeps the planner on the stream's index rather than scanning the tenant's log.
      const sql =
        stream === undefined
          ? `WHERE tenant = ?${type === undefined ? '' : ' AND type = ?'} AND position > ? ORDER BY position`
          : `WHERE stream = ? AND +tenant = ?${type === undefined ? '' : ' AND +type = ?'} AND position > ? ORDER BY revision`;
      statement = this.db.prepare(`SELECT ${COLUMNS} FROM events ${sql} LIMIT ?`);
      statement.setReadBigInts(true);
      this.tenantLog.set(key, statement);
    }
    const filters = stream === undefined ? [tenant, type] : [stream, tenant, type];
    const params = filters.filter((value) => value !== undefined);
    return statement.all(...params, after, limit) as EventRow[];
  }

  subscribeAll(options: SubscribeOptions): AsyncIterable<RecordedEvent> {
    return followLog(this, options, (signal) => this.appended.next(signal));
  }

  subscribeAllPages(options: SubscribeOptions): AsyncIterable<readonly RecordedEvent[]> {
    return followLogInPages(this, options, (signal) => this.appended.next(signal));
  }

  headPosition(): Promise<Position | null> {
    const row = this.statements.head.get() as { position: bigint | null };
    return Promise.resolve(row.position);
  }

  async close(): Promise<void> {
    if (this.db.isOpen) {
      this.appends.flush();
      await this.checkpoints?.close();
      // Stryker disable next-line ConditionalExpression: closed by another close meanwhile
      if (this.db.isOpen) this.db.close();
    }
    this.appended.notify();
  }
}

/**
 * A failed commit, thrown again from the event store: a full disk is answered naming the store
 * that filled up, read from the stack (node:sqlite's errors do not name their file).
 */
function thrownHere(error: Error): Error {
  return Object.assign(new Error(error.message, { cause: error }), { name: error.name });
}
