import type { RecordedEvent } from '../../event-store/event-store';
import type { Doc, DocumentWriter } from '../../read-store/read-store';
import type { DocumentChange, Projection } from '../projection';
import { physicalName, readCheckpoint, writeCheckpoint } from './generations';

/** Another process applied these events first; the caller re-reads its checkpoints. */
export class CheckpointMoved extends Error {
  constructor(readonly projection: string) {
    super(`The checkpoint of ${projection} moved under this page`);
    this.name = 'CheckpointMoved';
  }
}

/** What applying a page needs of the documents: reads by id, and writes. */
export type DocumentAccess = Pick<DocumentWriter, 'get' | 'getMany' | 'put' | 'putMany' | 'delete'>;

/** A projection's generation being written, and the checkpoint the next page starts from. */
export interface PageTarget {
  readonly projection: Projection;
  readonly generation: number;
  readonly checkpoint: bigint | undefined;
}

/** Fewer ids than SQLite's parameter limit, and a modest query for MongoDB. */
const READ_CHUNK = 500;

const handledTypes = new WeakMap<Projection, ReadonlySet<string>>();

/** Whether the projection handles the event's type: a set per projection, built once. */
function handles(projection: Projection, event: RecordedEvent): boolean {
  let types = handledTypes.get(projection);
  // Stryker disable next-line ConditionalExpression: a set built afresh from the same `handles` answers alike
  if (types === undefined) {
    types = new Set(projection.handles);
    // Stryker disable next-line CallExpression: a set built afresh from the same `handles` answers alike
    handledTypes.set(projection, types);
  }
  return types.has(event.type);
}

/**
 * Applies a page of the log to every target and moves each one's checkpoint, inside the
 * caller's transaction, with a compare-and-set on each checkpoint the page started from: a crash
 * can neither lose nor double an event, and two processes cannot both apply a page. A target
 * already past some of the events skips them. Returns the new checkpoints, in target order,
 * without touching the targets: the transaction may run this again (MongoDB retries).
 */
export async function applyPage(
  tx: DocumentAccess,
  targets: readonly PageTarget[],
  events: readonly RecordedEvent[],
): Promise<(bigint | undefined)[]> {
  const reached: (bigint | undefined)[] = [];
  const last = events.at(-1);
  const pending = pendingOf(targets, events);
  for (const [i, { projection, generation, checkpoint }] of targets.entries()) {
    if ((await readCheckpoint(tx, projection.name, generation)) !== checkpoint)
      throw new CheckpointMoved(projection.name);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: undefined >= n is false; at the last position nothing is kept
    if (!last || (checkpoint !== undefined && checkpoint >= last.position)) {
      reached.push(checkpoint);
      continue;
    }
    await applyEvents(tx, projection, generation, pending[i]!);
    await writeCheckpoint(tx, projection.name, generation, last.position);
    reached.push(last.position);
  }
  return reached;
}

/**
 * Each target's events of the page, in log order: those past its checkpoint, of the types it
 * handles. One pass over the page, looking up which targets handle each type once per type.
 */
function pendingOf(
  targets: readonly PageTarget[],
  events: readonly RecordedEvent[],
): RecordedEvent[][] {
  const pending = targets.map((): RecordedEvent[] => []);
  const handling = new Map<string, number[]>();
  for (const event of events) {
    let indexes = handling.get(event.type);
    if (!indexes) {
      indexes = [];
      for (const [i, { projection }] of targets.entries())
        if (handles(projection, event)) indexes.push(i);
      handling.set(event.type, indexes);
    }
    for (const i of indexes) {
      const { checkpoint } = targets[i]!;
      if (checkpoint === undefined || event.position > checkpoint) pending[i]!.push(event);
    }
  }
  return pending;
}

/**
 * Each document is read at most once and written at most once per page; the documents the
 * changes name up front are read in bulk before any change applies.
 */
async function applyEvents(
  tx: DocumentAccess,
  projection: Projection,
  generation: number,
  events: readonly RecordedEvent[],
): Promise<void> {
  const changes: DocumentChange[] = [];
  for (const event of events) for (const change of projection.project(event)) changes.push(change);
  // Documents by collection as the projection names it; physical names only for the store.
  const touched = new Map<string, Map<string, Doc | null>>();
  const docsOf = (collection: string) => {
    let docs = touched.get(collection);
    if (!docs) touched.set(collection, (docs = new Map<string, Doc | null>()));
    return docs;
  };
  await prefetch(tx, generation, changes, docsOf);
  for (const change of changes) {
    const docs = docsOf(change.collection);
    const id = typeof change.id === 'function' ? change.id() : change.id;
    let current = docs.get(id);
    if (current === undefined)
      current = change.creates
        ? null
        : await tx.get(physicalName(change.collection, generation), id);
    docs.set(id, change.update(current));
  }
  for (const [collection, docs] of touched) {
    const physical = physicalName(collection, generation);
    const puts: Doc[] = [];
    for (const [id, doc] of docs) {
      if (doc) puts.push(doc);
      else await tx.delete(physical, id);
    }
    await tx.putMany(physical, puts);
  }
}

async function prefetch(
  tx: DocumentAccess,
  generation: number,
  changes: readonly DocumentChange[],
  docsOf: (collection: string) => Map<string, Doc | null>,
): Promise<void> {
  const wanted = new Map<string, Set<string>>();
  for (const change of changes) {
    if (change.creates || typeof change.id !== 'string') continue;
    let ids = wanted.get(change.collection);
    if (!ids) wanted.set(change.collection, (ids = new Set()));
    ids.add(change.id);
  }
  for (const [collection, ids] of wanted) {
    const docs = docsOf(collection);
    const physical = physicalName(collection, generation);
    const all = [...ids];
    for (let start = 0; start < all.length; start += READ_CHUNK) {
      const chunk = all.slice(start, start + READ_CHUNK);
      for (const id of chunk) docs.set(id, null);
      for (const doc of await tx.getMany(physical, chunk)) docs.set(doc._id, doc);
    }
  }
}
