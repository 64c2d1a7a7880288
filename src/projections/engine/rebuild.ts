import type { EventStore } from '../../event-store/event-store';
import type { ReadStore } from '../../read-store/read-store';
import type { Projection } from '../projection';
import { applyBatch } from './apply-batch';
import {
  activeGeneration,
  dropCheckpoint,
  ensureActiveGeneration,
  ensureGenerationCollections,
  physicalName,
  setActiveGeneration,
} from './generations';

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

const PAGE = 5000;

/**
 * Rebuilds a read model from the whole log into a fresh generation of its collections while
 * the live one keeps answering, then switches queries and the live runner to it (blue/green)
 * and drops the old one. A rebuild left half done by a crash is discarded by the next.
 */
export async function rebuildProjection(
  events: EventStore,
  store: ReadStore,
  projection: Projection,
  onProgress: (progress: RebuildProgress) => void = () => undefined,
): Promise<RebuildResult> {
  const started = Date.now();
  const live = await ensureActiveGeneration(store, projection);
  const generation = live + 1;
  await dropGeneration(store, projection, generation);
  await ensureGenerationCollections(store, projection, generation);

  const head = (await events.headPosition()) ?? 0n;
  let position: bigint | undefined;
  let applied = 0;
  for (;;) {
    const page = await events.readAll({ after: position, limit: PAGE });
    if (page.length === 0) break;
    position = await applyBatch(store, projection, generation, position, page);
    applied += page.length;
    const elapsedMs = Date.now() - started;
    onProgress({ projection: projection.name, applied, position, head, elapsedMs });
  }

  const switched = await store.transaction(async (tx) => {
    if ((await activeGeneration(tx, projection.name)) !== live) return false;
    await setActiveGeneration(tx, projection.name, generation);
    return true;
  });
  if (!switched) throw new Error(`Another rebuild of ${projection.name} switched first`);
  await dropGeneration(store, projection, live);
  return {
    projection: projection.name,
    generation,
    events: applied,
    elapsedMs: Date.now() - started,
  };
}

async function dropGeneration(store: ReadStore, projection: Projection, generation: number) {
  for (const spec of projection.collections)
    await store.dropCollection(physicalName(spec.name, generation));
  await store.transaction((tx) => dropCheckpoint(tx, projection.name, generation));
}
