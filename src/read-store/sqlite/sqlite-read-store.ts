import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type {
  CollectionSpec,
  Doc,
  DocumentBatch,
  DocumentWriter,
  FindQuery,
  ReadStore,
  ThreadRead,
} from '../read-store';
import { BackgroundCommits } from './background-commits';
import { ThreadReads } from './thread-reads';
import { truncateWal } from '../../sqlite/truncate-wal';
import { WAIT_FOR_LOCKS, whileLocked } from '../../sqlite/wait-for-locks';
import { compileFind, fieldExpression, type SqlValue } from './sql-query';

/**
 * WAL pages between automatic checkpoints (a WAL of up to 40 MB), and during a bulk run ~100 MB,
 * since each checkpoint costs two fsyncs: a rebuild spent a third of its time in them, and at
 * SQLite's default of 1,000 pages a webhook delivery's one-document commit waited on them longer
 * than it worked, on a busy disk. Ten times the pages write each hot page once for many commits
 * and sync a tenth as often (as the event log does).
 */
const CHECKPOINT_PAGES = 10_000;
const BULK_CHECKPOINT_PAGES = 25_000;

/**
 * The settings of every connection that writes documents: the store's own writer and the thread
 * that commits a rebuild's batches. Deleted and overwritten content is zeroed (`secure_delete`),
 * so an erased name leaves no bytes behind; projections update documents all over the tables, so
 * their b-trees are kept in memory (64 MB).
 */
const WRITING = `${WAIT_FOR_LOCKS} PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;
  PRAGMA cache_size = -65536;`;

/** Rows per multi-row insert: fewer calls into SQLite, well inside its parameter limit. */
const PUT_ROWS = 64;

const NAME = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

// Not `instanceof Error`: node:sqlite's errors may come from another realm (as under Jest).
const isMissingTable = (error: unknown): boolean =>
  String((error as { message?: unknown } | null)?.message).startsWith('no such table');

const table = (collection: string): string => {
  if (!NAME.test(collection)) throw new Error(`Not a collection name: ${collection}`);
  return `"c_${collection}"`;
};

/** Reads and writes documents through one SQLite connection. */
class SqliteDocuments implements DocumentWriter {
  private readonly statements = new Map<string, StatementSync>();

  constructor(private readonly db: DatabaseSync) {}

  private prepare(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      // A row as an array, not an object keyed by column: node:sqlite builds an array in a
      // third of the time, and a large read (a report's 100,000 rows) spent most of it there.
      statement.setReturnArrays(true);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Statements of a dropped table cannot run again. */
  forget(): void {
    this.statements.clear();
  }

  /**
   * Rows of a read, or none when the collection does not exist (never created, or dropped by
   * another process), as MongoDB answers for a missing collection.
   */
  private rows(sql: string, params: readonly SqlValue[]): [doc: string][] {
    try {
      return this.prepare(sql).all(...params) as unknown as [doc: string][];
    } catch (error) {
      if (!isMissingTable(error)) throw error;
      this.statements.delete(sql);
      return [];
    }
  }

  get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    const [row] = this.rows(`SELECT doc FROM ${table(collection)} WHERE id = ?`, [id]);
    return Promise.resolve(row ? (JSON.parse(row[0]) as T) : null);
  }

  getMany<T extends Doc>(collection: string, ids: readonly string[]): Promise<T[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const placeholders = ids.map(() => '?').join(',');
    const rows = this.rows(
      `SELECT doc FROM ${table(collection)} WHERE id IN (${placeholders})`,
      ids,
    );
    return Promise.resolve(rows.map((row) => JSON.parse(row[0]) as T));
  }

  find<T extends Doc>(collection: string, query: FindQuery = {}): Promise<T[]> {
    const { sql, params } = compileFind(query);
    const rows = this.rows(`SELECT doc FROM ${table(collection)} ${sql}`, params);
    return Promise.resolve(rows.map((row) => JSON.parse(row[0]) as T));
  }

  async *stream<T extends Doc>(collection: string, query: FindQuery = {}): AsyncIterable<T> {
    const { sql, params } = compileFind(query);
    let rows: Iterable<unknown>;
    try {
      // A statement of its own: two streams may be read at once.
      rows = this.db.prepare(`SELECT doc FROM ${table(collection)} ${sql}`).iterate(...params);
    } catch (error) {
      if (isMissingTable(error)) return;
      throw error;
    }
    let count = 0;
    for (const row of rows) {
      yield JSON.parse((row as { doc: string }).doc) as T;
      // The reads are synchronous: let other requests run now and then during a long stream.
      if (++count % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  put(collection: string, doc: Doc): Promise<void> {
    this.prepare(`INSERT OR REPLACE INTO ${table(collection)} (id, doc) VALUES (?, ?)`).run(
      doc._id,
      JSON.stringify(doc),
    );
    return Promise.resolve();
  }

  putMany(collection: string, docs: readonly Doc[]): Promise<void> {
    const full = docs.length - (docs.length % PUT_ROWS);
    if (full > 0) {
      const statement = this.prepare(
        `INSERT OR REPLACE INTO ${table(collection)} (id, doc) VALUES ${'(?, ?), '.repeat(PUT_ROWS - 1)}(?, ?)`,
      );
      const params: string[] = new Array<string>(PUT_ROWS * 2);
      for (let start = 0; start < full; start += PUT_ROWS) {
        for (let i = 0; i < PUT_ROWS; i++) {
          const doc = docs[start + i]!;
          params[2 * i] = doc._id;
          params[2 * i + 1] = JSON.stringify(doc);
        }
        statement.run(...params);
      }
    }
    const one = this.prepare(`INSERT OR REPLACE INTO ${table(collection)} (id, doc) VALUES (?, ?)`);
    for (let i = full; i < docs.length; i++) one.run(docs[i]!._id, JSON.stringify(docs[i]));
    return Promise.resolve();
  }

  delete(collection: string, id: string): Promise<void> {
    this.prepare(`DELETE FROM ${table(collection)} WHERE id = ?`).run(id);
    return Promise.resolve();
  }
}

/**
 * The embedded read store: one SQLite file, apart from the event log, so it can be deleted and
 * rebuilt. Each collection is a table of JSON documents with expression indexes. Queries use
 * their own connection, so they only ever see committed transactions (WAL snapshots), while
 * transactions run one at a time on the writer connection.
 */
export class SqliteReadStore implements ReadStore {
  private readonly writer: DatabaseSync;
  private readonly reader: DatabaseSync;
  private readonly reads: SqliteDocuments;
  private readonly writes: SqliteDocuments;
  private queue: Promise<unknown> = Promise.resolve();
  private bulkRuns = 0;
  /** A store in memory cannot be reached from another thread: it has no background commits. */
  private readonly background: BackgroundCommits | undefined;
  readonly commitInBackground?: (batch: DocumentBatch) => Promise<void>;
  private readonly threadReads: ThreadReads | undefined;
  readonly onThread?: ThreadRead;

  constructor(private readonly file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.writer = new DatabaseSync(file);
    whileLocked(() =>
      this.writer.exec(
        `${WRITING} PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = ${CHECKPOINT_PAGES};`,
      ),
    );
    this.reader = file === ':memory:' ? this.writer : new DatabaseSync(file);
    this.reader.exec(WAIT_FOR_LOCKS);
    this.reads = new SqliteDocuments(this.reader);
    this.writes = this.reader === this.writer ? this.reads : new SqliteDocuments(this.writer);
    if (file === ':memory:') return;
    const threadReads = (this.threadReads = new ThreadReads(file));
    this.onThread = (module, collection, input) =>
      threadReads.run({ module, table: table(collection), input });
    // Batches are a rebuild's: its WAL between checkpoints.
    this.background = new BackgroundCommits({
      file,
      pragmas: `${WRITING} PRAGMA wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES};`,
    });
    const background = this.background;
    this.commitInBackground = ({ checks, writes }) =>
      background.commit({
        checks: checks.map(({ collection, ...check }) => ({ table: table(collection), ...check })),
        writes: writes.map(({ collection, ...write }) => ({ table: table(collection), ...write })),
      });
  }

  get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    return this.reads.get(collection, id);
  }

  getMany<T extends Doc>(collection: string, ids: readonly string[]): Promise<T[]> {
    return this.reads.getMany(collection, ids);
  }

  find<T extends Doc>(collection: string, query?: FindQuery): Promise<T[]> {
    return this.reads.find(collection, query);
  }

  stream<T extends Doc>(collection: string, query?: FindQuery): AsyncIterable<T> {
    if (this.reader === this.writer) return this.reads.stream(collection, query);
    return streamApart<T>(this.file, collection, query);
  }

  ensureCollection({ name, indexes }: CollectionSpec): Promise<void> {
    const target = table(name);
    this.writer.exec(
      `CREATE TABLE IF NOT EXISTS ${target} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`,
    );
    for (const fields of indexes) {
      const indexName = `"i_${name}_${fields.join('_')}"`;
      const columns = fields.map(fieldExpression).join(', ');
      this.writer.exec(`CREATE INDEX IF NOT EXISTS ${indexName} ON ${target} (${columns})`);
    }
    return Promise.resolve();
  }

  dropCollection(name: string): Promise<void> {
    return this.serialized(() => {
      this.writer.exec(`DROP TABLE IF EXISTS ${table(name)}`);
      this.reads.forget();
      this.writes.forget();
      return Promise.resolve();
    });
  }

  async inBulk<R>(work: () => Promise<R>): Promise<R> {
    if (this.bulkRuns++ === 0)
      this.writer.exec(`PRAGMA wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`);
    try {
      return await work();
    } finally {
      if (--this.bulkRuns === 0 && this.writer.isOpen)
        this.writer.exec(`PRAGMA wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
    }
  }

  purgeOverwritten(): Promise<void> {
    return this.serialized(() => truncateWal(this.writer, 'read store'));
  }

  transaction<R>(work: (tx: DocumentWriter) => Promise<R>): Promise<R> {
    return this.serialized(async () => {
      this.writer.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.writes);
        this.writer.exec('COMMIT');
        return result;
      } catch (error) {
        // SQLite has already rolled back on some errors (a full disk): a second ROLLBACK would
        // fail and hide the error that matters.
        if (this.writer.isTransaction) this.writer.exec('ROLLBACK');
        throw error;
      }
    });
  }

  /** One transaction at a time on the writer connection, whatever awaits happen inside it. */
  private serialized<R>(work: () => Promise<R>): Promise<R> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.background?.close();
    await this.threadReads?.close();
    await this.queue;
    if (this.reader !== this.writer && this.reader.isOpen) this.reader.close();
    if (this.writer.isOpen) this.writer.close();
  }
}

/**
 * A stream on a read-only connection of its own, closed when the stream ends or is left. A
 * statement stepped through between awaits holds its connection's read transaction open, so on
 * the shared reader every other query would see the snapshot of when the stream began.
 */
async function* streamApart<T extends Doc>(
  file: string,
  collection: string,
  query?: FindQuery,
): AsyncIterable<T> {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    yield* new SqliteDocuments(db).stream<T>(collection, query);
  } finally {
    db.close();
  }
}

/**
 * Every document of a collection of a read store file, read through a read-only connection of
 * its own (no DDL, no lock beyond a read): for a backup of a running service. A missing file or
 * collection holds none.
 */
export function readCollectionOfFile<T extends Doc>(file: string, collection: string): T[] {
  if (!existsSync(file)) return [];
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    const rows = db.prepare(`SELECT doc FROM ${table(collection)}`).all() as { doc: string }[];
    return rows.map((row) => JSON.parse(row.doc) as T);
  } catch (error) {
    if (isMissingTable(error)) return [];
    throw error;
  } finally {
    db.close();
  }
}
