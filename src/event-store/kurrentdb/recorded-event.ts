import type { ResolvedEvent } from '@kurrent/kurrentdb-client';
import type { AnyEvent } from '../../events/any-event';
import type { DomainEvent } from '../../core/decider';
import type { EventMetadata, Position, RecordedEvent } from '../event-store';

/** Servers before 22.6 report no position on stream reads (unset, or 2^64 - 1). */
const NO_POSITION = 2n ** 63n;

export function positionOf({ event, commitPosition }: ResolvedEvent): Position {
  const position = event?.position?.commit ?? commitPosition;
  if (position === undefined || position < 0n || position >= NO_POSITION)
    throw new Error('KurrentDB did not report the event position: use KurrentDB 22.10 or newer');
  return position;
}

/**
 * The one place a KurrentDB event becomes a typed one (the schemas checked it on append);
 * `prefix` (see KURRENTDB_STREAM_PREFIX) is taken off the stream name.
 */
export function toRecorded<E extends DomainEvent = AnyEvent>(
  resolved: ResolvedEvent,
  prefix: string,
): RecordedEvent<E> {
  const { event } = resolved;
  if (!event) throw new Error('KurrentDB returned an unresolved link, which we never ask for');
  return {
    eventId: event.id,
    type: event.type,
    data: event.data as E['data'],
    metadata: event.metadata as EventMetadata,
    stream: event.streamId.slice(prefix.length),
    revision: event.revision,
    position: positionOf(resolved),
  } as RecordedEvent<E>;
}
