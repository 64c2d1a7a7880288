import type { AnyEvent } from '../../src/events/any-event';
import type { RecordedEvent } from '../../src/event-store/event-store';
import { handledBy, type Projection } from '../../src/projections/projection';
import type { Doc } from '../../src/read-store/read-store';

/** An event as the log holds it, with only what a projection may read besides its data. */
export interface Given {
  readonly event: AnyEvent;
  readonly stream?: string;
  readonly tenant?: string;
  readonly occurredAt: string;
}

/** Documents per collection, by id, as a projection leaves them. */
export type Documents = Record<string, Record<string, Doc>>;

/**
 * Given these events, then these documents: a projection applied event by event the way the
 * engine applies it (only the event types it handles; each change reads the document as the
 * earlier changes left it), into plain collections.
 */
export const ProjectionSpecification = {
  for<E extends AnyEvent>(projection: Projection<E>) {
    return {
      given: (events: readonly Given[]) => ({
        /** `only`: compare these collections and ignore the others. */
        then: (expected: Documents, { only }: { only?: readonly string[] } = {}) => {
          const documents = project(projection, events);
          const compared = only
            ? Object.fromEntries(only.map((name) => [name, documents[name]]))
            : documents;
          expect(compared).toEqual(expected);
        },
        thenNothingStored: () => {
          expect(project(projection, events)).toEqual({});
        },
      }),
    };
  },
};

function project<E extends AnyEvent>(typed: Projection<E>, given: readonly Given[]) {
  // As the engine holds it: a projection of the whole log, given only the types it handles.
  const projection: Projection = typed;
  const documents: Documents = {};
  given.forEach(({ event, stream = 'stream-acme:1', tenant = 'acme', occurredAt }, index) => {
    const recorded: RecordedEvent = {
      ...event,
      eventId: `event-${index}`,
      stream,
      revision: 0n,
      position: BigInt(index + 1),
      metadata: {
        tenant,
        actor: { id: 'someone', roles: [] },
        occurredAt,
        command: 'Given',
        commandId: `command-${index}`,
        correlationId: `correlation-${index}`,
        causationId: `cause-${index}`,
        eventVersion: 1,
      },
    };
    if (!handledBy(projection, recorded)) return;
    for (const change of projection.project(recorded)) {
      const collection = (documents[change.collection] ??= {});
      const id = typeof change.id === 'function' ? change.id() : change.id;
      const updated = change.update(change.creates ? null : (collection[id] ?? null));
      if (updated) collection[id] = updated;
      else delete collection[id];
    }
  });
  for (const [name, collection] of Object.entries(documents))
    if (Object.keys(collection).length === 0) delete documents[name];
  return documents;
}
