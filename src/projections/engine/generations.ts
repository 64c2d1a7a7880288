import type {
  BatchCheck,
  Doc,
  DocumentReader,
  DocumentWriter,
  ReadStore,
} from '../../read-store/read-store';
import type { Projection } from '../projection';

/**
 * Where each projection keeps its documents. A rebuild writes a new generation of collections
 * beside the live one and switches the projection's `active` generation once caught up
 * (blue/green); queries always read the active generation.
 */
export const PROJECTIONS = 'projections';

interface ActiveDoc extends Doc {
  readonly active: number;
}

interface CheckpointDoc extends Doc {
  readonly position: string | null;
}

export const physicalName = (collection: string, generation: number): string =>
  `${collection}_g${generation}`;

const activeId = (projection: string) => `active:${projection}`;
const checkpointId = (projection: string, generation: number) =>
  `checkpoint:${projection}:${generation}`;

export async function activeGeneration(reader: DocumentReader, projection: string) {
  const doc = await reader.get<ActiveDoc>(PROJECTIONS, activeId(projection));
  return doc?.active ?? null;
}

export async function setActiveGeneration(
  writer: DocumentWriter,
  projection: string,
  generation: number,
): Promise<void> {
  await writer.put(PROJECTIONS, { _id: activeId(projection), active: generation });
}

export async function readCheckpoint(
  reader: Pick<DocumentReader, 'get'>,
  projection: string,
  generation: number,
): Promise<bigint | undefined> {
  const doc = await reader.get<CheckpointDoc>(PROJECTIONS, checkpointId(projection, generation));
  return doc?.position == null ? undefined : BigInt(doc.position);
}

/** A batch's check that the checkpoint is still at `position` (undefined: there is none). */
export const checkpointCheck = (
  projection: string,
  generation: number,
  position: bigint | undefined,
): BatchCheck => ({
  collection: PROJECTIONS,
  id: checkpointId(projection, generation),
  field: 'position',
  value: position === undefined ? null : position.toString(),
});

export async function writeCheckpoint(
  writer: Pick<DocumentWriter, 'put'>,
  projection: string,
  generation: number,
  position: bigint,
): Promise<void> {
  const doc = { _id: checkpointId(projection, generation), position: position.toString() };
  await writer.put(PROJECTIONS, doc);
}

export async function dropCheckpoint(
  writer: DocumentWriter,
  projection: string,
  generation: number,
) {
  await writer.delete(PROJECTIONS, checkpointId(projection, generation));
}

/** The projection's active generation, creating generation 1 on first use. */
export async function ensureActiveGeneration(store: ReadStore, projection: Projection) {
  await store.ensureCollection({ name: PROJECTIONS, indexes: [] });
  const generation = await store.transaction(async (tx) => {
    const active = await activeGeneration(tx, projection.name);
    if (active !== null) return active;
    await setActiveGeneration(tx, projection.name, 1);
    return 1;
  });
  await ensureGenerationCollections(store, projection, generation);
  return generation;
}

/**
 * A rebuild writing its own transactions creates the collections without their indexes
 * (`indexed` false) and adds them once the documents are in: one bulk index build is much
 * cheaper than updating indexes row by row on the same thread.
 */
export async function ensureGenerationCollections(
  store: ReadStore,
  projection: Projection,
  generation: number,
  indexed = true,
): Promise<void> {
  for (const spec of projection.collections)
    await store.ensureCollection({
      name: physicalName(spec.name, generation),
      indexes: indexed ? spec.indexes : [],
    });
}
