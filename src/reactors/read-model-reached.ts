import { sleep } from '../core/sleep';
import { activeGeneration, readCheckpoint } from '../projections/engine/generations';
import type { ReadStore } from '../read-store/read-store';

/** Waits until a read model has applied `position`; false when stopped first. */
export async function readModelReached(
  store: ReadStore,
  projection: string,
  position: bigint,
  signal: AbortSignal,
): Promise<boolean> {
  while (!signal.aborted) {
    const generation = await activeGeneration(store, projection);
    const checkpoint =
      generation === null ? undefined : await readCheckpoint(store, projection, generation);
    if (checkpoint !== undefined && checkpoint >= position) return true;
    await sleep(50, signal);
  }
  return false;
}
