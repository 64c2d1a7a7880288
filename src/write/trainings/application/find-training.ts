import { streams } from '../../../core/stream-names';
import type { WriteModel } from '../../command-handling/write-model';
import { training, type TrainingState } from '../domain/training';

/** The training as the write side knows it, or null when the tenant has none by that id. */
export async function findTraining(
  write: WriteModel,
  tenant: string,
  trainingId: string,
): Promise<TrainingState | null> {
  const state = await write.state(streams.training(tenant, trainingId), training);
  return state?.exists ? state : null;
}
