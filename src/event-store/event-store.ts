import type { AnyEvent, AnyEventType } from '../events/any-event';
import type { DomainEvent } from '../core/decider';
import type { EventMetadata } from '../events/event-metadata';

export type { EventMetadata };

/**
 * The event store port. One log for the whole platform: every event has a stream revision
 * (0-based, per stream) and a global position (increasing across all streams, compared as
 * bigint). Positions passed as `after` are exclusive.
 */
export type Position = bigint;

/** Revision of the last event the caller read, or 'no-stream' to create the stream. */
export type ExpectedRevision = 'no-stream' | bigint;

/** A domain event with its id and metadata, as it is appended; schemas check it on the way in. */
export type EventToAppend<E extends DomainEvent = DomainEvent> = E & {
  readonly eventId: string;
  readonly metadata: EventMetadata;
};

/** Where an event sits in the log. */
export interface EventPlace {
  readonly stream: string;
  readonly revision: bigint;
  readonly position: Position;
}

/**
 * An event as read back (Emmett's `ReadEvent<E>`). A union `E` stays a union of recorded
 * events, so a switch on `type` narrows `data` with no cast.
 */
export type RecordedEvent<E extends DomainEvent = AnyEvent> = EventToAppend<E> & EventPlace;

/** The recorded events of one type. */
export type RecordedOfType<T extends AnyEventType> = RecordedEvent<Extract<AnyEvent, { type: T }>>;

/** Narrows an event of the whole log to one type, for `filter` and `find`. */
export const ofType =
  <T extends AnyEventType>(type: T) =>
  (event: RecordedEvent): event is RecordedOfType<T> =>
    event.type === type;

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  readonly revision: bigint;
  /** Position of the last appended event. */
  readonly position: Position;
}

export interface ReadAllOptions {
  readonly after?: Position;
  readonly limit: number;
}

/** A page of one tenant's log, for its audit: its own events and the platform's shared markers. */
export interface TenantLogOptions {
  readonly tenant: string;
  readonly after?: Position;
  readonly limit: number;
  /** Only this stream's events. */
  readonly stream?: string;
  /** Only events of this type. */
  readonly type?: string;
}

/**
 * The events every tenant's log shows besides its own: the platform's daily cut-off markers
 * (stream `cutoffs-_platform`), which a tenant's as-of reports are cut at.
 */
export const SHARED_MARKERS = { tenant: '_platform', type: 'DailyCutoffPassed' } as const;

/** Whether an event belongs in `tenant`'s log (its metadata's tenant, or a shared marker). */
export const inTenantLog = (event: RecordedEvent, tenant: string): boolean =>
  event.metadata.tenant === tenant ||
  (event.metadata.tenant === SHARED_MARKERS.tenant && event.type === SHARED_MARKERS.type);

export interface StreamReadOptions {
  /** Only the events after this revision: what a caller that folded up to it has not seen. */
  readonly after?: bigint;
}

export interface SubscribeOptions {
  readonly after?: Position;
  readonly signal?: AbortSignal;
}

/**
 * The log as its readers see it: streams, the whole log and a tenant's log, and a catch-up
 * subscription. What the service reads through opens sealed personal data on the way out.
 */
export interface EventLog {
  /**
   * The stream, oldest first (after a revision when asked); empty when the stream does not exist.
   * The caller names the events its stream holds (one aggregate's union); the whole log's union
   * by default.
   */
  readStream<E extends DomainEvent = AnyEvent>(
    stream: string,
    options?: StreamReadOptions,
  ): Promise<RecordedEvent<E>[]>;
  /** One page of the whole log, oldest first, positions strictly greater than `after`. */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /**
   * Where the store has it: the whole log after `after`, a page of `limit` events at a time,
   * each page read on a thread of the store's own while the caller works on the one before; it
   * ends at the first empty page. For a reader of the whole log, as a rebuild is.
   */
  readonly readAhead?: (options: ReadAllOptions) => AsyncIterable<RecordedEvent[]>;
  /**
   * One page of a tenant's log (see `inTenantLog`), oldest first, positions strictly greater
   * than `after`, narrowed to a stream and/or an event type when given.
   */
  readTenantLog(options: TenantLogOptions): Promise<RecordedEvent[]>;
  /** Catches up from `after`, then follows live appends, in log order, until the signal aborts. */
  subscribeAll(options: SubscribeOptions): AsyncIterable<RecordedEvent>;
  /** The same subscription a page at a time, for consumers that apply events in batches. */
  subscribeAllPages(options: SubscribeOptions): AsyncIterable<readonly RecordedEvent[]>;
  /** Position of the newest event in the log, or null when the log is empty. */
  headPosition(): Promise<Position | null>;
}

/** The store itself: the log, and the one conditional, idempotent append. */
export interface EventStore extends EventLog {
  /**
   * One page of the events of one type across the whole log, oldest first, positions strictly
   * greater than `after`, as stored (sealed data stays sealed). Found through an index or a
   * server-side filter, not by reading the log: start-up asks it for every erasure.
   */
  readAllOfType(type: string, options: ReadAllOptions): Promise<RecordedEvent[]>;
  /**
   * Appends atomically if the stream is at `expected`; throws WrongExpectedRevisionError
   * otherwise. Re-appending the same event ids at the same place succeeds without writing and
   * returns the original result (idempotent retries), also when the two appends race: both
   * answer the same and the events are stored once.
   *
   * An event id is stored at most once in its stream: when the stream is at `expected` but the
   * batch repeats an id or carries one the stream already holds, the append throws
   * DuplicateEventIdError and writes nothing. Ids in different streams are kept apart by the
   * caller (they derive from command ids); the embedded store refuses those too, KurrentDB
   * cannot see them.
   */
  append(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult>;
  close(): Promise<void>;
}

/** An append as a function: the store's, or a path of steps in front of it. */
export type Append = EventStore['append'];

export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint | 'no-stream',
  ) {
    super(`Stream ${stream} is at ${String(actual)}, expected ${String(expected)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** The store adapter: for the append path and the store's own lifecycle. */
export const EVENT_STORE = Symbol('EventStore');

/** The log every reader reads: sealed personal data opened. */
export const EVENT_LOG = Symbol('EventLog');
