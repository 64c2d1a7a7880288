/**
 * The event store port. One log for the whole platform: every event has a stream revision
 * (0-based, per stream) and a global position (increasing across all streams, compared as
 * bigint). Positions passed as `after` are exclusive.
 */
export type Position = bigint;

/** Revision of the last event the caller read, or 'no-stream' to create the stream. */
export type ExpectedRevision = 'no-stream' | bigint;

export interface EventMetadata {
  readonly tenant: string;
  readonly actor: { readonly id: string; readonly roles: readonly string[] };
  readonly occurredAt: string;
  readonly command: string;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly eventVersion: number;
  readonly idempotencyKey?: string;
  readonly requestHash?: string;
}

export interface EventToAppend {
  readonly eventId: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent extends EventToAppend {
  readonly stream: string;
  readonly revision: bigint;
  readonly position: Position;
}

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

export interface SubscribeOptions {
  readonly after?: Position;
  readonly signal?: AbortSignal;
}

export interface EventStore {
  /**
   * Appends atomically if the stream is at `expected`. Re-appending the same event ids at the
   * same place succeeds without writing and returns the original result (idempotent retries).
   * Throws WrongExpectedRevisionError otherwise.
   */
  append(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult>;
  /** The whole stream, oldest first; empty when the stream does not exist. */
  readStream(stream: string): Promise<RecordedEvent[]>;
  /** One page of the whole log, oldest first, positions strictly greater than `after`. */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
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
  close(): Promise<void>;
}

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

export const EVENT_STORE = Symbol('EventStore');
