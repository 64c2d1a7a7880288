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

/** The one place a row becomes a typed event: the schemas checked it when it was appended. */
export function toRecorded<E extends DomainEvent = AnyEvent>(row: EventRow): RecordedEvent<E> {
  return {
    eventId: row.event_id,
    stream: row.stream,
    revision: row.revision,
    position: row.position,
    type: row.type,
    data: JSON.parse(row.data) as E['data'],
    metadata: JSON.parse(row.metadata) as RecordedEvent['metadata'],
  } as RecordedEvent<E>;
}
