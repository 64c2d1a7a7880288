import {
  type ClientSession,
  type Collection,
  type Db,
  type Filter,
  type MongoClient,
  MongoServerError,
  type Sort,
  type TransactionOptions,
} from 'mongodb';
import type {
  CollectionSpec,
  Doc,
  DocumentReader,
  DocumentWriter,
  FindQuery,
  ReadStore,
} from '../read-store';
import { databaseName } from '../../mongodb/mongo-url';
import { type MongoClientLease, mongoClients } from '../../mongodb/shared-mongo-clients';
import { EnsuredCollections } from './ensured-collections';

// The same names the SQLite adapter accepts, so a projection that runs on one runs on the other;
// for fields this also keeps `a.b` (a nested path to MongoDB) and `$…` operators out of queries.
const NAME = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NAMESPACE_EXISTS = 48;
const STREAM_BATCH = 500;
const MAJORITY = { w: 'majority' } as const;
const TRANSACTION: TransactionOptions = {
  readConcern: { level: 'snapshot' },
  writeConcern: MAJORITY,
};

const collectionName = (name: string): string => {
  if (!NAME.test(name)) throw new Error(`Not a collection name: ${name}`);
  return name;
};

const field = (name: string): string => {
  if (!FIELD.test(name)) throw new Error(`Not a queryable field name: ${name}`);
  return name;
};

function filterOf(query: FindQuery): Filter<Doc> {
  const clauses: Filter<Doc>[] = [];
  for (const [name, condition] of Object.entries(query.where ?? {})) {
    // `$eq` rather than a bare value, so an object smuggled in at runtime is compared, not run.
    // Like SQLite's json_extract(…) IS NULL, `$eq: null` also matches a missing field.
    const match =
      condition === null || typeof condition !== 'object'
        ? { $eq: condition }
        : 'from' in condition
          ? { $gte: condition.from, $lte: condition.to }
          : { $in: [...condition.in] };
    clauses.push({ [field(name)]: match });
  }
  if (query.after !== undefined) {
    const operator = query.direction === 'desc' ? '$lt' : '$gt';
    clauses.push({ [field(query.orderBy ?? '_id')]: { [operator]: query.after } });
  }
  return clauses.length === 0 ? {} : { $and: clauses };
}

/** `_id` breaks ties; a Map keeps the key order, and sorting by `_id` itself names it once. */
function sortOf(query: FindQuery): Sort {
  const direction = query.direction === 'desc' ? -1 : 1;
  return new Map([
    [field(query.orderBy ?? '_id'), direction],
    ['_id', direction],
  ]);
}

/**
 * Reads and writes documents, inside a transaction when given its session. MongoDB creates a
 * collection on its first write, so a write to one this process dropped (a generation a rebuild
 * replaced) is refused instead of silently bringing it back, as SQLite's missing table would.
 */
class MongoDocuments implements DocumentWriter {
  constructor(
    private readonly db: Db,
    private readonly dropped: ReadonlySet<string>,
    private readonly session?: ClientSession,
  ) {}

  private collection(name: string): Collection<Doc> {
    return this.db.collection(collectionName(name));
  }

  private writable(name: string): Collection<Doc> {
    if (this.dropped.has(name)) throw new Error(`Collection ${name} was dropped`);
    return this.collection(name);
  }

  async get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    const doc = await this.collection(collection).findOne({ _id: id }, { session: this.session });
    return doc as T | null;
  }

  getMany<T extends Doc>(collection: string, ids: readonly string[]): Promise<T[]> {
    return this.find(collection, { where: { _id: { in: ids } } });
  }

  async find<T extends Doc>(collection: string, query: FindQuery = {}): Promise<T[]> {
    // MongoDB reads a limit of 0 as "no limit"; SQLite's LIMIT 0 returns nothing.
    if (query.limit === 0) return [];
    const cursor = this.collection(collection).find(filterOf(query), {
      sort: sortOf(query),
      limit: query.limit,
      session: this.session,
    });
    return (await cursor.toArray()) as T[];
  }

  async *stream<T extends Doc>(collection: string, query: FindQuery = {}): AsyncIterable<T> {
    const cursor = this.collection(collection).find(filterOf(query), {
      sort: sortOf(query),
      batchSize: STREAM_BATCH,
      session: this.session,
    });
    // Leaving the loop early (break, throw) makes the driver close the cursor on the server.
    for await (const doc of cursor) yield doc as T;
  }

  async put(collection: string, doc: Doc): Promise<void> {
    await this.writable(collection).replaceOne({ _id: doc._id }, doc, {
      upsert: true,
      session: this.session,
    });
  }

  async putMany(collection: string, docs: readonly Doc[]): Promise<void> {
    if (docs.length === 0) return;
    const writes = docs.map((doc) => ({
      replaceOne: { filter: { _id: doc._id }, replacement: doc, upsert: true },
    }));
    await this.writable(collection).bulkWrite(writes, { session: this.session, ordered: false });
  }

  async delete(collection: string, id: string): Promise<void> {
    await this.writable(collection).deleteOne({ _id: id }, { session: this.session });
  }
}

/**
 * The production read store: one MongoDB database, a collection per read model. Transactions
 * need a replica set (a single-node one will do). `session.withTransaction` re-runs `work` on
 * transient errors such as a write conflict with a concurrent transaction, which is how
 * compare-and-set checkpoints stay correct with several instances; hence the port's rule that
 * work is re-runnable. Work must await its operations one at a time (no Promise.all), and must
 * not swallow a driver error, or the driver cannot tell whether the transaction was aborted.
 */
export class MongoReadStore implements ReadStore {
  private readonly reads: DocumentReader;
  /** Collections made ready by this process: DDL takes exclusive locks, so it runs once each. */
  private readonly ensured = new EnsuredCollections();
  private readonly dropped = new Set<string>();
  private readonly client: MongoClient;

  private constructor(
    private readonly lease: MongoClientLease,
    private readonly db: Db,
  ) {
    this.client = lease.client;
    this.reads = new MongoDocuments(db, this.dropped);
  }

  /** The database is the one the URL names (`mongodb://host/name`), else `certificates`. */
  static async connect(url: string): Promise<MongoReadStore> {
    const lease = await mongoClients.lease('MongoDB (read store)', url);
    // Dropping undefined fields, as JSON.stringify does in the SQLite adapter, instead of
    // storing null; set on the database, as the client is shared with the other stores.
    return new MongoReadStore(lease, lease.client.db(databaseName(url), { ignoreUndefined: true }));
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
    return this.reads.stream(collection, query);
  }

  ensureCollection(spec: CollectionSpec): Promise<void> {
    const name = collectionName(spec.name);
    return this.ensured.ensure(spec, () => {
      this.dropped.delete(name);
      return this.create(spec);
    });
  }

  private async create({ name, indexes }: CollectionSpec): Promise<void> {
    // Majority, so a transaction starting right after does not find its snapshot unavailable.
    try {
      await this.db.createCollection(collectionName(name), { writeConcern: MAJORITY });
    } catch (error) {
      // Another instance may have created it since: creating is idempotent, not check-then-act.
      if (!(error instanceof MongoServerError && error.code === NAMESPACE_EXISTS)) throw error;
    }
    for (const fields of indexes) {
      // `_id` last, so the index also serves the `_id` tiebreak of every sort without a blocking
      // in-memory sort on the server (which would hold a whole stream before its first batch).
      const keys = fields.includes('_id') ? fields : [...fields, '_id'];
      if (keys.length === 1) continue; // `_id` alone: MongoDB always has that index.
      const spec = Object.fromEntries(keys.map((key) => [field(key), 1] as const));
      await this.db.collection(name).createIndex(spec);
    }
  }

  async dropCollection(name: string): Promise<void> {
    this.dropped.add(collectionName(name));
    this.ensured.forget(name);
    // The driver answers false, not an error, when the collection does not exist.
    await this.db.dropCollection(name, { writeConcern: MAJORITY });
  }

  /** Keeps each transaction far inside MongoDB's 60 s limit, even on a slow link. */
  readonly maxEventsPerTransaction = 500;

  transaction<R>(work: (tx: DocumentWriter) => Promise<R>): Promise<R> {
    return this.client.withSession((session) =>
      session.withTransaction(
        () => work(new MongoDocuments(this.db, this.dropped, session)),
        TRANSACTION,
      ),
    );
  }

  /** The server schedules its own housekeeping (checkpoints, journal). */
  inBulk<R>(work: () => Promise<R>): Promise<R> {
    return work();
  }

  /** MongoDB overwrites documents in place; its journal and backups are the operator's to bound. */
  purgeOverwritten(): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    await this.lease.release();
  }
}
