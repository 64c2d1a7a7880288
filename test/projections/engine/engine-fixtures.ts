import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import type { AnyEventType } from '../../../src/events/any-event';
import type { EventStore, RecordedEvent } from '../../../src/event-store/event-store';
import { physicalName } from '../../../src/projections/engine/generations';
import type { Projection } from '../../../src/projections/projection';
import type { DocumentReader, ReadStore } from '../../../src/read-store/read-store';

/**
 * A projection that records, in one document, the position of every event it was given: an
 * event lost, applied twice or out of order shows in the list.
 */
export const recording = (name: string, handles: readonly AnyEventType[]): Projection => ({
  name,
  collections: [{ name, indexes: [['position']] }],
  handles,
  project: (event) => [
    {
      collection: name,
      id: 'seen',
      update: (doc) => ({
        _id: 'seen',
        positions: [...((doc?.positions as number[] | undefined) ?? []), Number(event.position)],
      }),
    },
  ],
});

/** The positions a recording projection holds in `generation`, [] before its first event. */
export async function seen(
  store: DocumentReader,
  projection: Projection,
  generation = 1,
): Promise<number[]> {
  const doc = await store.get(physicalName(projection.name, generation), 'seen');
  return (doc?.positions as number[] | undefined) ?? [];
}

/** Appends one event of each type, each in a stream of its own, and returns them as recorded. */
export async function append(
  events: EventStore,
  types: readonly AnyEventType[],
): Promise<RecordedEvent[]> {
  const head = await events.headPosition();
  for (const type of types)
    await events.append(
      `engine-${randomUUID()}`,
      [
        {
          eventId: randomUUID(),
          type,
          data: {},
          metadata: {
            tenant: 'acme',
            actor: { id: 'engine-spec', roles: [] },
            occurredAt: '2026-03-02T09:00:00.000Z',
            command: 'EngineSpec',
            commandId: randomUUID(),
            correlationId: randomUUID(),
            causationId: randomUUID(),
            eventVersion: 1,
          },
        },
      ],
      'no-stream',
    );
  return events.readAll({ after: head ?? undefined, limit: 10_000 });
}

/** Whether the collection exists: a write to a missing one fails (and this one is rolled back). */
export const collectionExists = (store: ReadStore, collection: string): Promise<boolean> =>
  store
    .transaction(async (tx) => {
      await tx.put(collection, { _id: 'probe' });
      throw new Error('rolled back');
    })
    .catch((error: Error) => error.message === 'rolled back');

/** How many indexes the SQLite read store's file holds on a collection, read from the file. */
export function indexCount(file: string, collection: string): number {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const row = db
      .prepare(
        "SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?",
      )
      .get(`c_${collection}`) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}
