import { type Actor, type Role, scopeFor } from '../../auth/actor';
import { inScope } from '../../core/access-scope';
import { refuse } from '../../core/domain-error';
import {
  TRAININGS,
  type TrainingDoc,
  trainingKey,
  trainingsProjection,
} from './trainings.projection';
import type { ReadModels } from '../read-models';

/** Who reads a training, its certificates and its reports (SPEC §2). */
export const TRAINING_READERS: Role[] = ['admin', 'inspector', 'auditor', 'group-admin', 'trainer'];

/** The training if the caller may read it: 404 when not in the tenant, 403 outside their groups. */
export async function readableTraining(
  reads: ReadModels,
  actor: Actor,
  trainingId: string,
): Promise<TrainingDoc> {
  const training = await reads.get<TrainingDoc>(
    trainingsProjection.name,
    TRAININGS,
    trainingKey(actor.tenant, trainingId),
  );
  if (!training) return refuse('not-found', `No training ${trainingId}`);
  if (!inScope(scopeFor(actor, TRAINING_READERS), training.groupId))
    refuse('forbidden', `Training ${trainingId} is outside your groups`);
  return training;
}
