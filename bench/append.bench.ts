import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import {
  type Appender,
  appendsPerSecond,
  benchDir,
  enrolments,
  ourStore,
  removeDir,
  round,
} from './append-workload';
import type { Benchmark } from './benchmark';

/** The event log's table, as SqliteEventStore creates it. */
const SCHEMA = `
  CREATE TABLE events (
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
 * Single-event appends/s through the event-store port (SqliteEventStore), against plain
 * node:sqlite inserts of the same rows into the same table with the same settings, one
 * transaction per insert: what the port costs over the bare insert (the expected-revision read,
 * the promise, the append signal).
 */
export const appendBenchmark: Benchmark = {
  name: 'append',
  async run({ quick }) {
    const count = quick ? 5_000 : 50_000;
    const [ours, plain] = (await appendsPerSecond(enrolments(count), [
      ourStore(),
      plainInserts(),
    ])) as [number, number];
    const ratio = ours / plain;
    return [
      {
        name: 'append',
        value: round(ours),
        unit: 'appends/s',
        baseline: round(plain),
        ratio: round(ratio),
        target: 'ratio >= 0.5',
        met: ratio >= 0.5,
        notes: `${count.toLocaleString('en')} single-event appends, each to a new stream; baseline: node:sqlite BEGIN IMMEDIATE + INSERT + COMMIT of the same rows (WAL, synchronous=NORMAL, checkpoints in its commits; the store checkpoints on a thread of its own)`,
      },
    ];
  },
};

/** The same rows inserted with nothing around them: BEGIN IMMEDIATE, INSERT, COMMIT. */
export function plainInserts(): Appender {
  const dir = benchDir('append-plain');
  const db = new DatabaseSync(join(dir, 'events.sqlite'));
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
  db.exec(SCHEMA);
  const insert = db.prepare(
    'INSERT INTO events (event_id, stream, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return {
    appendAll(appends) {
      for (const { stream, event } of appends) {
        db.exec('BEGIN IMMEDIATE');
        insert.run(
          event.eventId,
          stream,
          0,
          event.type,
          JSON.stringify(event.data),
          JSON.stringify(event.metadata),
        );
        db.exec('COMMIT');
      }
      return Promise.resolve();
    },
    close() {
      db.close();
      removeDir(dir);
      return Promise.resolve();
    },
  };
}
