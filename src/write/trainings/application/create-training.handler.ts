import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AccessScope } from '../../../core/access-scope';
import { deterministicId } from '../../../core/deterministic-id';
import type { CommandContext } from '../../command-handling/command-context';
import type { CommandOutcome } from '../../command-handling/handle-command';
import { WriteModel } from '../../command-handling/write-model';
import { streams } from '../../stream-names';
import { training, type TrainingState } from '../domain/training';
import type { TrainingEvent, TrainingType } from '../domain/training.events';

export interface NewTraining {
  readonly trainingId?: string;
  readonly type: TrainingType;
  readonly title: string;
  readonly groupId: string | null;
}

type Outcome = CommandOutcome<TrainingState, TrainingEvent> & { trainingId: string };

export class CreateTraining extends Command<Outcome> {
  constructor(
    readonly context: CommandContext,
    readonly scope: AccessScope,
    readonly training: NewTraining,
  ) {
    super();
  }
}

@CommandHandler(CreateTraining)
export class CreateTrainingHandler implements ICommandHandler<CreateTraining> {
  constructor(@Inject(WriteModel) private readonly write: WriteModel) {}

  async execute({ context, scope, training: request }: CreateTraining): Promise<Outcome> {
    const trainingId = request.trainingId ?? deterministicId(`training/${context.commandId}`);
    const outcome = await this.write.execute(
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
}
