import { ALL_PROJECTIONS } from '../../src/read/all-projections';
import { activeGeneration, physicalName } from '../../src/projections/engine/generations';
import type { Doc, ReadStore } from '../../src/read-store/read-store';

/** Every document of every read model's active generation, by projection and collection. */
export async function snapshotReadModels(store: ReadStore) {
  const snapshot: Record<string, Doc[]> = {};
  for (const projection of ALL_PROJECTIONS) {
    const generation = await activeGeneration(store, projection.name);
    for (const { name } of projection.collections)
      snapshot[`${projection.name}/${name}`] =
        generation === null ? [] : await store.find(physicalName(name, generation), {});
  }
  return snapshot;
}
