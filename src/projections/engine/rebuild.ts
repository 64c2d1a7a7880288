import type { EventLog, ReadAllOptions, RecordedEvent } from '../../event-store/event-store';
import { BatchCheckFailed, type ReadStore } from '../../read-store/read-store';
import type { Projection } from '../projection';
import { applyPage, CheckpointMoved, type PageTarget } from './apply-page';
import {
  activeGeneration,
  checkpointCheck,
  dropCheckpoint,
  ensureActiveGeneration,
  ensureGenerationCollections,
  physicalName,
  readCheckpoint,
  setActiveGeneration,
} from './generations';
import { WriteBackCache } from './write-back-cache';

export interface RebuildProgress {
  readonly projection: string;
  readonly applied: number;
  readonly position: bigint;
  readonly head: bigint;
  readonly elapsedMs: number;
}

export interface RebuildResult {
  readonly projection: string;
  readonly generation: number;
  readonly events: number;
  readonly elapsedMs: number;
}

const PAGE = 2000;

/**
 * Documents the write-back cache holds before it writes them back: about 500 bytes of heap each
 * on the bench's history, so some 50 MB, and a tenth of a million-event rebuild's documents.
 */
export const WRITE_BACK_DOCUMENTS = 100_000;

interface RebuildTarget extends PageTarget {
  readonly live: number;
}

/**
 * Rebuilds read models from the whole log, each into a fresh generation of its collections,
 * while the live ones keep answering; then switches queries and the live pipeline to them
 * (blue/green) and drops the old ones. The log is read once for all of them. Pages are applied to
 * a write-back cache, which goes to the store in one transaction with the checkpoints it reached
 * (compare-and-set on those it last wrote) whenever it passes its bound, and at the end. A
 * rebuild left half done by a crash is discarded by the next.
 */
export async function rebuildProjections(
  events: Pick<EventLog, 'readAll' | 'readAhead' | 'headPosition'>,
  store: ReadStore,
  projections: readonly Projection[],
  onProgress: (progress: RebuildProgress) => void = () => undefined,
  bound = WRITE_BACK_DOCUMENTS,
): Promise<RebuildResult[]> {
  const started = Date.now();
  let targets: RebuildTarget[] = [];
  const cache = new WriteBackCache(store);
  for (const projection of projections) {
    const live = await ensureActiveGeneration(store, projection);
    const generation = live + 1;
    await dropGeneration(store, projection, generation);
    // Committed in the background, each batch keeps the indexes up to date on the other thread,
    // which has the time (1.3 s less on this thread for a million events, the batches' waits
    // hardly longer); in transactions here, one bulk build at the end is cheaper.
    const indexedAsWritten = store.commitInBackground !== undefined;
    await ensureGenerationCollections(store, projection, generation, indexedAsWritten);
    for (const spec of projection.collections)
      cache.startsEmpty(physicalName(spec.name, generation));
    targets.push({ projection, live, generation, checkpoint: undefined });
  }

  const head = (await events.headPosition()) ?? 0n;
  const name = projections.length === 1 ? projections[0]!.name : 'all';
  let after: bigint | undefined;
  let applied = 0;
  let written = targets;
  // The batch being committed in the background, if the store has background commits: awaited
  // before the next is taken, so at most two bounds of documents are held.
  let committing: Promise<void> | undefined;
  const committed = async () => {
    if (!committing) return;
    const batch = committing;
    committing = undefined;
    await batch;
    cache.committed();
  };
  const writeBack = async () => {
    if (store.commitInBackground) {
      await committed();
      const checks = written.map(({ projection, generation, checkpoint }) =>
        checkpointCheck(projection.name, generation, checkpoint),
      );
      const checked = written;
      committing = store.commitInBackground(cache.takeBatch(checks)).catch((error: unknown) => {
        if (error instanceof BatchCheckFailed)
          throw new CheckpointMoved(checked[error.check]!.projection.name);
        throw error;
      });
      // Awaited at the next write-back or at the end; a failure meanwhile is not unhandled.
      committing.catch(() => undefined);
      written = targets;
      return;
    }
    await store.transaction(async (tx) => {
      for (const { projection, generation, checkpoint } of written)
        if ((await readCheckpoint(tx, projection.name, generation)) !== checkpoint)
          throw new CheckpointMoved(projection.name);
      await cache.writeTo(tx);
    });
    cache.clear();
    written = targets;
  };
  await store.inBulk(async () => {
    for await (const page of (events.readAhead ?? pagesOf(events))({ limit: PAGE })) {
      const reached = await applyPage(cache, targets, page);
      targets = targets.map((target, i) => ({ ...target, checkpoint: reached[i] }));
      if (cache.size >= bound) await writeBack();
      after = page.at(-1)!.position;
      applied += page.length;
      onProgress({
        projection: name,
        applied,
        position: after,
        head,
        elapsedMs: Date.now() - started,
      });
    }
    await writeBack();
    await committed();
  });

  const results: RebuildResult[] = [];
  for (const { projection, live, generation } of targets) {
    await ensureGenerationCollections(store, projection, generation);
    const switched = await store.transaction(async (tx) => {
      if ((await activeGeneration(tx, projection.name)) !== live) return false;
      await setActiveGeneration(tx, projection.name, generation);
      return true;
    });
    if (!switched) throw new Error(`Another rebuild of ${projection.name} switched first`);
    await dropGeneration(store, projection, live);
    results.push({
      projection: projection.name,
      generation,
      events: applied,
      elapsedMs: Date.now() - started,
    });
  }
  return results;
}

/** The whole log, page by page, from `readAll`: for a store that has no read-ahead. */
const pagesOf = (events: Pick<EventLog, 'readAll'>) =>
  async function* ({ limit }: ReadAllOptions): AsyncGenerator<RecordedEvent[]> {
    for (let after: bigint | undefined; ;) {
      const page = await events.readAll({ after, limit });
      if (page.length === 0) return;
      yield page;
      after = page.at(-1)!.position;
    }
  };

export async function rebuildProjection(
  events: Pick<EventLog, 'readAll' | 'readAhead' | 'headPosition'>,
  store: ReadStore,
  projection: Projection,
  onProgress?: (progress: RebuildProgress) => void,
): Promise<RebuildResult> {
  const [result] = await rebuildProjections(events, store, [projection], onProgress);
  return result!;
}

async function dropGeneration(store: ReadStore, projection: Projection, generation: number) {
  for (const spec of projection.collections)
    await store.dropCollection(physicalName(spec.name, generation));
  await store.transaction((tx) => dropCheckpoint(tx, projection.name, generation));
}
