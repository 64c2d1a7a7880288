import type { AccessScope } from '../../../core/access-scope';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { findTraining } from '../../trainings/application/find-training';

export interface TargetInput {
  readonly scope: AccessScope;
  readonly trainingId: string;
  readonly learnerId: string;
}

/** What every command on one learner's certificate carries: the training as it stands, who, when. */
export async function certificateTarget(
  write: WriteModel,
  context: CommandContext,
  { scope, trainingId, learnerId }: TargetInput,
  now: Date,
) {
  const training = await findTraining(write, context.tenant, trainingId);
  return {
    trainingId,
    learnerId,
    training: training && { groupId: training.groupId, assignment: training.assignment },
    scope,
    by: context.actor.id,
    at: now,
  };
}
