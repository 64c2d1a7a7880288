import type { AccessScope } from '../../../core/access-scope';
import { deterministicId } from '../../../core/deterministic-id';
import { streams } from '../../../core/stream-names';
import type { CommandContext } from '../../../core/command-context';
import type { WriteModel } from '../../command-handling/write-model';
import { training } from '../domain/training';
import type { TrainingType } from '../../../events/training.events';

export interface NewTraining {
  readonly trainingId?: string;
  readonly type: TrainingType;
  readonly title: string;
  readonly groupId: string | null;
}

export async function createTraining(
  write: WriteModel,
  context: CommandContext,
  scope: AccessScope,
  request: NewTraining,
) {
  const trainingId = request.trainingId ?? deterministicId(`training/${context.commandId}`);
  const outcome = await write.execute(
    streams.training(context.tenant, trainingId),
    training,
    context,
    () => ({
      type: 'CreateTraining' as const,
      trainingId,
      trainingType: request.type,
      title: request.title,
      groupId: request.groupId,
      scope,
    }),
  );
  return { ...outcome, trainingId };
}
