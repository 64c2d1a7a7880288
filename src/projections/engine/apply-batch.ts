import type { RecordedEvent } from '../../event-store/event-store';
import type { Doc, DocumentWriter, ReadStore } from '../../read-store/read-store';
import { handledBy, type Projection } from '../projection';
import { physicalName, readCheckpoint, writeCheckpoint } from './generations';

/** Another process applied these events first; the caller re-reads its checkpoint. */
export class CheckpointMoved extends Error {
  constructor(readonly projection: string) {
    super(`The checkpoint of ${projection} moved under this batch`);
    this.name = 'CheckpointMoved';
  }
}

/**
 * Applies a batch of events and moves the checkpoint in one transaction, with a compare-and-set
 * on the checkpoint the batch started from: a crash can neither lose nor double an event, and
 * two processes running the same projection cannot both apply a batch. Each document is read
 * at most once and written at most once per batch.
 */
export async function applyBatch(
  store: ReadStore,
  projection: Projection,
  generation: number,
  from: bigint | undefined,
  events: readonly RecordedEvent[],
): Promise<bigint> {
  if (events.length === 0) return from ?? 0n;
  return store.transaction((tx) => applyBatchIn(tx, projection, generation, from, events));
}

/** The same, inside a transaction the caller runs (a rebuild applies several projections in one). */
export async function applyBatchIn(
  tx: DocumentWriter,
  projection: Projection,
  generation: number,
  from: bigint | undefined,
  events: readonly RecordedEvent[],
): Promise<bigint> {
  const last = events.at(-1);
  if (!last) return from ?? 0n;
  const checkpoint = await readCheckpoint(tx, projection.name, generation);
  if (checkpoint !== from) throw new CheckpointMoved(projection.name);
  const touched = new Map<string, { collection: string; id: string; doc: Doc | null }>();
  for (const event of events) {
    if (!handledBy(projection, event)) continue;
    for (const change of projection.project(event)) {
      const collection = physicalName(change.collection, generation);
      const id = typeof change.id === 'function' ? change.id() : change.id;
      const key = `${collection}\u0000${id}`;
      let entry = touched.get(key);
      if (!entry) {
        const doc = change.creates ? null : await tx.get(collection, id);
        entry = { collection, id, doc };
        touched.set(key, entry);
      }
      entry.doc = change.update(entry.doc);
    }
  }
  for (const { collection, id, doc } of touched.values())
    await (doc ? tx.put(collection, doc) : tx.delete(collection, id));
  await writeCheckpoint(tx, projection.name, generation, last.position);
  return last.position;
}
