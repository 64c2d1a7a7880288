import type { AnyEvent } from '../events/any-event';
import type { DomainEvent } from '../core/decider';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  Position,
  ReadAllOptions,
  RecordedEvent,
  StreamReadOptions,
  SubscribeOptions,
  TenantLogOptions,
} from './event-store';
import type { EventSchemas } from './event-schemas';

/**
 * Refuses, before anything is written, an append whose events break their contract, so the log
 * never holds an event that projections and other readers cannot rely on. A batch is refused
 * whole. Reads are not checked: what is in the log was checked when it was appended.
 */
export class SchemaValidatingEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly schemas: EventSchemas,
  ) {}

  async append(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    for (const event of events) {
      // Metadata first: it carries the eventVersion that picks the data schema.
      this.schemas.validateMetadata(event.metadata);
      this.schemas.validate(event.type, event.metadata.eventVersion, event.data);
    }
    return await this.inner.append(stream, events, expected);
  }

  readStream<E extends DomainEvent = AnyEvent>(
    stream: string,
    options?: StreamReadOptions,
  ): Promise<RecordedEvent<E>[]> {
    return this.inner.readStream<E>(stream, options);
  }

  readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.inner.readAll(options);
  }

  readTenantLog(options: TenantLogOptions): Promise<RecordedEvent[]> {
    return this.inner.readTenantLog(options);
  }

  subscribeAll(options: SubscribeOptions): AsyncIterable<RecordedEvent> {
    return this.inner.subscribeAll(options);
  }

  subscribeAllPages(options: SubscribeOptions): AsyncIterable<readonly RecordedEvent[]> {
    return this.inner.subscribeAllPages(options);
  }

  headPosition(): Promise<Position | null> {
    return this.inner.headPosition();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
