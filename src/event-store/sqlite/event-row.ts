import type { AnyEvent } from '../../events/any-event';
import type { DomainEvent } from '../../core/decider';
import type { RecordedEvent } from '../event-store';

/** A type, not an interface, so a driver's row record can be narrowed to it. */
export type EventRow = {
  position: bigint;
  event_id: string;
  stream: string;
  revision: bigint;
  type: string;
  data: string;
  metadata: string;
};

export const COLUMNS = 'position, event_id, stream, revision, type, data, metadata';

/** A row becomes a typed event: the schemas checked it when it was appended. */
export const toRecorded = <E extends DomainEvent = AnyEvent>(row: EventRow): RecordedEvent<E> =>
  recorded(row.position, row.event_id, row.stream, row.revision, row.type, row.data, row.metadata);

/** The one place a row's columns become a typed event. */
export function recorded<E extends DomainEvent = AnyEvent>(
  position: bigint,
  eventId: string,
  stream: string,
  revision: bigint,
  type: string,
  data: string,
  metadata: string,
): RecordedEvent<E> {
  return {
    eventId,
    stream,
    revision,
    position,
    type,
    data: JSON.parse(data) as E['data'],
    metadata: JSON.parse(metadata) as RecordedEvent['metadata'],
  } as RecordedEvent<E>;
}
