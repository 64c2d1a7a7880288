import {
  BACKWARDS,
  DeadlineExceededError,
  END,
  eventTypeFilter,
  excludeSystemEvents,
  type Filter,
  jsonEvent,
  type JSONType,
  KurrentDBClient,
  NO_STREAM,
  type ReadStreamOptions,
  type ResolvedEvent,
  START,
  StreamNotFoundError,
  streamNameFilter,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import type { AnyEvent } from '../../events/any-event';
import type { DomainEvent } from '../../core/decider';
import { checkStore } from '../../config/store-unavailable';
import { positionOf, toRecorded } from './recorded-event';
import { portErrorOf } from './client-errors';
import { KnownEventIds } from './known-event-ids';
import { QuietStretch } from './quiet-stretch';
import { DuplicateEventIdError, duplicateIn } from '../duplicate-event-id-error';
import {
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  inTenantLog,
  type Position,
  type ReadAllOptions,
  type RecordedEvent,
  SHARED_MARKERS,
  type StreamReadOptions,
  type SubscribeOptions,
  type TenantLogOptions,
  WrongExpectedRevisionError,
} from '../event-store';
import { followLog, followLogInPages } from '../follow-log';
import { AppendSignal } from '../append-signal';

/**
 * Every read goes to the leader: in a cluster a follower may not have the latest appends yet,
 * and a command deciding on a stale stream would only learn it from a conflict, if at all.
 */
const ON_LEADER = { requiresLeader: true } as const;

/** Events a stream read or a head search takes at a time. */
const PAGE = 500;

/**
 * The event log on KurrentDB (or EventStoreDB 22.10+, which report positions on stream reads).
 *
 * A position is the event's commit position alone: since 20.x every appended event is its own
 * implicitly committed log record, so its commit and prepare positions are equal and
 * `{ commit: p, prepare: p }` rebuilds the full position whenever the client needs one.
 */
export class KurrentDbEventStore implements EventStore {
  private client: KurrentDBClient | undefined;
  private readonly appended: AppendSignal;
  /** Appends in flight from this process, by stream, expected revision and event ids. */
  private readonly inFlight = new Map<string, Promise<AppendResult>>();
  private readonly prefix: string;
  private readonly logFilter: Filter;
  private readonly knownIds = new KnownEventIds();
  /** Where this log's filtered reads of $all need not look again (see QuietStretch). */
  private readonly quiet = new QuietStretch();
  /** The newest position of this log's events this process has seen; undefined: not looked yet. */
  private newest: Position | null | undefined;

  /**
   * With a `streamPrefix`, this store's streams are stored as `<prefix>/<stream>` and only those
   * make up its log: several deployments, or test apps, can share one server.
   */
  constructor(connectionString: string, pollIntervalMs = 200, streamPrefix?: string) {
    this.appended = new AppendSignal(pollIntervalMs);
    this.client = KurrentDBClient.connectionString(connectionString);
    this.prefix = streamPrefix ? `${streamPrefix}/` : '';
    this.logFilter = streamPrefix
      ? streamNameFilter({ prefixes: [this.prefix] })
      : excludeSystemEvents();
  }

  /** Opens the store and proves the server answers reads, within the start-up deadline. */
  static async connect(
    url: string,
    pollIntervalMs?: number,
    streamPrefix?: string,
  ): Promise<KurrentDbEventStore> {
    const store = new KurrentDbEventStore(url, pollIntervalMs, streamPrefix);
    // $all's last event, unfiltered: one read, however few of this log's events $all holds.
    await checkStore(
      'KurrentDB (event store)',
      url,
      () => store.allHead(),
      () => store.close(),
    );
    return store;
  }

  private get live(): KurrentDBClient {
    if (!this.client) throw new Error('The KurrentDB event store is closed');
    return this.client;
  }

  /**
   * The server answers an append identical to one it has not finished committing with
   * IdempotentNotReady, which the client only sees as a timeout some ten seconds later. So an
   * identical append from this process waits for the one in flight and shares its answer; one
   * from another process ends in that timeout, and the read-back in appendOnce settles it.
   */
  append(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    const key = JSON.stringify([stream, String(expected), events.map((event) => event.eventId)]);
    const running = this.inFlight.get(key);
    if (running) return running;
    const attempt = this.appendOnce(stream, events, expected).finally(() =>
      this.inFlight.delete(key),
    );
    this.inFlight.set(key, attempt);
    return attempt;
  }

  private async appendOnce(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const duplicate =
      expected === 'no-stream'
        ? duplicateIn(events)
        : await this.duplicateAtEnd(stream, events, expected);
    if (duplicate !== undefined) throw new DuplicateEventIdError(stream, duplicate);
    const proposed = events.map((event) =>
      jsonEvent({
        id: event.eventId,
        type: event.type,
        data: event.data as JSONType,
        metadata: event.metadata,
      }),
    );
    let written;
    try {
      // Never ANY: with an exact expected state the server's idempotency check is exact, so a
      // retry of the same event ids at the same place succeeds without writing and reports the
      // original revision and position, as the port promises.
      written = await this.live.appendToStream(this.prefix + stream, proposed, {
        streamState: expected === 'no-stream' ? NO_STREAM : expected,
      });
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const actual = error.actualState === NO_STREAM ? 'no-stream' : error.actualState;
        throw new WrongExpectedRevisionError(stream, expected, actual);
      }
      // A timeout or a lost connection does not say whether the events were written.
      const ambiguous =
        error instanceof TimeoutError ||
        error instanceof DeadlineExceededError ||
        error instanceof UnavailableError;
      const stored = ambiguous
        ? await this.storedAt(stream, events, expected).catch(() => null)
        : null;
      if (!stored) throw portErrorOf(error);
      this.appended.notify();
      return stored;
    }
    this.appended.notify();
    const revision = written.nextExpectedRevision;
    // An idempotent retry comes back without a position when the server could not look it up.
    const position = written.position?.commit ?? (await this.positionAt(stream, revision));
    const ids = events.map((event) => event.eventId);
    this.knownIds.appended(stream, expected, ids, revision);
    this.saw(position);
    return { revision, position };
  }

  /**
   * The server refuses ids it already holds only when the stream has moved past `expected`
   * (its idempotency check); exactly at the stream's end it would write them again. The port
   * refuses them there too, as SQLite's unique event ids do.
   */
  private async duplicateAtEnd(
    stream: string,
    events: readonly EventToAppend[],
    expected: bigint,
  ): Promise<string | undefined> {
    const stored = await this.knownIds.atEnd(stream, expected, (name, after) =>
      this.readStream(name, { after }),
    );
    // Elsewhere than at `expected` the server decides: an idempotent retry, or a conflict.
    return stored ? duplicateIn(events, stored) : duplicateIn(events);
  }

  /** The answer to an earlier append of exactly these events at `expected`, if it is stored. */
  private async storedAt(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult | null> {
    const fromRevision = expected === 'no-stream' ? 0n : expected + 1n;
    const stored = await this.read(stream, { fromRevision, maxCount: events.length });
    const same =
      stored.length === events.length &&
      stored.every((event, index) => event.eventId === events[index]?.eventId);
    const last = stored.at(-1);
    return same && last ? { revision: last.revision, position: last.position } : null;
  }

  private async positionAt(stream: string, revision: bigint): Promise<Position> {
    const [event] = await this.read(stream, { fromRevision: revision, maxCount: 1 });
    if (!event) throw new Error(`KurrentDB acknowledged ${stream}@${revision} but cannot read it`);
    return event.position;
  }

  readStream<E extends DomainEvent = AnyEvent>(
    stream: string,
    { after }: StreamReadOptions = {},
  ): Promise<RecordedEvent<E>[]> {
    // Nothing is skipped here, not even $-typed events: callers derive the expected revision
    // from the last event they read.
    return this.read<E>(stream, after === undefined ? {} : { fromRevision: after + 1n });
  }

  private async read<E extends DomainEvent = AnyEvent>(
    stream: string,
    options: ReadStreamOptions = {},
  ): Promise<RecordedEvent<E>[]> {
    const events: RecordedEvent<E>[] = [];
    try {
      const reads = this.live.readStream(this.prefix + stream, { ...options, ...ON_LEADER });
      for await (const resolved of reads) events.push(toRecorded<E>(resolved, this.prefix));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw portErrorOf(error);
    }
    return events;
  }

  async readAll({ after, limit }: ReadAllOptions): Promise<RecordedEvent[]> {
    if (limit <= 0) return [];
    const start = this.quiet.startAfter(after);
    // Without a prefix only system events are filtered out, too few to be worth a read.
    const head = this.prefix === '' ? null : await this.allHead();
    const page = await this.filteredPage(start, limit, this.logFilter);
    if (page.length < limit) this.quiet.passed(start, page.at(-1)?.position, head);
    this.saw(page.at(-1)?.position);
    return page;
  }

  /** Filtered by type on the server; another deployment's streams (another prefix) left out. */
  async readAllOfType(type: string, { after, limit }: ReadAllOptions): Promise<RecordedEvent[]> {
    const reads = this.live.readAll({
      ...ON_LEADER,
      fromPosition: after === undefined ? START : { commit: after, prepare: after },
      maxCount: limit + 1,
      filter: eventTypeFilter({ regex: `^${escapeRegex(type)}$` }),
    });
    const events: RecordedEvent[] = [];
    await this.each(reads, (resolved) => {
      if (!resolved.event?.streamId.startsWith(this.prefix)) return;
      const event = this.toRecorded(resolved);
      if ((after === undefined || event.position > after) && events.length < limit)
        events.push(event);
    });
    return events;
  }

  /**
   * Up to `limit` events of $all that pass `filter`, positions strictly greater than `after`.
   * Read to the end of the (bounded) page rather than break: the client's native reader has no
   * early return, so an abandoned read would stay open until garbage collection.
   */
  private async filteredPage(
    after: Position | undefined,
    limit: number,
    filter: Filter,
  ): Promise<RecordedEvent[]> {
    const reads = this.live.readAll({
      ...ON_LEADER,
      fromPosition: after === undefined ? START : { commit: after, prepare: after },
      // KurrentDB reads forwards from a position inclusively; our `after` is exclusive.
      maxCount: limit + 1,
      filter,
    });
    const events: RecordedEvent[] = [];
    await this.each(reads, (resolved) => {
      const event = this.toRecorded(resolved);
      if ((after === undefined || event.position > after) && events.length < limit)
        events.push(event);
    });
    return events;
  }

  /** Runs `handle` on every event read, giving client errors as the port's. */
  private async each(
    reads: AsyncIterable<ResolvedEvent>,
    handle: (resolved: ResolvedEvent) => void,
  ): Promise<void> {
    try {
      for await (const resolved of reads) handle(resolved);
    } catch (error) {
      throw portErrorOf(error);
    }
  }

  /**
   * One stream's audit reads that stream. The whole tenant's narrows $all on the server to the
   * tenant's streams (`<category>-<tenant>` or `<category>-<tenant>:…`, see
   * write/stream-names.ts) and the markers' stream; the metadata's tenant and the type are
   * checked here. Pages are read until `limit` events pass or the log ends.
   */
  async readTenantLog({ tenant, after, limit, stream, type }: TenantLogOptions) {
    const wanted = (event: RecordedEvent) =>
      (after === undefined || event.position > after) &&
      inTenantLog(event, tenant) &&
      (type === undefined || event.type === type);
    if (stream !== undefined) return this.streamLog(stream, limit, wanted);
    const prefix = escapeRegex(this.prefix);
    const filter = streamNameFilter({
      regex: `^${prefix}([A-Za-z]+-${escapeRegex(tenant)}(:|$)|cutoffs-${escapeRegex(SHARED_MARKERS.tenant)}$)`,
    });
    const events: RecordedEvent[] = [];
    let from = after;
    for (;;) {
      const page = await this.filteredPage(from, limit, filter);
      events.push(...page.filter(wanted));
      if (events.length >= limit || page.length < limit) return events.slice(0, limit);
      from = page.at(-1)!.position;
    }
  }

  /**
   * The stream's events that pass `wanted`, oldest first, read a page of revisions at a time.
   * Within a stream positions grow with revisions, so the events at or before the caller's
   * `after` are the stream's first ones, skipped by `wanted`.
   */
  private async streamLog(
    stream: string,
    limit: number,
    wanted: (event: RecordedEvent) => boolean,
  ): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    let fromRevision = 0n;
    for (;;) {
      const page = await this.read(stream, { fromRevision, maxCount: PAGE });
      events.push(...page.filter(wanted));
      if (events.length >= limit || page.length < PAGE) return events.slice(0, limit);
      fromRevision = page.at(-1)!.revision + 1n;
    }
  }

  subscribeAll(options: SubscribeOptions): AsyncIterable<RecordedEvent> {
    // Paged reads (followLog) rather than subscribeToAll: log order, the exclusive `after` and
    // abort rest on the code the embedded store already proves, with no gRPC stream to cancel
    // mid-read. The price: appends made by other processes arrive up to pollIntervalMs late.
    return followLog(this, options, (signal) => this.appended.next(signal));
  }

  subscribeAllPages(options: SubscribeOptions): AsyncIterable<readonly RecordedEvent[]> {
    return followLogInPages(this, options, (signal) => this.appended.next(signal));
  }

  /**
   * The newest of this log's events: from the newest this process has seen, forwards (past the
   * quiet stretch, so an idle log costs a read of what others appended since); the first time,
   * backwards from the end of $all.
   */
  async headPosition(): Promise<Position | null> {
    let newest = this.newest === undefined ? await this.newestBackwards() : this.newest;
    for (;;) {
      const page = await this.readAll({ after: newest ?? undefined, limit: PAGE });
      newest = page.at(-1)?.position ?? newest;
      if (page.length < PAGE) return newest;
    }
  }

  private async newestBackwards(): Promise<Position | null> {
    const head = await this.allHead();
    const reads = this.live.readAll({
      ...ON_LEADER,
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: 1,
      filter: this.logFilter,
    });
    let newest: Position | null = null;
    await this.each(reads, (resolved) => {
      newest = positionOf(resolved);
    });
    this.quiet.passed(undefined, newest ?? undefined, head);
    this.saw(newest ?? undefined);
    return newest;
  }

  /** The last position of $all, whoever's event it is; null when $all is empty. */
  private async allHead(): Promise<Position | null> {
    const reads = this.live.readAll({
      ...ON_LEADER,
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: 1,
    });
    let head: Position | null = null;
    await this.each(reads, (resolved) => {
      head = positionOf(resolved);
    });
    return head;
  }

  private saw(position: Position | undefined): void {
    if (position === undefined) return;
    if (this.newest === undefined || this.newest === null || position > this.newest)
      this.newest = position;
  }

  private toRecorded(resolved: ResolvedEvent): RecordedEvent {
    return toRecorded(resolved, this.prefix);
  }

  /**
   * dispose() ends the client's gRPC calls; the native bridge that serves its reads has no close
   * of its own and is freed with the client, whose only reference is dropped here. Any later
   * call fails instead of quietly opening the bridge again.
   */
  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.appended.notify();
    await client?.dispose();
  }
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
