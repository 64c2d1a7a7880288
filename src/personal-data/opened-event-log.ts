import type { AnyEvent } from '../events/any-event';
import type { DomainEvent } from '../core/decider';
import type {
  EventLog,
  Position,
  ReadAllOptions,
  RecordedEvent,
  StreamReadOptions,
  SubscribeOptions,
  TenantLogOptions,
} from '../event-store/event-store';
import { learnerKeyId, type PersonalDataKeys } from './personal-data-keys';
import { holdsPersonalData, learnerOf, openEvent } from './sealed-events';

/** Told (with no personal data) of a sealed event that does not open under its learner's key. */
export type UnreadableProfile = (event: RecordedEvent) => void;

/**
 * The log as the service reads it: every event holding personal data (a learner's profile, a
 * free-text reason) opened under its learner's key while the key exists (the append path sealed
 * it, see `sealPersonalData`). Once the key is destroyed a reader gets the event with those
 * fields null and no request hash, the same live and in a rebuild. Events stored before
 * encryption (v1, in the clear) are read as they are until their learner is erased, then as
 * erased too; `migrate-personal-data` seals profiles in place.
 *
 * A sealed event that does not open under its learner's current key (copied from another
 * learner's event, altered, or sealed under a key the key store lost) is read as erased too,
 * and reported to `unreadable`: nobody can recover that data any more, and one such event must
 * not stop every projection at its position for good, as throwing would.
 */
export class OpenedEventLog implements EventLog {
  /** The inner log's read-ahead, each page opened; none where the inner log has none. */
  readonly readAhead?: (options: ReadAllOptions) => AsyncIterable<RecordedEvent[]>;

  constructor(
    private readonly inner: EventLog,
    private readonly keys: Pick<PersonalDataKeys, 'find'>,
    private readonly unreadable: UnreadableProfile = () => {},
  ) {
    const ahead = inner.readAhead;
    if (ahead) this.readAhead = (options) => this.openedPages(ahead(options));
  }

  async readStream<E extends DomainEvent = AnyEvent>(
    stream: string,
    options?: StreamReadOptions,
  ): Promise<RecordedEvent<E>[]> {
    return (await this.opened(await this.inner.readStream(stream, options))) as RecordedEvent<E>[];
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.opened(await this.inner.readAll(options));
  }

  async readTenantLog(options: TenantLogOptions): Promise<RecordedEvent[]> {
    return this.opened(await this.inner.readTenantLog(options));
  }

  async *subscribeAll(options: SubscribeOptions): AsyncIterable<RecordedEvent> {
    for await (const page of this.subscribeAllPages(options)) yield* page;
  }

  async *subscribeAllPages(options: SubscribeOptions): AsyncIterable<readonly RecordedEvent[]> {
    for await (const page of this.inner.subscribeAllPages(options)) yield this.opened(page);
  }

  headPosition(): Promise<Position | null> {
    return this.inner.headPosition();
  }

  private async *openedPages(
    pages: AsyncIterable<RecordedEvent[]>,
  ): AsyncIterable<RecordedEvent[]> {
    for await (const page of pages) yield await this.opened(page);
  }

  /** Opens every sealed event of a page with one lookup of their keys; others pass untouched. */
  private async opened<E extends RecordedEvent>(events: readonly E[]): Promise<E[]> {
    const personal = events.filter(holdsPersonalData);
    // Stryker disable next-line ConditionalExpression: looking up no keys finds none, and every event passes as it is
    if (personal.length === 0) return events as E[];
    const keys = await this.keys.find(personal.map(learnerOf));
    return events.map((event) =>
      holdsPersonalData(event)
        ? openEvent(event, keys.get(learnerKeyId(learnerOf(event))), this.unreadable)
        : event,
    );
  }
}
