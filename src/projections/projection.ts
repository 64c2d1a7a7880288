import type { AnyEvent } from '../events/any-event';
import type { RecordedEvent } from '../event-store/event-store';
import type { CollectionSpec, Doc } from '../read-store/read-store';

/** One document an event changes: `update` gets its current state (null if none) and returns the new one (null deletes it). */
export interface DocumentChange {
  readonly collection: string;
  /** A function when the id depends on a document an earlier change of the same event read. */
  readonly id: string | (() => string);
  readonly update: (current: Doc | null) => Doc | null;
  /** The document is new for certain: no need to read its current state. */
  readonly creates?: boolean;
}

/**
 * A read model's projection: pure, it reads only the event and its metadata (no clock, no
 * lookups), so a rebuild from the log gives exactly the live documents. It names the event
 * types it reads, and is given only those, so a switch on `event.type` narrows each one.
 */
export interface Projection<E extends AnyEvent = AnyEvent> {
  readonly name: string;
  readonly collections: readonly CollectionSpec[];
  /** The event types `project` acts on; the engine passes it no others. */
  readonly handles: readonly E['type'][];
  // A method, so a projection of some events is one of the whole log; handledBy keeps it honest.
  project(event: RecordedEvent<E>): readonly DocumentChange[];
}

/** Whether the projection reads this event: the engine gives a projection nothing else. */
export const handledBy = (projection: Projection, event: RecordedEvent): boolean =>
  projection.handles.includes(event.type);

/** Positions in documents are zero-padded decimal strings, so they sort as text in any store. */
export const positionKey = (position: bigint): string => position.toString().padStart(20, '0');
