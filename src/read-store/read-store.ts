/**
 * The read store port: the small document store the projections write and the queries read.
 * A document is a JSON object with a string `_id`. Filters are equality, membership or an
 * inclusive range on top-level fields; results are ordered by one top-level field, with keyset
 * paging (`after`).
 */
export interface Doc {
  readonly _id: string;
  readonly [field: string]: unknown;
}

export type Scalar = string | number | boolean | null;

/** Values from `from` to `to`, both included, compared as the store orders them. */
export interface Range {
  readonly from: string | number;
  readonly to: string | number;
}

export type Where = Readonly<Record<string, Scalar | { readonly in: readonly Scalar[] } | Range>>;

export interface FindQuery {
  readonly where?: Where;
  /** Order by this top-level field (ascending unless `direction` says otherwise), then `_id`. */
  readonly orderBy?: string;
  readonly direction?: 'asc' | 'desc';
  /** Only documents whose `orderBy` value comes strictly after this one, in that order. */
  readonly after?: string | number;
  readonly limit?: number;
}

/** A collection and the indexes its queries need: each index is a list of top-level fields. */
export interface CollectionSpec {
  readonly name: string;
  readonly indexes: readonly (readonly string[])[];
}

export interface DocumentReader {
  get<T extends Doc>(collection: string, id: string): Promise<T | null>;
  getMany<T extends Doc>(collection: string, ids: readonly string[]): Promise<T[]>;
  find<T extends Doc>(collection: string, query?: FindQuery): Promise<T[]>;
  /** Like find, without limit, one document at a time, never holding them all in memory. */
  stream<T extends Doc>(collection: string, query?: Omit<FindQuery, 'limit'>): AsyncIterable<T>;
}

export interface DocumentWriter extends DocumentReader {
  /** Inserts or replaces the document with the same `_id`. */
  put(collection: string, doc: Doc): Promise<void>;
  /** `put` for many documents (distinct ids) at once. */
  putMany(collection: string, docs: readonly Doc[]): Promise<void>;
  delete(collection: string, id: string): Promise<void>;
}

/**
 * A condition a batch checks before it writes anything: the document's top-level `field` holds
 * `value` (null: the field is null or missing, or there is no such document).
 */
export interface BatchCheck {
  readonly collection: string;
  readonly id: string;
  readonly field: string;
  readonly value: string | null;
}

/** A collection's writes, serialised: each id with its document as JSON, or null to delete it. */
export interface BatchWrites {
  readonly collection: string;
  readonly ids: readonly string[];
  readonly docs: readonly (string | null)[];
}

/**
 * Writes committed together once every check holds. The store writes each collection's in the
 * order that suits it (SQLite: by id, so each page of a b-tree is written once).
 */
export interface DocumentBatch {
  readonly checks: readonly BatchCheck[];
  readonly writes: readonly BatchWrites[];
}

/** A batch whose check number `check` did not hold: nothing of it was written. */
export class BatchCheckFailed extends Error {
  constructor(readonly check: number) {
    super(`Check ${check} of the batch did not hold`);
    this.name = 'BatchCheckFailed';
  }
}

/** What a job on a store's thread reads one collection through, its documents parsed there. */
export interface ThreadDocuments<T extends Doc = Doc> {
  /** Documents with ids from `from` to `to`, both included, in id order, at most `limit`. */
  range(from: string, to: string, limit: number): Promise<T[]>;
  getMany(ids: readonly string[]): Promise<T[]>;
}

/**
 * A read run on a thread of the store's own: `module` is the file of a module that imports only
 * types (from the sources the thread runs it as it is, its types stripped) and exports
 * `run(documents: ThreadDocuments, input)`; what it answers is structured-cloned back.
 */
export type ThreadRead = <R>(module: string, collection: string, input: unknown) => Promise<R>;

/** The same job run here, on the caller's thread, through the store's own reads. */
export function documentsOf<T extends Doc>(
  store: DocumentReader,
  collection: string,
): ThreadDocuments<T> {
  return {
    range: (from, to, limit) => store.find<T>(collection, { where: { _id: { from, to } }, limit }),
    getMany: (ids) => store.getMany<T>(collection, ids),
  };
}

export interface ReadStore extends DocumentReader {
  /** Creates the collection and its indexes if they do not exist yet. */
  ensureCollection(spec: CollectionSpec): Promise<void>;
  /** A write to a dropped collection fails (never recreates it) until it is ensured again. */
  dropCollection(name: string): Promise<void>;
  /**
   * At most how many events the projection engine should apply in one transaction, when the
   * store needs a bound (MongoDB aborts a transaction after 60 s); absent: no bound.
   */
  readonly maxEventsPerTransaction?: number;
  /**
   * Runs `work` atomically: all its writes or none. Work may run more than once (a MongoDB
   * transaction retries on transient conflicts), so it must not have other side effects; it
   * awaits one operation at a time (MongoDB runs none in parallel in a transaction) and lets
   * errors through.
   */
  transaction<R>(work: (tx: DocumentWriter) => Promise<R>): Promise<R>;
  /**
   * Where the store has it: commits `batch` as one transaction on a thread of its own, so the
   * caller goes on meanwhile. Batches commit one after another in the order given; one whose
   * checks do not hold writes nothing and rejects with BatchCheckFailed. Absent, the caller
   * writes in a transaction of its own.
   */
  readonly commitInBackground?: (batch: DocumentBatch) => Promise<void>;
  /**
   * Where the store has it (SQLite on disk): runs a read job on a thread of its own, with a
   * read-only connection, so a large read parses its documents there while the caller goes on
   * (a report's profiles, while it reads its next rows). Absent, the caller runs the job itself
   * over `documentsOf(store, collection)`.
   */
  readonly onThread?: ThreadRead;
  /**
   * Runs `work`, a long run of transactions (a rebuild), letting the store put off its
   * housekeeping until the run ends. Durability and atomicity of each transaction are unchanged.
   */
  inBulk<R>(work: () => Promise<R>): Promise<R>;
  /**
   * After an erasure: leaves no readable copy of documents overwritten or deleted so far in the
   * store's own files (SQLite: deleted content is zeroed, and the WAL is checkpointed and
   * truncated). MongoDB overwrites in place; its journal and backups follow the operator's policy.
   */
  purgeOverwritten(): Promise<void>;
  close(): Promise<void>;
}

export const READ_STORE = Symbol('ReadStore');
