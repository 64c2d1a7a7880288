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
import { open, type PersonalData } from './personal-data-cipher';
import { type LearnerKey, learnerKeyId, type PersonalDataKeys } from './personal-data-keys';
import { isProfile, isSealed, learnerOf, SEALED_PROFILE_VERSION } from './sealed-profile';

/** Told (with no personal data) of a sealed profile that does not open under its learner's key. */
export type UnreadableProfile = (event: RecordedEvent) => void;

/**
 * The log as the service reads it: every learner profile opened under its learner's key while
 * the key exists (the append path sealed it, see `sealProfiles`). Once the key is destroyed a
 * reader gets the profile with name and e-mail null, the same live and in a rebuild. Profiles
 * stored before encryption (v1, in the clear) are read as they are until their learner is
 * erased, then as erased too; `migrate-personal-data` seals them in place.
 *
 * A sealed profile that does not open under its learner's current key (copied from another
 * learner's event, altered, or sealed under a key the key store lost) is read as erased too,
 * and reported to `unreadable`: nobody can recover that data any more, and one such event must
 * not stop every projection at its position for good, as throwing would.
 */
export class OpenedEventLog implements EventLog {
  constructor(
    private readonly inner: EventLog,
    private readonly keys: Pick<PersonalDataKeys, 'find'>,
    private readonly unreadable: UnreadableProfile = () => {},
  ) {}

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

  /** Opens every profile of a page with one lookup of their keys; other events pass untouched. */
  private async opened<E extends RecordedEvent>(events: readonly E[]): Promise<E[]> {
    const profiles = events.filter(isProfile);
    // Stryker disable next-line ConditionalExpression: looking up no keys finds none, and every event passes as it is
    if (profiles.length === 0) return events as E[];
    const keys = await this.keys.find(profiles.map(learnerOf));
    return events.map((event) =>
      isProfile(event) ? openProfile(event, keys, this.unreadable) : event,
    );
  }
}

function openProfile<E extends RecordedEvent>(
  event: E,
  keys: ReadonlyMap<string, LearnerKey>,
  unreadable: UnreadableProfile,
): E {
  const learner = learnerOf(event);
  const key = keys.get(learnerKeyId(learner));
  const erased = { learnerId: learner.learnerId, name: null, email: null };
  if (event.metadata.eventVersion < SEALED_PROFILE_VERSION)
    return key?.state === 'erased' ? { ...event, data: erased } : event;
  if (key?.state !== 'active') return { ...event, data: erased };
  if (!isSealed(event.data)) throw new Error(`Profile event ${event.eventId} is not sealed`);
  let opened: PersonalData;
  try {
    opened = open(key.key, learnerKeyId(learner), event.data.personalData);
  } catch {
    unreadable(event);
    return { ...event, data: erased };
  }
  return {
    ...event,
    data: { learnerId: learner.learnerId, name: opened.name, email: opened.email },
  };
}
