import {
  BACKWARDS,
  END,
  excludeSystemEvents,
  jsonEvent,
  KurrentDBClient,
  NO_STREAM,
  type ResolvedEvent,
  START,
  StreamNotFoundError,
  streamNameFilter,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import {
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  inTenantLog,
  type Position,
  type ReadAllOptions,
  type RecordedEvent,
  SHARED_MARKERS,
  type SubscribeOptions,
  type TenantLogOptions,
  WrongExpectedRevisionError,
} from '../event-store';
import { followLog, followLogInPages } from '../follow-log';
import { AppendSignal } from '../append-signal';

/**
 * The event log on KurrentDB (or EventStoreDB 22.10+, which report positions on stream reads).
 *
 * A position is the event's commit position alone: since 20.x every appended event is its own
 * implicitly committed log record, so its commit and prepare positions are equal and
 * `{ commit: p, prepare: p }` rebuilds the full position whenever the client needs one.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly client: KurrentDBClient;
  private readonly appended: AppendSignal;

  constructor(connectionString: string, pollIntervalMs = 200) {
    this.appended = new AppendSignal(pollIntervalMs);
    this.client = KurrentDBClient.connectionString(connectionString);
  }

  async append(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    const proposed = events.map((event) =>
      jsonEvent({
        id: event.eventId,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
      }),
    );
    let written;
    try {
      // Never ANY: with an exact expected state the server's idempotency check is exact, so a
      // retry of the same event ids at the same place succeeds without writing and reports the
      // original revision and position, as the port promises.
      written = await this.client.appendToStream(stream, proposed, {
        streamState: expected === 'no-stream' ? NO_STREAM : expected,
      });
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const actual = error.actualState === NO_STREAM ? 'no-stream' : error.actualState;
      throw new WrongExpectedRevisionError(stream, expected, actual);
    }
    this.appended.notify();
    const revision = written.nextExpectedRevision;
    // An idempotent retry comes back without a position when the server could not look it up.
    const position = written.position?.commit ?? (await this.positionAt(stream, revision));
    return { revision, position };
  }

  private async positionAt(stream: string, revision: bigint): Promise<Position> {
    for await (const resolved of this.client.readStream(stream, {
      fromRevision: revision,
      maxCount: 1,
    }))
      return positionOf(resolved);
    throw new Error(`KurrentDB acknowledged ${stream}@${revision} but cannot read it`);
  }

  async readStream(stream: string): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      // Nothing is skipped here, not even $-typed events: callers derive the expected revision
      // from the last event they read.
      for await (const resolved of this.client.readStream(stream))
        events.push(toRecorded(resolved));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async readAll({ after, limit }: ReadAllOptions): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    if (limit <= 0) return events;
    const reads = this.client.readAll({
      fromPosition: after === undefined ? START : { commit: after, prepare: after },
      // KurrentDB reads forwards from a position inclusively; our `after` is exclusive.
      maxCount: limit + 1,
      filter: excludeSystemEvents(),
    });
    // Read to the end of the (bounded) page rather than break: the client's native reader has
    // no early return, so an abandoned read would stay open until garbage collection.
    for await (const resolved of reads) {
      const event = toRecorded(resolved);
      if ((after === undefined || event.position > after) && events.length < limit)
        events.push(event);
    }
    return events;
  }

  /**
   * The server narrows $all to the tenant's streams (`<category>-<tenant>` or
   * `<category>-<tenant>:…`, see write/stream-names.ts) and the markers' stream; the metadata's
   * tenant and the type are checked here. Pages are read until `limit` events pass or $all ends.
   */
  async readTenantLog({ tenant, after, limit, stream, type }: TenantLogOptions) {
    const streams =
      stream === undefined
        ? `^[A-Za-z]+-${escapeRegex(tenant)}(:|$)|^cutoffs-${escapeRegex(SHARED_MARKERS.tenant)}$`
        : `^${escapeRegex(stream)}$`;
    const events: RecordedEvent[] = [];
    let from = after;
    for (;;) {
      const page: RecordedEvent[] = [];
      const reads = this.client.readAll({
        fromPosition: from === undefined ? START : { commit: from, prepare: from },
        maxCount: limit + 1,
        filter: streamNameFilter({ regex: streams }),
      });
      for await (const resolved of reads) {
        const event = toRecorded(resolved);
        if (from === undefined || event.position > from) page.push(event);
      }
      for (const event of page)
        if (inTenantLog(event, tenant) && (type === undefined || event.type === type))
          events.push(event);
      if (events.length >= limit || page.length === 0) return events.slice(0, limit);
      from = page.at(-1)!.position;
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

  async headPosition(): Promise<Position | null> {
    const reads = this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: 1,
      filter: excludeSystemEvents(),
    });
    for await (const resolved of reads) return positionOf(resolved);
    return null;
  }

  async close(): Promise<void> {
    this.appended.notify();
    await this.client.dispose();
  }
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Servers before 22.6 report no position on stream reads (unset, or 2^64 - 1). */
const NO_POSITION = 2n ** 63n;

function positionOf({ event, commitPosition }: ResolvedEvent): Position {
  const position = event?.position?.commit ?? commitPosition;
  if (position === undefined || position < 0n || position >= NO_POSITION)
    throw new Error('KurrentDB did not report the event position: use KurrentDB 22.10 or newer');
  return position;
}

function toRecorded(resolved: ResolvedEvent): RecordedEvent {
  const { event } = resolved;
  if (!event) throw new Error('KurrentDB returned an unresolved link, which we never ask for');
  return {
    eventId: event.id,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: event.metadata as unknown as EventMetadata,
    stream: event.streamId,
    revision: event.revision,
    position: positionOf(resolved),
  };
}
