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
